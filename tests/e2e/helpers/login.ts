import { expect, type Cookie, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../lib/users/demo-accounts';

export type DemoRole = 'curator' | 'admin';

/** The seeded demo accounts' e-mail addresses (npm test seeds them for the end-to-end run). */
export const DEMO_EMAIL: Record<DemoRole, string> = {
  curator: DEMO_USERS.find((user) => user.role === 'CURATOR')!.email,
  admin: DEMO_USERS.find((user) => user.role === 'ADMIN')!.email,
};
export { DEMO_PASSWORD };

// The session cookies of each account, per worker: the real form is used once per worker and role,
// later calls reuse the cookies while they still open the admin area.
const sessions = new Map<DemoRole, Cookie[]>();

/** Signs in through the real login form and waits for the admin area. */
export async function signInThroughForm(page: Page, email: string, password: string, callbackUrl = '/admin'): Promise<void> {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs `page` in as the demo curator or administrator and leaves it on /admin. Reuses the session
 * from an earlier call in the same worker when it still stands (an account's sessions end when its
 * password changes, or it is deactivated), else signs in through the form.
 */
export async function loginAs(page: Page, role: DemoRole): Promise<void> {
  const cached = sessions.get(role);
  if (cached) {
    await page.context().addCookies(cached);
    await page.goto('/admin');
    if (new URL(page.url()).pathname === '/admin') return;
    sessions.delete(role);
  }
  await signInThroughForm(page, DEMO_EMAIL[role], DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin(\?.*)?$/);
  const cookies = await page.context().cookies();
  sessions.set(
    role,
    cookies.filter((cookie) => cookie.name.includes('next-auth')),
  );
}
