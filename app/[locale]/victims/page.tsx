import type { Metadata } from 'next';
import Link from 'next/link';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { resolveLocale } from '@/lib/i18n/params';
import { victimDisplayName } from '@/lib/victims/display';
import { FATE_LABELS } from '@/lib/victims/labels';
import { listVictimPlaces, listVictims } from '@/lib/victims/queries';
import { parseVictimSearch, PLACE_NOT_RECORDED, type VictimSearch } from '@/lib/victims/schema';
import { pageSocialMetadata } from '@/lib/og/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/victims'>): Promise<Metadata> {
  const { locale } = await params;
  const title = 'The victims';
  const description = 'The people killed in January 1990, each with what the sources record and what they do not. Search by name and filter by place and age.';
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/victims`, title, description }),
    alternates: { canonical: `/${locale}/victims` },
  };
}

function searchHref(locale: string, search: VictimSearch, page: number): string {
  const query = new URLSearchParams();
  if (search.q) query.set('q', search.q);
  if (search.place) query.set('place', search.place);
  if (search.ageMin !== undefined) query.set('ageMin', String(search.ageMin));
  if (search.ageMax !== undefined) query.set('ageMax', String(search.ageMax));
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return `/${locale}/victims${text ? `?${text}` : ''}`;
}

export default async function VictimsPage({ params, searchParams }: PageProps<'/[locale]/victims'>) {
  const locale = await resolveLocale(params);
  const search = parseVictimSearch(await searchParams);
  const [{ victims, total, pageCount }, places] = await Promise.all([listVictims(search), listVictimPlaces()]);
  const filtered = Boolean(search.q || search.place || search.ageMin !== undefined || search.ageMax !== undefined);
  return (
    <>
      <PageHeading
        title="The victims"
        lead="Each record holds only what a source gives. Some people are known to the sources only by a description; they are listed as the sources describe them. Where a fact is unknown, the page says so."
      />
      <form method="get" action={`/${locale}/victims`} role="search" aria-label="Search victims" className="mb-8 grid gap-4 font-sans sm:grid-cols-[2fr_1.5fr_auto_auto_auto] sm:items-end no-print">
        <div className="flex flex-col">
          <label htmlFor="search-name" className="text-sm font-semibold">Name</label>
          <input id="search-name" name="q" type="search" defaultValue={search.q ?? ''} maxLength={100} className="mt-1 border border-muted bg-white px-2 py-1.5" />
        </div>
        <div className="flex flex-col">
          <label htmlFor="search-place" className="text-sm font-semibold">Place of death</label>
          <select id="search-place" name="place" defaultValue={search.place ?? ''} className="mt-1 border border-muted bg-white px-2 py-1.5">
            <option value="">Any place</option>
            {places.places.map((place) => (
              <option key={place} value={place}>{place}</option>
            ))}
            {places.hasUnrecorded ? <option value={PLACE_NOT_RECORDED}>Not recorded</option> : null}
          </select>
        </div>
        <fieldset className="flex gap-2">
          <legend className="text-sm font-semibold">Age</legend>
          <label className="flex flex-col text-sm">
            <span>from</span>
            <input name="ageMin" type="number" min={0} max={120} inputMode="numeric" defaultValue={search.ageMin ?? ''} className="w-20 border border-muted bg-white px-2 py-1.5" />
          </label>
          <label className="flex flex-col text-sm">
            <span>to</span>
            <input name="ageMax" type="number" min={0} max={120} inputMode="numeric" defaultValue={search.ageMax ?? ''} className="w-20 border border-muted bg-white px-2 py-1.5" />
          </label>
        </fieldset>
        <button type="submit" className="border border-ink bg-ink px-4 py-1.5 text-paper hover:bg-mourning-dark">Search</button>
        {filtered ? <Link href={`/${locale}/victims`} className="self-center">Clear</Link> : null}
      </form>
      <p className="mb-4 font-sans text-sm text-muted" role="status">
        {total === 1 ? '1 record' : `${total} records`}
        {filtered ? (total === 1 ? ' matches your search' : ' match your search') : ''}.
      </p>
      {victims.length === 0 ? (
        <p className="font-sans">No record matches this search. Try another spelling, or fewer filters.</p>
      ) : (
        <ul className="divide-y divide-rule border-y border-rule">
          {victims.map((victim) => {
            const { name, identified } = victimDisplayName(victim);
            return (
              <li key={victim.slug} className="py-4">
                <Link href={`/${locale}/victims/${victim.slug}`} className={identified ? 'text-lg font-semibold' : 'text-lg italic'}>
                  {name}
                </Link>
                <p className="font-sans text-sm text-muted">
                  {victim.age !== null ? `Age ${victim.age}` : 'Age not recorded'} · {FATE_LABELS[victim.fate]} ·{' '}
                  {victim.deathPlace ?? 'place not recorded'}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pages of results" className="mt-6 flex gap-4 font-sans">
          {search.page > 1 ? <Link href={searchHref(locale, search, search.page - 1)} rel="prev">Previous page</Link> : null}
          <span>
            Page {Math.min(search.page, pageCount)} of {pageCount}
          </span>
          {search.page < pageCount ? <Link href={searchHref(locale, search, search.page + 1)} rel="next">Next page</Link> : null}
        </nav>
      ) : null}
      <LastUpdated timestamps={victims.map((victim) => victim.updatedAt)} locale={locale} />
    </>
  );
}
