/**
 * What the customer reads when a team lead or agent reopens their ticket: a person will follow up,
 * and nothing in the earlier answer was final. One short text per language the tenants' knowledge
 * bases answer in; any other language (or an unknown one) gets English.
 */
const REOPEN_NOTICES: Readonly<Record<string, string>> = {
  en: 'We have reopened your request: a member of our team will follow up with you personally. Nothing in our earlier answer is final.',
  de: 'Wir haben Ihre Anfrage wieder geöffnet: Eine Person aus unserem Team meldet sich persönlich bei Ihnen. Nichts an unserer bisherigen Antwort ist endgültig.',
  fr: 'Nous avons rouvert votre demande : un membre de notre équipe va vous recontacter personnellement. Rien dans notre réponse précédente n’est définitif.',
  es: 'Hemos reabierto su solicitud: una persona de nuestro equipo se pondrá en contacto con usted. Nada de nuestra respuesta anterior es definitivo.',
  pt: 'Reabrimos o seu pedido: uma pessoa da nossa equipa vai contactá-lo pessoalmente. Nada na nossa resposta anterior é definitivo.',
  it: 'Abbiamo riaperto la sua richiesta: una persona del nostro team la ricontatterà personalmente. Nulla nella nostra risposta precedente è definitivo.',
  nl: 'We hebben uw verzoek heropend: iemand van ons team neemt persoonlijk contact met u op. Niets in ons eerdere antwoord is definitief.',
  sv: 'Vi har öppnat ditt ärende igen: en person i vårt team återkommer till dig personligen. Inget i vårt tidigare svar är slutgiltigt.',
  da: 'Vi har genåbnet din henvendelse: en person fra vores team vender personligt tilbage til dig. Intet i vores tidligere svar er endeligt.',
  nb: 'Vi har gjenåpnet henvendelsen din: en person fra teamet vårt tar personlig kontakt med deg. Ingenting i det tidligere svaret vårt er endelig.',
  fi: 'Avasimme pyyntösi uudelleen: tiimimme jäsen ottaa sinuun yhteyttä henkilökohtaisesti. Mikään aiemmassa vastauksessamme ei ole lopullista.',
  pl: 'Ponownie otworzyliśmy Twoje zgłoszenie: osoba z naszego zespołu skontaktuje się z Tobą osobiście. Nic w naszej wcześniejszej odpowiedzi nie jest ostateczne.',
  cs: 'Váš požadavek jsme znovu otevřeli: člověk z našeho týmu se vám osobně ozve. Nic v naší dřívější odpovědi není konečné.',
  el: 'Ανοίξαμε ξανά το αίτημά σας: ένα μέλος της ομάδας μας θα επικοινωνήσει μαζί σας προσωπικά. Τίποτα στην προηγούμενη απάντησή μας δεν είναι οριστικό.',
  ro: 'Am redeschis solicitarea dvs.: o persoană din echipa noastră vă va contacta personal. Nimic din răspunsul nostru anterior nu este definitiv.',
  ar: 'أعدنا فتح طلبك: سيتواصل معك أحد أعضاء فريقنا شخصيًا. لا شيء في ردّنا السابق نهائي.',
};

/** The escalation rule id a reopened ticket carries: no tenant rule chose its queue, a person did. */
export const REOPEN_RULE_ID = 'reopen';

/** Languages with their own reopen notice. */
export const REOPEN_NOTICE_LANGUAGES: readonly string[] = Object.keys(REOPEN_NOTICES);

/** The notice in the customer's language (`de`, `pt-BR`...), English when there is none. */
export function reopenNotice(language: string | null): string {
  return inCustomerLanguage(REOPEN_NOTICES, language);
}

/** A customer-facing text by language (`de`, `pt-BR`, `no`...): the base language's, English when there is none. */
export function inCustomerLanguage(texts: Readonly<Record<string, string>>, language: string | null): string {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const text = texts[base === 'no' ? 'nb' : base] ?? texts.en;
  if (text === undefined) throw new Error('A customer-facing text has no English version.');
  return text;
}
