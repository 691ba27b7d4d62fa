import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '@/server/logger.mjs';
import { createOutagePages, localeOfAddress } from '@/server/outage-page.mjs';

const outageAnswer = createOutagePages(path.resolve(import.meta.dirname, '..', '..'));

describe('the production server’s log lines', () => {
  it.each([
    ['an e-mail address', 'user curator@example.org signed in', 'user [email] signed in'],
    ['a password in a URL', 'connect postgresql://memorial:s3cret@db:5432/memorial', 'connect postgresql://memorial:[redacted]@db:5432/memorial'],
    ['a JSON password', '{"password":"hunter2","ok":1}', '{"password":"[redacted]","ok":1}'],
    ['a token in a query', 'GET /reset?token=abc123&x=1', 'GET /reset?token=[redacted]&x=1'],
    ['a cookie header', 'cookie: next-auth.session-token=eyJhbGciOi', 'cookie: [redacted]'],
  ])('never carry %s', (_kind, line, scrubbed) => {
    expect(scrubSecrets(line)).toBe(scrubbed);
  });

  it('leave ordinary lines alone', () => {
    const line = '{"level":"info","route":"/en/victims","status":200,"durationMs":12.5}';
    expect(scrubSecrets(line)).toBe(line);
  });
});

describe('the 503 page of a database outage', () => {
  it.each([
    ['/az/victims/x', 'az'],
    ['/ru/anniversaries/1996', 'ru'],
    ['/embed/anniversaries/2027?lang=en', 'en'],
    ['/embed/anniversaries/2027', 'az'],
    ['/feeds/releases.xml', null],
  ])('speaks the language of %s', (url, locale) => {
    expect(localeOfAddress(url)).toBe(locale);
  });

  it('is a page without scripts in the address’s language, with Retry-After', () => {
    const answer = outageAnswer('/ru/anniversaries/1996');
    expect(answer.headers['Retry-After']).toMatch(/^\d+$/);
    expect(answer.headers['Content-Language']).toBe('ru');
    expect(answer.body).toContain('<html lang="ru">');
    expect(answer.body).toContain('<h1>Эту страницу сейчас не удаётся показать</h1>');
    expect(answer.body).not.toContain('<script');
  });

  it('says it in all three languages where the address names none, JSON under /api/, and plainly to curators', () => {
    const everywhere = outageAnswer('/sitemap.xml').body;
    for (const lang of ['az', 'en', 'ru']) expect(everywhere).toContain(`<section lang="${lang}">`);
    expect(JSON.parse(outageAnswer('/api/oembed?url=x').body)).toEqual({ error: 'The database cannot be reached; try again later.' });
    expect(outageAnswer('/admin/events').body).toContain('nothing can be read or saved');
  });
});
