import type { Catalog } from '../../i18n/catalog.js';
import type en from './en.js';

export default {
  newEscalation: '新的升级工单',
  mentioned: '{{by}} 在备注中提及了你',
  mentionedBySomeone: '一位同事',
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
  signInReturn: {
    title: '登录 Switchboard',
    signedIn: '您已登录。可以关闭此窗口并返回 Switchboard。',
    failures: {
      sso_expired: '此次登录不是从这里开始的，或耗时过长。请从 Switchboard 重新开始。',
      sso_cancelled: '登录已在身份提供方处取消。请从 Switchboard 重新开始。',
      sso_refused: '身份提供方已验证您的身份，但您没有 Switchboard 的访问权限。请让管理员添加您或为您分配角色。',
      queue_unreachable: '无法连接中央队列。请稍后再试。',
    },
  },
} satisfies Catalog<typeof en>;
