import { defineConfig } from 'prisma/config';

// DATABASE_URL is read optionally: `prisma generate` runs on install, before any database exists.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
