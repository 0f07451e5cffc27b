import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Aprendizaje de la IA',
  title: 'Lo que la IA aprendió de sus tickets',
  intro:
    'Los tickets que su equipo resuelve con un artículo publicado que nombra una sola intención enseñan esa intención a la IA. Se reentrena en segundo plano y solo conserva un modelo nuevo si no es peor en tickets con los que nunca se entrenó.',
  loading: 'Cargando…',
  none: 'Aún no ha aprendido nada: la IA se reentrena cuando hay suficientes tickets resueltos con un artículo.',
  inUse: 'Modelo en uso',
  fromTrainingData: 'El modelo de los datos de entrenamiento (no se usa nada aprendido de sus tickets).',
  trainedAt: 'Entrenado el {{at}}',
  examples: 'A partir de {{history}} tickets resueltos ({{base}} ejemplos de datos de entrenamiento)',
  accuracy: 'Acierto de intención en tickets reservados',
  containment: 'Resueltos por la IA con ≤ 0,8 % de errores',
  intentsTitle: 'Intenciones aprendidas',
  intentColumn: 'Intención',
  countColumn: 'Ejemplos',
  historyTitle: 'Reentrenamientos',
  adopted: 'Adoptado',
  notAdopted: 'No adoptado',
  undo: 'Deshacer el último reentrenamiento',
  undoHint: 'Vuelve al modelo anterior; la IA lo sigue en menos de un minuto.',
  undone: 'Deshecho. La IA vuelve al modelo anterior.',
  conflict: 'La IA registró otro reentrenamiento mientras tanto. Vuelva a mirar y luego deshaga.',
  failed: 'No se guardó la acción de deshacer: {{message}}',
} satisfies Catalog<typeof en>;
