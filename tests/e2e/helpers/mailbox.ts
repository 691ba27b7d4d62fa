import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SmtpSink } from '../../helpers/smtp-sink';
import { E2E_SMTP_PORT } from './mail-env';

export { E2E_MAIL_ENV, E2E_SMTP_PORT } from './mail-env';

/**
 * The end-to-end tests' mailbox: a real SMTP server on loopback (tests/helpers/smtp-sink.ts) that the
 * app under test sends to (playwright.config.ts gives its webServer SMTP_URL and MAIL_FROM), started by
 * Playwright's global setup for the whole run. Each message it receives is written to the run's folder
 * (E2E_MAILBOX_DIR, under the system's temporary folder), so every worker can read it; a test waits
 * for its message with `waitForMail`. Nothing leaves the machine.
 */

/** The variable through which the global setup tells the workers where the messages are. */
const MAILBOX_DIR_VARIABLE = 'E2E_MAILBOX_DIR';

/** One message as the mailbox received it. */
export type ReceivedMessage = {
  /** The envelope's recipients (lower-cased). */
  to: string[];
  /** The envelope's sender. */
  from: string;
  subject: string;
  /** The plain-text body (the app sends nothing else). */
  text: string;
  /** When the mailbox received it (milliseconds since the epoch). */
  receivedAt: number;
  /** The whole message as mailparser reads it: headers, html (false when there is none), attachments. */
  parsed: ParsedMail;
};

type Envelope = { to: string[]; from: string; receivedAt: number };

/**
 * Starts the mailbox; Playwright's global setup calls it and runs what it returns as teardown. Fails
 * with the variable to change when the port is taken.
 */
export async function startMailbox(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'memorial-e2e-mail-'));
  process.env[MAILBOX_DIR_VARIABLE] = folder;
  let sequence = 0;
  const sink = await SmtpSink.start({
    port: E2E_SMTP_PORT,
    onMessage: async (mail) => {
      sequence += 1;
      const name = `${String(Date.now()).padStart(15, '0')}-${String(sequence).padStart(6, '0')}`;
      const envelope: Envelope = { to: mail.envelopeTo.map((address) => address.toLowerCase()), from: mail.envelopeFrom, receivedAt: Date.now() };
      // Written under a temporary name and renamed, so that a reader never sees half a message.
      const temporary = path.join(folder, `.${name}.partial`);
      await mkdir(temporary);
      await writeFile(path.join(temporary, 'message.eml'), mail.raw);
      await writeFile(path.join(temporary, 'envelope.json'), JSON.stringify(envelope));
      await rename(temporary, path.join(folder, name));
    },
  }).catch((error: unknown) => {
    throw new Error(
      `The end-to-end tests' SMTP server could not listen on 127.0.0.1:${E2E_SMTP_PORT} (${String(error)}). Set E2E_SMTP_PORT to a free port.`,
    );
  });
  return async () => {
    await sink.stop();
    await rm(folder, { recursive: true, force: true });
  };
}

function mailboxFolder(): string {
  const folder = process.env[MAILBOX_DIR_VARIABLE];
  if (!folder) throw new Error(`${MAILBOX_DIR_VARIABLE} is not set: the mailbox starts in Playwright's global setup (playwright.config.ts).`);
  return folder;
}

const parsedCache = new Map<string, ReceivedMessage>();

/** Every message received so far in this run, oldest first. */
export async function listMail(): Promise<ReceivedMessage[]> {
  const folder = mailboxFolder();
  const names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
  const messages: ReceivedMessage[] = [];
  for (const name of names) {
    let message = parsedCache.get(name);
    if (!message) {
      const envelope = JSON.parse(await readFile(path.join(folder, name, 'envelope.json'), 'utf8')) as Envelope;
      const parsed = await simpleParser(await readFile(path.join(folder, name, 'message.eml')));
      message = { ...envelope, subject: parsed.subject ?? '', text: parsed.text ?? '', parsed };
      parsedCache.set(name, message);
    }
    messages.push(message);
  }
  return messages;
}

/** The messages received so far for an address (the envelope's recipient, any case). */
export async function mailTo(address: string): Promise<ReceivedMessage[]> {
  const wanted = address.toLowerCase();
  return (await listMail()).filter((message) => message.to.includes(wanted));
}

export type MailQuery = {
  /** The recipient's address. */
  to: string;
  /** A part of the subject the message must have. */
  subjectIncludes?: string;
  /** Only a message received at or after this time (milliseconds since the epoch), e.g. one taken before the action. */
  since?: number;
  /** How long to wait, in milliseconds (default 30 000: the app sends right after the change commits). */
  timeout?: number;
};

/**
 * Waits for the first message that matches and returns it parsed; fails, naming what did arrive for
 * that address, when none has within the timeout.
 */
export async function waitForMail(query: MailQuery): Promise<ReceivedMessage> {
  const deadline = Date.now() + (query.timeout ?? 30_000);
  const matches = (message: ReceivedMessage) =>
    (query.subjectIncludes === undefined || message.subject.includes(query.subjectIncludes)) && (query.since === undefined || message.receivedAt >= query.since);
  for (;;) {
    const found = (await mailTo(query.to)).find(matches);
    if (found) return found;
    if (Date.now() >= deadline) {
      const subjects = (await mailTo(query.to)).map((message) => JSON.stringify(message.subject));
      throw new Error(
        `No message to ${query.to}${query.subjectIncludes ? ` with "${query.subjectIncludes}" in its subject` : ''} arrived within ${query.timeout ?? 30_000} ms` +
          (subjects.length ? `; it received: ${subjects.join(', ')}` : '; it received nothing'),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
