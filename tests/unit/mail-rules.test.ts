import { afterEach, describe, expect, it, vi } from 'vitest';
import { env, isMailbox } from '@/lib/env';
import { nextAttemptAfter, MAX_ATTEMPTS } from '@/lib/mail/outbox';
import { plainBody, quoted, subjectLine, withoutAddresses, MAX_SUBJECT_LENGTH } from '@/lib/mail/plain-text';
import { locales } from '@/lib/i18n/config';
import { curatorMail, testifierMail, type TestimonyMailEvent } from '@/lib/testimonies/mail-content';
import { erasureDue } from '@/lib/testimonies/retention';

describe('what a queued message may contain', () => {
  it.each([
    ['Hello\r\nBcc: someone@elsewhere.test', 'Hello Bcc: someone@elsewhere.test'],
    ['Line\nbreak', 'Line break'],
    ['Carriage\rreturn', 'Carriage return'],
    ['Separator\u2028here', 'Separator here'],
    ['Null\u0000and tab\there', 'Null and tab here'],
    ['  spaced   out  ', 'spaced out'],
  ])('a subject is one line: %j', (input, expected) => {
    expect(subjectLine(input)).toBe(expected);
  });

  it('cuts a subject that is too long', () => {
    const line = subjectLine('x'.repeat(500));
    expect(line).toHaveLength(MAX_SUBJECT_LENGTH);
    expect(line.endsWith('…')).toBe(true);
  });

  it('a body keeps its lines with \\n ends and loses other control characters', () => {
    expect(plainBody('one\r\ntwo\rthree\u2029four\u0007\tfive')).toBe('one\ntwo\nthree\nfour\tfive');
  });

  it('quotes what a person wrote as indented lines', () => {
    expect(quoted('  First line\r\n\r\nSecond  ')).toBe('    First line\n\n    Second');
  });

  it.each([
    ['550 5.1.1 <name@example.org>: Recipient address rejected', '550 5.1.1 <[address]>: Recipient address rejected'],
    ['Can’t send mail - all recipients were rejected: 451 a.b@c.d busy', 'Can’t send mail - all recipients were rejected: 451 [address] busy'],
    ['connect ECONNREFUSED 127.0.0.1:2525', 'connect ECONNREFUSED 127.0.0.1:2525'],
  ])('an error keeps no address: %j', (input, expected) => {
    expect(withoutAddresses(input)).toBe(expected);
  });

  it.each([
    ['memorial@example.org', true],
    ['Black January memorial <memorial@example.org>', true],
    ['"Qara Yanvar, xatirə" <memorial@example.org>', true],
    ['not an address', false],
    ['Name <not an address>', false],
    ['memorial@example.org\r\nBcc: x@example.org', false],
  ])('MAIL_FROM %j is a mailbox: %s', (value, expected) => {
    expect(isMailbox(value)).toBe(expected);
  });
});

describe('retries', () => {
  it('waits longer after each failed attempt, and gives up after the last', () => {
    const failedAt = new Date('2027-01-20T00:00:00Z');
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, index) => nextAttemptAfter(index + 1, failedAt)).map((next) =>
      next === null ? null : (next.getTime() - failedAt.getTime()) / 60_000,
    );
    expect(delays).toEqual([1, 5, 15, 30, 60, 120, 240, 480, 720, 1440, null]);
  });
});

describe('retention', () => {
  it('defaults to 30 days for declined testimonies and 90 for an accepted one’s contact e-mail', () => {
    expect(env.TESTIMONY_CLOSED_RETENTION_DAYS).toBe(30);
    expect(env.TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS).toBe(90);
    expect(env.SMTP_URL).toBeUndefined();
  });

  const now = new Date('2027-03-01T00:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const periods = { closedDays: 30, acceptedContactDays: 90 };
  const kept = { contactEmail: 'a@b.test', fileCount: 1, personalDataDeletedAt: null };
  const erased = { contactEmail: null, fileCount: 0, personalDataDeletedAt: daysAgo(1) };

  it.each([
    ['open, long ago', { status: 'IN_REVIEW', decidedAt: null, ...kept }, null],
    ['withdrawn, data left', { status: 'WITHDRAWN', decidedAt: daysAgo(0), ...kept }, 'contact-and-files'],
    ['withdrawn, erased', { status: 'WITHDRAWN', decidedAt: daysAgo(0), ...erased }, null],
    ['withdrawn, only files left', { status: 'WITHDRAWN', decidedAt: daysAgo(0), ...erased, fileCount: 2 }, 'contact-and-files'],
    ['declined 29 days ago', { status: 'DECLINED', decidedAt: daysAgo(29), ...kept }, null],
    ['declined 30 days ago', { status: 'DECLINED', decidedAt: daysAgo(30), ...kept }, 'contact-and-files'],
    ['declined, erased', { status: 'DECLINED', decidedAt: daysAgo(300), ...erased }, null],
    ['accepted 89 days ago', { status: 'ACCEPTED', decidedAt: daysAgo(89), ...kept }, null],
    ['accepted 90 days ago', { status: 'ACCEPTED', decidedAt: daysAgo(90), ...kept }, 'contact'],
    ['accepted, e-mail erased, files kept', { status: 'ACCEPTED', decidedAt: daysAgo(300), ...erased, fileCount: 3 }, null],
  ] as const)('%s → %s', (_name, testimony, expected) => {
    expect(erasureDue(testimony, now, periods)).toBe(expected);
  });
});

describe('the words of testimony e-mail', () => {
  const events: TestimonyMailEvent[] = ['received', 'in-review', 'needs-information', 'answered', 'accepted', 'declined', 'withdrawn'];

  it.each(locales)('%s: every event renders, with no placeholder left, the reference in the subject and the status address in the body', (locale) => {
    for (const event of events) {
      for (const days of [0, 1, 2, 5, 21, 30]) {
        const mail = testifierMail(event, {
          locale,
          reference: 'T-7KQ3-M9XD',
          status: 'IN_REVIEW',
          statusUrl: 'https://memorial.test/x/testimony/status/abc',
          question: 'A question?',
          reason: 'A reason.',
          acceptedContactRetentionDays: days,
          closedRetentionDays: days,
        });
        expect(mail.subject).toContain('T-7KQ3-M9XD');
        expect(subjectLine(mail.subject)).toBe(mail.subject);
        expect(mail.text).toContain('https://memorial.test/x/testimony/status/abc');
        expect(`${mail.subject}\n${mail.text}`).not.toMatch(/[{}#]/);
      }
    }
  });

  it('the curators’ notice names the reference, the kind and the review link, and nothing else of the testimony', () => {
    const notice = curatorMail('received', { reference: 'T-1', kind: 'WITHHOLD', reviewUrl: 'https://memorial.test/admin/testimonies/abc' });
    expect(notice.subject).toBe('New testimony T-1');
    expect(notice.text).toContain('a request to withhold');
    expect(notice.text).toContain('https://memorial.test/admin/testimonies/abc');
  });
});

describe('the mail and retention settings, as lib/env.ts parses them at start-up', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** lib/env.ts parsed afresh with these variables. */
  async function startWith(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
    vi.resetModules();
    return (await import('@/lib/env')).env;
  }

  it('takes an SMTP server with the address mail is sent from', async () => {
    const configured = await startWith({ SMTP_URL: 'smtps://user:pass@mail.example.org:465', MAIL_FROM: 'Black January memorial <memorial@example.org>' });
    expect(configured.SMTP_URL).toBe('smtps://user:pass@mail.example.org:465');
    expect(configured.MAIL_FROM).toBe('Black January memorial <memorial@example.org>');
  });

  it('refuses SMTP_URL without MAIL_FROM, naming MAIL_FROM', async () => {
    await expect(startWith({ SMTP_URL: 'smtp://mail.example.org:587', MAIL_FROM: '' })).rejects.toThrow(/MAIL_FROM: MAIL_FROM must be set when SMTP_URL is/);
  });

  it.each(['http://mail.example.org', 'smtp://', 'mail.example.org:587'])('refuses SMTP_URL=%s, naming it', async (value) => {
    await expect(startWith({ SMTP_URL: value, MAIL_FROM: 'memorial@example.org' })).rejects.toThrow(/SMTP_URL: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
  });

  it('refuses a MAIL_FROM that is not a mailbox, naming it', async () => {
    await expect(startWith({ SMTP_URL: 'smtp://mail.example.org', MAIL_FROM: 'the memorial' })).rejects.toThrow(/MAIL_FROM: MAIL_FROM must be an e-mail address/);
  });

  it('reads the retention periods, and takes an empty one for unset rather than for 0 days', async () => {
    expect(await startWith({ TESTIMONY_CLOSED_RETENTION_DAYS: '7', TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS: '0' })).toMatchObject({
      TESTIMONY_CLOSED_RETENTION_DAYS: 7,
      TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS: 0,
    });
    expect(await startWith({ TESTIMONY_CLOSED_RETENTION_DAYS: '', TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS: ' ' })).toMatchObject({
      TESTIMONY_CLOSED_RETENTION_DAYS: 30,
      TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS: 90,
    });
  });

  it.each([
    ['TESTIMONY_CLOSED_RETENTION_DAYS', '-1', 'cannot be negative'],
    ['TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS', 'ninety', 'must be a whole number of days'],
    ['TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS', '4000', 'surely a mistake'],
  ])('refuses %s=%s, naming it', async (name, value, words) => {
    await expect(startWith({ [name]: value })).rejects.toThrow(new RegExp(`${name}: ${name} .*${words}`));
  });
});
