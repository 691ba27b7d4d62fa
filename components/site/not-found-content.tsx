import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';

/** The body of every 404 page, inside the site's layout or the global fallback. */
export function NotFoundContent({ locale }: { locale: Locale }) {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-semibold">Page not found</h1>
      <p className="mt-4">There is no page at this address. It may have been mistyped, or the record may not be published.</p>
      <ul className="mt-6 list-disc space-y-1 pl-6 font-sans">
        <li><Link href={`/${locale}`}>Home</Link></li>
        <li><Link href={`/${locale}/victims`}>The victims</Link></li>
        <li><Link href={`/${locale}/releases`}>Press releases</Link></li>
        <li><Link href={`/${locale}/anniversaries`}>Anniversaries</Link></li>
      </ul>
    </div>
  );
}
