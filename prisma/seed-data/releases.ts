import type { SeedRelease } from './types';

/**
 * The five anniversary press releases as received (texts in ./releases/, byte-for-byte copies of
 * the originals). Metadata is what each text prints; nothing is inferred. A release that prints no
 * title gets an editorial one in square brackets; one that names no issuer stays unattributed.
 */
export const releases: SeedRelease[] = [
  {
    slug: '2007-01-18-black-january-17th-anniversary',
    fileName: '2007-01-18-embassy-press-release-no1.txt',
    title: 'THE BLACK JANUARY: 17TH ANNIVERSARY OF SOVIET INVASION OF BAKY',
    titleIsEditorial: false,
    issuedOn: '2007-01-18',
    // The text names no place of issue (nor the embassy's host country).
    place: null,
    language: 'en',
    referenceNumber: 'No. 1',
    bodyFormat: 'MARKDOWN',
    anniversaryYear: 2007,
    organizationKey: 'embassy-of-the-republic-of-azerbaijan',
    editorialNote: null,
  },
  {
    slug: '2009-01-19-nineteen-years-since-20-january',
    fileName: '2009-01-19-un-permanent-mission.txt',
    // The release prints only "Special Issue" and "Press-release"; the title is the archive's,
    // taken from its first sentence ("Nineteen years have passed since 20 January").
    title: '[Nineteen years since 20 January]',
    titleIsEditorial: true,
    issuedOn: '2009-01-19',
    place: 'New York',
    language: 'en',
    referenceNumber: null,
    bodyFormat: 'MARKDOWN',
    anniversaryYear: 2009,
    organizationKey: 'permanent-mission-of-azerbaijan-to-the-united-nations',
    editorialNote: null,
  },
  {
    slug: '2020-01-20-30th-anniversary-of-the-black-january',
    fileName: '2020-01-20-mission-bosnia-herzegovina.txt',
    // Printed as "30<sup>th</sup> Anniversary of the Black January".
    title: '30th Anniversary of the Black January',
    titleIsEditorial: false,
    issuedOn: '2020-01-20',
    // The letterhead is the mission's address in Sarajevo; the release has no other dateline.
    place: 'Sarajevo',
    language: 'en',
    referenceNumber: null,
    bodyFormat: 'MARKDOWN',
    anniversaryYear: 2020,
    organizationKey: 'diplomatic-mission-of-azerbaijan-in-bosnia-and-herzegovina',
    editorialNote: null,
  },
  {
    slug: '2021-01-21-day-of-nationwide-sorrow',
    fileName: '2021-01-21-day-of-nationwide-sorrow.txt',
    // Printed as "Press-release 20 January - Day of Nationwide Sorrow in Azerbaijan"; the leading
    // "Press-release" is the document type, left out of the title as in the other releases.
    title: '20 January - Day of Nationwide Sorrow in Azerbaijan',
    titleIsEditorial: false,
    issuedOn: '2021-01-21',
    place: null,
    language: 'en',
    referenceNumber: null,
    bodyFormat: 'PLAIN_TEXT',
    anniversaryYear: 2021,
    // The text names no issuer.
    organizationKey: null,
    editorialNote:
      'The line "Search in archive" at the end of the text as received, debris of the web page it was copied from, is left out. ' +
      'Whitespace only: the first sentence, broken across a blank line after "which went down the", is re-joined, ' +
      'and the no-break spaces between some words are replaced by ordinary spaces. No word is changed.',
    editorialRepairs: {
      omitTrailingLine: 'Search in archive',
      whitespaceRepairs: [
        {
          find: 'which went down the\n\nhistory of Azerbaijani people',
          replace: 'which went down the history of Azerbaijani people',
        },
      ],
    },
  },
  {
    slug: '2022-01-20-thirty-second-anniversary-of-the-black-january',
    fileName: '2022-01-20-press-release.txt',
    // As printed, including the doubled opening quotation mark.
    title: 'Thirty second anniversary of the ""Black January"',
    titleIsEditorial: false,
    issuedOn: '2022-01-20',
    place: null,
    language: 'en',
    referenceNumber: null,
    bodyFormat: 'PLAIN_TEXT',
    anniversaryYear: 2022,
    // The text names no issuer.
    organizationKey: null,
    editorialNote: 'The title is given as printed, including its doubled opening quotation mark.',
  },
];
