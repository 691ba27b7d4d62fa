/**
 * What a queued message may contain. Messages are plain text only (no HTML part is ever built), and
 * nodemailer encodes every header; these rules keep what a visitor or curator wrote from reaching a
 * header line at all, and keep the log free of addresses.
 */

/** The longest subject kept; anything longer is cut (a subject is a line, not a letter). */
export const MAX_SUBJECT_LENGTH = 200;

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// The same, less tab and line feed, which a body may hold.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const BODY_CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** A subject as one line: every line break or control character becomes a space, runs of spaces one. */
export function subjectLine(subject: string): string {
  const line = subject.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return line.length > MAX_SUBJECT_LENGTH ? `${line.slice(0, MAX_SUBJECT_LENGTH - 1).trimEnd()}…` : line;
}

/** A body as plain text with \n line ends; other control characters are dropped. */
export function plainBody(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n').replace(BODY_CONTROL_CHARACTERS, '');
}

/** Quoted user text inside a body: each line indented, so it reads as a quotation, not as our words. */
export function quoted(text: string): string {
  return plainBody(text)
    .trim()
    .split('\n')
    .map((line) => `    ${line}`.trimEnd())
    .join('\n');
}

/**
 * A server's error with every e-mail address replaced by "[address]": an SMTP refusal often quotes
 * the recipient ("550 5.1.1 <name@example.org>: user unknown"), and neither the outbox's lastError
 * nor the log may keep it.
 */
export function withoutAddresses(message: string): string {
  return message.replace(/[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/g, '[address]');
}
