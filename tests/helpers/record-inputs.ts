import { parseAnniversaryForm, type AnniversaryInput } from '@/lib/anniversaries/admin-schema';
import { parseEventForm, type EventInput } from '@/lib/events/admin-schema';
import { parseFigureForm, type FigureInput } from '@/lib/figures/admin-schema';
import { parseOrganizationForm, type OrganizationInput } from '@/lib/organizations/admin-schema';
import { parseReleaseForm, type ReleaseInput } from '@/lib/releases/admin-schema';
import { parseSourceForm, type SourceInput } from '@/lib/sources/admin-schema';
import { parseVictimForm, type VictimInput } from '@/lib/victims/admin-schema';
import { db } from '@/lib/db';
import { createRelease } from './factories';

/**
 * Valid inputs of the curators' forms, one per kind of record, parsed as the server actions parse
 * them, for the integration tests of the mutations. `overrides` replace parsed fields.
 */

type ParseResult<Input> = { success: true; data: Input } | { success: false; fieldErrors: Record<string, string[] | undefined> };

function parsed<Input>(result: ParseResult<Input>): Input {
  if (!result.success) throw new Error(`fixture must parse: ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

/** One citation of `sourceId`, as the citation rows of a form give it. */
function citing(sourceId: string) {
  return [{ sourceId, quote: 'Quoted words.', page: null, quoteIsVerbatim: true }];
}

/** Age 30, citing `sourceId`; its address is test-person. */
export function victimInput(sourceId: string, overrides: Partial<VictimInput> = {}): VictimInput {
  return { ...parsed(parseVictimForm({ nameLatin: 'Test Person', age: '30' })), citations: citing(sourceId), ...overrides };
}

/** 19 January 1990 at 23:30 in Baku, citing `sourceId`; its address is troops-enter-baku. */
export function eventInput(sourceId: string, overrides: Partial<EventInput> = {}): EventInput {
  return {
    ...parsed(parseEventForm({ title: 'Troops enter Baku', date: '1990-01-19', time: '23:30', place: 'Baku' })),
    citations: citing(sourceId),
    ...overrides,
  };
}

/** The seeded 2009 release's words on the dead, which a figure may quote word for word. */
export const FIGURE_RELEASE_BODY = `Late at night on January 19, 1990, about 30000 Soviet troops
moved to Baku.

As a result of the operation against unarmed peaceful population, 134 people were killed;
more than 600 were wounded.`;

/** A published release with FIGURE_RELEASE_BODY, whose source has the key release-2009-01-19. */
export async function createReleaseForFigures(): Promise<{ sourceId: string }> {
  const { source } = await createRelease({ body: FIGURE_RELEASE_BODY });
  await db.source.update({ where: { id: source.id }, data: { key: 'release-2009-01-19' } });
  return { sourceId: source.id };
}

/** 134 killed, in the exact words of the release made by createReleaseForFigures (its `sourceId`). */
export function figureInput(sourceId: string, overrides: Partial<FigureInput> = {}): FigureInput {
  const form = {
    sourceId,
    kind: 'KILLED',
    value: '134',
    quote: 'As a result of the operation against unarmed peaceful population, 134 people were killed;',
    quoteIsVerbatim: 'on',
  };
  return { ...parsed(parseFigureForm(form)), ...overrides };
}

/** An external source of Autumn 1999; the key made from its title is black-january-january-20-1990. */
export function sourceInput(overrides: Partial<SourceInput> = {}): SourceInput {
  const form = {
    title: 'Black January — January 20, 1990',
    author: 'Galina Mammadova',
    publisher: 'Azerbaijan International',
    date: '1999',
    dateSeason: 'AUTUMN',
    url: 'http://www.azer.com/aiweb/73_larissa.html',
  };
  return { ...parsed(parseSourceForm(form)), ...overrides };
}

/** The address of the release releaseInput describes. */
export const RELEASE_SLUG = '2027-01-20-37th-anniversary-of-the-black-january';

/** An unattributed release of 20 January 2027 issued in Baku, for the 37th anniversary. */
export function releaseInput(overrides: Partial<ReleaseInput> = {}): ReleaseInput {
  const form = {
    title: '37th anniversary of the Black January',
    organizationId: 'unattributed',
    issuedOn: '2027-01-20',
    place: 'Baku',
    language: 'en',
    bodyFormat: 'MARKDOWN',
    body: 'On the night of 19–20 January 1990 …',
    anniversaryYear: '2027',
  };
  return { ...parsed(parseReleaseForm(form)), ...overrides };
}

/** An embassy in Testville; its address is embassy-of-azerbaijan-in-testland. */
export function organizationInput(overrides: Partial<OrganizationInput> = {}): OrganizationInput {
  const form = { name: 'Embassy of Azerbaijan in Testland', kind: 'EMBASSY', city: 'Testville', website: 'https://example.org/' };
  return { ...parsed(parseOrganizationForm(form)), ...overrides };
}

/** The record of 2020, linking `eventIds`. */
export function anniversaryInput(eventIds: string[], overrides: Partial<AnniversaryInput> = {}): AnniversaryInput {
  return { ...parsed(parseAnniversaryForm({ year: '2020', title: 'The 30th anniversary', introduction: '**Thirty** years.', eventIds })), ...overrides };
}
