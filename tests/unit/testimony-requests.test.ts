import { describe, expect, it } from 'vitest';
import { testimonyAddressOf } from '@/lib/http/cache-policy';
import { statusToken, verifyStatusToken } from '@/lib/testimonies/token';
import { readVisitorMultipartPost } from '@/lib/visitor-forms/request';

const SITE = 'https://memorial.example';

function multipart(form: FormData, headers: Record<string, string> = { origin: SITE }): Request {
  return new Request(`${SITE}/api/testimonies`, { method: 'POST', body: form, headers });
}

describe('readVisitorMultipartPost', () => {
  it('reads text fields and non-empty files from a same-origin multipart form', async () => {
    const form = new FormData();
    form.set('nameLatin', 'Ülvi');
    form.set('file1', new File([new Uint8Array([1, 2, 3])], 'a.jpg'));
    form.set('file2', new File([], ''));
    const post = await readVisitorMultipartPost(multipart(form), { siteUrl: SITE, maxBytes: 10_000 });
    expect(post.ok).toBe(true);
    if (!post.ok) return;
    expect(post.fields.get('nameLatin')).toBe('Ülvi');
    expect([...post.files.keys()]).toEqual(['file1']);
    expect(post.files.get('file1')?.size).toBe(3);
  });

  it('refuses another site, a plain form, and a body over the cap counted as it arrives', async () => {
    const form = new FormData();
    form.set('file1', new File([new Uint8Array(5000)], 'big.jpg'));
    expect(await readVisitorMultipartPost(multipart(form, { origin: 'https://elsewhere.example' }), { siteUrl: SITE, maxBytes: 10_000 })).toEqual({ ok: false, status: 403 });
    const plain = new Request(`${SITE}/api/testimonies`, { method: 'POST', body: new URLSearchParams({ a: 'b' }), headers: { origin: SITE } });
    expect(await readVisitorMultipartPost(plain, { siteUrl: SITE, maxBytes: 10_000 })).toEqual({ ok: false, status: 415 });
    expect(await readVisitorMultipartPost(multipart(form), { siteUrl: SITE, maxBytes: 1000 })).toEqual({ ok: false, status: 413 });
  });
});

describe('testimonyAddressOf', () => {
  it('lets shared caches keep the form, never a kept refusal or a status page', () => {
    expect(testimonyAddressOf('/en/testimony', new URLSearchParams('victim=ulvi-bunyadzade'))).toBe('form');
    expect(testimonyAddressOf('/az/testimony', new URLSearchParams('retry=abc'))).toBe('private');
    expect(testimonyAddressOf('/ru/testimony/status/abc.def', new URLSearchParams())).toBe('private');
    expect(testimonyAddressOf('/en/victims', new URLSearchParams())).toBeNull();
  });
});

describe('status tokens', () => {
  it('open only the testimony they were made for, under the key they were made with', () => {
    const token = statusToken('ckabc123', 'key-one');
    expect(verifyStatusToken(token, 'key-one')).toBe('ckabc123');
    expect(verifyStatusToken(token, 'key-two')).toBeNull();
    expect(verifyStatusToken(token.replace('ckabc123', 'ckabc124'), 'key-one')).toBeNull();
  });
});
