import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Korean. */
export default {
  title: 'AI 도움',
  shortcut: 'AI 도움으로 이동',
  route: {
    builtin: '내장 엔진',
    model: '모델',
    person: '사람',
  },
  routeLabel: '경로',
  modelLabel: '모델',
  promptLabel: '프롬프트',
  costLabel: '비용',
  latencyLabel: '소요 시간',
  noCost: '없음',
  belowCent: '{{amount}} 미만',
  citations: '초안의 출처',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: '추천 매크로',
  insertMacro: '{{name}} 삽입',
  suggestedArticles: '추천 문서',
  open: '{{title}} 열기',
  article: {
    cited: '인용된 구절',
    insert: '답장에 삽입',
    close: '닫기',
    missing: '이 문서는 이 콘솔의 설정 사본에 없습니다.',
  },
  reply: {
    translate: '{{language}}(으)로 번역',
    translating: '번역 중…',
    shortcut: '내 답장을 고객의 언어로 번역',
    translated: '{{language}}: 보낼 내용',
    back: '확인용으로 다시 {{language}}',
    use: '이 번역 사용',
    stale: '번역 후 답장이 바뀌었습니다. 다시 번역하세요.',
    failed: '답장을 번역하지 못했으며 아무것도 보내지 않았습니다: {{message}}',
  },
} satisfies Catalog<typeof en>;
