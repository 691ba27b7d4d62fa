import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { newReference } from '../../../lib/testimonies/token';

/**
 * Testimonies for the curators' end-to-end tests, written straight into the test database. The public
 * testimony form and its submission code are another branch's work and not on this one; until they
 * land, a test leaves a testimony as that form would (RECEIVED, with the history's opening 'submit'
 * entry by no account) through SQL, then drives everything the curators do through the pages.
 */
export const E2E_TESTIFIER_EMAIL = 'e2e.family+testimony@example.org';

export type SeededFile = { kind: 'PHOTOGRAPH' | 'DOCUMENT'; contentType: string; bytes: Buffer; rightsHolder?: string; mayPublish?: boolean };

function newId(): string {
  // The shape of Prisma's cuid(): a lower-case letter and digits, which the admin routes accept.
  return `c${randomBytes(12).toString('hex')}`;
}

export async function seedTestimony(fields: {
  kind: 'NEW_PERSON' | 'ADDITION' | 'WITHHOLD';
  victimId?: string;
  proposal?: Record<string, string | string[]>;
  withholdTarget?: string;
  withholdReason?: string;
  files?: SeededFile[];
}): Promise<{ id: string; reference: string }> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('The testimony tests need the DATABASE_URL of the seeded test database.');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const id = newId();
  const reference = newReference();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO "Testimony" ("id", "reference", "locale", "kind", "victimId", "proposal", "withholdTarget", "withholdReason", "relation", "knowledgeBasis",
         "testifierName", "publishName", "contactEmail", "consentShare", "consentContact", "consentPhotographs", "updatedAt")
       VALUES ($1, $2, 'en', $3, $4, $5, $6, $7, 'Her son', 'Family documents and her death certificate', 'Rauf Məmmədov', true, $8, true, true, true, now())`,
      [id, reference, fields.kind, fields.victimId ?? null, JSON.stringify(fields.proposal ?? {}), fields.withholdTarget ?? null, fields.withholdReason ?? null, E2E_TESTIFIER_EMAIL],
    );
    for (const [position, file] of (fields.files ?? []).entries()) {
      await client.query(
        `INSERT INTO "TestimonyFile" ("id", "testimonyId", "position", "kind", "contentType", "byteSize", "sha256", "data", "rightsHolder", "mayPublish")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [newId(), id, position + 1, file.kind, file.contentType, file.bytes.length, createHash('sha256').update(file.bytes).digest('hex'), file.bytes, file.rightsHolder ?? null, file.mayPublish ?? false],
      );
    }
    await client.query(`INSERT INTO "AuditEntry" ("id", "userId", "action", "entityType", "entityId", "before", "after") VALUES ($1, NULL, 'submit', 'Testimony', $2, NULL, $3)`, [
      newId(),
      id,
      JSON.stringify({ id, reference, kind: fields.kind, status: 'RECEIVED', victimId: fields.victimId ?? null, proposal: fields.proposal ?? {}, version: 1 }),
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
  return { id, reference };
}
