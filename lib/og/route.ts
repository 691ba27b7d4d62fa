import { env } from '@/lib/env';

/** The site's address as the cards print it ("memorial.example.org"). */
export function siteHost(): string {
  return new URL(env.SITE_URL).host;
}

/**
 * The answer for the card of a record that does not exist or is not public: a 404, like its page.
 * A generic image instead would tell a crawler that the address is fine, and a draft's card must not
 * exist at all.
 */
export function missingCardResponse(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
