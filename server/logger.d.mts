import type { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

export const requestContext: AsyncLocalStorage<{ requestId: string }>;
export function scrubSecrets(line: string): string;
export function createLogger(level?: string): Logger;
export function forwardConsole(logger: Logger): void;
