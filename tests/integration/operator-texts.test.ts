import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv/read';
import { writeMemorialExportFiles } from '@/lib/export/files';
import { CSV_COLUMNS, NO_LICENCE_STATED, type MemorialExport } from '@/lib/export/memorial';
import { saveOperatorTexts } from '@/lib/operator-texts/mutations';
import { getPrivacyNotice, getTestimonyPrerequisites, listPrivacyNoticeLocales } from '@/lib/operator-texts/queries';
import { OPERATOR_TEXT_COLUMNS, parseOperatorTextsForm, type OperatorTextsInput } from '@/lib/operator-texts/schema';
import { RecordNotFoundError, StaleVersionError } from '@/lib/records/errors';
import { listSitemapFilePages } from '@/lib/seo/sitemap-queries';
import { DEMO_PRIVACY_NOTICE, seed } from '@/prisma/seed';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators } from '@/tests/helpers/factories';

let admin: { id: string };
let otherAdmin: { id: string };
const directories: string[] = [];

beforeEach(async () => {
  await resetDatabase();
  ({ curator: admin, otherCurator: otherAdmin } = await createCurators());
});

afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

/** The form as the admin page posts it, parsed as the action parses it. */
function form(version: number, fields: Record<string, string>): OperatorTextsInput {
  const parsed = parseOperatorTextsForm({ ...Object.fromEntries(OPERATOR_TEXT_COLUMNS.map((column) => [column, ''])), version: String(version), ...fields });
  if (!parsed.success) throw new Error(`fixture must parse: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed.data;
}

/** Every text the testimony form needs, in all three languages. */
const COMPLETE = {
  privacyNoticeAz: '## Məlumatları kim saxlayır\n\nOperator.',
  privacyNoticeEn: '## Who keeps the data\n\nThe operator.',
  privacyNoticeRu: '## Кто хранит данные\n\nОператор.',
  consentShareAz: 'Bunu paylaşa bilərəm.',
  consentShareEn: 'I may share this.',
  consentShareRu: 'Я вправе этим поделиться.',
  consentContactAz: 'Bu barədə mənimlə əlaqə saxlaya bilərsiniz.',
  consentContactEn: 'You may contact me about it.',
  consentContactRu: 'Со мной можно связаться по этому поводу.',
  consentPhotographsAz: 'Hüquqları mənə məxsus fotoşəkilləri dərc edə bilərsiniz.',
  consentPhotographsEn: 'You may publish the photographs I hold the rights to.',
  consentPhotographsRu: 'Можно публиковать фотографии, права на которые принадлежат мне.',
};

const audit = () => db.auditEntry.findMany({ where: { entityType: 'OperatorTexts' }, orderBy: { createdAt: 'asc' }, select: { action: true, userId: true, entityId: true, before: true, after: true } });

describe('saveOperatorTexts', () => {
  it('creates the texts in three languages with an audit entry, then updates them at the version saved', async () => {
    const created = await saveOperatorTexts(admin, form(0, { privacyNoticeAz: 'Az', privacyNoticeEn: 'En', privacyNoticeRu: 'Ru' }));
    expect(created).toEqual({ record: { version: 1 }, tags: ['operator-texts'] });
    expect(await getPrivacyNotice('az')).toMatchObject({ text: 'Az' });
    expect(await getPrivacyNotice('en')).toMatchObject({ text: 'En' });
    expect(await getPrivacyNotice('ru')).toMatchObject({ text: 'Ru' });

    const updated = await saveOperatorTexts(otherAdmin, form(1, { privacyNoticeAz: 'Az 2', privacyNoticeEn: 'En', privacyNoticeRu: '' }));
    expect(updated.record.version).toBe(2);
    expect(await getPrivacyNotice('az')).toMatchObject({ text: 'Az 2' });
    expect(await getPrivacyNotice('ru')).toBeNull();
    expect(await listPrivacyNoticeLocales()).toEqual(['az', 'en']);

    const entries = await audit();
    expect(entries.map((entry) => [entry.action, entry.userId, entry.entityId])).toEqual([
      ['create', admin.id, 'operator'],
      ['update', otherAdmin.id, 'operator'],
    ]);
    expect(entries[0]!.before).toBeNull();
    expect(entries[1]!.before).toMatchObject({ privacyNoticeAz: 'Az', privacyNoticeRu: 'Ru', version: 1 });
    expect(entries[1]!.after).toMatchObject({ privacyNoticeAz: 'Az 2', privacyNoticeRu: null, version: 2 });
  });

  it('refuses a stale save, naming who saved first, and writes nothing', async () => {
    await saveOperatorTexts(admin, form(0, { privacyNoticeEn: 'First' }));
    await saveOperatorTexts(otherAdmin, form(1, { privacyNoticeEn: 'Second' }));
    const stale = saveOperatorTexts(admin, form(1, { privacyNoticeEn: 'Third, over a version someone replaced' }));
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ savedBy: 'Second Curator' });
    expect(await getPrivacyNotice('en')).toMatchObject({ text: 'Second' });
    expect(await audit()).toHaveLength(2);
  });

  it('refuses a first save when someone created the texts since the form was opened', async () => {
    await saveOperatorTexts(otherAdmin, form(0, { privacyNoticeRu: 'Первый' }));
    await expect(saveOperatorTexts(admin, form(0, { privacyNoticeRu: 'Второй' }))).rejects.toMatchObject({ name: 'StaleVersionError', savedBy: 'Second Curator' });
    expect(await getPrivacyNotice('ru')).toMatchObject({ text: 'Первый' });
    expect(await db.operatorTexts.count()).toBe(1);
  });

  it('lets only one of two simultaneous first saves in', async () => {
    const results = await Promise.allSettled([saveOperatorTexts(admin, form(0, { privacyNoticeEn: 'A' })), saveOperatorTexts(otherAdmin, form(0, { privacyNoticeEn: 'B' }))]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(StaleVersionError);
    expect(await audit()).toHaveLength(1);
  });

  it('refuses to update texts that are not there', async () => {
    await expect(saveOperatorTexts(admin, form(3, { privacyNoticeEn: 'x' }))).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.operatorTexts.count()).toBe(0);
  });
});

describe('getTestimonyPrerequisites', () => {
  it('lists everything missing while nothing is stated', async () => {
    expect(await getTestimonyPrerequisites('en')).toEqual({ ready: false, missing: ['privacyNotice', 'consentShare', 'consentContact', 'consentPhotographs'] });
  });

  it('lists what is missing in one language while another is complete', async () => {
    const { consentPhotographsRu: _photographs, privacyNoticeRu: _notice, ...withoutTwoRussianTexts } = COMPLETE;
    await saveOperatorTexts(admin, form(0, withoutTwoRussianTexts));
    expect(await getTestimonyPrerequisites('ru')).toEqual({ ready: false, missing: ['privacyNotice', 'consentPhotographs'] });
    expect(await getTestimonyPrerequisites('az')).toMatchObject({ ready: true });
  });

  it('returns the operator’s own words in the language asked for, once they all exist', async () => {
    await saveOperatorTexts(admin, form(0, COMPLETE));
    expect(await getTestimonyPrerequisites('az')).toEqual({
      ready: true,
      texts: {
        privacyNotice: COMPLETE.privacyNoticeAz,
        consent: { consentShare: COMPLETE.consentShareAz, consentContact: COMPLETE.consentContactAz, consentPhotographs: COMPLETE.consentPhotographsAz },
      },
    });
    expect(await getTestimonyPrerequisites('ru')).toMatchObject({ ready: true, texts: { privacyNotice: COMPLETE.privacyNoticeRu, consent: { consentShare: COMPLETE.consentShareRu } } });
  });

  it('closes the form again when a text is emptied', async () => {
    await saveOperatorTexts(admin, form(0, COMPLETE));
    await saveOperatorTexts(admin, form(1, { ...COMPLETE, consentContactEn: '' }));
    expect(await getTestimonyPrerequisites('en')).toEqual({ ready: false, missing: ['consentContact'] });
  });

  it('is satisfied on the demo database only, by placeholders that say it is a local demonstration', async () => {
    await seed(db);
    expect(await getTestimonyPrerequisites('en')).toMatchObject({ ready: false });
    await seed(db, { demoCurator: true });
    for (const locale of ['az', 'en', 'ru'] as const) {
      const prerequisites = await getTestimonyPrerequisites(locale);
      expect(prerequisites.ready).toBe(true);
    }
    expect(await getTestimonyPrerequisites('en')).toMatchObject({ ready: true, texts: { consent: { consentShare: DEMO_PRIVACY_NOTICE.consentShareEn } } });
    expect(DEMO_PRIVACY_NOTICE.consentShareEn).toMatch(/local demonstration/);
  });
});

describe('the seed’s placeholder notice', () => {
  it('exists only on the demo database, and says only that it is a local demonstration', async () => {
    await seed(db);
    expect(await db.operatorTexts.count()).toBe(0);
    expect(await getPrivacyNotice('en')).toBeNull();
    await seed(db, { demoCurator: true });
    expect(await getPrivacyNotice('en')).toMatchObject({ text: 'This is a local demonstration of the memorial. It keeps nothing beyond this machine.' });
    expect(await getPrivacyNotice('az')).toMatchObject({ text: DEMO_PRIVACY_NOTICE.privacyNoticeAz });
    expect(await getPrivacyNotice('ru')).toMatchObject({ text: DEMO_PRIVACY_NOTICE.privacyNoticeRu });
  });

  it('never replaces what an administrator saved, even an emptied notice', async () => {
    await saveOperatorTexts(admin, form(0, { privacyNoticeEn: '' }));
    const report = await seed(db, { demoCurator: true });
    expect(report.created.demoPrivacyNotice).toBe(0);
    expect(await getPrivacyNotice('en')).toBeNull();
  });
});

describe('the sitemap', () => {
  const now = new Date();
  const paths = async () => (await listSitemapFilePages(0, now)).map((page) => page.path);

  it('lists the privacy page only once its notice exists in every language', async () => {
    expect(await paths()).not.toContain('/privacy');
    await saveOperatorTexts(admin, form(0, { privacyNoticeAz: 'Az', privacyNoticeEn: 'En' }));
    expect(await paths()).not.toContain('/privacy');
    await saveOperatorTexts(admin, form(1, { privacyNoticeAz: 'Az', privacyNoticeEn: 'En', privacyNoticeRu: 'Ru' }));
    expect(await paths()).toContain('/privacy');
  });
});

describe('the export’s licence', () => {
  async function exportNow(): Promise<{ data: MemorialExport; rows: string[][] }> {
    const directory = await mkdtemp(join(tmpdir(), 'memorial-export-licence-'));
    directories.push(directory);
    const files = await writeMemorialExportFiles(directory);
    const data = JSON.parse(await readFile(files.json, 'utf8')) as MemorialExport;
    const parsed = parseCsv(await readFile(files.csv, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    return { data, rows: parsed.records };
  }
  const licenceColumn = (rows: string[][]) => {
    const index = rows[0]!.indexOf('data_licence');
    return [...new Set(rows.slice(1).map((row) => row[index]))];
  };

  it('says plainly that no licence has been stated, when the operator has set none', async () => {
    await seed(db, { demoCurator: true });
    const { data, rows } = await exportNow();
    expect(data.licence).toEqual({ stated: false, statement: NO_LICENCE_STATED });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBeGreaterThan(1);
    expect(licenceColumn(rows)).toEqual([NO_LICENCE_STATED]);
  });

  it('states the operator’s licence, its address and its statement in each language', async () => {
    await seed(db);
    await saveOperatorTexts(
      admin,
      form(0, {
        licenceName: 'CC BY 4.0',
        licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
        licenceStatementAz: 'Mənbə kimi xatirə saytını göstərin.',
        licenceStatementEn: 'Credit the memorial as the source.',
      }),
    );
    const { data, rows } = await exportNow();
    expect(data.licence).toEqual({
      stated: true,
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      statement: { az: 'Mənbə kimi xatirə saytını göstərin.', en: 'Credit the memorial as the source.', ru: null },
    });
    expect(licenceColumn(rows)).toEqual(['CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)']);
  });

  it('goes back to “not stated” when the licence’s name is emptied', async () => {
    await saveOperatorTexts(admin, form(0, { licenceName: 'ODbL 1.0' }));
    expect((await exportNow()).data.licence).toMatchObject({ stated: true, name: 'ODbL 1.0', url: null });
    await saveOperatorTexts(admin, form(1, { licenceName: '' }));
    expect((await exportNow()).data.licence).toEqual({ stated: false, statement: NO_LICENCE_STATED });
  });
});
