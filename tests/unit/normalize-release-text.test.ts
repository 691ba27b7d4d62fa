import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyEditorialRepairs,
  collapseWhitespace,
  normalizeReleaseText,
  releaseBodyFromFile,
  releaseWords,
} from '@/prisma/seed-data/normalize';

const RELEASES_DIRECTORY = path.join(process.cwd(), 'prisma/seed-data/releases');
const releaseFiles = readdirSync(RELEASES_DIRECTORY).filter((name) => name.endsWith('.txt'));

describe('normalizeReleaseText', () => {
  it('unifies Windows and old Mac line endings', () => {
    expect(normalizeReleaseText('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree');
  });

  it('trims trailing spaces and tabs on every line', () => {
    expect(normalizeReleaseText('The Permanent Mission  \nto the United Nations\t\nend')).toBe(
      'The Permanent Mission\nto the United Nations\nend',
    );
  });

  it('collapses runs of spaces, tabs and no-break spaces inside a line to one space', () => {
    expect(normalizeReleaseText('history\u00a0 \u00a0 of \u00a0 Azerbaijani\tpeople')).toBe('history of Azerbaijani people');
  });

  it('collapses three or more line breaks to one blank line, keeping single and double breaks', () => {
    expect(normalizeReleaseText('a\n\n\n\nb\n\nc\nd')).toBe('a\n\nb\n\nc\nd');
  });

  it('treats a line of only spaces as blank', () => {
    expect(normalizeReleaseText('heading\n\n \n*address*')).toBe('heading\n\n*address*');
  });

  it('trims leading and trailing blank lines and spaces of the whole text', () => {
    expect(normalizeReleaseText('\n\n\n\n Press release, 20 January 2022\nTitle\n\n\n\n\n')).toBe(
      'Press release, 20 January 2022\nTitle',
    );
  });

  it('leaves punctuation and typography untouched', () => {
    const text = 'the ""Black January" – Martyr’s Alley, Azerbaijan`s, *“quoted”*, 30<sup>th</sup>';
    expect(normalizeReleaseText(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = normalizeReleaseText(' a \t b\r\n\r\n\r\n c \u00a0');
    expect(normalizeReleaseText(once)).toBe(once);
  });

  it.each(releaseFiles)('keeps every word of %s, in order', (fileName) => {
    const text = readFileSync(path.join(RELEASES_DIRECTORY, fileName), 'utf8');
    const normalized = normalizeReleaseText(text);
    expect(releaseWords(normalized)).toEqual(releaseWords(text));
    expect(normalized).not.toMatch(/[ \t\u00a0]{2,}|[ \t]$|\n{3,}|\r/m);
  });
});

describe('applyEditorialRepairs', () => {
  it('omits a named final line', () => {
    expect(applyEditorialRepairs('Body.\n\nSearch in archive', { omitTrailingLine: 'Search in archive' })).toBe('Body.');
  });

  it('refuses to omit a line that is not the last one', () => {
    expect(() => applyEditorialRepairs('Search in archive\n\nBody.', { omitTrailingLine: 'Search in archive' })).toThrow(
      /last line/,
    );
  });

  it('applies a whitespace-only repair once', () => {
    expect(
      applyEditorialRepairs('went down the\n\nhistory of it', {
        whitespaceRepairs: [{ find: 'the\n\nhistory', replace: 'the history' }],
      }),
    ).toBe('went down the history of it');
  });

  it('refuses a repair that changes a word', () => {
    expect(() =>
      applyEditorialRepairs('went down the\n\nhistory', { whitespaceRepairs: [{ find: 'the\n\nhistory', replace: 'the story' }] }),
    ).toThrow(/changes words/);
  });

  it('refuses a repair that does not match', () => {
    expect(() =>
      applyEditorialRepairs('something else', { whitespaceRepairs: [{ find: 'the\n\nhistory', replace: 'the history' }] }),
    ).toThrow(/exactly once/);
  });

  it('builds the 2021 body without the page debris and with its broken sentence re-joined', () => {
    const text = readFileSync(path.join(RELEASES_DIRECTORY, '2021-01-21-day-of-nationwide-sorrow.txt'), 'utf8');
    const body = releaseBodyFromFile(text, {
      omitTrailingLine: 'Search in archive',
      whitespaceRepairs: [
        { find: 'which went down the\n\nhistory of Azerbaijani people', replace: 'which went down the history of Azerbaijani people' },
      ],
    });
    expect(body).toContain('which went down the history of Azerbaijani people as Bloody January tragedy.');
    expect(body).not.toContain('Search in archive');
    expect(body.endsWith('were buried.')).toBe(true);
    expect(releaseWords(body)).toEqual(releaseWords(text).slice(0, -3));
  });
});

describe('collapseWhitespace', () => {
  it('joins hard-wrapped lines with single spaces', () => {
    expect(collapseWhitespace('attended the funeral\nceremony  of\n\nmartyr’s')).toBe('attended the funeral ceremony of martyr’s');
  });
});
