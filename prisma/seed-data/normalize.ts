/**
 * Whitespace normalisation for archived releases. DESIGN.md allows a release's whitespace to be
 * normalised but never its words, so everything here touches spaces and line breaks only — except
 * the explicitly documented editorial repairs, each of which a release records in its editorialNote.
 */

/**
 * Horizontal whitespace inside a line: spaces, tabs, form feeds, no-break spaces and the other
 * Unicode space separators. The 2021 release was copied from a web page and carries no-break spaces
 * between words ("history\u00a0 \u00a0 of"); they are whitespace, not words.
 */
const HORIZONTAL_WHITESPACE = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]+/g;

/**
 * Normalises the whitespace of a release as received, without changing a word: unifies line
 * endings, collapses each run of horizontal whitespace to one space, trims trailing spaces on every
 * line, collapses three or more line breaks to one blank line and trims the whole text.
 */
export function normalizeReleaseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(HORIZONTAL_WHITESPACE, ' ')
    .replace(/ +$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Splits a text into its whitespace-separated words; used to prove a body kept every word. */
export function releaseWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/** A documented change to a release body beyond generic whitespace normalisation. */
export interface EditorialRepairs {
  /**
   * A final line that is debris of the page the release was copied from (e.g. "Search in
   * archive"). It is removed only when it is the last line of the normalised text.
   */
  omitTrailingLine?: string;
  /**
   * Whitespace-only repairs: `find` and `replace` must differ only in whitespace, so no word is
   * added, removed or changed (applyEditorialRepairs enforces this).
   */
  whitespaceRepairs?: ReadonlyArray<{ find: string; replace: string }>;
}

/**
 * Applies a release's documented editorial repairs to its normalised text. Throws when a repair
 * does not apply, so seed data that no longer matches its file fails loudly instead of silently.
 */
export function applyEditorialRepairs(normalizedText: string, repairs: EditorialRepairs | undefined): string {
  if (!repairs) return normalizedText;
  let text = normalizedText;

  if (repairs.omitTrailingLine !== undefined) {
    const lines = text.split('\n');
    if (lines.at(-1) !== repairs.omitTrailingLine) {
      throw new Error(`Expected the last line to be "${repairs.omitTrailingLine}", found "${lines.at(-1) ?? ''}"`);
    }
    text = lines.slice(0, -1).join('\n').trim();
  }

  for (const { find, replace } of repairs.whitespaceRepairs ?? []) {
    if (releaseWords(find).join(' ') !== releaseWords(replace).join(' ')) {
      throw new Error(`Repair "${find}" → "${replace}" changes words, not only whitespace`);
    }
    const occurrences = text.split(find).length - 1;
    if (occurrences !== 1) {
      throw new Error(`Repair "${find}" must match exactly once; it matches ${occurrences} times`);
    }
    text = text.replace(find, () => replace);
  }

  return text;
}

/** The stored body of a release: its file text normalised, then its documented repairs applied. */
export function releaseBodyFromFile(fileText: string, repairs: EditorialRepairs | undefined): string {
  return applyEditorialRepairs(normalizeReleaseText(fileText), repairs);
}

/** Collapses all whitespace to single spaces; used to find a quote inside a hard-wrapped body. */
export function collapseWhitespace(text: string): string {
  return releaseWords(text).join(' ');
}
