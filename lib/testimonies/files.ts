import { sniffImageType, type PhotoContentType } from '@/lib/victims/photos/photo';

// Pure and free of Node built-ins: the form imports the limits to state them.

/** How many files one testimony may carry, the largest each may be, and the cap of the whole post. */
export const TESTIMONY_FILE_SLOTS = 3;
export const MAX_TESTIMONY_FILE_BYTES = 8 * 1024 * 1024;
/** Three full files, the text fields at their longest and multipart's own framing. */
export const MAX_TESTIMONY_POST_BYTES = TESTIMONY_FILE_SLOTS * MAX_TESTIMONY_FILE_BYTES + 2 * 1024 * 1024;

export type TestimonyFileType = PhotoContentType | 'application/pdf';

/** "%PDF-" and a version digit: the header every PDF opens with (ISO 32000), whatever its name says. */
function isPdf(bytes: Uint8Array): boolean {
  const header = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return bytes.length >= 8 && header.every((byte, index) => bytes[index] === byte) && bytes[5]! >= 0x31 && bytes[5]! <= 0x32 && bytes[6] === 0x2e;
}

/**
 * What a testimony's file is, by its content alone (never its name or the browser's declared type):
 * a photograph (JPEG, PNG, WebP, as the victims' photos are checked) or a PDF document; null for anything else.
 */
export function testimonyFileType(bytes: Uint8Array): { contentType: TestimonyFileType; kind: 'PHOTOGRAPH' | 'DOCUMENT' } | null {
  const image = sniffImageType(bytes);
  if (image) return { contentType: image, kind: 'PHOTOGRAPH' };
  if (isPdf(bytes)) return { contentType: 'application/pdf', kind: 'DOCUMENT' };
  return null;
}
