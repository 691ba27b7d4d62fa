import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/ui/page-heading';
import { env } from '@/lib/env';
import { resolveLocale } from '@/lib/i18n/params';
import { pageSocialMetadata } from '@/lib/og/metadata';

export const revalidate = 86400;

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const { locale } = await params;
  const title = 'About this memorial';
  const description = 'Who keeps the Black January memorial, how its sources and disputed figures are handled, and how to cite its pages.';
  return {
    title,
    description,
    ...pageSocialMetadata({ locale, path: `/${locale}/about`, title, description }),
    alternates: { canonical: `/${locale}/about` },
  };
}

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = await resolveLocale(params);
  const exampleUrl = `${env.SITE_URL}/${locale}/figures`;
  return (
    <>
      <PageHeading title="About this memorial" />
      <div className="max-w-3xl space-y-10">
        <section aria-labelledby="who">
          <h2 id="who" className="text-2xl font-semibold">Who keeps it</h2>
          <p className="mt-3">
            The memorial is kept by its curators, who add and correct records in an editing area that is closed to the
            public. Every change they make is recorded with who made it and when, and earlier versions can be restored.
            Records are published only when a curator publishes them.
          </p>
        </section>
        <section aria-labelledby="sources-rules">
          <h2 id="sources-rules" className="text-2xl font-semibold">How sources are handled</h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            <li>Nothing on this site is invented. Every event, figure and detail about a person is quoted from, and linked to, at least one source: a press release in the archive, or an external document named with its title, publisher, date and address.</li>
            <li>Press releases are kept as they were issued: the text word for word, with issuer, date, place and language. Where copying left debris (such as a stray line from a web page), it is left out and the release’s archive note says so. Where a release prints no title, the title shown is the archive’s, in square brackets.</li>
            <li>A person’s memorial page shows only what a source says about that person. What no source says stays unknown, and the page says “not recorded in the sources” rather than guessing. Some people are known only by a description (“a 7-year old boy”); they are listed under that description, never under an invented name.</li>
          </ul>
        </section>
        <section aria-labelledby="disputed">
          <h2 id="disputed" className="text-2xl font-semibold">Disputed figures</h2>
          <p className="mt-3">
            The sources give different numbers of people killed, wounded and detained. This memorial does not choose between
            them. Each figure is stored with its source, the way it is qualified (“more than”, “about”), the area it covers
            (Baku, or all of Azerbaijan, or not stated) and the source’s exact words, which are authoritative.{' '}
            <Link href={`/${locale}/figures`}>The figures page</Link> shows them side by side.
          </p>
        </section>
        <section aria-labelledby="cite">
          <h2 id="cite" className="text-2xl font-semibold">How to cite a page</h2>
          <p className="mt-3">
            Cite the source a fact comes from, as each page names it, and this memorial as the place you read it, with the
            page’s address and the date you consulted it. Every page’s address is stable. For example:
          </p>
          <p className="mt-3 border-l-4 border-rule pl-4 font-sans text-sm">
            “The figures, source by source”, Black January memorial, {exampleUrl} (consulted on [date]).
          </p>
          <p className="mt-3">Each press release’s page gives a ready-made citation of the release itself.</p>
          <p className="mt-3">
            To cite a fixed version of the whole memorial, download its published content, with the source of every fact, as{' '}
            <a href="/export/memorial.json" download>JSON</a> or <a href="/export/memorial.csv" download>CSV</a>; each file names its version and the date it was generated.
          </p>
        </section>
      </div>
    </>
  );
}
