/**
 * The interface strings of the public site, one file per language and area
 * (lib/i18n/messages/<language>/<area>.json). English is the reference: the other languages must have
 * the same keys and the same placeholders (tests/unit/i18n-messages.test.ts checks it).
 */
import azCommon from './az/common.json';
import azMetadata from './az/metadata.json';
import azHome from './az/home.json';
import azAbout from './az/about.json';
import azTimeline from './az/timeline.json';
import azFigures from './az/figures.json';
import azReleases from './az/releases.json';
import azIssuers from './az/issuers.json';
import azVictims from './az/victims.json';
import azAnniversaries from './az/anniversaries.json';
import azShare from './az/share.json';
import azEmbed from './az/embed.json';
import azOg from './az/og.json';
import azNotFound from './az/notFound.json';
import azFeeds from './az/feeds.json';
import azOutage from './az/outage.json';
import enCommon from './en/common.json';
import enMetadata from './en/metadata.json';
import enHome from './en/home.json';
import enAbout from './en/about.json';
import enTimeline from './en/timeline.json';
import enFigures from './en/figures.json';
import enReleases from './en/releases.json';
import enIssuers from './en/issuers.json';
import enVictims from './en/victims.json';
import enAnniversaries from './en/anniversaries.json';
import enShare from './en/share.json';
import enEmbed from './en/embed.json';
import enOg from './en/og.json';
import enNotFound from './en/notFound.json';
import enFeeds from './en/feeds.json';
import enOutage from './en/outage.json';
import ruCommon from './ru/common.json';
import ruMetadata from './ru/metadata.json';
import ruHome from './ru/home.json';
import ruAbout from './ru/about.json';
import ruTimeline from './ru/timeline.json';
import ruFigures from './ru/figures.json';
import ruReleases from './ru/releases.json';
import ruIssuers from './ru/issuers.json';
import ruVictims from './ru/victims.json';
import ruAnniversaries from './ru/anniversaries.json';
import ruShare from './ru/share.json';
import ruEmbed from './ru/embed.json';
import ruOg from './ru/og.json';
import ruNotFound from './ru/notFound.json';
import ruFeeds from './ru/feeds.json';
import ruOutage from './ru/outage.json';
import azVictimSearch from './az/victimSearch.json';
import enVictimSearch from './en/victimSearch.json';
import ruVictimSearch from './ru/victimSearch.json';
import azSources from './az/sources.json';
import azPrivacy from './az/privacy.json';
import enPrivacy from './en/privacy.json';
import ruPrivacy from './ru/privacy.json';
import enSources from './en/sources.json';
import ruSources from './ru/sources.json';
import azRemembrance from './az/remembrance.json';
import enRemembrance from './en/remembrance.json';
import ruRemembrance from './ru/remembrance.json';
import azCarnations from './az/carnations.json';
import enCarnations from './en/carnations.json';
import ruCarnations from './ru/carnations.json';
import azRemembrances from './az/remembrances.json';
import enRemembrances from './en/remembrances.json';
import ruRemembrances from './ru/remembrances.json';
import azTestimonyMail from './az/testimonyMail.json';
import enTestimonyMail from './en/testimonyMail.json';
import ruTestimonyMail from './ru/testimonyMail.json';
import azTestimony from './az/testimony.json';
import enTestimony from './en/testimony.json';
import ruTestimony from './ru/testimony.json';
import type { Locale } from '@/lib/i18n/config';

export const englishMessages = {
  common: enCommon,
  metadata: enMetadata,
  home: enHome,
  about: enAbout,
  timeline: enTimeline,
  figures: enFigures,
  releases: enReleases,
  issuers: enIssuers,
  victims: enVictims,
  anniversaries: enAnniversaries,
  share: enShare,
  embed: enEmbed,
  og: enOg,
  notFound: enNotFound,
  feeds: enFeeds,
  /** The 503 page the production server (server/outage-page.mjs) answers while the database is unreachable. */
  outage: enOutage,
  victimSearch: enVictimSearch,
  sources: enSources,
  carnations: enCarnations,
  remembrances: enRemembrances,
  privacy: enPrivacy,
  remembrance: enRemembrance,
  /** E-mail to a testifier (lib/testimonies/notify.ts), in the testimony's language. */
  testimonyMail: enTestimonyMail,
  testimony: enTestimony,
};

export type Messages = typeof englishMessages;

/** Every language's catalogue. Typed as English's so that a missing key fails the type check. */
const MESSAGES: Record<Locale, Messages> = {
  az: {
    common: azCommon,
    metadata: azMetadata,
    home: azHome,
    about: azAbout,
    timeline: azTimeline,
    figures: azFigures,
    releases: azReleases,
    issuers: azIssuers,
    victims: azVictims,
    anniversaries: azAnniversaries,
    share: azShare,
    embed: azEmbed,
    og: azOg,
    notFound: azNotFound,
    feeds: azFeeds,
    outage: azOutage,
    victimSearch: azVictimSearch,
    sources: azSources,
    carnations: azCarnations,
    remembrances: azRemembrances,
    privacy: azPrivacy,
    remembrance: azRemembrance,
    testimonyMail: azTestimonyMail,
    testimony: azTestimony,
  },
  en: englishMessages,
  ru: {
    common: ruCommon,
    metadata: ruMetadata,
    home: ruHome,
    about: ruAbout,
    timeline: ruTimeline,
    figures: ruFigures,
    releases: ruReleases,
    issuers: ruIssuers,
    victims: ruVictims,
    anniversaries: ruAnniversaries,
    share: ruShare,
    embed: ruEmbed,
    og: ruOg,
    notFound: ruNotFound,
    feeds: ruFeeds,
    outage: ruOutage,
    victimSearch: ruVictimSearch,
    sources: ruSources,
    carnations: ruCarnations,
    remembrances: ruRemembrances,
    privacy: ruPrivacy,
    remembrance: ruRemembrance,
    testimonyMail: ruTestimonyMail,
    testimony: ruTestimony,
  },
};

export const NAMESPACES = Object.keys(englishMessages) as (keyof Messages)[];

export function loadMessages(locale: Locale): Messages {
  return MESSAGES[locale];
}
