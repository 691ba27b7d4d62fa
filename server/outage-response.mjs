/**
 * Replaces Next's 5xx answer with the outage page while the database is unreachable, before any of
 * Next's bytes leave. lib/database-health.ts records, on globalThis, when the app's pool last failed
 * to reach PostgreSQL and when it last got an answer; a failure newer than every answer, within the
 * last two minutes, means this 5xx is the outage, not a bug (a bug keeps Next's own 500).
 *
 * Not replaced: server-action calls (their answer is for React, and the form reports the failure
 * itself), prefetches, and anything Next answered below 500. A client-side navigation (an RSC request)
 * that gets the HTML page falls back to loading the address in full, and so shows it.
 */
const HEALTH_KEY = Symbol.for('memorial.database-health');
const RECENT_MS = 120_000;

export function databaseIsUnreachable(now = Date.now()) {
  const health = globalThis[HEALTH_KEY];
  if (!health || !health.lastFailureAt) return false;
  return health.lastFailureAt >= health.lastAnswerAt && now - health.lastFailureAt < RECENT_MS;
}

export function answerOutageInstead(request, response, outageAnswer) {
  if (request.headers['next-action'] || request.headers['next-router-prefetch']) return;
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  /** undecided until Next sends its status; then 'pass' (Next's answer) or 'replace' (ours). */
  let mode = 'undecided';
  let answer = null;
  let ended = false;

  const decide = (statusCode) => {
    if (mode !== 'undecided') return;
    if (statusCode < 500 || !databaseIsUnreachable()) {
      mode = 'pass';
      return;
    }
    mode = 'replace';
    answer = outageAnswer(request.url ?? '/');
    const requestId = response.getHeader('X-Request-Id');
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
    if (requestId) response.setHeader('X-Request-Id', requestId);
    response.setHeader('Content-Length', Buffer.byteLength(answer.body));
    response.statusCode = 503;
  };

  response.writeHead = function writeHead(statusCode, ...rest) {
    decide(statusCode);
    return mode === 'replace' ? original.writeHead.call(this, 503) : original.writeHead.call(this, statusCode, ...rest);
  };
  response.write = function write(chunk, ...rest) {
    if (!this.headersSent) decide(this.statusCode);
    if (mode !== 'replace') return original.write.call(this, chunk, ...rest);
    const callback = rest.find((argument) => typeof argument === 'function');
    if (callback) process.nextTick(callback);
    return true;
  };
  response.end = function end(chunk, ...rest) {
    if (!this.headersSent) decide(this.statusCode);
    if (mode !== 'replace') return original.end.call(this, chunk, ...rest);
    if (!ended) {
      ended = true;
      const callback = [chunk, ...rest].find((argument) => typeof argument === 'function');
      original.end.call(this, request.method === 'HEAD' ? undefined : answer.body, callback);
    }
    return this;
  };
}
