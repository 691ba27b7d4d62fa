/**
 * What a mutation changed, with the cache tags of every public page that shows it.
 * Mutations return their tags instead of revalidating, so integration tests can check them
 * without a Next request; server actions pass them to `updateTag`.
 */
export type MutationResult<T> = { record: T; tags: string[] };
