# The caching proxy in front of the memorial's app instances (Varnish 7.1 with xkey from
# varnish-modules, as Debian 12 packages them). The origin is the source of truth: this file honours
# its Cache-Control and adds only what a shared cache must decide itself:
#
# - every request carries the client's own address in X-Forwarded-For, overwritten, never appended
#   (the sign-in rate limits trust exactly this hop);
# - concurrent misses for one address wait for one fetch (Varnish's waiting list; nothing here turns
#   a cacheable answer into a pass);
# - a stale copy is served for up to a day while a fresh one is fetched (grace), and while the origin
#   fails or is not ready (stale-if-error: a failing background fetch is abandoned, the copy stays);
# - `PURGE /` with `xkey-purge: <tags>` from an app instance removes every object whose `xkey` names
#   one of the tags (lib/purge.ts sends it after a save); a 404, which names no record, is tagged
#   `not-found`, which every change's purge names too;
# - the app instances are probed on /api/ready; one that is not ready gets no new work;
# - text answers are gzipped once, when stored, not by the instances on every request.
#
# Site-specific parts (backends, their addresses, who may purge) live in origin.vcl, included below:
# deploy/varnish/origin.example.vcl is the shape; the tests and the benchmark write their own.
vcl 4.1;

import std;
import xkey;
import directors;

probe memorial_ready {
    .url = "/api/ready";
    .interval = 2s;
    .timeout = 3s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# Defines the backends (with `.probe = memorial_ready`), adds them to the `origin` director in
# vcl_init, and the `purgers` ACL.
include "origin.vcl";

sub vcl_recv {
    # The one trusted hop: what the client sent in X-Forwarded-For is discarded.
    set req.http.X-Forwarded-For = client.ip;
    unset req.http.Forwarded;
    unset req.http.X-Real-IP;
    set req.backend_hint = origin.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is for the app instances"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge names no tag"));
        }
        set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.X-Purged));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # Server actions, sign-in: straight to an instance.
        return (pass);
    }
    # The curators' area, sign-in, next-auth and the health endpoints are never cached; the root
    # redirects by Accept-Language (cheap, and a shared copy per header value would be many copies).
    if (req.url ~ "^/(admin|login)([/?]|$)" || req.url ~ "^/api/(auth|health|ready)([/?]|$)" || req.url == "/") {
        return (pass);
    }
    # No public answer depends on a cookie; keeping one would make every request a miss.
    unset req.http.Cookie;
    unset req.http.Authorization;
    # A search or filter is one cached answer whatever the order of its parameters.
    set req.url = std.querysort(req.url);
    return (hash);
}

sub vcl_hit {
    # A healthy origin: stale copies only for the stale-while-revalidate window the origin allowed
    # (Varnish sets obj.grace from it). A sick one: whatever grace holds (stale-if-error).
    if (!std.healthy(req.backend_hint) && obj.ttl + obj.grace > 0s) {
        return (deliver);
    }
}

sub vcl_backend_response {
    # An answer that sets a cookie is personal: never shared.
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # stale-if-error: a background refresh that fails leaves the stale copy in place.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Next answered from its own stale copy while it renders a new one (its stale-while-revalidate,
    # e.g. right after a scheduled record's time, when the purge arrives): keep it a second only, so
    # the next fetch gets the new render instead of the old page for another lifetime.
    if (beresp.http.x-nextjs-cache == "STALE") {
        set beresp.ttl = 1s;
    }
    # A validator per stored version, made once per fetch: the origin sends no ETag for its pages
    # (next.config.ts, generateEtags: false: hashing a 200 kB page on every request was a third of the
    # origin's work), so a browser that holds this version is answered 304 here. Weak: the gzipped and
    # the plain answer are made from the same object.
    if (beresp.status == 200 && !beresp.http.ETag && !beresp.uncacheable) {
        set beresp.http.ETag = {"W/""} + bereq.xid + {"""};
    }
    # Compressed once per stored version, here: the instances behind this proxy send their answers
    # plain (ORIGIN_COMPRESSION=off; gzipping a 170 kB page on every request cost the origin a third
    # of its throughput), and Varnish sends the stored gzip to clients that accept it and unzips it
    # for those that do not. An answer the origin compressed itself is stored as it came.
    # Varnish's gzip hands on output only as zlib emits it, so an answer that streams in parts (a
    # Suspense boundary resolving later) reaches the client in larger steps; no page here streams
    # that way (no loading.tsx; the one Suspense boundary, components/site/not-found-answer.tsx, is in
    # pages rendered whole before they are sent), but one that did should be left to the origin's gzip.
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(text/|image/svg\+xml|application/([a-z.+-]*\+)?(json|xml|javascript))") {
        set beresp.do_gzip = true;
    }
    # A 404 names no record: Next stores no 404 answer, so cache-handler.mjs never gives one tags, and
    # no purge by a record's tags would reach it. Kept for the origin's lifetime (up to an hour), it
    # would hide a record published at an address someone had tried before (a draft's, say). Tagged
    # here, it goes with every change's purge (lib/cache-tags.ts, notFound).
    if (beresp.status == 404 && !beresp.http.xkey) {
        set beresp.http.xkey = "not-found";
    }
    # What only Next and the purge need is not stored with the object, so it is not sent again with
    # every hit: Surrogate-Key is for CDNs (xkey, the same tags, stays: the xkey module reads it), and
    # Next's own cache state headers (read above) are of no use to a browser.
    unset beresp.http.Surrogate-Key;
    unset beresp.http.x-nextjs-cache;
    unset beresp.http.x-nextjs-prerender;
    unset beresp.http.x-nextjs-stale-time;
    # Serve stale for a day while refreshing or while the origin fails (the origin's
    # stale-while-revalidate and stale-if-error say a day too; see lib/cache-policy.json).
    set beresp.grace = 24h;
    set beresp.keep = 24h;
}

sub vcl_backend_error {
    # The origin could not be reached for a background refresh: keep the stale copy.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The tags are for purging here; browsers have no use for them.
    unset resp.http.xkey;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
