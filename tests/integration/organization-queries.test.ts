import { beforeEach, describe, expect, it } from 'vitest';
import { getIssuerBySlug, listIssuers } from '@/lib/organizations/queries';
import { resetDatabase } from '@/tests/helpers/database';
import { createOrganization, createRelease, DELETED, DRAFT, SCHEDULED } from '@/tests/helpers/factories';

beforeEach(async () => {
  await resetDatabase();
});

describe('public issuer queries', () => {
  it('list only public issuers, by name', async () => {
    const visible = await createOrganization({ name: 'B Embassy', country: 'Bosnia and Herzegovina', city: 'Sarajevo', website: 'http://sarajevo.mfa.gov.az' });
    const second = await createOrganization({ name: 'A Mission' });
    const hidden = [await createOrganization(DRAFT), await createOrganization(SCHEDULED()), await createOrganization(DELETED())];
    const { issuers } = await listIssuers();
    expect(issuers.map((issuer) => issuer.slug)).toEqual([second.slug, visible.slug]);
    expect(issuers[1]).toMatchObject({ name: 'B Embassy', kind: 'EMBASSY', country: 'Bosnia and Herzegovina', city: 'Sarajevo', website: 'http://sarajevo.mfa.gov.az' });
    expect(typeof issuers[1]!.updatedAt).toBe('string');
    for (const organization of hidden) expect(await getIssuerBySlug(organization.slug)).toBeNull();
    expect(await getIssuerBySlug('no-such-issuer')).toBeNull();
  });

  it('give an issuer its public releases only, newest first', async () => {
    const organization = await createOrganization();
    const other = await createOrganization();
    const { release: older } = await createRelease({ organizationId: organization.id, issuedOn: new Date('2009-01-19T00:00:00Z') });
    const { release: newer } = await createRelease({ organizationId: organization.id, issuedOn: new Date('2020-01-20T00:00:00Z') });
    await createRelease({ organizationId: organization.id, ...DRAFT });
    await createRelease({ organizationId: organization.id, ...SCHEDULED() });
    await createRelease({ organizationId: organization.id, ...DELETED() });
    const { release: othersRelease } = await createRelease({ organizationId: other.id });

    const issuer = await getIssuerBySlug(organization.slug);
    expect(issuer?.releases.map((release) => release.slug)).toEqual([newer.slug, older.slug]);
    expect(issuer?.releases[0]).toMatchObject({ issuedOn: '2020-01-20', issuer: { slug: organization.slug } });

    const { issuers } = await listIssuers();
    expect(issuers.find((entry) => entry.slug === organization.slug)?.releases.map((release) => release.slug)).toEqual([newer.slug, older.slug]);
    expect(issuers.find((entry) => entry.slug === other.slug)?.releases.map((release) => release.slug)).toEqual([othersRelease.slug]);
  });

  it('list releases with no named issuer apart, never under an issuer', async () => {
    const organization = await createOrganization();
    const { release: attributed } = await createRelease({ organizationId: organization.id });
    const { release: unattributed } = await createRelease({ organizationId: null });
    await createRelease({ organizationId: null, ...DRAFT });
    await createRelease({ organizationId: null, ...DELETED() });

    const { issuers, unattributed: listed } = await listIssuers();
    expect(listed.map((release) => release.slug)).toEqual([unattributed.slug]);
    expect(listed[0]?.issuer).toBeNull();
    expect(issuers.flatMap((issuer) => issuer.releases.map((release) => release.slug))).toEqual([attributed.slug]);
  });

  it('hide the releases of a draft or deleted issuer everywhere', async () => {
    const draft = await createOrganization(DRAFT);
    const deleted = await createOrganization(DELETED());
    await createRelease({ organizationId: draft.id });
    await createRelease({ organizationId: deleted.id });
    const { issuers, unattributed } = await listIssuers();
    expect(issuers).toEqual([]);
    expect(unattributed).toEqual([]);
    expect(await getIssuerBySlug(draft.slug)).toBeNull();
  });

  it('read an issuer slugged like the archive’s "unattributed" filter without taking the unattributed releases', async () => {
    const organization = await createOrganization({ slug: 'unattributed' });
    await createRelease({ organizationId: null });
    expect((await getIssuerBySlug(organization.slug))?.releases).toEqual([]);
  });
});
