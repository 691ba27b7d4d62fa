import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import pino from 'pino';

/**
 * JSON lines for operators (pino): one line per request from the server, and every console line of
 * Next and of the app, each with the request id of the request it belongs to. Nothing secret leaves:
 * request headers and bodies are never logged, query strings are left out of routes, and every line
 * passes scrubSecrets before it is written.
 */

/** The request being answered, for the lines logged while it is. */
export const requestContext = new AsyncLocalStorage();

const SECRET_PATTERNS = [
  // E-mail addresses (curators' and testifiers' identities).
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, '[email]'],
  // Credentials inside URLs (postgres://user:password@host).
  [/([a-z][a-z0-9+.-]*:\/\/[^:/\s"@]+):[^@\s"]+@/gi, '$1:[redacted]@'],
  // name=value and "name":"value" pairs whose name says secret.
  [/((?:password|passwd|secret|token|cookie|authorization|api[_-]?key|session)[A-Za-z_]*\\?"?\s*[:=]\s*\\?"?)[^"\\\s,;&}]+/gi, '$1[redacted]'],
];

/** Removes e-mail addresses, URL credentials and secret-named values from a log line. */
export function scrubSecrets(line) {
  let scrubbed = line;
  for (const [pattern, replacement] of SECRET_PATTERNS) scrubbed = scrubbed.replace(pattern, replacement);
  return scrubbed;
}

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** The logger, at LOG_LEVEL (default info); an unknown level stops start-up with a message naming it. */
export function createLogger(level = 'info') {
  if (!LEVELS.has(level)) throw new Error(`LOG_LEVEL must be one of ${[...LEVELS].join(', ')} (got "${level}").`);
  return pino({
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.errWithCause },
    mixin: () => {
      const context = requestContext.getStore();
      return context ? { requestId: context.requestId } : {};
    },
    hooks: { streamWrite: scrubSecrets },
  });
}

/**
 * Sends console.log/info/warn/error/debug through the logger, so Next's own messages (a failed render,
 * a failed revalidation) become JSON lines with their error, its stack and its cause.
 */
export function forwardConsole(logger) {
  const levels = { debug: 'debug', log: 'info', info: 'info', warn: 'warn', error: 'error' };
  for (const [method, level] of Object.entries(levels)) {
    console[method] = (...args) => {
      const err = args.find((argument) => argument instanceof Error);
      const rest = err ? args.filter((argument) => argument !== err) : args;
      const message = format(...rest);
      if (err) logger[level]({ err }, message || err.message);
      else logger[level](message);
    };
  }
}
