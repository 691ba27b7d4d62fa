import 'server-only';
import { db } from '@/lib/db';
import { cachedQuery, cacheTags } from '@/lib/cache';
import { publicWhere } from '@/lib/records/public-where';
import { sourceSummarySelect, toSourceSummary, type SourceSummary } from '@/lib/sources/queries';

/**
 * Where fuller lists of the victims are said to be kept, as public-record.md states it (checked only
 * as announcements, not read): so a family or researcher knows where to ask. The descriptions are
 * the memorial's English summaries of those announcements, with the sources that make them.
 */
const LIST_LEADS: { description: string; sourceKeys: string[] }[] = [
  {
    description:
      'The Presidential Library of Azerbaijan’s electronic publication "Təcavüz. Bakı. 20 Yanvar 1990"; its last section is a general list of şəhids.',
    sourceKeys: ['record-preslib-e-publication-lead', 'record-preslib-2020-e-publication'],
  },
  {
    description:
      'The National Museum of History of Azerbaijan’s catalogue "20 Yanvar şəhidləri" (Bakı: Elm, 2018, edited by N. Vəlixanlı; 210 pages, according to YAP Səbail).',
    sourceKeys: ['record-history-museum-catalogue-2020', 'record-anl-azerbaycan-2020-catalogue', 'record-yapsebail-2018-catalogue'],
  },
  {
    description: 'The National Library of Azerbaijan’s electronic database "20 Yanvar – Qan yaddaşımızdır".',
    sourceKeys: ['record-national-library-2024-database'],
  },
];

export type ListLead = { description: string; sources: SourceSummary[] };

async function readListLeads(): Promise<ListLead[]> {
  const now = new Date();
  const keys = LIST_LEADS.flatMap((lead) => lead.sourceKeys);
  const rows = await db.source.findMany({ where: { key: { in: keys }, ...publicWhere(now) }, select: sourceSummarySelect });
  return LIST_LEADS.flatMap((lead) => {
    const sources = lead.sourceKeys.flatMap((key) => {
      const row = rows.find((candidate) => candidate.key === key);
      return row ? [toSourceSummary(row, now)] : [];
    });
    // A lead whose every source a curator withdrew is not stated.
    return sources.length > 0 ? [{ description: lead.description, sources }] : [];
  });
}

/** The places fuller lists are said to be kept, each with its public sources. */
export const listListLeads = cachedQuery('listListLeads', readListLeads, () => [cacheTags.sources]);
