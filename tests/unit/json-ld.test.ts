import { describe, expect, it } from 'vitest';
import { anniversaryEventJsonLd, releaseArticleJsonLd, schemaDate, serializeJsonLd, victimPersonJsonLd } from '@/lib/seo/json-ld';

const URL = 'https://memorial.example.org/en/x';

describe('serializeJsonLd', () => {
  it('keeps "</script>" and "<!--" in data from closing the script element, and stays the same JSON', () => {
    const data = { '@context': 'https://schema.org' as const, '@type': 'Thing', name: '</script><script>alert(1)</script><!-- \u2028' };
    const text = serializeJsonLd(data);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('schemaDate', () => {
  it('gives a date only as precisely as it is known', () => {
    expect(schemaDate('1990-01-20', 'DAY')).toBe('1990-01-20');
    expect(schemaDate('1990-01-01', 'MONTH')).toBe('1990-01');
    expect(schemaDate('1990-01-01', 'YEAR')).toBe('1990');
    expect(schemaDate('1999-09-01', 'SEASON')).toBe('1999');
    expect(schemaDate('1990-01-01', 'UNKNOWN')).toBeUndefined();
    expect(schemaDate(null, 'DAY')).toBeUndefined();
  });
});

describe('anniversaryEventJsonLd', () => {
  it('describes the commemoration on 20 January in Baku', () => {
    expect(anniversaryEventJsonLd({ year: 2027, name: 'The 37th anniversary', description: 'The 37th anniversary of 20 January 1990.', url: URL })).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'The 37th anniversary',
      startDate: '2027-01-20',
      location: { '@type': 'Place', name: 'Baku', address: { addressLocality: 'Baku', addressCountry: 'Azerbaijan' } },
      description: 'The 37th anniversary of 20 January 1990.',
      url: URL,
    });
  });
});

describe('releaseArticleJsonLd', () => {
  const release = { title: 'Title', issuedOn: '2020-01-20', updatedAt: '2026-01-01T00:00:00.000Z', language: 'en', url: URL };

  it('names the issuer as publisher', () => {
    const data = releaseArticleJsonLd({ ...release, issuer: { name: 'Mission', url: `${URL}/issuer`, website: 'http://sarajevo.mfa.gov.az' } });
    expect(data).toMatchObject({ '@type': 'NewsArticle', headline: 'Title', datePublished: '2020-01-20', inLanguage: 'en', url: URL });
    expect(data.publisher).toEqual({ '@type': 'Organization', name: 'Mission', url: `${URL}/issuer`, sameAs: 'http://sarajevo.mfa.gov.az' });
  });

  it('leaves the publisher out when the text names no issuer', () => {
    const data = releaseArticleJsonLd({ ...release, issuer: null });
    expect('publisher' in data).toBe(false);
  });
});

describe('victimPersonJsonLd', () => {
  it('gives the name, death date and place where known', () => {
    expect(
      victimPersonJsonLd({ name: 'Larissa Mammadova', description: null, deathDate: '1990-01-20', deathDatePrecision: 'DAY', deathPlace: 'Baku', url: URL }),
    ).toEqual({ '@context': 'https://schema.org', '@type': 'Person', name: 'Larissa Mammadova', deathDate: '1990-01-20', deathPlace: { '@type': 'Place', name: 'Baku' }, url: URL });
  });

  it('describes an unidentified person in the source’s words and leaves unknown fields out', () => {
    const data = victimPersonJsonLd({ name: null, description: 'a young doctor', deathDate: null, deathDatePrecision: 'UNKNOWN', deathPlace: null, url: URL });
    expect(data).toEqual({ '@context': 'https://schema.org', '@type': 'Person', description: 'a young doctor', url: URL });
  });
});
