/**
 * `npx tsx examples/retail-api/cli.ts [--port N] [--data DIR] [--drift]`: the retail demo shop's API on 127.0.0.1 (the
 * retail seed's tool_api expects it at port 4791) until Ctrl-C. `--drift` answers order totals as text.
 */
import { parseArgs } from 'node:util';
import { RETAIL_API_DEFAULT_PORT, startRetailApi } from './retail-api-server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(RETAIL_API_DEFAULT_PORT) },
    data: { type: 'string' },
    drift: { type: 'boolean', default: false },
  },
  strict: true,
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`--port must be a port number (0 to 65535), not "${values.port}".\n`);
  process.exit(2);
}
const api = await startRetailApi({ port, drift: values.drift, ...(values.data ? { dataDir: values.data } : {}) });
process.stdout.write(`Retail shop API: ${api.baseUrl}${values.drift ? ' (drift switch on)' : ''}\n`);
const stop = () => void api.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
