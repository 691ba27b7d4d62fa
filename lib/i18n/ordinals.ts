import type { Locale } from '@/lib/i18n/config';

/**
 * Ordinal numbers written with digits, in each language's own grammar. Intl has no ordinal formatter
 * (PluralRules only names categories, and its Azerbaijani categories do not follow vowel harmony), so
 * the rules are stated here as tables, each tested in tests/unit/ordinals.test.ts.
 *
 * Azerbaijani: the number, a hyphen and -ci/-cı/-cu/-cü, the vowel following the last vowel of the
 * last word said aloud (vowel harmony): 36 "otuz altı" → 36-cı, 37 "otuz yeddi" → 37-ci, 40 "qırx" →
 * 40-cı, 100 "yüz" → 100-cü. The last word is the units digit's name; for a round number, the tens';
 * for a round hundred, "yüz"; for a round thousand, "min"; round millions "milyon", billions "milyard".
 */
const AZ_UNITS: Record<number, string> = { 1: 'ci', 2: 'ci', 3: 'cü', 4: 'cü', 5: 'ci', 6: 'cı', 7: 'ci', 8: 'ci', 9: 'cu' };
const AZ_TENS: Record<number, string> = { 1: 'cu', 2: 'ci', 3: 'cu', 4: 'cı', 5: 'ci', 6: 'cı', 7: 'ci', 8: 'ci', 9: 'cı' };
const AZ_HUNDRED = 'cü'; // yüz
const AZ_THOUSAND = 'ci'; // min
const AZ_MILLION = 'cu'; // milyon
const AZ_BILLION = 'cı'; // milyard

function azerbaijaniSuffix(value: number): string {
  if (value % 10 !== 0) return AZ_UNITS[value % 10]!;
  if (value % 100 !== 0) return AZ_TENS[(value % 100) / 10]!;
  if (value % 1000 !== 0) return AZ_HUNDRED;
  // A round thousand, million or billion ends on the scale word: "iki min", "bir milyon".
  if (value % 1_000_000 !== 0) return AZ_THOUSAND;
  if (value % 1_000_000_000 !== 0) return AZ_MILLION;
  return AZ_BILLION;
}

export function azerbaijaniOrdinal(value: number): string {
  return `${value}-${azerbaijaniSuffix(value)}`;
}

/**
 * Russian: the number, a hyphen and the last letters of the spelled ordinal, which depend only on the
 * noun's gender and case, not on the number (пятый/третий → 5-й/3-й alike):
 *
 * | case          | masculine | feminine | neuter |
 * | ------------- | --------- | -------- | ------ |
 * | nominative    | -й        | -я       | -е     |
 * | genitive      | -го       | -й       | -го    |
 * | dative        | -му       | -й       | -му    |
 * | accusative    | -й        | -ю       | -е     |
 * | instrumental  | -м        | -й       | -м     |
 * | prepositional | -м        | -й       | -м     |
 *
 * (Accusative masculine is the inanimate form: "на 37-й год".)
 */
export type RussianGender = 'masculine' | 'feminine' | 'neuter';
export type RussianCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

const RU_ENDINGS: Record<RussianCase, Record<RussianGender, string>> = {
  nominative: { masculine: 'й', feminine: 'я', neuter: 'е' },
  genitive: { masculine: 'го', feminine: 'й', neuter: 'го' },
  dative: { masculine: 'му', feminine: 'й', neuter: 'му' },
  accusative: { masculine: 'й', feminine: 'ю', neuter: 'е' },
  instrumental: { masculine: 'м', feminine: 'й', neuter: 'м' },
  prepositional: { masculine: 'м', feminine: 'й', neuter: 'м' },
};

export function russianOrdinal(value: number, gender: RussianGender = 'feminine', grammaticalCase: RussianCase = 'nominative'): string {
  return `${value}-${RU_ENDINGS[grammaticalCase][gender]}`;
}

/**
 * An ordinal in the site's language. Russian defaults to the feminine nominative, the form of
 * "годовщина" (anniversary), the word the site counts with.
 */
export function formatOrdinal(
  value: number,
  locale: Locale | string,
  russian: { gender?: RussianGender; grammaticalCase?: RussianCase } = {},
): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Not a positive integer: ${value}`);
  switch (locale) {
    case 'az':
      return azerbaijaniOrdinal(value);
    case 'ru':
      return russianOrdinal(value, russian.gender, russian.grammaticalCase);
    default:
      return englishOrdinal(value);
  }
}

/** English ordinal of a positive integer: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 101st, 111th. */
export function englishOrdinal(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  switch (value % 10) {
    case 1:
      return `${value}st`;
    case 2:
      return `${value}nd`;
    case 3:
      return `${value}rd`;
    default:
      return `${value}th`;
  }
}
