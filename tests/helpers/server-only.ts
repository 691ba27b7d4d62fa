// Stands in for the `server-only` package under Vitest, which is not Next's server bundle: lib/**/queries.ts
// imports it to keep database reads out of client components, and the tests call those reads directly.
export {};
