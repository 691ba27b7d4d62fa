import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import manifest from '@/app/manifest';
import { SITE_COLOURS } from '@/lib/site-colours';

const APP = path.join(import.meta.dirname, '..', '..', 'app');

/** The `--color-*` values of the site's palette, as app/globals.css declares them. */
async function paletteOfStylesheet(): Promise<Record<string, string>> {
  const css = await readFile(path.join(APP, 'globals.css'), 'utf8');
  return Object.fromEntries([...css.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((match) => [match[1], match[2]!.toLowerCase()]));
}

describe('the icons and the web manifest', () => {
  it('use the palette of the stylesheet', async () => {
    const palette = await paletteOfStylesheet();
    expect(Object.entries(SITE_COLOURS).filter(([name, colour]) => palette[name] !== colour)).toEqual([]);
    const svg = await readFile(path.join(APP, 'icon.svg'), 'utf8');
    const colours = [...svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/gi)].map((match) => match[1]!.toLowerCase());
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.filter((colour) => !Object.values(palette).includes(colour))).toEqual([]);
  });

  it('names the memorial in the default language and opens at the root, which negotiates the language', () => {
    const answer = manifest();
    expect(answer).toMatchObject({ name: 'Qara Yanvar xatirə saytı', short_name: 'Qara Yanvar', lang: 'az', start_url: '/' });
    expect(answer.theme_color).toBe(SITE_COLOURS.mourning);
    expect(answer.background_color).toBe(SITE_COLOURS.paper);
  });

  it('lists icons that exist, in the type and size it states', async () => {
    for (const icon of manifest().icons ?? []) {
      const file = await readFile(path.join(APP, icon.src.replace(/^\//, '')));
      if (icon.type === 'image/svg+xml') {
        expect(file.toString('utf8')).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);
        expect(icon.sizes).toBe('any');
      } else {
        const { format, width, height } = await sharp(file).metadata();
        expect([`image/${format}`, `${width}x${height}`]).toEqual([icon.type, icon.sizes]);
      }
    }
  });

  it('has a favicon.ico for clients that ask for it without reading the head: one 32 × 32 PNG', async () => {
    const ico = await readFile(path.join(APP, 'favicon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4), ico.readUInt8(6), ico.readUInt8(7)]).toEqual([1, 1, 32, 32]);
    const png = ico.subarray(ico.readUInt32LE(18));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 32, height: 32 });
  });
});
