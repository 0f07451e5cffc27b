import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'AI 상태',
  title: 'AI 상태',
  intro:
    'AI 자체 점검에서 발견한 것: 설명 범위를 벗어나 응답한 도구 API, 허용 기준에 비춘 현재 프롬프트와 모델의 섀도 실행, 이번 달 모델 예산.',
  refresh: '새로 고침',
  needsNetwork: 'AI 상태는 중앙 큐에 보관됩니다: 콘솔이 온라인이 되면 표시됩니다.',
  badge: '확인하지 않은 경고: {{count}}',
  events: '이벤트, 최신순',
  alertCount: '경고: 이벤트 {{total}}개 중 {{count}}개.',
  none: '아직 보고된 것이 없습니다.',
  alert: '경고',
  openTicket: '티켓 {{id}}',
  reported: '한 시간 안에 {{count}}번 보고됨',
  kind: {
    integration_drift: '연동 불일치',
    shadow_run: '섀도 실행',
    budget: '예산',
  },
  drift: {
    title: '도구 API {{api}}이(가) 다음 작업에서 설명 범위를 벗어나 응답했습니다',
    escalated: '티켓은 사람에게 넘어갔습니다:',
  },
  shadow: {
    title: '해결된 티켓 {{sampled}}개를 다음으로 다시 판정',
    agreement: '일치율 {{value}} ({{tolerance}} 미만이면 경고)',
    refusals: '가드 거부 {{value}} ({{tolerance}} 초과면 경고)',
    disagreements: '다르게 판정된 티켓',
    change: '이전 {{was}}, 현재 {{now}}',
    resolve: 'AI가 해결',
    escalate: '사람에게 ({{queue}})',
  },
  budget: {
    warning: '{{month}} 모델 지출이 예산 {{budget}} 중 {{spent}}에 도달했습니다.',
    exhausted: '{{month}} 모델 지출이 {{spent}}에 도달해 예산 {{budget}}을(를) 다 썼습니다.',
  },
  spend: {
    title: '{{month}} 모델 지출',
    ofBudget: '예산 {{budget}} 중 {{spent}} ({{share}}).',
    noBudget: '{{spent}}; 라우팅 정책에 예산이 없습니다.',
    warning: '경고 수준에 도달했습니다.',
    exhausted: '예산을 다 썼습니다.',
    byRoute: '경로별',
    route: '경로',
    decisions: '판정',
    tokens: '토큰',
    cost: '비용',
  },
} satisfies Catalog<typeof en>;
