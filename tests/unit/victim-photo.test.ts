import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, parsePhotoForm, photoBytesProblem, sniffImageType, uploadedBytes } from '@/lib/victims/photos/photo';
import { textBytes, tinyJpeg, tinyPng, tinyWebp } from '@/tests/helpers/image-fixtures';

describe('sniffImageType', () => {
  it('recognises JPEG, PNG and WebP by their contents', () => {
    expect(sniffImageType(tinyJpeg())).toBe('image/jpeg');
    expect(sniffImageType(tinyPng())).toBe('image/png');
    expect(sniffImageType(tinyWebp())).toBe('image/webp');
  });

  it('refuses text, markup and other formats, whatever they are called', () => {
    for (const content of ['hello, this is a text file named photo.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', '<!doctype html><html>', 'GIF89a\x01\x00\x01\x00', '']) {
      expect(sniffImageType(textBytes(content))).toBeNull();
    }
  });

  it('refuses a file that starts like an image but is not one', () => {
    const pngSignatureThenText = new Uint8Array([...tinyPng().subarray(0, 8), ...textBytes('not really a PNG, just a signature and words')]);
    expect(sniffImageType(pngSignatureThenText)).toBeNull();
    expect(sniffImageType(tinyPng().subarray(0, 20))).toBeNull(); // truncated inside IHDR
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull(); // no marker after SOI
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x41]))).toBeNull();
    const riffWave = tinyWebp();
    riffWave.set(textBytes('WAVE'), 8);
    expect(sniffImageType(riffWave)).toBeNull();
    const truncatedWebp = tinyWebp().subarray(0, 20); // RIFF length promises more than the file holds
    expect(sniffImageType(truncatedWebp)).toBeNull();
    const zeroWidthPng = tinyPng();
    zeroWidthPng.set([0, 0, 0, 0], 16);
    expect(sniffImageType(zeroWidthPng)).toBeNull();
  });
});

describe('photoBytesProblem', () => {
  it('accepts an image up to 5 MB and refuses one over it, naming the sizes', () => {
    const atLimit = new Uint8Array(MAX_PHOTO_BYTES);
    atLimit.set(tinyJpeg());
    expect(photoBytesProblem(atLimit)).toBeNull();
    const overLimit = new Uint8Array(MAX_PHOTO_BYTES + 1);
    overLimit.set(tinyJpeg());
    expect(photoBytesProblem(overLimit)).toBe('The file is 5.0 MB; photographs may be at most 5.0 MB. Make it smaller and choose it again.');
  });

  it('refuses an empty file and a fake image with plain sentences', () => {
    expect(photoBytesProblem(new Uint8Array())).toBe('The chosen file is empty. Choose the photograph again.');
    expect(photoBytesProblem(textBytes('PNG? no.'))).toContain('not a JPEG, PNG or WebP image');
  });
});

describe('parsePhotoForm', () => {
  const words = { altText: ' A portrait ', credit: 'Family archive', contentWarning: 'on' };

  it('returns the checked image, its sniffed type and the trimmed words', () => {
    const result = parsePhotoForm(words, tinyPng(), { photoExists: false });
    expect(result).toEqual({
      success: true,
      data: { image: { bytes: tinyPng(), contentType: 'image/png' }, altText: 'A portrait', credit: 'Family archive', contentWarning: true },
    });
  });

  it('reads an unticked content warning as false', () => {
    const result = parsePhotoForm({ altText: 'A', credit: 'B' }, tinyJpeg(), { photoExists: false });
    expect(result.success && result.data.contentWarning).toBe(false);
  });

  it('returns every error at once: a missing file, no alt text, an overlong credit', () => {
    const result = parsePhotoForm({ altText: '   ', credit: 'x'.repeat(301) }, null, { photoExists: false });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.fieldErrors).toEqual({
      photo: ['Choose the photograph to upload: a JPEG, PNG or WebP file of at most 5 MB.'],
      altText: ['The description of the photograph for people who cannot see it is required.'],
      credit: ['The credit must be at most 300 characters.'],
    });
  });

  it('lets the words be corrected without a new file when a photograph is stored', () => {
    const result = parsePhotoForm(words, null, { photoExists: true });
    expect(result.success && result.data.image).toBeNull();
  });

  it('refuses a text file posing as a PNG even when everything else is right', () => {
    const result = parsePhotoForm(words, textBytes('I am a .png, honestly'), { photoExists: true });
    expect(result.success ? null : Object.keys(result.fieldErrors)).toEqual(['photo']);
  });
});

describe('uploadedBytes', () => {
  it('reads a chosen file and treats the empty part of an unchosen file box as no file', async () => {
    expect(await uploadedBytes(new File([Buffer.from(tinyPng())], 'photo.png', { type: 'image/png' }))).toEqual(tinyPng());
    expect(await uploadedBytes(new File([], '', { type: 'application/octet-stream' }))).toBeNull();
    expect(await uploadedBytes('a string')).toBeNull();
    expect(await uploadedBytes(null)).toBeNull();
  });

  it('keeps an empty file that was chosen, so that it is refused as empty', async () => {
    expect(await uploadedBytes(new File([], 'empty.jpg'))).toEqual(new Uint8Array());
  });
});
