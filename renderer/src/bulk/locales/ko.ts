import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The inbox's selection and bulk bar (ko). */
export default {
  label: '선택한 티켓 일괄 작업',
  actions: '선택 항목 작업',
  selected: '선택됨: {{count}}',
  running: '선택 항목에 적용 중… ({{count}})',
  assignToMe: '나에게 할당',
  tag: '태그…',
  snooze: '다시 알림…',
  resolveWithMacro: '매크로로 해결…',
  clear: '선택 해제',
  rowSelected: '일괄 작업용으로 선택됨',
  toggleShortcut: '받은편지함 행 선택 또는 해제',
  selectAllShortcut: '표시된 받은편지함 행 모두 선택',
  clearShortcut: '받은편지함 선택 해제',
  tagTitle: '선택한 티켓의 태그 ({{count}})',
  snoozeTitle: '선택한 티켓 다시 알림 ({{count}})',
  macroTitle: '선택한 티켓을 매크로로 해결 ({{count}})',
  refused: '거부됨(각각 이유 포함): {{count}}',
  done: {
    assign_to_me: '나에게 할당됨: {{count}}',
    tag: '태그 변경됨: {{count}}',
    snooze: '다시 알림 설정됨: {{count}}',
    resolve_with_macro: '답변 후 해결됨: {{count}}',
  },
} satisfies Catalog<typeof en>;
