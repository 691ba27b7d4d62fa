import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { requireCurator } from '@/lib/auth';
import '../globals.css';

// The curators' area is never indexed and never cached: it reads the session on every request.
export const metadata: Metadata = {
  title: { default: 'Curators · Black January memorial', template: '%s · Curators · Black January memorial' },
  robots: { index: false, follow: false },
};

const NAVIGATION = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/victims', label: 'Victims' },
  { href: '/admin/releases', label: 'Releases' },
  { href: '/admin/organizations', label: 'Issuers' },
  { href: '/admin/sources', label: 'Sources' },
  { href: '/admin/events', label: 'Events' },
  { href: '/admin/figures', label: 'Figures' },
  { href: '/admin/anniversaries', label: 'Anniversaries' },
  { href: '/admin/translations', label: 'Translations' },
  { href: '/admin/testimonies', label: 'Testimonies' },
  { href: '/admin/remembrances', label: 'Remembrances' },
  { href: '/admin/history', label: 'History' },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Convenience only: every admin page and action checks the session again itself.
  const user = await requireCurator();
  return (
    <html lang="en">
      <body className="min-h-screen bg-white">
        <a href="#main" className="sr-only font-sans focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-paper focus:px-4 focus:py-2">
          Skip to main content
        </a>
        <header className="border-b border-rule bg-paper">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3 font-sans">
            <p className="font-semibold">Black January memorial · curators</p>
            <div className="flex items-center gap-4 text-sm">
              <Link href="/admin/account">{user.email}</Link>
              <span className="text-muted">{user.role === 'ADMIN' ? 'Administrator' : 'Curator'}</span>
              <SignOutButton />
            </div>
          </div>
          <nav aria-label="Curators’ area" className="mx-auto max-w-6xl px-4 pb-3">
            <ul className="flex flex-wrap gap-x-5 gap-y-1 font-sans text-sm">
              {NAVIGATION.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{item.label}</Link>
                </li>
              ))}
              {user.role === 'ADMIN' ? (
                <>
                  <li>
                    <Link href="/admin/users">Users</Link>
                  </li>
                  <li>
                    <Link href="/admin/operator-texts">Privacy and licence</Link>
                  </li>
                </>
              ) : null}
              <li>
                <Link href="/en" prefetch={false}>Public site</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
