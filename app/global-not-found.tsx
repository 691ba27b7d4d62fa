import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteShell } from '@/components/site/site-shell';
import { defaultLocale } from '@/lib/i18n/config';
import '@/components/site/fonts';
import './globals.css';

// Addresses that match no route (or no language) get the site's own 404 page, not a bare one.
export const metadata: Metadata = { title: 'Page not found · Black January memorial' };

export default function GlobalNotFound() {
  return (
    <SiteShell locale={defaultLocale}>
      <NotFoundContent locale={defaultLocale} />
    </SiteShell>
  );
}
