import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SmtpSink } from '@/tests/helpers/smtp-sink';

/**
 * A real SMTP server for an integration test file, on 127.0.0.1:`port` (the port SMTP_URL names):
 * started before the file's tests, listening, accepting and empty before each, stopped after them.
 * The returned holder's `sink` is set once the file's tests run.
 */
export function useSmtpSink(port: number): { sink: SmtpSink } {
  const holder = {} as { sink: SmtpSink };
  beforeAll(async () => {
    holder.sink = await SmtpSink.start({ port });
  });
  afterAll(async () => {
    await holder.sink.stop();
  });
  beforeEach(async () => {
    await holder.sink.listen();
    holder.sink.refusal = null;
    holder.sink.messages.length = 0;
  });
  return holder;
}
