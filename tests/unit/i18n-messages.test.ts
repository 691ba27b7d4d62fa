import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { loadMessages, NAMESPACES } from '@/lib/i18n/messages';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a catalogue as "path.to.key" → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) result.set(leaf, text);
  }
  return result;
}

/** The ICU arguments a message uses ({name}, {count, plural, …}), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  let previous = '';
  for (const match of message.matchAll(/[{}]|[^{}]+/g)) {
    const token = match[0];
    const opened = previous === '{';
    previous = token;
    if (token === '{') depth += 1;
    else if (token === '}') depth -= 1;
    // Only the text right after an opening brace names an argument; between a plural's branches
    // stand its categories (one, few, many, other), which differ from language to language.
    else if (depth % 2 === 1 && opened) {
      const name = /^\s*([A-Za-z_][\w]*)/.exec(token)?.[1];
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

const english = leaves(loadMessages('en') as unknown as Tree);

describe('interface strings', () => {
  it('has strings in every area', () => {
    expect(NAMESPACES.length).toBeGreaterThan(0);
    expect(english.size).toBeGreaterThan(0);
  });

  it.each(locales.filter((locale) => locale !== 'en'))('%s has exactly the English keys, each with the same placeholders', (locale) => {
    const other = leaves(loadMessages(locale) as unknown as Tree);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect({ key, args: argumentsOf(other.get(key) ?? '') }).toEqual({ key, args: argumentsOf(text) });
    }
  });

  it.each(locales)('%s has no empty string and no untranslated English left in Azerbaijani or Russian', (locale) => {
    const catalogue = leaves(loadMessages(locale) as unknown as Tree);
    for (const [key, text] of catalogue) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });
});
