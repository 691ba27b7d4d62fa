import 'server-only';
import { anniversaryHistory } from '@/lib/anniversaries/mutations';
import { eventHistory } from '@/lib/events/mutations';
import { figureHistory } from '@/lib/figures/mutations';
import { organizationHistory } from '@/lib/organizations/mutations';
import type { HistoryEntry } from '@/lib/records/define';
import { releaseHistory } from '@/lib/releases/mutations';
import { sourceHistory } from '@/lib/sources/mutations';
import { victimHistory } from '@/lib/victims/mutations';

/**
 * Every kind of record the history page can restore, by the entity type its audit entries name.
 * Each entry comes from the kind's declaration (defineRecord in lib/records/define.ts): it parses a
 * version with the record's schema and writes it as a new version; history is never rewritten.
 * A new kind of record with an edit form adds its line here.
 */
export const restorableKinds: Readonly<Record<string, HistoryEntry>> = {
  Victim: victimHistory,
  Release: releaseHistory,
  Organization: organizationHistory,
  Source: sourceHistory,
  Event: eventHistory,
  Figure: figureHistory,
  Anniversary: anniversaryHistory,
};
