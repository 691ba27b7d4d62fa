import net from 'node:net';

/**
 * A TCP relay between the app and PostgreSQL that a test can cut, for outage tests that must not stop
 * the machine's shared server. Three states:
 *  - `open`: bytes flow both ways;
 *  - `severed`: every connection is closed at once and new ones are closed as soon as they arrive
 *    (what a stopped server or a broken network looks like to the client);
 *  - `blackhole`: connections stay open and new ones are accepted, but nothing is forwarded either
 *    way — a server that accepts but never answers, the case that used to hang requests.
 * Restoring drops the connections held by a black hole, so clients reconnect to a server that answers.
 */
export type RelayState = 'open' | 'severed' | 'blackhole';

export type TcpRelay = {
  port: number;
  readonly state: RelayState;
  sever(): void;
  blackhole(): void;
  restore(): void;
  close(): Promise<void>;
};

type Pair = { client: net.Socket; upstream: net.Socket | null };

export async function startTcpRelay(options: { port: number; targetHost: string; targetPort: number }): Promise<TcpRelay> {
  let state: RelayState = 'open';
  const pairs = new Set<Pair>();

  const drop = (pair: Pair) => {
    pair.client.destroy();
    pair.upstream?.destroy();
    pairs.delete(pair);
  };

  const server = net.createServer((client) => {
    const pair: Pair = { client, upstream: null };
    pairs.add(pair);
    client.on('error', () => drop(pair));
    client.on('close', () => drop(pair));
    if (state === 'severed') {
      drop(pair);
      return;
    }
    if (state === 'blackhole') {
      // Accept, read and discard: the client waits for an answer that never comes.
      client.on('data', () => {});
      return;
    }
    const upstream = net.connect(options.targetPort, options.targetHost);
    pair.upstream = upstream;
    upstream.on('error', () => drop(pair));
    upstream.on('close', () => drop(pair));
    client.on('data', (chunk) => {
      if (state === 'open') upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (state === 'open') client.write(chunk);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });

  return {
    port: options.port,
    get state() {
      return state;
    },
    sever() {
      state = 'severed';
      for (const pair of [...pairs]) drop(pair);
    },
    blackhole() {
      // Existing connections stay up but go silent: their bytes are swallowed from now on.
      state = 'blackhole';
    },
    restore() {
      for (const pair of [...pairs]) if (state === 'blackhole') drop(pair);
      state = 'open';
    },
    async close() {
      for (const pair of [...pairs]) drop(pair);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
