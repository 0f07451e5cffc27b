import { describe, expect, it } from 'vitest';
import { readEmbedOptions, type ScriptTag } from '../../../widget/embed-options.js';

const tag = (src: string, attributes: Record<string, string>): ScriptTag => ({
  src,
  getAttribute: (name) => attributes[name] ?? null,
});

const SIGNATURE = 'a'.repeat(64);

describe('readEmbedOptions (the script tag and window.SwitchboardWidget)', () => {
  it("takes the queue from the script's own address, the tenant and key from its data attributes", () => {
    expect(
      readEmbedOptions(
        tag('https://queue.example:8443/widget.js?v=2', { 'data-tenant': 'acme', 'data-key': 'pk_abc' }),
        undefined,
      ),
    ).toEqual({ queueOrigin: 'https://queue.example:8443', tenantId: 'acme', key: 'pk_abc', identity: null });
  });

  it('reads the signed customer from the global first, then from data-customer-* attributes', () => {
    const attributes = {
      'data-tenant': 'acme',
      'data-key': 'pk_abc',
      'data-customer-id': 'cus_tag',
      'data-customer-signature': SIGNATURE,
    };
    const fromTag = readEmbedOptions(tag('https://q.example/widget.js', attributes), undefined);
    expect(typeof fromTag !== 'string' && fromTag.identity).toEqual({ customerId: 'cus_tag', signature: SIGNATURE });
    const global = { identity: { customerId: 'cus_7', name: 'Ada', email: 'ada@example.com', signature: SIGNATURE } };
    const fromGlobal = readEmbedOptions(tag('https://q.example/widget.js', attributes), global);
    expect(typeof fromGlobal !== 'string' && fromGlobal.identity).toEqual(global.identity);
  });

  it('says what is missing instead of starting', () => {
    expect(readEmbedOptions(null, undefined)).toMatch(/<script> tag/);
    expect(readEmbedOptions(tag('https://q.example/widget.js', { 'data-tenant': 'acme' }), undefined)).toMatch(
      /data-key/,
    );
  });
});
