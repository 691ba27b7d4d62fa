import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/admin/user-forms';
import { requireCurator } from '@/lib/auth';
import { changeOwnPasswordAction } from './actions';

export const metadata: Metadata = { title: 'Your account' };

/** Anyone signed in: who they are signed in as, and a form to change their own password. */
export default async function AccountPage() {
  const user = await requireCurator();
  return (
    <>
      <h1 className="mb-6 text-3xl font-semibold">Your account</h1>
      <dl className="mb-10 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2 font-sans">
        <dt className="font-semibold">E-mail address</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">Name</dt>
        <dd>{user.name ?? '—'}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{user.role === 'ADMIN' ? 'Administrator' : 'Curator'}</dd>
      </dl>
      <h2 className="mb-4 text-2xl font-semibold">Change your password</h2>
      <ChangePasswordForm action={changeOwnPasswordAction} />
    </>
  );
}
