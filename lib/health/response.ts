/** Health answers are about this instance at this moment: no cache may keep or share them. */
export const HEALTH_HEADERS = { 'Cache-Control': 'no-store, max-age=0', 'Content-Type': 'application/json; charset=utf-8' } as const;

/** A JSON health answer, never cached. */
export function healthResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: HEALTH_HEADERS });
}
