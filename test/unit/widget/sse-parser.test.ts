import { describe, expect, it } from 'vitest';
import { SseParser } from '../../../widget/sse-parser.js';

describe('SseParser (the widget reads the events stream with fetch)', () => {
  it('reads events with their type and data, skips comments and dispatches on the blank line', () => {
    const parser = new SseParser();
    expect(parser.push(': ping\n\nevent: conversation\ndata: {"cursor":3}\n\n')).toEqual([
      { event: 'conversation', data: '{"cursor":3}' },
    ]);
  });

  it('joins an event cut anywhere across chunks, CRLF split between two of them included', () => {
    const text = 'event: conversation\r\ndata: {"cursor":12}\r\n\r\nevent: conversation\r\ndata: {"cursor":13}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      const parser = new SseParser();
      const events = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut))];
      expect(
        events.map((event) => event.data),
        `cut at ${cut}`,
      ).toEqual(['{"cursor":12}', '{"cursor":13}']);
    }
  });

  it('joins data lines with \\n, keeps a second space, reads CR line ends and defaults the type to message', () => {
    const parser = new SseParser();
    expect(parser.push('data:first\rdata:  second\r\r')).toEqual([{ event: 'message', data: 'first\n second' }]);
  });

  it('drops an event without data and forgets its type for the next one', () => {
    const parser = new SseParser();
    expect(parser.push('event: conversation\n\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('takes an LF after a chunk that ended in CR as the end of that CRLF, not as a blank line', () => {
    const parser = new SseParser();
    expect(parser.push('data: a\r')).toEqual([]);
    expect(parser.push('\ndata: b\r')).toEqual([]);
    expect(parser.push('\n\r\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('holds back an event until its blank line arrives', () => {
    const parser = new SseParser();
    expect(parser.push('event: conversation\ndata: {"cursor":1}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'conversation', data: '{"cursor":1}' }]);
  });
});
