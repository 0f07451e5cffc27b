import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'AI の状態',
  title: 'AI の状態',
  intro:
    'AI 自身のチェックで見つかったこと: 説明の範囲外で応答したツール API、許容範囲に照らした現在のプロンプトとモデルのシャドー実行、今月のモデル予算。',
  refresh: '更新',
  needsNetwork: 'AI の状態は中央キューに保存されています: コンソールがオンラインになると表示されます。',
  badge: '未確認の警告: {{count}}',
  events: 'イベント (新しい順)',
  alertCount: '警告: {{total}} 件中 {{count}} 件。',
  none: 'まだ報告はありません。',
  alert: '警告',
  openTicket: 'チケット {{id}}',
  reported: '1 時間以内に {{count}} 回報告',
  kind: {
    integration_drift: '連携のずれ',
    shadow_run: 'シャドー実行',
    budget: '予算',
  },
  drift: {
    title: 'ツール API {{api}} が次の操作で説明の範囲外の応答をしました',
    escalated: 'チケットは人に回りました:',
  },
  shadow: {
    title: '解決済みチケット {{sampled}} 件を次で再判定',
    agreement: '一致率 {{value}} ({{tolerance}} 未満で警告)',
    refusals: 'ガード拒否 {{value}} ({{tolerance}} 超で警告)',
    disagreements: '判定が変わったチケット',
    change: '以前: {{was}}、現在: {{now}}',
    resolve: 'AI が解決',
    escalate: '人へ ({{queue}})',
  },
  budget: {
    warning: '{{month}} のモデル支出が予算 {{budget}} のうち {{spent}} に達しました。',
    exhausted: '{{month}} のモデル支出が {{spent}} に達し、予算 {{budget}} を使い切りました。',
  },
  spend: {
    title: '{{month}} のモデル支出',
    ofBudget: '予算 {{budget}} のうち {{spent}} ({{share}})。',
    noBudget: '{{spent}}。ルーティングポリシーに予算はありません。',
    warning: '警告水準に達しました。',
    exhausted: '予算を使い切りました。',
    byRoute: '経路別',
    route: '経路',
    decisions: '判定',
    tokens: 'トークン',
    cost: '費用',
  },
} satisfies Catalog<typeof en>;
