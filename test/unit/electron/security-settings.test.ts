import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  META_CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from '../../../electron/main/content-security-policy.js';
import { buildWindowOptions } from '../../../electron/main/window-options.js';

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe('main window security settings', () => {
  for (const devTools of [false, true]) {
    it(`keeps the renderer isolated (devTools ${devTools})`, () => {
      const options = buildWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', devTools });
      const prefs = options.webPreferences;
      expect(prefs).toBeDefined();
      expect(prefs?.contextIsolation).toBe(true);
      expect(prefs?.sandbox).toBe(true);
      expect(prefs?.nodeIntegration).toBe(false);
      expect(prefs?.nodeIntegrationInWorker).toBe(false);
      expect(prefs?.nodeIntegrationInSubFrames).toBe(false);
      expect(prefs?.webSecurity).toBe(true);
      expect(prefs?.allowRunningInsecureContent).toBe(false);
      expect(prefs?.webviewTag).toBe(false);
      expect(prefs?.experimentalFeatures).toBe(false);
      expect(prefs?.preload).toBe('/app/dist/electron/preload.cjs');
    });
  }
});

describe('content security policy', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY);

  it('allows only the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows inline or evaluated script, or remote sources', () => {
    for (const sources of Object.values(CSP_DIRECTIVES)) {
      for (const source of sources) {
        expect(source).not.toMatch(/unsafe-|^\*$|^https?:|^blob:|^ws/);
      }
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('carries the same policy in the meta tag, less what a meta tag cannot express', () => {
    const meta = parsePolicy(META_CONTENT_SECURITY_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    for (const [name, sources] of meta) expect(policy.get(name)).toEqual(sources);
    expect(meta.size).toBe(policy.size - 1);
  });

  it('replaces whatever policy a response carried', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ['default-src *'],
      'Content-Type': 'text/html',
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
