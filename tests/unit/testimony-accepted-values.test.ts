import { describe, expect, it } from 'vitest';
import { acceptedVictimForm, mergeAcceptedValues, proposalFormValue, supportedFacts } from '@/lib/testimonies/accepted-values';

const proposal = { nameLatin: 'Aynur Quliyeva', otherNames: ['Ainur Kulieva', 'Aynur Kuliyeva'], birthDate: '1969-05', burialPlace: 'Alley of Martyrs', home: 'Yasamal' };

describe('a testimony’s accepted values in the victim form', () => {
  it('gives each value as the form’s box holds it', () => {
    expect(proposalFormValue(proposal, 'otherNames')).toBe('Ainur Kulieva\nAynur Kuliyeva');
    expect(proposalFormValue(proposal, 'birthDate')).toBe('1969-05');
    expect(proposalFormValue(proposal, 'deathPlace')).toBeUndefined();
  });

  it('takes only the accepted fields for a new person’s draft', () => {
    expect(acceptedVictimForm(proposal, ['nameLatin', 'birthDate', 'deathPlace'])).toEqual({ nameLatin: 'Aynur Quliyeva', birthDate: '1969-05' });
  });

  it('merges the accepted values over the current record, adding other spellings to the record’s', () => {
    const current = { nameLatin: 'Aynur Quliyeva', otherNames: 'Aynur Kuliyeva\nA. Quliyeva', burialPlace: '', home: 'Baku', biography: 'Kept.' };
    expect(mergeAcceptedValues(current, proposal, ['otherNames', 'burialPlace'])).toEqual({
      nameLatin: 'Aynur Quliyeva',
      otherNames: 'Aynur Kuliyeva\nA. Quliyeva\nAinur Kulieva',
      burialPlace: 'Alley of Martyrs',
      // Not accepted: the record's own value stays.
      home: 'Baku',
      biography: 'Kept.',
    });
  });

  it('names the facts a citation supports as the memorial page does: every form of the name is “name”', () => {
    expect(supportedFacts(['nameLatin', 'nameCyrillic', 'otherNames', 'deathDate', 'burialPlace'])).toEqual(['name', 'deathDate', 'burialPlace']);
  });
});
