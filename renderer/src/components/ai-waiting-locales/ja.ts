import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_other:
    'AI を起動中: {{count, number}} 件のチケットが待機中です。AI が判断すると、エスカレーションされたチケットがここに表示されます。',
  deciding_other:
    'AI が {{count, number}} 件の新しいチケットを判断しています。エスカレーションされたチケットはここに表示されます。',
  waiting_other:
    '{{count, number}} 件の新しいチケットが AI を待っています。判断されると、エスカレーションされたチケットがここに表示されます。',
  failed: 'このコンソールの AI を起動できませんでした。ログを確認してください。',
} satisfies Catalog<typeof en>;
