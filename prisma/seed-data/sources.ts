import type { SeedSource } from './types';

/**
 * Everything the seeded facts cite: the five releases, and the three external documents of
 * external-sources.md (a copy of the brief that lists them). A release source repeats its release's
 * title, issuer and date so that a citation can be shown without loading the release.
 */
export const sources: SeedSource[] = [
  {
    key: 'release-2007-01-18',
    kind: 'RELEASE',
    releaseSlug: '2007-01-18-black-january-17th-anniversary',
    title: 'THE BLACK JANUARY: 17TH ANNIVERSARY OF SOVIET INVASION OF BAKY',
    author: null,
    publisher: 'Embassy of the Republic of Azerbaijan',
    date: '2007-01-18',
    datePrecision: 'DAY',
    dateSeason: null,
    details: 'Press-release No. 1',
    url: null,
    quotedAt: null,
  },
  {
    key: 'release-2009-01-19',
    kind: 'RELEASE',
    releaseSlug: '2009-01-19-nineteen-years-since-20-january',
    title: '[Nineteen years since 20 January]',
    author: null,
    publisher: 'The Permanent Mission of the Republic of Azerbaijan to the United Nations',
    date: '2009-01-19',
    datePrecision: 'DAY',
    dateSeason: null,
    details: null,
    url: null,
    quotedAt: null,
  },
  {
    key: 'release-2020-01-20',
    kind: 'RELEASE',
    releaseSlug: '2020-01-20-30th-anniversary-of-the-black-january',
    title: '30th Anniversary of the Black January',
    author: null,
    publisher: 'Diplomatic Mission of the Republic of Azerbaijan in Bosnia and Herzegovina',
    date: '2020-01-20',
    datePrecision: 'DAY',
    dateSeason: null,
    details: null,
    url: null,
    quotedAt: null,
  },
  {
    key: 'release-2021-01-21',
    kind: 'RELEASE',
    releaseSlug: '2021-01-21-day-of-nationwide-sorrow',
    title: '20 January - Day of Nationwide Sorrow in Azerbaijan',
    author: null,
    // The release names no issuer.
    publisher: null,
    date: '2021-01-21',
    datePrecision: 'DAY',
    dateSeason: null,
    details: null,
    url: null,
    quotedAt: null,
  },
  {
    key: 'release-2022-01-20',
    kind: 'RELEASE',
    releaseSlug: '2022-01-20-thirty-second-anniversary-of-the-black-january',
    title: 'Thirty second anniversary of the ""Black January"',
    author: null,
    // The release names no issuer.
    publisher: null,
    date: '2022-01-20',
    datePrecision: 'DAY',
    dateSeason: null,
    details: null,
    url: null,
    quotedAt: null,
  },
  {
    key: 'external-azerbaijan-international-1999-larissa',
    kind: 'EXTERNAL',
    releaseSlug: null,
    title: 'Black January — January 20, 1990',
    author: 'Galina Mammadova',
    publisher: 'Azerbaijan International',
    // "Autumn 1999": a season, stored as its first month with the season kept.
    date: '1999-09-01',
    datePrecision: 'SEASON',
    dateSeason: 'AUTUMN',
    details: 'Issue 7.3, pages 48–50',
    url: 'http://www.azer.com/aiweb/categories/magazine/73_folder/73_articles/73_larissa.html',
    quotedAt: null,
  },
  {
    key: 'external-wikipedia-black-january-oldid-17057683',
    kind: 'EXTERNAL',
    releaseSlug: null,
    title: 'Black January',
    author: null,
    publisher: 'English Wikipedia',
    // The revision's date is not given.
    date: null,
    datePrecision: 'UNKNOWN',
    dateSeason: null,
    details: 'An early revision (oldid 17057683)',
    url: null,
    // Read in an archived copy of the revision, not on Wikipedia itself.
    quotedAt: 'https://wikipedia.bradmurray.com/w/index.php?lang=en&oldid=17057683&title=Black_January',
  },
  {
    key: 'external-azerneshr-1990-black-january-documents',
    kind: 'EXTERNAL',
    releaseSlug: null,
    title: 'Black January: Baku 1990. Documents and Materials',
    author: null,
    publisher: 'AzerNeshr',
    date: '1990-01-01',
    datePrecision: 'YEAR',
    dateSeason: null,
    details: 'Baku, p. 287, citing the Ministry of Health of the Azerbaijan SSR',
    url: null,
    // The book is known through the page that quotes it.
    quotedAt: 'http://www.zerbaijan.com/january.htm',
  },
];

/** Keys of the sources, for citations and figures. */
export const SOURCE_KEYS = {
  release2007: 'release-2007-01-18',
  release2009: 'release-2009-01-19',
  release2020: 'release-2020-01-20',
  release2021: 'release-2021-01-21',
  release2022: 'release-2022-01-20',
  azerbaijanInternational1999: 'external-azerbaijan-international-1999-larissa',
  wikipedia: 'external-wikipedia-black-january-oldid-17057683',
  azerneshr1990: 'external-azerneshr-1990-black-january-documents',
} as const;
