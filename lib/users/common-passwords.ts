import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The common-password list bundled with zxcvbn-ts (about 49 000 passwords from public breach
 * corpora, most frequent first; MIT licence), read from the npm package rather than fetched, so
 * the check works offline and in CI. Only entries long enough to pass the length rule matter.
 */
let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));
  return common;
}

/**
 * Whether a password is on the list, ignoring case and surrounding spaces, or is one character
 * repeated (a 12-character "aaaaaaaaaaaa" is not on the list but is guessed first).
 */
export function isCommonPassword(password: string): boolean {
  const normalized = password.normalize('NFKC').trim().toLowerCase();
  if (new Set(normalized).size <= 2) return true;
  return commonPasswords().has(normalized);
}
