import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authSecretProblem } from '@/lib/env';
import { csrfCookieName, csrfTokenFromCookie } from '@/lib/users/csrf';
import { isDemoEmail } from '@/lib/users/demo-accounts';
import { loginErrorMessage } from '@/lib/users/login-errors';
import { authConfigurationProblems, clientAddressNotice, demoAccountsAllowed } from '@/lib/users/startup-checks';

describe('authSecretProblem', () => {
  it('accepts a generated secret', () => {
    expect(authSecretProblem(randomBytes(32).toString('base64'))).toBeNull();
    expect(authSecretProblem(randomBytes(32).toString('hex'))).toBeNull();
  });

  it('refuses a missing or empty secret, naming the variable', () => {
    expect(authSecretProblem(undefined)).toMatch(/^NEXTAUTH_SECRET is not set/);
    expect(authSecretProblem('   ')).toMatch(/^NEXTAUTH_SECRET is not set/);
  });

  it('refuses a secret shorter than 32 characters', () => {
    expect(authSecretProblem('Zx8#kq2LmN4p9Rt5vW7yB1cD3fG6hJ0')).toMatch(/too short \(31 characters/);
    expect(authSecretProblem('Zx8#kq2LmN4p9Rt5vW7yB1cD3fG6hJ0a')).toBeNull();
  });

  it('refuses placeholders copied from examples and tests', () => {
    for (const secret of [
      'npm-test-only-secret-not-for-production',
      'e2e-only-secret-not-for-production',
      'changeme-changeme-changeme-changeme',
      'please-replace-me-with-a-real-secret-value',
      'your-secret-goes-here-1234567890abcdef',
      'an-example-secret-with-many-characters-in-it',
    ]) {
      expect(authSecretProblem(secret), secret).toMatch(/placeholder/);
    }
  });

  it('refuses a long but repetitive value', () => {
    expect(authSecretProblem('a'.repeat(64))).toMatch(/repetitive/);
    expect(authSecretProblem('abcabcabcabcabcabcabcabcabcabcabcabc')).toMatch(/repetitive/);
  });
});

describe('authConfigurationProblems', () => {
  const config = { NEXTAUTH_SECRET: undefined, MEMORIAL_EMBEDDED_DATABASE: false, MEMORIAL_ALLOW_DEMO_ACCOUNTS: false };

  const totpKey = { MEMORIAL_TOTP_KEY: randomBytes(32).toString('base64') };

  it('requires a strong secret outside the embedded demo database, test runs included', () => {
    expect(authConfigurationProblems({ ...config, ...totpKey })).toHaveLength(1);
    expect(authConfigurationProblems({ ...config, MEMORIAL_ALLOW_DEMO_ACCOUNTS: true })).toHaveLength(1);
    expect(authConfigurationProblems({ ...config, ...totpKey, NEXTAUTH_SECRET: randomBytes(32).toString('base64') })).toEqual([]);
  });

  it('requires MEMORIAL_TOTP_KEY outside the embedded demo database and test runs, and a long one', () => {
    const secret = { NEXTAUTH_SECRET: randomBytes(32).toString('base64') };
    expect(authConfigurationProblems({ ...config, ...secret })).toEqual([expect.stringMatching(/^MEMORIAL_TOTP_KEY is not set/)]);
    expect(authConfigurationProblems({ ...config, ...secret, MEMORIAL_TOTP_KEY: 'short' })).toEqual([expect.stringMatching(/MEMORIAL_TOTP_KEY is too short/)]);
    expect(authConfigurationProblems({ ...config, ...secret, MEMORIAL_ALLOW_DEMO_ACCOUNTS: true })).toEqual([]);
  });

  it('says at start-up that client addresses are not trusted when no proxy hop is configured', () => {
    expect(clientAddressNotice({ TRUSTED_PROXY_HOPS: 0 })).toMatch(/TRUSTED_PROXY_HOPS is not set/);
    expect(clientAddressNotice({ TRUSTED_PROXY_HOPS: 1 })).toBeNull();
  });

  it('does not on the embedded demo database', () => {
    expect(authConfigurationProblems({ ...config, MEMORIAL_EMBEDDED_DATABASE: true })).toEqual([]);
  });

  it('allows the demo accounts only on the embedded database and in test runs', () => {
    expect(demoAccountsAllowed(config)).toBe(false);
    expect(demoAccountsAllowed({ ...config, MEMORIAL_EMBEDDED_DATABASE: true })).toBe(true);
    expect(demoAccountsAllowed({ ...config, MEMORIAL_ALLOW_DEMO_ACCOUNTS: true })).toBe(true);
  });

  it('recognises the demo e-mails however they are typed', () => {
    expect(isDemoEmail(' Curator@Example.org')).toBe(true);
    expect(isDemoEmail('admin@example.org')).toBe(true);
    expect(isDemoEmail('curator@memorial.example')).toBe(false);
  });
});

describe('the CSRF cookie', () => {
  const secret = randomBytes(32).toString('base64');
  const token = randomBytes(32).toString('hex');
  const cookie = `${token}|${createHash('sha256').update(`${token}${secret}`).digest('hex')}`;

  it('is named as next-auth names it', () => {
    expect(csrfCookieName('http://localhost:3000')).toBe('next-auth.csrf-token');
    expect(csrfCookieName('https://memorial.example.org')).toBe('__Host-next-auth.csrf-token');
  });

  it('gives its token only when the secret signed it', () => {
    expect(csrfTokenFromCookie(cookie, secret)).toBe(token);
    expect(csrfTokenFromCookie(cookie, `${secret}x`)).toBeNull();
    expect(csrfTokenFromCookie(`${token}|${'0'.repeat(64)}`, secret)).toBeNull();
    expect(csrfTokenFromCookie(token, secret)).toBeNull();
    expect(csrfTokenFromCookie(undefined, secret)).toBeNull();
    expect(csrfTokenFromCookie(cookie, undefined)).toBeNull();
  });
});

describe('loginErrorMessage', () => {
  const now = new Date('2026-11-22T10:00:00.000Z');

  it('says plainly that the e-mail or password is wrong, without saying which', () => {
    expect(loginErrorMessage('CredentialsSignin', now)).toBe('The e-mail address or the password is not right. Check both and try again.');
  });

  it('says when to try again after too many failures, in Baku time', () => {
    const message = loginErrorMessage('RateLimited:2026-11-22T10:14:10.000Z', now);
    // Changed with issue 13: attempts are slowed down, not paused for 15 minutes.
    expect(message).toContain('many failed attempts to sign in, so each new attempt must wait');
    expect(message).toContain('14:14 on 22 November 2026 (Baku time)');
    expect(message).toContain('in 15 minutes');
    expect(loginErrorMessage('RateLimited:2026-11-22T10:00:08.000Z', now)).toContain('in 8 seconds');
    expect(loginErrorMessage('RateLimited:2026-11-22T09:59:00.000Z', now)).toContain('You can try again now');
  });

  it('never repeats an unknown code from the address bar', () => {
    const message = loginErrorMessage('<b>Injected</b>', now);
    expect(message).not.toContain('Injected');
    expect(message).toContain('problem on the server');
  });

  it('shows nothing without a code, or for the page’s own cookie detour', () => {
    expect(loginErrorMessage(undefined, now)).toBeNull();
    expect(loginErrorMessage('CookiesRequired', now)).toBeNull();
  });
});
