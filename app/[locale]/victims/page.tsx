import type { Metadata } from 'next';
import { PageLink } from '@/components/site/page-link';
import { getTranslations } from 'next-intl/server';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { NAMES_FEED_PATH } from '@/lib/feeds/names-feed';
import { pageAlternates } from '@/lib/i18n/alternates';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';
import { nameForms } from '@/lib/victims/name-language';
import { listVictimHomes, listVictimPlaces } from '@/lib/victims/queries';
import { listVictims, type VictimListItem } from '@/lib/victims/search/search';
import { parseVictimSearch, PLACE_NOT_RECORDED, VICTIM_FATES, victimSearchHref } from '@/lib/victims/schema';

export async function generateMetadata({ params }: PageProps<'/[locale]/victims'>): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: 'victimSearch' });
  const title = t('title');
  const description = t('metaDescription');
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/victims`, title, description }),
    alternates: {
      ...pageAlternates(locale, '/victims'),
      types: { 'application/atom+xml': [{ url: NAMES_FEED_PATH, title: t('namesFeedTitle') }] },
    },
  };
}

const inputClass = 'mt-1 border border-muted bg-white px-2 py-1.5';

export default async function VictimsPage({ params, searchParams }: PageProps<'/[locale]/victims'>) {
  const locale = await resolveLocale(params);
  const search = parseVictimSearch(await searchParams);
  const [t, common, { victims, total, pageCount, totalIsAtLeast }, places, homes] = await Promise.all([
    getTranslations({ locale, namespace: 'victimSearch' }),
    getTranslations({ locale, namespace: 'common' }),
    listVictims(search),
    listVictimPlaces(),
    listVictimHomes(),
  ]);
  const filtered = Boolean(
    search.q || search.place || search.home || search.ageMin !== undefined || search.ageMax !== undefined || search.fate || search.diedFrom || search.diedTo,
  );
  // Descriptions of unnamed people are the sources' own (English) words.
  const descriptionLang = locale === 'en' ? undefined : 'en';

  function victimName(victim: VictimListItem) {
    const [primary, ...others] = nameForms(victim);
    if (!primary) {
      const name = victim.description
        ? t.rich('unidentified', { description: victim.description, original: (chunks) => <span lang={descriptionLang}>{chunks}</span> })
        : t('unidentifiedPerson');
      return { link: <span className="italic">{name}</span>, others };
    }
    return { link: <span className="font-semibold" lang={primary.lang === locale ? undefined : primary.lang}>{primary.name}</span>, others };
  }

  return (
    <>
      <PageHeading title={t('title')} lead={t('lead')} />
      <form method="get" action={`/${locale}/victims`} role="search" aria-label={t('formLabel')} className="mb-8 grid gap-4 font-sans no-print">
        <div className="grid gap-4 sm:grid-cols-[2fr_1.5fr_1.5fr_1fr] sm:items-start">
          <div className="flex flex-col">
            <label htmlFor="search-name" className="text-sm font-semibold">{t('name')}</label>
            <input id="search-name" name="q" type="search" defaultValue={search.q ?? ''} maxLength={100} aria-describedby="search-name-hint" className={inputClass} />
            <p id="search-name-hint" className="mt-1 text-sm text-muted">{t('nameHint')}</p>
          </div>
          <div className="flex flex-col">
            <label htmlFor="search-place" className="text-sm font-semibold">{t('place')}</label>
            <select id="search-place" name="place" defaultValue={search.place ?? ''} className={inputClass}>
              <option value="">{t('anyPlace')}</option>
              {places.places.map((place) => (
                <option key={place} value={place}>{place}</option>
              ))}
              {places.hasUnrecorded ? <option value={PLACE_NOT_RECORDED}>{t('placeNotRecorded')}</option> : null}
            </select>
          </div>
          <div className="flex flex-col">
            <label htmlFor="search-home" className="text-sm font-semibold">{t('home')}</label>
            <select id="search-home" name="home" defaultValue={search.home ?? ''} className={inputClass}>
              <option value="">{t('anyHome')}</option>
              {homes.map((home) => (
                <option key={home} value={home}>{home}</option>
              ))}
            </select>
          </div>
          <div className="flex flex-col">
            <label htmlFor="search-fate" className="text-sm font-semibold">{t('fate')}</label>
            <select id="search-fate" name="fate" defaultValue={search.fate ?? ''} className={inputClass}>
              <option value="">{t('anyFate')}</option>
              {VICTIM_FATES.map((fate) => (
                <option key={fate} value={fate}>{common(`fate.${fate}`)}</option>
              ))}
            </select>
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-6">
          <fieldset className="flex gap-2">
            <legend className="text-sm font-semibold">{t('age')}</legend>
            <label className="flex flex-col text-sm">
              <span>{t('ageFrom')}</span>
              <input name="ageMin" type="number" min={0} max={120} inputMode="numeric" defaultValue={search.ageMin ?? ''} className={`w-20 ${inputClass}`} />
            </label>
            <label className="flex flex-col text-sm">
              <span>{t('ageTo')}</span>
              <input name="ageMax" type="number" min={0} max={120} inputMode="numeric" defaultValue={search.ageMax ?? ''} className={`w-20 ${inputClass}`} />
            </label>
          </fieldset>
          <fieldset className="flex gap-2">
            <legend className="text-sm font-semibold">{t('died')}</legend>
            <label className="flex flex-col text-sm">
              <span>{t('diedFrom')}</span>
              <input name="diedFrom" type="date" min="1900-01-01" max="2099-12-31" defaultValue={search.diedFrom ?? ''} className={inputClass} />
            </label>
            <label className="flex flex-col text-sm">
              <span>{t('diedTo')}</span>
              <input name="diedTo" type="date" min="1900-01-01" max="2099-12-31" defaultValue={search.diedTo ?? ''} className={inputClass} />
            </label>
          </fieldset>
          <button type="submit" className="border border-ink bg-ink px-4 py-1.5 text-paper hover:bg-mourning-dark">{t('submit')}</button>
          {filtered ? <PageLink href={`/${locale}/victims`} className="self-center">{t('clear')}</PageLink> : null}
        </div>
      </form>
      <p className="mb-4 font-sans text-sm text-muted" role="status">
        {totalIsAtLeast ? t('countBroad', { total }) : filtered ? t('countMatching', { total }) : t('countAll', { total })}
      </p>
      {victims.length === 0 ? (
        <p className="font-sans">{t('noResults')}</p>
      ) : (
        <ul className="divide-y divide-rule border-y border-rule">
          {victims.map((victim) => {
            const { link, others } = victimName(victim);
            return (
              <li key={victim.slug} className="py-4">
                <PageLink href={`/${locale}/victims/${victim.slug}`} className="text-lg">
                  {link}
                </PageLink>
                {others.length > 0 ? (
                  <p className="font-sans text-sm">
                    {t('otherForms')}:{' '}
                    {others.map((form, index) => (
                      <span key={form.name}>
                        {index > 0 ? ' · ' : null}
                        <span lang={form.lang === locale ? undefined : form.lang}>{form.name}</span>
                      </span>
                    ))}
                  </p>
                ) : null}
                <p className="font-sans text-sm text-muted">
                  {victim.age !== null ? t('ageValue', { age: victim.age }) : t('ageNotRecorded')} ·{' '}
                  {/* "Took own life" is shown only on the memorial page, behind its content warning. */}
                  {victim.fate === 'TOOK_OWN_LIFE' ? null : <>{common(`fate.${victim.fate}`)} · </>}
                  {victim.deathPlace ?? t('placeNotRecordedInList')}
                  {victim.home ? ` · ${t('home')}: ${victim.home}` : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label={t('pagesLabel')} className="mt-6 flex gap-4 font-sans">
          {search.page > 1 ? <PageLink href={victimSearchHref(locale, search, search.page - 1)} rel="prev">{common('pagination.previous')}</PageLink> : null}
          <span>{common('pagination.pageOf', { page: Math.min(search.page, pageCount), pageCount })}</span>
          {search.page < pageCount ? <PageLink href={victimSearchHref(locale, search, search.page + 1)} rel="next">{common('pagination.next')}</PageLink> : null}
        </nav>
      ) : null}
      <p className="mt-10 font-sans text-sm">
        <a href={NAMES_FEED_PATH} type="application/atom+xml">
          {t('namesFeed')}
        </a>
      </p>
      <LastUpdated timestamps={victims.map((victim) => victim.updatedAt)} locale={locale} />
    </>
  );
}
