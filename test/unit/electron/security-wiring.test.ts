import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy.js';

const openExternal = vi.fn(async (_url: string) => undefined);
vi.mock('electron', () => ({ shell: { openExternal } }));

const { secureSession } = await import('../../../electron/main/session-security.js');
const { secureAllWebContents } = await import('../../../electron/main/web-contents-security.js');

/** The handlers the app installs on the real session, captured from a stand-in. */
function fakeSession() {
  const installed: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    webRequest: { onHeadersReceived: (handler: never) => (installed.headers = handler) },
    setPermissionRequestHandler: (handler: never) => (installed.request = handler),
    setPermissionCheckHandler: (handler: never) => (installed.check = handler),
    setDevicePermissionHandler: (handler: never) => (installed.device = handler),
  };
  return { session, installed };
}

describe('session hardening the app installs', () => {
  const { session, installed } = fakeSession();
  secureSession(session as never);

  it('puts the CSP on every response, replacing any other', () => {
    const callback = vi.fn();
    (installed.headers as (details: unknown, cb: unknown) => void)(
      { responseHeaders: { 'Content-Security-Policy': ['default-src *'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('answers permission requests and checks from the allowlist, and refuses devices', () => {
    const answer = (permission: string) => {
      const callback = vi.fn();
      (installed.request as (wc: unknown, p: string, cb: unknown) => void)({}, permission, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(answer('notifications')).toBe(true);
    expect(answer('media')).toBe(false);
    expect(answer('geolocation')).toBe(false);
    expect((installed.check as (wc: unknown, p: string) => boolean)({}, 'clipboard-read')).toBe(false);
    expect((installed.device as () => boolean)()).toBe(false);
  });
});

describe('web contents hardening the app installs', () => {
  function created() {
    const app = new EventEmitter();
    secureAllWebContents(app as never);
    const contents = Object.assign(new EventEmitter(), {
      windowOpenHandler: null as null | ((details: { url: string }) => unknown),
    });
    (
      contents as unknown as { setWindowOpenHandler: (h: (details: { url: string }) => unknown) => void }
    ).setWindowOpenHandler = (handler) => {
      contents.windowOpenHandler = handler;
    };
    app.emit('web-contents-created', {}, contents);
    return contents;
  }
  const navigation = (url: string, isMainFrame = true) => ({ url, isMainFrame, preventDefault: vi.fn() });

  it('stops every navigation; a web link clicked in the page opens in the system browser', () => {
    const contents = created();
    openExternal.mockClear();
    const web = navigation('https://example.com/help');
    contents.emit('will-navigate', web);
    expect(web.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.com/help');

    const file = navigation('file:///etc/passwd');
    contents.emit('will-navigate', file);
    expect(file.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);

    for (const event of ['will-frame-navigate', 'will-redirect']) {
      const attempt = navigation('https://evil.example/');
      contents.emit(event, attempt);
      expect(attempt.preventDefault).toHaveBeenCalled();
    }
  });

  it('refuses <webview> and new windows', () => {
    const contents = created();
    openExternal.mockClear();
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com');
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
