import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm, EndSessionsForm, RemoveTwoFactorForm } from '@/components/admin/user-forms';
import { requireCurator } from '@/lib/auth';
import { describeUserAgent, listActiveSessions } from '@/lib/users/sessions';
import { countRecoveryCodes } from '@/lib/users/two-factor';
import { changeOwnPasswordAction, endOwnSessionsAction, removeOwnTwoFactorAction } from './actions';
import { bakuTimestamp } from '@/lib/baku-time';

export const metadata: Metadata = { title: 'Your account' };

const timestamp = bakuTimestamp;

/**
 * Anyone signed in: who they are signed in as, the browsers signed in to the account (each can be
 * ended), the second factor, and a form to change their own password.
 */
export default async function AccountPage({ searchParams }: PageProps<'/admin/account'>) {
  const user = await requireCurator();
  const [sessions, recoveryCodes] = await Promise.all([listActiveSessions(user.id), user.twoFactorEnabled ? countRecoveryCodes(user.id) : 0]);
  const saved = (await searchParams).saved;
  return (
    <>
      <h1 className="mb-6 text-3xl font-semibold">Your account</h1>
      <div role="status" aria-live="polite">
        {saved === 'sessions-ended' ? <p className="mb-6 border-l-4 border-ink bg-white p-3 font-sans">The sessions you chose have ended.</p> : null}
      </div>
      <dl className="mb-10 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2 font-sans">
        <dt className="font-semibold">E-mail address</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Name</dt>
        <dd>{user.name ?? '—'}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{user.role === 'ADMIN' ? 'Administrator' : 'Curator'}</dd>
      </dl>

      <h2 className="mb-4 text-2xl font-semibold">Where you are signed in</h2>
      <table className="mb-4 w-full border-collapse text-left font-sans">
        <caption className="sr-only">Browsers signed in to your account</caption>
        <thead>
          <tr className="border-b-2 border-ink text-sm">
            <th scope="col" className="py-2 pr-4">Browser</th>
            <th scope="col" className="py-2 pr-4">Address</th>
            <th scope="col" className="py-2 pr-4">Signed in (Baku time)</th>
            <th scope="col" className="py-2 pr-4">Last used</th>
            <th scope="col" className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className="border-b border-rule align-top">
              <th scope="row" className="py-3 pr-4 font-normal">
                {describeUserAgent(session.userAgent)}
                {session.id === user.sessionId ? <strong className="ml-2 text-sm">(this browser)</strong> : null}
              </th>
              <td className="py-3 pr-4 text-sm">{session.ip ?? 'Not recorded'}</td>
              <td className="py-3 pr-4 text-sm">{timestamp.format(session.createdAt)}</td>
              <td className="py-3 pr-4 text-sm">{timestamp.format(session.lastUsedAt)}</td>
              <td className="py-3">
                {session.id === user.sessionId ? null : (
                  <EndSessionsForm action={endOwnSessionsAction} scope="one" sessionId={session.id} label="End this session" srLabel={`: ${describeUserAgent(session.userAgent)}, last used ${timestamp.format(session.lastUsedAt)}`} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mb-10 flex flex-wrap gap-4">
        {sessions.length > 1 ? <EndSessionsForm action={endOwnSessionsAction} scope="others" label="End all other sessions" /> : null}
        <EndSessionsForm action={endOwnSessionsAction} scope="all" label="Sign out everywhere" />
      </div>

      <h2 className="mb-4 text-2xl font-semibold">Second factor</h2>
      {user.twoFactorEnabled ? (
        <div className="mb-10 space-y-3 font-sans">
          <p>
            On: signing in asks for a code from your authenticator app. You have {recoveryCodes} unused recovery code{recoveryCodes === 1 ? '' : 's'}.{' '}
            <Link href="/login/two-factor">Replace your authenticator</Link> (you get new recovery codes).
          </p>
          {user.role === 'ADMIN' ? (
            <p className="text-sm text-muted">Administrators must keep a second factor. If you lose your phone and your recovery codes, another administrator can reset it.</p>
          ) : (
            <RemoveTwoFactorForm action={removeOwnTwoFactorAction} />
          )}
        </div>
      ) : (
        <p className="mb-10 font-sans">
          Off: your password alone opens your account. <Link href="/login/two-factor">Set up an authenticator app</Link>.
        </p>
      )}

      <h2 className="mb-4 text-2xl font-semibold">Change your password</h2>
      <ChangePasswordForm action={changeOwnPasswordAction} />
    </>
  );
}
