import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { requireCurator } from '@/lib/auth';
import { MAX_IMPORT_ROWS } from '@/lib/victims/import/file';

export const metadata: Metadata = { title: 'Victims imported' };

const paramsSchema = z.object({ created: z.coerce.number().int().min(0).max(MAX_IMPORT_ROWS).catch(0) });

export default async function VictimsImportedPage({ searchParams }: PageProps<'/admin/victims/import/done'>) {
  await requireCurator();
  const raw = (await searchParams).created;
  const { created } = paramsSchema.parse({ created: Array.isArray(raw) ? raw[0] : raw });
  return (
    <>
      <p className="font-sans text-sm"><Link href="/admin/victims">Victims</Link></p>
      <h1 className="mb-4 text-3xl font-semibold">
        {created === 1 ? '1 record imported' : `${created.toLocaleString('en')} records imported`}
      </h1>
      <p role="status" className="mb-6 max-w-3xl font-sans">
        {created === 1 ? 'It was created as a draft, citing its source.' : 'They were created as drafts, each citing its source.'} Drafts are
        not public: check each record, then publish it from its page.
      </p>
      <ul className="space-y-2 font-sans">
        <li><Link href="/admin/victims?status=draft">See the drafts</Link></li>
        <li><Link href="/admin/victims/import">Import another file</Link></li>
      </ul>
    </>
  );
}
