/**
 * The Content-Security-Policy of every answer, in one place (next.config.ts sets the static ones,
 * proxy.ts the per-request one of the curators' area).
 *
 * - Public pages are prerendered and cached by a shared cache, so they cannot carry a per-request
 *   nonce: Next's inline bootstrap scripts need 'unsafe-inline' there.
 * - `/admin` and `/login` are rendered per request anyway: each answer gets a fresh nonce and
 *   'strict-dynamic', so an injected inline script does not run where the curators' session is.
 * - The embed card is a route handler that sends no script at all: script-src 'none'.
 *
 * No third-party origin is allowed anywhere.
 */
export type ScriptPolicy = { kind: 'inline' } | { kind: 'none' } | { kind: 'nonce'; nonce: string };

export function contentSecurityPolicy({
  frameAncestors,
  scripts,
  development,
}: {
  frameAncestors: string;
  scripts: ScriptPolicy;
  development: boolean;
}): string {
  // Next's development server evaluates code and talks over a websocket.
  const evaluation = development ? " 'unsafe-eval'" : '';
  const scriptSource =
    scripts.kind === 'none'
      ? "'none'"
      : scripts.kind === 'nonce'
        ? `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'${evaluation}`
        : `'self' 'unsafe-inline'${evaluation}`;
  return [
    "default-src 'self'",
    `script-src ${scriptSource}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}
