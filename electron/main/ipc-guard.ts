import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the guard needs to know about the frame that sent an IPC message. */
export interface IpcSenderFrame {
  url: string;
  /** Only the top-level frame of the app's own page may call the core; never an iframe. */
  isMainFrame: boolean;
}

/** True when `url` is a file:// URL of a file inside `rendererDir` (the built renderer). */
export function isAppRendererUrl(url: string, rendererDir: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  let filePath: string;
  try {
    filePath = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const fromRoot = relative(resolve(rendererDir), resolve(filePath));
  return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}

/** IPC is accepted only from the main frame of a page that the app loaded from its renderer folder. */
export function isTrustedIpcSender(frame: IpcSenderFrame | null | undefined, rendererDir: string): boolean {
  if (!frame || !frame.isMainFrame) return false;
  return isAppRendererUrl(frame.url, rendererDir);
}
