import { describe, expect, it } from 'vitest';
import { feedPageBound } from '../../../server/storage/feed-page.js';

describe('feedPageBound (where a changes-feed page ends)', () => {
  it('ends at the limit-th smallest seq of both tables and says whether more follow', () => {
    // Tickets after every few messages, as in a live queue.
    expect(feedPageBound([4, 8, 12], [1, 2, 3, 5, 6, 7], 5, 0)).toEqual({ upTo: 5, hasMore: true });
    expect(feedPageBound([4], [1, 2, 3], 4, 0)).toEqual({ upTo: 4, hasMore: false });
    expect(feedPageBound([10, 11, 12], [], 2, 9)).toEqual({ upTo: 11, hasMore: true });
    expect(feedPageBound([], [21, 22], 2, 20)).toEqual({ upTo: 22, hasMore: false });
  });

  it('keeps the cursor where it was for an empty page', () => {
    expect(feedPageBound([], [], 100, 42)).toEqual({ upTo: 42, hasMore: false });
  });

  it('agrees with sorting both lists together for random interleavings', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const since = Math.floor(random() * 10);
      const tickets: number[] = [];
      const messages: number[] = [];
      for (let seq = since + 1; seq < since + 40; seq++) (random() < 0.3 ? tickets : messages).push(seq);
      const limit = 1 + Math.floor(random() * 45);
      const all = [...tickets, ...messages].sort((a, b) => a - b);
      const expected = { upTo: all.slice(0, limit).at(-1) ?? since, hasMore: all.length > limit };
      expect(feedPageBound(tickets.slice(0, limit + 1), messages.slice(0, limit + 1), limit, since)).toEqual(expected);
    }
  });
});
