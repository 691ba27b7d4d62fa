import { describe, expect, it } from 'vitest';
import { licenceLine, NO_LICENCE_STATED } from '@/lib/export/memorial';
import { LOCALISED_COLUMNS, OPERATOR_TEXT_COLUMNS, parseOperatorTextsForm, textsIn } from '@/lib/operator-texts/schema';

/** An empty form at a version, with some boxes filled in. */
const form = (fields: Record<string, string>, version = '0') => ({ ...Object.fromEntries(OPERATOR_TEXT_COLUMNS.map((column) => [column, ''])), version, ...fields });

describe('parseOperatorTextsForm', () => {
  it('has a box for each of five texts in each of three languages, and the licence’s name and address', () => {
    expect(LOCALISED_COLUMNS).toHaveLength(15);
    expect(OPERATOR_TEXT_COLUMNS).toEqual(expect.arrayContaining(['privacyNoticeAz', 'consentShareEn', 'consentContactRu', 'consentPhotographsAz', 'licenceStatementEn', 'licenceName', 'licenceUrl']));
  });

  it('trims every text, keeps Markdown as typed, and reads an empty box as not stated', () => {
    const result = parseOperatorTextsForm(form({ privacyNoticeEn: '  # Who keeps the data\n\nThe operator.  ', consentShareAz: ' Paylaşa bilərəm. ', privacyNoticeRu: '   ' }, '4'));
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.version).toBe(4);
    expect(result.data.values.privacyNoticeEn).toBe('# Who keeps the data\n\nThe operator.');
    expect(result.data.values.consentShareAz).toBe('Paylaşa bilərəm.');
    expect(result.data.values.privacyNoticeRu).toBeNull();
    expect(textsIn(result.data.values, 'en')).toEqual({ privacyNotice: '# Who keeps the data\n\nThe operator.', consentShare: null, consentContact: null, consentPhotographs: null, licenceStatement: null });
  });

  it('reads a box the form did not send as empty, and ignores fields it does not know', () => {
    const result = parseOperatorTextsForm({ version: '1', privacyNoticeAz: 'Mətn', somethingElse: 'x' });
    expect(result.success && result.data.values).toEqual({ ...Object.fromEntries(OPERATOR_TEXT_COLUMNS.map((column) => [column, null])), privacyNoticeAz: 'Mətn' });
  });

  it('returns every error at once, in plain words naming the language', () => {
    const result = parseOperatorTextsForm(
      form({
        privacyNoticeAz: 'x'.repeat(40_001),
        consentContactRu: 'Свяжитесь со мной\nпо почте',
        consentPhotographsEn: 'y'.repeat(601),
        licenceUrl: 'javascript:alert(1)',
        licenceName: 'CC BY\n4.0',
      }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.fieldErrors).toEqual({
      privacyNoticeAz: ['The Azerbaijani privacy notice must be at most 40000 characters.'],
      consentContactRu: ['The Russian consent statement “contact me about it” must be one line: it is the label of a box the testifier ticks.'],
      consentPhotographsEn: ['The English consent statement “publish photographs I hold the rights to” must be at most 600 characters.'],
      licenceUrl: ['The licence’s address must be a web address beginning with https:// (or http://).'],
      licenceName: ['The licence’s name must be one line.'],
    });
  });

  it('refuses a licence address or statement without the licence’s name', () => {
    for (const fields of [{ licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' }, { licenceStatementRu: 'Укажите источник.' }] as Record<string, string>[]) {
      const result = parseOperatorTextsForm(form(fields));
      expect(result.success ? {} : result.fieldErrors).toEqual({
        licenceName: ['Name the licence (for example “CC BY 4.0”), or empty its address and statements: the export cannot state a licence without its name.'],
      });
    }
    expect(parseOperatorTextsForm(form({ licenceName: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' })).success).toBe(true);
  });

  it('refuses a form without a version, or with one that is not a number', () => {
    for (const version of [undefined, '', 'abc', '-1', '1.5']) {
      const result = parseOperatorTextsForm({ ...form({}), version });
      expect(result.success ? {} : result.fieldErrors, String(version)).toEqual({ version: ['The form is out of date; reload the page.'] });
    }
  });
});

describe('licenceLine', () => {
  it('names the licence and its address, or says plainly that none is stated', () => {
    const statement = { az: null, en: null, ru: null };
    expect(licenceLine({ stated: true, name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', statement })).toBe('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(licenceLine({ stated: true, name: 'ODbL 1.0', url: null, statement })).toBe('ODbL 1.0');
    expect(licenceLine({ stated: false, statement: NO_LICENCE_STATED })).toBe('No licence has been stated for reusing this data: the operator of the memorial has not set one.');
  });
});
