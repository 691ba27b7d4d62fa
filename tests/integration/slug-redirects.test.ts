import { beforeEach, describe, expect, it } from 'vitest';
import { createOrganization as createOrganizationRecord, updateOrganization } from '@/lib/organizations/mutations';
import { parseOrganizationForm } from '@/lib/organizations/admin-schema';
import { getRenamedSlug } from '@/lib/redirects/queries';
import { parseReleaseForm, type ReleaseInput } from '@/lib/releases/admin-schema';
import { createRelease as createReleaseRecord, updateRelease } from '@/lib/releases/mutations';
import { parseVictimForm, type VictimInput } from '@/lib/victims/admin-schema';
import { createVictim, deleteVictim, publishVictim, unpublishVictim, updateVictim } from '@/lib/victims/mutations';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createExternalSource } from '@/tests/helpers/factories';

let curator: { id: string };
let sourceId: string;

function victimInput(slug: string): VictimInput {
  const parsed = parseVictimForm({ nameLatin: 'Test Person', slug });
  if (!parsed.success) throw new Error(`fixture must parse: ${JSON.stringify(parsed.fieldErrors)}`);
  return { ...parsed.data, citations: [{ sourceId, quote: 'Quoted words.', page: null, quoteIsVerbatim: true }] };
}

/** A published victim at `slug`, with its current version. */
async function publishedVictim(slug: string): Promise<{ id: string; version: number }> {
  const { record } = await createVictim(curator, victimInput(slug));
  await publishVictim(curator, record.id, 1, null);
  return { id: record.id, version: 2 };
}

beforeEach(async () => {
  await resetDatabase();
  curator = await db.user.create({ data: { email: 'curator@test.example', passwordHash: 'x' } });
  sourceId = (await createExternalSource()).id;
});

describe('slug redirects', () => {
  it('renaming twice leads every old address to the newest one, and returns the old address’s tags', async () => {
    const victim = await publishedVictim('first-name');
    const renamed = await updateVictim(curator, victim.id, 2, victimInput('second-name'));
    expect(renamed.tags).toEqual(expect.arrayContaining(['victims', 'victim:first-name', 'victim:second-name']));
    await updateVictim(curator, victim.id, 3, victimInput('third-name'));

    expect(await getRenamedSlug('victims', 'first-name')).toBe('third-name');
    expect(await getRenamedSlug('victims', 'second-name')).toBe('third-name');
    expect(await getRenamedSlug('victims', 'third-name')).toBeNull();
    const rows = await db.slugRedirect.findMany({ orderBy: { oldSlug: 'asc' } });
    expect(rows).toMatchObject([
      { entityType: 'Victim', oldSlug: 'first-name', entityId: victim.id },
      { entityType: 'Victim', oldSlug: 'second-name', entityId: victim.id },
    ]);
  });

  it('renaming back to an old address removes its redirect, so no loop forms', async () => {
    const victim = await publishedVictim('original');
    await updateVictim(curator, victim.id, 2, victimInput('changed'));
    await updateVictim(curator, victim.id, 3, victimInput('original'));

    expect(await db.slugRedirect.findMany({ select: { oldSlug: true } })).toEqual([{ oldSlug: 'changed' }]);
    expect(await getRenamedSlug('victims', 'original')).toBeNull();
    expect(await getRenamedSlug('victims', 'changed')).toBe('original');
  });

  it('a new record taking an old address removes the redirect that left from it', async () => {
    const victim = await publishedVictim('taken-later');
    await updateVictim(curator, victim.id, 2, victimInput('moved-away'));
    await createVictim(curator, victimInput('taken-later'));
    expect(await db.slugRedirect.count({ where: { oldSlug: 'taken-later' } })).toBe(0);
  });

  it('writes the redirect in the rename’s transaction: a rename that fails records none', async () => {
    const victim = await publishedVictim('stays-put');
    await publishedVictim('already-used');
    // Refused: another record uses the address.
    await expect(updateVictim(curator, victim.id, 2, victimInput('already-used'))).rejects.toMatchObject({
      fieldErrors: { slug: [expect.stringContaining('already uses')] },
    });
    // Fails after the redirect was written: the audit entry names a user who does not exist.
    await expect(updateVictim({ id: 'no-such-user' }, victim.id, 2, victimInput('never-applied'))).rejects.toThrow();

    expect(await db.slugRedirect.count()).toBe(0);
    expect(await db.victim.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ slug: 'stays-put', version: 2 });
  });

  it('publishing, unpublishing or an edit that keeps the address records no redirect', async () => {
    const victim = await publishedVictim('same-address');
    await updateVictim(curator, victim.id, 2, { ...victimInput('same-address'), age: 40 });
    await unpublishVictim(curator, victim.id, 3);
    await publishVictim(curator, victim.id, 4, null);
    expect(await db.slugRedirect.count()).toBe(0);
  });

  it('never leads to a record that is not public', async () => {
    const victim = await publishedVictim('before-draft');
    await updateVictim(curator, victim.id, 2, victimInput('after-draft'));
    expect(await getRenamedSlug('victims', 'before-draft')).toBe('after-draft');
    await unpublishVictim(curator, victim.id, 3);
    expect(await getRenamedSlug('victims', 'before-draft')).toBeNull();
    await publishVictim(curator, victim.id, 4, null);
    await deleteVictim(curator, victim.id, 5);
    expect(await getRenamedSlug('victims', 'before-draft')).toBeNull();
  });

  it('keeps old addresses of releases and issuers, each kind apart', async () => {
    const issuerForm = parseOrganizationForm({ name: 'Embassy in Testland', kind: 'EMBASSY', slug: 'embassy-old' });
    if (!issuerForm.success) throw new Error('fixture must parse');
    const issuer = await createOrganizationRecord(curator, issuerForm.data);
    await db.organization.update({ where: { id: issuer.record.id }, data: { status: 'PUBLISHED' } });
    const renamedIssuer = await updateOrganization(curator, issuer.record.id, 1, { ...issuerForm.data, slug: 'embassy-new' });
    expect(renamedIssuer.tags).toContain('organizations');
    expect(await getRenamedSlug('issuers', 'embassy-old')).toBe('embassy-new');
    expect(await getRenamedSlug('victims', 'embassy-old')).toBeNull();

    const releaseForm = parseReleaseForm({
      title: 'A release',
      organizationId: issuer.record.id,
      issuedOn: '2027-01-20',
      language: 'en',
      bodyFormat: 'MARKDOWN',
      body: 'Text.',
      slug: 'release-old',
    });
    if (!releaseForm.success) throw new Error(`fixture must parse: ${JSON.stringify(releaseForm.fieldErrors)}`);
    const releaseInput: ReleaseInput = releaseForm.data;
    const release = await createReleaseRecord(curator, releaseInput);
    await db.release.update({ where: { id: release.record.id }, data: { status: 'PUBLISHED' } });
    const renamedRelease = await updateRelease(curator, release.record.id, 1, { ...releaseInput, slug: 'release-new' });
    expect(renamedRelease.tags).toEqual(expect.arrayContaining(['releases', 'release:release-old', 'release:release-new']));
    expect(await getRenamedSlug('releases', 'release-old')).toBe('release-new');
  });
});
