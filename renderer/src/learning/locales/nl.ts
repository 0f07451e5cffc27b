import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'AI-leren',
  title: 'Wat de AI van uw tickets heeft geleerd',
  intro:
    'Tickets die uw team oplost met een gepubliceerd artikel dat één intentie noemt, leren de AI die intentie. Ze traint op de achtergrond opnieuw en houdt een nieuw model alleen als het niet slechter is op tickets waarop het nooit is getraind.',
  loading: 'Laden…',
  none: 'Nog niets geleerd: de AI traint opnieuw zodra genoeg tickets met een artikel zijn opgelost.',
  inUse: 'Model in gebruik',
  fromTrainingData: 'Het model uit de trainingsgegevens (niets dat van uw tickets is geleerd, is in gebruik).',
  trainedAt: 'Getraind {{at}}',
  examples: 'Uit {{history}} opgeloste tickets ({{base}} voorbeelden uit trainingsgegevens)',
  accuracy: 'Juistheid van intenties op achtergehouden tickets',
  containment: 'Door de AI opgelost bij ≤ 0,8 % fout',
  intentsTitle: 'Geleerde intenties',
  intentColumn: 'Intentie',
  countColumn: 'Voorbeelden',
  historyTitle: 'Hertrainingen',
  adopted: 'Overgenomen',
  notAdopted: 'Niet overgenomen',
  undo: 'Laatste hertraining ongedaan maken',
  undoHint: 'Gaat terug naar het model ervoor; de AI volgt binnen een minuut.',
  undone: 'Ongedaan gemaakt. De AI gaat terug naar het vorige model.',
  conflict: 'De AI heeft intussen een nieuwe hertraining vastgelegd. Kijk opnieuw en maak het dan ongedaan.',
  failed: 'Het ongedaan maken is niet opgeslagen: {{message}}',
} satisfies Catalog<typeof en>;
