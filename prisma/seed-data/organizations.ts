import type { SeedOrganization } from './types';

/**
 * The issuers named in the releases, exactly as the releases name them. The 2021 and 2022 releases
 * name no issuer and stay unattributed. Fields a release does not state are null: the 2007 embassy's
 * country is not named, and the mission to the United Nations is given only its city.
 */
export const organizations: SeedOrganization[] = [
  {
    // 2007-01-18 release: "Embassy of the Republic of Azerbaijan" — the host country is not named.
    key: 'embassy-of-the-republic-of-azerbaijan',
    slug: 'embassy-of-the-republic-of-azerbaijan',
    name: 'Embassy of the Republic of Azerbaijan',
    kind: 'EMBASSY',
    country: null,
    city: null,
    address: null,
    website: null,
  },
  {
    // 2009-01-19 release: letterhead "The Permanent Mission of the Republic of Azerbaijan to the
    // United Nations", dateline "New York, 19 January 2009".
    key: 'permanent-mission-of-azerbaijan-to-the-united-nations',
    slug: 'permanent-mission-of-azerbaijan-to-the-united-nations',
    name: 'The Permanent Mission of the Republic of Azerbaijan to the United Nations',
    kind: 'PERMANENT_MISSION',
    country: null,
    city: 'New York',
    address: null,
    website: null,
  },
  {
    // 2020-01-20 release: letterhead and contact block. The website is the link the release prints
    // ("[sarajevo.mfa.gov.az](http://sarajevo.mfa.gov.az)").
    key: 'diplomatic-mission-of-azerbaijan-in-bosnia-and-herzegovina',
    slug: 'diplomatic-mission-of-azerbaijan-in-bosnia-and-herzegovina',
    name: 'Diplomatic Mission of the Republic of Azerbaijan in Bosnia and Herzegovina',
    kind: 'DIPLOMATIC_MISSION',
    country: 'Bosnia and Herzegovina',
    city: 'Sarajevo',
    address: 'Dzemala Bijedica 305, 71210, Ilidza, Sarajevo',
    website: 'http://sarajevo.mfa.gov.az',
  },
];
