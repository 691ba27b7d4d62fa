import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { VisitorFormGuard } from '@/components/site/visitor-form-guard';
import type { Locale } from '@/lib/i18n/config';
import type { TestimonyTexts } from '@/lib/operator-texts/queries';
import { PROPOSAL_FIELD_NAMES, PROPOSAL_FIELDS, type ProposalField } from '@/lib/testimonies/fields';
import { MAX_TESTIMONY_FILE_BYTES, TESTIMONY_FILE_SLOTS } from '@/lib/testimonies/files';
import { fieldMaximum, fileSlotFields, TESTIMONY_KINDS, type TestimonyFormValues, type TestimonyProblems } from '@/lib/testimonies/submission';

const CONTROL = 'mt-1 w-full border border-muted bg-white px-2 py-1.5';
const MEGABYTES = MAX_TESTIMONY_FILE_BYTES / (1024 * 1024);

type Translate = Awaited<ReturnType<typeof getTranslations<'testimony'>>>;

export type TestimonyFormProps = {
  locale: Locale;
  texts: TestimonyTexts;
  /** The public record named by `?victim=` (or the kept form), with its display name. */
  victim: { slug: string; name: string } | null;
  values: TestimonyFormValues;
  problems: TestimonyProblems;
  /** The files a refused form had chosen, to be chosen again. */
  fileNames: string[];
  retryId: string | null;
};

/** The id of a field's control; its hint and its problems are `<id>-hint` and `<id>-problems`. */
function controlId(field: string): string {
  return `testimony-${field}`;
}

function describedBy(field: string, problems: TestimonyProblems, hint = true): string {
  return [hint ? `${controlId(field)}-hint` : null, problems[field]?.length ? `${controlId(field)}-problems` : null].filter(Boolean).join(' ');
}

function problemText(t: Translate, field: string, code: string): string {
  const max = code === 'file-too-large' ? MEGABYTES : fieldMaximum(field);
  return t(`problems.${code}` as Parameters<Translate>[0], { max: max ?? 0 });
}

/** A field's problems, beside it; the control names this element in aria-describedby. */
function FieldProblems({ field, problems, t }: { field: string; problems: TestimonyProblems; t: Translate }) {
  const list = problems[field] ?? [];
  if (list.length === 0) return null;
  return (
    <ul id={`${controlId(field)}-problems`} className="mt-1 font-semibold text-mourning" data-problems-for={field}>
      {list.map((code) => (
        <li key={code}>{problemText(t, field, code)}</li>
      ))}
    </ul>
  );
}

function Labelled({ field, label, hint, problems, t, children }: { field: string; label: ReactNode; hint: string; problems: TestimonyProblems; t: Translate; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={controlId(field)} className="block font-semibold">
        {label}
      </label>
      <p id={`${controlId(field)}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      {children}
      <FieldProblems field={field} problems={problems} t={t} />
    </div>
  );
}

function Checkbox({ field, label, hint, checked, problems, t }: { field: string; label: ReactNode; hint?: string; checked: boolean; problems: TestimonyProblems; t: Translate }) {
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={controlId(field)}
          name={field}
          type="checkbox"
          value="on"
          defaultChecked={checked}
          className="mt-1"
          aria-describedby={describedBy(field, problems, hint !== undefined) || undefined}
          aria-invalid={problems[field]?.length ? true : undefined}
        />
        <label htmlFor={controlId(field)}>{label}</label>
      </div>
      {hint !== undefined ? (
        <p id={`${controlId(field)}-hint`} className="ml-6 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldProblems field={field} problems={problems} t={t} />
    </div>
  );
}

/** The label of a field for the list of problems at the top. */
function fieldLabel(t: Translate, field: string): string {
  if ((PROPOSAL_FIELD_NAMES as string[]).includes(field)) return t(`fields.${field as ProposalField}.label`);
  const slot = /^file(\d)(RightsHolder|MayPublish)?$/.exec(field);
  if (slot) return `${t('files.file', { slot: Number(slot[1]) })}${slot[2] === 'RightsHolder' ? `: ${t('files.rightsHolder')}` : ''}`;
  const labels: Record<string, string> = {
    form: t('formProblem'),
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

/**
 * The testimony form: a plain multipart form posted to app/api/testimonies (no script needed), every
 * control labelled with its hint and its problems beside it, the operator's consent statements exactly
 * as they wrote them and a link to their privacy notice. After a refusal it comes back with what was
 * typed (React sets it as text, never as HTML), every problem, and the files to choose again.
 */
export async function TestimonyForm({ locale, texts, victim, values, problems, fileNames, retryId }: TestimonyFormProps) {
  const t = await getTranslations({ locale, namespace: 'testimony' });
  const kind = values.kind ?? (victim ? 'ADDITION' : 'NEW_PERSON');
  const problemFields = Object.keys(problems).filter((field) => (problems[field]?.length ?? 0) > 0);
  const count = problemFields.reduce((sum, field) => sum + (problems[field]?.length ?? 0), 0);
  const text = (field: string) => values[field] ?? '';
  const checked = (field: string) => values[field] === 'on';
  return (
    <form method="post" encType="multipart/form-data" action="/api/testimonies" className="relative max-w-3xl space-y-8 font-sans" aria-describedby={count > 0 ? 'testimony-problems' : undefined}>
      <input type="hidden" name="locale" value={locale} />
      {retryId ? <input type="hidden" name="retry" value={retryId} /> : null}
      <VisitorFormGuard honeypotLabel={t('honeypot')} />
      {count > 0 || fileNames.length > 0 ? (
        <div id="testimony-problems" role="alert" className="border-l-4 border-mourning bg-white p-4" data-testimony-problems>
          {count > 0 ? (
            <>
              <p className="font-semibold">{t('problemsHeading')}</p>
              <p className="text-sm">{t('problemsCount', { count })}</p>
              <ul className="mt-2 list-disc pl-6">
                {problemFields.flatMap((field) =>
                  (problems[field] ?? []).map((code) => (
                    <li key={`${field}-${code}`}>
                      <a href={`#${field === 'form' ? 'testimony-problems' : controlId(field === 'kind' ? 'kind-NEW_PERSON' : field)}`}>{fieldLabel(t, field)}</a>: {problemText(t, field, code)}
                    </li>
                  )),
                )}
              </ul>
            </>
          ) : null}
          {fileNames.length > 0 ? (
            <p className="mt-2 font-semibold" data-choose-again>
              {t('files.chooseAgain', { names: fileNames.join(', ') })}
            </p>
          ) : null}
        </div>
      ) : null}

      <fieldset className="space-y-2" aria-describedby={problems.kind?.length ? `${controlId('kind')}-problems` : undefined}>
        <legend className="font-serif text-lg font-semibold">{t('kind.legend')}</legend>
        {TESTIMONY_KINDS.map((option) => (
          <div key={option} className="flex items-start gap-2">
            <input id={controlId(`kind-${option}`)} type="radio" name="kind" value={option} defaultChecked={kind === option} className="mt-1" />
            <label htmlFor={controlId(`kind-${option}`)}>{t(`kind.${option}`)}</label>
          </div>
        ))}
        <FieldProblems field="kind" problems={problems} t={t} />
      </fieldset>

      <Labelled field="victim" label={victim ? t('about', { name: victim.name }) : t('victim.label')} hint={t('victim.hint')} problems={problems} t={t}>
        <input
          id={controlId('victim')}
          name="victim"
          type="text"
          defaultValue={victim?.slug ?? text('victim')}
          maxLength={200}
          autoComplete="off"
          aria-describedby={describedBy('victim', problems)}
          aria-invalid={problems.victim?.length ? true : undefined}
          className={CONTROL}
        />
      </Labelled>

      <fieldset className="space-y-4">
        <legend className="font-serif text-lg font-semibold">{t('person.heading')}</legend>
        <p className="text-sm text-muted">{t('person.hint')}</p>
        {PROPOSAL_FIELD_NAMES.map((field) => {
          const rule = PROPOSAL_FIELDS[field];
          const common = {
            id: controlId(field),
            name: field,
            defaultValue: text(field),
            'aria-describedby': describedBy(field, problems),
            'aria-invalid': problems[field]?.length ? true : undefined,
            className: CONTROL,
          };
          return (
            <Labelled key={field} field={field} label={t(`fields.${field}.label`)} hint={t(`fields.${field}.hint`)} problems={problems} t={t}>
              {rule.type === 'longText' || rule.type === 'lines' ? (
                <textarea {...common} rows={rule.type === 'lines' ? 3 : 5} maxLength={rule.type === 'lines' ? undefined : rule.max} />
              ) : (
                <input {...common} type="text" maxLength={rule.type === 'date' ? 10 : rule.max} inputMode={rule.type === 'date' ? 'numeric' : undefined} placeholder={rule.type === 'date' ? 'YYYY-MM-DD' : undefined} />
              )}
            </Labelled>
          );
        })}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="font-serif text-lg font-semibold">{t('withhold.heading')}</legend>
        <Labelled field="withholdTarget" label={t('withhold.target')} hint={t('withhold.targetHint')} problems={problems} t={t}>
          <select
            id={controlId('withholdTarget')}
            name="withholdTarget"
            defaultValue={text('withholdTarget')}
            aria-describedby={describedBy('withholdTarget', problems)}
            aria-invalid={problems.withholdTarget?.length ? true : undefined}
            className={CONTROL}
          >
            <option value="">{t('withhold.choose')}</option>
            {PROPOSAL_FIELD_NAMES.map((field) => (
              <option key={field} value={field}>
                {t(`fields.${field}.label`)}
              </option>
            ))}
            <option value="photo">{t('withhold.photo')}</option>
            <option value="record">{t('withhold.record')}</option>
          </select>
        </Labelled>
        <Labelled field="withholdReason" label={t('withhold.reason')} hint={t('withhold.reasonHint')} problems={problems} t={t}>
          <textarea
            id={controlId('withholdReason')}
            name="withholdReason"
            rows={3}
            maxLength={fieldMaximum('withholdReason')}
            defaultValue={text('withholdReason')}
            aria-describedby={describedBy('withholdReason', problems)}
            aria-invalid={problems.withholdReason?.length ? true : undefined}
            className={CONTROL}
          />
        </Labelled>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="font-serif text-lg font-semibold">{t('basis.heading')}</legend>
        <Labelled field="relation" label={`${t('basis.relation')} ${t('required')}`} hint={t('basis.relationHint')} problems={problems} t={t}>
          <input
            id={controlId('relation')}
            name="relation"
            type="text"
            required
            maxLength={fieldMaximum('relation')}
            defaultValue={text('relation')}
            aria-describedby={describedBy('relation', problems)}
            aria-invalid={problems.relation?.length ? true : undefined}
            className={CONTROL}
          />
        </Labelled>
        <Labelled field="knowledgeBasis" label={t('basis.knowledgeBasis')} hint={t('basis.knowledgeBasisHint')} problems={problems} t={t}>
          <textarea
            id={controlId('knowledgeBasis')}
            name="knowledgeBasis"
            rows={4}
            maxLength={fieldMaximum('knowledgeBasis')}
            defaultValue={text('knowledgeBasis')}
            aria-describedby={describedBy('knowledgeBasis', problems)}
            aria-invalid={problems.knowledgeBasis?.length ? true : undefined}
            className={CONTROL}
          />
        </Labelled>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="font-serif text-lg font-semibold">{t('files.heading')}</legend>
        <p className="text-sm text-muted">{t('files.hint', { count: TESTIMONY_FILE_SLOTS, megabytes: MEGABYTES })}</p>
        {Array.from({ length: TESTIMONY_FILE_SLOTS }, (_, index) => {
          const slot = index + 1;
          const names = fileSlotFields(slot);
          return (
            <div key={slot} className="space-y-2 border-l-4 border-rule pl-4">
              <Labelled field={names.file} label={t('files.file', { slot })} hint={t('files.fileHint')} problems={problems} t={t}>
                <input
                  id={controlId(names.file)}
                  name={names.file}
                  type="file"
                  accept="image/jpeg,image/png,image/webp,application/pdf"
                  aria-describedby={describedBy(names.file, problems)}
                  aria-invalid={problems[names.file]?.length ? true : undefined}
                  className="mt-1 block"
                />
              </Labelled>
              <Labelled field={names.rightsHolder} label={t('files.rightsHolder')} hint={t('files.rightsHolderHint')} problems={problems} t={t}>
                <input
                  id={controlId(names.rightsHolder)}
                  name={names.rightsHolder}
                  type="text"
                  maxLength={fieldMaximum(names.rightsHolder)}
                  defaultValue={text(names.rightsHolder)}
                  aria-describedby={describedBy(names.rightsHolder, problems)}
                  aria-invalid={problems[names.rightsHolder]?.length ? true : undefined}
                  className={CONTROL}
                />
              </Labelled>
              <Checkbox field={names.mayPublish} label={t('files.mayPublish')} checked={checked(names.mayPublish)} problems={problems} t={t} />
            </div>
          );
        })}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="font-serif text-lg font-semibold">{t('you.heading')}</legend>
        <Labelled field="testifierName" label={t('you.name')} hint={t('you.nameHint')} problems={problems} t={t}>
          <input
            id={controlId('testifierName')}
            name="testifierName"
            type="text"
            autoComplete="name"
            maxLength={fieldMaximum('testifierName')}
            defaultValue={text('testifierName')}
            aria-describedby={describedBy('testifierName', problems)}
            aria-invalid={problems.testifierName?.length ? true : undefined}
            className={CONTROL}
          />
        </Labelled>
        <Checkbox field="publishName" label={t('you.publishName')} checked={checked('publishName')} problems={problems} t={t} />
        <Labelled field="contactEmail" label={`${t('you.email')} ${t('optional')}`} hint={t('you.emailHint')} problems={problems} t={t}>
          <input
            id={controlId('contactEmail')}
            name="contactEmail"
            type="email"
            autoComplete="email"
            maxLength={fieldMaximum('contactEmail')}
            defaultValue={text('contactEmail')}
            aria-describedby={describedBy('contactEmail', problems)}
            aria-invalid={problems.contactEmail?.length ? true : undefined}
            className={CONTROL}
          />
        </Labelled>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="font-serif text-lg font-semibold">{t('consent.heading')}</legend>
        <p>
          <a href={`/${locale}/privacy`} data-privacy-link>
            {t('consent.privacy')}
          </a>
        </p>
        <Checkbox field="consentShare" label={
            <>
              <span data-consent-text>{texts.consent.consentShare}</span> <span className="text-muted">{t('required')}</span>
            </>
          } checked={checked('consentShare')} problems={problems} t={t} />
        <Checkbox field="consentContact" label={<span data-consent-text>{texts.consent.consentContact}</span>} hint={t('consent.contactHint')} checked={checked('consentContact')} problems={problems} t={t} />
        <Checkbox field="consentPhotographs" label={<span data-consent-text>{texts.consent.consentPhotographs}</span>} hint={t('consent.photographsHint')} checked={checked('consentPhotographs')} problems={problems} t={t} />
      </fieldset>

      <button type="submit" className="rounded border border-mourning bg-mourning px-4 py-2 font-semibold text-paper hover:bg-mourning-dark">
        {t('send')}
      </button>
    </form>
  );
}
