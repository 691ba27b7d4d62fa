import { describe, expect, it } from 'vitest';
import { formatAnniversaryDay, formatAnniversaryOrdinal, titleInReadersLanguage } from '@/lib/anniversaries/format';
import { localeOfPath, PAGE_LOCALE_HEADER, withPageLocale } from '@/lib/i18n/request-locale';
import { victimDisplayName } from '@/lib/victims/display';

describe('anniversaries in each language', () => {
  it('count with each language’s ordinal', () => {
    expect(formatAnniversaryOrdinal(2027, 'en')).toBe('37th');
    expect(formatAnniversaryOrdinal(2027, 'az')).toBe('37-ci');
    expect(formatAnniversaryOrdinal(2026, 'az')).toBe('36-cı');
    expect(formatAnniversaryOrdinal(2020, 'az')).toBe('30-cu');
    expect(formatAnniversaryOrdinal(2027, 'ru')).toBe('37-я');
  });

  it('give the day in each language’s form', () => {
    expect(formatAnniversaryDay(1991, 'en')).toBe('20 January 1991');
    expect(formatAnniversaryDay(1991, 'az')).toBe('20 yanvar 1991');
    expect(formatAnniversaryDay(1991, 'ru')).toBe('20 января 1991 г.');
  });

  it('use a curators’ title only where it reads in the reader’s language', () => {
    expect(titleInReadersLanguage({ text: 'Otuz il', lang: 'az', untranslated: false })).toBe('Otuz il');
    expect(titleInReadersLanguage({ text: 'Thirty years', lang: 'en', untranslated: true })).toBeNull();
    expect(titleInReadersLanguage(null)).toBeNull();
    expect(titleInReadersLanguage(undefined)).toBeNull();
  });
});

describe('the language of an address, for the global 404 page', () => {
  it('is the first segment when it is a site language', () => {
    expect(localeOfPath('/ru/no-such-page')).toBe('ru');
    expect(localeOfPath('/az')).toBe('az');
    expect(localeOfPath('/xx/victims')).toBeNull();
    expect(localeOfPath('/')).toBeNull();
    expect(localeOfPath('/enx')).toBeNull();
  });

  it('replaces whatever the browser sent in the header', () => {
    const sent = new Headers({ [PAGE_LOCALE_HEADER]: 'ru', accept: 'text/html' });
    expect(withPageLocale(sent, '/en/anniversaries/1990').get(PAGE_LOCALE_HEADER)).toBe('en');
    expect(withPageLocale(sent, '/xx').has(PAGE_LOCALE_HEADER)).toBe(false);
    expect(withPageLocale(sent, '/xx').get('accept')).toBe('text/html');
    // The request's own headers are left as they were.
    expect(sent.get(PAGE_LOCALE_HEADER)).toBe('ru');
  });
});

describe('victimDisplayName', () => {
  const unidentified = { nameLatin: null, nameCyrillic: null, nameRussian: null, description: 'a young doctor' };

  it('labels an unidentified person in the language, and never translates names or descriptions', () => {
    expect(victimDisplayName(unidentified)).toEqual({ name: 'Unidentified: a young doctor', identified: false });
    expect(victimDisplayName(unidentified, 'az').name).toBe('Kimliyi məlum olmayan şəxs: a young doctor');
    expect(victimDisplayName(unidentified, 'ru').name).toBe('Неустановленное лицо: a young doctor');
    expect(victimDisplayName({ ...unidentified, description: null }, 'ru').name).toBe('Неустановленное лицо');
    expect(victimDisplayName({ ...unidentified, nameCyrillic: 'Ләриса' }, 'en')).toEqual({ name: 'Ләриса', identified: true });
  });
});
