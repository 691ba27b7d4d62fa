import type { NextRequest } from 'next/server';
import { isAnniversaryYear } from '@/lib/anniversaries/ordinal';
import { titleInReadersLanguage } from '@/lib/anniversaries/format';
import { getLocalisedAnniversary } from '@/lib/anniversaries/localised';
import { anniversaryTitle } from '@/lib/embed/card';
import { buildOEmbedResponse, OEMBED_CACHE_AGE, parseEmbeddableUrl, parseOEmbedRequest, type EmbeddableTarget } from '@/lib/embed/oembed';
import { cacheTags } from '@/lib/cache';
import { env } from '@/lib/env';
import { publicCacheHeaders } from '@/lib/http/cache-policy';
import { getReleaseBySlug } from '@/lib/releases/queries';
import { victimDisplayName } from '@/lib/victims/display';
import { getVictimBySlug } from '@/lib/victims/queries';

/**
 * oEmbed 1.0 endpoint (https://oembed.com), GET /api/oembed?url=…&format=json, for this site's anniversary, release and victim pages:
 * 400 without a url, 501 for a format other than JSON, 404 for anything that is not a public page
 * of this site. Public data only, so any origin may read it (CORS), without credentials.
 */
const HEADERS = { 'Access-Control-Allow-Origin': '*' };

function error(status: number, message: string) {
  return Response.json({ error: message }, { status, headers: { ...HEADERS, ...publicCacheHeaders([], { browserMaxAge: 300, sharedMaxAge: 60 }) } });
}

/** The records an oEmbed answer names, so that publishing one purges it. */
function tagsOf(target: EmbeddableTarget): string[] {
  switch (target.kind) {
    case 'anniversary':
      return [cacheTags.anniversaries, cacheTags.translations];
    case 'release':
      return [cacheTags.releases, cacheTags.release(target.slug)];
    case 'victim':
      return [cacheTags.victims, cacheTags.victim(target.slug)];
  }
}

/**
 * The title of the public record a target names, in the language of the page it names, or null when
 * there is none. A release keeps the title it was issued with; a name is never translated.
 */
async function titleOf(target: EmbeddableTarget): Promise<string | null> {
  switch (target.kind) {
    case 'anniversary': {
      if (!isAnniversaryYear(target.year, new Date())) return null;
      const record = await getLocalisedAnniversary(target.year, target.locale);
      return anniversaryTitle(target.year, { title: titleInReadersLanguage(record?.localised.title) }, target.locale);
    }
    case 'release':
      return (await getReleaseBySlug(target.slug))?.title ?? null;
    case 'victim': {
      const victim = await getVictimBySlug(target.slug);
      return victim ? victimDisplayName(victim, target.locale).name : null;
    }
  }
}

export async function GET(request: NextRequest) {
  const parsed = parseOEmbedRequest(request.nextUrl.searchParams);
  if (!parsed.ok) return error(parsed.status, parsed.message);
  const target = parseEmbeddableUrl(parsed.url, env.SITE_URL);
  const title = target ? await titleOf(target) : null;
  if (!target || title === null) return error(404, 'This address is not an embeddable page of this site.');
  const body = buildOEmbedResponse({ siteUrl: env.SITE_URL, target, title, maxWidth: parsed.maxWidth, maxHeight: parsed.maxHeight });
  return Response.json(body, { headers: { ...HEADERS, ...publicCacheHeaders(tagsOf(target), { browserMaxAge: OEMBED_CACHE_AGE }) } });
}
