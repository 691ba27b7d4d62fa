/** What a testifier does from their status page (no account): their entries name them, not "a visitor". */
const TESTIFIER_ACTIONS = new Set(['submit', 'answer', 'withdraw']);

/**
 * Who made a change, as the history and the dashboard name them: the curator's name (or e-mail); a
 * visitor for what came in through a public form (a remembrance's `submit`), which has no account —
 * the testifier, for a testimony's; otherwise the system (a scheduled publication, a migration, the
 * deletion of personal data after its retention period).
 */
export function auditAuthor(entry: { action: string; entityType?: string; user: { name: string | null; email: string } | null }): string {
  if (entry.user) return entry.user.name ?? entry.user.email;
  if (entry.entityType === 'Testimony' && TESTIFIER_ACTIONS.has(entry.action)) return 'the testifier';
  return entry.action === 'submit' ? 'a visitor' : 'the system';
}
