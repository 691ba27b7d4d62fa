import { beforeEach, describe, expect, it, vi } from 'vitest';

// lib/env.ts is parsed once when first imported: the SMTP server must be configured first.
const { SMTP_PORT } = vi.hoisted(() => {
  const port = 2532;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = 'memorial@memorial.test';
  process.env.NEXTAUTH_SECRET = 'integration-tests-testimony-mail-secret-0123456789';
  process.env.SITE_URL = 'https://memorial.test';
  return { SMTP_PORT: port };
});

import { db } from '@/lib/db';
import type { TestimonyStatus } from '@/lib/generated/prisma/enums';
import { loadMessages } from '@/lib/i18n/messages';
import { deliverDueMail } from '@/lib/mail/outbox';
import { queueTestimonyMail, type TestimonyMailEvent } from '@/lib/testimonies/notify';
import { erasePersonalData } from '@/lib/testimonies/retention';
import { testimonyStatusUrl } from '@/lib/testimonies/status-address';
import { resetDatabase } from '@/tests/helpers/database';
import { useSmtpSink } from '@/tests/helpers/smtp-sink-hooks';
import { addTestimonyFile, createStaff, createTestimonyRow } from '@/tests/helpers/testimony-fixtures';

/** Each event with the state the testimony is in once the change that tells of it was written. */
const EVENTS: { event: TestimonyMailEvent; status: TestimonyStatus }[] = [
  { event: 'received', status: 'RECEIVED' },
  { event: 'in-review', status: 'IN_REVIEW' },
  { event: 'needs-information', status: 'NEEDS_INFORMATION' },
  { event: 'answered', status: 'IN_REVIEW' },
  { event: 'accepted', status: 'ACCEPTED' },
  { event: 'declined', status: 'DECLINED' },
  { event: 'withdrawn', status: 'WITHDRAWN' },
];

/** A word each language's message must contain, so that a message in the wrong language fails. */
const LANGUAGE_MARKS = { az: 'şahidliyiniz', en: 'testimony', ru: 'свидетельство' } as const;
const LOCALES = ['az', 'en', 'ru'] as const;

const QUESTION = 'Which school did he attend?\nPlease name the town too.';
const REASON = 'The dates contradict the death certificate.';

async function tell(testimonyId: string, event: TestimonyMailEvent): Promise<void> {
  await db.$transaction((tx) => queueTestimonyMail(tx, testimonyId, event));
  await deliverDueMail();
}

describe('testimony e-mail, received by a real SMTP server', () => {
  const server = useSmtpSink(SMTP_PORT);
  beforeEach(resetDatabase);

  describe.each(LOCALES)('to a testifier who wrote in %s', (locale) => {
    const words = loadMessages(locale).testimonyMail;

    it.each(EVENTS)('$event: in their language, with the reference, the state in words and the status address', async ({ event, status }) => {
      const testimony = await createTestimonyRow({ locale, status, decisionMessage: event === 'declined' ? REASON : null });
      if (event === 'needs-information') {
        await db.testimonyMessage.create({ data: { testimonyId: testimony.id, party: 'CURATOR', body: 'An older question.', createdAt: new Date(Date.now() - 60_000) } });
        await db.testimonyMessage.create({ data: { testimonyId: testimony.id, party: 'CURATOR', body: QUESTION } });
      }

      await tell(testimony.id, event);

      const received = server.sink.to(testimony.contactEmail ?? '');
      expect(received).toHaveLength(1);
      const mail = received[0]!.parsed;
      const text = mail.text ?? '';
      expect(mail.subject).toContain(testimony.reference);
      expect(mail.subject?.toLowerCase()).toContain(LANGUAGE_MARKS[locale]);
      expect(text.toLowerCase()).toContain(LANGUAGE_MARKS[locale]);
      expect(text).toContain(testimony.reference);
      expect(text).toContain(`${words.state.label.replace('{state}', words.state[status])}`);
      expect(text).toContain(testimonyStatusUrl(locale, testimony.id));
      expect(testimonyStatusUrl(locale, testimony.id)).toMatch(new RegExp(`^https://memorial\\.test/${locale}/testimony/status/`));
      expect(mail.html).toBe(false);
      expect(text).not.toMatch(/[{}]/);
      if (event === 'needs-information') {
        expect(text).toContain('    Which school did he attend?\n    Please name the town too.');
        expect(text).not.toContain('An older question.');
      }
      if (event === 'declined') expect(text).toContain(`    ${REASON}`);
      // Only the testifier's message: curators hear of new testimonies and answers only.
      expect(server.sink.messages).toHaveLength(1);
    });
  });

  it('tells the retention periods with a decision', async () => {
    const accepted = await createTestimonyRow({ status: 'ACCEPTED' });
    const declined = await createTestimonyRow({ status: 'DECLINED' });
    await tell(accepted.id, 'accepted');
    await tell(declined.id, 'declined');
    expect(server.sink.to(accepted.contactEmail ?? '')[0]?.parsed.text).toContain('Your e-mail address will be deleted 90 days after this decision; the files stay with the curators.');
    expect(server.sink.to(declined.contactEmail ?? '')[0]?.parsed.text).toContain('They gave no reason.');
    expect(server.sink.to(declined.contactEmail ?? '')[0]?.parsed.text).toContain('Your e-mail address and the files you sent will be deleted 30 days after this decision.');
  });

  it.each(['received', 'answered'] as const)('%s: a short notice in English to every active curator and administrator, with nothing of the testimony', async (event) => {
    await createStaff('curator@staff.test', 'CURATOR');
    await createStaff('admin@staff.test', 'ADMIN');
    await createStaff('former@staff.test', 'CURATOR', false);
    const testimony = await createTestimonyRow({
      locale: 'ru',
      kind: 'ADDITION',
      status: event === 'received' ? 'RECEIVED' : 'IN_REVIEW',
      testifierName: 'Гюльнара Свидетельница',
      relation: 'his sister',
      knowledgeBasis: 'family letters',
      proposal: { circumstances: 'Shot at the Salyan barracks' },
    });
    await db.testimonyMessage.create({ data: { testimonyId: testimony.id, party: 'TESTIFIER', body: 'He studied at school 134.' } });

    await tell(testimony.id, event);

    const notices = server.sink.messages.filter((mail) => !mail.envelopeTo.includes(testimony.contactEmail ?? ''));
    expect(notices.flatMap((mail) => mail.envelopeTo).sort()).toEqual(['admin@staff.test', 'curator@staff.test']);
    for (const notice of notices) {
      const text = notice.parsed.text ?? '';
      expect(notice.parsed.subject).toContain(testimony.reference);
      expect(text).toContain(testimony.reference);
      expect(text).toContain('an addition or correction to an existing record');
      expect(text).toContain(`https://memorial.test/admin/testimonies/${testimony.id}`);
      expect(notice.raw.toString('utf8')).not.toContain(testimony.contactEmail ?? '');
      for (const secret of ['Гюльнара', 'sister', 'letters', 'Salyan', 'school 134', '/testimony/status/']) expect(text).not.toContain(secret);
      expect(notice.parsed.html).toBe(false);
    }
    // And the testifier's own message in Russian.
    expect(server.sink.to(testimony.contactEmail ?? '')[0]?.parsed.subject).toContain('свидетельство');
  });

  it('writes to no testifier without a kept contact e-mail or without consent to be contacted', async () => {
    const none = await createTestimonyRow({ contactEmail: null });
    const noConsent = await createTestimonyRow({ consentContact: false });
    const erased = await createTestimonyRow({ personalDataDeletedAt: new Date() });
    for (const testimony of [none, noConsent, erased]) await tell(testimony.id, 'in-review');
    expect(server.sink.messages).toHaveLength(0);
    expect(await db.outgoingMail.count()).toBe(0);
  });

  it('the withdrawal’s confirmation, queued before the erasure in the same transaction, is still sent; nothing else of the testimony is', async () => {
    await createStaff('curator@staff.test', 'CURATOR');
    const testimony = await createTestimonyRow({ status: 'RECEIVED' });
    await addTestimonyFile(testimony.id);
    // The curators' notice of its arrival, still waiting.
    await db.$transaction((tx) => queueTestimonyMail(tx, testimony.id, 'received'));
    expect(await db.outgoingMail.count()).toBe(2);

    await db.$transaction(async (tx) => {
      await tx.testimony.update({ where: { id: testimony.id }, data: { status: 'WITHDRAWN', decidedAt: new Date() } });
      await queueTestimonyMail(tx, testimony.id, 'withdrawn');
      await erasePersonalData(tx, testimony.id, { scope: 'contact-and-files', now: new Date(), reason: 'withdrawn by the testifier' });
    });
    const after = await db.testimony.findUniqueOrThrow({ where: { id: testimony.id }, include: { files: true } });
    expect(after.contactEmail).toBeNull();
    expect(after.files).toHaveLength(0);
    expect(await db.outgoingMail.count()).toBe(1);

    await deliverDueMail();

    expect(server.sink.messages).toHaveLength(1);
    expect(server.sink.messages[0]?.envelopeTo).toEqual([testimony.contactEmail]);
    expect(server.sink.messages[0]?.parsed.subject).toBe(`Your testimony ${testimony.reference} has been withdrawn`);
    expect(await db.outgoingMail.count()).toBe(0);
  });

  it('queues nothing for a testimony that does not exist, and nothing that outlives a rolled-back change', async () => {
    await db.$transaction((tx) => queueTestimonyMail(tx, 'no-such-testimony', 'received'));
    const testimony = await createTestimonyRow();
    await expect(
      db.$transaction(async (tx) => {
        await queueTestimonyMail(tx, testimony.id, 'received');
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.outgoingMail.count()).toBe(0);
  });
});
