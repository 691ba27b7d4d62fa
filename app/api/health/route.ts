import { healthResponse } from '@/lib/health/response';

/**
 * Liveness for load balancers: the process answers. It touches no database or Redis, so an outage of
 * either never gets a serving instance restarted (readiness, /api/ready, says whether to send it work).
 */
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return healthResponse({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }, 200);
}
