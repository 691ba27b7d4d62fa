import { deflateSync } from 'node:zlib';

// Real, decodable 1×1 images (checked once with an image decoder), so that tests of the photo upload
// use genuine files without fixture files on disk.

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A 1×1 grey PNG: signature, IHDR, IDAT, IEND, each chunk with its CRC. */
export function tinyPng(): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, adaptive filtering, no interlace
  const pixels = deflateSync(Buffer.from([0, 0x80])); // filter type 0, one grey pixel
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', new Uint8Array())]));
}

/** A 1×1 grey baseline JPEG (FF D8 FF DB …, no JFIF segment), 265 bytes. */
export function tinyJpeg(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(
    Buffer.from(
      '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAA/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AAA//2Q==',
      'base64',
    ),
  );
}

/** A 1×1 lossless WebP: "RIFF", length 26, "WEBP", a 13-byte VP8L chunk. */
export function tinyWebp(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64'));
}

/** UTF-8 bytes of some text: what a "photo.png" that is really a text file contains. */
export function textBytes(value: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(value, 'utf8'));
}

/** A phone-like JPEG: 8×4 pixels with EXIF naming the camera ("PhoneMaker") and a GPS position. */
export async function jpegWithExif(): Promise<Uint8Array<ArrayBuffer>> {
  const sharp = (await import('sharp')).default;
  return new Uint8Array(
    await sharp({ create: { width: 8, height: 4, channels: 3, background: { r: 120, g: 60, b: 30 } } })
      .jpeg()
      .withExifMerge({
        IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 22/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '49/1 50/1 0/1' },
      })
      .toBuffer(),
  );
}

/** A minimal one-page PDF 1.4 (header, catalogue, pages, page, trailer): what a scanned document starts as. */
export function tinyPdf(): Uint8Array<ArrayBuffer> {
  const text = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
