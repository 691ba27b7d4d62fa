import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { carnationFormSchema } from '@/lib/carnations/schema';
import { PurgeThrottle } from '@/lib/carnations/purge-throttle';
import { moderationSchema, remembranceFormSchema } from '@/lib/remembrances/schema';
import { bakuDay } from '@/lib/baku-time';
import { addressHash } from '@/lib/visitor-forms/daily-allowance';
import { checkVisitorForm, signFormStart, visitorFormKey } from '@/lib/visitor-forms/form-guard';
import { isSameOriginPost } from '@/lib/visitor-forms/request';

const KEY = visitorFormKey('a-test-secret-that-is-long-enough-for-hmac');
const RENDERED = new Date('2027-01-20T08:00:00.000Z');
const seconds = (count: number) => new Date(RENDERED.getTime() + count * 1000);

describe('checkVisitorForm (honeypot and minimum fill time)', () => {
  const started = signFormStart(RENDERED, KEY);
  const options = (now: Date) => ({ now, key: KEY, minFillSeconds: 3 });

  it('accepts a form sent after the minimum time with the honeypot empty', () => {
    expect(checkVisitorForm({ honeypot: '', started }, options(seconds(3)))).toEqual({ ok: true });
    expect(checkVisitorForm({ honeypot: undefined, started }, options(seconds(3600)))).toEqual({ ok: true });
  });

  it('refuses a form sent too soon, one with the honeypot filled, and one whose time was forged', () => {
    expect(checkVisitorForm({ honeypot: '', started }, options(seconds(2)))).toEqual({ ok: false, reason: 'too-fast' });
    expect(checkVisitorForm({ honeypot: 'https://spam.example', started }, options(seconds(60)))).toEqual({ ok: false, reason: 'honeypot' });
    const [, signature] = started.split('.');
    const older = `${RENDERED.getTime() - 60_000}.${signature}`;
    expect(checkVisitorForm({ honeypot: '', started: older }, options(seconds(0)))).toEqual({ ok: false, reason: 'unsigned' });
    expect(checkVisitorForm({ honeypot: '', started: signFormStart(RENDERED, visitorFormKey('another-secret-of-another-deployment')) }, options(seconds(60)))).toEqual({
      ok: false,
      reason: 'unsigned',
    });
    expect(checkVisitorForm({ honeypot: '', started: undefined }, options(seconds(60)))).toEqual({ ok: false, reason: 'unsigned' });
  });
});

describe('addressHash and bakuDay', () => {
  const salt = Buffer.alloc(32, 7);

  it('is the same for one address, scope and salt, and differs when any of them differs', () => {
    const hash = addressHash(salt, 'carnation:victim:1', '203.0.113.7');
    expect(hash.equals(addressHash(salt, 'carnation:victim:1', '203.0.113.7'))).toBe(true);
    expect(hash.equals(addressHash(salt, 'carnation:victim:2', '203.0.113.7'))).toBe(false);
    expect(hash.equals(addressHash(salt, 'carnation:victim:1', '203.0.113.8'))).toBe(false);
    expect(hash.equals(addressHash(Buffer.alloc(32, 8), 'carnation:victim:1', '203.0.113.7'))).toBe(false);
    expect(hash.toString('hex')).not.toContain(Buffer.from('203.0.113.7').toString('hex'));
  });

  it('counts every visitor whose address cannot be trusted as one', () => {
    expect(addressHash(salt, 'carnations', null).equals(addressHash(salt, 'carnations', 'unknown'))).toBe(true);
  });

  it('takes the day from Baku’s calendar (UTC+4)', () => {
    expect(bakuDay(new Date('2027-01-19T19:59:59.000Z')).toISOString()).toBe('2027-01-19T00:00:00.000Z');
    expect(bakuDay(new Date('2027-01-19T20:00:00.000Z')).toISOString()).toBe('2027-01-20T00:00:00.000Z');
  });
});

describe('PurgeThrottle', () => {
  it('purges the first change at once, then at most once per interval, with everything that changed meanwhile', () => {
    let now = 0;
    const throttle = new PurgeThrottle(5 * 60_000, () => now);
    expect(throttle.changed(['carnations:victim:a'])).toEqual(['carnations:victim:a']);
    now = 60_000;
    expect(throttle.changed(['carnations:victim:b'])).toEqual([]);
    now = 4 * 60_000;
    expect(throttle.changed(['carnations:victim:a'])).toEqual([]);
    expect(throttle.waiting().sort()).toEqual(['carnations:victim:a', 'carnations:victim:b']);
    now = 5 * 60_000;
    expect(throttle.changed(['carnations:anniversary:2027']).sort()).toEqual(['carnations:anniversary:2027', 'carnations:victim:a', 'carnations:victim:b']);
    expect(throttle.waiting()).toEqual([]);
    now = 5 * 60_000 + 1;
    expect(throttle.changed(['carnations:victim:a'])).toEqual([]);
  });
});

describe('carnationFormSchema', () => {
  it('takes a victim’s or an anniversary’s form', () => {
    expect(carnationFormSchema.parse({ locale: 'en', target: 'victim', slug: 'some-name' })).toMatchObject({ target: 'victim', slug: 'some-name' });
    expect(carnationFormSchema.parse({ locale: 'az', target: 'anniversary', year: '2027' })).toMatchObject({ target: 'anniversary', year: 2027 });
  });

  it('says in plain words what is wrong, every field at once', () => {
    const result = carnationFormSchema.safeParse({ locale: 'fr', target: 'person' });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['locale', 'The page’s language is missing or unknown.'],
        ['target', 'The form does not say what the carnation is for.'],
      ]),
    );
  });
});

describe('isSameOriginPost', () => {
  const site = 'https://memorial.example.org';
  it('accepts the site’s own origin, or a same-origin post without one, and nothing else', () => {
    expect(isSameOriginPost(new Headers({ origin: site }), site)).toBe(true);
    expect(isSameOriginPost(new Headers({ 'sec-fetch-site': 'same-origin' }), site)).toBe(true);
    expect(isSameOriginPost(new Headers({ origin: 'https://elsewhere.example' }), site)).toBe(false);
    expect(isSameOriginPost(new Headers({ origin: 'null' }), site)).toBe(false);
    // "Origin: null" from a page with no referrer policy: the browser's Sec-Fetch-Site decides.
    expect(isSameOriginPost(new Headers({ origin: 'null', 'sec-fetch-site': 'same-origin' }), site)).toBe(true);
    expect(isSameOriginPost(new Headers({ origin: 'null', 'sec-fetch-site': 'cross-site' }), site)).toBe(false);
    expect(isSameOriginPost(new Headers({ 'sec-fetch-site': 'cross-site' }), site)).toBe(false);
    expect(isSameOriginPost(new Headers(), site)).toBe(false);
  });
});

describe('remembranceFormSchema and moderationSchema', () => {
  it('takes a message with a name or anonymous, and keeps no name when anonymous', () => {
    expect(remembranceFormSchema.parse({ message: '  We remember.  ', name: 'Leyla' })).toEqual({ message: 'We remember.', authorName: 'Leyla' });
    expect(remembranceFormSchema.parse({ message: 'We remember.', name: 'Leyla', anonymous: 'on' })).toEqual({ message: 'We remember.', authorName: null });
  });

  it('gives every field error at once, in plain words', () => {
    const result = remembranceFormSchema.safeParse({ message: 'x'.repeat(501), name: '' });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      message: ['The message can be at most 500 characters long.'],
      name: ['Give your name, or choose to stay anonymous.'],
    });
    expect(remembranceFormSchema.safeParse({ message: '   ', anonymous: 'on' }).error?.issues[0]?.message).toBe('Write a message, or lay only a carnation.');
    expect(remembranceFormSchema.safeParse({ message: 'ok', name: 'n'.repeat(81) }).error?.issues[0]?.message).toBe('The name can be at most 80 characters long.');
  });

  it('asks for a reason to reject or hide, not to approve', () => {
    expect(moderationSchema.safeParse({ id: 'a', version: '1', decision: 'approve' }).success).toBe(true);
    expect(moderationSchema.safeParse({ id: 'a', version: '1', decision: 'hide', reason: '' }).error?.issues[0]?.message).toBe(
      'Say why the message is rejected or hidden; the reason is kept in the history.',
    );
  });
});
