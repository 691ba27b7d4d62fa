/**
 * The one definition of "public": published, its publication time passed, and not deleted.
 * Every public query filters with this, so a draft or a deleted row never reaches a visitor.
 */
export function publicWhere(now: Date) {
  return {
    status: 'PUBLISHED' as const,
    deletedAt: null,
    OR: [{ publishAt: null }, { publishAt: { lte: now } }],
  };
}
