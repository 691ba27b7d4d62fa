import { getTranslations } from 'next-intl/server';
import { Localised } from '@/components/site/localised-text';
import { SourceReference } from '@/components/site/source-reference';
import { groupDisputedVersions, type DisputedVersion } from '@/lib/citations/disputed';
import type { Locale } from '@/lib/i18n/config';
import { localiseText } from '@/lib/translations/fields';

/**
 * Which of the record's sources support one fact: links to the numbered sources below the record
 * ("Sources for this fact: 1, 3"), so a reader sees for each fact where it comes from.
 */
export async function FactSources({ numbers, locale }: { numbers: number[]; locale: Locale }) {
  if (numbers.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'victims' });
  return (
    <span className="ml-2 font-sans text-sm text-muted">
      <span className="sr-only">{t('factSources')}: </span>
      <span aria-hidden="true">[</span>
      {numbers.map((number, index) => (
        <span key={number}>
          {index > 0 ? ', ' : ''}
          <a href={`#source-${number}`} aria-label={t('sourceNumber', { number })}>
            {number}
          </a>
        </span>
      ))}
      <span aria-hidden="true">]</span>
    </span>
  );
}

/**
 * Every source's version of a disputed fact, side by side, each with its source: nothing is chosen.
 * `sourceNumber` finds a version's source among the record's numbered sources.
 */
export async function DisputedVersions({
  versions,
  locale,
  sourceNumber,
  heading,
}: {
  versions: DisputedVersion[];
  locale: Locale;
  sourceNumber: (version: DisputedVersion) => number | null;
  heading: string;
}) {
  if (versions.length === 0) return null;
  const groups = groupDisputedVersions(versions, locale).get(versions[0]!.field) ?? [];
  return (
    <div className="mt-1">
      <p className="font-sans text-sm font-semibold text-mourning">{heading}</p>
      <ul className="mt-1 space-y-1" data-disputed={versions[0]!.field}>
        {groups.map((group) => (
          <li key={group.display} className="border-l-2 border-rule pl-3">
            <span lang={group.language && group.language !== locale ? group.language : undefined}>{group.display}</span>
            <FactSources numbers={group.versions.flatMap((version) => sourceNumber(version) ?? [])} locale={locale} />
            {/* Where the page has no numbered list of sources (the timeline), each source is named here. */}
            {group.versions
              .filter((version) => sourceNumber(version) === null)
              .map((version, index) => (
                <span key={`source-${index}`} className="block font-sans text-sm">
                  — <SourceReference source={version.source} locale={locale} />
                </span>
              ))}
            {/* Two sources' versions that say the same thing often carry the same note: it is shown once. */}
            {[...new Set(group.versions.flatMap((version) => (version.note ? [version.note] : [])))].map((note) => (
              <Localised key={note} value={localiseText(note, 'en', null, locale)} locale={locale} as="span" className="block font-sans text-sm text-muted" />
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
