import { z } from 'zod';

/** A flag variable: `1`/`true` switch it on; unset, empty, `0` or `false` leave it off. */
const flag = (name: string) =>
  z
    .enum(['', '0', '1', 'false', 'true'], { error: `${name} must be 1 or 0 (or true or false)` })
    .optional()
    .transform((value) => value === '1' || value === 'true');

/** A positive duration in milliseconds, with a default. */
const milliseconds = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(100, `${name} must be at least 100 milliseconds`)
    .default(fallback);

/**
 * A whole number of days from 0 (at the next sweep) to ten years, with a default. Empty counts as
 * unset: coerced, it would be 0, and a retention period of 0 deletes at once.
 */
const days = (name: string, fallback: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: `${name} must be a whole number of days, such as ${fallback}` })
      .int(`${name} must be a whole number of days, such as ${fallback}`)
      .min(0, `${name} cannot be negative`)
      .max(3650, `${name} above 3650 (ten years) is surely a mistake`)
      .default(fallback),
  );

/**
 * True for "address@example.org" or "A name <address@example.org>", on one line. The From header is
 * the operator's setting, but a line break in it would still start a header of its own.
 */
export function isMailbox(value: string): boolean {
  if (/[\r\n]/.test(value)) return false;
  const named = /^([^<>"]*|"[^"]*")\s*<([^<>\s]+)>$/.exec(value);
  return z.email().safeParse(named ? named[2] : value).success;
}

/**
 * The SITE_URL a production build was made with (next.config.ts inlines it into the server bundle;
 * empty in development, scripts and tests). Unset at start, SITE_URL takes this value.
 */
export const BUILD_SITE_URL: string = (process.env.MEMORIAL_BUILD_SITE_URL ?? '').replace(/\/+$/, '');

/**
 * The application's configuration, parsed once. No other application file reads process.env:
 * a missing or malformed variable stops start-up with a message that names it.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z
      .string({ error: 'DATABASE_URL is not set. Start the app with `npm run dev` (embedded PostgreSQL) or set it to a PostgreSQL URL.' })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
    SITE_URL: z
      .url({ error: 'SITE_URL must be an absolute URL such as https://memorial.example.org' })
      .default(BUILD_SITE_URL || 'http://localhost:3000')
      .transform((value) => value.replace(/\/+$/, '')),
    /**
     * Signs and encrypts the curators' session cookies. Optional here because scripts and tests that
     * never sign anyone in need none; the server refuses to start without a strong one (see
     * authSecretProblem and instrumentation.ts), except on the embedded demo database.
     */
    NEXTAUTH_SECRET: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined)),
    /** The address next-auth builds its callback URLs from; defaults to SITE_URL. */
    NEXTAUTH_URL: z
      .url({ error: 'NEXTAUTH_URL must be an absolute URL such as https://memorial.example.org' })
      .optional()
      .transform((value) => value?.replace(/\/+$/, '')),
    /**
     * Redis shared by several app instances (the Next cache handler in cache-handler.mjs reads it too,
     * being loaded outside the app bundle). Unset: each instance keeps Next's own in-process cache.
     */
    REDIS_URL: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// or rediss:// URL').optional()),
    /** Prefix of every Redis key this deployment writes, so that several sites (or test runs) share one Redis. */
    REDIS_KEY_PREFIX: z.string().trim().min(1).default('memorial'),
    /**
     * Where publishing purges cached answers by tag: space- or comma-separated base URLs of the
     * caching proxies (deploy/varnish), each sent `PURGE /` with an `xkey-purge` header. Unset: no purge.
     */
    CACHE_PURGE_URLS: z
      .string()
      .optional()
      .transform((value) => (value ?? '').split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(z.url({ error: 'CACHE_PURGE_URLS must list absolute http:// URLs, separated by spaces or commas' }))),
    /**
     * Read by next.config.ts when the server starts: `off` when the caching proxy in front compresses
     * what it stores (the shipped Varnish does, once per version), so the instance does not gzip the
     * same cached page on every request. Unset or `on`: the instance compresses (alone, or behind a
     * proxy that does not).
     */
    ORIGIN_COMPRESSION: z.enum(['on', 'off'], { error: 'ORIGIN_COMPRESSION must be on or off' }).default('on'),
    /**
     * Read by Next itself: the key that encrypts server actions' closed-over values. Several instances
     * built separately (not copies of one build) must share it, or a form rendered by one cannot be
     * posted to another. 32 random bytes in base64 (`openssl rand -base64 32`).
     */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
      .string()
      .optional()
      .refine((value) => value === undefined || value === '' || [16, 24, 32].includes(Buffer.from(value, 'base64').length), {
        error: 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 32 random bytes in base64 (openssl rand -base64 32)',
      }),
    /**
     * How long the pool waits for a connection, and how long a statement may run, before the query
     * fails (issue 12: against a database that accepts connections but never answers, requests must
     * not hang). An idle transaction is ended by the server after the third.
     */
    DATABASE_CONNECT_TIMEOUT_MS: milliseconds('DATABASE_CONNECT_TIMEOUT_MS', 3000),
    DATABASE_STATEMENT_TIMEOUT_MS: milliseconds('DATABASE_STATEMENT_TIMEOUT_MS', 15_000),
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000),
    /**
     * How long, at least, every public answer served before a database outage keeps being served
     * while the outage lasts: the lifetime of the stale copies the app keeps, and the
     * stale-if-error it announces to shared caches. Default a day.
     */
    /**
     * Where each instance keeps the files of the export (/export/memorial.json, .csv): the latest two
     * versions of each, written in batches and streamed from disk, so neither is held whole in memory.
     */
    MEMORIAL_EXPORT_DIR: z.string().min(1, 'MEMORIAL_EXPORT_DIR must be a folder').default('.next/cache/memorial-exports'),
    MEMORIAL_OUTAGE_SERVE_SECONDS: z.coerce
      .number({ error: 'MEMORIAL_OUTAGE_SERVE_SECONDS must be a whole number of seconds' })
      .int('MEMORIAL_OUTAGE_SERVE_SECONDS must be a whole number of seconds')
      .min(1, 'MEMORIAL_OUTAGE_SERVE_SECONDS must be at least 1')
      .default(86_400),
    /**
     * Set by the production server (server/index.mjs): instrumentation.ts applies the migrations,
     * under their advisory lock, before the server answers anything.
     */
    MEMORIAL_MIGRATE_ON_START: flag('MEMORIAL_MIGRATE_ON_START'),
    /** Set by scripts/with-database.ts when it serves the embedded demo database (.data/postgres). */
    MEMORIAL_EMBEDDED_DATABASE: flag('MEMORIAL_EMBEDDED_DATABASE'),
    /**
     * Test runs only (scripts/test.ts, playwright.config.ts): lets the server start on a database that
     * holds the demo accounts, which the end-to-end tests sign in as. Never set it in production.
     */
    MEMORIAL_ALLOW_DEMO_ACCOUNTS: flag('MEMORIAL_ALLOW_DEMO_ACCOUNTS'),
    /**
     * How many reverse proxies in front of the app append the client's address to X-Forwarded-For
     * (the shipped caching proxy: 1). The client address is the entry that many from the right.
     * Unset or 0: the header is not trusted at all, and no per-address limit is counted.
     */
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: 'TRUSTED_PROXY_HOPS must be a whole number of proxies, such as 1' })
      .int('TRUSTED_PROXY_HOPS must be a whole number of proxies, such as 1')
      .min(0, 'TRUSTED_PROXY_HOPS cannot be negative')
      .max(10, 'TRUSTED_PROXY_HOPS above 10 is surely a mistake')
      .default(0),
    /**
     * Carnations (issue 14): the count on a cached page is refreshed by purging its tag at most once
     * every this many minutes (lib/carnations/purge-throttle.ts); the visitor who laid one sees the new
     * count at once on the answer to the click.
     */
    CARNATION_PURGE_MINUTES: z.coerce
      .number({ error: 'CARNATION_PURGE_MINUTES must be a whole number of minutes, such as 5' })
      .int('CARNATION_PURGE_MINUTES must be a whole number of minutes, such as 5')
      .min(1, 'CARNATION_PURGE_MINUTES must be at least 1')
      .max(1440, 'CARNATION_PURGE_MINUTES above 1440 (a day) is surely a mistake')
      .default(5),
    /**
     * Visitors' forms (carnations, remembrances): a form sent sooner than this many seconds after its
     * page was rendered is taken for a bot's and quietly refused (lib/visitor-forms/form-guard.ts).
     */
    VISITOR_FORM_MIN_FILL_SECONDS: z.coerce
      .number({ error: 'VISITOR_FORM_MIN_FILL_SECONDS must be a whole number of seconds, such as 3' })
      .int('VISITOR_FORM_MIN_FILL_SECONDS must be a whole number of seconds, such as 3')
      .min(0, 'VISITOR_FORM_MIN_FILL_SECONDS cannot be negative')
      .max(600, 'VISITOR_FORM_MIN_FILL_SECONDS above 600 would refuse real visitors')
      .default(3),
    /**
     * How many testimonies one client address may send in a Baku day (lib/testimonies/visitor-mutations.ts).
     * Without TRUSTED_PROXY_HOPS every visitor counts as one address, so behind a proxy set both.
     */
    TESTIMONIES_PER_ADDRESS_PER_DAY: z.coerce
      .number({ error: 'TESTIMONIES_PER_ADDRESS_PER_DAY must be a whole number, such as 5' })
      .int('TESTIMONIES_PER_ADDRESS_PER_DAY must be a whole number, such as 5')
      .min(1, 'TESTIMONIES_PER_ADDRESS_PER_DAY must be at least 1')
      .max(1000, 'TESTIMONIES_PER_ADDRESS_PER_DAY above 1000 is no limit at all')
      .default(5),
    /**
     * Encrypts the curators' authenticator-app secrets at rest: 32 or more random characters
     * (`openssl rand -base64 32`). Required outside the embedded demo database and test runs.
     */
    MEMORIAL_TOTP_KEY: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined)),
    /**
     * scrypt's cost as a power of two (N = 2^cost; r = 8, p = 1). 17 (128 MiB, OWASP's floor) unless
     * set; tests may lower it to run quickly. Stored hashes of another cost are rehashed at sign-in.
     */
    PASSWORD_HASH_COST: z.coerce
      .number({ error: 'PASSWORD_HASH_COST must be a whole number from 10 to 20' })
      .int('PASSWORD_HASH_COST must be a whole number from 10 to 20')
      .min(10, 'PASSWORD_HASH_COST must be a whole number from 10 to 20')
      .max(20, 'PASSWORD_HASH_COST must be a whole number from 10 to 20')
      .default(17),
    /**
     * The SMTP server testimony e-mail goes through (lib/mail/): smtp://user:password@host:587
     * (STARTTLS when the server offers it; add ?requireTLS=true to insist) or smtps://…:465. Unset:
     * nothing is queued or sent, and the testifier's private status address is the only channel.
     */
    SMTP_URL: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(
        z
          .url({ protocol: /^smtps?$/, hostname: /^.+$/, error: 'SMTP_URL must be an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.org:465' })
          .optional(),
      ),
    /** The From of every message: an address, or a name and an address ("Black January memorial <memorial@example.org>"). */
    MAIL_FROM: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined))
      .refine((value) => value === undefined || isMailbox(value), {
        error: 'MAIL_FROM must be an e-mail address, or a name and an address such as "Black January memorial <memorial@example.org>"',
      }),
    /**
     * Testimonies' personal data (lib/testimonies/retention.ts): the contact e-mail and files of a
     * declined testimony are deleted this many days after the decision (a withdrawn one's at once).
     */
    TESTIMONY_CLOSED_RETENTION_DAYS: days('TESTIMONY_CLOSED_RETENTION_DAYS', 30),
    /** The contact e-mail of an accepted testimony is deleted this many days after the decision; its files stay. */
    TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS: days('TESTIMONY_ACCEPTED_CONTACT_RETENTION_DAYS', 90),
  })
  .superRefine((value, context) => {
    if (value.SMTP_URL && !value.MAIL_FROM) {
      context.addIssue({
        code: 'custom',
        path: ['MAIL_FROM'],
        message: 'MAIL_FROM must be set when SMTP_URL is: the address messages are sent from, such as "Black January memorial <memorial@example.org>"',
      });
    }
  })
  .transform(({ NEXTAUTH_URL, ...rest }) => ({ ...rest, NEXTAUTH_URL: NEXTAUTH_URL ?? rest.SITE_URL }));

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  // next-auth reads NEXTAUTH_URL from process.env itself (for its callback URLs and cookie names), so
  // the default must be visible there too.
  process.env.NEXTAUTH_URL ??= parsed.data.NEXTAUTH_URL;
  return parsed.data;
}

export const env: Env = parseEnv();

/** True inside the Next.js server runtime; false in scripts and tests, where Next's caches do not exist. */
export const isNextRuntime: boolean = process.env.NEXT_RUNTIME !== undefined;

/**
 * Why this server must not start with its SITE_URL, or null: a production build baked its own address
 * into prerendered pages, feeds and the sitemap, so serving it under another would mix two addresses.
 */
export function siteUrlProblem(configured: string, built: string = BUILD_SITE_URL): string | null {
  if (!built || configured === built) return null;
  return `SITE_URL is ${configured}, but this build was made with SITE_URL=${built}. The address is part of the build: rebuild with SITE_URL=${configured}, or start with SITE_URL=${built}.`;
}

/** True while `next build` prerenders pages (no outage to guard against; schedules are read first). */
export const isBuildPhase: boolean = process.env.NEXT_PHASE === 'phase-production-build';

/** The shortest NEXTAUTH_SECRET accepted: 32 characters (`openssl rand -base64 32` gives 44). */
export const MINIMUM_SECRET_LENGTH = 32;

/** Words that mark a value copied from an example or a test rather than generated for this site. */
const PLACEHOLDER_MARKERS = [
  'changeme',
  'change-me',
  'change_me',
  'replaceme',
  'replace-me',
  'replace_me',
  'placeholder',
  'your-secret',
  'your_secret',
  'yoursecret',
  'secret-here',
  'not-for-production',
  'example',
  'xxxxxxxx',
];

/**
 * Why a NEXTAUTH_SECRET must not be used, or null when it is acceptable: missing, shorter than
 * 32 characters, a placeholder copied from an example or a test, or too repetitive to be random.
 * Whoever knows the secret can forge any curator's session, so a weak one is refused outright.
 */
export function authSecretProblem(secret: string | undefined): string | null {
  const fix = 'Generate one with `openssl rand -base64 32` and set it in the environment.';
  if (!secret || secret.trim() === '') return `NEXTAUTH_SECRET is not set. ${fix}`;
  if (secret.length < MINIMUM_SECRET_LENGTH) {
    return `NEXTAUTH_SECRET is too short (${secret.length} characters; at least ${MINIMUM_SECRET_LENGTH} are needed). ${fix}`;
  }
  const lower = secret.toLowerCase();
  if (PLACEHOLDER_MARKERS.some((marker) => lower.includes(marker))) {
    return `NEXTAUTH_SECRET is a placeholder from an example or a test, not a secret. ${fix}`;
  }
  if (new Set(secret).size < 10) return `NEXTAUTH_SECRET is too repetitive to be random. ${fix}`;
  return null;
}
