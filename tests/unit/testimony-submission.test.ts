import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_TESTIMONY_FILE_BYTES, testimonyFileType } from '@/lib/testimonies/files';
import { readTestimonySubmission, typedValues } from '@/lib/testimonies/submission';
import { jpegWithExif, textBytes, tinyJpeg, tinyPdf, tinyPng, tinyWebp } from '@/tests/helpers/image-fixtures';

const CONSENTED = { kind: 'ADDITION', victim: 'ulvi-bunyadzade', relation: 'His sister', consentShare: 'on' };

function fields(values: Record<string, string>): URLSearchParams {
  return new URLSearchParams(values);
}

function file(bytes: Uint8Array, name: string): File {
  return new File([new Uint8Array(bytes)], name);
}

describe('testimonyFileType', () => {
  it('knows photographs and PDF documents by their content, whatever their name', () => {
    expect(testimonyFileType(tinyJpeg())).toEqual({ contentType: 'image/jpeg', kind: 'PHOTOGRAPH' });
    expect(testimonyFileType(tinyPng())).toEqual({ contentType: 'image/png', kind: 'PHOTOGRAPH' });
    expect(testimonyFileType(tinyWebp())).toEqual({ contentType: 'image/webp', kind: 'PHOTOGRAPH' });
    expect(testimonyFileType(tinyPdf())).toEqual({ contentType: 'application/pdf', kind: 'DOCUMENT' });
  });

  it('refuses anything else: text, HTML, an SVG, a truncated PDF header', () => {
    expect(testimonyFileType(textBytes('hello'))).toBeNull();
    expect(testimonyFileType(textBytes('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(testimonyFileType(textBytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(testimonyFileType(textBytes('%PDF'))).toBeNull();
    expect(testimonyFileType(textBytes('%PDF-x.4 not a pdf'))).toBeNull();
  });
});

describe('readTestimonySubmission', () => {
  it('reads a correction with a photograph and a document: the photograph re-encoded without EXIF, each with its sha256', async () => {
    const photo = await jpegWithExif();
    expect(Buffer.from(photo).includes('PhoneMaker')).toBe(true);
    const reading = await readTestimonySubmission(
      'en',
      fields({ ...CONSENTED, deathPlace: 'Baku, Tbilisi avenue', birthDate: '1969-05', otherNames: 'Ulvi\n\n Ülvi Bünyadov ', file1RightsHolder: 'Our family', file1MayPublish: 'on', consentPhotographs: 'on', contactEmail: 'sister@example.org', consentContact: 'on' }),
      new Map([
        ['file1', file(photo, 'photo.jpg')],
        ['file2', file(tinyPdf(), 'certificate.pdf')],
      ]),
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const { submission } = reading;
    expect(submission.proposal).toEqual({ deathPlace: 'Baku, Tbilisi avenue', birthDate: '1969-05', otherNames: ['Ulvi', 'Ülvi Bünyadov'] });
    expect(submission.victimSlug).toBe('ulvi-bunyadzade');
    expect(submission.contactEmail).toBe('sister@example.org');
    const [stored, document] = submission.files;
    expect(stored).toMatchObject({ position: 1, kind: 'PHOTOGRAPH', contentType: 'image/jpeg', rightsHolder: 'Our family', mayPublish: true });
    expect(Buffer.from(stored!.data).includes('PhoneMaker')).toBe(false);
    expect((await sharp(stored!.data).metadata()).exif).toBeUndefined();
    expect(stored!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document).toMatchObject({ position: 2, kind: 'DOCUMENT', contentType: 'application/pdf', mayPublish: false, rightsHolder: null });
    expect(Buffer.from(document!.data).equals(Buffer.from(tinyPdf()))).toBe(true);
  });

  it('names every problem at once, field by field, and gives back the text typed', async () => {
    const reading = await readTestimonySubmission(
      'en',
      fields({ kind: 'ADDITION', birthDate: '14 May 1969', nameLatin: 'x'.repeat(201), contactEmail: 'not an address', file1MayPublish: 'on' }),
      new Map([
        ['file1', file(tinyJpeg(), 'photo.jpg')],
        ['file2', file(textBytes('<script>'), 'scan.pdf')],
      ]),
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems).toEqual({
      victim: ['victim-missing'],
      birthDate: ['date-format'],
      nameLatin: ['too-long'],
      relation: ['relation-missing'],
      contactEmail: ['email-invalid'],
      consentShare: ['consent-share-required'],
      consentContact: ['consent-contact-required'],
      consentPhotographs: ['consent-photographs-required'],
      file1RightsHolder: ['rights-holder-missing'],
      file2: ['file-type'],
    });
    expect(reading.values).toMatchObject({ kind: 'ADDITION', birthDate: '14 May 1969', contactEmail: 'not an address', file1MayPublish: 'on' });
    expect(reading.fileNames).toEqual(['photo.jpg', 'scan.pdf']);
  });

  it('asks for the photographs consent when a publishable photograph is sent, and a withhold target and reason for a withholding', async () => {
    const photo = await readTestimonySubmission('en', fields({ ...CONSENTED, file1RightsHolder: 'Me', file1MayPublish: 'on' }), new Map([['file1', file(tinyPng(), 'a.png')]]));
    expect(photo.ok ? null : photo.problems).toEqual({ consentPhotographs: ['consent-photographs-required'] });
    const withhold = await readTestimonySubmission('en', fields({ ...CONSENTED, kind: 'WITHHOLD' }), new Map());
    expect(withhold.ok ? null : withhold.problems).toEqual({ withholdTarget: ['withhold-target-missing'], withholdReason: ['withhold-reason-missing'] });
    const named = await readTestimonySubmission('en', fields({ ...CONSENTED, kind: 'WITHHOLD', withholdTarget: 'photo', withholdReason: 'The family asks.' }), new Map());
    expect(named.ok && named.submission).toMatchObject({ kind: 'WITHHOLD', withholdTarget: 'photo', proposal: {} });
  });

  it('refuses a testimony that states nothing, a file too large, and an unknown withhold target', async () => {
    const empty = await readTestimonySubmission('en', fields(CONSENTED), new Map());
    expect(empty.ok ? null : empty.problems).toEqual({ form: ['nothing-stated'] });
    const large = await readTestimonySubmission('en', fields({ ...CONSENTED, home: 'Baku' }), new Map([['file3', file(new Uint8Array(MAX_TESTIMONY_FILE_BYTES + 1), 'big.jpg')]]));
    expect(large.ok ? null : large.problems).toEqual({ file3: ['file-too-large'] });
    const target = await readTestimonySubmission('en', fields({ ...CONSENTED, kind: 'WITHHOLD', withholdTarget: 'password', withholdReason: 'x' }), new Map());
    expect(target.ok ? null : target.problems).toEqual({ withholdTarget: ['withhold-target-missing'] });
  });

  it('keeps a new person free of any record, and a name published only when one is given', async () => {
    const reading = await readTestimonySubmission('en', fields({ ...CONSENTED, kind: 'NEW_PERSON', victim: 'ignored', nameLatin: 'A Name', publishName: 'on' }), new Map());
    expect(reading.ok && reading.submission).toMatchObject({ kind: 'NEW_PERSON', victimSlug: null, publishName: false, testifierName: null });
  });
});

describe('typedValues', () => {
  it('keeps only the form’s text fields, never anything else posted', () => {
    expect(typedValues(fields({ nameLatin: 'Ülvi', formStarted: '1.x', website: 'spam', token: 'secret' }))).toEqual({ nameLatin: 'Ülvi' });
  });
});
