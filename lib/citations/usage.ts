import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { describeList } from '@/lib/records/describe-list';
import { victimDisplayName } from '@/lib/victims/display';

/**
 * What cites a source — events and victims through their citations, and figures — as one phrase for
 * a refusal ("the event “…”; the victim records of A and B [deleted]; the figure killed-in-baku"), or
 * null when nothing does. Deleted records count too, because undeleting one would bring its citation
 * back. A source, a release (through its source) and anything else that stands behind facts use this
 * one answer, in one wording.
 */
export async function describeCitersOf(tx: Prisma.TransactionClient, sourceId: string): Promise<string | null> {
  // One query after the other: a transaction runs on one connection.
  const citations = await tx.citation.findMany({
    where: { sourceId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      event: { select: { id: true, title: true, deletedAt: true } },
      victim: { select: { id: true, nameLatin: true, nameCyrillic: true, nameRussian: true, description: true, deletedAt: true } },
    },
  });
  const figures = await tx.figure.findMany({ where: { sourceId }, orderBy: { key: 'asc' }, select: { key: true, deletedAt: true } });
  const deleted = (row: { deletedAt: Date | null }) => (row.deletedAt ? ' [deleted]' : '');
  // One entry per record, however many of its citations name the source.
  const unique = (rows: { id: string; text: string }[]) => [...new Map(rows.map((row) => [row.id, row.text])).values()];
  const events = unique(citations.flatMap(({ event }) => (event ? [{ id: event.id, text: `“${event.title}”${deleted(event)}` }] : [])));
  const victims = unique(citations.flatMap(({ victim }) => (victim ? [{ id: victim.id, text: `${victimDisplayName(victim).name}${deleted(victim)}` }] : [])));
  const figureKeys = figures.map((figure) => `${figure.key}${deleted(figure)}`);
  const parts = [
    events.length ? `${events.length === 1 ? 'the event' : 'the events'} ${describeList(events)}` : null,
    victims.length ? `${victims.length === 1 ? 'the victim record of' : 'the victim records of'} ${describeList(victims)}` : null,
    figureKeys.length ? `${figureKeys.length === 1 ? 'the figure' : 'the figures'} ${describeList(figureKeys)}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('; ') : null;
}
