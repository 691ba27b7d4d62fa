import { describe, expect, it } from 'vitest';
import {
  anniversaryIframeHtml,
  buildOEmbedResponse,
  canonicalPageUrl,
  escapeHtml,
  oembedAlternateTypes,
  parseEmbeddableUrl,
  parseOEmbedRequest,
} from '@/lib/embed/oembed';

const SITE = 'https://memorial.example.org';

describe('parseEmbeddableUrl', () => {
  it('recognises anniversary, release and victim pages of this site', () => {
    expect(parseEmbeddableUrl(`${SITE}/en/anniversaries/2027`, SITE)).toEqual({ kind: 'anniversary', locale: 'en', year: 2027 });
    expect(parseEmbeddableUrl(`${SITE}/en/releases/30th-anniversary`, SITE)).toEqual({ kind: 'release', locale: 'en', slug: '30th-anniversary' });
    expect(parseEmbeddableUrl(`${SITE}/en/victims/larissa-mammadova/?utm=x#top`, SITE)).toEqual({ kind: 'victim', locale: 'en', slug: 'larissa-mammadova' });
  });

  it('refuses other origins, other pages, other languages and malformed keys', () => {
    for (const url of [
      'https://evil.example/en/anniversaries/2020',
      'http://memorial.example.org/en/anniversaries/2020',
      'https://memorial.example.org:8443/en/anniversaries/2020',
      `${SITE}/en/anniversaries`,
      `${SITE}/en/anniversaries/1990`,
      `${SITE}/en/anniversaries/20200`,
      `${SITE}/en/anniversaries/2020/extra`,
      `${SITE}/xx/anniversaries/2020`,
      `${SITE}/en/timeline/2020`,
      `${SITE}/en/releases/Not..A..Slug`,
      `${SITE}/en/victims/%E0%A4%A`,
      `${SITE}/embed/anniversaries/2020`,
      'not a url',
      'javascript:alert(1)',
    ]) {
      expect(parseEmbeddableUrl(url, SITE), url).toBeNull();
    }
  });

  it('honours a site served under a path', () => {
    expect(parseEmbeddableUrl('https://x.org/memorial/en/anniversaries/2020', 'https://x.org/memorial')).toMatchObject({ year: 2020 });
    expect(parseEmbeddableUrl('https://x.org/en/anniversaries/2020', 'https://x.org/memorial')).toBeNull();
  });
});

describe('parseOEmbedRequest', () => {
  const parse = (query: string) => parseOEmbedRequest(new URLSearchParams(query));

  it('requires a url and offers only JSON', () => {
    expect(parse('format=json')).toMatchObject({ ok: false, status: 400 });
    expect(parse('url=%20')).toMatchObject({ ok: false, status: 400 });
    expect(parse(`url=${SITE}&format=xml`)).toMatchObject({ ok: false, status: 501 });
    expect(parse(`url=${SITE}`)).toEqual({ ok: true, url: SITE, maxWidth: null, maxHeight: null });
    expect(parse(`url=${SITE}&format=JSON`)).toMatchObject({ ok: true });
  });

  it('reads maxwidth and maxheight, ignoring unusable values', () => {
    expect(parse(`url=${SITE}&maxwidth=300&maxheight=200`)).toMatchObject({ maxWidth: 300, maxHeight: 200 });
    expect(parse(`url=${SITE}&maxwidth=0&maxheight=-5`)).toMatchObject({ maxWidth: null, maxHeight: null });
    expect(parse(`url=${SITE}&maxwidth=abc&maxheight=1e9`)).toMatchObject({ maxWidth: null, maxHeight: null });
  });
});

describe('buildOEmbedResponse', () => {
  const anniversary = { kind: 'anniversary', locale: 'en', year: 2020 } as const;

  it('embeds an anniversary as an iframe of its card, within the requested size', () => {
    const body = buildOEmbedResponse({ siteUrl: SITE, target: anniversary, title: 'The 30th anniversary', maxWidth: null, maxHeight: null });
    expect(body).toEqual({
      version: '1.0',
      type: 'rich',
      provider_name: 'Black January memorial',
      provider_url: `${SITE}/`,
      title: 'The 30th anniversary',
      html: anniversaryIframeHtml({ siteUrl: SITE, year: 2020, lang: 'en', title: 'The 30th anniversary' }),
      width: 480,
      height: 260,
      cache_age: 3600,
    });
    // The card is embedded in the language of the page whose link was pasted.
    expect(body.html).toMatch(/^<iframe src="https:\/\/memorial\.example\.org\/embed\/anniversaries\/2020\?lang=en" width="480" height="260" /);
    const small = buildOEmbedResponse({ siteUrl: SITE, target: anniversary, title: 'x', maxWidth: 320, maxHeight: 1000 });
    expect([small.width, small.height]).toEqual([320, 260]);
    expect(small.html).toContain('width="320" height="260"');
  });

  it('embeds a release or a victim as a linked quotation to its canonical page, with the title escaped', () => {
    const body = buildOEmbedResponse({
      siteUrl: SITE,
      target: { kind: 'victim', locale: 'en', slug: 'a-b' },
      title: '<img src=x onerror=alert(1)> "Name"',
      maxWidth: 200,
      maxHeight: 50,
    });
    expect(body.html).toContain(`<a href="${SITE}/en/victims/a-b" target="_blank" rel="noopener">&lt;img src=x onerror=alert(1)&gt; &quot;Name&quot;</a>`);
    expect(body.html).not.toContain('<img');
    expect([body.width, body.height]).toEqual([200, 50]);
  });
});

describe('languages', () => {
  it('embeds the card in the language of the page, and links a record back to its language', () => {
    for (const locale of ['az', 'ru'] as const) {
      const card = buildOEmbedResponse({ siteUrl: SITE, target: { kind: 'anniversary', locale, year: 2027 }, title: 'T', maxWidth: null, maxHeight: null });
      expect(card.html).toContain(`src="${SITE}/embed/anniversaries/2027?lang=${locale}"`);
    }
    const victim = (locale: 'az' | 'ru') =>
      buildOEmbedResponse({ siteUrl: SITE, target: { kind: 'victim', locale, slug: 'a-b' }, title: 'Ad Soyadı', maxWidth: null, maxHeight: null }).html;
    expect(victim('az')).toContain(`<a href="${SITE}/az" target="_blank" rel="noopener">Qara Yanvar xatirə saytı</a>`);
    expect(victim('ru')).toContain(`<a href="${SITE}/ru" target="_blank" rel="noopener">Мемориал «Чёрный январь»</a>`);
    expect(victim('ru')).toContain(`href="${SITE}/ru/victims/a-b"`);
  });
});

describe('discovery and addresses', () => {
  it('builds the canonical page and the discovery link', () => {
    expect(canonicalPageUrl(SITE, { kind: 'release', locale: 'en', slug: 'r' })).toBe(`${SITE}/en/releases/r`);
    expect(oembedAlternateTypes(SITE, { kind: 'anniversary', locale: 'en', year: 2020 }, 'T')).toEqual({
      'application/json+oembed': [{ url: `${SITE}/api/oembed?url=${encodeURIComponent(`${SITE}/en/anniversaries/2020`)}&format=json`, title: 'T' }],
    });
  });

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
