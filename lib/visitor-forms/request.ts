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
 * - the encoding: a plain HTML form's (application/x-www-form-urlencoded), or, for a form that sends
 *   files (the testimonies'), multipart/form-data read through `readVisitorMultipartPost`.
 */
export function isSameOriginPost(headers: Headers, siteUrl: string): boolean {
  const origin = headers.get('origin');
  // A page sent with `Referrer-Policy: no-referrer` (a testifier's status page, a kept testimony form)
  // makes the browser send "Origin: null" with its own forms; Sec-Fetch-Site, which no page can set, still tells.
  if (origin && origin !== 'null') return origin === new URL(siteUrl).origin;
  return headers.get('sec-fetch-site') === 'same-origin';
}

export type VisitorPost = { ok: true; fields: URLSearchParams } | { ok: false; status: 400 | 403 | 413 | 415 };

type Refusal = { ok: false; status: 400 | 403 | 413 | 415 };

function contentTypeOf(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The body, counted as it arrives and refused past `maxBytes` (a missing or false Content-Length cannot make the server buffer more). */
async function readCappedBody(request: Request, maxBytes: number): Promise<{ ok: true; body: Buffer } | Refusal> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, status: 413 };
  if (!request.body) return { ok: true, body: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

export async function readVisitorPost(request: Request, options: { siteUrl: string; maxBytes: number }): Promise<VisitorPost> {
  if (!isSameOriginPost(request.headers, options.siteUrl)) return { ok: false, status: 403 };
  if (contentTypeOf(request) !== 'application/x-www-form-urlencoded') return { ok: false, status: 415 };
  const read = await readCappedBody(request, options.maxBytes);
  if (!read.ok) return read;
  return { ok: true, fields: new URLSearchParams(read.body.toString('utf8')) };
}

export type VisitorMultipartPost = { ok: true; fields: URLSearchParams; files: Map<string, File> } | Refusal;

/**
 * A visitor's form with files (multipart/form-data), under the same origin check: the whole body at
 * most `maxBytes`, counted as it arrives, before anything is parsed. Text fields come back as for a
 * plain form; files by field name (an empty file input, which browsers send as a nameless empty part,
 * is left out; a name sent twice is refused). Each file's own limits are the form's to judge, so that
 * a file too large is an error beside its field rather than a lost form.
 */
export async function readVisitorMultipartPost(
  request: Request,
  options: { siteUrl: string; maxBytes: number },
): Promise<VisitorMultipartPost> {
  if (!isSameOriginPost(request.headers, options.siteUrl)) return { ok: false, status: 403 };
  if (contentTypeOf(request) !== 'multipart/form-data') return { ok: false, status: 415 };
  const read = await readCappedBody(request, options.maxBytes);
  if (!read.ok) return read;
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(read.body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return { ok: false, status: 400 };
  }
  const fields = new URLSearchParams();
  const files = new Map<string, File>();
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields.append(name, value);
    else if (value.size > 0 || value.name !== '') {
      if (files.has(name)) return { ok: false, status: 400 };
      files.set(name, value);
    }
  }
  return { ok: true, fields, files };
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
