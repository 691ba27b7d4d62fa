/**
 * The framework's own ceiling for scripts/bench-load.ts: a bare Next app (one layout, static pages of
 * paragraphs, nothing else: no proxy.ts, no instrumentation, no cache handler) built with this project's
 * Next and React, whose pages are as large as the memorial's pages they stand beside.
 *
 * It is built in a folder of its own outside the project (a build inside would take the project's
 * instrumentation and proxy.ts as its own), with a link to the project's node_modules. Turbopack will
 * not compile files outside its root, which that link is, so the bare app is built with webpack; the
 * server that answers (`next start`) is the same either way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NEXT_BIN, startNextApp, type Managed } from '../../tests/helpers/topology';
import { PROJECT_ROOT } from './paths';


export type BarePage = {
  /** The page's address in the bare app: `/<name>`. */
  name: string;
  /** The memorial page's text, repeated as paragraphs until the bare page is as large. */
  text: string;
  /** The size of the memorial page's HTML, uncompressed, in bytes. */
  bytes: number;
};

/** The visible text of a page's HTML: no scripts, styles or tags, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Paragraphs of about 400 characters cut from `text`, repeated until they hold `length` characters. */
export function paragraphsOf(text: string, length: number): string[] {
  const source = text.length > 0 ? text : 'In memory of the victims of 20 January 1990.';
  const paragraphs: string[] = [];
  let total = 0;
  for (let offset = 0; total < length; offset = (offset + 400) % source.length) {
    const paragraph = source.slice(offset, offset + Math.min(400, length - total)) || source.slice(0, 400);
    paragraphs.push(paragraph);
    total += paragraph.length;
  }
  return paragraphs;
}

function writeApp(dir: string, pages: { name: string; paragraphs: string[] }[]): void {
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-next', private: true }));
  writeFileSync(path.join(dir, 'next.config.mjs'), 'export default {};\n');
  writeFileSync(
    path.join(dir, 'app', 'layout.jsx'),
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  );
  for (const page of pages) {
    mkdirSync(path.join(dir, 'app', page.name), { recursive: true });
    writeFileSync(
      path.join(dir, 'app', page.name, 'page.jsx'),
      `const PARAGRAPHS = ${JSON.stringify(page.paragraphs)};\n` +
        'export default function Page() {\n  return <main>{PARAGRAPHS.map((text, index) => <p key={index}>{text}</p>)}</main>;\n}\n',
    );
  }
}

function build(dir: string): void {
  const result = spawnSync(NEXT_BIN, ['build', '--webpack'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`The bare Next app did not build:\n${result.stdout.slice(-2000)}${result.stderr.slice(-2000)}`);
}

function prerenderedSize(dir: string, name: string): number {
  return statSync(path.join(dir, '.next', 'server', 'app', `${name}.html`)).size;
}

/**
 * Builds the bare app in `dir` (which must not exist yet, or be empty) with one page per entry, each
 * within 5 % of its memorial page's size: a build, then (at most twice) another with the text scaled
 * by what Next added beyond it. Returns each page's size.
 */
export function buildBareNext(dir: string, pages: BarePage[]): { name: string; bytes: number }[] {
  mkdirSync(dir, { recursive: true });
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  // The document carries each paragraph twice (as HTML and in the RSC payload), so start from half.
  let lengths = pages.map((page) => Math.max(400, Math.floor(page.bytes / 2)));
  for (let attempt = 0; ; attempt += 1) {
    writeApp(dir, pages.map((page, index) => ({ name: page.name, paragraphs: paragraphsOf(page.text, lengths[index]!) })));
    build(dir);
    const sizes = pages.map((page) => prerenderedSize(dir, page.name));
    const close = pages.every((page, index) => Math.abs(sizes[index]! - page.bytes) / page.bytes < 0.05);
    if (close || attempt === 2) return pages.map((page, index) => ({ name: page.name, bytes: sizes[index]! }));
    // Scale the text by what the build added beyond it.
    lengths = pages.map((page, index) => Math.max(400, Math.floor(lengths[index]! + (page.bytes - sizes[index]!) / 2)));
  }
}

/** `next start` of the bare app on a loopback port, ready once its first page answers. */
export function startBareNext(dir: string, port: number, firstPage: string): Promise<Managed> {
  return startNextApp(port, { cwd: dir, readyPath: `/${firstPage}`, env: { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' } });
}

/** The memorial page's HTML as a browser that does not ask for gzip gets it. */
export async function pageForBare(url: string, name: string): Promise<BarePage> {
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const html = await response.text();
  return { name, text: visibleText(html), bytes: Buffer.byteLength(html) };
}

/** The version of Next both apps run, for the benchmark's report. */
export function nextVersion(): string {
  return (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
}
