import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Two quiet checks against bots on the forms visitors send without an account (carnations,
 * remembrances, later the families' testimonies):
 *
 * - a honeypot: a text field that people never see (hidden from sight and from screen readers) and
 *   that form-filling bots fill in;
 * - a minimum fill time: the form carries the time its page was rendered, signed so that it cannot be
 *   made older; a form sent sooner than the minimum after that was not filled in by a person.
 *
 * Either failing refuses the form quietly: nothing is stored, and the answer does not say why.
 * Cached pages carry the time they were rendered, which is only ever earlier, so they pass.
 */

/** The honeypot's name: something a bot is tempted to fill in. */
export const HONEYPOT_FIELD = 'website';
/** The signed render time. */
export const FORM_STARTED_FIELD = 'formStarted';

export type FormGuardVerdict = { ok: true } | { ok: false; reason: 'honeypot' | 'too-fast' | 'unsigned' };

function signature(key: Buffer | string, milliseconds: number): string {
  return createHmac('sha256', key).update(`visitor-form:${milliseconds}`).digest('base64url');
}

/** The value of the form's hidden time field: the render time and its signature. */
export function signFormStart(now: Date, key: Buffer | string): string {
  const milliseconds = now.getTime();
  return `${milliseconds}.${signature(key, milliseconds)}`;
}

/** Whether a visitor's form passes the honeypot and the minimum fill time, judged at `now`. */
export function checkVisitorForm(
  fields: { honeypot: unknown; started: unknown },
  options: { now: Date; key: Buffer | string; minFillSeconds: number },
): FormGuardVerdict {
  if (typeof fields.honeypot === 'string' && fields.honeypot.trim() !== '') return { ok: false, reason: 'honeypot' };
  if (fields.honeypot !== undefined && fields.honeypot !== null && typeof fields.honeypot !== 'string') return { ok: false, reason: 'honeypot' };
  const match = typeof fields.started === 'string' ? /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(fields.started) : null;
  if (!match) return { ok: false, reason: 'unsigned' };
  const milliseconds = Number(match[1]);
  const expected = Buffer.from(signature(options.key, milliseconds));
  const given = Buffer.from(match[2] ?? '');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'unsigned' };
  if (options.now.getTime() - milliseconds < options.minFillSeconds * 1000) return { ok: false, reason: 'too-fast' };
  return { ok: true };
}

const PROCESS_KEY = Symbol.for('memorial.visitor-form-key');

/**
 * The key that signs render times: derived from NEXTAUTH_SECRET (which every instance of a deployment
 * shares), or, without one (scripts, the demo), a random key of this process.
 */
export function visitorFormKey(secret: string | undefined): Buffer {
  if (secret) return createHmac('sha256', secret).update('memorial visitor forms').digest();
  const holder = globalThis as unknown as { [PROCESS_KEY]?: Buffer };
  holder[PROCESS_KEY] ??= randomBytes(32);
  return holder[PROCESS_KEY];
}
