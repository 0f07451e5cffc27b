/**
 * Web permissions the renderer may get. Everything not listed (camera, microphone, geolocation,
 * clipboard reads, HID, serial, ...) is refused without asking the user.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}
