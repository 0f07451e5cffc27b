import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-errors.js';
import { WIDGET_ENDPOINTS } from './widget-endpoints.js';

/** How long browsers and proxies may keep the script: short, so a new build reaches visitors soon. */
const SCRIPT_MAX_AGE_SECONDS = 300;

interface LoadedScript {
  mtimeMs: number;
  plain: Buffer;
  gzip: Buffer;
}

/**
 * `GET /widget.js`: the widget's script as `npm run build:widget` wrote it, read (and gzipped, unless the build wrote
 * a .gz beside it) again only when the file changed; any site may load it (cross-origin resource policy).
 */
export function registerWidgetScriptRoute(app: FastifyInstance, scriptFile: string): void {
  let loaded: LoadedScript | null = null;

  async function current(): Promise<LoadedScript> {
    const info = await stat(scriptFile).catch(() => null);
    if (!info)
      throw new HttpError(
        503,
        'widget_not_built',
        `The chat widget's script is not built: run \`npm run build:widget\` (it writes ${scriptFile}).`,
      );
    if (loaded?.mtimeMs === info.mtimeMs) return loaded;
    const plain = await readFile(scriptFile);
    const built = await readFile(`${scriptFile}.gz`).catch(() => null);
    const gzipStat = built ? await stat(`${scriptFile}.gz`) : null;
    const fresh = built !== null && gzipStat !== null && gzipStat.mtimeMs >= info.mtimeMs;
    loaded = { mtimeMs: info.mtimeMs, plain, gzip: fresh ? built : gzipSync(plain) };
    return loaded;
  }

  app.get(WIDGET_ENDPOINTS.widgetScript.path, async (request, reply) => {
    const script = await current();
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    reply.headers({
      'content-type': 'application/javascript; charset=utf-8',
      'cache-control': `public, max-age=${SCRIPT_MAX_AGE_SECONDS}`,
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    });
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? script.gzip : script.plain);
  });
}
