import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: '기록',
  show: '기록 보기',
  hide: '기록 숨기기',
  loading: '기록을 불러오는 중…',
  empty: '아직 기록된 내용이 없습니다.',
  fromCache: '오프라인: {{time}}에 가져온 기록입니다.',
  refused: '거부됨',
  claimedName: '(콘솔이 알린 이름: “{{name}}”)',
  retry: '다시 시도',
  action: {
    ticket_intake: '티켓 접수',
    ai_decision: 'AI 결정',
    agent_reply: '답변함',
    send_and_resolve: '답변 후 해결',
    note: '내부 메모',
    reassign: '대기열 변경',
    review: '검토함',
    reopen: '다시 열림',
    assign: '담당함',
    snooze: '다시 알림 예약',
    handback: 'AI에게 돌려줌',
    mark_spam: '스팸으로 표시됨',
    tag: '태그 변경',
    customer_reply: '고객이 작성',
    customer_rating: '고객이 평가',
    ticket_imported: '가져옴',
    ticket_import_updated: '가져오기로 업데이트됨',
  },
} satisfies Catalog<typeof en>;
