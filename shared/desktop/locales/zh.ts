import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: '新的升级工单',
  newEscalations_other: '{{count, number}} 个新的升级工单',
  andMore_other: '{{first}} 等 {{count, number}} 个',
  unreadTitle_other: '({{count, number}}) {{app}}：{{count, number}} 个未读升级工单',
  tray: {
    connecting: 'Switchboard：正在连接',
    noneWaiting: 'Switchboard：没有待处理的升级工单',
    waiting_other: 'Switchboard：{{count, number}} 个升级工单待处理',
  },
  menu: {
    showConsole: '显示控制台',
    quit: '退出 Switchboard',
    settings: '设置…',
    shortcuts: '键盘快捷键',
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
  },
} satisfies Catalog<typeof en>;
