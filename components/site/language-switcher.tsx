'use client';

import { PageLink } from '@/components/site/page-link';
import { usePathname } from 'next/navigation';
import { LOCALE_NAMES, locales, type Locale } from '@/lib/i18n/config';

/** The current address in another language: the same record, only the first segment changes. */
export function pathInLocale(pathname: string, target: Locale): string {
  const [, , ...rest] = pathname.split('/');
  return `/${[target, ...rest].join('/')}`.replace(/\/$/, '') || `/${target}`;
}

/**
 * Links to this page in the other languages. A client component only to read the current path; it
 * is rendered on the server like the rest of the page, so the links work without JavaScript. Plain
 * links like every public link (components/site/page-link.tsx): nothing is fetched before a reader
 * follows one, so a page that does not exist in another language logs no 404 in the console.
 */
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  return (
    <nav aria-label={label} className="font-sans text-sm">
      <ul className="flex gap-x-4">
        {locales.map((target) => (
          <li key={target}>
            {target === locale ? (
              <span aria-current="true" lang={target} className="font-semibold text-ink">
                {LOCALE_NAMES[target]}
              </span>
            ) : (
              <PageLink href={pathInLocale(pathname, target)} lang={target} hrefLang={target} className="text-ink hover:text-mourning">
                {LOCALE_NAMES[target]}
              </PageLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
