/**
 * What the curators' forms and the server agree on when the database cannot be reached. Safe in
 * client components: no server code here. An error carrying this digest crosses from a server
 * action to the browser intact (Next keeps an error's own `digest` in production), so a form can
 * tell "the database is down" from any other failure and keep what the curator typed.
 */
export const DATABASE_UNREACHABLE_DIGEST = 'MEMORIAL_DATABASE_UNREACHABLE';

export const DATABASE_UNREACHABLE_MESSAGE =
  'The database cannot be reached, so nothing was saved. What you typed is still in the form: save again once the database is back.';

/** True for the error a server action throws when the database could not be reached. */
export function isDatabaseUnreachableError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { digest?: unknown }).digest === DATABASE_UNREACHABLE_DIGEST;
}
