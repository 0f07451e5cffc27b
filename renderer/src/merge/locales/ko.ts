import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer (ko). */
export default {
  shortcut: '열린 티켓을 고객의 다른 티켓에 병합',
  title: '이 티켓을 병합할 대상…',
  filter: '고객의 티켓 필터',
  loading: '고객의 티켓을 불러오는 중…',
  none: '병합할 고객의 다른 티켓이 없습니다.',
  confirmTitle: '티켓을 병합할까요?',
  confirmText:
    '“{{source}}”이(가) “{{target}}”(으)로 병합됩니다. 메시지는 그 스레드로 옮겨지고, 해결됨으로 바뀌며, 고객에게 대화가 이어지는 곳을 알립니다. 10분 동안 실행 취소할 수 있습니다.',
  confirm: '병합',
  cancel: '취소',
  pointer: '#{{id}}에 병합됨',
  open: '열기',
  undoBar: '메시지 {{count}}개가 이 티켓에 병합됨; {{left}} 동안 실행 취소 가능.',
  undo: '실행 취소',
} satisfies Catalog<typeof en>;
