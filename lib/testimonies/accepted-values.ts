import { type Proposal, type ProposalField } from '@/lib/testimonies/fields';

/**
 * A proposal's value as the victim form's box holds it: other spellings one per line, a date as the
 * form takes it (1969, 1969-05, 1969-05-14), text as given.
 */
export function proposalFormValue(proposal: Proposal, field: ProposalField): string | undefined {
  if (field === 'otherNames') return proposal.otherNames?.join('\n');
  return proposal[field];
}

/** The accepted values as the victim form's fields, for parsing a new person's draft with the form's own rules. */
export function acceptedVictimForm(proposal: Proposal, fields: readonly ProposalField[]): Record<string, string> {
  const form: Record<string, string> = {};
  for (const field of fields) {
    const value = proposalFormValue(proposal, field);
    if (value !== undefined) form[field] = value;
  }
  return form;
}

/**
 * The facts a citation of the testimony supports, as the memorial page names them: every form of the
 * name is the fact "name"; other fields keep their names.
 */
export function supportedFacts(fields: readonly ProposalField[]): string[] {
  const names: readonly ProposalField[] = ['nameLatin', 'nameCyrillic', 'nameRussian', 'otherNames'];
  return [...new Set(fields.map((field) => (names.includes(field) ? 'name' : field)))];
}

/**
 * The edit form's values with a testimony's accepted values merged over the CURRENT record: only the
 * accepted fields change; other spellings are added to the record's, not put in their place.
 */
export function mergeAcceptedValues(current: Record<string, string>, proposal: Proposal, fields: readonly ProposalField[]): Record<string, string> {
  const merged = { ...current };
  for (const field of fields) {
    const value = proposalFormValue(proposal, field);
    if (value === undefined) continue;
    if (field === 'otherNames') {
      const lines = [...(current.otherNames ?? '').split('\n'), ...value.split('\n')].map((line) => line.trim()).filter(Boolean);
      merged.otherNames = [...new Set(lines)].join('\n');
    } else merged[field] = value;
  }
  return merged;
}

/** The label of each field a testimony may state, as the curators' pages name them. */
export const PROPOSAL_FIELD_LABELS: Record<ProposalField, string> = {
  nameLatin: 'Name in Latin script',
  nameCyrillic: 'Name in Cyrillic',
  nameRussian: 'Russian form of the name',
  otherNames: 'Other spellings',
  birthDate: 'Date of birth',
  birthPlace: 'Place of birth',
  deathDate: 'Date of death',
  deathPlace: 'Place of death',
  home: 'Home or origin',
  occupation: 'Occupation',
  circumstances: 'Circumstances',
  burialPlace: 'Burial place',
  biography: 'Biography',
};
