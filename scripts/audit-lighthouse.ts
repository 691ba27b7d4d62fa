/**
 * npm run audit:lighthouse — Lighthouse on mobile for one page of every kind in every language (not
 * part of npm test).
 *
 * Needs a production build already running (`npm run build && npm start`, seeded): the base address is
 * LIGHTHOUSE_BASE_URL (default http://localhost:3100). Runs Lighthouse 12 (13 needs Node 22) with its
 * default mobile form factor and simulated throttling in Chromium (CHROME_PATH, default Debian's
 * /usr/bin/chromium), LIGHTHOUSE_RUNS times per page (default 3), and prints the median of each
 * category and of the layout shift. Exits non-zero when a page is below the targets: performance 98,
 * accessibility, best practices and SEO 100.
 *
 * Arguments narrow the pages: `npm run audit:lighthouse -- /en/ figures` audits only the paths that
 * contain one of them.
 *
 * First it audits the framework's own ceiling on this machine, as bench:load measures the origin's: a
 * bare Next app built with this project's Next and React (scripts/lib/bare-next.ts), one static page of
 * paragraphs as large as the memorial's English home page, nothing else. Every page, the memorial's
 * and the bare one, is printed with its median first paint, largest paint and blocking time, so a
 * score below the target shows whether the time goes to the memorial's own work or to the framework's.
 * LIGHTHOUSE_BARE_PORT (default 3190) is the bare app's port.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildBareNext, nextVersion, pageForBare, startBareNext } from './lib/bare-next';

const BASE_URL = (process.env.LIGHTHOUSE_BASE_URL ?? 'http://localhost:3100').replace(/\/+$/, '');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE = path.join(import.meta.dirname, '..', 'node_modules', '.bin', 'lighthouse');
const LOCALES = ['az', 'en', 'ru'] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

/** Chromium as ENVIRONMENT.md says it runs on these machines, headless. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The address of the first record a list page links to (`/en/releases` → `/en/releases/some-slug`). */
async function firstRecordOf(listPath: string): Promise<string> {
  const response = await fetch(`${BASE_URL}${listPath}`);
  if (!response.ok) throw new Error(`${listPath} answered ${response.status}: is the seeded production build running at ${BASE_URL}?`);
  const html = await response.text();
  const match = new RegExp(`href="(${listPath}/[^"?#/]+)"`).exec(html);
  if (!match) throw new Error(`${listPath} links to no record.`);
  return match[1]!;
}

/** One page of every kind in one language; records are taken from their lists, whatever their slugs. */
async function pagesOf(locale: (typeof LOCALES)[number]): Promise<string[]> {
  const fixed = ['', '/about', '/timeline', '/victims', '/releases', '/figures', '/anniversaries'].map((page) => `/${locale}${page}`);
  const records = await Promise.all(['victims', 'releases', 'anniversaries', 'issuers'].map((list) => firstRecordOf(`/${locale}/${list}`)));
  return [...fixed, ...records];
}

/** The timings printed beside the scores (milliseconds), from Lighthouse's audits of the same name. */
const TIMINGS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time' } as const;
type Timing = keyof typeof TIMINGS;

type Run = Record<Category, number> & Record<Timing, number> & { cls: number };

/** One Lighthouse run, asynchronous so that a Ctrl-C is handled while it runs (the bare server's cleanup). */
async function audit(url: string): Promise<Run> {
  const result = await promisify(execFile)(
    LIGHTHOUSE,
    [url, '--quiet', '--output=json', '--output-path=stdout', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS.join(' ')}`],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH }, maxBuffer: 256 * 1024 * 1024 },
  ).catch((error: { stderr?: string }) => {
    throw new Error(`Lighthouse failed on ${url}: ${(error.stderr ?? String(error)).slice(-2000)}`);
  });
  const report = JSON.parse(result.stdout) as { categories: Record<Category, { score: number | null }>; audits: Record<string, { numericValue?: number }> };
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((report.categories[category].score ?? 0) * 100)])) as Record<Category, number>;
  const timings = Object.fromEntries(Object.entries(TIMINGS).map(([timing, id]) => [timing, report.audits[id]?.numericValue ?? NaN])) as Record<Timing, number>;
  return { ...scores, ...timings, cls: report.audits['cumulative-layout-shift']?.numericValue ?? NaN };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

type Medians = Record<Category, number> & Record<Timing, number> & { cls: number };

async function auditMedians(url: string): Promise<Medians> {
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await audit(url));
  const keys = [...CATEGORIES, ...(Object.keys(TIMINGS) as Timing[]), 'cls'] as const;
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as Medians;
}

const COLUMNS = ['page'.padEnd(48), 'perf', 'a11y', 'best', 'seo', '  CLS', '  FCP', '  LCP', '  TBT'].join('  ');

/** One printed line; `only` limits the scores shown (the bare page has no title, language or links to score). */
function row(page: string, medians: Medians, remark = '', only: readonly Category[] = CATEGORIES): string {
  const scores = CATEGORIES.map((category) => (only.includes(category) ? String(medians[category]) : '–').padStart(4));
  const timings = (Object.keys(TIMINGS) as Timing[]).map((timing) => `${Math.round(medians[timing])}`.padStart(5));
  return [page.padEnd(48), ...scores, medians.cls.toFixed(3).padStart(5), ...timings, remark].join('  ');
}

/** The framework's ceiling: the bare app's page, audited as the memorial's pages are. */
async function auditBareNext(): Promise<Medians> {
  const work = mkdtempSync(path.join(tmpdir(), 'memorial-lighthouse-'));
  try {
    const page = await pageForBare(`${BASE_URL}/en`, 'en');
    const [built] = buildBareNext(path.join(work, 'bare'), [page]);
    const bare = await startBareNext(path.join(work, 'bare'), Number(process.env.LIGHTHOUSE_BARE_PORT ?? 3190), page.name);
    // The bare server runs in a process group of its own, which a Ctrl-C in the terminal does not reach.
    const interrupted = () => void bare.stop().finally(() => {
      rmSync(work, { recursive: true, force: true });
      process.exit(130);
    });
    process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
    try {
      const medians = await auditMedians(`${bare.url}/${page.name}`);
      console.log(row(`bare Next ${nextVersion()} page, ${Math.round(built!.bytes / 1024)} kB`, medians, '  (the framework alone)', ['performance']));
      return medians;
    } finally {
      await bare.stop();
      process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const filters = process.argv.slice(2);
  const all = (await Promise.all(LOCALES.map(pagesOf))).flat();
  const pages = filters.length ? all.filter((page) => filters.some((filter) => page.includes(filter))) : all;
  console.log(`Lighthouse (mobile), median of ${RUNS} runs per page, against ${BASE_URL}; FCP, LCP and TBT in ms\n`);
  console.log(COLUMNS);
  const bare = await auditBareNext();
  const failures: string[] = [];
  for (const page of pages) {
    const medians = await auditMedians(`${BASE_URL}${page}`);
    const below = CATEGORIES.filter((category) => medians[category] < TARGETS[category]);
    console.log(row(page, medians, below.length ? `  below target: ${below.join(', ')}` : ''));
    if (below.length) failures.push(page);
  }
  console.log(`\nTargets: performance ≥ ${TARGETS.performance}, accessibility, best practices and SEO ${TARGETS.seo}.`);
  console.log(`The bare Next page scores ${bare.performance} for performance on this machine (blocking time ${Math.round(bare.tbt)} ms).`);
  if (failures.length) {
    console.error(`${failures.length} of ${pages.length} pages below target: ${failures.join(', ')}`);
    process.exit(1);
  }
  console.log(`All ${pages.length} pages meet the targets.`);
}

await main();
