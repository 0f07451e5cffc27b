import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (ja). */
export default {
  nav: 'テナント設定',
  title: 'テナント設定',
  sectionsLabel: '設定のセクション',
  loading: 'テナントの設定を読み込んでいます…',
  offline:
    'オフライン: このコンソールに保存された設定のコピーを表示しています。キューに接続できるようになると再び保存できます。',
  offlineSince:
    'オフライン: このコンソールに保存された {{at}} 時点の設定のコピーを表示しています。キューに接続できるようになると再び保存できます。',
  shortcuts: 'Alt+N 新規 · Ctrl+S 保存 · Esc 一覧に戻る · ↑ ↓ 一覧内を移動',
  kinds: {
    queue: {
      title: 'キュー',
      new: '新しいキュー',
      empty: 'キューはまだありません。',
    },
    sla_policy: {
      title: 'SLA ポリシー',
      new: '新しい SLA ポリシー',
      empty: 'SLA ポリシーはまだありません。',
    },
    tag: {
      title: 'タグ',
      new: '新しいタグ',
      empty: 'タグはまだありません。',
    },
    macro: {
      title: 'マクロ',
      new: '新しいマクロ',
      empty: 'マクロはまだありません。',
    },
    channel: {
      title: 'チャネル',
      new: '新しいチャネル',
      empty: 'チャネルはまだありません。',
    },
    widget: {
      title: 'チャットウィジェット',
      new: '新しいチャットウィジェット',
      empty: 'チャットウィジェットはまだありません。',
    },
    webhook: { title: 'Webhook', new: '新しい Webhook', empty: 'Webhook はまだありません。' },
  },
  form: {
    id: 'ID',
    idHint: '英字、数字、_ . または - で、英字か数字で始めます。後から変更できません。',
    idTaken: 'ID {{id}} はすでに別の項目が使っています。',
    name: '名前',
    description: '説明',
    save: '保存',
    delete: '削除',
    keep: '残す',
    close: '一覧に戻る',
    editing: '{{id}} を編集',
    version: 'バージョン {{version}}、{{by}} が {{at}} に保存',
    saved: 'バージョン {{version}} として保存しました。テナントの各コンソールは次の同期で受け取ります。',
    deleted: '{{id}} を削除しました。',
    confirmDelete: '{{id}} を削除しますか? 各コンソールは次の同期の後、これを表示しなくなります。',
    pick: '一覧から項目を選ぶか、新しく作成してください。',
    pickReadOnly: '読むには一覧から項目を選んでください。',
  },
  conflict: {
    saved:
      '編集中に {{by}} が {{at}} にこの項目のバージョン {{version}} を保存しました。あなたの編集内容はそのまま残っています。',
    deleted: '編集中に {{by}} が {{at}} にこの項目を削除しました。あなたの編集内容はそのまま残っています。',
    missing: 'この項目はキューに保存されていません(もうありません)。あなたの編集内容はそのまま残っています。',
    loadTheirs: '相手のバージョンを読み込む',
    drop: '自分の編集を破棄',
    overwrite: '自分の内容で上書き保存',
    deleteAnyway: 'それでも削除',
  },
  inUse: {
    sentence:
      'キュー{{queue}}は使用中のため削除できません：{{uses}}。これらを別のキューに移すか、先に削除してください。',
    rules_other: 'エスカレーションルール {{count}} 件（{{names}}）',
    slaPolicy: 'このキューの SLA ポリシー',
    channels_other: 'チャネル {{count}} 件（{{names}}）',
    quoted: '「{{name}}」',
  },
  tag: {
    color: '色',
    colorHint: '#rrggbb の形式。色なしの場合は空欄にします。',
    pick: '色を選ぶ',
    aiIntents: 'AIが付けるインテント',
    aiIntentsHint:
      'card_arrival のようなインテント名をカンマ区切りで入力します。AIはいずれかに分類したチケットにこのタグを付けます。人だけが付けるタグなら空欄のままにします。',
  },
  sla: {
    queue: 'キュー',
    chooseQueue: 'ポリシーのないキューを選択',
    timeZone: 'タイムゾーン',
    timeZoneHint: 'Asia/Tokyo や Europe/Berlin などの IANA 名。',
    hours: '営業時間',
    hoursHint: '曜日ごとの営業時間帯。例: 09:00-12:00, 13:00-17:00。休業日は空欄にします。',
    span: '時間帯 {{number}}',
    holidays: '休日',
    holidaysHint: '1 行に 1 日付、YYYY-MM-DD の形式で。',
    holiday: '休日 {{number}} ({{date}})',
    targets: '顧客ランク別の目標',
    targetsHint: '営業時間内の分数: 60 は営業時間の 1 時間です。',
    firstReplyMinutes: '初回返信まで(分)',
    resolutionMinutes: '解決まで(分)',
  },
  macro: {
    text: '本文',
    variables: '変数',
    variablesHint: 'カーソル位置に挿入:',
    insert: '{{variable}} を挿入',
    preview: 'プレビュー',
    previewHint: 'サンプルのチケットで差し込んだ表示です。',
    sample: {
      customerName: '田中 優子',
      market: '日本',
      subject: '注文 1042 の返金',
      queue: '請求',
      agentName: '佐藤 アレックス',
    },
  },
  rule: {
    queueIdFormat:
      'キューの ID は小文字の英字 (a–z)、数字、- または _ の 1〜63 文字で、英字か数字で始まります。後から変更できません。',
    id: 'ID は英字 (a–z, A–Z)、数字、_ . - の 1〜100 文字で、英字か数字で始まります。',
    queueId: 'まだポリシーのないテナントのキューを選んでください。',
    name: '200 文字以内の名前を付けてください(タグは 100 文字以内)。',
    description: '説明は 1,000 文字以内です。',
    color: '色は # と 16 進数 6 桁で書きます(例: #1f5fbf)。色なしの場合は空欄にします。',
    aiIntents: 'インテント名は英字・数字・_ . ? - で各100文字以内、カンマ区切りで最大50個です。',
    text: '20,000 文字以内の本文を書いてください。',
    timeZone: '不明なタイムゾーンです。Asia/Tokyo や Europe/Berlin などの IANA 名を使ってください。',
    week: '週に少なくとも 1 つの時間帯を設定してください。',
    spans:
      '各時間帯は 00:00〜24:00 の HH:MM-HH:MM で、終了は開始より後、順番どおり重ならないように書きます(1 日 6 つまで)。夜勤は 22:00-24:00 と翌日の 00:00-06:00 の 2 つに分けます。',
    holidays: '休日は実在する日付を YYYY-MM-DD(1900〜9999 年)で、それぞれ 1 回ずつ書きます。500 件まで。',
    tier: 'すべての顧客ランクに初回返信と解決の目標が必要です。',
    target:
      '1〜525,600 の整数(営業時間内の分)。解決の目標は初回返信の目標より短くできず、営業時間で達成できる長さである必要があります。',
  },
} satisfies Catalog<typeof en>;
