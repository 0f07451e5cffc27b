import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (pt). */
export default {
  label: 'Ações em massa nos tickets selecionados',
  actions: 'Ações na seleção',
  selected: 'Selecionados: {{count}}',
  running: 'Aplicando à seleção… ({{count}})',
  assignToMe: 'Atribuir a mim',
  tag: 'Etiquetar…',
  snooze: 'Adiar…',
  resolveWithMacro: 'Resolver com macro…',
  clear: 'Limpar seleção',
  rowSelected: 'Selecionado para uma ação em massa',
  toggleShortcut: 'Selecionar ou desmarcar a linha da caixa de entrada',
  selectAllShortcut: 'Selecionar todas as linhas mostradas da caixa de entrada',
  clearShortcut: 'Limpar a seleção da caixa de entrada',
  tagTitle: 'Etiquetas dos tickets selecionados ({{count}})',
  snoozeTitle: 'Adiar os tickets selecionados ({{count}})',
  macroTitle: 'Resolver os tickets selecionados com uma macro ({{count}})',
  refused: 'Recusados, cada um com o motivo: {{count}}',
  done: {
    assign_to_me: 'Atribuídos a você: {{count}}',
    tag: 'Etiquetas alteradas: {{count}}',
    snooze: 'Adiados: {{count}}',
    resolve_with_macro: 'Respondidos e resolvidos: {{count}}',
  },
} satisfies Catalog<typeof en>;
