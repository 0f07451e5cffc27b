import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'AI 학습',
  title: 'AI가 티켓에서 배운 것',
  intro:
    '팀이 하나의 인텐트를 지정한 게시된 문서로 해결한 티켓은 AI에게 그 인텐트를 가르칩니다. AI는 백그라운드에서 다시 학습하며, 학습에 쓰지 않은 티켓에서 더 나쁘지 않을 때만 새 모델을 채택합니다.',
  loading: '불러오는 중…',
  none: '아직 배운 것이 없습니다. 문서로 해결된 티켓이 충분히 모이면 AI가 다시 학습합니다.',
  inUse: '사용 중인 모델',
  fromTrainingData: '학습 데이터의 모델(티켓에서 배운 것은 사용되지 않음).',
  trainedAt: '{{at}}에 학습됨',
  examples: '해결된 티켓 {{history}}건에서 학습(학습 데이터 예시 {{base}}건)',
  accuracy: '따로 둔 티켓에서의 인텐트 정확도',
  containment: '오류 0.8 % 이하로 AI가 해결한 비율',
  intentsTitle: '배운 인텐트',
  intentColumn: '인텐트',
  countColumn: '예시',
  historyTitle: '재학습',
  adopted: '채택됨',
  notAdopted: '채택 안 됨',
  undo: '마지막 재학습 취소',
  undoHint: '이전 모델로 돌아갑니다. AI는 1분 안에 따릅니다.',
  undone: '취소했습니다. AI가 이전 모델로 돌아갑니다.',
  conflict: '그사이 AI가 새 재학습을 기록했습니다. 다시 확인한 뒤 취소하세요.',
  failed: '취소를 저장하지 못했습니다: {{message}}',
} satisfies Catalog<typeof en>;
