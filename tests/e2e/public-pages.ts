/** Every public page of the English edition, for the accessibility and no-JavaScript checks. */
export const PUBLIC_PAGES = [
  '/en',
  '/en/about',
  '/en/timeline',
  '/en/figures',
  '/en/releases',
  '/en/releases?year=2020',
  '/en/victims',
  '/en/victims?q=larissa',
  '/en/victims/larissa-mammadova',
  '/en/anniversaries',
  '/en/anniversaries/2020',
  '/en/anniversaries/1995',
  '/en/no-such-page',
];

/** Release pages are reached through the archive's links, whatever their slugs. */
export const RELEASE_LIST_PAGE = '/en/releases';
