/**
 * What every visitor's form post is checked for before its fields are read. These posts go to route
 * handlers (a visitor has no session, and proxy.ts refuses server actions from browsers without one),
 * so the checks that Next makes for server actions are made here:
 *
 * - the origin: the browser's Origin header must be the site's own (SITE_URL, the address visitors
 *   use); a browser that sends none must say the post is same-origin (Sec-Fetch-Site). A page on
 *   another site cannot make a visitor's browser lay carnations or post messages;
 * - the size: at most `maxBytes`, counted as the body arrives (a missing or false Content-Length
 *   cannot make the server buffer more);
 * - the encoding: a plain HTML form's (application/x-www-form-urlencoded).
 */
export function isSameOriginPost(headers: Headers, siteUrl: string): boolean {
  const origin = headers.get('origin');
  if (origin) return origin === new URL(siteUrl).origin;
  return headers.get('sec-fetch-site') === 'same-origin';
}

export type VisitorPost = { ok: true; fields: URLSearchParams } | { ok: false; status: 400 | 403 | 413 | 415 };

export async function readVisitorPost(request: Request, options: { siteUrl: string; maxBytes: number }): Promise<VisitorPost> {
  if (!isSameOriginPost(request.headers, options.siteUrl)) return { ok: false, status: 403 };
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return { ok: false, status: 415 };
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > options.maxBytes) return { ok: false, status: 413 };
  if (!request.body) return { ok: true, fields: new URLSearchParams() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > options.maxBytes) {
      await reader.cancel();
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  return { ok: true, fields: new URLSearchParams(Buffer.concat(chunks).toString('utf8')) };
}

/** A plain-text refusal for a post that failed those checks (no form of ours sends one). */
export function refusedPostResponse(status: 400 | 403 | 413 | 415): Response {
  const text = {
    400: 'This form could not be read. Go back to the page and send it again.',
    403: 'This form was sent from another site, so it was refused. Open the memorial’s page and send it from there.',
    413: 'This form is too large to send. Nothing was saved.',
    415: 'This form was sent in a way the memorial does not accept. Go back to the page and send it again.',
  }[status];
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
}
