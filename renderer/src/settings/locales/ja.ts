import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'AI プロバイダー',
  intro:
    'OpenAI 互換のエンドポイント（OpenAI、Azure OpenAI、Ollama、vLLM、llama.cpp）がチケットをあなたの言語に翻訳します。この設定はこのコンソールだけに適用されます。',
  loading: 'プロバイダーの設定を読み込んでいます…',
  unsupported: 'このコンソールホストでは AI プロバイダーを変更できません。',
  statusNone: 'プロバイダーが設定されていません。チケットは翻訳されません。',
  statusSaved: '使用中: {{baseURL}} の {{model}}。',
  statusStartup: '起動オプションから使用中: {{baseURL}} の {{model}}。ここで保存すると、次の起動まで置き換わります。',
  baseUrl: 'ベース URL',
  baseUrlHint: '例: {{openai}}、またはこのコンピューターの Ollama なら {{ollama}}。',
  model: 'モデル',
  embeddingsModel: '埋め込みモデル（任意）',
  embeddingsModelHint:
    '設定すると、AI は回答に必要な記事を言葉だけでなく意味でも探します（例: {{example}}）。サーバーが埋め込みを提供していない場合は空欄のままにしてください。',
  timeout: 'リクエストごとのタイムアウト（秒）',
  apiKey: 'API キー',
  keyStored:
    'キーが保存されています。表示されることはありません。置き換えるには新しいキーを入力し、そのまま使うには空欄のままにしてください。',
  keyNone: 'キーは保存されていません。Ollama、vLLM、llama.cpp などのローカルサーバーには不要です。',
  keyStorageKeychain: 'キーはシステムのキーチェーンに保管されます。',
  keyStorageFile:
    'ブラウザーモードでは、キーはコンソールのデータフォルダーに平文で保管され、あなたのユーザーアカウントだけが読み取れます。',
  removeKey: '保存されたキーを削除',
  test: '接続をテスト',
  testing: 'テスト中…',
  save: '保存',
  saving: '保存中…',
  clear: 'プロバイダーを削除',
  tested: '接続できました: {{model}} が {{ms}} ms で応答しました。',
  saved: '保存しました。これからチケットは {{model}} で翻訳されます。',
  cleared: 'プロバイダーを削除しました。チケットは翻訳されなくなります。',
  errors: {
    baseURL:
      'ユーザー名やパスワードを含まない http:// または https:// のアドレスを入力してください（例: {{example}}、最大 {{max}} 文字）。',
    model: 'モデル名を 1 行で入力してください（最大 {{max}} 文字）。',
    embeddingsModel: '埋め込みモデル名を 1 行で入力するか（最大 {{max}} 文字）、空欄のままにしてください。',
    timeout: '{{min}} から {{max}} までの整数の秒数を入力してください。',
    apiKey: 'キーには空白を含まない印字可能な文字だけを使えます（最大 {{max}}）。',
  },
  failures: {
    provider_unreachable: 'サーバーに接続できません。',
    provider_timeout: 'サーバーが時間内に応答しませんでした。',
    provider_unauthorized: 'サーバーが API キーを拒否しました。',
    provider_model_unknown: 'サーバーはこのモデルを知りません。',
    provider_not_found: 'このアドレスでは OpenAI 互換の API が応答しません。',
    provider_rate_limited: 'サーバーが待機を求めているか、アカウントのクォータが残っていません。',
    provider_refused: 'サーバーがリクエストを拒否しました。',
    provider_server_error: 'サーバーでエラーが発生しました。',
    provider_bad_answer: 'サーバーは応答しましたが、翻訳に必要な形式ではありませんでした。',
    key_for_other_endpoint:
      '保存されたキーは別のサーバー用です。このアドレス用にキーをもう一度入力するか、保存されたキーを削除してください。',
    insecure_storage: 'システムのキーチェーンがキーを安全に保管できないため、何も保存されませんでした。',
    other: '設定を保存できませんでした。',
  },
} satisfies Catalog<typeof en>;
