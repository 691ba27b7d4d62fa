import { createTranslator } from 'next-intl';
import { catalogue } from '@/lib/i18n/catalogue';
import type { Locale } from '@/lib/i18n/config';
import { PROPOSAL_FIELD_NAMES, type ProposalField } from '@/lib/testimonies/fields';
import { MAX_TESTIMONY_FILE_BYTES } from '@/lib/testimonies/files';
import { fieldMaximum, type TestimonyProblem, type TestimonyProblems } from '@/lib/testimonies/submission';

/**
 * The testimony form's problems in the testifier's words (lib/i18n/messages/<language>/testimony.json):
 * one place for the form rendered after a refusal and for the answer to a post sent with script.
 */

function translator(locale: Locale) {
  return createTranslator({ ...catalogue(locale), namespace: 'testimony' });
}

/** What one problem of one field says, with the field's limit where it has one. */
export function testimonyProblemText(locale: Locale, field: string, code: TestimonyProblem): string {
  const max = code === 'file-too-large' ? MAX_TESTIMONY_FILE_BYTES / (1024 * 1024) : (fieldMaximum(field) ?? 0);
  return translator(locale)(`problems.${code}`, { max });
}

/** The name of a field, for the list of problems at the top of the form. */
export function testimonyFieldLabel(locale: Locale, field: string): string {
  const t = translator(locale);
  if ((PROPOSAL_FIELD_NAMES as string[]).includes(field)) return t(`fields.${field as ProposalField}.label`);
  const slot = /^file(\d)(RightsHolder|MayPublish)?$/.exec(field);
  if (slot) return `${t('files.file', { slot: Number(slot[1]) })}${slot[2] === 'RightsHolder' ? `: ${t('files.rightsHolder')}` : ''}`;
  const labels: Record<string, string> = {
    kind: t('kind.legend'),
    victim: t('victim.label'),
    withholdTarget: t('withhold.target'),
    withholdReason: t('withhold.reason'),
    relation: t('basis.relation'),
    knowledgeBasis: t('basis.knowledgeBasis'),
    testifierName: t('you.name'),
    contactEmail: t('you.email'),
    consentShare: t('consent.heading'),
    consentContact: t('consent.heading'),
    consentPhotographs: t('consent.heading'),
  };
  return labels[field] ?? t('formProblem');
}

/** The problems as the form lists them: each field with its label and its sentences, and the heading and count. */
export type TestimonyProblemList = {
  heading: string;
  count: string;
  fields: { field: string; label: string; texts: string[] }[];
};

export function testimonyProblemList(locale: Locale, problems: TestimonyProblems): TestimonyProblemList {
  const t = translator(locale);
  const fields = Object.entries(problems)
    .filter(([, codes]) => codes.length > 0)
    .map(([field, codes]) => ({ field, label: testimonyFieldLabel(locale, field), texts: codes.map((code) => testimonyProblemText(locale, field, code)) }));
  const total = fields.reduce((sum, entry) => sum + entry.texts.length, 0);
  return { heading: t('problemsHeading'), count: t('problemsCount', { count: total }), fields };
}

/** The answer to a post sent with script (components/site/testimony-form-enhancer.tsx). */
export type TestimonyPostAnswer = { ok: true; location: string } | ({ ok: false } & TestimonyProblemList);
