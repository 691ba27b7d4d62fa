import type { Metadata } from 'next';
import Link from 'next/link';
import { RemembranceModeration } from '@/components/admin/remembrance-moderation';
import { requireCurator } from '@/lib/auth';
import { bakuTimestamp } from '@/lib/baku-time';
import { listPublishedRemembrances, listRemembranceQueue, type RemembranceQueueItem } from '@/lib/remembrances/admin-queries';
import { victimDisplayName } from '@/lib/victims/display';
import { moderateRemembranceAction } from './actions';

export const metadata: Metadata = { title: 'Remembrances' };

const DECIDED: Record<string, string> = {
  approved: 'The message is published: it is on the memorial page now.',
  rejected: 'The message is rejected: it will never be shown.',
  hidden: 'The message is hidden: it is no longer on the memorial page.',
};

function RemembranceItem({ item }: { item: RemembranceQueueItem }) {
  const { name } = victimDisplayName(item.victim, 'en');
  const headingId = `remembrance-${item.id}`;
  const state = item.status === 'PENDING' ? 'Waiting for review' : item.reportCount > 0 ? 'Published, reported' : 'Published';
  return (
    <li className="border-b border-rule py-4" data-remembrance={item.id}>
      <h3 id={headingId} className="text-lg font-semibold">
        For <Link href={`/en/victims/${item.victim.slug}`}>{name}</Link>
        <span className="font-sans text-sm font-normal text-muted"> · {state}</span>
      </h3>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 font-sans text-sm">
        <dt className="font-semibold">From</dt>
        <dd data-remembrance-author>{item.authorName ?? <span className="italic text-muted">anonymous</span>}</dd>
        <dt className="font-semibold">Left</dt>
        <dd>
          <time dateTime={item.createdAt.toISOString()}>{bakuTimestamp.format(item.createdAt)}</time> (Baku time)
        </dd>
        <dt className="font-semibold">Reports</dt>
        <dd data-remembrance-reports={item.reportCount}>{item.reportCount === 0 ? 'none' : `${item.reportCount} since it was last reviewed`}</dd>
      </dl>
      {/* The visitor's words, as text: never HTML. */}
      <blockquote className="mt-2 whitespace-pre-line border-l-4 border-rule pl-3" data-remembrance-message>
        {item.message}
      </blockquote>
      <RemembranceModeration id={item.id} version={item.version} status={item.status === 'PENDING' ? 'PENDING' : 'APPROVED'} action={moderateRemembranceAction} />
    </li>
  );
}

function RemembranceSection({ id, title, items, empty }: { id: string; title: string; items: RemembranceQueueItem[]; empty: string }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {items.length > 0 ? (
        <ol className="mt-2">
          {items.map((item) => (
            <RemembranceItem key={item.id} item={item} />
          ))}
        </ol>
      ) : (
        <p className="mt-2 font-sans">{empty}</p>
      )}
    </section>
  );
}

export default async function RemembrancesPage({ searchParams }: PageProps<'/admin/remembrances'>) {
  await requireCurator();
  const { decided } = await searchParams;
  const [queue, published] = await Promise.all([listRemembranceQueue(), listPublishedRemembrances()]);
  const confirmation = typeof decided === 'string' ? DECIDED[decided] : undefined;
  return (
    <>
      <h1 className="text-3xl font-semibold">Remembrances</h1>
      <p className="mt-2 max-w-3xl font-sans text-muted">
        Visitors’ messages on memorial pages. None is shown before a curator approves it. A reported message stays shown until a curator hides it; keeping
        it published clears its reports. Rejecting or hiding asks for a reason, which the history keeps.
      </p>
      {confirmation ? (
        <p role="status" className="mt-4 border-l-4 border-ink bg-white p-3 font-sans">
          {confirmation}
        </p>
      ) : null}
      <RemembranceSection id="queue" title={`Waiting for a curator (${queue.length})`} items={queue} empty="No message is waiting: nothing new, nothing reported." />
      <RemembranceSection id="published" title="Published, not reported" items={published} empty="No published message." />
    </>
  );
}
