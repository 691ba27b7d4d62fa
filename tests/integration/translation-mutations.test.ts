import { beforeEach, describe, expect, it } from 'vitest';
import { MutationRefusedError, RecordNotFoundError, StaleVersionError } from '@/lib/records/errors';
import { parseAnniversaryForm } from '@/lib/anniversaries/admin-schema';
import { parseEventForm } from '@/lib/events/admin-schema';
import { updateEvent } from '@/lib/events/mutations';
import { parseFigureForm } from '@/lib/figures/admin-schema';
import { countMissingTranslations } from '@/lib/translations/admin-queries';
import { listTranslations } from '@/lib/translations/queries';
import { saveTranslations } from '@/lib/translations/mutations';
import { parseTranslationForm, type TranslationsInput } from '@/lib/translations/schema';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createEvent, createExternalSource, createVictim } from '@/tests/helpers/factories';

let curator: { id: string };
let otherCurator: { id: string };
let sourceId: string;

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
  sourceId = (await createExternalSource()).id;
});

/** The form as the editor posts it, parsed as the action parses it. */
function form(kind: Parameters<typeof parseTranslationForm>[0], object: Record<string, string>): TranslationsInput {
  const parsed = parseTranslationForm(kind, object);
  if (!parsed.success) throw new Error(`fixture must parse: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.data;
}

async function rows(recordId: string) {
  return db.contentTranslation.findMany({ where: { recordId }, orderBy: [{ locale: 'asc' }, { field: 'asc' }], select: { field: true, locale: true, text: true, note: true, version: true } });
}

describe('parseTranslationForm', () => {
  it('reads only the boxes present, trims them, and treats an empty box as no translation', () => {
    const result = parseTranslationForm('EVENT', { 'text.az.title': '  Başlıq  ', 'version.az.title': '3', 'text.ru.title': ' ', 'version.ru.title': '1', 'note.az': '', 'text.az.place': 'ignored' });
    expect(result).toEqual({
      success: true,
      data: {
        languages: [
          { locale: 'az', note: null, fields: [{ field: 'title', text: 'Başlıq', version: 3 }] },
          { locale: 'ru', note: null, fields: [{ field: 'title', text: null, version: 1 }] },
        ],
      },
    });
  });
});

describe('saveTranslations', () => {
  it('creates, updates and deletes translations in one transaction with one audit entry, and returns the tags', async () => {
    const event = await createEvent(sourceId, { title: 'Funeral of the victims', description: 'The victims were buried.', language: 'en' });
    const first = await saveTranslations(
      curator,
      'EVENT',
      event.id,
      form('EVENT', {
        'text.az.title': 'Qurbanların dəfni',
        'version.az.title': '0',
        'text.az.description': 'Qurbanlar dəfn edildi.',
        'version.az.description': '0',
        'note.az': 'Written for the test.',
        'text.ru.title': 'Похороны жертв',
        'version.ru.title': '0',
        'text.ru.description': '',
        'version.ru.description': '0',
      }),
    );
    expect(first.record.changed).toBe(3);
    expect(first.tags).toEqual(['translations', 'events']);
    expect(await rows(event.id)).toEqual([
      { field: 'description', locale: 'az', text: 'Qurbanlar dəfn edildi.', note: 'Written for the test.', version: 1 },
      { field: 'title', locale: 'az', text: 'Qurbanların dəfni', note: 'Written for the test.', version: 1 },
      { field: 'title', locale: 'ru', text: 'Похороны жертв', note: null, version: 1 },
    ]);
    expect(await listTranslations('EVENT', 'az', [event.id])).toEqual({ [event.id]: { title: 'Qurbanların dəfni', description: 'Qurbanlar dəfn edildi.' } });

    await saveTranslations(
      otherCurator,
      'EVENT',
      event.id,
      form('EVENT', {
        'text.az.title': 'Qurbanların dəfni',
        'version.az.title': '1',
        'text.az.description': '',
        'version.az.description': '1',
        'note.az': 'Written for the test.',
        'text.ru.title': 'Похороны жертв в Баку',
        'version.ru.title': '1',
      }),
    );
    expect(await rows(event.id)).toEqual([
      { field: 'title', locale: 'az', text: 'Qurbanların dəfni', note: 'Written for the test.', version: 1 },
      { field: 'title', locale: 'ru', text: 'Похороны жертв в Баку', note: null, version: 2 },
    ]);

    const audits = await db.auditEntry.findMany({ where: { entityId: event.id }, orderBy: { createdAt: 'asc' } });
    expect(audits).toMatchObject([
      { action: 'translate', entityType: 'ContentTranslation', userId: curator.id, before: { recordKind: 'EVENT', recordId: event.id } },
      { action: 'translate', entityType: 'ContentTranslation', userId: otherCurator.id },
    ]);
    expect(audits[1]!.before).toMatchObject({ 'az.description': 'Qurbanlar dəfn edildi.', 'ru.title': 'Похороны жертв' });
    expect(audits[1]!.after).not.toHaveProperty('az.description');
    expect(audits[1]!.after).toMatchObject({ 'ru.title': 'Похороны жертв в Баку', 'az.title.note': 'Written for the test.' });
  });

  it('writes nothing and no audit entry when nothing changed', async () => {
    const event = await createEvent(sourceId, { title: 'Title' });
    const result = await saveTranslations(curator, 'EVENT', event.id, form('EVENT', { 'text.az.title': '', 'version.az.title': '0' }));
    expect(result).toEqual({ record: { id: event.id, changed: 0 }, tags: [] });
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('refuses a stale version, names who saved in between, and writes nothing', async () => {
    const event = await createEvent(sourceId, { title: 'Title', description: 'Text.' });
    await saveTranslations(otherCurator, 'EVENT', event.id, form('EVENT', { 'text.az.title': 'Başlıq', 'version.az.title': '0' }));
    // A form opened before that save still believes there is no Azerbaijani title.
    const stale = saveTranslations(
      curator,
      'EVENT',
      event.id,
      form('EVENT', { 'text.az.title': 'Başqa başlıq', 'version.az.title': '0', 'text.az.description': 'Mətn.', 'version.az.description': '0' }),
    );
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ savedBy: 'Second Curator' });
    expect(await rows(event.id)).toEqual([{ field: 'title', locale: 'az', text: 'Başlıq', note: null, version: 1 }]);
    expect(await db.auditEntry.count()).toBe(1);

    // A deletion based on a version that has moved on is refused too.
    await saveTranslations(otherCurator, 'EVENT', event.id, form('EVENT', { 'text.az.title': 'Başlıq 2', 'version.az.title': '1' }));
    await expect(saveTranslations(curator, 'EVENT', event.id, form('EVENT', { 'text.az.title': '', 'version.az.title': '1' }))).rejects.toBeInstanceOf(StaleVersionError);
    expect(await rows(event.id)).toMatchObject([{ text: 'Başlıq 2', version: 2 }]);
  });

  it('lets only one of two simultaneous first translations of the same box win', async () => {
    const event = await createEvent(sourceId, { title: 'Title' });
    const results = await Promise.allSettled([
      saveTranslations(curator, 'EVENT', event.id, form('EVENT', { 'text.az.title': 'Birinci', 'version.az.title': '0' })),
      saveTranslations(otherCurator, 'EVENT', event.id, form('EVENT', { 'text.az.title': 'İkinci', 'version.az.title': '0' })),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(StaleVersionError);
    expect(await db.contentTranslation.count()).toBe(1);
    expect(await db.auditEntry.count()).toBe(1);
  });

  it('refuses a translation into the original language, or of an empty original, naming the boxes', async () => {
    const event = await createEvent(sourceId, { title: 'Başlıq', description: null, language: 'az' });
    const refused = saveTranslations(
      curator,
      'EVENT',
      event.id,
      form('EVENT', { 'text.az.title': 'Title', 'version.az.title': '0', 'text.en.description': 'Invented text', 'version.en.description': '0', 'text.en.title': 'Title', 'version.en.title': '0' }),
    );
    await expect(refused).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(refused).rejects.toMatchObject({
      fieldErrors: {
        'text.az.title': [expect.stringContaining('The original is now in Azerbaijani')],
        'text.en.description': [expect.stringContaining('nothing to translate')],
      },
    });
    expect(await db.contentTranslation.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('refuses to edit the translations of a deleted record', async () => {
    const event = await createEvent(sourceId, { title: 'Title', deletedAt: new Date() });
    await expect(saveTranslations(curator, 'EVENT', event.id, form('EVENT', { 'text.az.title': 'Başlıq', 'version.az.title': '0' }))).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(saveTranslations(curator, 'EVENT', 'nosuchrecord', form('EVENT', { 'text.az.title': 'Başlıq', 'version.az.title': '0' }))).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.contentTranslation.count()).toBe(0);
  });

  it('returns the victim’s own page tag with the translations tag', async () => {
    const victim = await createVictim(sourceId, { slug: 'a-victim', occupation: 'Teacher' });
    const result = await saveTranslations(curator, 'VICTIM', victim.id, form('VICTIM', { 'text.ru.occupation': 'Учитель', 'version.ru.occupation': '0' }));
    expect(result.tags).toEqual(['translations', 'victims', 'victim:a-victim']);
  });
});

describe('the original language of events, figures and anniversaries', () => {
  it('is English unless chosen, and only a site language', () => {
    const event = parseEventForm({ title: 'A', date: '1990' });
    expect(event.success && event.data.language).toBe('en');
    const chosen = parseEventForm({ title: 'Başlıq', date: '1990', language: 'az' });
    expect(chosen.success && chosen.data.language).toBe('az');
    const error = 'Choose the language the texts are written in: Azerbaijani, English or Russian.';
    for (const result of [
      parseEventForm({ title: 'A', date: '1990', language: 'fr' }),
      parseFigureForm({ kind: 'KILLED', quote: 'Words.', sourceId: 'source', language: 'de' }),
      parseAnniversaryForm({ year: '2027', language: 'AZ' }),
    ]) {
      expect(result.success ? null : result.fieldErrors.language).toEqual([error]);
    }
  });

  it('is saved with an edit and audited, and decides which languages a text is missing in', async () => {
    const event = await createEvent(sourceId, { title: 'Troops enter Baku' });
    expect((await countMissingTranslations()).en.total).toBe(0);
    const parsed = parseEventForm({ title: 'Qoşunlar Bakıya daxil olur', date: '1990-01-20', language: 'az' });
    if (!parsed.success) throw new Error('fixture must parse');
    await updateEvent(curator, event.id, 1, { ...parsed.data, citations: [{ sourceId, quote: 'Quoted words.', page: null, quoteIsVerbatim: true }] });
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ language: 'az', version: 2 });
    expect(await db.auditEntry.findFirstOrThrow({ where: { entityId: event.id } })).toMatchObject({ before: { language: 'en' }, after: { language: 'az' } });
    const missing = await countMissingTranslations();
    expect([missing.az.total, missing.en.total, missing.ru.total]).toEqual([0, 1, 1]);
  });
});
