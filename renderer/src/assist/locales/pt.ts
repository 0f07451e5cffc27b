import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Portuguese. */
export default {
  title: 'Ajuda da IA',
  shortcut: 'Ir para a ajuda da IA',
  route: {
    builtin: 'Motor integrado',
    model: 'Modelo',
    person: 'Pessoa',
  },
  routeLabel: 'Rota',
  modelLabel: 'Modelo',
  promptLabel: 'Prompt',
  costLabel: 'Custo',
  latencyLabel: 'Tempo',
  noCost: 'nenhum',
  belowCent: 'menos de {{amount}}',
  citations: 'Fontes do rascunho',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Macros sugeridas',
  insertMacro: 'Inserir {{name}}',
  suggestedArticles: 'Artigos sugeridos',
  open: 'Abrir {{title}}',
  article: {
    cited: 'Trecho citado',
    insert: 'Inserir na resposta',
    close: 'Fechar',
    missing: 'Este artigo não está na cópia das configurações deste console.',
  },
  reply: {
    translate: 'Traduzir para {{language}}',
    translating: 'Traduzindo…',
    shortcut: 'Traduzir a minha resposta para o idioma do cliente',
    translated: '{{language}}: o que é enviado',
    back: 'De volta para {{language}}, para conferir',
    use: 'Usar esta tradução',
    stale: 'A resposta mudou depois de traduzida; traduza-a de novo.',
    failed: 'Não foi possível traduzir a resposta, nada foi enviado: {{message}}',
  },
} satisfies Catalog<typeof en>;
