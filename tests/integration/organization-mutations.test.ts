import { beforeEach, describe, expect, it } from 'vitest';
import { MutationRefusedError, RecordNotFoundError, StaleVersionError } from '@/lib/records/errors';
import { parseOrganizationForm } from '@/lib/organizations/admin-schema';
import { listOrganizationOptions, listOrganizationsForAdmin } from '@/lib/organizations/admin-queries';
import {
  createOrganization,
  deleteOrganization,
  publishOrganization,
  restoreOrganizationVersion,
  undeleteOrganization,
  unpublishOrganization,
  updateOrganization,
  type OrganizationSnapshot,
} from '@/lib/organizations/mutations';
import { restorableKinds } from '@/lib/records/registry';
import { getReleaseBySlug } from '@/lib/releases/queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createRelease, DELETED } from '@/tests/helpers/factories';
import { organizationInput } from '@/tests/helpers/record-inputs';

let curator: { id: string };
let otherCurator: { id: string };

const TAGS = ['organizations', 'releases', 'sources'];

const input = organizationInput;

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
});

describe('parseOrganizationForm', () => {
  it('makes the address from the name, and keeps empty boxes unknown', () => {
    const result = parseOrganizationForm({ name: 'Permanent Mission of Azərbaycan', kind: 'PERMANENT_MISSION', website: '', country: '' });
    expect(result).toEqual({
      success: true,
      data: { slug: 'permanent-mission-of-azerbaycan', name: 'Permanent Mission of Azərbaycan', kind: 'PERMANENT_MISSION', country: null, city: null, address: null, website: null },
    });
  });

  it('accepts http and https websites only, with a host name', () => {
    for (const website of ['javascript:alert(1)', 'https://', 'example.org', 'https://localhost', 'https://exa mple.org']) {
      const result = parseOrganizationForm({ name: 'A', kind: 'OTHER', website });
      expect(result.success ? null : Object.keys(result.fieldErrors), website).toEqual(['website']);
    }
    expect(parseOrganizationForm({ name: 'A', kind: 'OTHER', website: 'http://mfa.gov.az/en' }).success).toBe(true);
  });
});

describe('createOrganization', () => {
  it('creates a draft with an audit entry, and returns the tags to revalidate', async () => {
    const result = await createOrganization(curator, input());
    expect(result.tags).toEqual(TAGS);
    const row = await db.organization.findUniqueOrThrow({ where: { id: result.record.id } });
    expect(row).toMatchObject({ status: 'DRAFT', version: 1, slug: 'embassy-of-azerbaijan-in-testland', city: 'Testville', website: 'https://example.org/' });
    const audit = await db.auditEntry.findMany({ where: { entityId: row.id } });
    expect(audit).toMatchObject([{ action: 'create', entityType: 'Organization', userId: curator.id, before: null }]);
  });

  it('writes nothing when the audit entry cannot be written (one transaction)', async () => {
    await expect(createOrganization({ id: 'no-such-user' }, input())).rejects.toThrow();
    expect(await db.organization.count()).toBe(0);
  });
});

describe('updateOrganization', () => {
  it('saves at the current version and audits before and after', async () => {
    const { record } = await createOrganization(curator, input());
    const result = await updateOrganization(otherCurator, record.id, 1, input({ city: 'Baku', slug: 'renamed' }));
    expect(result.tags).toEqual(TAGS);
    expect(await db.organization.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ version: 2, city: 'Baku', slug: 'renamed' });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'update' } });
    expect(entry).toMatchObject({ userId: otherCurator.id, before: { city: 'Testville', version: 1 }, after: { city: 'Baku', version: 2 } });
  });

  it('refuses another issuer’s address', async () => {
    await createOrganization(curator, input({ slug: 'taken' }));
    const { record } = await createOrganization(curator, input({ slug: 'mine' }));
    await expect(updateOrganization(curator, record.id, 1, input({ slug: 'taken' }))).rejects.toMatchObject({ fieldErrors: { slug: [expect.any(String)] } });
  });
});

describe('publishing an issuer', () => {
  it('publishes, and its published releases show in the archive; unpublishing is refused while they do', async () => {
    const { record } = await createOrganization(curator, input());
    const { release } = await createRelease({ organizationId: record.id });
    expect(await getReleaseBySlug(release.slug)).toBeNull();
    const published = await publishOrganization(curator, record.id, 1, null);
    expect(published.tags).toEqual(TAGS);
    expect(await getReleaseBySlug(release.slug)).toMatchObject({ issuer: { name: 'Embassy of Azerbaijan in Testland' } });

    const refused = unpublishOrganization(curator, record.id, 2);
    await expect(refused).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(refused).rejects.toThrow(release.title);
    await expect(publishOrganization(curator, record.id, 2, new Date(Date.now() + 3_600_000))).rejects.toThrow('scheduled for later');
    expect((await db.organization.findUniqueOrThrow({ where: { id: record.id } })).status).toBe('PUBLISHED');

    await db.release.update({ where: { id: release.id }, data: { status: 'DRAFT' } });
    await unpublishOrganization(curator, record.id, 2);
    expect(await db.organization.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ status: 'DRAFT', version: 3 });
    expect(await db.auditEntry.findMany({ where: { entityId: record.id }, orderBy: { createdAt: 'asc' }, select: { action: true } })).toEqual([
      { action: 'create' },
      { action: 'publish' },
      { action: 'unpublish' },
    ]);
  });

  it('schedules a publication', async () => {
    const { record } = await createOrganization(curator, input());
    const at = new Date(Date.now() + 3_600_000);
    await publishOrganization(curator, record.id, 1, at);
    expect(await db.organization.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ status: 'PUBLISHED', publishAt: at });
  });
});

describe('deleting and restoring an issuer', () => {
  it('refuses deletion while releases name it, listing them, deleted ones included', async () => {
    const { record } = await createOrganization(curator, input());
    const { release: current } = await createRelease({ organizationId: record.id, title: 'Statement on the anniversary', issuedOn: new Date('2021-01-20T00:00:00Z') });
    await createRelease({ organizationId: record.id, title: 'Old statement', issuedOn: new Date('2019-01-20T00:00:00Z'), ...DELETED() });
    const refused = deleteOrganization(curator, record.id, 1);
    await expect(refused).rejects.toBeInstanceOf(MutationRefusedError);
    await expect(refused).rejects.toThrow(
      'This issuer cannot be deleted while releases name it: “Old statement” (2019-01-20) [deleted] and “Statement on the anniversary” (2021-01-20).',
    );
    expect((await db.organization.findUniqueOrThrow({ where: { id: record.id } })).deletedAt).toBeNull();
    expect(await db.auditEntry.count({ where: { action: 'delete' } })).toBe(0);

    await db.release.updateMany({ where: { organizationId: record.id, id: { not: current.id } }, data: { organizationId: null } });
    await expect(deleteOrganization(curator, record.id, 1)).rejects.toThrow('“Statement on the anniversary” (2021-01-20).');
  });

  it('deletes softly, refuses edits of the deleted record, and undeletes', async () => {
    const { record } = await createOrganization(curator, input());
    const deleted = await deleteOrganization(curator, record.id, 1);
    expect(deleted.tags).toEqual(TAGS);
    expect((await listOrganizationOptions()).map((option) => option.id)).not.toContain(record.id);
    expect((await listOrganizationsForAdmin({ page: 1, status: 'deleted' })).rows.map((row) => row.id)).toEqual([record.id]);
    await expect(updateOrganization(curator, record.id, 2, input())).rejects.toBeInstanceOf(RecordNotFoundError);
    await undeleteOrganization(curator, record.id, 2);
    expect(await db.organization.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ deletedAt: null, version: 3 });
  });

  it('restores an earlier version from an audit snapshot as a new version, through the exported restorer', async () => {
    const { record } = await createOrganization(curator, input());
    await updateOrganization(curator, record.id, 1, input({ name: 'Wrong name', website: null }));
    await deleteOrganization(curator, record.id, 2);
    const created = await db.auditEntry.findFirstOrThrow({ where: { entityId: record.id, action: 'create' } });
    expect(await restorableKinds.Organization!.currentVersion(record.id)).toBe(3);
    const result = await restorableKinds.Organization!.restore(curator, record.id, 3, created.after);
    expect(result.tags).toEqual(TAGS);
    expect(restorableKinds.Organization!.editPath(record.id)).toBe(`/admin/organizations/${record.id}`);
    expect(await db.organization.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      name: 'Embassy of Azerbaijan in Testland',
      website: 'https://example.org/',
      deletedAt: null,
      version: 4,
      status: 'DRAFT',
    });
    expect(await db.auditEntry.count({ where: { entityId: record.id } })).toBe(4);
    await expect(restoreOrganizationVersion(curator, record.id, 3, created.after as unknown as OrganizationSnapshot)).rejects.toBeInstanceOf(StaleVersionError);
  });
});

describe('listOrganizationsForAdmin', () => {
  it('searches by name, city and country, and pages', async () => {
    await createOrganization(curator, input({ slug: 'a', name: 'Embassy in Berlin', city: 'Berlin', country: 'Germany' }));
    await createOrganization(curator, input({ slug: 'b', name: 'Mission to the UN', city: 'New York' }));
    expect((await listOrganizationsForAdmin({ page: 1, q: 'germ' })).rows.map((row) => row.name)).toEqual(['Embassy in Berlin']);
    expect((await listOrganizationsForAdmin({ page: 1, q: 'new york' })).rows.map((row) => row.name)).toEqual(['Mission to the UN']);
    expect(await listOrganizationsForAdmin({ page: 1, status: 'draft' })).toMatchObject({ total: 2, pageCount: 1 });
    expect((await listOrganizationsForAdmin({ page: 2 })).rows).toEqual([]);
  });
});
