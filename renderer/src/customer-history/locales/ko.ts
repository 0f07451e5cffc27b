import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The customer panel's earlier tickets (ko). */
export default {
  title: '고객의 티켓',
  search: '고객의 티켓 검색',
  tooLong: '검색어는 {{max}}자 이하로 입력하세요.',
  count: '티켓: {{count}}개',
  matches: '이 단어가 있는 티켓: {{count}}개',
  newestOf: '{{total}}개 중 최신 {{shown}}개를 표시합니다.',
  none: '이 콘솔에는 아직 이 고객의 티켓이 없습니다.',
  noMatch: '이 단어가 있는 이 고객의 티켓이 없습니다.',
  openNow: '지금 열림',
  csat: '평점 {{score}}/5',
  unrated: '평가 없음',
  created: '생성일 {{date}}',
  mergedInto: '{{id}}에 병합됨',
  showMore: '이전 티켓 보기',
  loading: '고객의 티켓을 읽는 중…',
  loadFailed: '고객의 티켓을 읽을 수 없습니다: {{reason}}',
  shortcut: '고객의 티켓 검색',
} satisfies Catalog<typeof en>;
