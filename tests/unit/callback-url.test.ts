import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/lib/users/callback-url';

const SITE = 'https://memorial.example.org';

describe('safeCallbackUrl', () => {
  it('keeps a path inside the site, with its query and fragment', () => {
    expect(safeCallbackUrl('/admin', SITE)).toBe('/admin');
    expect(safeCallbackUrl('/admin/victims?q=Mammadova&page=2#list', SITE)).toBe('/admin/victims?q=Mammadova&page=2#list');
  });

  it('turns an absolute URL on the same origin into its path', () => {
    expect(safeCallbackUrl('https://memorial.example.org/admin/users', SITE)).toBe('/admin/users');
    expect(safeCallbackUrl('http://localhost:3100/admin', 'http://localhost:3100')).toBe('/admin');
  });

  it('refuses another origin, including another scheme or port of the same host', () => {
    expect(safeCallbackUrl('https://evil.example/admin', SITE)).toBeNull();
    expect(safeCallbackUrl('http://memorial.example.org/admin', SITE)).toBeNull();
    expect(safeCallbackUrl('https://memorial.example.org:8443/admin', SITE)).toBeNull();
    expect(safeCallbackUrl('https://memorial.example.org.evil.example/admin', SITE)).toBeNull();
    expect(safeCallbackUrl('https://memorial.example.org@evil.example/admin', SITE)).toBeNull();
  });

  it('refuses protocol-relative addresses and backslashes, which browsers read as another host', () => {
    expect(safeCallbackUrl('//evil.example/admin', SITE)).toBeNull();
    expect(safeCallbackUrl('/\\evil.example/admin', SITE)).toBeNull();
    expect(safeCallbackUrl('\\\\evil.example', SITE)).toBeNull();
    expect(safeCallbackUrl('/admin\\..\\..\\evil', SITE)).toBeNull();
    expect(safeCallbackUrl('https://memorial.example.org//evil.example', SITE)).toBeNull();
  });

  it('refuses control characters and spaces, which browsers strip before reading the address', () => {
    expect(safeCallbackUrl('/\t/evil.example', SITE)).toBeNull();
    expect(safeCallbackUrl('/\n/evil.example', SITE)).toBeNull();
    expect(safeCallbackUrl(' /admin', SITE)).toBeNull();
    expect(safeCallbackUrl('/admin\u0000', SITE)).toBeNull();
  });

  it('refuses other schemes and relative paths without a leading slash', () => {
    expect(safeCallbackUrl('javascript:alert(1)', SITE)).toBeNull();
    expect(safeCallbackUrl('data:text/html,<script>alert(1)</script>', SITE)).toBeNull();
    expect(safeCallbackUrl('admin', SITE)).toBeNull();
    expect(safeCallbackUrl('evil.example', SITE)).toBeNull();
  });

  it('refuses what is not a string, empty or absurdly long', () => {
    expect(safeCallbackUrl(undefined, SITE)).toBeNull();
    expect(safeCallbackUrl(['/admin'], SITE)).toBeNull();
    expect(safeCallbackUrl('', SITE)).toBeNull();
    expect(safeCallbackUrl(`/admin?${'a'.repeat(5000)}`, SITE)).toBeNull();
  });

  it('keeps an encoded slash encoded, so it cannot become //', () => {
    expect(safeCallbackUrl('/%2F%2Fevil.example', SITE)).toBe('/%2F%2Fevil.example');
  });
});
