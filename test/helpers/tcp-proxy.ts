import { createServer, connect, type Socket } from 'node:net';

/** A TCP proxy on 127.0.0.1 in front of a local port, whose connections a test can cut (a dropped connection). */
export interface TcpProxy {
  port: number;
  /** How many connections pass through it now. */
  open(): number;
  /** Cuts every connection passing through it, both sides, as a network failure would. */
  dropAll(): void;
  /** Cuts every connection and refuses new ones (ended at once) until restore(): the network is down. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let down = false;
  const server = createServer((client) => {
    if (down) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const end = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy has no port.');
  function dropAll(): void {
    for (const [client, upstream] of pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
  }
  return {
    port: address.port,
    open: () => pairs.size,
    dropAll,
    cut() {
      down = true;
      dropAll();
    },
    restore() {
      down = false;
    },
    async close() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
