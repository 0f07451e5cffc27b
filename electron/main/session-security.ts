import type { Session } from 'electron';
import { withContentSecurityPolicy } from './content-security-policy.js';
import { isPermissionAllowed } from './permissions.js';

/** Hardens the session the window uses: CSP on every response, permissions from the allowlist only. */
export function secureSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders ?? {}) });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
}
