import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: '새 에스컬레이션',
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
} satisfies Catalog<typeof en>;
