import { describe, expect, it } from 'vitest';
import { pathInLocale } from '@/components/site/language-switcher';
import { languageAlternates, pageAlternates } from '@/lib/i18n/alternates';

describe('pathInLocale: the language switcher keeps the reader on the same record', () => {
  it.each([
    ['/en/victims/larissa-mammadova', 'az', '/az/victims/larissa-mammadova'],
    ['/az/victims/larissa-mammadova', 'ru', '/ru/victims/larissa-mammadova'],
    ['/ru/anniversaries/2020', 'en', '/en/anniversaries/2020'],
    ['/en/releases/2020-01-20-30th-anniversary-of-the-black-january', 'az', '/az/releases/2020-01-20-30th-anniversary-of-the-black-january'],
    ['/en', 'ru', '/ru'],
    ['/az', 'en', '/en'],
  ] as const)('%s in %s is %s', (path, locale, expected) => {
    expect(pathInLocale(path, locale)).toBe(expected);
  });

  it('drops a trailing slash instead of doubling it', () => {
    expect(pathInLocale('/en/', 'az')).toBe('/az');
    expect(pathInLocale('/en/victims/', 'ru')).toBe('/ru/victims');
    expect(pathInLocale('/', 'az')).toBe('/az');
  });

  it('is a plain path: no query, no fragment, no second language prefix', () => {
    for (const target of ['az', 'en', 'ru'] as const) {
      const path = pathInLocale('/en/victims', target);
      expect(path).toBe(`/${target}/victims`);
      expect(path).not.toMatch(/[?#]/);
      expect(path.split('/').filter((segment) => ['az', 'en', 'ru'].includes(segment))).toEqual([target]);
    }
  });
});

describe('hreflang alternates', () => {
  it('name the same path in every language, with Azerbaijani as the x-default', () => {
    expect(languageAlternates('/victims/x')).toEqual({
      az: '/az/victims/x',
      en: '/en/victims/x',
      ru: '/ru/victims/x',
      'x-default': '/az/victims/x',
    });
  });

  it('are absolute on the site origin when given one (the sitemap)', () => {
    const origin = 'https://memorial.example.org';
    expect(languageAlternates('', origin)).toEqual({
      az: `${origin}/az`,
      en: `${origin}/en`,
      ru: `${origin}/ru`,
      'x-default': `${origin}/az`,
    });
  });

  it('give a page its own canonical address and every language, the page’s own included', () => {
    for (const locale of ['az', 'en', 'ru'] as const) {
      const alternates = pageAlternates(locale, '/anniversaries/2020');
      expect(alternates.canonical).toBe(`/${locale}/anniversaries/2020`);
      expect(alternates.languages).toEqual({
        az: '/az/anniversaries/2020',
        en: '/en/anniversaries/2020',
        ru: '/ru/anniversaries/2020',
        'x-default': '/az/anniversaries/2020',
      });
    }
  });

  it('for the home page have no trailing slash', () => {
    expect(pageAlternates('ru', '')).toEqual({
      canonical: '/ru',
      languages: { az: '/az', en: '/en', ru: '/ru', 'x-default': '/az' },
    });
  });
});
