import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Authorisation lives next to the data (STYLE.md rule 4): every admin page and every exported server
 * action checks the session itself, first — not only the proxy or the layout. This reads the source
 * of every admin page and action file, so a new one that forgets the check fails here.
 * (tests/e2e/curators/authorization.spec.ts proves the same against the running build.)
 */
const ROOT = path.join(process.cwd(), 'app', 'admin');

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = walk(ROOT);
const pages = files.filter((file) => file.endsWith('page.tsx'));
const actionFiles = files.filter((file) => /actions\.ts$/.test(file));
const GUARD = /await require(Curator|Admin)\(\)/;

describe('admin guards', () => {
  it('finds the admin pages and actions', () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(actionFiles.length).toBeGreaterThan(0);
  });

  it.each(pages.map((file) => [path.relative(process.cwd(), file), file]))('%s checks the session', (_name, file) => {
    expect(readFileSync(file, 'utf8')).toMatch(GUARD);
  });

  for (const file of actionFiles) {
    const source = readFileSync(file, 'utf8');
    const functions = [...source.matchAll(/export async function (\w+)\([^)]*\)[^{]*\{([\s\S]*?)\n\}/g)];
    it(`${path.relative(process.cwd(), file)} is a 'use server' module whose every action checks the session first`, () => {
      expect(source.trimStart().startsWith("'use server'")).toBe(true);
      expect(functions.length).toBeGreaterThan(0);
      for (const [, name, body] of functions) {
        // The outage wrapper (lib/admin/action-helpers.ts) only catches an unreachable database: the
        // session check is still the first thing the action does inside it.
        const statements = body!.trim().split('\n');
        const wrapped = /^return refusingWhenDatabaseUnreachable\(formData, async \(\) => \{$/.test(statements[0]!.trim());
        const firstStatement = (wrapped ? statements[1]! : statements[0]!).trim();
        expect(firstStatement, `${name} must start with requireCurator() or requireAdmin()`).toMatch(GUARD);
      }
    });
  }
});
