import { z } from 'zod';

/**
 * The application's configuration, parsed once. No other application file reads process.env:
 * a missing or malformed variable stops start-up with a message that names it.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set. Start the app with `npm run dev` (embedded PostgreSQL) or set it to a PostgreSQL URL.' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
  SITE_URL: z
    .url({ error: 'SITE_URL must be an absolute URL such as https://memorial.example.org' })
    .default('http://localhost:3000')
    .transform((value) => value.replace(/\/+$/, '')),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();

/** True inside the Next.js server runtime; false in scripts and tests, where Next's caches do not exist. */
export const isNextRuntime: boolean = process.env.NEXT_RUNTIME !== undefined;
