import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '@/lib/slug';

describe('slugify', () => {
  it('lower-cases and joins words with hyphens', () => {
    expect(slugify('The Black January: 17th Anniversary')).toBe('the-black-january-17th-anniversary');
  });

  it('transliterates Azerbaijani letters', () => {
    expect(slugify('Şəhidlər Xiyabanı')).toBe('sehidler-xiyabani');
    expect(slugify('Məmmədova Ləman')).toBe('memmedova-leman');
  });

  it('transliterates Cyrillic', () => {
    expect(slugify('Мамедова Лариса')).toBe('mamedova-larisa');
  });

  it('drops accents and punctuation, and trims hyphens', () => {
    expect(slugify('  “Élan” — 20.01.1990!  ')).toBe('elan-20-01-1990');
  });

  it('returns an empty string when nothing usable remains', () => {
    expect(slugify('—')).toBe('');
  });

  it('produces slugs that isSlug accepts', () => {
    for (const text of ['Bakı 1990', 'Нефтчала', 'a  b  c']) expect(isSlug(slugify(text))).toBe(true);
  });
});

describe('isSlug', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(isSlug('larissa-mammadova')).toBe(true);
    expect(isSlug('2007-01-18-press-release')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of ['', 'A-b', 'a--b', '-a', 'a-', 'a b', 'a/b', '../etc', 'x'.repeat(121)]) {
      expect(isSlug(value)).toBe(false);
    }
  });
});
