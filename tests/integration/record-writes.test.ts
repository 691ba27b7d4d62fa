import { beforeEach, describe, expect, it } from 'vitest';
import { parseAnniversaryForm, type AnniversaryInput } from '@/lib/anniversaries/admin-schema';
import { createAnniversary, updateAnniversary } from '@/lib/anniversaries/mutations';
import { MutationRefusedError, StaleVersionError } from '@/lib/records/errors';
import { restorableKinds } from '@/lib/records/registry';
import { parseEventForm, type EventInput } from '@/lib/events/admin-schema';
import { createEvent as createEventRecord, updateEvent } from '@/lib/events/mutations';
import { parseFigureForm, type FigureInput } from '@/lib/figures/admin-schema';
import { createFigure, updateFigure } from '@/lib/figures/mutations';
import { parseOrganizationForm, type OrganizationInput } from '@/lib/organizations/admin-schema';
import { createOrganization, updateOrganization } from '@/lib/organizations/mutations';
import { parseReleaseForm, type ReleaseInput } from '@/lib/releases/admin-schema';
import { createRelease, updateRelease } from '@/lib/releases/mutations';
import { parseSourceForm, type SourceInput } from '@/lib/sources/admin-schema';
import { createSource, updateSource } from '@/lib/sources/mutations';
import { parseTranslationForm } from '@/lib/translations/schema';
import { parseVictimForm, type VictimInput } from '@/lib/victims/admin-schema';
import { createVictim, updateVictim } from '@/lib/victims/mutations';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createEvent, createExternalSource } from '@/tests/helpers/factories';
import {
  anniversaryInput,
  createReleaseForFigures,
  eventInput,
  figureInput,
  organizationInput,
  releaseInput,
  sourceInput,
  victimInput,
} from '@/tests/helpers/record-inputs';

/**
 * What every kind of record does alike when it is written, tested once per kind: a form's errors come
 * back all at once; a second record may not take the address (or key, or year) of another; a save at a
 * stale version is refused naming who saved, and changes nothing; of two saves racing at one version,
 * one wins; a history entry that does not parse with the record's schema is not restored. A new kind
 * of record is covered by adding a row to KINDS (and its form to FORMS).
 */

type Curator = { id: string };
type FieldErrors = Record<string, string[] | undefined>;
type FormParse = { success: true } | { success: false; fieldErrors: FieldErrors };

/** A form with something wrong in every box it names. */
type InvalidForm = {
  name: string;
  parse: () => FormParse;
  /** Every field that has an error, sorted. */
  fields: string[];
  /** The messages of some of them, word for word or as matchers. */
  messages: Record<string, unknown[]>;
};

/** How one kind of record is written; `Input` is what its form parses to. */
type KindSpec<Input> = {
  name: string;
  /** Creates what a valid input refers to (sources, events), after the database is emptied. */
  prepare?: () => Promise<void>;
  input: (overrides?: Partial<Input>) => Input;
  create: (user: Curator, input: Input) => Promise<{ record: { id: string } }>;
  update: (user: Curator, id: string, version: number, input: Input) => Promise<unknown>;
  /** The stored row. */
  read: (id: string) => Promise<object>;
  /** The rows a create writes for this kind (a release writes its Source too). */
  count: () => Promise<number>;
  /** A valid change of one stored field; different `n`, different value. */
  edit: (n: number) => Partial<Input>;
  /** A change that drops what the record links to, and how to read those links. */
  links?: { drop: Partial<Input>; read: (id: string) => Promise<unknown> };
  /** The field that must be unique, the inputs of two records that clash on it, and the refusal. */
  unique: { field: string; first?: Partial<Input>; second?: Partial<Input>; message: unknown };
};

/** A kind of record with its types erased, so that kinds of different inputs share one table. */
type RecordKind = {
  name: string;
  prepare: () => Promise<void>;
  createDraft: (user: Curator) => Promise<string>;
  saveEdit: (user: Curator, id: string, version: number, n: number, options?: { dropLinks?: boolean }) => Promise<unknown>;
  edit: (n: number) => object;
  read: (id: string) => Promise<object>;
  readLinks: (id: string) => Promise<unknown>;
  count: () => Promise<number>;
  createClashing: (user: Curator) => { first: () => Promise<unknown>; second: () => Promise<unknown> };
  unique: { field: string; message: unknown };
};

function kind<Input>(spec: KindSpec<Input>): RecordKind {
  return {
    name: spec.name,
    prepare: async () => spec.prepare?.(),
    createDraft: async (user) => (await spec.create(user, spec.input())).record.id,
    saveEdit: (user, id, version, n, options = {}) =>
      spec.update(user, id, version, spec.input({ ...spec.edit(n), ...(options.dropLinks ? spec.links?.drop : {}) })),
    edit: spec.edit,
    read: spec.read,
    readLinks: async (id) => spec.links?.read(id) ?? null,
    count: spec.count,
    createClashing: (user) => ({
      first: () => spec.create(user, spec.input(spec.unique.first)),
      second: () => spec.create(user, spec.input(spec.unique.second ?? spec.unique.first)),
    }),
    unique: { field: spec.unique.field, message: spec.unique.message },
  };
}

const ALREADY_USED = expect.stringContaining('already uses');

let sourceId: string;
let figureSourceId: string;
let eventIds: string[];

async function citationCount(where: { victimId: string } | { eventId: string }): Promise<number> {
  return db.citation.count({ where });
}

const KINDS: RecordKind[] = [
  kind<VictimInput>({
    name: 'victim',
    prepare: async () => {
      sourceId = (await createExternalSource()).id;
    },
    input: (overrides) => victimInput(sourceId, overrides),
    create: createVictim,
    update: updateVictim,
    read: (id) => db.victim.findUniqueOrThrow({ where: { id } }),
    count: () => db.victim.count(),
    edit: (n) => ({ age: 40 + n }),
    links: { drop: { citations: [] }, read: (victimId) => citationCount({ victimId }) },
    unique: { field: 'slug', message: ALREADY_USED },
  }),
  kind<EventInput>({
    name: 'event',
    prepare: async () => {
      sourceId = (await createExternalSource()).id;
    },
    input: (overrides) => eventInput(sourceId, overrides),
    create: createEventRecord,
    update: updateEvent,
    read: (id) => db.event.findUniqueOrThrow({ where: { id } }),
    count: () => db.event.count(),
    edit: (n) => ({ place: `Place ${n}` }),
    links: { drop: { citations: [] }, read: (eventId) => citationCount({ eventId }) },
    unique: { field: 'slug', message: ALREADY_USED },
  }),
  kind<FigureInput>({
    name: 'figure',
    prepare: async () => {
      figureSourceId = (await createReleaseForFigures()).sourceId;
    },
    input: (overrides) => figureInput(figureSourceId, overrides),
    create: createFigure,
    update: updateFigure,
    read: (id) => db.figure.findUniqueOrThrow({ where: { id } }),
    count: () => db.figure.count(),
    edit: (n) => ({ note: `Note ${n}` }),
    unique: { field: 'key', first: { key: 'taken' }, message: ALREADY_USED },
  }),
  kind<SourceInput>({
    name: 'source',
    input: sourceInput,
    create: createSource,
    update: updateSource,
    read: (id) => db.source.findUniqueOrThrow({ where: { id } }),
    count: () => db.source.count(),
    edit: (n) => ({ title: `Title ${n}` }),
    unique: { field: 'key', first: { key: 'taken' }, message: ALREADY_USED },
  }),
  kind<ReleaseInput>({
    name: 'release',
    input: releaseInput,
    create: createRelease,
    update: updateRelease,
    read: (id) => db.release.findUniqueOrThrow({ where: { id } }),
    count: async () => (await db.release.count()) + (await db.source.count()),
    edit: (n) => ({ place: `Place ${n}` }),
    unique: { field: 'slug', message: ALREADY_USED },
  }),
  kind<OrganizationInput>({
    name: 'organization',
    input: organizationInput,
    create: createOrganization,
    update: updateOrganization,
    read: (id) => db.organization.findUniqueOrThrow({ where: { id } }),
    count: () => db.organization.count(),
    edit: (n) => ({ city: `City ${n}` }),
    unique: { field: 'slug', message: ALREADY_USED },
  }),
  kind<AnniversaryInput>({
    name: 'anniversary',
    prepare: async () => {
      const source = await createExternalSource();
      eventIds = [(await createEvent(source.id)).id, (await createEvent(source.id)).id].sort();
    },
    input: (overrides) => anniversaryInput(eventIds, overrides),
    create: createAnniversary,
    update: updateAnniversary,
    read: (id) => db.anniversary.findUniqueOrThrow({ where: { id } }),
    count: () => db.anniversary.count(),
    edit: (n) => ({ title: `Title ${n}` }),
    links: {
      drop: { eventIds: [] },
      read: async (id) =>
        (await db.anniversary.findUniqueOrThrow({ where: { id }, select: { events: { select: { id: true } } } })).events.map((event) => event.id).sort(),
    },
    unique: { field: 'year', second: { title: 'Another' }, message: 'There is already a record for 2020. Each year has one record.' },
  }),
];

const FORMS: InvalidForm[] = [
  {
    name: 'victim',
    parse: () => parseVictimForm({ age: 'old', birthDate: '1990-02-31', deathDate: 'yesterday', 'citations.0.quote': 'words without a source', slug: 'Bad Slug' }),
    fields: ['age', 'birthDate', 'citations.0.sourceId', 'deathDate', 'nameLatin', 'slug'],
    messages: { birthDate: [expect.stringContaining('a day that exists')] },
  },
  {
    name: 'event',
    parse: () =>
      parseEventForm({ title: '  ', date: '1990-02-30', endDate: 'soon', time: '24:00', slug: 'Not A Slug', 'citations.0.quote': 'words without a source' }),
    fields: ['citations.0.sourceId', 'date', 'endDate', 'slug', 'time', 'title'],
    messages: { date: [expect.stringContaining('a day that exists')], time: [expect.stringContaining('00:00 to 23:59')] },
  },
  {
    name: 'figure',
    parse: () =>
      parseFigureForm({ kind: 'DEAD', value: '-3', qualifier: 'ROUGHLY', scope: 'OTHER', asOf: '1990-02-30', quote: ' ', position: 'first', key: 'Bad Key' }),
    fields: ['asOf', 'key', 'kind', 'position', 'qualifier', 'quote', 'scopeNote', 'sourceId', 'value'],
    messages: {
      value: ['The number must be between 0 and 100000000.'],
      asOf: [expect.stringContaining('a day that exists')],
      scopeNote: [expect.stringContaining('neither Baku nor Azerbaijan')],
    },
  },
  {
    name: 'source',
    parse: () =>
      parseSourceForm({ title: '', key: 'Has Spaces', date: '1999-02-29', dateSeason: 'MONSOON', url: 'javascript:alert(1)', quotedAt: 'ftp://example.org/file' }),
    fields: ['date', 'dateSeason', 'key', 'quotedAt', 'title', 'url'],
    messages: { date: [expect.stringContaining('a day that exists')], url: [expect.stringContaining('http:// or https://')] },
  },
  {
    name: 'release',
    parse: () =>
      parseReleaseForm({
        title: 'A title without brackets',
        titleIsEditorial: 'on',
        organizationId: '',
        issuedOn: '2023-02-29',
        language: 'English',
        bodyFormat: 'HTML',
        body: '   ',
        anniversaryYear: '1990',
        slug: 'Bad Slug',
        place: 'x'.repeat(201),
      }),
    fields: ['anniversaryYear', 'body', 'bodyFormat', 'issuedOn', 'language', 'organizationId', 'place', 'slug', 'title'],
    messages: {
      title: [expect.stringContaining('square brackets')],
      issuedOn: [expect.stringContaining('a day that exists')],
      anniversaryYear: ['The anniversary year must be between 1991 and 2200.'],
      body: ['The text of the release is required.'],
    },
  },
  {
    name: 'organization',
    parse: () => parseOrganizationForm({ name: '  ', kind: 'CONSULATE', website: 'ftp://example.org', slug: 'Bad Slug', country: 'x'.repeat(121) }),
    fields: ['country', 'kind', 'name', 'slug', 'website'],
    messages: { website: [expect.stringContaining('http:// or https://')], name: ['The name is required.'] },
  },
  {
    name: 'anniversary',
    parse: () => parseAnniversaryForm({ year: '1990', title: 'x'.repeat(201), introduction: 'fine', eventIds: ['bad id!'] }),
    fields: ['eventIds', 'title', 'year'],
    messages: { year: ['The year must be a whole year from 1991 to 2200, such as 2027.'] },
  },
  {
    name: 'translation',
    parse: () =>
      parseTranslationForm('EVENT', {
        'text.az.title': 'x'.repeat(601),
        'version.az.title': '0',
        'text.ru.title': '',
        'version.ru.title': 'stale',
        'note.ru': 'From the embassy’s own Russian release.',
        'text.ru.description': '   ',
        'note.az': 'n'.repeat(1001),
      }),
    fields: ['note.az', 'note.ru', 'text.az.title', 'version.ru.title'],
    messages: {
      'text.az.title': ['The Azerbaijani title must be at most 600 characters.'],
      'note.az': [expect.stringContaining('at most 1000 characters')],
      'note.ru': [expect.stringContaining('every Russian box is empty')],
      'version.ru.title': ['The form is out of date; reload the page.'],
    },
  },
];

describe.each(FORMS)('the $name form', (form) => {
  it('returns every field error at once, in plain words', () => {
    const result = form.parse();
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(form.fields);
    for (const [field, messages] of Object.entries(form.messages)) expect(result.fieldErrors[field], field).toEqual(messages);
  });
});

describe.each(KINDS)('writing a $name record', (record) => {
  let curator: Curator;
  let otherCurator: Curator;

  beforeEach(async () => {
    await resetDatabase();
    ({ curator, otherCurator } = await createCurators());
    await record.prepare();
  });

  it(`refuses a second record with the same ${record.unique.field}, and writes nothing`, async () => {
    const clashing = record.createClashing(curator);
    await clashing.first();
    const [rows, audits] = [await record.count(), await db.auditEntry.count()];
    const refused = clashing.second();
    await expect(refused).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(refused).rejects.toMatchObject({ fieldErrors: { [record.unique.field]: [record.unique.message] } });
    expect(await record.count()).toBe(rows);
    expect(await db.auditEntry.count()).toBe(audits);
  });

  it('refuses a stale version, names who saved in between, and changes nothing', async () => {
    const id = await record.createDraft(curator);
    const links = await record.readLinks(id);
    await record.saveEdit(otherCurator, id, 1, 1);
    const stale = record.saveEdit(curator, id, 1, 2, { dropLinks: true });
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ savedBy: 'Second Curator' });
    expect(await record.read(id)).toMatchObject({ ...record.edit(1), version: 2 });
    expect(await record.readLinks(id)).toEqual(links);
    expect(await db.auditEntry.count({ where: { entityId: id } })).toBe(2);
  });

  it('lets only one of two simultaneous saves of the same version win', async () => {
    const id = await record.createDraft(curator);
    const links = await record.readLinks(id);
    const results = await Promise.allSettled([record.saveEdit(curator, id, 1, 1), record.saveEdit(otherCurator, id, 1, 2)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected').map((result) => (result as PromiseRejectedResult).reason)).toEqual([
      expect.any(StaleVersionError),
    ]);
    expect(await record.read(id)).toMatchObject({ version: 2 });
    expect(await record.readLinks(id)).toEqual(links);
  });

  it('refuses to restore a history entry that does not parse with the record’s schema, and writes nothing', async () => {
    const id = await record.createDraft(curator);
    const history = restorableKinds[entityType(record)]!;
    expect(history).toBeDefined();
    const audits = await db.auditEntry.count();
    const refused = history.restore(curator, id, 1, { slug: 42, year: 'soon', title: null });
    await expect(refused).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(refused).rejects.toThrow(/^This version cannot be restored: the history entry does not hold a complete record \(.+\)\. Nothing was changed\.$/);
    expect(await history.currentVersion(id)).toBe(1);
    expect(await db.auditEntry.count()).toBe(audits);
  });
});

/** The entity type audit entries and the history page name a kind by: "victim" → "Victim". */
function entityType(record: RecordKind): string {
  return record.name[0]!.toUpperCase() + record.name.slice(1);
}

describe('the table of kinds', () => {
  it('holds every kind of record the history page can restore', () => {
    expect(KINDS.map(entityType).sort()).toEqual(Object.keys(restorableKinds).sort());
  });
});
