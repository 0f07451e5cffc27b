import { describe, expect, it } from 'vitest';
import { replySubject, ticketIdInSubject } from '../../../shared/channels/ticket-reference.js';
import { MAX_SUBJECT_LENGTH } from '../../../shared/domain/ticket.js';
import { newTicketId } from '../../../server/domain/ids.js';

describe('the ticket reference in a subject', () => {
  const ticketId = newTicketId();

  it('is written into a reply subject and read back, through the prefixes mail programs add', () => {
    const subject = replySubject('My order is late', ticketId);
    expect(subject).toBe(`Re: My order is late [#${ticketId}]`);
    expect(ticketIdInSubject(subject)).toBe(ticketId);
    expect(ticketIdInSubject(`AW: ${subject}`)).toBe(ticketId);
    expect(ticketIdInSubject(`Fwd: RE: ${subject.toUpperCase()}`)).toBe(ticketId);
    expect(ticketIdInSubject(`Re: [ # ${ticketId} ] late`)).toBe(ticketId);
  });

  it('does not pile up prefixes or references when a thread goes on', () => {
    const again = replySubject(`AW: Re: SV: My order is late [#${ticketId}]`, ticketId);
    expect(again).toBe(`Re: My order is late [#${ticketId}]`);
    expect(replySubject('', ticketId)).toBe(`Re: [#${ticketId}]`);
  });

  it('finds no ticket in a subject without a well-formed reference', () => {
    expect(ticketIdInSubject('Order [#1234]')).toBeNull();
    expect(ticketIdInSubject('Re: [#tkt_not-a-uuid]')).toBeNull();
    expect(ticketIdInSubject('tkt_' + ticketId.slice(4))).toBeNull();
  });

  it('keeps a reply subject within MAX_SUBJECT_LENGTH, the reference whole', () => {
    const subject = replySubject('x'.repeat(5000), ticketId);
    expect(subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(ticketIdInSubject(subject)).toBe(ticketId);
  });
});
