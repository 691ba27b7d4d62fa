import { beforeEach, describe, expect, it } from 'vitest';
import { POST as ANSWER } from '@/app/api/testimonies/answer/route';
import { POST } from '@/app/api/testimonies/route';
import { POST as WITHDRAW } from '@/app/api/testimonies/withdraw/route';
import { env } from '@/lib/env';
import { OPERATOR_TEXTS_ID } from '@/lib/operator-texts/schema';
import { DEMO_PRIVACY_NOTICE } from '@/lib/operator-texts/demo-notice';
import { FORM_STARTED_FIELD, HONEYPOT_FIELD, signFormStart, visitorFormKey } from '@/lib/visitor-forms/form-guard';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createExternalSource, createVictim } from '@/tests/helpers/factories';
import { tinyPdf } from '@/tests/helpers/image-fixtures';

/** The route as a browser's plain form reaches it: multipart, from the site's own page, an hour after the page was rendered. */
function post(fields: Record<string, string>, options: { origin?: string; accept?: string } = {}): Request {
  const form = new FormData();
  form.set('locale', 'en');
  form.set(FORM_STARTED_FIELD, signFormStart(new Date(Date.now() - 3_600_000), visitorFormKey(env.NEXTAUTH_SECRET)));
  form.set(HONEYPOT_FIELD, '');
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('file1', new File([tinyPdf()], 'certificate.pdf'));
  const headers: Record<string, string> = { origin: options.origin ?? new URL(env.SITE_URL).origin };
  if (options.accept) headers.accept = options.accept;
  return new Request(new URL('/api/testimonies', env.SITE_URL), { method: 'POST', body: form, headers });
}

const VALID = { kind: 'ADDITION', victim: 'ulvi-bunyadzade', deathPlace: 'Baku', relation: 'His sister', consentShare: 'on' };

function location(response: Response): string {
  return new URL(response.headers.get('location') ?? '', env.SITE_URL).pathname + new URL(response.headers.get('location') ?? '', env.SITE_URL).search;
}

beforeEach(async () => {
  await resetDatabase();
  const source = await createExternalSource();
  await createVictim(source.id, { slug: 'ulvi-bunyadzade', nameLatin: 'Ülvi Bünyadzadə' });
});

describe('POST /api/testimonies', () => {
  it('accepts nothing until the operator’s texts exist in the form’s language', async () => {
    const response = await POST(post(VALID));
    expect(response.status).toBe(303);
    expect(location(response)).toBe('/en/testimony');
    expect(await db.testimony.count()).toBe(0);
    expect(await db.testimonyRetry.count()).toBe(0);
  });

  describe('with the operator’s texts', () => {
    beforeEach(async () => {
      await db.operatorTexts.create({ data: { id: OPERATOR_TEXTS_ID, ...DEMO_PRIVACY_NOTICE } });
    });

    it('stores a testimony and answers with its private status page', async () => {
      const response = await POST(post(VALID));
      expect(response.status).toBe(303);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const testimony = await db.testimony.findFirstOrThrow({ include: { files: true } });
      expect(location(response)).toMatch(new RegExp(`^/en/testimony/status/${testimony.id}\\.[A-Za-z0-9_-]{43}$`));
      expect(testimony).toMatchObject({ kind: 'ADDITION', proposal: { deathPlace: 'Baku' }, locale: 'en' });
      expect(testimony.files.map((file) => file.kind)).toEqual(['DOCUMENT']);
    });

    it('keeps a refused form’s text (not its files) and sends the visitor back to it; with script, answers the problems as JSON', async () => {
      const refused = await POST(post({ ...VALID, consentShare: '', birthDate: 'May 1969' }));
      expect(location(refused)).toMatch(/^\/en\/testimony\?retry=[A-Za-z0-9_-]{43}$/);
      const kept = await db.testimonyRetry.findFirstOrThrow();
      expect(kept).toMatchObject({ values: { birthDate: 'May 1969', relation: 'His sister' }, problems: { birthDate: ['date-format'], consentShare: ['consent-share-required'] }, fileNames: ['certificate.pdf'] });
      const script = await POST(post({ ...VALID, consentShare: '' }, { accept: 'application/json' }));
      expect(script.status).toBe(200);
      expect(await script.json()).toMatchObject({ ok: false, fields: [{ field: 'consentShare', texts: ['Tick this box: the memorial can only take a testimony you agree to share.'] }] });
      expect(await db.testimony.count()).toBe(0);
    });

    it('takes nothing from another site, from a bot that fills the honeypot, or for a record that is not public', async () => {
      expect((await POST(post(VALID, { origin: 'https://elsewhere.example' }))).status).toBe(403);
      expect(location(await POST(post({ ...VALID, [HONEYPOT_FIELD]: 'https://spam.example' })))).toMatch(/\?retry=/);
      expect(location(await POST(post({ ...VALID, victim: 'nobody-at-this-address' })))).toMatch(/\?retry=/);
      expect(await db.testimony.count()).toBe(0);
    });
  });
});

describe('POST /api/testimonies/answer and /withdraw', () => {
  function statusPost(path: string, fields: Record<string, string>): Request {
    const body = new URLSearchParams({ locale: 'en', [FORM_STARTED_FIELD]: signFormStart(new Date(Date.now() - 3_600_000), visitorFormKey(env.NEXTAUTH_SECRET)), [HONEYPOT_FIELD]: '', ...fields });
    return new Request(new URL(path, env.SITE_URL), { method: 'POST', body, headers: { origin: new URL(env.SITE_URL).origin, 'content-type': 'application/x-www-form-urlencoded' } });
  }

  it('answers a forged token with a 404, a stale page and an unticked box in plain words, and withdraws with the box ticked', async () => {
    await db.operatorTexts.create({ data: { id: OPERATOR_TEXTS_ID, ...DEMO_PRIVACY_NOTICE } });
    const statusPath = location(await POST(post(VALID)));
    const token = statusPath.split('/').pop()!;
    expect((await WITHDRAW(statusPost('/api/testimonies/withdraw', { token: `${token.slice(0, -1)}x`, version: '1', confirm: 'on' }))).status).toBe(404);
    expect(location(await WITHDRAW(statusPost('/api/testimonies/withdraw', { token, version: '1' })))).toBe(`${statusPath}?result=confirm-missing`);
    expect(location(await WITHDRAW(statusPost('/api/testimonies/withdraw', { token, version: '9', confirm: 'on' })))).toBe(`${statusPath}?result=stale`);
    expect(location(await ANSWER(statusPost('/api/testimonies/answer', { token, version: '1', body: 'No question was asked.' })))).toBe(`${statusPath}?result=closed`);
    expect(location(await WITHDRAW(statusPost('/api/testimonies/withdraw', { token, version: '1', confirm: 'on' })))).toBe(`${statusPath}?result=withdrawn`);
    expect(await db.testimony.findFirstOrThrow()).toMatchObject({ status: 'WITHDRAWN', contactEmail: null });
    expect(await db.testimonyFile.count()).toBe(0);
  });
});
