/** Types of the parts of cache-handler.mjs that tests use (Next loads the handler itself, untyped). */
export function wireTags(headers: Record<string, unknown> | undefined): string;
export function sharedCacheControl(cacheControl: { revalidate?: number | false } | undefined): string;
/** Cache-Control of an answer tagged with the daily tag: never kept by a shared cache past Baku's midnight. */
export function dailyCacheControl(cacheControl: { revalidate?: number | false } | undefined, renderedAt: number | undefined, now?: number): string;
declare class MemorialCacheHandler {
  constructor(context: unknown);
}
export default MemorialCacheHandler;
