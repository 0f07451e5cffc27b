import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, isPermissionAllowed } from '../../../electron/main/permissions.js';

describe('permission allowlist', () => {
  it('grants notifications only', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual(['notifications']);
    expect(isPermissionAllowed('notifications')).toBe(true);
  });

  /** What a page might ask for that the app never grants, down to names it does not know. */
  const NOT_ALLOWED = [
    'media',
    'geolocation',
    'clipboard-read',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'display-capture',
    'unknown',
    '',
  ];
  it.each(NOT_ALLOWED)('refuses %s', (permission) => {
    expect(isPermissionAllowed(permission)).toBe(false);
  });
});
