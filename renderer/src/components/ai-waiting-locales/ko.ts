import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_other:
    'AI 시작 중: 티켓 {{count, number}}건이 대기 중입니다. AI가 결정하는 대로 에스컬레이션된 티켓이 여기에 표시됩니다.',
  deciding_other: 'AI가 새 티켓 {{count, number}}건을 판단하고 있습니다. 에스컬레이션된 티켓은 여기에 표시됩니다.',
  waiting_other:
    '새 티켓 {{count, number}}건이 AI를 기다리고 있습니다. 결정되면 에스컬레이션된 티켓이 여기에 표시됩니다.',
  failed: '이 콘솔의 AI를 시작하지 못했습니다. 로그를 확인하세요.',
} satisfies Catalog<typeof en>;
