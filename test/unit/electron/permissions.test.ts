import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, isPermissionAllowed } from '../../../electron/main/permissions.js';

describe('permission allowlist', () => {
  it('grants notifications only', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual(['notifications']);
    expect(isPermissionAllowed('notifications')).toBe(true);
  });

  it.each([
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
  ])('refuses %s', (permission) => {
    expect(isPermissionAllowed(permission)).toBe(false);
  });
});
