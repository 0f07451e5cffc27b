import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (ko). */
export default {
  label: '전달',
  email: { queued: '{{to}}(으)로 보내기 대기 중', sent: '{{to}}(으)로 보냄', failed: '{{to}}(으)로 전달되지 않음' },
  chat: { queued: '고객의 채팅에 표시되기를 기다리는 중', sent: '고객에게 표시됨', failed: '고객에게 표시되지 않음' },
  messaging: {
    queued: '채널 대기열에 있음, 받는 사람 {{to}}',
    sent: '채널이 {{to}} 대상으로 수락함',
    failed: '{{to}}에게 전달되지 않음',
  },
  reason: '사유:',
  attempts: '시도 횟수: {{count}}',
  retry: '다시 시도',
  retrying: '다시 시도 중…',
  copy: '텍스트 복사',
  copied: '복사됨: 다른 방법으로 보내세요.',
  copyFailed: '텍스트를 복사할 수 없습니다. 메시지에서 직접 선택하세요.',
} satisfies Catalog<typeof en>;
