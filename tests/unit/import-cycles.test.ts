import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layers stay one-way: lib never imports app, components never touch the database, and no
 * module reaches itself again through its imports (a circle hides which one is the foundation, and
 * makes the first import order decide what is still undefined). Type imports count too.
 */

const ROOT = process.cwd();
const FOLDERS = ['app', 'components', 'lib'];
const EXTENSIONS = ['.ts', '.tsx'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return name === 'generated' ? [] : sourceFiles(file);
    return EXTENSIONS.includes(path.extname(name)) ? [file] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension), ...EXTENSIONS.map((extension) => path.join(base, `index${extension}`))]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));
const imports = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] ?? match[2]!);
    return [file, [...new Set(specifiers.map((specifier) => resolve(file, specifier)).filter((target): target is string => target !== null))]];
  }),
);

/** Every circle of imports, each once, as the files along it. */
function findCycles(): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of imports.get(file) ?? []) {
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map((entry) => path.relative(ROOT, entry)));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('the import graph', () => {
  it('reads the source files', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.get(path.join(ROOT, 'lib/records/define.ts'))).toContain(path.join(ROOT, 'lib/records/change.ts'));
  });

  it('has no circle: no module imports one that imports it back, directly or through others', () => {
    expect(findCycles()).toEqual([]);
  });

  it('keeps lib and components out of app, and the database out of components', () => {
    const wrong = [...imports].flatMap(([file, targets]) => {
      const from = path.relative(ROOT, file);
      return targets
        .map((target) => path.relative(ROOT, target))
        .filter((to) => ((from.startsWith('lib/') || from.startsWith('components/')) && to.startsWith('app/')) || (from.startsWith('components/') && to === 'lib/db.ts'))
        .map((to) => `${from} → ${to}`);
    });
    expect(wrong).toEqual([]);
  });
});
