import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/media/victims/[slug]/photo/route';
import { MutationRefusedError, RecordNotFoundError, StaleVersionError } from '@/lib/records/errors';
import { parsePhotoForm, type PhotoInput } from '@/lib/victims/photos/photo';
import { photoStateToken, removeVictimPhoto, saveVictimPhoto } from '@/lib/victims/photos/photo-mutations';
import { stripPhotoMetadata } from '@/lib/victims/photos/photo-processing';
import { getPublicVictimPhoto, readPublicVictimPhotoBytes, readVictimPhotoBytesForAdmin } from '@/lib/victims/photos/photo-queries';
import { db, resetDatabase } from '@/tests/helpers/database';
import { createCurators, createExternalSource, createVictim, DELETED, DRAFT, SCHEDULED } from '@/tests/helpers/factories';
import { tinyJpeg, tinyPng, tinyWebp } from '@/tests/helpers/image-fixtures';

let curator: { id: string };
let otherCurator: { id: string };
let sourceId: string;

function photo(bytes: Uint8Array<ArrayBuffer> | null, words: Record<string, string> = {}, photoExists = false): PhotoInput {
  const parsed = parsePhotoForm({ altText: 'Portrait', credit: 'Family archive', ...words }, bytes, { photoExists });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.data;
}

async function currentState(victimId: string): Promise<string> {
  return photoStateToken(await db.victimPhoto.findUnique({ where: { victimId }, select: { updatedAt: true } }));
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What is stored for an upload since issue 13: the image re-encoded without metadata (deterministic). */
async function cleaned(bytes: Uint8Array<ArrayBuffer>, contentType: 'image/png' | 'image/jpeg' | 'image/webp'): Promise<Uint8Array<ArrayBuffer>> {
  return (await stripPhotoMetadata({ bytes, contentType })).bytes;
}

async function fetchPhoto(slug: string, init: { v?: string; ifNoneMatch?: string } = {}) {
  const url = new URL(`http://memorial.test/media/victims/${slug}/photo`);
  if (init.v) url.searchParams.set('v', init.v);
  const request = new Request(url, { headers: init.ifNoneMatch ? { 'If-None-Match': init.ifNoneMatch } : {} });
  return GET(request, { params: Promise.resolve({ slug }) });
}

beforeEach(async () => {
  await resetDatabase();
  ({ curator, otherCurator } = await createCurators());
  sourceId = (await createExternalSource()).id;
});

describe('saveVictimPhoto', () => {
  it('stores the bytes, their sniffed type, size and SHA-256, audits without the bytes, and returns the victim’s tag', async () => {
    const victim = await createVictim(sourceId, { slug: 'a-person' });
    const result = await saveVictimPhoto(curator, victim.id, '', photo(tinyPng(), { contentWarning: 'on' }));
    expect(result).toEqual({ record: { victimId: victim.id }, tags: ['victim:a-person'] });
    const stored = await db.victimPhoto.findUniqueOrThrow({ where: { victimId: victim.id } });
    // Changed with issue 13: the stored bytes are the upload re-encoded without its metadata.
    const png = await cleaned(tinyPng(), 'image/png');
    expect(stored).toMatchObject({ contentType: 'image/png', byteSize: png.length, sha256: sha256(png), altText: 'Portrait', credit: 'Family archive', contentWarning: true });
    expect(new Uint8Array(stored.data)).toEqual(png);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: 'VictimPhoto', entityId: victim.id } });
    expect(audit).toMatchObject({ action: 'create', userId: curator.id, before: null, after: { sha256: sha256(png), altText: 'Portrait' } });
    expect(JSON.stringify(audit.after)).not.toMatch(/"data"|\[binary\]/);
  });

  it('replaces the image, and corrects the words alone while keeping the image', async () => {
    const victim = await createVictim(sourceId);
    await saveVictimPhoto(curator, victim.id, '', photo(tinyPng()));
    await saveVictimPhoto(otherCurator, victim.id, await currentState(victim.id), photo(tinyWebp()));
    const webp = sha256(await cleaned(tinyWebp(), 'image/webp'));
    expect(await db.victimPhoto.findUniqueOrThrow({ where: { victimId: victim.id } })).toMatchObject({ contentType: 'image/webp', sha256: webp });
    await saveVictimPhoto(curator, victim.id, await currentState(victim.id), photo(null, { altText: 'Corrected', credit: 'Newspaper, 1990' }, true));
    const stored = await db.victimPhoto.findUniqueOrThrow({ where: { victimId: victim.id } });
    expect(stored).toMatchObject({ contentType: 'image/webp', sha256: webp, altText: 'Corrected', credit: 'Newspaper, 1990', contentWarning: false });
    const entries = await db.auditEntry.findMany({ where: { entityType: 'VictimPhoto' }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'update', 'update']);
    expect(entries[1]).toMatchObject({ userId: otherCurator.id, before: { contentType: 'image/png' }, after: { contentType: 'image/webp' } });
  });

  it('refuses a change made over someone else’s, naming them, and changes nothing', async () => {
    const victim = await createVictim(sourceId);
    await saveVictimPhoto(otherCurator, victim.id, '', photo(tinyPng()));
    // Opened the page when there was no photograph yet.
    const stale = saveVictimPhoto(curator, victim.id, '', photo(tinyJpeg()));
    await expect(stale).rejects.toBeInstanceOf(StaleVersionError);
    await expect(stale).rejects.toMatchObject({ savedBy: 'Second Curator' });
    const opened = await currentState(victim.id);
    await saveVictimPhoto(otherCurator, victim.id, opened, photo(tinyWebp()));
    await expect(saveVictimPhoto(curator, victim.id, opened, photo(tinyJpeg()))).rejects.toBeInstanceOf(StaleVersionError);
    await expect(removeVictimPhoto(curator, victim.id, opened)).rejects.toBeInstanceOf(StaleVersionError);
    expect((await db.victimPhoto.findUniqueOrThrow({ where: { victimId: victim.id } })).contentType).toBe('image/webp');
    expect(await db.auditEntry.count({ where: { entityType: 'VictimPhoto' } })).toBe(2);
  });

  it('lets only one of two simultaneous first uploads win', async () => {
    const victim = await createVictim(sourceId);
    const results = await Promise.allSettled([saveVictimPhoto(curator, victim.id, '', photo(tinyPng())), saveVictimPhoto(otherCurator, victim.id, '', photo(tinyJpeg()))]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected').map((result) => (result as PromiseRejectedResult).reason)).toEqual([expect.any(StaleVersionError)]);
    expect(await db.victimPhoto.count()).toBe(1);
    expect(await db.auditEntry.count({ where: { entityType: 'VictimPhoto' } })).toBe(1);
  });

  it('refuses words without an image when there is no photograph, and any change to a deleted or missing victim', async () => {
    const victim = await createVictim(sourceId);
    await expect(saveVictimPhoto(curator, victim.id, '', photo(null, {}, true))).rejects.toBeInstanceOf(MutationRefusedError);
    const deleted = await createVictim(sourceId, DELETED());
    await expect(saveVictimPhoto(curator, deleted.id, '', photo(tinyPng()))).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(saveVictimPhoto(curator, 'missing', '', photo(tinyPng()))).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.victimPhoto.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });
});

describe('the EXIF GPS tag', () => {
  it('is gone from the stored and served photograph: uploads are re-encoded without metadata', async () => {
    const sharp = (await import('sharp')).default;
    // A phone photograph: EXIF with the camera, the orientation and a GPS position (IFD3).
    const withGps = new Uint8Array(
      await sharp({ create: { width: 8, height: 4, channels: 3, background: { r: 120, g: 60, b: 30 } } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .withExifMerge({
          IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Orientation: '6' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 22/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '49/1 50/1 0/1' },
        })
        .toBuffer(),
    );
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    expect(Buffer.from(withGps).includes('PhoneMaker')).toBe(true);

    const victim = await createVictim(sourceId, { slug: 'gps-photo' });
    await saveVictimPhoto(curator, victim.id, '', photo(withGps as Uint8Array<ArrayBuffer>));
    const stored = new Uint8Array((await db.victimPhoto.findUniqueOrThrow({ where: { victimId: victim.id } })).data);
    const metadata = await sharp(stored).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.iptc).toBeUndefined();
    expect(Buffer.from(stored).includes('PhoneMaker')).toBe(false);
    expect(Buffer.from(stored).includes('GPS')).toBe(false);
    // The orientation was applied to the pixels: 8×4 turned a quarter becomes 4×8.
    expect([metadata.width, metadata.height]).toEqual([4, 8]);
  });

  it('refuses a file that passes the signature check but cannot be decoded', async () => {
    const victim = await createVictim(sourceId);
    const broken = new Uint8Array([...tinyJpeg().subarray(0, 40), 0, 0, 0, 0]) as Uint8Array<ArrayBuffer>;
    await expect(saveVictimPhoto(curator, victim.id, '', photo(broken))).rejects.toThrow('could not be read as an image');
    expect(await db.victimPhoto.count()).toBe(0);
  });
});

describe('removeVictimPhoto', () => {
  it('removes the photograph and keeps its words and checksum, not its bytes, in the history', async () => {
    const victim = await createVictim(sourceId, { slug: 'removed-photo' });
    await saveVictimPhoto(curator, victim.id, '', photo(tinyJpeg()));
    const result = await removeVictimPhoto(otherCurator, victim.id, await currentState(victim.id));
    expect(result.tags).toEqual(['victim:removed-photo']);
    expect(await db.victimPhoto.count()).toBe(0);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityType: 'VictimPhoto', action: 'delete' } });
    expect(entry).toMatchObject({ userId: otherCurator.id, before: { sha256: sha256(await cleaned(tinyJpeg(), 'image/jpeg')), credit: 'Family archive' }, after: null });
    expect(JSON.stringify(entry.before)).not.toContain('"data"');
  });

  it('refuses to remove a photograph that does not exist', async () => {
    const victim = await createVictim(sourceId);
    await expect(removeVictimPhoto(curator, victim.id, '')).rejects.toThrow('no photograph to remove');
  });
});

describe('reading photographs', () => {
  it('gives a public victim’s photograph, with a versioned address, and nothing for a draft, scheduled or deleted one', async () => {
    const visible = await createVictim(sourceId, { slug: 'visible' });
    await saveVictimPhoto(curator, visible.id, '', photo(tinyPng(), { contentWarning: 'on' }));
    const png = await cleaned(tinyPng(), 'image/png');
    expect(await getPublicVictimPhoto('visible')).toEqual({
      url: `/media/victims/visible/photo?v=${sha256(png).slice(0, 16)}`,
      sha256: sha256(png),
      contentType: 'image/png',
      byteSize: png.length,
      altText: 'Portrait',
      credit: 'Family archive',
      contentWarning: true,
      updatedAt: expect.any(String),
    });
    expect(new Uint8Array((await readPublicVictimPhotoBytes('visible'))!.data)).toEqual(png);
    for (const [slug, state] of [['draft', DRAFT], ['scheduled', SCHEDULED()], ['deleted', DELETED()]] as const) {
      const hidden = await createVictim(sourceId, { slug, ...state });
      await db.victimPhoto.create({ data: { victimId: hidden.id, contentType: 'image/png', byteSize: 1, sha256: 'x', data: tinyPng(), altText: 'a', credit: 'b' } });
      expect(await getPublicVictimPhoto(slug)).toBeNull();
      expect(await readPublicVictimPhotoBytes(slug)).toBeNull();
      expect(await readVictimPhotoBytesForAdmin(hidden.id)).not.toBeNull();
    }
  });
});

describe('GET /media/victims/[slug]/photo', () => {
  it('serves the stored bytes with their checked type, nosniff, inline, an ETag and a year’s cache for the current version', async () => {
    const victim = await createVictim(sourceId, { slug: 'served' });
    await saveVictimPhoto(curator, victim.id, '', photo(tinyJpeg()));
    const jpeg = await cleaned(tinyJpeg(), 'image/jpeg');
    const hash = sha256(jpeg);
    const response = await fetchPhoto('served', { v: hash.slice(0, 16) });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/jpeg',
      'content-length': String(jpeg.length),
      'content-disposition': 'inline; filename="served.jpg"',
      // Changed with issue 13: shared caches keep it five minutes, so a removed photograph goes soon.
      'cache-control': 'public, max-age=31536000, s-maxage=300, immutable',
      etag: `"${hash}"`,
      'x-content-type-options': 'nosniff',
      xkey: 'victims victim:served',
      'surrogate-key': 'victims victim:served',
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(jpeg);
  });

  it('answers a browser that holds the version with 304, and an unversioned or outdated address with a short cache', async () => {
    const victim = await createVictim(sourceId, { slug: 'cached' });
    await saveVictimPhoto(curator, victim.id, '', photo(tinyPng()));
    const hash = sha256(await cleaned(tinyPng(), 'image/png'));
    const notModified = await fetchPhoto('cached', { v: hash.slice(0, 16), ifNoneMatch: `W/"${hash}"` });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(`"${hash}"`);
    const outdated = await fetchPhoto('cached', { v: '0123456789abcdef' });
    expect(outdated.status).toBe(200);
    const shortCache = 'public, max-age=3600, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400';
    expect(outdated.headers.get('cache-control')).toBe(shortCache);
    expect((await fetchPhoto('cached')).headers.get('cache-control')).toBe(shortCache);
    // Tagged with the victim, so that replacing or unpublishing the photograph purges shared caches.
    expect(outdated.headers.get('xkey')).toBe('victims victim:cached');
    expect(notModified.headers.get('xkey')).toBe('victims victim:cached');
  });

  it('answers 404, never cached, for a victim that is not public, has no photograph, or a malformed address', async () => {
    const draft = await createVictim(sourceId, { slug: 'a-draft', ...DRAFT });
    await saveVictimPhoto(curator, draft.id, '', photo(tinyPng()));
    await createVictim(sourceId, { slug: 'no-photo' });
    for (const slug of ['a-draft', 'no-photo', 'nobody', '..%2Fetc', 'Bad_Slug']) {
      const response = await fetchPhoto(slug);
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });
});
