import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Japanese. */
export default {
  title: 'AI アシスト',
  shortcut: 'AI アシストへ移動',
  route: {
    builtin: '内蔵エンジン',
    model: 'モデル',
    person: '担当者',
  },
  routeLabel: '経路',
  modelLabel: 'モデル',
  promptLabel: 'プロンプト',
  costLabel: '費用',
  latencyLabel: '所要時間',
  noCost: 'なし',
  belowCent: '{{amount}} 未満',
  citations: '下書きの出典',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'おすすめのマクロ',
  insertMacro: '{{name}} を挿入',
  suggestedArticles: 'おすすめの記事',
  open: '{{title}} を開く',
  article: {
    cited: '引用された箇所',
    insert: '返信に挿入',
    close: '閉じる',
    missing: 'この記事はこのコンソールの設定のコピーにありません。',
  },
  reply: {
    translate: '{{language}}に翻訳',
    translating: '翻訳中…',
    shortcut: '返信をお客様の言語に翻訳',
    translated: '{{language}}: 送信される内容',
    back: '確認用に{{language}}へ戻した訳',
    use: 'この翻訳を使う',
    stale: '翻訳後に返信が変更されました。もう一度翻訳してください。',
    failed: '返信を翻訳できませんでした。何も送信されていません: {{message}}',
  },
} satisfies Catalog<typeof en>;
