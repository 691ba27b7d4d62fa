import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { plainBody, subjectLine, withoutAddresses } from '@/lib/mail/plain-text';
import { mailConfigured, sendPlainMessage } from '@/lib/mail/transport';

// No `import 'server-only'`: instrumentation.ts starts delivery outside the react-server bundle.

/**
 * The outbox (OutgoingMail). A change queues its messages in its own transaction, so a message is sent
 * only if the change committed, and a change is never held up by the SMTP server. Delivery claims one
 * due row at a time (`FOR UPDATE SKIP LOCKED`, so instances never take the same row), marks the attempt
 * and leases the row, sends it outside any transaction, and then deletes the row (nothing of a sent
 * message is kept) or schedules the next attempt. A row whose instance died mid-send is taken again
 * once its lease ends: delivery is at least once.
 *
 * After the attempt that failed | the next one is tried
 * ------------------------------+----------------------
 *  1st                          | 1 minute later
 *  2nd                          | 5 minutes later
 *  3rd                          | 15 minutes later
 *  4th                          | 30 minutes later
 *  5th                          | 1 hour later
 *  6th                          | 2 hours later
 *  7th                          | 4 hours later
 *  8th                          | 8 hours later
 *  9th                          | 12 hours later
 * 10th                          | 24 hours later
 * 11th                          | never: the row is deleted and the loss logged (without the address)
 *
 * so a message is tried for about two days and four hours.
 */
const RETRY_DELAYS_MINUTES = [1, 5, 15, 30, 60, 120, 240, 480, 720, 1440] as const;

/** How many attempts a message gets before it is given up. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

/** How long a claimed row is kept from other instances while it is being sent (well above the transport's timeouts). */
const LEASE_MS = 5 * 60_000;

/** At most this many messages per run; the rest wait for the next run. */
const MAX_PER_RUN = 100;

/** When the next attempt is due after the given attempt (1-based) failed, or null when it was the last. */
export function nextAttemptAfter(attempt: number, failedAt: Date): Date | null {
  const minutes = RETRY_DELAYS_MINUTES[attempt - 1];
  return minutes === undefined ? null : new Date(failedAt.getTime() + minutes * 60_000);
}

const recipientSchema = z.email({ error: 'The recipient must be one e-mail address' });

export type QueuedMail = {
  /** One e-mail address. */
  recipient: string;
  /** Made one line here: a line break in it never reaches the header. */
  subject: string;
  /** Plain text. */
  text: string;
  /** The testimony a message tells about: deleting its personal data (or the testimony) deletes the message. */
  testimonyId?: string | null;
};

/**
 * Queues a message in the caller's transaction; it is sent after the transaction commits (call
 * deliverQueuedMail then). Without SMTP_URL nothing is queued and null is returned.
 */
export async function queueMail(tx: Prisma.TransactionClient, mail: QueuedMail): Promise<{ id: string } | null> {
  if (!mailConfigured()) return null;
  const recipient = recipientSchema.parse(mail.recipient.trim());
  return tx.outgoingMail.create({
    data: { recipient, subject: subjectLine(mail.subject), text: plainBody(mail.text), testimonyId: mail.testimonyId ?? null },
    select: { id: true },
  });
}

export type DeliveryReport = { sent: number; failed: number; givenUp: number };

type ClaimedRow = { id: string; recipient: string; subject: string; text: string; attempts: number; testimonyId: string | null };

/** Takes the next due row for this instance: its attempt is counted and it is leased, in one statement. */
async function claimNext(now: Date): Promise<ClaimedRow | null> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutgoingMail" SET attempts = attempts + 1, "nextAttemptAt" = ${leaseUntil}
    WHERE id = (
      SELECT id FROM "OutgoingMail" WHERE "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "createdAt", id
      LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, recipient, subject, text, attempts, "testimonyId"`;
  return rows[0] ?? null;
}

/** A refusal of this one message (its recipient or its content); anything else means the server cannot take mail now. */
function refusedThisMessage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
}

function describe(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  const text = error instanceof Error ? error.message : String(error);
  const prefix = [code, responseCode].filter((part) => typeof part === 'string' || typeof part === 'number').join(' ');
  return withoutAddresses(prefix ? `${prefix}: ${text}` : text).slice(0, 500);
}

/**
 * Sends every message that is due at `now` (the clock is injected for tests), up to 100 a run. A
 * failure keeps the row with its attempt count, the error (addresses removed) and the time of the next
 * attempt; after the last attempt the row is deleted and the loss logged without the address. When the
 * server cannot be reached, the run stops after that message rather than trying each row against it.
 * Without SMTP_URL nothing is sent. Rejects only when the database cannot be used.
 */
export async function deliverDueMail(now: () => Date = () => new Date()): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, givenUp: 0 };
  if (!mailConfigured()) return report;
  for (let count = 0; count < MAX_PER_RUN; count += 1) {
    const row = await claimNext(now());
    if (!row) break;
    try {
      await sendPlainMessage({ to: row.recipient, subject: row.subject, text: row.text });
      await db.outgoingMail.deleteMany({ where: { id: row.id } });
      report.sent += 1;
    } catch (error) {
      const lastError = describe(error);
      const next = nextAttemptAfter(row.attempts, now());
      if (next) {
        await db.outgoingMail.updateMany({ where: { id: row.id }, data: { lastError, nextAttemptAt: next } });
        report.failed += 1;
      } else {
        await db.outgoingMail.deleteMany({ where: { id: row.id } });
        report.givenUp += 1;
        console.error(
          `[mail] gave up on message ${row.id}${row.testimonyId ? ` (testimony ${row.testimonyId})` : ''} after ${row.attempts} attempts: ${lastError}`,
        );
      }
      if (!refusedThisMessage(error)) break;
    }
  }
  return report;
}

const DELIVERY_KEY = Symbol.for('memorial.mail-delivery');
type DeliveryState = { running: Promise<void> | null; again: boolean };
const deliveryHolder = globalThis as unknown as { [DELIVERY_KEY]?: DeliveryState };

function deliveryState(): DeliveryState {
  return (deliveryHolder[DELIVERY_KEY] ??= { running: null, again: false });
}

/**
 * Starts sending what is due, in the background, and returns at once: call it after a transaction that
 * queued mail has committed. Never throws. One run at a time per process: a call during a run asks for
 * one more run after it, so a message queued meanwhile is not left for the periodic run.
 */
export function deliverQueuedMail(): void {
  if (!mailConfigured()) return;
  const state = deliveryState();
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = (async () => {
    try {
      do {
        state.again = false;
        try {
          await deliverDueMail();
        } catch (error) {
          console.error(`[mail] delivery could not use the database: ${describe(error)}`);
          break;
        }
      } while (state.again);
    } finally {
      state.running = null;
    }
  })();
}

/** Resolves once no delivery run of this process is in progress (tests; a graceful stop). */
export async function mailDeliveryIdle(): Promise<void> {
  while (deliveryState().running) await deliveryState().running;
}

/** How often each instance sends what is due, whether or not a change asked it to. */
export const MAIL_DELIVERY_INTERVAL_MS = 60_000;

/**
 * Sends due mail every minute in this instance (retries, and messages whose change's own call was lost
 * with its process). Every instance runs it; the claim keeps them from sending a message twice. The timer
 * does not keep the process alive. Without SMTP_URL it starts nothing.
 */
export function startMailDelivery(intervalMs: number = MAIL_DELIVERY_INTERVAL_MS): () => void {
  if (!mailConfigured()) return () => {};
  const timer = setInterval(deliverQueuedMail, intervalMs);
  timer.unref();
  // Whatever waited while no instance ran goes out now rather than in a minute.
  deliverQueuedMail();
  return () => clearInterval(timer);
}
