import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Mentions: the note editor's `@` completion, the Mentions view and its notices (ko). */
export default {
  tab: '멘션',
  title: '나를 언급한 메모',
  empty: '아직 나를 언급한 메모가 없습니다.',
  unread: '읽지 않음',
  by: '{{by}} 님이 작성',
  someone: '동료',
  open: '열기',
  loadFailed: '멘션을 읽지 못했습니다: {{reason}}',
  goShortcut: '내 멘션으로 이동',
  typeShortcut: '메모에서 동료 언급하기',
  editorHint: '메모에서 동료를 언급하려면 @를 입력하세요.',
  completion: {
    label: '언급할 사람',
    offline: '오프라인: 대기열에서 마지막으로 읽은 사람 목록',
    none: '“{{query}}”와 일치하는 사람이 없습니다',
    loadFailed: '사람 목록을 가져오지 못했습니다: {{reason}}',
  },
  notice: {
    region: '나에 대한 멘션',
    title: '{{by}} 님이 나를 언급했습니다',
    dismiss: '닫기',
  },
} satisfies Catalog<typeof en>;
