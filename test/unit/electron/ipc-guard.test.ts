import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppRendererUrl, isTrustedIpcSender } from '../../../electron/main/ipc-guard.js';

const rendererDir = resolve('/opt/switchboard/dist/renderer');
const indexUrl = pathToFileURL(join(rendererDir, 'index.html')).href;

describe('IPC sender guard', () => {
  it("accepts the main frame of the app's own page", () => {
    expect(isTrustedIpcSender({ url: indexUrl, isMainFrame: true }, rendererDir)).toBe(true);
    expect(isTrustedIpcSender({ url: `${indexUrl}#/inbox`, isMainFrame: true }, rendererDir)).toBe(true);
  });

  it('refuses subframes, even of its own files', () => {
    expect(isTrustedIpcSender({ url: indexUrl, isMainFrame: false }, rendererDir)).toBe(false);
  });

  it('refuses a missing frame (destroyed or navigated away)', () => {
    expect(isTrustedIpcSender(null, rendererDir)).toBe(false);
    expect(isTrustedIpcSender(undefined, rendererDir)).toBe(false);
  });

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['a loopback page', 'http://127.0.0.1:5173/index.html'],
    ['another local file', pathToFileURL(resolve('/tmp/evil.html')).href],
    [
      'a sibling folder with the same prefix',
      pathToFileURL(resolve('/opt/switchboard/dist/renderer-evil/index.html')).href,
    ],
    ['a path escaping the folder', `${pathToFileURL(rendererDir).href}/../../evil.html`],
    ['the folder itself', pathToFileURL(rendererDir).href],
    ['a remote file share', 'file://evil.example/share/index.html'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,hi'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedIpcSender({ url, isMainFrame: true }, rendererDir)).toBe(false);
    expect(isAppRendererUrl(url, rendererDir)).toBe(false);
  });
});
