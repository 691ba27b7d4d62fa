import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { isCarnationResult } from '@/lib/carnations/answer';
import { readCarnationCount } from '@/lib/carnations/queries';
import { resolveCarnationTarget } from '@/lib/carnations/subject';
import { anniversaryTitle } from '@/lib/embed/card';
import { resolveLocale } from '@/lib/i18n/params';
import { victimDisplayName } from '@/lib/victims/display';
import { singleParam } from '@/lib/visitor-forms/answer';
import { getVictimBySlug } from '@/lib/victims/queries';
import { isSlug } from '@/lib/slug';

/**
 * The answer to "Lay a carnation" (app/api/carnations/route.ts redirects here): what happened and the
 * count as it stands now, read past every cache. It reads the query, so Next renders it per request
 * and sends it `no-store`; the memorial page it links back to stays cached.
 */
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function CarnationAnswerPage({ params, searchParams }: PageProps<'/[locale]/carnations'>) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const [victimSlug, yearText, result] = [singleParam(query.victim), singleParam(query.anniversary), singleParam(query.result)];
  if (!isCarnationResult(result)) notFound();
  const now = new Date();
  const t = await getTranslations({ locale, namespace: 'carnations' });
  let subject = null;
  let name: string;
  if (victimSlug !== undefined) {
    const victim = isSlug(victimSlug) ? await getVictimBySlug(victimSlug) : null;
    if (!victim) notFound();
    subject = await resolveCarnationTarget({ kind: 'victim', slug: victim.slug }, now);
    const display = victimDisplayName(victim, locale);
    name = display.identified ? display.name : t('unnamed');
  } else {
    const year = /^\d{4}$/.test(yearText ?? '') ? Number(yearText) : NaN;
    subject = await resolveCarnationTarget({ kind: 'anniversary', year }, now);
    name = anniversaryTitle(year, null, locale);
  }
  if (!subject) notFound();
  const count = await readCarnationCount(subject.key);
  return (
    <article aria-labelledby="carnation-answer" className="font-sans">
      <PageHeading title={<span id="carnation-answer">{t(`answer.${result}.title`)}</span>} />
      <div role="status" className="max-w-3xl space-y-3 text-lg">
        <p data-carnation-result={result}>{t(`answer.${result}.text`, { name })}</p>
        <p data-carnation-count={count}>{t('count', { count })}</p>
      </div>
      <p className="mt-6">
        <PageLink href={`/${locale}${subject.path}`}>{t('back', { name })}</PageLink>
      </p>
    </article>
  );
}
