import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { TestimonyFormEnhancer } from '@/components/site/testimony-form-enhancer';
import { VisitorFormGuard } from '@/components/site/visitor-form-guard';
import type { Locale } from '@/lib/i18n/config';
import type { TestimonyTexts } from '@/lib/operator-texts/queries';
import { PROPOSAL_FIELD_NAMES, PROPOSAL_FIELDS } from '@/lib/testimonies/fields';
import { MAX_TESTIMONY_FILE_BYTES, TESTIMONY_FILE_SLOTS } from '@/lib/testimonies/files';
import { testimonyProblemList, type TestimonyProblemList } from '@/lib/testimonies/problem-text';
import { fieldMaximum, fileSlotFields, TESTIMONY_KINDS, type TestimonyFormValues, type TestimonyProblems } from '@/lib/testimonies/submission';

const CONTROL = 'mt-1 w-full border border-muted bg-white px-2 py-1.5';
const MEGABYTES = MAX_TESTIMONY_FILE_BYTES / (1024 * 1024);

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

/** Where a problem's link leads: the field's control (the first choice of a group), or the list itself. */
export function problemAnchor(field: string): string {
  return `#${field === 'form' ? 'testimony-problems' : controlId(field === 'kind' ? 'kind-NEW_PERSON' : field)}`;
}

/** The id of a field's control; its hint and its problems are `<id>-hint` and `<id>-problems`. */
function controlId(field: string): string {
  return `testimony-${field}`;
}

function describedBy(field: string, hint = true): string {
  return [hint ? `${controlId(field)}-hint` : null, `${controlId(field)}-problems`].filter(Boolean).join(' ');
}

/**
 * A field's problems, beside it; always there (empty when none) so that the control names it in
 * aria-describedby and the script's answer (components/site/testimony-form-enhancer.tsx) fills it in.
 */
function FieldProblems({ field, texts }: { field: string; texts: Map<string, string[]> }) {
  return (
    <ul id={`${controlId(field)}-problems`} className="mt-1 font-semibold text-mourning" data-problems-for={field}>
      {(texts.get(field) ?? []).map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}

function Labelled({ field, label, hint, texts, children }: { field: string; label: ReactNode; hint: string; texts: Map<string, string[]>; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={controlId(field)} className="block font-semibold">
        {label}
      </label>
      <p id={`${controlId(field)}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      {children}
      <FieldProblems field={field} texts={texts} />
    </div>
  );
}

function Checkbox({ field, label, hint, checked, texts }: { field: string; label: ReactNode; hint?: string; checked: boolean; texts: Map<string, string[]> }) {
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
          aria-describedby={describedBy(field, hint !== undefined)}
          aria-invalid={texts.has(field) ? true : undefined}
        />
        <label htmlFor={controlId(field)}>{label}</label>
      </div>
      {hint !== undefined ? (
        <p id={`${controlId(field)}-hint`} className="ml-6 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldProblems field={field} texts={texts} />
    </div>
  );
}

/**
 * The testimony form: a plain multipart form posted to app/api/testimonies (no script needed), every
 * control labelled with its hint and its problems beside it, the operator's consent statements exactly
 * as they wrote them and a link to their privacy notice. After a refusal it comes back with what was
 * typed (React sets it as text, never as HTML), every problem, and the files to choose again.
 */
export async function TestimonyForm({ locale, texts: operatorTexts, victim, values, problems, fileNames, retryId }: TestimonyFormProps) {
  const t = await getTranslations({ locale, namespace: 'testimony' });
  const kind = values.kind ?? (victim ? 'ADDITION' : 'NEW_PERSON');
  const list = testimonyProblemList(locale, problems);
  const texts = new Map(list.fields.map((entry) => [entry.field, entry.texts]));
  const text = (field: string) => values[field] ?? '';
  const checked = (field: string) => values[field] === 'on';
  return (
    <form
      id="testimony-form"
      method="post"
      encType="multipart/form-data"
      action="/api/testimonies"
      className="relative max-w-3xl space-y-8 font-sans"
      aria-describedby="testimony-problems"
    >
      <input type="hidden" name="locale" value={locale} />
      {retryId ? <input type="hidden" name="retry" value={retryId} /> : null}
      <VisitorFormGuard honeypotLabel={t('honeypot')} />
      <div id="testimony-problems" aria-live="polite" tabIndex={-1} data-testimony-problems>
        {list.fields.length > 0 || fileNames.length > 0 ? <ProblemSummary list={list} fileNames={fileNames} chooseAgain={t('files.chooseAgain', { names: fileNames.join(', ') })} /> : null}
      </div>

      <fieldset className="space-y-2" aria-describedby={`${controlId('kind')}-problems`}>
        <legend className="font-serif text-lg font-semibold">{t('kind.legend')}</legend>
        {TESTIMONY_KINDS.map((option) => (
          <div key={option} className="flex items-start gap-2">
            <input id={controlId(`kind-${option}`)} type="radio" name="kind" value={option} defaultChecked={kind === option} className="mt-1" />
            <label htmlFor={controlId(`kind-${option}`)}>{t(`kind.${option}`)}</label>
          </div>
        ))}
        <FieldProblems field="kind" texts={texts} />
      </fieldset>

      <Labelled field="victim" label={victim ? t('about', { name: victim.name }) : t('victim.label')} hint={t('victim.hint')} texts={texts}>
        <input
          id={controlId('victim')}
          name="victim"
          type="text"
          defaultValue={victim?.slug ?? text('victim')}
          maxLength={200}
          autoComplete="off"
          aria-describedby={describedBy('victim')}
          aria-invalid={texts.has('victim') ? true : undefined}
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
            'aria-describedby': describedBy(field),
            'aria-invalid': texts.has(field) ? true : undefined,
            className: CONTROL,
          };
          return (
            <Labelled key={field} field={field} label={t(`fields.${field}.label`)} hint={t(`fields.${field}.hint`)} texts={texts}>
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
        <Labelled field="withholdTarget" label={t('withhold.target')} hint={t('withhold.targetHint')} texts={texts}>
          <select
            id={controlId('withholdTarget')}
            name="withholdTarget"
            defaultValue={text('withholdTarget')}
            aria-describedby={describedBy('withholdTarget')}
            aria-invalid={texts.has('withholdTarget') ? true : undefined}
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
        <Labelled field="withholdReason" label={t('withhold.reason')} hint={t('withhold.reasonHint')} texts={texts}>
          <textarea
            id={controlId('withholdReason')}
            name="withholdReason"
            rows={3}
            maxLength={fieldMaximum('withholdReason')}
            defaultValue={text('withholdReason')}
            aria-describedby={describedBy('withholdReason')}
            aria-invalid={texts.has('withholdReason') ? true : undefined}
            className={CONTROL}
          />
        </Labelled>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="font-serif text-lg font-semibold">{t('basis.heading')}</legend>
        <Labelled field="relation" label={`${t('basis.relation')} ${t('required')}`} hint={t('basis.relationHint')} texts={texts}>
          <input
            id={controlId('relation')}
            name="relation"
            type="text"
            required
            maxLength={fieldMaximum('relation')}
            defaultValue={text('relation')}
            aria-describedby={describedBy('relation')}
            aria-invalid={texts.has('relation') ? true : undefined}
            className={CONTROL}
          />
        </Labelled>
        <Labelled field="knowledgeBasis" label={t('basis.knowledgeBasis')} hint={t('basis.knowledgeBasisHint')} texts={texts}>
          <textarea
            id={controlId('knowledgeBasis')}
            name="knowledgeBasis"
            rows={4}
            maxLength={fieldMaximum('knowledgeBasis')}
            defaultValue={text('knowledgeBasis')}
            aria-describedby={describedBy('knowledgeBasis')}
            aria-invalid={texts.has('knowledgeBasis') ? true : undefined}
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
              <Labelled field={names.file} label={t('files.file', { slot })} hint={t('files.fileHint')} texts={texts}>
                <input
                  id={controlId(names.file)}
                  name={names.file}
                  type="file"
                  accept="image/jpeg,image/png,image/webp,application/pdf"
                  aria-describedby={describedBy(names.file)}
                  aria-invalid={texts.has(names.file) ? true : undefined}
                  className="mt-1 block"
                />
              </Labelled>
              <Labelled field={names.rightsHolder} label={t('files.rightsHolder')} hint={t('files.rightsHolderHint')} texts={texts}>
                <input
                  id={controlId(names.rightsHolder)}
                  name={names.rightsHolder}
                  type="text"
                  maxLength={fieldMaximum(names.rightsHolder)}
                  defaultValue={text(names.rightsHolder)}
                  aria-describedby={describedBy(names.rightsHolder)}
                  aria-invalid={texts.has(names.rightsHolder) ? true : undefined}
                  className={CONTROL}
                />
              </Labelled>
              <Checkbox field={names.mayPublish} label={t('files.mayPublish')} checked={checked(names.mayPublish)} texts={texts} />
            </div>
          );
        })}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="font-serif text-lg font-semibold">{t('you.heading')}</legend>
        <Labelled field="testifierName" label={t('you.name')} hint={t('you.nameHint')} texts={texts}>
          <input
            id={controlId('testifierName')}
            name="testifierName"
            type="text"
            autoComplete="name"
            maxLength={fieldMaximum('testifierName')}
            defaultValue={text('testifierName')}
            aria-describedby={describedBy('testifierName')}
            aria-invalid={texts.has('testifierName') ? true : undefined}
            className={CONTROL}
          />
        </Labelled>
        <Checkbox field="publishName" label={t('you.publishName')} checked={checked('publishName')} texts={texts} />
        <Labelled field="contactEmail" label={`${t('you.email')} ${t('optional')}`} hint={t('you.emailHint')} texts={texts}>
          <input
            id={controlId('contactEmail')}
            name="contactEmail"
            type="email"
            autoComplete="email"
            maxLength={fieldMaximum('contactEmail')}
            defaultValue={text('contactEmail')}
            aria-describedby={describedBy('contactEmail')}
            aria-invalid={texts.has('contactEmail') ? true : undefined}
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
              <span data-consent-text>{operatorTexts.consent.consentShare}</span> <span className="text-muted">{t('required')}</span>
            </>
          } checked={checked('consentShare')} texts={texts} />
        <Checkbox field="consentContact" label={<span data-consent-text>{operatorTexts.consent.consentContact}</span>} hint={t('consent.contactHint')} checked={checked('consentContact')} texts={texts} />
        <Checkbox field="consentPhotographs" label={<span data-consent-text>{operatorTexts.consent.consentPhotographs}</span>} hint={t('consent.photographsHint')} checked={checked('consentPhotographs')} texts={texts} />
      </fieldset>

      <button type="submit" className="rounded border border-mourning bg-mourning px-4 py-2 font-semibold text-paper hover:bg-mourning-dark">
        {t('send')}
      </button>
      <TestimonyFormEnhancer formId="testimony-form" />
    </form>
  );
}

/**
 * The list of problems at the top, with a link to each field. The script's answer builds the same
 * (components/site/testimony-form-enhancer.tsx, from the same TestimonyProblemList).
 */
function ProblemSummary({ list, fileNames, chooseAgain }: { list: TestimonyProblemList; fileNames: string[]; chooseAgain: string }) {
  return (
    <div role="alert" className="border-l-4 border-mourning bg-white p-4">
      {list.fields.length > 0 ? (
        <>
          <p className="font-semibold">{list.heading}</p>
          <p className="text-sm">{list.count}</p>
          <ul className="mt-2 list-disc pl-6">
            {list.fields.flatMap((entry) =>
              entry.texts.map((text) => (
                <li key={`${entry.field}-${text}`}>
                  <a href={problemAnchor(entry.field)}>{entry.label}</a>: {text}
                </li>
              )),
            )}
          </ul>
        </>
      ) : null}
      {fileNames.length > 0 ? (
        <p className="mt-2 font-semibold" data-choose-again>
          {chooseAgain}
        </p>
      ) : null}
    </div>
  );
}
