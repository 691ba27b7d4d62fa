import type { Metadata } from 'next';
import Link from 'next/link';
import { CitedAccount } from '@/components/site/cited-account';
import { LastUpdated } from '@/components/ui/last-updated';
import { PageHeading } from '@/components/ui/page-heading';
import { ACCOUNT_RANGE } from '@/lib/anniversaries/account';
import { anniversaryNumber, englishOrdinal, nextAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { formatAnniversaryDate } from '@/lib/anniversaries/format';
import { listTimelineEvents } from '@/lib/events/queries';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const title = 'Black January, 20 January 1990 · a memorial';
  const description =
    'What happened in Baku on the night of 19–20 January 1990, told in the words of the sources, with the victims, the timeline, the figures as each source gives them and the anniversary releases.';
  return {
    title: { absolute: title },
    description,
    // The site's card is this folder's opengraph-image.tsx.
    ...pageSocialMetadata({ locale, path: `/${locale}`, title, description, ownImage: true }),
    alternates: { canonical: `/${locale}` },
  };
}

const ENTRY_POINTS = [
  { path: '/victims', title: 'The victims', text: 'A memorial page for each person, with what the sources record and what they do not.' },
  { path: '/timeline', title: 'Timeline', text: 'The events in order, each with the sources that state it.' },
  { path: '/figures', title: 'The figures', text: 'How many were killed, wounded and detained, as each source gives it, side by side.' },
  { path: '/releases', title: 'Press releases', text: 'The anniversary press releases of Azerbaijan’s embassies and missions, word for word.' },
  { path: '/anniversaries', title: 'Anniversaries', text: 'One page for every year of commemoration since 1991.' },
];

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await resolveLocale(params);
  const events = await listTimelineEvents(ACCOUNT_RANGE);
  const nextYear = nextAnniversaryYear(new Date());
  return (
    <>
      <PageHeading
        title="Black January, 20 January 1990"
        lead="What happened in Baku on the night of 19–20 January 1990 and in the days after, told only in the words of the sources. Each quotation names its source."
      />
      <div className="grid gap-12 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="what-happened">
          <h2 id="what-happened" className="mb-6 text-2xl font-semibold">
            What happened
          </h2>
          <CitedAccount events={events} locale={locale} />
        </section>
        <aside className="space-y-10 font-sans">
          <section aria-labelledby="next-anniversary" className="border border-rule p-5">
            <h2 id="next-anniversary" className="text-lg font-semibold">
              Next anniversary
            </h2>
            <p className="mt-2">
              {formatAnniversaryDate(nextYear, locale)}: the {englishOrdinal(anniversaryNumber(nextYear))} anniversary.
            </p>
            <p className="mt-2">
              <Link href={`/${locale}/anniversaries/${nextYear}`}>The {nextYear} anniversary page</Link>
            </p>
          </section>
          <nav aria-labelledby="read-further">
            <h2 id="read-further" className="text-lg font-semibold">
              Read further
            </h2>
            <ul className="mt-3 space-y-4">
              {ENTRY_POINTS.map((entry) => (
                <li key={entry.path}>
                  <Link href={`/${locale}${entry.path}`} className="font-semibold">
                    {entry.title}
                  </Link>
                  <p className="text-sm text-muted">{entry.text}</p>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
      </div>
      <LastUpdated timestamps={events.map((event) => event.updatedAt)} locale={locale} />
    </>
  );
}
