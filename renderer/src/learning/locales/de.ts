import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'KI-Lernen',
  title: 'Was die KI aus Ihren Tickets gelernt hat',
  intro:
    'Tickets, die Ihr Team mit einem veröffentlichten Artikel zu genau einem Anliegen löst, bringen der KI dieses Anliegen bei. Sie lernt im Hintergrund neu und behält ein neues Modell nur, wenn es bei Tickets, mit denen es nie trainiert wurde, nicht schlechter ist.',
  loading: 'Wird geladen…',
  none: 'Noch nichts gelernt: Die KI lernt neu, sobald genug Tickets mit einem Artikel gelöst sind.',
  inUse: 'Verwendetes Modell',
  fromTrainingData: 'Das Modell aus den Trainingsdaten (nichts aus Ihren Tickets Gelerntes ist in Gebrauch).',
  trainedAt: 'Trainiert {{at}}',
  examples: 'Aus {{history}} gelösten Tickets ({{base}} Beispiele aus Trainingsdaten)',
  accuracy: 'Treffsicherheit der Anliegen bei zurückgehaltenen Tickets',
  containment: 'Von der KI gelöst bei ≤ 0,8 % Fehlern',
  intentsTitle: 'Gelernte Anliegen',
  intentColumn: 'Anliegen',
  countColumn: 'Beispiele',
  historyTitle: 'Neutrainings',
  adopted: 'Übernommen',
  notAdopted: 'Nicht übernommen',
  undo: 'Letztes Neutraining rückgängig machen',
  undoHint: 'Kehrt zum Modell davor zurück; die KI folgt binnen einer Minute.',
  undone: 'Rückgängig gemacht. Die KI kehrt zum vorherigen Modell zurück.',
  conflict:
    'Die KI hat inzwischen ein neues Training eingetragen. Sehen Sie erneut nach und machen Sie es dann rückgängig.',
  failed: 'Das Rückgängigmachen wurde nicht gespeichert: {{message}}',
} satisfies Catalog<typeof en>;
