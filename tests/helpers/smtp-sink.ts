import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

/** One message as the SMTP server received it: the envelope, the raw bytes and the parsed message. */
export type ReceivedMail = { envelopeFrom: string; envelopeTo: string[]; raw: Buffer; parsed: ParsedMail };

/** A refusal the server gives every recipient while it is set: `451` (try later) or `550` (refused). */
export type Refusal = { responseCode: number; message: string };

/**
 * A real SMTP server on loopback (smtp-server, the same maintainers' as nodemailer), for tests: it
 * accepts every message without authentication or TLS and keeps it, parsed with mailparser. Nothing
 * leaves the machine. Set `refusal` to make it refuse recipients; `stop()` closes it so that nothing
 * listens on the port.
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  refusal: Refusal | null = null;
  private server: SMTPServer | null = null;
  private constructor(
    public port: number,
    private readonly onMessage?: (mail: ReceivedMail) => void | Promise<void>,
  ) {}

  /** Starts one on 127.0.0.1:`port` (0: a free port, read back from `port`). */
  static async start(options: { port: number; onMessage?: (mail: ReceivedMail) => void | Promise<void> }): Promise<SmtpSink> {
    const sink = new SmtpSink(options.port, options.onMessage);
    await sink.listen();
    return sink;
  }

  /** Listens again on the same port after `stop()`. */
  async listen(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      // Without STARTTLS nodemailer sends in the clear on loopback instead of trying the built-in test certificate.
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 1000,
      size: 10 * 1024 * 1024,
      onRcptTo: (_address, _session, callback) => {
        if (!this.refusal) return callback();
        const error: SMTPServerError = new Error(this.refusal.message);
        error.responseCode = this.refusal.responseCode;
        callback(error);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then(async (parsed) => {
              const mail: ReceivedMail = {
                envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
                raw,
                parsed,
              };
              this.messages.push(mail);
              await this.onMessage?.(mail);
              callback();
            })
            .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.server.address();
    if (address && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  /** Closes the server: afterwards a connection to its port is refused. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The messages received for an address (envelope recipient). */
  to(address: string): ReceivedMail[] {
    return this.messages.filter((mail) => mail.envelopeTo.includes(address));
  }
}
