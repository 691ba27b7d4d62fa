import { beforeEach, describe, expect, it, vi } from 'vitest';

// Without SMTP_URL (lib/env.ts is parsed once, when first imported): nothing is queued or sent.
const { SMTP_PORT } = vi.hoisted(() => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  return { SMTP_PORT: 2533 };
});

import { db } from '@/lib/db';
import { deliverDueMail, deliverQueuedMail, mailDeliveryIdle, queueMail, startMailDelivery } from '@/lib/mail/outbox';
import { mailConfigured } from '@/lib/mail/transport';
import { queueTestimonyMail } from '@/lib/testimonies/notify';
import { resetDatabase } from '@/tests/helpers/database';
import { useSmtpSink } from '@/tests/helpers/smtp-sink-hooks';
import { createStaff, createTestimonyRow } from '@/tests/helpers/testimony-fixtures';

describe('without SMTP_URL', () => {
  // A server that would receive anything sent to the usual test port, to show that nothing is.
  const server = useSmtpSink(SMTP_PORT);
  beforeEach(resetDatabase);

  it('queues nothing for any testimony event, for the testifier or the curators', async () => {
    expect(mailConfigured()).toBe(false);
    await createStaff('curator@staff.test', 'CURATOR');
    const testimony = await createTestimonyRow();
    for (const event of ['received', 'in-review', 'needs-information', 'answered', 'accepted', 'declined', 'withdrawn'] as const) {
      await db.$transaction((tx) => queueTestimonyMail(tx, testimony.id, event));
    }
    expect(await db.$transaction((tx) => queueMail(tx, { recipient: 'family@families.test', subject: 's', text: 't' }))).toBeNull();
    expect(await db.outgoingMail.count()).toBe(0);
  });

  it('sends nothing, not even what an earlier configuration left queued, also when periodic delivery is started', async () => {
    await db.outgoingMail.create({ data: { recipient: 'family@families.test', subject: 'Left from before', text: 'Body.' } });
    expect(await deliverDueMail()).toEqual({ sent: 0, failed: 0, givenUp: 0 });
    deliverQueuedMail();
    const stop = startMailDelivery();
    await mailDeliveryIdle();
    stop();
    expect(server.sink.messages).toHaveLength(0);
    expect((await db.outgoingMail.findFirstOrThrow()).attempts).toBe(0);
  });
});
