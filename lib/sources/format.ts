/** How a language abbreviates page references: "p. {page}" / "pp. {pages}" in English. */
export type PageWords = { page: (page: string) => string; pages: (pages: string) => string };

const ENGLISH_PAGE_WORDS: PageWords = { page: (page) => `p. ${page}`, pages: (pages) => `pp. ${pages}` };

/**
 * A page reference as readers expect it: "287" → "p. 287", "48–50" → "pp. 48–50" (in the language of
 * `words`, from the sources catalogue: "s. 287", "с. 287"); words stay as given.
 */
export function formatPageReference(page: string, words: PageWords = ENGLISH_PAGE_WORDS): string {
  if (/^\d+$/.test(page)) return words.page(page);
  if (/^\d+\s*[–-]\s*\d+$/.test(page)) return words.pages(page.replace(/\s*[–-]\s*/, '–'));
  return page;
}
