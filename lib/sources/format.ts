/** A page reference as readers expect it: "287" → "p. 287", "48–50" → "pp. 48–50"; words stay as given. */
export function formatPageReference(page: string): string {
  if (/^\d+$/.test(page)) return `p. ${page}`;
  if (/^\d+\s*[–-]\s*\d+$/.test(page)) return `pp. ${page.replace(/\s*[–-]\s*/, '–')}`;
  return page;
}
