import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import '../globals.css';

// The login page is outside the public site's language segment, so it has a root layout of its own.
export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: 'Sign in · Black January memorial',
  robots: { index: false, follow: false },
};

export default function LoginLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main id="main" className="mx-auto max-w-md px-4 py-16">
          {children}
        </main>
      </body>
    </html>
  );
}
