import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy.js';

export {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  META_CONTENT_SECURITY_POLICY,
} from '../../shared/content-security-policy.js';

/**
 * Response headers with the app's CSP in place of any the response carried. Used for responses that
 * go through the network stack; pages loaded from file:// carry the same policy in a meta tag,
 * which scripts/build-electron.mjs writes into the built index.html.
 */
export function withContentSecurityPolicy(headers: Record<string, string[] | string>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
