import { beforeEach, describe, expect, it, vi } from 'vitest';

// The outbox reads SMTP_URL through lib/env.ts, parsed once when first imported: set it first.
const { SMTP_PORT } = vi.hoisted(() => {
  const port = 2531;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = 'Black January memorial <memorial@memorial.test>';
  return { SMTP_PORT: port };
});

import { db } from '@/lib/db';
import { deliverDueMail, deliverQueuedMail, mailDeliveryIdle, MAX_ATTEMPTS, queueMail } from '@/lib/mail/outbox';
import { resetDatabase } from '@/tests/helpers/database';
import { useSmtpSink } from '@/tests/helpers/smtp-sink-hooks';

const MINUTE = 60_000;

async function queue(recipient: string, subject = 'A subject', text = 'A body.') {
  const row = await db.$transaction((tx) => queueMail(tx, { recipient, subject, text }));
  if (!row) throw new Error('queueMail queued nothing although SMTP_URL is set');
  return row.id;
}

describe('the mail outbox, against a real SMTP server on loopback', () => {
  const server = useSmtpSink(SMTP_PORT);
  beforeEach(resetDatabase);

  it('sends a queued message as plain text from MAIL_FROM, and deletes the row once the server accepted it', async () => {
    const id = await queue('family@families.test', 'Your testimony', 'Line one.\r\nLine two — ünvan, адрес.');
    expect(await db.outgoingMail.count()).toBe(1);

    expect(await deliverDueMail()).toEqual({ sent: 1, failed: 0, givenUp: 0 });

    expect(server.sink.messages).toHaveLength(1);
    const [mail] = server.sink.messages;
    expect(mail?.envelopeTo).toEqual(['family@families.test']);
    expect(mail?.envelopeFrom).toBe('memorial@memorial.test');
    expect(mail?.parsed.from?.text).toBe('"Black January memorial" <memorial@memorial.test>');
    expect(mail?.parsed.subject).toBe('Your testimony');
    expect(mail?.parsed.text).toBe('Line one.\nLine two — ünvan, адрес.\n');
    expect(mail?.parsed.html).toBe(false);
    expect(mail?.parsed.attachments).toEqual([]);
    expect(mail?.parsed.headers.get('content-type')).toMatchObject({ value: 'text/plain' });
    expect(mail?.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(await db.outgoingMail.findUnique({ where: { id } })).toBeNull();
  });

  it('keeps a line break in a subject from starting a header of its own', async () => {
    await queue('family@families.test', 'Hello\r\nBcc: victim@elsewhere.test\nX-Injected: yes', 'Body.');
    const stored = await db.outgoingMail.findFirstOrThrow();
    expect(stored.subject).toBe('Hello Bcc: victim@elsewhere.test X-Injected: yes');

    await deliverDueMail();

    const [mail] = server.sink.messages;
    expect(mail?.envelopeTo).toEqual(['family@families.test']);
    expect(mail?.parsed.subject).toBe('Hello Bcc: victim@elsewhere.test X-Injected: yes');
    expect(mail?.parsed.headers.has('bcc')).toBe(false);
    expect(mail?.parsed.headers.has('x-injected')).toBe(false);
  });

  it('refuses to queue anything but one address as the recipient', async () => {
    await expect(db.$transaction((tx) => queueMail(tx, { recipient: 'a@families.test, b@families.test', subject: 's', text: 't' }))).rejects.toThrow(
      'one e-mail address',
    );
    await expect(db.$transaction((tx) => queueMail(tx, { recipient: 'a@families.test\r\nBcc: b@x.test', subject: 's', text: 't' }))).rejects.toThrow();
    expect(await db.outgoingMail.count()).toBe(0);
  });

  it('queues nothing when the transaction rolls back', async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, { recipient: 'family@families.test', subject: 's', text: 't' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.outgoingMail.count()).toBe(0);
    expect(await deliverDueMail()).toEqual({ sent: 0, failed: 0, givenUp: 0 });
  });

  it.each([
    { responseCode: 451, message: 'Mailbox busy, try again later' },
    { responseCode: 550, message: 'Mailbox unavailable' },
  ])('a server refusing with $responseCode leaves the row queued with the attempt, the error without the address, and the next attempt due; a later attempt delivers', async (refusal) => {
    const id = await queue('family@families.test');
    server.sink.refusal = refusal;
    const now = new Date();

    expect(await deliverDueMail(() => now)).toEqual({ sent: 0, failed: 1, givenUp: 0 });

    const row = await db.outgoingMail.findUniqueOrThrow({ where: { id } });
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain(String(refusal.responseCode));
    expect(row.lastError).not.toContain('family@families.test');
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + MINUTE);
    expect(server.sink.messages).toHaveLength(0);

    // Not yet due: nothing is tried.
    server.sink.refusal = null;
    expect(await deliverDueMail(() => new Date(now.getTime() + MINUTE - 1))).toEqual({ sent: 0, failed: 0, givenUp: 0 });
    expect((await db.outgoingMail.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);

    expect(await deliverDueMail(() => new Date(now.getTime() + MINUTE))).toEqual({ sent: 1, failed: 0, givenUp: 0 });
    expect(server.sink.to('family@families.test')).toHaveLength(1);
    expect(await db.outgoingMail.count()).toBe(0);
  });

  it('a server that is not listening leaves every row queued; the run stops at the first; a later attempt delivers them all', async () => {
    await queue('first@families.test');
    await queue('second@families.test');
    await server.sink.stop();
    const now = new Date();

    expect(await deliverDueMail(() => now)).toEqual({ sent: 0, failed: 1, givenUp: 0 });

    const rows = await db.outgoingMail.findMany({ orderBy: { attempts: 'desc' } });
    expect(rows.map((row) => row.attempts)).toEqual([1, 0]);
    expect(rows[0]?.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);

    await server.sink.listen();
    expect(await deliverDueMail(() => new Date(now.getTime() + MINUTE))).toEqual({ sent: 2, failed: 0, givenUp: 0 });
    expect(server.sink.messages.flatMap((mail) => mail.envelopeTo).sort()).toEqual(['first@families.test', 'second@families.test']);
    expect(await db.outgoingMail.count()).toBe(0);
  });

  it(`gives a message up after ${MAX_ATTEMPTS} attempts with growing delays, deletes it and logs the loss without the address`, async () => {
    const id = await queue('unreachable@families.test');
    server.sink.refusal = { responseCode: 550, message: 'No such user unreachable@families.test' };
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    try {
      let now = new Date();
      const delays: number[] = [];
      for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
        expect(await deliverDueMail(() => now)).toEqual({ sent: 0, failed: 1, givenUp: 0 });
        const row = await db.outgoingMail.findUniqueOrThrow({ where: { id } });
        expect(row.attempts).toBe(attempt);
        expect(row.lastError).not.toContain('unreachable@families.test');
        delays.push((row.nextAttemptAt.getTime() - now.getTime()) / MINUTE);
        now = row.nextAttemptAt;
      }
      expect(delays).toEqual([1, 5, 15, 30, 60, 120, 240, 480, 720, 1440]);

      expect(await deliverDueMail(() => now)).toEqual({ sent: 0, failed: 0, givenUp: 1 });
    } finally {
      spy.mockRestore();
    }
    expect(await db.outgoingMail.count()).toBe(0);
    expect(server.sink.messages).toHaveLength(0);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(id);
    expect(logged[0]).toContain(`after ${MAX_ATTEMPTS} attempts`);
    expect(logged[0]).not.toContain('unreachable@families.test');
  });

  it('two instances delivering at once send each message exactly once', async () => {
    const recipients = Array.from({ length: 8 }, (_, index) => `family${index}@families.test`);
    for (const recipient of recipients) await queue(recipient);

    const reports = await Promise.all([deliverDueMail(), deliverDueMail()]);

    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(recipients.length);
    expect(server.sink.messages.flatMap((mail) => mail.envelopeTo).sort()).toEqual([...recipients].sort());
    expect(await db.outgoingMail.count()).toBe(0);
  });

  it('deliverQueuedMail returns at once, never throws, and sends what was queued before and while it ran', async () => {
    await queue('first@families.test');
    expect(deliverQueuedMail()).toBeUndefined();
    // Queued while the run is under way: the second call asks for one more run after it.
    await queue('second@families.test');
    expect(deliverQueuedMail()).toBeUndefined();

    await mailDeliveryIdle();

    expect(server.sink.messages.flatMap((mail) => mail.envelopeTo).sort()).toEqual(['first@families.test', 'second@families.test']);
    expect(await db.outgoingMail.count()).toBe(0);
  });
});
