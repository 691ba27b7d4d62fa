import 'server-only';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { deliverQueuedMail as deliverOutbox, queueMail } from '@/lib/mail/outbox';
import { mailConfigured } from '@/lib/mail/transport';
import { curatorMail, testifierMail, type TestimonyMailEvent } from '@/lib/testimonies/mail-content';
import { testimonyStatusUrl } from '@/lib/testimonies/status-address';
import { isLocale, defaultLocale } from '@/lib/i18n/config';

export type { TestimonyMailEvent };

/**
 * What a change of a testimony tells by e-mail (the contract the testimony form and the curators' queue
 * call).
 *
 * `queueTestimonyMail(tx, testimonyId, event)` is called inside the transaction of the change, after
 * the testimony's row was written. It reads the testimony in `tx` and queues (OutgoingMail rows, in the
 * same transaction) the testifier's message in their language, carrying the reference, the new state,
 * the curators' question or reason, and the status address — only while a contact e-mail is kept and
 * the testifier agreed to be contacted (consentContact). For 'received' and 'answered' it also queues a
 * notice to every active curator and administrator. Without SMTP_URL it queues nothing.
 *
 * 'withdrawn' must be queued before the withdrawal erases the contact e-mail
 * (`erasePersonalData` in lib/testimonies/retention.ts), in the same transaction: that confirmation is
 * the one message not linked to its testimony, so the erasure leaves it and it is still sent; the
 * address then lives only in that outbox row until the server accepts it (or it is given up).
 *
 * `deliverQueuedMail()` is called after the transaction commits; it starts sending in the background,
 * returns at once and never throws.
 */
export async function queueTestimonyMail(tx: Prisma.TransactionClient, testimonyId: string, event: TestimonyMailEvent): Promise<void> {
  if (!mailConfigured()) return;
  const testimony = await tx.testimony.findUnique({
    where: { id: testimonyId },
    select: {
      id: true,
      reference: true,
      locale: true,
      kind: true,
      status: true,
      contactEmail: true,
      consentContact: true,
      decisionMessage: true,
      personalDataDeletedAt: true,
    },
  });
  if (!testimony) return;

  if (testimony.contactEmail && testimony.consentContact && !testimony.personalDataDeletedAt) {
    const locale = isLocale(testimony.locale) ? testimony.locale : defaultLocale;
    const question =
      event === 'needs-information'
        ? (
            await tx.testimonyMessage.findFirst({
              where: { testimonyId, party: 'CURATOR' },
              orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
              select: { body: true },
            })
          )?.body
        : null;
    const message = testifierMail(event, {
      locale,
      reference: testimony.reference,
      status: testimony.status,
      statusUrl: testimonyStatusUrl(locale, testimony.id),
      question,
      reason: event === 'declined' ? testimony.decisionMessage : null,
      acceptedContactRetentionDays: env.TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS,
      closedRetentionDays: env.TESTIMONY_CLOSED_RETENTION_DAYS,
    });
    await queueMail(tx, {
      recipient: testimony.contactEmail,
      ...message,
      // See above: the withdrawal's confirmation outlives the erasure of the testimony's personal data.
      testimonyId: event === 'withdrawn' ? null : testimony.id,
    });
  }

  if (event === 'received' || event === 'answered') {
    const curators = await tx.user.findMany({
      where: { active: true, role: { in: ['CURATOR', 'ADMIN'] } },
      select: { email: true },
      orderBy: { email: 'asc' },
    });
    const notice = curatorMail(event, {
      reference: testimony.reference,
      kind: testimony.kind,
      reviewUrl: `${env.SITE_URL}/admin/testimonies/${testimony.id}`,
    });
    for (const curator of curators) await queueMail(tx, { recipient: curator.email, ...notice, testimonyId: testimony.id });
  }
}

/** Sends what the committed change queued, in the background (lib/mail/outbox.ts); returns at once, never throws. */
export function deliverQueuedMail(): void {
  deliverOutbox();
}
