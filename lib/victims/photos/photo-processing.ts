import 'server-only';
import sharp from 'sharp';
import { MutationRefusedError } from '@/lib/records/errors';
import type { PhotoImage } from '@/lib/victims/photos/photo';

/**
 * Re-encodes an uploaded photograph with sharp (libvips), in its own format, so that nothing but the
 * pixels is kept: no EXIF (a phone's GPS position, the camera's serial number, the date), no XMP or
 * IPTC, no comments, nothing hidden after the image data. The orientation a camera records in EXIF is
 * applied to the pixels first, so the picture still stands the right way up. The colour profile is
 * converted to sRGB, which every browser shows alike.
 */

/** 40 megapixels: larger images are refused before being decoded, so a small file cannot claim a huge canvas. */
const MAX_INPUT_PIXELS = 40_000_000;

export async function stripPhotoMetadata(image: PhotoImage): Promise<PhotoImage> {
  try {
    let pipeline = sharp(image.bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
    if (image.contentType === 'image/jpeg') pipeline = pipeline.jpeg({ quality: 90, mozjpeg: true });
    else if (image.contentType === 'image/png') pipeline = pipeline.png({ compressionLevel: 9 });
    else pipeline = pipeline.webp({ quality: 90 });
    const output = await pipeline.toBuffer();
    return { bytes: new Uint8Array(output.buffer.slice(output.byteOffset, output.byteOffset + output.byteLength)) as Uint8Array<ArrayBuffer>, contentType: image.contentType };
  } catch {
    throw new MutationRefusedError('The photograph could not be read as an image (it may be damaged or too large). Nothing was saved.', {
      photo: ['The image could not be read. Save it again from an image program, at most 40 megapixels, and choose it again.'],
    });
  }
}
