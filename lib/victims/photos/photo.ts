import { z } from 'zod';
import { formField } from '@/lib/forms';

// Pure and free of Node built-ins: the upload form imports the limits to warn before sending.

/** The largest photograph accepted: 5 MB. The server-action body limit is set a little above it. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** File-name extension for each accepted type, for the Content-Disposition of a served photo. */
export const PHOTO_EXTENSIONS: Record<PhotoContentType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, expected: number[], offset = 0): boolean {
  return bytes.length >= offset + expected.length && expected.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return bytes.length < offset + length ? '' : String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function uint32BigEndian(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) >>> 0) + (bytes[offset + 1]! << 16) + (bytes[offset + 2]! << 8) + bytes[offset + 3]!;
}

function uint32LittleEndian(bytes: Uint8Array, offset: number): number {
  return bytes[offset]! + (bytes[offset + 1]! << 8) + (bytes[offset + 2]! << 16) + ((bytes[offset + 3]! << 24) >>> 0);
}

/**
 * The image type of some bytes, judged by their content alone — never by a file name or the type a
 * browser declares, which an uploader controls. Beyond the signature, the first structure of each
 * format must be there: a JPEG marker after SOI, a PNG's IHDR chunk with a non-zero size, a WebP's
 * RIFF length that fits the file and a VP8/VP8L/VP8X chunk. Anything else (an SVG, HTML, a text file
 * named .png, a truncated header) is null. The stored content type is this answer, so what is served
 * is what was checked.
 */
export function sniffImageType(bytes: Uint8Array): PhotoContentType | null {
  // JPEG: SOI (FF D8) and the FF of the next marker, whose code is C0–FE.
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) && bytes.length >= 4 && bytes[3]! >= 0xc0 && bytes[3]! <= 0xfe) return 'image/jpeg';
  // PNG: the 8-byte signature, then the 13-byte IHDR chunk with a width and height above zero.
  if (startsWith(bytes, PNG_SIGNATURE)) {
    const valid = bytes.length >= 33 && uint32BigEndian(bytes, 8) === 13 && ascii(bytes, 12, 4) === 'IHDR' && uint32BigEndian(bytes, 16) > 0 && uint32BigEndian(bytes, 20) > 0;
    return valid ? 'image/png' : null;
  }
  // WebP: "RIFF", the length of what follows, "WEBP", then the first chunk's four-character code.
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    const riffLength = uint32LittleEndian(bytes, 4);
    const valid = riffLength >= 12 && riffLength + 8 <= bytes.length && ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(bytes, 12, 4));
    return valid ? 'image/webp' : null;
  }
  return null;
}

/** "4.2 MB", for messages about size. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The sentence for a file over the limit; shared by the form's early check and the server's. */
export function photoTooLargeMessage(bytes: number): string {
  return `The file is ${formatMegabytes(bytes)}; photographs may be at most ${formatMegabytes(MAX_PHOTO_BYTES)}. Make it smaller and choose it again.`;
}

/**
 * Why some uploaded bytes cannot be stored as a photograph, or null when they can. Size first, so an
 * oversized file is named as such whatever it contains.
 */
export function photoBytesProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'The chosen file is empty. Choose the photograph again.';
  if (bytes.length > MAX_PHOTO_BYTES) return photoTooLargeMessage(bytes.length);
  if (!sniffImageType(bytes)) {
    return 'The file is not a JPEG, PNG or WebP image (its contents were checked, not its name). Save the photograph in one of these formats and choose it again.';
  }
  return null;
}

/** The words that go with a photograph: both required, because an image without them may not be shown. */
export const photoDetailsSchema = z.object({
  altText: formField.requiredText(300, 'The description of the photograph for people who cannot see it'),
  credit: formField.requiredText(300, 'The credit'),
  // An unticked box sends nothing; `.optional()` (not a union with undefined) makes the key optional.
  contentWarning: z.literal('on', { error: 'The content warning box sent an unexpected value.' }).optional().transform((value) => value === 'on'),
});

export type PhotoImage = { bytes: Uint8Array<ArrayBuffer>; contentType: PhotoContentType };

export type PhotoInput = {
  /** The new image, or null to keep the one stored (only when a photograph exists). */
  image: PhotoImage | null;
  altText: string;
  credit: string;
  contentWarning: boolean;
};

/**
 * Parses the photograph form: the uploaded bytes (null when no file was chosen) and its words, with
 * every error at once. A file is required when the victim has no photograph yet; with one, the words
 * may be corrected without choosing the file again.
 */
export function parsePhotoForm(
  object: Record<string, unknown>,
  bytes: Uint8Array<ArrayBuffer> | null,
  options: { photoExists: boolean },
): { success: true; data: PhotoInput } | { success: false; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const details = photoDetailsSchema.safeParse(object);
  if (!details.success) {
    for (const issue of details.error.issues) {
      const key = issue.path.length > 0 ? String(issue.path[0]) : '_form';
      fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
    }
  }
  let image: PhotoImage | null = null;
  if (bytes === null) {
    if (!options.photoExists) fieldErrors.photo = ['Choose the photograph to upload: a JPEG, PNG or WebP file of at most 5 MB.'];
  } else {
    const problem = photoBytesProblem(bytes);
    if (problem) fieldErrors.photo = [problem];
    else image = { bytes, contentType: sniffImageType(bytes)! };
  }
  if (!details.success || Object.keys(fieldErrors).length > 0) return { success: false, fieldErrors };
  return { success: true, data: { image, ...details.data } };
}

/**
 * The bytes of an uploaded file field, or null when no file was chosen (a browser then sends an
 * empty, unnamed part). Anything that is not a file counts as no file.
 */
export async function uploadedBytes(value: unknown): Promise<Uint8Array<ArrayBuffer> | null> {
  if (typeof value !== 'object' || value === null || !('arrayBuffer' in value) || !('size' in value)) return null;
  const file = value as Blob & { name?: string };
  if (file.size === 0 && !file.name) return null;
  return new Uint8Array(await file.arrayBuffer());
}
