import { beforeEach, describe, expect, it } from 'vitest';
import { listReleaseTranslationOptions } from '@/lib/releases/admin-queries';
import { parseReleaseForm, type ReleaseInput } from '@/lib/releases/admin-schema';
import { createRelease, restoreReleaseVersion, updateRelease, type ReleaseSnapshot } from '@/lib/releases/mutations';
import { getReleaseBySlug } from '@/lib/releases/queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createRelease as seedRelease, DELETED, DRAFT } from '@/tests/helpers/factories';

let curator: { id: string };

function input(overrides: Partial<ReleaseInput> = {}): ReleaseInput {
  const parsed = parseReleaseForm({
    title: 'Заявление к годовщине',
    organizationId: 'unattributed',
    issuedOn: '2027-01-20',
    language: 'ru',
    bodyFormat: 'MARKDOWN',
    body: 'В ночь с 19 на 20 января 1990 года …',
  });
  if (!parsed.success) throw new Error(`fixture must parse: ${JSON.stringify(parsed.fieldErrors)}`);
  return { ...parsed.data, ...overrides };
}

beforeEach(async () => {
  await resetDatabase();
  curator = await db.user.create({ data: { email: 'curator@test.example', name: 'Curator', passwordHash: 'x' } });
});

describe('the release form’s "Translation of" field', () => {
  it('is optional: empty means an original', () => {
    expect(input().translationOfId).toBeNull();
    const parsed = parseReleaseForm({ title: 'T', organizationId: 'unattributed', issuedOn: '2027-01-20', language: 'az', bodyFormat: 'MARKDOWN', body: 'x', translationOfId: ' abc ' });
    expect(parsed.success && parsed.data.translationOfId).toBe('abc');
  });
});

describe('linking a release as a translation', () => {
  it('saves the link with the release, audited and versioned in the same change', async () => {
    const { release: original } = await seedRelease({ language: 'en' });
    const { record } = await createRelease(curator, input({ translationOfId: original.id }));
    expect(await db.release.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ translationOfId: original.id, version: 1 });
    const other = await createRelease(curator, input({ slug: 'second' }));
    await updateRelease(curator, other.record.id, 1, input({ slug: 'second', translationOfId: original.id }));
    expect(await db.release.findUniqueOrThrow({ where: { id: other.record.id } })).toMatchObject({ translationOfId: original.id, version: 2 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityId: other.record.id, action: 'update' } });
    expect(audit.before).toMatchObject({ translationOfId: null });
    expect(audit.after).toMatchObject({ translationOfId: original.id });
  });

  it('refuses a release that does not exist or was deleted, and writes nothing', async () => {
    const { release: deleted } = await seedRelease(DELETED());
    for (const translationOfId of ['no-such-release', deleted.id]) {
      await expect(createRelease(curator, input({ translationOfId }))).rejects.toMatchObject({ fieldErrors: { translationOfId: [expect.stringContaining('no longer exists')] } });
    }
    expect(await db.release.count()).toBe(1);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('refuses the release itself', async () => {
    const { record } = await createRelease(curator, input());
    await expect(updateRelease(curator, record.id, 1, input({ translationOfId: record.id }))).rejects.toMatchObject({
      fieldErrors: { translationOfId: [expect.stringContaining('itself')] },
    });
    expect(await db.release.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ translationOfId: null, version: 1 });
  });

  it('refuses chains: the original must not be a translation, and a release with translations cannot become one', async () => {
    const { release: original } = await seedRelease({ language: 'en' });
    const { release: translation } = await seedRelease({ language: 'az', translationOfId: original.id });
    await expect(createRelease(curator, input({ translationOfId: translation.id }))).rejects.toMatchObject({
      fieldErrors: { translationOfId: [expect.stringContaining('is itself a translation')] },
    });
    const { record: third } = await createRelease(curator, input());
    const { release: originalToBe } = await seedRelease({ language: 'en' });
    await expect(updateRelease(curator, original.id, original.version, input({ slug: original.slug, translationOfId: third.id }))).rejects.toMatchObject({
      fieldErrors: { translationOfId: [expect.stringContaining('Other releases are linked as translations of this one')] },
    });
    await expect(updateRelease(curator, third.id, 1, input({ translationOfId: originalToBe.id }))).resolves.toBeDefined();
  });

  it('restores an old version’s link only while it is still valid', async () => {
    const { release: original } = await seedRelease({ language: 'en' });
    const { record } = await createRelease(curator, input({ translationOfId: original.id }));
    const snapshot = (await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } })).after as unknown as ReleaseSnapshot;
    await updateRelease(curator, record.id, 1, input({ translationOfId: null }));
    await db.release.update({ where: { id: original.id }, data: { deletedAt: new Date() } });
    await restoreReleaseVersion(curator, record.id, 2, snapshot);
    expect(await db.release.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ translationOfId: null, version: 3 });
  });

  it('offers only originals that are not deleted, and never the release itself', async () => {
    const { release: original } = await seedRelease({ title: 'Original', language: 'en' });
    await seedRelease({ title: 'Translation', language: 'az', translationOfId: original.id });
    await seedRelease({ title: 'Deleted', ...DELETED() });
    const { release: draft } = await seedRelease({ title: 'Draft', ...DRAFT });
    expect((await listReleaseTranslationOptions()).map((option) => option.id).sort()).toEqual([original.id, draft.id].sort());
    expect((await listReleaseTranslationOptions(original.id)).map((option) => option.id)).toEqual([draft.id]);
  });
});

describe('a public release’s other languages', () => {
  it('lists the original and the sibling translations that are public, never itself', async () => {
    const { release: original } = await seedRelease({ slug: 'original', title: 'Statement', language: 'en' });
    const { release: azerbaijani } = await seedRelease({ slug: 'az-version', title: 'Bəyanat', language: 'az', translationOfId: original.id });
    await seedRelease({ slug: 'ru-version', title: 'Заявление', language: 'ru', translationOfId: original.id });
    await seedRelease({ slug: 'draft-version', language: 'de', translationOfId: original.id, ...DRAFT });
    await seedRelease({ slug: 'deleted-version', language: 'fr', translationOfId: original.id, ...DELETED() });

    expect((await getReleaseBySlug('original'))!.otherLanguages).toEqual([
      { slug: 'az-version', title: 'Bəyanat', language: 'az', isOriginal: false },
      { slug: 'ru-version', title: 'Заявление', language: 'ru', isOriginal: false },
    ]);
    expect((await getReleaseBySlug('ru-version'))!.otherLanguages).toEqual([
      { slug: 'original', title: 'Statement', language: 'en', isOriginal: true },
      { slug: 'az-version', title: 'Bəyanat', language: 'az', isOriginal: false },
    ]);
    await db.release.update({ where: { id: original.id }, data: { status: 'DRAFT' } });
    expect((await getReleaseBySlug(azerbaijani.slug))!.otherLanguages.map((version) => version.slug)).toEqual(['ru-version']);
  });

  it('is empty for a release with no translations', async () => {
    await seedRelease({ slug: 'alone' });
    expect((await getReleaseBySlug('alone'))!.otherLanguages).toEqual([]);
  });
});
