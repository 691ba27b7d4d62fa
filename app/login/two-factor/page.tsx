import type { Metadata } from 'next';
import Link from 'next/link';
import QRCode from 'qrcode';
import { ConfirmTwoFactorForm } from '@/components/admin/two-factor-forms';
import { requireSignedIn } from '@/lib/auth';
import { totpUri } from '@/lib/users/totp';
import { pendingTwoFactorSecret } from '@/lib/users/two-factor';
import { confirmTwoFactorAction, startTwoFactorAction } from './actions';

export const metadata: Metadata = { title: 'Second factor · Black January memorial' };

/** The secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * Setting up a second factor: an authenticator app's secret as a QR code (an inline SVG drawn on
 * the server) and as text, then a code from the app to confirm it. Plain forms, so it works without
 * JavaScript. Administrators are sent here until they have done it (requireCurator); curators come
 * from their account page. Outside /admin, whose layout would send an administrator back here.
 */
export default async function TwoFactorPage() {
  const user = await requireSignedIn();
  const pending = await pendingTwoFactorSecret(user.id);
  const qr = pending ? await QRCode.toString(totpUri(pending, user.email), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) : null;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">Second factor</h1>
      {user.twoFactorEnabled && !pending ? (
        <p className="mb-6 font-sans">
          Your account has a second factor. <Link href="/admin/account">Back to your account</Link>.
        </p>
      ) : (
        <p className="mb-6 font-sans text-muted">
          {user.role === 'ADMIN' && !user.twoFactorEnabled
            ? 'Administrators sign in with a code from an authenticator app as well as their password. Set one up to continue.'
            : 'With a second factor, your password alone does not open your account: signing in also asks for a code from an authenticator app on your phone.'}
        </p>
      )}
      {pending ? (
        <section aria-labelledby="scan-heading" className="mb-8 space-y-3 font-sans">
          <h2 id="scan-heading" className="text-xl font-semibold">
            1. Add the memorial to your authenticator app
          </h2>
          <p>Scan this code with the app (for example a free, open-source one such as Aegis or 2FAS), or type the key below into it.</p>
          <div className="w-56 bg-white p-2" role="img" aria-label="QR code of the authenticator key" dangerouslySetInnerHTML={{ __html: qr ?? '' }} />
          <p>
            Key: <code className="text-lg tracking-wider">{grouped(pending)}</code>
          </p>
          <h2 className="pt-4 text-xl font-semibold">2. Type the code the app shows</h2>
        </section>
      ) : null}
      {/* Always at this place in the tree: after the confirmation the page renders again without a
          pending key, and the form's state (the recovery codes, shown once) must survive that. */}
      <ConfirmTwoFactorForm action={confirmTwoFactorAction} showForm={Boolean(pending)} />
      <form action={startTwoFactorAction} className="font-sans">
        <button type="submit" className="border border-ink bg-white px-4 py-2 text-ink hover:bg-paper">
          {pending ? 'Start again with a new key' : user.twoFactorEnabled ? 'Replace my authenticator' : 'Set up an authenticator app'}
        </button>
      </form>
    </>
  );
}
