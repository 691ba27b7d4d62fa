import { describe, expect, it } from 'vitest';
import { anniversaryTitle, parseEmbedLang, parseEmbedTheme, pickSourcedLine, renderEmbedCard, renderEmbedNotFound, sourceLabel } from '@/lib/embed/card';
import { qrCodeSvg } from '@/lib/embed/qr';
import type { SourceSummary } from '@/lib/sources/queries';

function source(overrides: Partial<SourceSummary> = {}): SourceSummary {
  return {
    key: 's',
    kind: 'EXTERNAL',
    title: 'Title',
    author: null,
    publisher: null,
    date: null,
    datePrecision: 'UNKNOWN',
    dateSeason: null,
    details: null,
    url: null,
    quotedAt: null,
    language: null,
    reliabilityNote: null,
    dateNote: null,
    editorialNote: null,
    releaseSlug: null,
    ...overrides,
  };
}

describe('query parameters', () => {
  it('falls back for unknown themes and languages', () => {
    expect(parseEmbedTheme('dark')).toBe('dark');
    expect(parseEmbedTheme('light')).toBe('light');
    expect(parseEmbedTheme('<script>')).toBe('auto');
    expect(parseEmbedTheme(null)).toBe('auto');
    expect(parseEmbedLang('en')).toBe('en');
    expect(parseEmbedLang('ru')).toBe('ru');
    // The site's default language: Azerbaijani.
    expect(parseEmbedLang('xx')).toBe('az');
    expect(parseEmbedLang(null)).toBe('az');
  });
});

describe('pickSourcedLine', () => {
  const quotable = (kind: string, quote: string | null, verbatim = true) => ({ kind, quote, quoteIsVerbatim: verbatim, source: source({ key: quote ?? 'none' }) });

  it('takes the shortest exact quotation about the dead, never a summary', () => {
    const line = pickSourcedLine(
      [quotable('WOUNDED', 'short'), quotable('KILLED', 'a longer quotation'), quotable('KILLED', 'summary', false), quotable('KILLED', 'killed, short')],
      [],
    );
    expect(line?.quote).toBe('killed, short');
  });

  it('falls back to victims, then to the account, and to nothing', () => {
    expect(pickSourcedLine([quotable('VICTIMS', 'victims')], [quotable('X', 'account')])?.quote).toBe('victims');
    expect(pickSourcedLine([quotable('KILLED', 'x'.repeat(201))], [quotable('X', 'account')])?.quote).toBe('account');
    expect(pickSourcedLine([], [quotable('X', null)])).toBeNull();
  });
});

describe('the card', () => {
  it('names sources in plain text', () => {
    expect(sourceLabel(source({ kind: 'RELEASE', title: 'Press release', publisher: 'Embassy' }))).toBe('Press release, Embassy');
    expect(sourceLabel(source({ author: 'A. Author', title: 'Book', publisher: 'Press' }))).toBe('A. Author, “Book”, Press');
  });

  it('is a complete document without scripts, with every database text escaped', () => {
    const html = renderEmbedCard({
      year: 2027,
      title: anniversaryTitle(2027, null),
      lang: 'en',
      theme: 'dark',
      pageUrl: 'https://memorial.example.org/en/anniversaries/2027',
      line: { quote: '</blockquote><script>alert(1)</script>', source: source({ title: '<b>x</b>' }) },
    });
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).not.toContain('<script');
    expect(html).toContain('<h1>The 37th anniversary of Black January</h1>');
    expect(html).toContain('Wednesday, 20 January 2027');
    expect(html).toContain('&lt;/blockquote&gt;&lt;script&gt;');
    expect(html).toContain('“&lt;b&gt;x&lt;/b&gt;”');
    expect(html).toContain('href="https://memorial.example.org/en/anniversaries/2027" target="_blank" rel="noopener"');
    expect(anniversaryTitle(2027, { title: 'Own title' })).toBe('Own title');
  });
});

describe('the card in each language', () => {
  const card = (lang: 'az' | 'ru') =>
    renderEmbedCard({
      year: 2027,
      title: anniversaryTitle(2027, null, lang),
      lang,
      theme: 'auto',
      pageUrl: `https://memorial.example.org/${lang}/anniversaries/2027`,
      line: { quote: 'That night, 130 civilians lost their lives in Baku.', source: source({ title: 'Book' }) },
    });

  it('is in Azerbaijani, with the Azerbaijani ordinal and date, and the quotation kept in English', () => {
    const html = card('az');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="az">/);
    expect(html).toContain('<h1>Qara Yanvarın 37-ci ildönümü</h1>');
    expect(html).toContain('20 yanvar 2027, çərşənbə');
    expect(html).toContain('20 Yanvar 1990 faciəsinin 37-ci ildönümü');
    expect(html).toContain('37-ci ildönümü: mənbələr, rəqəmlər və press-relizlər (yeni vərəqdə açılır)');
    expect(html).toContain('<p class="mark">Qara Yanvar xatirə saytı</p>');
    expect(html).toContain('<figure lang="en"><blockquote>“That night, 130 civilians lost their lives in Baku.”');
  });

  it('is in Russian, with the feminine ordinal of «годовщина»', () => {
    const html = card('ru');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ru">/);
    expect(html).toContain('<h1>37-я годовщина Чёрного января</h1>');
    expect(html).toContain('среда, 20 января 2027 г.');
    expect(html).toContain('37-я годовщина: источники, цифры и пресс-релизы (откроется в новой вкладке)');
  });

  it('answers a missing card in the requested language', () => {
    expect(renderEmbedNotFound('https://memorial.example.org', 'ru')).toContain('<h1>Не найдено</h1>');
    expect(renderEmbedNotFound('https://memorial.example.org')).toMatch(/^<!DOCTYPE html><html lang="az">.*<h1>Tapılmadı<\/h1>/);
  });

  it('keeps the curators’ own title as given', () => {
    expect(anniversaryTitle(2027, { title: 'Öz başlıq' }, 'az')).toBe('Öz başlıq');
  });
});

describe('qrCodeSvg', () => {
  it('is an SVG image with an escaped label', async () => {
    const svg = await qrCodeSvg('https://memorial.example.org/en/anniversaries/2020', 'QR "code"');
    expect(svg).toMatch(/^<svg role="img" aria-label="QR &quot;code&quot;" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/<\/svg>$/);
  });
});
