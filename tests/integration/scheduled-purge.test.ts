import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { purgeSharedCaches, varnishPurgeAdapter } from '@/lib/purge';
import { tagsDueBetween } from '@/lib/scheduled-purge';
import { resetDatabase } from '@/tests/helpers/database';
import { createEvent, createExternalSource, createRelease, createVictim, DELETED } from '@/tests/helpers/factories';

const MINUTE = 60_000;

describe('scheduled records: the tags purged when their time comes', () => {
  let sourceId: string;

  beforeEach(async () => {
    await resetDatabase();
    sourceId = (await createExternalSource()).id;
  });

  it('names each record that became public in the window, by kind and address', async () => {
    const now = Date.now();
    await createVictim(sourceId, { slug: 'due-victim', status: 'PUBLISHED', publishAt: new Date(now - MINUTE) });
    await createRelease({ slug: 'due-release', status: 'PUBLISHED', publishAt: new Date(now - 2 * MINUTE) });
    await createEvent(sourceId, { status: 'PUBLISHED', publishAt: new Date(now - MINUTE) });
    const tags = await tagsDueBetween(new Date(now - 5 * MINUTE), new Date(now));
    expect(tags.sort()).toEqual(['events', 'release:due-release', 'releases', 'victim:due-victim', 'victims']);
  });

  it('leaves out records due later, due before the window, drafts and deleted records', async () => {
    const now = Date.now();
    await createVictim(sourceId, { slug: 'later', status: 'PUBLISHED', publishAt: new Date(now + MINUTE) });
    await createVictim(sourceId, { slug: 'earlier', status: 'PUBLISHED', publishAt: new Date(now - 10 * MINUTE) });
    await createVictim(sourceId, { slug: 'draft', status: 'DRAFT', publishAt: new Date(now - MINUTE) });
    await createVictim(sourceId, { slug: 'deleted', ...DELETED(), publishAt: new Date(now - MINUTE) });
    expect(await tagsDueBetween(new Date(now - 5 * MINUTE), new Date(now))).toEqual([]);
  });
});

describe('the caching proxy purge adapter', () => {
  let server: Server;
  let url = '';
  const received: { method?: string; url?: string; tags?: string }[] = [];
  let status = 200;

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      received.push({ method: request.method, url: request.url, tags: request.headers['xkey-purge'] as string | undefined });
      response.writeHead(status).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends PURGE / with the tags, once each, to every caching proxy', async () => {
    received.length = 0;
    await purgeSharedCaches(['victims', 'victim:a', 'victims'], varnishPurgeAdapter([url, url]));
    expect(received).toEqual([
      { method: 'PURGE', url: '/', tags: 'victims victim:a' },
      { method: 'PURGE', url: '/', tags: 'victims victim:a' },
    ]);
  });

  it('never throws when a proxy refuses or cannot be reached: the save stands, the failure is logged', async () => {
    status = 403;
    await expect(purgeSharedCaches(['victims'], varnishPurgeAdapter([url, 'http://127.0.0.1:1']))).resolves.toBeUndefined();
    await expect(varnishPurgeAdapter([url]).purge(['victims'])).rejects.toThrow(/answered 403/);
    status = 200;
  });
});
