import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: '새 에스컬레이션',
  mentioned: '{{by}} 님이 메모에서 나를 언급했습니다',
  mentionedBySomeone: '동료',
  newEscalations_other: '새 에스컬레이션 {{count, number}}건',
  andMore_other: '{{first}} 외 {{count, number}}건',
  unreadTitle_other: '({{count, number}}) {{app}}: 읽지 않은 에스컬레이션 {{count, number}}건',
  tray: {
    connecting: 'Switchboard: 연결 중',
    noneWaiting: 'Switchboard: 대기 중인 에스컬레이션 없음',
    waiting_other: 'Switchboard: 대기 중인 에스컬레이션 {{count, number}}건',
  },
  menu: {
    showConsole: '콘솔 보기',
    quit: 'Switchboard 종료',
    settings: '설정…',
    shortcuts: '키보드 단축키',
    file: '파일',
    edit: '편집',
    view: '보기',
    window: '윈도우',
  },
  signInReturn: {
    title: 'Switchboard 로그인',
    signedIn: '로그인되었습니다. 이 창을 닫고 Switchboard로 돌아가세요.',
    failures: {
      sso_expired: '이 로그인은 여기에서 시작되지 않았거나 너무 오래 걸렸습니다. Switchboard에서 다시 시작하세요.',
      sso_cancelled: 'ID 공급자에서 로그인이 취소되었습니다. Switchboard에서 다시 시작하세요.',
      sso_refused:
        'ID 공급자에서는 인증되었지만 Switchboard에 접근 권한이 없습니다. 관리자에게 추가하거나 역할을 부여해 달라고 요청하세요.',
      queue_unreachable: '중앙 대기열에 연결할 수 없습니다. 잠시 후 다시 시도하세요.',
    },
  },
} satisfies Catalog<typeof en>;
