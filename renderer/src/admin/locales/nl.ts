import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (nl). */
export default {
  nav: 'Tenantinstellingen',
  title: 'Tenantinstellingen',
  sectionsLabel: 'Onderdelen van de instellingen',
  loading: 'De instellingen van de tenant worden geladen…',
  offline:
    'Offline: u leest de kopie van de instellingen in deze console. Opslaan kan weer zodra de centrale wachtrij bereikbaar is.',
  offlineSince:
    'Offline: u leest de kopie van de instellingen in deze console van {{at}}. Opslaan kan weer zodra de centrale wachtrij bereikbaar is.',
  shortcuts: 'Alt+N nieuw · Ctrl+S opslaan · Esc terug naar de lijst · ↑ ↓ bewegen in een lijst',
  kinds: {
    queue: {
      title: 'Wachtrijen',
      new: 'Nieuwe wachtrij',
      empty: 'Nog geen wachtrijen.',
    },
    sla_policy: {
      title: 'SLA-beleid',
      new: 'Nieuw SLA-beleid',
      empty: 'Nog geen SLA-beleid.',
    },
    tag: {
      title: 'Labels',
      new: 'Nieuw label',
      empty: 'Nog geen labels.',
    },
    macro: {
      title: 'Macro’s',
      new: 'Nieuwe macro',
      empty: 'Nog geen macro’s.',
    },
    channel: {
      title: 'Kanalen',
      new: 'Nieuw kanaal',
      empty: 'Nog geen kanalen.',
    },
    widget: { title: 'Chatwidgets', new: 'Nieuwe chatwidget', empty: 'Nog geen chatwidgets.' },
    webhook: { title: 'Webhooks', new: 'Nieuwe webhook', empty: 'Nog geen webhooks.' },
  },
  form: {
    id: 'ID',
    idHint: 'Letters, cijfers, _ . of -, beginnend met een letter of cijfer. Dit kan later niet meer veranderen.',
    idTaken: 'Een ander item heeft al de ID {{id}}.',
    name: 'Naam',
    description: 'Beschrijving',
    save: 'Opslaan',
    delete: 'Verwijderen',
    keep: 'Behouden',
    close: 'Terug naar de lijst',
    editing: '{{id}} bewerken',
    version: 'Versie {{version}}, opgeslagen door {{by}} op {{at}}',
    saved: 'Opgeslagen als versie {{version}}. Elke console van de tenant krijgt die bij de volgende synchronisatie.',
    deleted: '{{id}} is verwijderd.',
    confirmDelete: '{{id}} verwijderen? Consoles bieden het na hun volgende synchronisatie niet meer aan.',
    pick: 'Kies een item uit de lijst of maak een nieuw.',
    pickReadOnly: 'Kies een item uit de lijst om het te lezen.',
  },
  conflict: {
    saved:
      '{{by}} heeft op {{at}} versie {{version}} van dit item opgeslagen terwijl u bewerkte. Uw wijzigingen staan er nog.',
    deleted: '{{by}} heeft dit item op {{at}} verwijderd terwijl u bewerkte. Uw wijzigingen staan er nog.',
    missing: 'Dit item is niet (meer) opgeslagen in de centrale wachtrij. Uw wijzigingen staan er nog.',
    loadTheirs: 'Hun versie laden',
    drop: 'Mijn wijzigingen weggooien',
    overwrite: 'Mijn versie eroverheen opslaan',
    deleteAnyway: 'Toch verwijderen',
  },
  inUse: {
    sentence:
      'De wachtrij {{queue}} kan niet worden verwijderd zolang die in gebruik is: {{uses}}. Wijs ze toe aan een andere wachtrij of verwijder ze eerst.',
    rules_one: '{{count}} escalatieregel ({{names}})',
    rules_other: '{{count}} escalatieregels ({{names}})',
    slaPolicy: 'het SLA-beleid ervan',
    channels_one: '{{count}} kanaal ({{names}})',
    channels_other: '{{count}} kanalen ({{names}})',
    quoted: '‘{{name}}’',
  },
  tag: {
    color: 'Kleur',
    colorHint: 'Geschreven als #rrggbb; leeg laten voor geen.',
    pick: 'Kies een kleur',
    aiIntents: 'De AI zet hem bij de intenties',
    aiIntentsHint:
      'Namen van intenties gescheiden door komma’s, zoals card_arrival: de AI tagt een ticket dat hij in een daarvan indeelt. Laat leeg als alleen mensen deze tag zetten.',
  },
  sla: {
    queue: 'Wachtrij',
    chooseQueue: 'Kies een wachtrij zonder beleid',
    timeZone: 'Tijdzone',
    timeZoneHint: 'Een IANA-naam, zoals Europe/Amsterdam of Asia/Tokyo.',
    hours: 'Openingstijden',
    hoursHint: 'Openingsblokken per weekdag, zoals 09:00-12:00, 13:00-17:00. Laat een gesloten dag leeg.',
    span: 'Blok {{number}}',
    holidays: 'Feestdagen',
    holidaysHint: 'Eén datum per regel, geschreven JJJJ-MM-DD.',
    holiday: 'Feestdag {{number}} ({{date}})',
    targets: 'Doelen per klantniveau',
    targetsHint: 'In werkminuten: 60 is één uur binnen openingstijden.',
    firstReplyMinutes: 'Eerste antwoord binnen (minuten)',
    resolutionMinutes: 'Oplossing binnen (minuten)',
  },
  macro: {
    text: 'Tekst',
    variables: 'Variabelen',
    variablesHint: 'Invoegen bij de cursor:',
    insert: '{{variable}} invoegen',
    preview: 'Voorbeeld',
    previewHint: 'Ingevuld als voor een voorbeeldticket.',
    sample: {
      customerName: 'Maria de Vries',
      market: 'Nederland',
      subject: 'Terugbetaling van bestelling 1042',
      queue: 'Facturatie',
      agentName: 'Alex Jansen',
    },
  },
  rule: {
    queueIdFormat:
      'Een wachtrij-ID bestaat uit 1 tot 63 kleine letters (a–z), cijfers, - of _ en begint met een letter of cijfer. Dit kan later niet meer veranderen.',
    id: 'Een ID bestaat uit 1 tot 100 letters (a–z, A–Z), cijfers, _ . of - en begint met een letter of cijfer.',
    queueId: 'Kies een wachtrij van de tenant die nog geen beleid heeft.',
    name: 'Geef een naam van hoogstens 200 tekens (bij een label 100).',
    description: 'Een beschrijving is hoogstens 1.000 tekens.',
    color: 'Schrijf de kleur als # en zes hexadecimale cijfers, zoals #1f5fbf, of laat het leeg.',
    aiIntents:
      'Namen van intenties van letters, cijfers, _ . ? en - (elk hoogstens 100 tekens), gescheiden door komma’s; hoogstens 50.',
    text: 'Schrijf een tekst van hoogstens 20.000 tekens.',
    timeZone: 'Onbekende tijdzone: gebruik een IANA-naam zoals Europe/Amsterdam of Asia/Tokyo.',
    week: 'Open minstens één blok in de week.',
    spans:
      'Schrijf elk blok als HH:MM-HH:MM tussen 00:00 en 24:00, met het einde na het begin, op volgorde en zonder overlap (hoogstens 6 per dag). Een nachtdienst is twee blokken: 22:00-24:00 en 00:00-06:00 op de volgende dag.',
    holidays: 'Schrijf elke feestdag één keer, als echte datum JJJJ-MM-DD (jaren 1900 tot 9999); hoogstens 500.',
    tier: 'Elk klantniveau heeft een doel voor het eerste antwoord en voor de oplossing nodig.',
    target:
      'Een geheel aantal werkminuten van 1 tot 525.600. Het oplossingsdoel is niet korter dan het doel voor het eerste antwoord, en de openingstijden moeten lang genoeg zijn om het te halen.',
  },
} satisfies Catalog<typeof en>;
