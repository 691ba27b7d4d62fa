import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * CONTRACT, implemented by the mail work (lib/mail/): what a change of a testimony tells by e-mail.
 *
 * `queueTestimonyMail(tx, testimonyId, event)` is called inside the transaction of the change, after
 * the testimony's row was written. It reads the testimony in `tx` and queues (OutgoingMail rows, in
 * the same transaction) the testifier's message in their language (when a contact e-mail is kept),
 * carrying the reference and the status address, and, for 'received', a notice to every active
 * curator. Without SMTP_URL it queues nothing. `deliverQueuedMail()` is called after the transaction
 * commits; it sends what is waiting and never throws.
 */
export type TestimonyMailEvent = 'received' | 'in-review' | 'needs-information' | 'answered' | 'accepted' | 'declined' | 'withdrawn';

export async function queueTestimonyMail(_tx: Prisma.TransactionClient, _testimonyId: string, _event: TestimonyMailEvent): Promise<void> {
  // Replaced by the mail work before this lands.
}

export function deliverQueuedMail(): void {
  // Replaced by the mail work before this lands.
}
