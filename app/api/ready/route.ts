import { checkReadiness } from '@/lib/health/readiness';
import { healthResponse } from '@/lib/health/response';

/**
 * Readiness for the caching proxy and load balancers: 200 when PostgreSQL answers within a short
 * timeout, every migration this build ships is applied, and Redis answers when configured; else 503.
 */
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  return healthResponse({ status: readiness.ready ? 'ready' : 'not ready', ...readiness }, readiness.ready ? 200 : 503);
}
