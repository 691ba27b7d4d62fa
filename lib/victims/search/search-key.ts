/**
 * The spelling-independent search key of a victim's names (stored in Victim.searchKey, matched by
 * lib/victims/search/search.ts with a trigram index). The same name reaches us as Məmmədova, Mammadova,
 * Mamedova and Мамедова; every form is folded to one skeleton, and a visitor's query is folded by
 * the same function, so any of them finds the others.
 *
 * The fold, step by step (each step works on the result of the one before):
 *
 * | step | rule | examples |
 * | --- | --- | --- |
 * | 1 | Unicode NFC, lower case; İ/I → i | "MƏMMƏDOVA" → "məmmədova" |
 * | 2 | Cyrillic → Latin, letter by letter; е/ё/ю/я are "ye/yo/yu/ya" at a word's start or after a vowel, ъ or ь | Мамедова → mamedova, Алиев → aliyev, Юсиф → yusif |
 * |   | Azerbaijani Cyrillic: ә → ə, ғ → ğ, ҹ → c, һ → h, ө → ö, ү → ü, ј → y, ҝ → g; ы → y; ъ ь dropped | Һүсејнов → hüseynov |
 * | 3 | patronymics: "oğlu/oglu/ogly/оглы" → oglu, "qızı/gizi/kyzy/кызы/гызы" → kizi; a word ending -ovich/-evich/-yevich (-viç) → its stem + oglu, -ovna/-evna/-yevna → stem + kizi | "Əli oğlu" ~ "Алиевич" → "ali oglu" |
 * | 4 | given-name variants that are not transliterations (short list, extended as sources show them) | Yusuf → Yusif |
 * | 5 | digraphs: dzh, dj, ch, zh → c; shch, sh → s; w → v | Dzhafarov → cafarov, Chingiz → cingiz |
 * | 6 | y before a vowel: kept at a word's start, dropped after a letter; any other y → i | Aliyev → aliev, Шукюров → sukurov, Касымов → kasimov |
 * | 7 | letter classes — vowels: ə e a → a; ı i → i; ö o → o; ü u → u | Məmmədova = Mamedova |
 * |   | consonants: ş → s; ç j → c (so c ↔ j ↔ dzh ↔ ch ↔ zh); x h g q k ğ → k (x ↔ kh ↔ h, Russian Г for h: Гаджиев ↔ Hacıyev, ğ ↔ gh ↔ g, q ↔ g ↔ k) | Xəlilov = Khalilov, Qasımov = Gasimov = Kasimov |
 * | 8 | other diacritics dropped (é → e); anything but a–z and 0–9 separates words | "O'Neil" → "o neil" |
 * | 9 | doubled letters collapsed (after the classes, so "kh" → "kk" → "k" too) | Larissa = Larisa, Aghayev = Agaev |
 *
 * So the Russian endings -ов/-ова/-ев/-ева and the Azerbaijani -ov/-ova/-yev/-yeva meet through
 * steps 2, 6 and 7 (Алиев → aliyev → aliev → aliav = Əliyev).
 *
 * Deliberate limits, documented because they are choices:
 * - Feminine and masculine surnames keep different keys (Mammadova "mamadova" ≠ Mammadov "mamadov"):
 *   sex is a real difference between two people. The search still shows one for the other as a
 *   lower-ranked match (prefix or trigram similarity), so a family name finds both.
 * - The classes are broad (every velar is k, a = e), so some different names share a key
 *   (Emin = Amin). Ranking puts a record whose name is written exactly as the query first.
 * - Distinct names stay distinct: Aliyev "aliav" vs Quliyev "kuliav", Hüseynov vs Həsənov.
 *
 * A victim's key holds each distinct folded name form between "|" separators ("|larisa mamadova|"),
 * so that the search can tell an exact form from a word inside one. The description of a person no
 * source names is folded in too, so "doctor" finds the unnamed young doctor.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', і: 'i',
  // Azerbaijani Cyrillic (1939–1991).
  ә: 'ə', ғ: 'ğ', ҹ: 'c', һ: 'h', ө: 'ö', ү: 'ü', ј: 'y', ҝ: 'g', ҕ: 'ğ',
};

/** Cyrillic vowels written with a "y" glide at a word's start or after a vowel, ъ or ь. */
const IOTATED: Record<string, [afterConsonant: string, glide: string]> = {
  е: ['e', 'ye'],
  ё: ['yo', 'yo'],
  ю: ['yu', 'yu'],
  я: ['ya', 'ya'],
};

const CYRILLIC_VOWELS = new Set('аеёиоуыэюяәөүі');

function transliterateCyrillic(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const letter = text[index]!;
    const iotated = IOTATED[letter];
    if (iotated) {
      const previous = text[index - 1];
      const glide = previous === undefined || !/\p{L}/u.test(previous) || CYRILLIC_VOWELS.has(previous) || previous === 'ъ' || previous === 'ь';
      result += glide ? iotated[1] : iotated[0];
      continue;
    }
    result += CYRILLIC[letter] ?? letter;
  }
  return result;
}

const SON = /^(?:oglu|ogly|ogli|oqlu)$/;
const DAUGHTER = /^(?:qızı|qizi|kızı|kizi|kyzy|gyzy|gizi|qyzy)$/;
const RUSSIAN_PATRONYMIC = /^(\p{L}{2,}?)y?[oeə]v(ich|ic|na)$/u;

/** Step 3: the two ways of writing a patronymic meet ("Əli oğlu" and "Алиевич" both → "əli oglu"). */
function foldPatronymic(word: string): string {
  if (SON.test(word)) return 'oglu';
  if (DAUGHTER.test(word)) return 'kizi';
  const russian = RUSSIAN_PATRONYMIC.exec(word);
  if (russian) return `${russian[1]} ${russian[2] === 'na' ? 'kizi' : 'oglu'}`;
  return NAME_VARIANTS[word] ?? word;
}

/** Step 4: given names whose variants differ by more than transliteration. */
const NAME_VARIANTS: Record<string, string> = {
  yusuf: 'yusif',
};

/** Step 7: the letter classes (after diacritics are gone: ş → s, ç → c, ğ → g, ö → o, ü → u). */
const LETTER_CLASSES: Record<string, string> = { ə: 'a', e: 'a', ı: 'i', j: 'c', x: 'k', h: 'k', g: 'k', q: 'k' };

/** Folds one name (or a query) to its key: words of a–z and 0–9 separated by single spaces. */
export function foldName(name: string): string {
  let text = name.normalize('NFC').replace(/İ/g, 'i').replace(/I/g, 'i').toLowerCase();
  text = transliterateCyrillic(text);
  // Step 8 early: ş ç ğ ö ü é … lose their marks here, so later steps see plain letters (ə and ı have none).
  text = text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
  text = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(foldPatronymic)
    .join(' ');
  text = text.replace(/dzh|dj|ch|zh/g, 'c').replace(/shch|sh/g, 's').replace(/w/g, 'v');
  // Step 6, before the vowel classes so that "y" is still told apart from "i". The text is lower
  // case here, so a word-initial "y" is kept by marking it "Y" for the moment.
  text = text
    .replace(/(^|[^\p{L}])y(?=[aeiouəı])/gu, '$1Y')
    .replace(/y(?=[aeiouəı])/g, '')
    .replace(/y/g, 'i')
    .replace(/Y/g, 'y');
  text = text.replace(/[əeıjxhgq]/g, (letter) => LETTER_CLASSES[letter] ?? letter);
  text = text.replace(/[^a-z0-9]+/g, ' ').trim();
  return text.replace(/([a-z])\1+/g, '$1');
}

export type VictimNames = {
  nameLatin?: string | null;
  nameCyrillic?: string | null;
  nameRussian?: string | null;
  otherNames?: readonly string[] | null;
  description?: string | null;
};

/**
 * The key stored in Victim.searchKey: each distinct folded name form between "|" separators
 * ("|larisa mamadova|"), or "" for a record with nothing to search by. Computed on every write.
 */
export function victimSearchKey(victim: VictimNames): string {
  const forms = [victim.nameLatin, victim.nameCyrillic, victim.nameRussian, ...(victim.otherNames ?? [])];
  const named = forms.some((form) => form && form.trim());
  // A person no source names is found by the source's description of them.
  if (!named) forms.push(victim.description);
  const keys = [...new Set(forms.flatMap((form) => (form ? [foldName(form)] : [])).filter(Boolean))];
  return keys.length > 0 ? `|${keys.join('|')}|` : '';
}
