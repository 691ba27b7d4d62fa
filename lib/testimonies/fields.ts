import { z } from 'zod';
import { parsePartialDate } from '@/lib/dates';

/**
 * What a testimony may state about a person: the fields of a victim record a family or witness can
 * know (names in any script, dates with their precision, places, circumstances, burial). One list,
 * shared by the public form (lib/testimonies/submission.ts), the curators' side-by-side view and the
 * acceptance into a draft, so a field cannot be asked for in one place and lost in another.
 *
 * A date is given as the record's form takes it: a year (1969), a month (1969-05) or a day (1969-05-14);
 * its precision follows from what is given. Nothing else is inferred.
 */
export const PROPOSAL_FIELDS = {
  nameLatin: { type: 'text', max: 200 },
  nameCyrillic: { type: 'text', max: 200 },
  nameRussian: { type: 'text', max: 200 },
  otherNames: { type: 'lines', max: 200 },
  birthDate: { type: 'date', max: 10 },
  birthPlace: { type: 'text', max: 200 },
  deathDate: { type: 'date', max: 10 },
  deathPlace: { type: 'text', max: 200 },
  home: { type: 'text', max: 200 },
  occupation: { type: 'text', max: 200 },
  circumstances: { type: 'longText', max: 4000 },
  burialPlace: { type: 'text', max: 300 },
  biography: { type: 'longText', max: 20000 },
} as const satisfies Record<string, { type: 'text' | 'longText' | 'lines' | 'date'; max: number }>;

export type ProposalField = keyof typeof PROPOSAL_FIELDS;
export const PROPOSAL_FIELD_NAMES = Object.keys(PROPOSAL_FIELDS) as ProposalField[];

export function isProposalField(value: string): value is ProposalField {
  return Object.hasOwn(PROPOSAL_FIELDS, value);
}

/** A testimony's proposal as stored (Testimony.proposal): only the fields the testifier filled in. */
export type Proposal = Partial<Record<Exclude<ProposalField, 'otherNames'>, string>> & { otherNames?: string[] };

/**
 * The stored proposal read back: a value of the wrong shape (never written by this code) is dropped
 * rather than trusted, and a date that does not parse is dropped too.
 */
export const storedProposalSchema = z
  .record(z.string(), z.unknown())
  .transform((raw) => {
    const proposal: Proposal = {};
    for (const field of PROPOSAL_FIELD_NAMES) {
      const value = raw[field];
      if (field === 'otherNames') {
        if (Array.isArray(value) && value.every((name) => typeof name === 'string') && value.length > 0) proposal.otherNames = value;
      } else if (typeof value === 'string' && value.trim() !== '') {
        if (PROPOSAL_FIELDS[field].type === 'date' && !parsePartialDate(value)?.date) continue;
        proposal[field] = value;
      }
    }
    return proposal;
  });

/** What a withhold request may name: one field of the record, its photograph, or the whole record. */
export const WITHHOLD_TARGETS = [...PROPOSAL_FIELD_NAMES, 'photo', 'record'] as const;
export type WithholdTarget = (typeof WITHHOLD_TARGETS)[number];

export function isWithholdTarget(value: string): value is WithholdTarget {
  return (WITHHOLD_TARGETS as readonly string[]).includes(value);
}
