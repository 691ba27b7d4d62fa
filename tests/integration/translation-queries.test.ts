import { beforeEach, describe, expect, it } from 'vitest';
import { countMissingTranslations, getTranslationEditor, listMissingTranslations } from '@/lib/translations/admin-queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createEvent, createExternalSource, createFigure, createVictim } from '@/tests/helpers/factories';

let sourceId: string;

beforeEach(async () => {
  await resetDatabase();
  sourceId = (await createExternalSource()).id;
});

async function translate(recordKind: 'EVENT' | 'FIGURE' | 'VICTIM' | 'ANNIVERSARY', recordId: string, field: string, locale: string, text: string) {
  await db.contentTranslation.create({ data: { recordKind, recordId, field, locale, text } });
}

describe('countMissingTranslations', () => {
  it('counts each non-empty original once per language other than its own, for current records only', async () => {
    // In Azerbaijani, with a title and a description: both want English and Russian.
    const azEvent = await createEvent(sourceId, { title: 'Bakıda qurbanların dəfni', description: 'Mətn.', language: 'az' });
    // In English, with an empty (blank) description: only the title wants Azerbaijani and Russian.
    await createEvent(sourceId, { title: 'Troops enter Baku', description: '  \n ', language: 'en', status: 'DRAFT' });
    // Deleted records want nothing.
    await createEvent(sourceId, { title: 'Deleted', description: 'Gone.', deletedAt: new Date() });
    // A victim in Russian with an occupation only.
    const victim = await createVictim(sourceId, { nameRussian: 'Иванов', occupation: 'Учитель', language: 'ru' });
    // A figure without notes wants nothing.
    await createFigure(sourceId, { scopeNote: null, note: null });
    await db.anniversary.create({ data: { year: 2027, title: null, introduction: 'An introduction.', language: 'en' } });

    expect(await countMissingTranslations()).toEqual({
      az: { total: 3, byKind: { EVENT: 1, FIGURE: 0, VICTIM: 1, ANNIVERSARY: 1 } },
      en: { total: 3, byKind: { EVENT: 2, FIGURE: 0, VICTIM: 1, ANNIVERSARY: 0 } },
      ru: { total: 4, byKind: { EVENT: 3, FIGURE: 0, VICTIM: 0, ANNIVERSARY: 1 } },
    });

    // A translation fills its gap; a blank one does not; one into the record's own language changes nothing.
    await translate('EVENT', azEvent.id, 'title', 'en', 'Funeral of the victims in Baku');
    await translate('EVENT', azEvent.id, 'description', 'en', '   ');
    await translate('VICTIM', victim.id, 'occupation', 'ru', 'Учитель');
    await translate('VICTIM', victim.id, 'occupation', 'az', 'Müəllim');
    const after = await countMissingTranslations();
    expect(after.en).toEqual({ total: 2, byKind: { EVENT: 1, FIGURE: 0, VICTIM: 1, ANNIVERSARY: 0 } });
    expect(after.az.total).toBe(2);
    expect(after.ru.total).toBe(4);
  });
});

describe('listMissingTranslations', () => {
  it('lists each missing text of one language, filtered by kind and record, a page at a time', async () => {
    const first = await createEvent(sourceId, { title: 'A first event', description: 'Text.' });
    await createEvent(sourceId, { title: 'B second event' });
    await createVictim(sourceId, { nameLatin: 'Məmmədov', biography: 'A life.' });

    const all = await listMissingTranslations({ locale: 'az', page: 1 });
    expect(all.total).toBe(4);
    expect(all.rows).toEqual([
      { kind: 'EVENT', id: first.id, label: 'A first event', field: 'title', locale: 'az' },
      { kind: 'EVENT', id: first.id, label: 'A first event', field: 'description', locale: 'az' },
      { kind: 'EVENT', id: expect.any(String), label: 'B second event', field: 'title', locale: 'az' },
      { kind: 'VICTIM', id: expect.any(String), label: 'Məmmədov', field: 'biography', locale: 'az' },
    ]);
    expect((await listMissingTranslations({ locale: 'ru', kind: 'VICTIM', page: 1 })).rows).toMatchObject([{ field: 'biography', locale: 'ru' }]);
    expect((await listMissingTranslations({ locale: 'az', recordId: first.id, page: 1 })).total).toBe(2);
    expect(await listMissingTranslations({ locale: 'en', page: 1 })).toEqual({ rows: [], total: 0, pageCount: 1 });

    const many = Array.from({ length: 26 }, (_, index) => ({ slug: `paged-${index}`, title: `Event ${String(index).padStart(2, '0')}`, date: new Date('1990-01-20T00:00:00Z'), description: 'Text.' }));
    await db.event.createMany({ data: many });
    const page2 = await listMissingTranslations({ locale: 'az', kind: 'EVENT', page: 2 });
    expect(page2).toMatchObject({ total: 55, pageCount: 2 });
    expect(page2.rows).toHaveLength(5);
  });
});

describe('getTranslationEditor', () => {
  it('reads the record’s originals, language and translations, and nothing for a deleted record', async () => {
    const event = await createEvent(sourceId, { title: 'Title', description: null, language: 'ru' });
    await translate('EVENT', event.id, 'title', 'az', 'Başlıq');
    expect(await getTranslationEditor('EVENT', event.id)).toMatchObject({
      record: { id: event.id, label: 'Title', language: 'ru', originals: { title: 'Title', description: null } },
      translations: [{ field: 'title', locale: 'az', text: 'Başlıq', note: null, version: 1 }],
    });
    const deleted = await createEvent(sourceId, { deletedAt: new Date() });
    expect(await getTranslationEditor('EVENT', deleted.id)).toBeNull();
    expect(await getTranslationEditor('FIGURE', event.id)).toBeNull();
  });
});
