import { beforeEach, describe, expect, it } from 'vitest';
import { MutationRefusedError, RecordNotFoundError, StaleVersionError } from '@/lib/records/errors';
import { listReleasesForAdmin, getReleaseForEdit } from '@/lib/releases/admin-queries';
import { parseReleaseForm, RELEASE_BODY_MAX_LENGTH } from '@/lib/releases/admin-schema';
import { renderReleaseBodyPreview } from '@/lib/releases/body-preview';
import {
  createRelease,
  deleteRelease,
  publishRelease,
  restoreReleaseVersion,
  undeleteRelease,
  unpublishRelease,
  updateRelease,
  type ReleaseSnapshot,
} from '@/lib/releases/mutations';
import { getReleaseBySlug, listReleases } from '@/lib/releases/queries';
import { restorableKinds } from '@/lib/records/registry';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createEvent, createFigure, createOrganization, createVictim, DRAFT } from '@/tests/helpers/factories';
import { RELEASE_SLUG, releaseInput } from '@/tests/helpers/record-inputs';

let curator: { id: string };
let otherCurator: { id: string };

const SLUG = RELEASE_SLUG;
const RELATED = ['sources', 'figures', 'events', 'anniversaries'];

const input = releaseInput;

async function sourceOf(releaseId: string) {
  return db.source.findUniqueOrThrow({ where: { releaseId } });
}

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
});

describe('parseReleaseForm', () => {
  it('reports a missing title and date of issue', () => {
    const result = parseReleaseForm({ organizationId: 'unattributed', language: 'en', bodyFormat: 'PLAIN_TEXT', body: 'Text' });
    expect(result.success ? null : result.fieldErrors).toEqual({
      title: ['The title is required.'],
      issuedOn: ['The date of issue is required.'],
    });
  });

  it('accepts an archive title in square brackets only with the box ticked, and the other way round', () => {
    const base = { organizationId: 'unattributed', issuedOn: '2021-01-21', language: 'en', bodyFormat: 'PLAIN_TEXT', body: 'Text' };
    const editorial = parseReleaseForm({ ...base, title: '[Day of nationwide sorrow]', titleIsEditorial: 'on' });
    expect(editorial).toMatchObject({ success: true, data: { titleIsEditorial: true, slug: '2021-01-21-day-of-nationwide-sorrow', organizationId: null } });
    const unticked = parseReleaseForm({ ...base, title: '[Day of nationwide sorrow]' });
    expect(unticked.success ? null : unticked.fieldErrors.title?.[0]).toContain('tick');
  });

  it('takes language tags such as en, az, ru and en-GB, in canonical case', () => {
    const base = { title: 'T', organizationId: 'unattributed', issuedOn: '2021-01-21', bodyFormat: 'PLAIN_TEXT', body: 'Text' };
    for (const [typed, stored] of [['en', 'en'], ['AZ', 'az'], ['ru', 'ru'], ['en-gb', 'en-GB'], ['az-Cyrl', 'az-Cyrl'], ['es-419', 'es-419']]) {
      expect(parseReleaseForm({ ...base, language: typed })).toMatchObject({ success: true, data: { language: stored } });
    }
    for (const typed of ['', 'english', 'e', 'en_GB', 'en-', '<script>']) {
      const result = parseReleaseForm({ ...base, language: typed });
      expect(result.success ? null : Object.keys(result.fieldErrors), typed).toEqual(['language']);
    }
  });

  it('refuses impossible and out-of-range days, and text beyond the limit', () => {
    const base = { title: 'T', organizationId: 'unattributed', language: 'en', bodyFormat: 'PLAIN_TEXT', body: 'Text' };
    for (const issuedOn of ['2021-13-01', '2021-04-31', '20-01-2021', '2021-01', '1989-12-31']) {
      const result = parseReleaseForm({ ...base, issuedOn });
      expect(result.success ? null : Object.keys(result.fieldErrors), issuedOn).toEqual(['issuedOn']);
    }
    expect(parseReleaseForm({ ...base, issuedOn: '2024-02-29' }).success).toBe(true);
    const long = parseReleaseForm({ ...base, issuedOn: '2024-02-29', body: 'x'.repeat(RELEASE_BODY_MAX_LENGTH + 1) });
    expect(long.success ? null : long.fieldErrors.body?.[0]).toContain('at most 200,000 characters');
    expect(parseReleaseForm({ ...base, issuedOn: '2024-02-29', body: 'x'.repeat(RELEASE_BODY_MAX_LENGTH) }).success).toBe(true);
  });

  it('keeps the text word for word, with uniform line endings', () => {
    const result = parseReleaseForm({ title: 'T', organizationId: 'unattributed', issuedOn: '2021-01-21', language: 'en', bodyFormat: 'PLAIN_TEXT', body: '\r\nLine one\r\nLine  two\r\n\r\n' });
    expect(result).toMatchObject({ success: true, data: { body: 'Line one\nLine  two' } });
  });
});

describe('renderReleaseBodyPreview', () => {
  it('renders Markdown through the sanitiser, and escapes plain text into paragraphs', () => {
    expect(renderReleaseBodyPreview('**Bold** <script>alert(1)</script>', 'MARKDOWN')).toBe('<p><strong>Bold</strong> </p>\n');
    expect(renderReleaseBodyPreview('New York, 19 January 2009\nNo. 5 <b>\n\nSecond & last', 'PLAIN_TEXT')).toBe(
      '<p>New York, 19 January 2009<br>No. 5 &lt;b&gt;</p>\n<p>Second &amp; last</p>',
    );
  });
});

describe('createRelease', () => {
  it('creates a draft and its draft Source in one go, audits both, and returns the tags to revalidate', async () => {
    const result = await createRelease(curator, input());
    expect(result.tags).toEqual(['releases', `release:${SLUG}`, ...RELATED]);
    const row = await db.release.findUniqueOrThrow({ where: { id: result.record.id } });
    expect(row).toMatchObject({ slug: SLUG, status: 'DRAFT', version: 1, language: 'en', anniversaryYear: 2027, organizationId: null });
    const source = await sourceOf(row.id);
    expect(source).toMatchObject({ key: `release-${SLUG}`, kind: 'RELEASE', status: 'DRAFT', deletedAt: null });
    const audit = await db.auditEntry.findMany({ orderBy: { entityType: 'asc' } });
    expect(audit).toMatchObject([
      { action: 'create', entityType: 'Release', entityId: row.id, userId: curator.id, before: null },
      { action: 'create', entityType: 'Source', entityId: source.id, userId: curator.id, before: null },
    ]);
    expect(await getReleaseBySlug(SLUG)).toBeNull();
  });

  it('leaves nothing behind, not even the Source, when the transaction fails', async () => {
    await expect(createRelease({ id: 'no-such-user' }, input())).rejects.toThrow();
    expect(await db.release.count()).toBe(0);
    expect(await db.source.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('refuses a deleted issuer, and writes nothing', async () => {
    const issuer = await createOrganization({ deletedAt: new Date() });
    await expect(createRelease(curator, input({ organizationId: issuer.id }))).rejects.toMatchObject({ fieldErrors: { organizationId: [expect.any(String)] } });
    expect(await db.source.count()).toBe(0);
  });

  it('gives the Source a free key when an older Source holds release-<slug>', async () => {
    const first = await createRelease(curator, input());
    await updateRelease(curator, first.record.id, 1, input({ slug: 'renamed' }));
    expect((await sourceOf(first.record.id)).key).toBe(`release-${SLUG}`);
    const second = await createRelease(curator, input());
    expect((await sourceOf(second.record.id)).key).toBe(`release-${SLUG}-2`);
  });
});

describe('updateRelease', () => {
  it('saves at the current version, audits before and after, and tags the old and new addresses', async () => {
    const { record } = await createRelease(curator, input());
    const result = await updateRelease(otherCurator, record.id, 1, input({ slug: 'renamed-release', place: 'London' }));
    expect(result.tags).toEqual(['releases', `release:${SLUG}`, 'release:renamed-release', ...RELATED]);
    expect(await db.release.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ version: 2, place: 'London', slug: 'renamed-release' });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'update', entityType: 'Release' } });
    expect(entry).toMatchObject({ userId: otherCurator.id, before: { place: 'Baku', version: 1 }, after: { place: 'London', version: 2 } });
    // The Source's state did not change, so it has no update entry.
    expect(await db.auditEntry.count({ where: { entityType: 'Source' } })).toBe(1);
  });

  it('refuses to move a published release to an issuer that is not public', async () => {
    const draftIssuer = await createOrganization(DRAFT);
    const { record } = await createRelease(curator, input());
    await publishRelease(curator, record.id, 1, null);
    await expect(updateRelease(curator, record.id, 2, input({ organizationId: draftIssuer.id }))).rejects.toThrow(`Publish the issuer “${draftIssuer.name}” first`);
    expect((await db.release.findUniqueOrThrow({ where: { id: record.id } })).organizationId).toBeNull();
  });
});

describe('publishing a release', () => {
  it('publishes now with its Source, making it public, and unpublishes both again', async () => {
    const issuer = await createOrganization();
    const { record } = await createRelease(curator, input({ organizationId: issuer.id }));
    const published = await publishRelease(curator, record.id, 1, null);
    expect(published.tags).toEqual(['releases', `release:${SLUG}`, ...RELATED]);
    expect(await getReleaseBySlug(SLUG)).toMatchObject({ title: '37th anniversary of the Black January', issuer: { name: issuer.name } });
    expect((await listReleases({})).map((release) => release.slug)).toEqual([SLUG]);
    expect(await sourceOf(record.id)).toMatchObject({ status: 'PUBLISHED', publishAt: null, version: 2 });
    expect(await db.auditEntry.count({ where: { entityType: 'Source', action: 'publish' } })).toBe(1);

    await unpublishRelease(curator, record.id, 2);
    expect(await getReleaseBySlug(SLUG)).toBeNull();
    expect(await sourceOf(record.id)).toMatchObject({ status: 'DRAFT', version: 3 });
  });

  it('schedules a publication, with the Source scheduled alike', async () => {
    const { record } = await createRelease(curator, input());
    const at = new Date(Date.now() + 3_600_000);
    await publishRelease(curator, record.id, 1, at);
    expect(await getReleaseBySlug(SLUG)).toBeNull();
    expect(await sourceOf(record.id)).toMatchObject({ status: 'PUBLISHED', publishAt: at });
  });

  it('refuses to publish a release whose issuer is a draft, or is scheduled later than the release', async () => {
    const draftIssuer = await createOrganization(DRAFT);
    const { record } = await createRelease(curator, input({ organizationId: draftIssuer.id }));
    await expect(publishRelease(curator, record.id, 1, null)).rejects.toBeInstanceOf(MutationRefusedError);
    const later = new Date(Date.now() + 7_200_000);
    await db.organization.update({ where: { id: draftIssuer.id }, data: { status: 'PUBLISHED', publishAt: later } });
    await expect(publishRelease(curator, record.id, 1, null)).rejects.toThrow('is scheduled to appear only');
    expect(await sourceOf(record.id)).toMatchObject({ status: 'DRAFT' });
    await publishRelease(curator, record.id, 1, later);
    expect((await db.release.findUniqueOrThrow({ where: { id: record.id } })).status).toBe('PUBLISHED');
  });
});

describe('deleting and restoring a release', () => {
  it('refuses deletion while its Source is cited, naming events, victims and figures', async () => {
    const { record } = await createRelease(curator, input());
    const source = await sourceOf(record.id);
    await createEvent(source.id, { title: 'Troops enter Baku' });
    await createVictim(source.id, { nameLatin: 'Test Person' });
    await createVictim(source.id, { nameLatin: null, description: 'a 7-year old boy', deletedAt: new Date() });
    await createFigure(source.id, { key: 'killed-test' });
    const refused = deleteRelease(curator, record.id, 1);
    await expect(refused).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(refused).rejects.toThrow(
      'This release cannot be deleted while facts cite it: the event “Troops enter Baku”; the victim records of Test Person and Unidentified: a 7-year old boy [deleted]; the figure killed-test. Remove those citations first.',
    );
    expect(await db.release.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ deletedAt: null, version: 1 });
    expect((await sourceOf(record.id)).deletedAt).toBeNull();
    expect(await db.auditEntry.count({ where: { action: 'delete' } })).toBe(0);
  });

  it('deletes softly with its Source, refuses edits of the deleted record, and undeletes both', async () => {
    const { record } = await createRelease(curator, input());
    await publishRelease(curator, record.id, 1, null);
    const deleted = await deleteRelease(curator, record.id, 2);
    expect(deleted.tags).toEqual(['releases', `release:${SLUG}`, ...RELATED]);
    expect(await getReleaseBySlug(SLUG)).toBeNull();
    expect((await sourceOf(record.id)).deletedAt).not.toBeNull();
    expect(await db.auditEntry.count({ where: { entityType: 'Source', action: 'delete' } })).toBe(1);
    await expect(updateRelease(curator, record.id, 3, input())).rejects.toBeInstanceOf(RecordNotFoundError);
    await undeleteRelease(curator, record.id, 3);
    expect(await getReleaseBySlug(SLUG)).not.toBeNull();
    expect(await sourceOf(record.id)).toMatchObject({ deletedAt: null, status: 'PUBLISHED' });
  });

  it('restores an earlier version from an audit snapshot as a new version, through the exported restorer', async () => {
    const { record } = await createRelease(curator, input());
    await updateRelease(curator, record.id, 1, input({ body: 'A wrong text', bodyFormat: 'PLAIN_TEXT', slug: 'wrong' }));
    await deleteRelease(curator, record.id, 2);
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    expect(await restorableKinds.Release!.currentVersion(record.id)).toBe(3);
    const result = await restorableKinds.Release!.restore(curator, record.id, 3, created.after);
    expect(result.tags).toEqual(['releases', 'release:wrong', `release:${SLUG}`, ...RELATED]);
    expect(restorableKinds.Release!.editPath(record.id)).toBe(`/admin/releases/${record.id}`);
    const row = await db.release.findUniqueOrThrow({ where: { id: record.id } });
    expect(row).toMatchObject({ slug: SLUG, body: 'On the night of 19–20 January 1990 …', bodyFormat: 'MARKDOWN', deletedAt: null, version: 4 });
    expect(row.issuedOn.toISOString()).toBe('2027-01-20T00:00:00.000Z');
    expect((await sourceOf(record.id)).deletedAt).toBeNull();
    await expect(restoreReleaseVersion(curator, record.id, 3, created.after as unknown as ReleaseSnapshot)).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('refuses to bring back a published release whose issuer is no longer public', async () => {
    const issuer = await createOrganization();
    const { record } = await createRelease(curator, input({ organizationId: issuer.id }));
    await publishRelease(curator, record.id, 1, null);
    await deleteRelease(curator, record.id, 2);
    await db.organization.update({ where: { id: issuer.id }, data: { status: 'DRAFT' } });
    await expect(undeleteRelease(curator, record.id, 3)).rejects.toThrow('Publish the issuer');
    expect((await db.release.findUniqueOrThrow({ where: { id: record.id } })).deletedAt).not.toBeNull();
  });
});

describe('admin reads', () => {
  it('lists releases by search and status, and reads one with its Source for editing', async () => {
    const issuer = await createOrganization({ name: 'Embassy in Berlin' });
    const { record } = await createRelease(curator, input({ organizationId: issuer.id }));
    await createRelease(curator, input({ slug: 'other', title: 'Other statement', referenceNumber: 'No. 12/2027' }));
    expect((await listReleasesForAdmin({ page: 1, q: 'berlin' })).rows.map((row) => row.id)).toEqual([record.id]);
    expect((await listReleasesForAdmin({ page: 1, q: '12/2027' })).rows.map((row) => row.title)).toEqual(['Other statement']);
    expect(await listReleasesForAdmin({ page: 1, status: 'draft' })).toMatchObject({ total: 2, pageCount: 1 });
    expect(await listReleasesForAdmin({ page: 1, status: 'published' })).toMatchObject({ total: 0 });
    expect(await getReleaseForEdit(record.id)).toMatchObject({
      issuedOnIso: '2027-01-20',
      organization: { name: 'Embassy in Berlin' },
      source: { key: `release-${SLUG}`, _count: { citations: 0, figures: 0 } },
    });
  });
});
