import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateUserForm, ResetPasswordForm, SetUserActiveForm, UserSecurityForm } from '@/components/admin/user-forms';
import { requireAdmin } from '@/lib/auth';
import { listUsers } from '@/lib/users/queries';
import { createUserAction, endUserSessionsAction, resetPasswordAction, resetUserTwoFactorAction, setUserActiveAction } from './actions';
import { bakuTimestamp } from '@/lib/baku-time';

export const metadata: Metadata = { title: 'Users' };

const SAVED_MESSAGES: Record<string, string> = {
  created: 'The account has been created. Give its owner the first password in person or by phone, never by e-mail.',
  'password-reset': 'The new password is set, and every session of that account has ended.',
  deactivated: 'The account is deactivated: it can no longer sign in, and its sessions have ended.',
  reactivated: 'The account is active again. Its owner signs in with the password it had.',
  'sessions-ended': 'Every session of that account has ended.',
  'two-factor-reset': 'The second factor of that account is removed and its sessions have ended. Its owner sets up a new one.',
};

const timestamp = bakuTimestamp;

/** Administrators only: every account, with forms to add one, set a new password, (de)activate. */
export default async function AdminUsersPage({ searchParams }: PageProps<'/admin/users'>) {
  const admin = await requireAdmin();
  const users = await listUsers();
  const saved = (await searchParams).saved;
  const savedMessage = typeof saved === 'string' ? SAVED_MESSAGES[saved] : undefined;

  return (
    <>
      <h1 className="mb-6 text-3xl font-semibold">Users</h1>
      <div role="status" aria-live="polite">
        {savedMessage ? <p className="mb-6 border-l-4 border-ink bg-white p-3 font-sans">{savedMessage}</p> : null}
      </div>

      <table className="w-full border-collapse text-left font-sans">
        <caption className="sr-only">Accounts of the memorial&rsquo;s curators and administrators</caption>
        <thead>
          <tr className="border-b-2 border-ink text-sm">
            <th scope="col" className="py-2 pr-4">E-mail address</th>
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2 pr-4">Role</th>
            <th scope="col" className="py-2 pr-4">State</th>
            <th scope="col" className="py-2 pr-4">Second factor</th>
            <th scope="col" className="py-2 pr-4">Last signed in (Baku time)</th>
            <th scope="col" className="py-2">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-rule align-top">
              <th scope="row" className="py-3 pr-4 font-normal">{user.email}</th>
              <td className="py-3 pr-4">{user.name ?? <span className="text-muted">—</span>}</td>
              <td className="py-3 pr-4">{user.role === 'ADMIN' ? 'Administrator' : 'Curator'}</td>
              <td className="py-3 pr-4">{user.active ? 'Active' : 'Deactivated'}</td>
              <td className="py-3 pr-4">{user.totpEnabledAt ? 'On' : user.role === 'ADMIN' ? 'Not set up yet' : 'Off'}</td>
              <td className="py-3 pr-4 text-sm">{user.lastSignInAt ? timestamp.format(user.lastSignInAt) : 'Never'}</td>
              <td className="space-y-3 py-3">
                {user.id === admin.id ? (
                  <p className="text-sm">
                    Your own account: <Link href="/admin/account">change your password</Link> on the account page.
                  </p>
                ) : (
                  <>
                    <SetUserActiveForm action={setUserActiveAction} userId={user.id} email={user.email} active={user.active} />
                    <UserSecurityForm action={endUserSessionsAction} userId={user.id} email={user.email} label="End all sessions" />
                    {user.totpEnabledAt ? (
                      <UserSecurityForm action={resetUserTwoFactorAction} userId={user.id} email={user.email} label="Reset the second factor" />
                    ) : null}
                    <details>
                      <summary className="cursor-pointer text-sm">
                        Set a new password<span className="sr-only"> for {user.email}</span>
                      </summary>
                      <div className="mt-3">
                        <ResetPasswordForm action={resetPasswordAction} userId={user.id} email={user.email} />
                      </div>
                    </details>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="mb-4 mt-10 text-2xl font-semibold">Add an account</h2>
      <CreateUserForm action={createUserAction} />
    </>
  );
}
