import pg from 'pg';

type Release = (destroy?: boolean | Error) => void;

/**
 * A connection pool for the embedded PGlite, development's and the no-server test run's database.
 * PGlite's socket server (0.1.6) can leave a stray message on a connection after a statement fails;
 * the next query on that connection then receives the wrong answer. This pool never reuses a
 * connection on which a query failed: it is closed when released, and a fresh one is opened.
 * A real PostgreSQL server never gets this pool.
 */
export function createPglitePool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  const connect = pool.connect.bind(pool) as (callback?: (error: Error | undefined, client?: pg.PoolClient, done?: Release) => void) => Promise<pg.PoolClient> | void;

  function guard(client: pg.PoolClient): pg.PoolClient {
    let failed = false;
    const query = client.query;
    const release = client.release;
    client.query = function (this: pg.PoolClient, ...args: unknown[]) {
      const result = (query as (...a: unknown[]) => unknown).apply(client, args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(undefined, () => {
          failed = true;
        });
      }
      return result;
    } as typeof client.query;
    client.release = ((destroy?: boolean | Error) => {
      client.query = query;
      client.release = release;
      release.call(client, failed ? true : destroy);
    }) as typeof client.release;
    return client;
  }

  pool.connect = ((callback?: (error: Error | undefined, client?: pg.PoolClient, done?: Release) => void) => {
    if (typeof callback === 'function') {
      connect((error, client) => {
        if (error || !client) return callback(error, client, () => undefined);
        const guarded = guard(client);
        callback(undefined, guarded, (destroy) => guarded.release(destroy));
      });
      return undefined;
    }
    return (connect() as Promise<pg.PoolClient>).then(guard);
  }) as typeof pool.connect;
  return pool;
}
