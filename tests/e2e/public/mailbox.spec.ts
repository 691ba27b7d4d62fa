import { createTransport } from 'nodemailer';
import { E2E_SMTP_PORT, listMail, waitForMail } from '../helpers/mailbox';
import { expect, test } from '../helpers/test';

/**
 * The mailbox the specs read testimony e-mail from (tests/e2e/helpers/mailbox.ts): a message sent to
 * its port in this worker is found, parsed, by waitForMail — the path the app's own messages take.
 */
test('the run’s mailbox receives a message sent to its port and hands it to waitForMail, parsed', async () => {
  const since = Date.now();
  const transport = createTransport({ host: '127.0.0.1', port: E2E_SMTP_PORT, secure: false, ignoreTLS: true });
  await transport.sendMail({
    from: 'sender@e2e.test',
    to: 'Mailbox.Check@E2E.test',
    subject: 'Mailbox check: ünvan, адрес',
    text: 'A plain message.\nSecond line.',
  });

  const message = await waitForMail({ to: 'mailbox.check@e2e.test', subjectIncludes: 'Mailbox check', since });

  expect(message.to).toEqual(['mailbox.check@e2e.test']);
  expect(message.subject).toBe('Mailbox check: ünvan, адрес');
  expect(message.text).toBe('A plain message.\nSecond line.\n');
  expect(message.parsed.html).toBe(false);
  expect((await listMail()).filter((mail) => mail.to.includes('mailbox.check@e2e.test'))).toHaveLength(1);
  await expect(waitForMail({ to: 'nobody@e2e.test', timeout: 500 })).rejects.toThrow('No message to nobody@e2e.test arrived within 500 ms; it received nothing');
});
