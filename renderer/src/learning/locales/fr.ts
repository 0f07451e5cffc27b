import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: "Apprentissage de l'IA",
  title: "Ce que l'IA a appris de vos tickets",
  intro:
    "Les tickets que votre équipe résout avec un article publié qui nomme une seule intention apprennent cette intention à l'IA. Elle se réentraîne en arrière-plan et ne garde un nouveau modèle que s'il n'est pas moins bon sur des tickets qu'il n'a jamais vus à l'entraînement.",
  loading: 'Chargement…',
  none: "Rien d'appris pour l'instant : l'IA se réentraîne dès qu'assez de tickets sont résolus avec un article.",
  inUse: 'Modèle utilisé',
  fromTrainingData: "Le modèle des données d'entraînement (rien de ce qui a été appris de vos tickets n'est utilisé).",
  trainedAt: 'Entraîné le {{at}}',
  examples: "À partir de {{history}} tickets résolus ({{base}} exemples de données d'entraînement)",
  accuracy: 'Justesse des intentions sur les tickets mis de côté',
  containment: "Résolus par l'IA à ≤ 0,8 % d'erreurs",
  intentsTitle: 'Intentions apprises',
  intentColumn: 'Intention',
  countColumn: 'Exemples',
  historyTitle: 'Réentraînements',
  adopted: 'Adopté',
  notAdopted: 'Non adopté',
  undo: 'Annuler le dernier réentraînement',
  undoHint: "Revient au modèle précédent ; l'IA suit en moins d'une minute.",
  undone: "Annulé. L'IA revient au modèle précédent.",
  conflict: "L'IA a enregistré un nouveau réentraînement entre-temps. Regardez à nouveau, puis annulez.",
  failed: "L'annulation n'a pas été enregistrée : {{message}}",
} satisfies Catalog<typeof en>;
