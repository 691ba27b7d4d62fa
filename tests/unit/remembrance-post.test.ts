import { describe, expect, it } from 'vitest';
import { isRemembranceResult, remembranceAnswerPath, remembranceProblemsOf } from '@/lib/remembrances/answer';
import { parseRemembranceFields, remembranceReportSchema } from '@/lib/remembrances/post';

describe('parseRemembranceFields', () => {
  it('takes a named or anonymous message as plain text', () => {
    expect(parseRemembranceFields({ name: ' Aysel ', message: ' We remember. ' })).toEqual({ ok: true, input: { authorName: 'Aysel', message: 'We remember.' } });
    expect(parseRemembranceFields({ name: 'Aysel', anonymous: 'on', message: 'We remember.' })).toEqual({ ok: true, input: { authorName: null, message: 'We remember.' } });
    expect(parseRemembranceFields({ message: '<b>kept as typed</b>', anonymous: 'on' })).toEqual({ ok: true, input: { authorName: null, message: '<b>kept as typed</b>' } });
  });

  it('names every problem, each as a code the answer page words in the visitor’s language', () => {
    expect(parseRemembranceFields({ message: '   ' })).toEqual({ ok: false, problems: ['message-missing', 'name-missing'] });
    expect(parseRemembranceFields({ message: 'x'.repeat(501), name: 'y'.repeat(81) })).toEqual({ ok: false, problems: ['message-too-long', 'name-too-long'] });
    expect(parseRemembranceFields({ message: 'bell\u0007', name: 'tab\tname' })).toEqual({ ok: false, problems: ['message-characters', 'name-characters'] });
    expect(parseRemembranceFields({ message: 'x'.repeat(500), anonymous: 'on' }).ok).toBe(true);
  });
});

describe('the answer page’s address', () => {
  it('carries the page, the result and only known problems', () => {
    expect(remembranceAnswerPath('az', 'ulvi-bunyadzade', 'received')).toBe('/az/remembrances?victim=ulvi-bunyadzade&result=received');
    expect(remembranceAnswerPath('en', 'a', 'invalid', ['message-missing', 'name-too-long'])).toBe('/en/remembrances?victim=a&result=invalid&problems=message-missing%2Cname-too-long');
    expect(remembranceProblemsOf('name-too-long,<script>,message-missing')).toEqual(['message-missing', 'name-too-long']);
    expect(remembranceProblemsOf(undefined)).toEqual([]);
    expect(isRemembranceResult('already-reported')).toBe(true);
    expect(isRemembranceResult('laid')).toBe(false);
  });

  it('refuses a report that does not name a message in the ids’ alphabet', () => {
    expect(remembranceReportSchema.safeParse({ locale: 'en', slug: 'a', id: 'cm0abc123' }).success).toBe(true);
    expect(remembranceReportSchema.safeParse({ locale: 'en', slug: 'a', id: '../x' }).success).toBe(false);
    expect(remembranceReportSchema.safeParse({ locale: 'fr', slug: 'a', id: 'cm0abc123' }).success).toBe(false);
  });
});
