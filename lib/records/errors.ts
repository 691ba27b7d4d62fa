import { bakuTimestamp } from '@/lib/baku-time';

/**
 * Raised when a curator saves over a version someone else has saved since the form was opened.
 * It names who saved in between, so the message can say so; nothing is written.
 */
export class StaleVersionError extends Error {
  constructor(
    readonly savedBy: string | null,
    readonly savedAt: Date | null,
  ) {
    super('The record was changed by someone else after you opened it.');
    this.name = 'StaleVersionError';
  }
}

/** Raised when a record to change does not exist (or is deleted, where that matters). */
export class RecordNotFoundError extends Error {
  constructor(readonly entityType: string) {
    super(`${entityType} not found.`);
    this.name = 'RecordNotFoundError';
  }
}

/** Raised for a refusal a curator can act on, with a sentence that says what to do. */
export class MutationRefusedError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'MutationRefusedError';
  }
}

/** The sentence shown when a save was refused because someone else saved first. */
export function staleVersionMessage(error: StaleVersionError): string {
  const who = error.savedBy ?? 'Another curator';
  const when = error.savedAt
    ? ` at ${bakuTimestamp.format(error.savedAt)} (Baku time)`
    : '';
  return `${who} saved this record${when}, after you opened it. Your changes have not been saved and are still in the form: copy what you need, reload the page to see their version, and make your changes again.`;
}
