import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Chinese. */
export default {
  title: 'AI 辅助',
  shortcut: '转到 AI 辅助',
  route: {
    builtin: '内置引擎',
    model: '模型',
    person: '人工',
  },
  routeLabel: '路径',
  modelLabel: '模型',
  promptLabel: '提示词',
  costLabel: '费用',
  latencyLabel: '耗时',
  noCost: '无',
  belowCent: '低于 {{amount}}',
  citations: '草稿的来源',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: '推荐的宏',
  insertMacro: '插入 {{name}}',
  suggestedArticles: '推荐的文章',
  open: '打开 {{title}}',
  article: {
    cited: '引用的段落',
    insert: '插入回复',
    close: '关闭',
    missing: '此文章不在本控制台的设置副本中。',
  },
  reply: {
    translate: '翻译成{{language}}',
    translating: '正在翻译…',
    shortcut: '将我的回复翻译成客户的语言',
    translated: '{{language}}：将发送的内容',
    back: '回译成{{language}}，供核对',
    use: '使用此译文',
    stale: '回复在翻译后已更改，请重新翻译。',
    failed: '无法翻译回复，未发送任何内容：{{message}}',
  },
} satisfies Catalog<typeof en>;
