/**
 * Who made a change, as the history and the dashboard name them: the curator's name (or e-mail); a
 * visitor for what came in through a public form (a remembrance's `submit`), which has no account;
 * otherwise the system (a scheduled publication, a migration).
 */
export function auditAuthor(entry: { action: string; user: { name: string | null; email: string } | null }): string {
  if (entry.user) return entry.user.name ?? entry.user.email;
  return entry.action === 'submit' ? 'a visitor' : 'the system';
}
