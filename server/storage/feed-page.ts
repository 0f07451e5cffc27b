/**
 * Where a changes-feed page ends. Tickets and messages share one seq counter, so the page is every
 * row of either table with `since < seq <= upTo`. Reading only the seqs first (an index-only scan of
 * each table's (tenant_id, seq) index) and then exactly the rows of the page avoids reading up to
 * `limit` full rows of a table that has only a few of them in the page (a page of many messages read
 * thousands of tickets it then dropped).
 *
 * `ticketSeqs` and `messageSeqs` are ascending and hold up to `limit + 1` seqs after `since` each.
 */
export function feedPageBound(
  ticketSeqs: readonly number[],
  messageSeqs: readonly number[],
  limit: number,
  since: number,
): { upTo: number; hasMore: boolean } {
  const total = ticketSeqs.length + messageSeqs.length;
  const taken = Math.min(limit, total);
  let t = 0;
  let m = 0;
  let upTo = since;
  for (let i = 0; i < taken; i++) {
    const nextTicket = ticketSeqs[t] ?? Number.POSITIVE_INFINITY;
    const nextMessage = messageSeqs[m] ?? Number.POSITIVE_INFINITY;
    if (nextTicket < nextMessage) {
      upTo = nextTicket;
      t++;
    } else {
      upTo = nextMessage;
      m++;
    }
  }
  return { upTo, hasMore: total > limit };
}
