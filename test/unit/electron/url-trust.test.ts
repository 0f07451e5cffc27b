import { describe, expect, it } from 'vitest';
import { decideWindowOpen, isExternalUrlAllowed, isNavigationAllowed } from '../../../electron/main/url-trust.js';

describe('url trust', () => {
  it.each(['https://example.com/help', 'http://example.com', 'https://docs.example.org/a?b=c#d'])(
    'opens %s externally',
    (url) => {
      expect(isExternalUrlAllowed(url)).toBe(true);
    },
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'https://bank.example@evil.example/',
    'https://user:pass@example.com/',
    'not a url',
    '',
  ])('refuses to open %s externally', (url) => {
    expect(isExternalUrlAllowed(url)).toBe(false);
  });

  it('never allows the window to navigate, not even to its own files', () => {
    expect(isNavigationAllowed('https://example.com')).toBe(false);
    expect(isNavigationAllowed('file:///app/dist/renderer/index.html')).toBe(false);
  });

  it('denies every new window and opens only web links externally', () => {
    expect(decideWindowOpen('https://example.com')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('about:blank')).toEqual({ action: 'deny', openExternally: false });
  });
});
