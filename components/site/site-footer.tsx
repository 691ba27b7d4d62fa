import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';

export function SiteFooter({ locale }: { locale: Locale }) {
  return (
    <footer className="mt-16 border-t border-rule no-print">
      <div className="mx-auto max-w-5xl px-4 py-8 font-sans text-sm text-muted">
        <p>
          Every fact on this site is quoted from, and linked to, its source. Where sources disagree, each is shown.{' '}
          <Link href={`/${locale}/about`}>How this memorial is kept and how to cite it</Link>.
        </p>
      </div>
    </footer>
  );
}
