import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'AI 제공자',
  intro:
    'OpenAI 호환 엔드포인트(OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp)가 티켓을 사용자의 언어로 번역합니다. 이 설정은 이 콘솔에만 적용됩니다.',
  loading: '제공자 설정을 불러오는 중…',
  unsupported: '이 콘솔 호스트에서는 AI 제공자를 바꿀 수 없습니다.',
  statusNone: '설정된 제공자가 없습니다. 티켓이 번역되지 않습니다.',
  statusSaved: '사용 중: {{baseURL}}의 {{model}}.',
  statusStartup: '시작 옵션으로 사용 중: {{baseURL}}의 {{model}}. 여기서 저장하면 다음 시작 전까지 대체됩니다.',
  baseUrl: '기본 URL',
  baseUrlHint: '예: {{openai}}, 또는 이 컴퓨터의 Ollama라면 {{ollama}}.',
  model: '모델',
  embeddingsModel: '임베딩 모델(선택)',
  embeddingsModelHint:
    '설정하면 AI가 답변에 필요한 문서를 단어뿐 아니라 의미로도 찾습니다(예: {{example}}). 서버가 임베딩을 제공하지 않으면 비워 두세요.',
  timeout: '요청당 제한 시간(초)',
  apiKey: 'API 키',
  keyStored: '저장된 키가 있으며 절대 표시되지 않습니다. 바꾸려면 새 키를 입력하고, 유지하려면 칸을 비워 두세요.',
  keyNone: '저장된 키가 없습니다. Ollama, vLLM, llama.cpp 같은 로컬 서버에는 필요 없습니다.',
  keyStorageKeychain: '키는 시스템 키체인에 보관됩니다.',
  keyStorageFile:
    '브라우저 모드에서는 키가 콘솔의 데이터 폴더에 일반 텍스트로 보관되며, 사용자 계정만 읽을 수 있습니다.',
  removeKey: '저장된 키 삭제',
  test: '연결 테스트',
  testing: '테스트 중…',
  save: '저장',
  saving: '저장 중…',
  clear: '제공자 삭제',
  tested: '연결됨: {{model}}이(가) {{ms}}ms 만에 응답했습니다.',
  saved: '저장했습니다. 이제부터 티켓은 {{model}}(으)로 번역됩니다.',
  cleared: '제공자를 삭제했습니다. 티켓이 더 이상 번역되지 않습니다.',
  errors: {
    baseURL:
      '사용자 이름이나 비밀번호가 없는 http:// 또는 https:// 주소를 입력하세요. 예: {{example}} (최대 {{max}}자).',
    model: '모델 이름을 한 줄로 입력하세요(최대 {{max}}자).',
    embeddingsModel: '임베딩 모델 이름을 한 줄로 입력하거나(최대 {{max}}자) 비워 두세요.',
    timeout: '{{min}}에서 {{max}} 사이의 정수 초를 입력하세요.',
    apiKey: '키에는 공백 없는 인쇄 가능한 문자만 쓸 수 있습니다(최대 {{max}}자).',
  },
  failures: {
    provider_unreachable: '서버에 연결할 수 없습니다.',
    provider_timeout: '서버가 제시간에 응답하지 않았습니다.',
    provider_unauthorized: '서버가 API 키를 거부했습니다.',
    provider_model_unknown: '서버가 이 모델을 알지 못합니다.',
    provider_not_found: '이 주소에서 응답하는 OpenAI 호환 API가 없습니다.',
    provider_rate_limited: '서버가 기다려 달라고 하거나 계정의 할당량이 남지 않았습니다.',
    provider_refused: '서버가 요청을 거부했습니다.',
    provider_server_error: '서버에서 오류가 발생했습니다.',
    provider_bad_answer: '서버가 응답했지만 번역에 필요한 형식이 아닙니다.',
    key_for_other_endpoint: '저장된 키는 다른 서버용입니다. 이 주소에 쓸 키를 다시 입력하거나 저장된 키를 삭제하세요.',
    insecure_storage: '시스템 키체인이 키를 안전하게 보관할 수 없어 아무것도 저장하지 않았습니다.',
    other: '설정을 저장하지 못했습니다.',
  },
} satisfies Catalog<typeof en>;
