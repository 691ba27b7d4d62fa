import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';

const NAVIGATION = [
  { path: '/timeline', label: 'Timeline' },
  { path: '/victims', label: 'Victims' },
  { path: '/figures', label: 'Figures' },
  { path: '/releases', label: 'Releases' },
  { path: '/issuers', label: 'Issuers' },
  { path: '/anniversaries', label: 'Anniversaries' },
  { path: '/about', label: 'About' },
];

export function SiteHeader({ locale }: { locale: Locale }) {
  return (
    <header className="border-b border-rule no-print">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-8 gap-y-3 px-4 py-5">
        <Link href={`/${locale}`} className="text-ink no-underline">
          <span className="block text-xl font-semibold tracking-wide">Black January</span>
          <span className="block font-sans text-sm text-muted">20 January 1990 · a memorial</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-2 font-sans text-[0.95rem]">
            {NAVIGATION.map((item) => (
              <li key={item.path}>
                <Link href={`/${locale}${item.path}`} className="text-ink hover:text-mourning">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
