/** Types of the parts of cache-handler.mjs that tests use (Next loads the handler itself, untyped). */
export function wireTags(headers: Record<string, unknown> | undefined): string;
export function sharedCacheControl(cacheControl: { revalidate?: number | false } | undefined): string;
declare class MemorialCacheHandler {
  constructor(context: unknown);
}
export default MemorialCacheHandler;
