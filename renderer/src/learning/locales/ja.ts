import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'AIの学習',
  title: 'AIがチケットから学んだこと',
  intro:
    'チームが1つのインテントを示す公開記事で解決したチケットは、そのインテントをAIに教えます。AIはバックグラウンドで再学習し、学習に使っていないチケットで劣らない場合にのみ新しいモデルを採用します。',
  loading: '読み込み中…',
  none: 'まだ何も学習していません。記事で解決されたチケットが十分に集まるとAIが再学習します。',
  inUse: '使用中のモデル',
  fromTrainingData: '学習データのモデル（チケットから学んだものは使われていません）。',
  trainedAt: '{{at}} に学習',
  examples: '解決済みチケット {{history}} 件から（学習データの例 {{base}} 件）',
  accuracy: '取り置いたチケットでのインテント正解率',
  containment: '誤り0.8 %以下でAIが解決した割合',
  intentsTitle: '学習したインテント',
  intentColumn: 'インテント',
  countColumn: '例',
  historyTitle: '再学習',
  adopted: '採用',
  notAdopted: '不採用',
  undo: '最後の再学習を取り消す',
  undoHint: '前のモデルに戻します。AIは1分以内に従います。',
  undone: '取り消しました。AIは前のモデルに戻ります。',
  conflict: 'その間にAIが新しい再学習を記録しました。もう一度確認してから取り消してください。',
  failed: '取り消しを保存できませんでした: {{message}}',
} satisfies Catalog<typeof en>;
