import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'Aprendizagem da IA',
  title: 'O que a IA aprendeu com os seus tickets',
  intro:
    'Os tickets que a sua equipa resolve com um artigo publicado que nomeia uma só intenção ensinam essa intenção à IA. Ela volta a treinar em segundo plano e só mantém um modelo novo se não for pior em tickets com que nunca treinou.',
  loading: 'A carregar…',
  none: 'Ainda nada aprendido: a IA volta a treinar quando houver tickets suficientes resolvidos com um artigo.',
  inUse: 'Modelo em uso',
  fromTrainingData: 'O modelo dos dados de treino (nada aprendido com os seus tickets está em uso).',
  trainedAt: 'Treinado em {{at}}',
  examples: 'A partir de {{history}} tickets resolvidos ({{base}} exemplos de dados de treino)',
  accuracy: 'Acerto de intenção em tickets reservados',
  containment: 'Resolvidos pela IA com ≤ 0,8 % de erros',
  intentsTitle: 'Intenções aprendidas',
  intentColumn: 'Intenção',
  countColumn: 'Exemplos',
  historyTitle: 'Novos treinos',
  adopted: 'Adotado',
  notAdopted: 'Não adotado',
  undo: 'Desfazer o último novo treino',
  undoHint: 'Volta ao modelo anterior; a IA segue-o em menos de um minuto.',
  undone: 'Desfeito. A IA volta ao modelo anterior.',
  conflict: 'Entretanto a IA registou um novo treino. Veja de novo e depois desfaça.',
  failed: 'A anulação não foi guardada: {{message}}',
} satisfies Catalog<typeof en>;
