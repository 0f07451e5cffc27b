import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Spanish. */
export default {
  title: 'Ayuda de la IA',
  shortcut: 'Ir a la ayuda de la IA',
  route: {
    builtin: 'Motor integrado',
    model: 'Modelo',
    person: 'Persona',
  },
  routeLabel: 'Ruta',
  modelLabel: 'Modelo',
  promptLabel: 'Prompt',
  costLabel: 'Coste',
  latencyLabel: 'Tiempo',
  noCost: 'ninguno',
  belowCent: 'menos de {{amount}}',
  citations: 'Fuentes del borrador',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'Macros sugeridas',
  insertMacro: 'Insertar {{name}}',
  suggestedArticles: 'Artículos sugeridos',
  open: 'Abrir {{title}}',
  article: {
    cited: 'Pasaje citado',
    insert: 'Insertar en la respuesta',
    close: 'Cerrar',
    missing: 'Este artículo no está en la copia de los ajustes de esta consola.',
  },
  reply: {
    translate: 'Traducir al {{language}}',
    translating: 'Traduciendo…',
    shortcut: 'Traducir mi respuesta al idioma del cliente',
    translated: '{{language}}: lo que se envía',
    back: 'De vuelta al {{language}}, para comprobar',
    use: 'Usar esta traducción',
    stale: 'La respuesta cambió después de traducirla; tradúzcala de nuevo.',
    failed: 'No se pudo traducir la respuesta, no se envió nada: {{message}}',
  },
} satisfies Catalog<typeof en>;
