const TRANSLITERATION: Record<string, string> = {
  ə: 'e', ğ: 'g', ı: 'i', ş: 's', ç: 'c', ö: 'o', ü: 'u', İ: 'i',
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'e', ғ: 'g', ү: 'u', һ: 'h', ј: 'j',
};

/**
 * A URL slug from any title or name: Azerbaijani and Cyrillic letters transliterated, accents
 * dropped, lower case, words joined by hyphens. Returns "" when nothing usable remains.
 */
export function slugify(text: string): string {
  const transliterated = Array.from(text.toLowerCase())
    .map((character) => TRANSLITERATION[character] ?? character)
    .join('');
  return transliterated
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** Whether a string is a well-formed slug: lower-case letters, digits and single hyphens. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 120;
}
