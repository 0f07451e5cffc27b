import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The tenant settings workspace's texts (ko). */
export default {
  nav: '테넌트 설정',
  title: '테넌트 설정',
  sectionsLabel: '설정 섹션',
  loading: '테넌트 설정을 불러오는 중…',
  offline: '오프라인: 이 콘솔에 저장된 설정 사본을 보고 있습니다. 큐에 연결되면 다시 저장할 수 있습니다.',
  offlineSince:
    '오프라인: 이 콘솔에 저장된 {{at}} 기준 설정 사본을 보고 있습니다. 큐에 연결되면 다시 저장할 수 있습니다.',
  shortcuts: 'Alt+N 새로 만들기 · Ctrl+S 저장 · Esc 목록으로 · ↑ ↓ 목록에서 이동',
  kinds: {
    queue: {
      title: '큐',
      new: '새 큐',
      empty: '아직 큐가 없습니다.',
    },
    sla_policy: {
      title: 'SLA 정책',
      new: '새 SLA 정책',
      empty: '아직 SLA 정책이 없습니다.',
    },
    tag: {
      title: '태그',
      new: '새 태그',
      empty: '아직 태그가 없습니다.',
    },
    macro: {
      title: '매크로',
      new: '새 매크로',
      empty: '아직 매크로가 없습니다.',
    },
  },
  form: {
    id: 'ID',
    idHint: '영문자, 숫자, _ . 또는 -로 쓰며 영문자나 숫자로 시작합니다. 나중에 바꿀 수 없습니다.',
    idTaken: '다른 항목이 이미 ID {{id}}를 사용합니다.',
    name: '이름',
    description: '설명',
    save: '저장',
    delete: '삭제',
    keep: '유지',
    close: '목록으로',
    editing: '{{id}} 편집',
    version: '버전 {{version}}, {{by}}님이 {{at}}에 저장',
    saved: '버전 {{version}}(으)로 저장했습니다. 테넌트의 모든 콘솔이 다음 동기화 때 받습니다.',
    deleted: '{{id}}을(를) 삭제했습니다.',
    confirmDelete: '{{id}}을(를) 삭제할까요? 콘솔은 다음 동기화 후 더 이상 제공하지 않습니다.',
    pick: '목록에서 항목을 고르거나 새로 만드세요.',
    pickReadOnly: '읽으려면 목록에서 항목을 고르세요.',
  },
  conflict: {
    saved:
      '편집하는 동안 {{by}}님이 {{at}}에 이 항목의 버전 {{version}}을(를) 저장했습니다. 편집한 내용은 그대로 있습니다.',
    deleted: '편집하는 동안 {{by}}님이 {{at}}에 이 항목을 삭제했습니다. 편집한 내용은 그대로 있습니다.',
    missing: '이 항목은 큐에 저장되어 있지 않습니다(더 이상 없음). 편집한 내용은 그대로 있습니다.',
    loadTheirs: '상대 버전 불러오기',
    drop: '내 편집 버리기',
    overwrite: '내 것으로 덮어쓰기',
    deleteAnyway: '그래도 삭제',
  },
  tag: {
    color: '색상',
    colorHint: '#rrggbb 형식으로 씁니다. 색상이 없으면 비워 두세요.',
    pick: '색상 선택',
  },
  sla: {
    queue: '큐',
    chooseQueue: '정책이 없는 큐 선택',
    timeZone: '시간대',
    timeZoneHint: 'Asia/Seoul 또는 Europe/Berlin 같은 IANA 이름.',
    hours: '영업시간',
    hoursHint: '요일별 영업 구간. 예: 09:00-12:00, 13:00-17:00. 쉬는 날은 비워 두세요.',
    span: '구간 {{number}}',
    holidays: '휴일',
    holidaysHint: '한 줄에 날짜 하나, YYYY-MM-DD 형식.',
    holiday: '휴일 {{number}} ({{date}})',
    targets: '고객 등급별 목표',
    targetsHint: '영업 분 단위: 60은 영업시간 1시간입니다.',
    firstReplyMinutes: '첫 답변 기한(분)',
    resolutionMinutes: '해결 기한(분)',
  },
  macro: {
    text: '본문',
    variables: '변수',
    variablesHint: '커서 위치에 삽입:',
    insert: '{{variable}} 삽입',
    preview: '미리 보기',
    previewHint: '예시 티켓으로 채운 모습입니다.',
    sample: {
      customerName: '김민지',
      market: '대한민국',
      subject: '주문 1042 환불',
      queue: '결제',
      agentName: '이알렉스',
    },
  },
  rule: {
    queueIdFormat:
      '큐 ID는 영문 소문자(a–z), 숫자, - 또는 _로 된 1~63자이며 영문자나 숫자로 시작합니다. 나중에 바꿀 수 없습니다.',
    id: 'ID는 영문자(a–z, A–Z), 숫자, _ . - 로 된 1~100자이며 영문자나 숫자로 시작합니다.',
    queueId: '아직 정책이 없는 테넌트의 큐를 고르세요.',
    name: '200자 이하의 이름을 입력하세요(태그는 100자).',
    description: '설명은 1,000자 이하입니다.',
    color: '색상은 #과 16진수 6자리로 쓰세요(예: #1f5fbf). 없으면 비워 두세요.',
    text: '20,000자 이하의 본문을 쓰세요.',
    timeZone: '알 수 없는 시간대입니다. Asia/Seoul 또는 Europe/Berlin 같은 IANA 이름을 쓰세요.',
    week: '한 주에 적어도 하나의 영업 구간을 여세요.',
    spans:
      '각 구간은 00:00~24:00 사이의 HH:MM-HH:MM으로, 종료가 시작보다 뒤이고 순서대로 겹치지 않게 쓰세요(하루 최대 6개). 야간 근무는 22:00-24:00과 다음 날 00:00-06:00의 두 구간입니다.',
    holidays: '각 휴일은 실제 날짜 YYYY-MM-DD(1900~9999년)로 한 번씩 쓰세요. 최대 500개.',
    tier: '모든 고객 등급에 첫 답변 목표와 해결 목표가 필요합니다.',
    target:
      '1~525,600 사이의 정수 영업 분. 해결 목표는 첫 답변 목표보다 짧을 수 없고, 영업시간으로 도달할 수 있어야 합니다.',
  },
} satisfies Catalog<typeof en>;
