import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parsePartialDate } from '@/lib/dates';
import type { TestimonyFileKind, TestimonyKind } from '@/lib/generated/prisma/enums';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { isSlug } from '@/lib/slug';
import { PROPOSAL_FIELD_NAMES, PROPOSAL_FIELDS, WITHHOLD_TARGETS, type Proposal, type ProposalField, type WithholdTarget } from '@/lib/testimonies/fields';
import { MAX_TESTIMONY_FILE_BYTES, TESTIMONY_FILE_SLOTS, testimonyFileType } from '@/lib/testimonies/files';
import { stripPhotoMetadata } from '@/lib/victims/photos/photo-processing';

/**
 * Reads the testimony form (app/[locale]/testimony, posted to app/api/testimonies/route.ts): every
 * field through zod, every problem at once, each as a code that the form words in the testifier's
 * language (lib/i18n/messages/<language>/testimony.json, `problems.<code>`). Files are judged by
 * their content; photographs are re-encoded without their metadata before anything is stored.
 */

export const TESTIMONY_KINDS = ['NEW_PERSON', 'ADDITION', 'WITHHOLD'] as const satisfies readonly TestimonyKind[];

/** Every problem the form can name. */
export const TESTIMONY_PROBLEMS = [
  'kind-missing',
  'victim-missing',
  'victim-unknown',
  'too-long',
  'characters',
  'date-format',
  'nothing-stated',
  'withhold-target-missing',
  'withhold-reason-missing',
  'relation-missing',
  'email-invalid',
  'consent-contact-required',
  'consent-share-required',
  'consent-photographs-required',
  'rights-holder-missing',
  'file-too-large',
  'file-type',
  'file-unreadable',
  'unconfirmed',
  'limit',
] as const;
export type TestimonyProblem = (typeof TESTIMONY_PROBLEMS)[number];
export type TestimonyProblems = Record<string, TestimonyProblem[]>;

export function isTestimonyProblem(value: unknown): value is TestimonyProblem {
  return typeof value === 'string' && (TESTIMONY_PROBLEMS as readonly string[]).includes(value);
}

/** The limits of the fields that are not a record's (the record's are PROPOSAL_FIELDS). */
export const TESTIMONY_TEXT_LIMITS = {
  withholdReason: 4000,
  relation: 300,
  knowledgeBasis: 4000,
  testifierName: 200,
  contactEmail: 254,
  rightsHolder: 300,
} as const;

/** The form's field names of one file slot (1-based). */
export function fileSlotFields(slot: number): { file: string; rightsHolder: string; mayPublish: string } {
  return { file: `file${slot}`, rightsHolder: `file${slot}RightsHolder`, mayPublish: `file${slot}MayPublish` };
}

/** The text fields the form sends, which a refused form gets back (never the files). */
export const TESTIMONY_TEXT_FIELDS = [
  'kind',
  'victim',
  ...PROPOSAL_FIELD_NAMES,
  'withholdTarget',
  'withholdReason',
  'relation',
  'knowledgeBasis',
  'testifierName',
  'publishName',
  'contactEmail',
  'consentShare',
  'consentContact',
  'consentPhotographs',
  ...Array.from({ length: TESTIMONY_FILE_SLOTS }, (_, index) => [fileSlotFields(index + 1).rightsHolder, fileSlotFields(index + 1).mayPublish]).flat(),
] as const;

export type TestimonyFormValues = Partial<Record<string, string>>;

/** The longest a field may be, for the problem "too-long" and the form's maxLength. */
export function fieldMaximum(field: string): number | undefined {
  if (Object.hasOwn(PROPOSAL_FIELDS, field)) return PROPOSAL_FIELDS[field as ProposalField].max;
  if (/^file\dRightsHolder$/.test(field)) return TESTIMONY_TEXT_LIMITS.rightsHolder;
  return (TESTIMONY_TEXT_LIMITS as Record<string, number>)[field];
}

// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** An optional text: empty is null; too long and control characters are named. */
function optionalText(max: number, multiline: boolean) {
  return z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim())
    .pipe(
      z
        .string()
        .max(max, 'too-long')
        .refine((text) => !(multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(text), 'characters')
        .transform((text) => (text === '' ? null : text)),
    );
}

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === '1' || value === 'true');

const proposalShape = Object.fromEntries(
  PROPOSAL_FIELD_NAMES.map((field) => {
    const rule = PROPOSAL_FIELDS[field];
    const text = optionalText(rule.type === 'lines' ? rule.max * 20 : rule.max, rule.type === 'longText' || rule.type === 'lines');
    // A date too long is a date in the wrong format: say how to write it.
    if (rule.type === 'date') return [field, optionalText(40, false).refine((value) => value === null || (value.length <= rule.max && Boolean(parsePartialDate(value)?.date)), 'date-format')];
    if (rule.type === 'lines') {
      return [
        field,
        text.refine((value) => value === null || value.split('\n').every((line) => line.trim().length <= rule.max), 'too-long'),
      ];
    }
    return [field, text];
  }),
) as Record<ProposalField, ReturnType<typeof optionalText>>;

/** The form's text fields (files are judged apart). */
export const testimonyFormSchema = z
  .object({
    kind: z.enum(TESTIMONY_KINDS, { error: 'kind-missing' }),
    victim: z.string().optional().transform((value) => (value ?? '').trim() || null),
    ...proposalShape,
    withholdTarget: z
      .string()
      .optional()
      .transform((value) => (value ?? '').trim() || null)
      .refine((value) => value === null || (WITHHOLD_TARGETS as readonly string[]).includes(value), 'withhold-target-missing'),
    withholdReason: optionalText(TESTIMONY_TEXT_LIMITS.withholdReason, true),
    relation: optionalText(TESTIMONY_TEXT_LIMITS.relation, false).refine((value) => value !== null, 'relation-missing'),
    knowledgeBasis: optionalText(TESTIMONY_TEXT_LIMITS.knowledgeBasis, true),
    testifierName: optionalText(TESTIMONY_TEXT_LIMITS.testifierName, false),
    publishName: checkbox,
    contactEmail: optionalText(TESTIMONY_TEXT_LIMITS.contactEmail, false).refine((value) => value === null || z.email().safeParse(value).success, 'email-invalid'),
    consentShare: checkbox.refine((value) => value, 'consent-share-required'),
    consentContact: checkbox,
    consentPhotographs: checkbox,
  });

/** The rules between fields, judged on what was typed so that they are named with every other problem. */
function crossFieldProblems(fields: URLSearchParams, problems: TestimonyProblems): void {
  const typed = (name: string) => (fields.get(name) ?? '').trim();
  const kind = typed('kind');
  if (kind === 'ADDITION' || kind === 'WITHHOLD') {
    if (typed('victim') === '') addProblem(problems, 'victim', 'victim-missing');
    else if (!isSlug(typed('victim'))) addProblem(problems, 'victim', 'victim-unknown');
  }
  if (kind === 'WITHHOLD') {
    if (typed('withholdTarget') === '') addProblem(problems, 'withholdTarget', 'withhold-target-missing');
    if (typed('withholdReason') === '') addProblem(problems, 'withholdReason', 'withhold-reason-missing');
  }
  if (typed('contactEmail') !== '' && !checkbox.parse(fields.get('consentContact') ?? undefined)) addProblem(problems, 'consentContact', 'consent-contact-required');
}

export type SubmittedFile = {
  position: number;
  kind: TestimonyFileKind;
  contentType: string;
  data: Uint8Array<ArrayBuffer>;
  byteSize: number;
  sha256: string;
  rightsHolder: string | null;
  mayPublish: boolean;
};

/** A testimony as it is stored (lib/testimonies/visitor-mutations.ts, submitTestimony). */
export type TestimonySubmission = {
  locale: Locale;
  kind: TestimonyKind;
  /** The public record's slug (ADDITION, WITHHOLD); the route resolves it. */
  victimSlug: string | null;
  proposal: Proposal;
  withholdTarget: WithholdTarget | null;
  withholdReason: string | null;
  relation: string;
  knowledgeBasis: string | null;
  testifierName: string | null;
  publishName: boolean;
  contactEmail: string | null;
  consentShare: boolean;
  consentContact: boolean;
  consentPhotographs: boolean;
  files: SubmittedFile[];
};

export type TestimonyReading =
  | { ok: true; submission: TestimonySubmission }
  | { ok: false; problems: TestimonyProblems; values: TestimonyFormValues; fileNames: string[] };

function addProblem(problems: TestimonyProblems, field: string, problem: TestimonyProblem): void {
  const list = (problems[field] ??= []);
  if (!list.includes(problem)) list.push(problem);
}

/** The text fields as typed, for the form to show again (files are never kept). */
export function typedValues(fields: URLSearchParams): TestimonyFormValues {
  const values: TestimonyFormValues = {};
  for (const name of TESTIMONY_TEXT_FIELDS) {
    const value = fields.get(name);
    const max = fieldMaximum(name);
    if (value !== null && value !== '') values[name] = value.slice(0, (max ?? 200) * 2);
  }
  return values;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One file slot: its bytes checked by content and size, a photograph re-encoded without metadata. */
async function readFileSlot(
  slot: number,
  file: File,
  details: { rightsHolder: string | null; mayPublish: boolean },
  problems: TestimonyProblems,
): Promise<SubmittedFile | null> {
  const field = fileSlotFields(slot).file;
  if (file.size > MAX_TESTIMONY_FILE_BYTES) {
    addProblem(problems, field, 'file-too-large');
    return null;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = bytes.length > 0 ? testimonyFileType(bytes) : null;
  if (!type) {
    addProblem(problems, field, 'file-type');
    return null;
  }
  let data: Uint8Array<ArrayBuffer> = bytes;
  if (type.kind === 'PHOTOGRAPH') {
    try {
      data = (await stripPhotoMetadata({ bytes, contentType: type.contentType as 'image/jpeg' | 'image/png' | 'image/webp' })).bytes;
    } catch {
      addProblem(problems, field, 'file-unreadable');
      return null;
    }
  }
  if (type.kind === 'PHOTOGRAPH' && details.mayPublish && details.rightsHolder === null) addProblem(problems, fileSlotFields(slot).rightsHolder, 'rights-holder-missing');
  return {
    position: slot,
    kind: type.kind,
    contentType: type.contentType,
    data,
    byteSize: data.byteLength,
    sha256: sha256Hex(data),
    // Rights and publication concern photographs only: a document is never published as the record's photo.
    rightsHolder: type.kind === 'PHOTOGRAPH' ? details.rightsHolder : null,
    mayPublish: type.kind === 'PHOTOGRAPH' && details.mayPublish,
  };
}

/**
 * Reads a posted testimony: the text fields (`fields`) and the file slots (`files`, by field name).
 * A testimony that states nothing (no field of the record, no file, no withhold target) is refused:
 * curators could do nothing with it.
 */
export async function readTestimonySubmission(locale: Locale, fields: URLSearchParams, files: Map<string, File>): Promise<TestimonyReading> {
  const problems: TestimonyProblems = {};
  const object = Object.fromEntries([...TESTIMONY_TEXT_FIELDS].map((name) => [name, fields.get(name) ?? undefined]));
  const parsed = testimonyFormSchema.safeParse(object);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      addProblem(problems, field, isTestimonyProblem(issue.message) ? issue.message : field === 'kind' ? 'kind-missing' : 'characters');
    }
  }
  crossFieldProblems(fields, problems);
  const submitted: SubmittedFile[] = [];
  const fileNames: string[] = [];
  for (let slot = 1; slot <= TESTIMONY_FILE_SLOTS; slot += 1) {
    const names = fileSlotFields(slot);
    const file = files.get(names.file);
    if (!file || file.size === 0) continue;
    fileNames.push(file.name);
    const rightsHolder = optionalText(TESTIMONY_TEXT_LIMITS.rightsHolder, false).safeParse(fields.get(names.rightsHolder) ?? undefined);
    if (!rightsHolder.success) addProblem(problems, names.rightsHolder, rightsHolder.error.issues[0]?.message === 'too-long' ? 'too-long' : 'characters');
    const read = await readFileSlot(slot, file, { rightsHolder: rightsHolder.success ? rightsHolder.data : null, mayPublish: checkbox.parse(fields.get(names.mayPublish) ?? undefined) }, problems);
    if (read) submitted.push(read);
  }
  // Judged on what was typed, so that it is named with every other problem even when a field is refused.
  const typedSomething = PROPOSAL_FIELD_NAMES.some((field) => (fields.get(field) ?? '').trim() !== '') || fileNames.length > 0;
  if (!typedSomething && fields.get('kind') !== 'WITHHOLD') addProblem(problems, 'form', 'nothing-stated');
  if (submitted.some((file) => file.mayPublish) && !checkbox.parse(fields.get('consentPhotographs') ?? undefined)) addProblem(problems, 'consentPhotographs', 'consent-photographs-required');
  if (parsed.success) {
    const form = parsed.data;
    const proposal: Proposal = {};
    for (const field of PROPOSAL_FIELD_NAMES) {
      const value = form[field];
      if (value === null) continue;
      if (field === 'otherNames') {
        const names = value
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '');
        if (names.length > 0) proposal.otherNames = names;
      } else proposal[field] = value;
    }
    const withholdTarget = form.kind === 'WITHHOLD' ? (form.withholdTarget as WithholdTarget | null) : null;
    if (Object.keys(problems).length === 0) {
      return {
        ok: true,
        submission: {
          locale,
          kind: form.kind,
          victimSlug: form.kind === 'NEW_PERSON' ? null : form.victim,
          proposal,
          withholdTarget,
          withholdReason: form.kind === 'WITHHOLD' ? form.withholdReason : null,
          relation: form.relation!,
          knowledgeBasis: form.knowledgeBasis,
          testifierName: form.testifierName,
          publishName: form.publishName && form.testifierName !== null,
          contactEmail: form.contactEmail,
          consentShare: form.consentShare,
          consentContact: form.consentContact,
          consentPhotographs: form.consentPhotographs,
          files: submitted,
        },
      };
    }
  }
  return { ok: false, problems, values: typedValues(fields), fileNames };
}

/** The form's language, from its hidden field; null when it names none of the site's. */
export function submissionLocale(fields: URLSearchParams): Locale | null {
  const locale = fields.get('locale');
  return locale !== null && isLocale(locale) ? locale : null;
}
