import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TestimonyStatus } from '@/lib/generated/prisma/enums';
import { versionedChange, type Actor } from '@/lib/records/change';
import { MutationRefusedError } from '@/lib/records/errors';
import { deliverQueuedMail, queueTestimonyMail, type TestimonyMailEvent } from '@/lib/testimonies/notify';
import { readTestimonySnapshot, type TestimonySnapshot } from '@/lib/testimonies/snapshot';
import { TESTIMONY_ENTITY_TYPE } from '@/lib/testimonies/states';

/**
 * One step of a testimony's workflow, by a curator or by the testifier (actor null), in one transaction
 * with its audit entry (versionedChange at the version the page showed; a stale one is refused naming
 * who saved): the state must be one of `from` (else `refusal`), `prepare` may refuse or write what the
 * step makes (records with their own audit entries) and returns the testimony's columns, the row moves
 * to `to`, the step's message is queued, then `after` runs (what must follow the message, such as
 * deleting the address it was sent to). The queued mail is sent once the transaction has committed.
 */
export async function changeTestimony(options: {
  actor: Actor | null;
  input: { id: string; version: number };
  action: string;
  from: readonly TestimonyStatus[];
  to: TestimonyStatus;
  refusal: (before: TestimonySnapshot) => string;
  mail: TestimonyMailEvent;
  prepare?: (tx: Prisma.TransactionClient, before: TestimonySnapshot) => Promise<{ data?: Prisma.TestimonyUncheckedUpdateManyInput; tags?: string[] }>;
  after?: (tx: Prisma.TransactionClient, before: TestimonySnapshot) => Promise<void>;
}): Promise<{ after: TestimonySnapshot; tags: string[] }> {
  let tags: string[] = [];
  const { after } = await versionedChange({
    actor: options.actor,
    entityType: TESTIMONY_ENTITY_TYPE,
    id: options.input.id,
    expectedVersion: options.input.version,
    action: options.action,
    read: readTestimonySnapshot,
    write: async (tx, before) => {
      if (!options.from.includes(before.status)) throw new MutationRefusedError(options.refusal(before));
      const prepared = (await options.prepare?.(tx, before)) ?? {};
      tags = prepared.tags ?? [];
      const updated = await tx.testimony.updateMany({
        where: { id: before.id, version: options.input.version },
        data: { ...prepared.data, status: options.to, version: { increment: 1 } },
      });
      if (updated.count !== 1) return updated.count;
      await queueTestimonyMail(tx, before.id, options.mail);
      await options.after?.(tx, before);
      return updated.count;
    },
  });
  deliverQueuedMail();
  return { after, tags };
}
