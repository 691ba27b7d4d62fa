import 'server-only';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { cachedQuery } from '@/lib/cache';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import {
  contentVersionOfParts,
  exportFileName,
  memorialCsvWriter,
  memorialExportHeader,
  memorialJsonChunks,
  type ExportVictim,
} from '@/lib/export/memorial';
import { EXPORT_TAGS, readExportLicence, readListedContent, readVictimBatches } from '@/lib/export/queries';
import { publicCacheHeaders } from '@/lib/http/cache-policy';

/**
 * The export (/export/memorial.json and .csv) as files on this instance's disk, written in batches and
 * streamed from there, so that neither is ever held whole in memory (a JSON of 100 000 victims is far
 * past Next's 2 MB cache item). Why files and not a stream straight from the database: the version —
 * a hash of the whole content — names the download (Content-Disposition) and opens the JSON and every
 * CSV row, so all of the content must be read before the first byte can be sent. One read of the
 * database, in one snapshot, writes the victims to a scratch file while hashing them; then both files
 * are written from it. The latest two versions of each are kept (a request may still be reading the
 * older one), so the folder does not grow.
 */
export type MemorialExportFiles = { version: string; generatedAt: string; json: string; csv: string };
export type ExportFormat = 'json' | 'csv';

/** Victims per query: each batch is one index range, and memory holds one batch at a time. */
export const EXPORT_BATCH_SIZE = 1000;
/** Versions of each file kept on disk. */
const KEPT_VERSIONS = 2;
/** Longest a generation may hold its snapshot open: the read of 100 000 victims takes seconds. */
const SNAPSHOT_TIMEOUT_MS = 10 * 60_000;

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'close');
}

/** The victims of the scratch file, one JSON line each, in batches of `size`. */
async function* readVictimLines(path: string, size: number): AsyncGenerator<ExportVictim[]> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let batch: ExportVictim[] = [];
  for await (const line of lines) {
    if (!line) continue;
    batch.push(JSON.parse(line) as ExportVictim);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function* oneByOne<T>(batches: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}

/** Removes the files of versions older than the newest `KEPT_VERSIONS`, and scratch folders left by a crash. */
async function removeOldVersions(directory: string, keep: Set<string>): Promise<void> {
  const names = await readdir(directory);
  const files = await Promise.all(
    names.filter((name) => name.startsWith('black-january-memorial-')).map(async (name) => ({ name, mtime: (await stat(join(directory, name))).mtimeMs })),
  );
  const byAge = files.sort((a, b) => b.mtime - a.mtime);
  const versions = [...new Set(byAge.map((file) => file.name.replace(/\.(json|csv)$/, '')))].slice(0, KEPT_VERSIONS);
  const kept = new Set([...versions, ...keep]);
  await Promise.all(byAge.filter((file) => !kept.has(file.name.replace(/\.(json|csv)$/, ''))).map((file) => rm(join(directory, file.name), { force: true })));
}

/**
 * Reads the published content in one snapshot (REPEATABLE READ: the version names exactly one
 * content) and writes both files of the export into `directory`. Returns their paths and version.
 */
export async function writeMemorialExportFiles(directory: string = env.MEMORIAL_EXPORT_DIR, batchSize: number = EXPORT_BATCH_SIZE): Promise<MemorialExportFiles> {
  const folder = resolve(directory);
  await mkdir(folder, { recursive: true });
  const scratch = await mkdtemp(join(folder, '.writing-'));
  try {
    const now = new Date();
    const victimsPath = join(scratch, 'victims.ndjson');
    const { listed, version, victims, licence } = await db.$transaction(
      async (tx) => {
        const listed = await readListedContent(tx, now);
        const licence = await readExportLicence(tx);
        const hash = contentVersionOfParts(listed);
        const out = createWriteStream(victimsPath, 'utf8');
        let count = 0;
        let lastUpdated: string | null = null;
        try {
          for await (const batch of readVictimBatches(tx, now, batchSize)) {
            let text = '';
            for (const victim of batch) {
              hash.addVictim(victim);
              text += `${JSON.stringify(victim)}\n`;
              if (lastUpdated === null || victim.updatedAt > lastUpdated) lastUpdated = victim.updatedAt;
            }
            count += batch.length;
            await write(out, text);
          }
        } finally {
          await close(out);
        }
        return { listed, version: hash.version(), victims: { count, lastUpdated }, licence };
      },
      { isolationLevel: 'RepeatableRead', timeout: SNAPSHOT_TIMEOUT_MS },
    );
    const header = memorialExportHeader(listed, victims, version, env.SITE_URL, now, licence);
    const jsonScratch = join(scratch, 'export.json');
    const json = createWriteStream(jsonScratch, 'utf8');
    for await (const chunk of memorialJsonChunks(header, listed, oneByOne(readVictimLines(victimsPath, batchSize)))) await write(json, chunk);
    await close(json);
    const csvScratch = join(scratch, 'export.csv');
    const csv = createWriteStream(csvScratch, 'utf8');
    const writer = memorialCsvWriter({ ...header, sources: listed.sources, releases: listed.releases });
    await write(csv, writer.header() + writer.events(listed.events) + writer.figures(listed.figures));
    for await (const batch of readVictimLines(victimsPath, batchSize)) await write(csv, writer.victims(batch));
    await close(csv);
    const files = { json: join(folder, exportFileName(version, 'json')), csv: join(folder, exportFileName(version, 'csv')) };
    await rename(jsonScratch, files.json);
    await rename(csvScratch, files.csv);
    await removeOldVersions(folder, new Set([exportFileName(version, 'json').replace(/\.json$/, '')]));
    return { version, generatedAt: header.generatedAt, ...files };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** One generation at a time per process: concurrent first requests share it. */
let writing: Promise<MemorialExportFiles> | null = null;
function writeOnce(): Promise<MemorialExportFiles> {
  writing ??= writeMemorialExportFiles().finally(() => {
    writing = null;
  });
  return writing;
}

/**
 * Which files are the current export: a small answer in Next's data cache, tagged with every content
 * tag, so a save expires it like any page; when it is stale Next answers with it and writes new files
 * in the background, and while the database is down it keeps answering with it — the files it names
 * are still on disk, which is what serves the export during an outage.
 */
const currentMemorialExportFiles = cachedQuery('memorialExportFiles', writeOnce, () => EXPORT_TAGS);

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The answer of /export/memorial.<format>: the file streamed from disk, with today's headers and the
 * cache policy and tags of every public answer (the route is not cached by Next: its body would be
 * held whole in memory and in the cache).
 */
export async function memorialExportResponse(format: ExportFormat): Promise<Response> {
  let files = await currentMemorialExportFiles();
  // Another instance wrote the files named in the shared cache, or they were removed: write this one's.
  if (!(await exists(files[format]))) files = await writeOnce();
  const { size } = await stat(files[format]);
  const body = Readable.toWeb(createReadStream(files[format])) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      ...publicCacheHeaders(EXPORT_TAGS),
      // header=present: the first record names the columns (RFC 4180, section 3).
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFileName(files.version, format)}"`,
      'Content-Length': String(size),
    },
  });
}
