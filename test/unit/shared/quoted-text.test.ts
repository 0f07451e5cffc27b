import { describe, expect, it } from 'vitest';
import { foldQuotedText } from '../../../shared/channels/quoted-text.js';

const lines = (...text: string[]) => text.join('\n');

describe('foldQuotedText', () => {
  it('folds a Gmail reply in English below "On … wrote:", the attribution wrapped over two lines', () => {
    const text = lines(
      'Thanks, that worked!',
      '',
      'On Mon, Dec 7, 2026 at 10:04 AM Acme Support <support@acme.example>',
      'wrote:',
      '',
      '> Hi Ann,',
      '> please restart the router.',
    );
    expect(foldQuotedText(text)).toEqual({
      body: 'Thanks, that worked!',
      folded: lines(
        'On Mon, Dec 7, 2026 at 10:04 AM Acme Support <support@acme.example>',
        'wrote:',
        '',
        '> Hi Ann,',
        '> please restart the router.',
      ),
    });
  });

  it('folds Gmail replies in German, French, Spanish, Dutch, Italian, Portuguese, Swedish, Polish and Japanese', () => {
    const attributions = [
      'Il giorno lun 7 dic 2026 alle ore 10:04 Acme Support <support@acme.example> ha scritto:',
      'Em seg., 7 de dez. de 2026 às 10:04, Acme Support <support@acme.example> escreveu:',
      'Den mån 7 dec. 2026 kl 10:04 skrev Acme Support <support@acme.example>:',
      'W dniu pon., 7.12.2026 o 10:04 Acme Support <support@acme.example> napisał(a):',
      'Acme Support <support@acme.example> のメッセージ:',
      'Am Mo., 7. Dez. 2026 um 10:04 Uhr schrieb Acme Support <support@acme.example>:',
      'Le lun. 7 déc. 2026 à 10:04, Acme Support <support@acme.example> a écrit :',
      'El lun, 7 dic 2026 a las 10:04, Acme Support (<support@acme.example>) escribió:',
      'Op ma 7 dec. 2026 om 10:04 schreef Acme Support <support@acme.example>:',
      '2026年12月7日(月) 10:04 Acme Support <support@acme.example>:',
    ];
    for (const attribution of attributions) {
      const folded = foldQuotedText(lines('Danke / merci / gracias.', '', attribution, '', '> Earlier text.'));
      expect(folded.body, attribution).toBe('Danke / merci / gracias.');
      expect(folded.folded, attribution).toBe(lines(attribution, '', '> Earlier text.'));
    }
  });

  it("folds Outlook's header block (From:/Sent:, English and French) with the rule above it, quoted without >", () => {
    const english = lines(
      'Please cancel the order.',
      '',
      'Best regards',
      'Ann',
      '',
      '________________________________',
      'From: Acme Support <support@acme.example>',
      'Sent: Monday, December 7, 2026 10:04 AM',
      'To: Ann Example <ann@example.com>',
      'Subject: RE: Order 1234 [#tkt_0]',
      '',
      'Hello Ann, your order ships tomorrow.',
    );
    const folded = foldQuotedText(english);
    expect(folded.body).toBe(lines('Please cancel the order.', '', 'Best regards', 'Ann'));
    expect(folded.folded?.startsWith('________________________________\nFrom: Acme Support')).toBe(true);
    expect(folded.folded?.endsWith('your order ships tomorrow.')).toBe(true);

    const french = lines(
      'Merci beaucoup.',
      '',
      'De : Acme Support <support@acme.example>',
      'Envoyé : lundi 7 décembre 2026 10:04',
      'À : Ann <ann@example.com>',
      'Objet : RE: Commande',
      '',
      'Bonjour Ann,',
    );
    expect(foldQuotedText(french).body).toBe('Merci beaucoup.');
  });

  it('folds "-----Original Message-----" and forwarded-message markers of several languages', () => {
    for (const marker of [
      '-----Original Message-----',
      '-----Ursprüngliche Nachricht-----',
      '---------- Forwarded message ---------',
      'Begin forwarded message:',
      '-------- Message transféré --------',
    ]) {
      const folded = foldQuotedText(lines('See below.', '', marker, 'From: someone@example.com', 'Old text'));
      expect(folded.body, marker).toBe('See below.');
      expect(folded.folded?.startsWith(marker), marker).toBe(true);
    }
  });

  it('folds an Apple Mail reply: "On … at …, X wrote:" and quoted lines, the mobile sign-off with it', () => {
    const text = lines(
      'Yes, Tuesday is fine.',
      '',
      'Sent from my iPhone',
      '',
      'On 7 Dec 2026, at 10:04, Acme Support <support@acme.example> wrote:',
      '',
      '> Would Tuesday suit you?',
    );
    expect(foldQuotedText(text)).toEqual({
      body: 'Yes, Tuesday is fine.',
      folded: lines(
        'Sent from my iPhone',
        '',
        'On 7 Dec 2026, at 10:04, Acme Support <support@acme.example> wrote:',
        '',
        '> Would Tuesday suit you?',
      ),
    });
  });

  it('folds a signature below "-- "', () => {
    expect(foldQuotedText(lines('The app crashes on start.', '', '-- ', 'Ann Example', 'Example Corp'))).toEqual({
      body: 'The app crashes on start.',
      folded: lines('-- ', 'Ann Example', 'Example Corp'),
    });
  });

  it('keeps answers written between quoted lines, and a bottom-posted answer, whole', () => {
    const inline = lines(
      'On Mon, Dec 7, 2026 at 10:04 AM Acme Support <support@acme.example> wrote:',
      '> What is your order number?',
      '1234',
      '> And your postcode?',
      '10115',
    );
    expect(foldQuotedText(inline)).toEqual({ body: inline, folded: null });
    const bottom = lines('Hi,', '', '> Did the restart help?', '', 'No, it still fails.');
    expect(foldQuotedText(bottom)).toEqual({ body: bottom, folded: null });
  });

  it('keeps text the customer wrote below their own "… wrote:" line or From:/Date: details they typed', () => {
    const citing = lines(
      'Hi,',
      '',
      'Your colleague wrote:',
      'The refund will arrive in 3 days.',
      '',
      'It has been three weeks and nothing arrived.',
    );
    expect(foldQuotedText(citing)).toEqual({ body: citing, folded: null });
    const details = lines(
      'My details:',
      '',
      'From: Ann Example',
      'Date: 3 December',
      'Order: 1234',
      '',
      'Charged twice.',
    );
    expect(foldQuotedText(details)).toEqual({ body: details, folded: null });
  });

  it('folds a long mail of alternating quoted and written lines in time linear in its lines', () => {
    // 40,000 characters; checking every quoted line against all the lines below it took seconds.
    const text = Array.from({ length: 13_333 }, (_, index) => (index % 2 === 1 ? '> q' : 'a')).join('\n');
    const started = performance.now();
    expect(foldQuotedText(text)).toEqual({ body: text, folded: null });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('never folds the whole text, and leaves text without history alone', () => {
    const onlyQuote = lines('> an earlier mail', '> quoted whole');
    expect(foldQuotedText(onlyQuote)).toEqual({ body: onlyQuote, folded: null });
    const onlyForward = lines('---------- Forwarded message ---------', 'From: x@example.com', 'Hello');
    expect(foldQuotedText(onlyForward)).toEqual({ body: onlyForward, folded: null });
    expect(foldQuotedText('Where is my parcel?')).toEqual({ body: 'Where is my parcel?', folded: null });
    expect(foldQuotedText('')).toEqual({ body: '', folded: null });
  });
});
