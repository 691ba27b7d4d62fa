import { createTransport, type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

// No `import 'server-only'`: instrumentation.ts starts delivery outside the react-server bundle.

/**
 * How long one attempt may wait on the SMTP server, so that a server that accepts connections but never
 * answers cannot hold a delivery run (nodemailer's own defaults are 2 and 10 minutes).
 */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, dnsTimeout: 10_000 } as const;

/** A message as the outbox hands it over: plain text, one recipient. */
export type PlainMessage = { to: string; subject: string; text: string };

const TRANSPORT_KEY = Symbol.for('memorial.mail-transport');
const holder = globalThis as unknown as { [TRANSPORT_KEY]?: { url: string; transporter: Transporter } };

/** True when SMTP_URL is set: only then is mail queued and sent. */
export function mailConfigured(): boolean {
  return env.SMTP_URL !== undefined;
}

/**
 * The SMTP transport of SMTP_URL, made once per process. Not pooled: a message opens its own
 * connection, so nothing stays open between delivery runs.
 */
function transporter(url: string): Transporter {
  const current = holder[TRANSPORT_KEY];
  if (current?.url === url) return current.transporter;
  const made = createTransport({
    url,
    ...TIMEOUTS,
    // Nothing in a message may make nodemailer read a file or fetch an address.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  holder[TRANSPORT_KEY] = { url, transporter: made };
  return made;
}

/**
 * Hands one message to the SMTP server; resolves once the server accepted it, rejects with the
 * server's refusal (nodemailer's error, with `code` and `responseCode`) otherwise. Plain text only:
 * no HTML part, no attachment. The envelope and every header are built by nodemailer, which encodes
 * them, so the values cannot add a header.
 */
export async function sendPlainMessage(message: PlainMessage): Promise<void> {
  if (!env.SMTP_URL || !env.MAIL_FROM) throw new Error('SMTP_URL is not set: no mail is sent');
  await transporter(env.SMTP_URL).sendMail({
    from: env.MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    // RFC 3834: automatic messages, so that auto-responders do not answer them.
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
}
