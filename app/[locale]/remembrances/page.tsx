import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { resolveLocale } from '@/lib/i18n/params';
import { isRemembranceResult, remembranceProblemsOf } from '@/lib/remembrances/answer';
import { REMEMBRANCE_MESSAGE_MAX, REMEMBRANCE_NAME_MAX } from '@/lib/remembrances/schema';
import { isSlug } from '@/lib/slug';
import { victimDisplayName } from '@/lib/victims/display';
import { singleParam } from '@/lib/visitor-forms/answer';
import { getVictimBySlug } from '@/lib/victims/queries';

/**
 * The answer to "Leave a remembrance" and to "Report" (app/api/remembrances/ redirects here): held
 * for review, reported, or what to correct. It reads the query, so Next renders it per request and
 * sends it `no-store`; the memorial page it links back to stays cached.
 */
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function RemembranceAnswerPage({ params, searchParams }: PageProps<'/[locale]/remembrances'>) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const [slug, result] = [singleParam(query.victim), singleParam(query.result)];
  if (!isRemembranceResult(result) || slug === undefined || !isSlug(slug)) notFound();
  const victim = await getVictimBySlug(slug);
  if (!victim) notFound();
  const t = await getTranslations({ locale, namespace: 'remembrances' });
  const display = victimDisplayName(victim, locale);
  const name = display.identified ? display.name : t('unnamed');
  const problems = result === 'invalid' ? remembranceProblemsOf(singleParam(query.problems)) : [];
  return (
    <article aria-labelledby="remembrance-answer" className="font-sans">
      <PageHeading title={<span id="remembrance-answer">{t(`answer.${result}.title`)}</span>} />
      <div role="status" className="max-w-3xl space-y-3 text-lg">
        <p data-remembrance-result={result}>{t(`answer.${result}.text`, { name })}</p>
        {problems.length > 0 ? (
          <ul className="list-disc pl-6">
            {problems.map((problem) => (
              <li key={problem}>{t(`problems.${problem}`, { max: problem.startsWith('name') ? REMEMBRANCE_NAME_MAX : REMEMBRANCE_MESSAGE_MAX })}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="mt-6">
        <PageLink href={`/${locale}/victims/${victim.slug}#remembrances`}>{t('back', { name })}</PageLink>
      </p>
    </article>
  );
}
