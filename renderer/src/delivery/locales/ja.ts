import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** A reply's delivery line on every channel (ja). */
export default {
  label: '配信',
  email: { queued: '{{to}} への送信待ち', sent: '{{to}} に送信済み', failed: '{{to}} に配信できませんでした' },
  chat: {
    queued: '顧客のチャットに表示されるのを待っています',
    sent: '顧客に表示されました',
    failed: '顧客に表示されていません',
  },
  messaging: {
    queued: 'チャネルへの送信待ち ({{to}} 宛て)',
    sent: 'チャネルが {{to}} 宛てに受け付けました',
    failed: '{{to}} に配信できませんでした',
  },
  reason: '理由:',
  attempts: '試行回数: {{count}}',
  retry: '再試行',
  retrying: '再試行中…',
  copy: 'テキストをコピー',
  copied: 'コピーしました。別の方法で送ってください。',
  copyFailed: 'テキストをコピーできませんでした。メッセージ内で選択してください。',
} satisfies Catalog<typeof en>;
