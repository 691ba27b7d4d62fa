import { type Cookie, type Page } from '@playwright/test';
import { expect, test } from './test';
import { generate } from 'otplib';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, DEMO_USERS } from '../../../lib/users/demo-accounts';

export type DemoRole = 'curator' | 'admin';

/** The seeded demo accounts' e-mail addresses (npm test seeds them for the end-to-end run). */
export const DEMO_EMAIL: Record<DemoRole, string> = {
  curator: DEMO_USERS.find((user) => user.role === 'CURATOR')!.email,
  admin: DEMO_USERS.find((user) => user.role === 'ADMIN')!.email,
};
export { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD };

// The session cookies of each account, per worker: the real form is used once per worker and role,
// later calls reuse the cookies while they still open the admin area.
const sessions = new Map<DemoRole, Cookie[]>();

const PERIOD_MS = 30_000;

/** The demo admin's authenticator code for the current 30-second step, as an app would show it. */
export function demoAdminCode(now: number = Date.now()): Promise<string> {
  return generate({ secret: DEMO_ADMIN_TOTP_SECRET, epoch: Math.floor(now / 1000) });
}

/** Waits for the next 30-second step, when the authenticator shows a new code. */
export async function waitForNextCodeStep(page: Page): Promise<void> {
  await page.waitForTimeout(PERIOD_MS - (Date.now() % PERIOD_MS) + 250);
}

async function fillAndSubmit(page: Page, email: string, password: string, callbackUrl: string, code: string | undefined): Promise<void> {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  if (code !== undefined) await page.getByLabel('Code from your authenticator app').fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs in through the real login form. The demo administrator has a second factor (administrators
 * must), so for that account the form also gets the authenticator's current code unless `code` is
 * given. A code is accepted once only: when another worker used this step's code a moment ago, the
 * helper waits for the next step and tries again, as a person would.
 */
export async function signInThroughForm(page: Page, email: string, password: string, callbackUrl = '/admin', code?: string): Promise<void> {
  const needsCode = email.trim().toLowerCase() === DEMO_EMAIL.admin && password === DEMO_PASSWORD && code === undefined;
  if (!needsCode) {
    await fillAndSubmit(page, email, password, callbackUrl, code);
    return;
  }
  for (let attempt = 1; ; attempt++) {
    await fillAndSubmit(page, email, password, callbackUrl, await demoAdminCode());
    await page.waitForURL((url) => !url.pathname.startsWith('/api/auth'));
    if (!new URL(page.url()).searchParams.get('error')?.startsWith('SecondFactorInvalid') || attempt === 3) return;
    // Waiting for the next code must not eat the test's own time.
    test.info().setTimeout(test.info().timeout + PERIOD_MS + 5_000);
    await waitForNextCodeStep(page);
  }
}

/**
 * Signs `page` in as the demo curator or administrator and leaves it on /admin. Reuses the session
 * from an earlier call in the same worker when it still stands (an account's sessions end when its
 * password changes, or it is deactivated, or signs out), else signs in through the form.
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
    cookies.filter((cookie) => cookie.name.includes('next-auth') || cookie.name.includes('memorial-device')),
  );
}
