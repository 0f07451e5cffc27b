import { ticketReference } from '../../shared/channels/ticket-reference.js';
import { inCustomerLanguage } from '../../shared/domain/reopen-notice.js';

/**
 * What the customer reads on the merged ticket's channel: the conversation continues in another request, which is
 * named by its subject and reference (`[#tkt_…]`, which a mail reply keeps in its subject). One text per language the
 * reopen notice has; `{subject}` and `{reference}` are filled in.
 */
const MERGE_NOTICES: Readonly<Record<string, string>> = {
  en: 'We have joined this request with your other one, "{subject}" {reference}: everything you wrote is there, and we continue the conversation there.',
  de: 'Wir haben diese Anfrage mit Ihrer anderen zusammengeführt, „{subject}“ {reference}: Alles, was Sie geschrieben haben, steht dort, und wir setzen das Gespräch dort fort.',
  fr: 'Nous avons réuni cette demande avec votre autre demande, « {subject} » {reference} : tout ce que vous avez écrit s’y trouve, et nous poursuivons la conversation là-bas.',
  es: 'Hemos unido esta solicitud con su otra solicitud, «{subject}» {reference}: todo lo que escribió está allí y continuamos la conversación allí.',
  pt: 'Juntámos este pedido ao seu outro pedido, «{subject}» {reference}: tudo o que escreveu está lá e continuamos a conversa lá.',
  it: 'Abbiamo unito questa richiesta alla sua altra richiesta, «{subject}» {reference}: tutto ciò che ha scritto si trova lì e continuiamo la conversazione lì.',
  nl: 'We hebben dit verzoek samengevoegd met uw andere verzoek, "{subject}" {reference}: alles wat u schreef staat daar, en we zetten het gesprek daar voort.',
  sv: 'Vi har slagit ihop det här ärendet med ditt andra, ”{subject}” {reference}: allt du skrev finns där, och vi fortsätter samtalet där.',
  da: 'Vi har lagt denne henvendelse sammen med din anden, "{subject}" {reference}: alt, hvad du skrev, står der, og vi fortsætter samtalen der.',
  nb: 'Vi har slått sammen denne henvendelsen med den andre din, «{subject}» {reference}: alt du skrev, står der, og vi fortsetter samtalen der.',
  fi: 'Yhdistimme tämän pyynnön toiseen pyyntöösi ”{subject}” {reference}: kaikki kirjoittamasi on siellä, ja jatkamme keskustelua siellä.',
  pl: 'Połączyliśmy to zgłoszenie z Twoim drugim zgłoszeniem „{subject}” {reference}: wszystko, co napisałeś, jest tam i tam kontynuujemy rozmowę.',
  cs: 'Tento požadavek jsme spojili s vaším dalším požadavkem „{subject}“ {reference}: vše, co jste napsali, je tam, a v konverzaci pokračujeme tam.',
  el: 'Ενώσαμε αυτό το αίτημα με το άλλο σας αίτημα, «{subject}» {reference}: ό,τι γράψατε βρίσκεται εκεί και συνεχίζουμε τη συζήτηση εκεί.',
  ro: 'Am unit această solicitare cu cealaltă solicitare a dvs., „{subject}” {reference}: tot ce ați scris se află acolo și continuăm conversația acolo.',
  ar: 'دمجنا هذا الطلب مع طلبك الآخر «{subject}» {reference}: كل ما كتبته موجود هناك، وسنواصل المحادثة هناك.',
};

/**
 * The notice a chat visitor reads: their conversation follows the merge (merge-follow.ts), so it shows the joined
 * thread itself and says so, in the same languages.
 */
const JOINED_HERE_NOTICES: Readonly<Record<string, string>> = {
  en: 'We have joined your requests into one conversation, "{subject}" {reference}: everything you wrote is here, and we continue here.',
  de: 'Wir haben Ihre Anfragen zu einem Gespräch zusammengeführt, „{subject}“ {reference}: Alles, was Sie geschrieben haben, steht hier, und wir setzen das Gespräch hier fort.',
  fr: 'Nous avons réuni vos demandes en une seule conversation, « {subject} » {reference} : tout ce que vous avez écrit se trouve ici, et nous poursuivons ici.',
  es: 'Hemos unido sus solicitudes en una sola conversación, «{subject}» {reference}: todo lo que escribió está aquí y continuamos aquí.',
  pt: 'Juntámos os seus pedidos numa só conversa, «{subject}» {reference}: tudo o que escreveu está aqui e continuamos aqui.',
  it: 'Abbiamo unito le sue richieste in un’unica conversazione, «{subject}» {reference}: tutto ciò che ha scritto è qui e continuiamo qui.',
  nl: 'We hebben uw verzoeken samengevoegd tot één gesprek, "{subject}" {reference}: alles wat u schreef staat hier, en we gaan hier verder.',
  sv: 'Vi har slagit ihop dina ärenden till ett samtal, ”{subject}” {reference}: allt du skrev finns här, och vi fortsätter här.',
  da: 'Vi har lagt dine henvendelser sammen til én samtale, "{subject}" {reference}: alt, hvad du skrev, står her, og vi fortsætter her.',
  nb: 'Vi har slått sammen henvendelsene dine til én samtale, «{subject}» {reference}: alt du skrev, står her, og vi fortsetter her.',
  fi: 'Yhdistimme pyyntösi yhdeksi keskusteluksi ”{subject}” {reference}: kaikki kirjoittamasi on täällä, ja jatkamme täällä.',
  pl: 'Połączyliśmy Twoje zgłoszenia w jedną rozmowę „{subject}” {reference}: wszystko, co napisałeś, jest tutaj i tu kontynuujemy.',
  cs: 'Vaše požadavky jsme spojili do jedné konverzace „{subject}“ {reference}: vše, co jste napsali, je zde, a pokračujeme zde.',
  el: 'Ενώσαμε τα αιτήματά σας σε μία συζήτηση, «{subject}» {reference}: ό,τι γράψατε βρίσκεται εδώ και συνεχίζουμε εδώ.',
  ro: 'Am unit solicitările dvs. într-o singură conversație, „{subject}” {reference}: tot ce ați scris se află aici și continuăm aici.',
  ar: 'دمجنا طلباتك في محادثة واحدة «{subject}» {reference}: كل ما كتبته موجود هنا، وسنواصل هنا.',
};

/**
 * The notice in the customer's language naming the ticket the conversation continues on: `elsewhere` for a channel
 * whose conversation stays on the merged ticket (a mail thread, a generic channel), `here` for a chat, whose
 * conversation now shows the target.
 */
export function mergeNotice(
  language: string | null,
  target: { id: string; subject: string },
  where: 'elsewhere' | 'here' = 'elsewhere',
): string {
  return inCustomerLanguage(where === 'here' ? JOINED_HERE_NOTICES : MERGE_NOTICES, language)
    .replace('{subject}', target.subject)
    .replace('{reference}', ticketReference(target.id));
}
