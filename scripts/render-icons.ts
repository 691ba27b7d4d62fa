/**
 * Renders the committed raster icons from app/icon.svg, the one drawing of the mark:
 * app/apple-icon.png (180 × 180, on the paper colour: iOS masks the corners itself) and
 * app/favicon.ico (32 × 32, a PNG inside an ICO, for clients that ask for /favicon.ico without
 * reading the page's head). Run `npm run icons:render` after changing the SVG and commit the result.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { SITE_COLOURS } from '../lib/site-colours';

const APP = path.join(import.meta.dirname, '..', 'app');

async function renderPng(svg: Buffer, size: number): Promise<Buffer> {
  return sharp(svg, { density: 72 * Math.ceil(size / 64) * 2 }).resize(size, size).flatten({ background: SITE_COLOURS.paper }).ensureAlpha().png({ compressionLevel: 9 }).toBuffer();
}

/** An ICO file holding one PNG image (allowed since Windows Vista; every browser reads it). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size % 256, 6); // width (0 means 256)
  header.writeUInt8(size % 256, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(header.length, 18); // image offset
  return Buffer.concat([header, png]);
}

async function main() {
  const svg = await readFile(path.join(APP, 'icon.svg'));
  await writeFile(path.join(APP, 'apple-icon.png'), await renderPng(svg, 180));
  await writeFile(path.join(APP, 'favicon.ico'), icoFromPng(await renderPng(svg, 32), 32));
  console.log('Rendered app/apple-icon.png and app/favicon.ico from app/icon.svg.');
}

await main();
