import 'server-only';
import { db } from '@/lib/db';
import { readOperatorTexts, type StoredOperatorTexts } from '@/lib/operator-texts/queries';

/** The operator's texts as the admin form opens them: straight from the database, never the cache. Callers check the session first. */
export async function getOperatorTextsForEditing(): Promise<StoredOperatorTexts | null> {
  return readOperatorTexts(db);
}
