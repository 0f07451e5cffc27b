import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  title: 'السجل',
  show: 'إظهار السجل',
  hide: 'إخفاء السجل',
  loading: 'جارٍ تحميل السجل…',
  empty: 'لم يُسجَّل شيء بعد.',
  fromCache: 'دون اتصال: السجل كما جُلب {{time}}.',
  refused: 'مرفوض',
  claimedName: '(الاسم الذي أرسلته وحدة التحكم: «{{name}}»)',
  retry: 'أعد المحاولة',
  action: {
    ticket_intake: 'استُلمت التذكرة',
    ai_decision: 'قرار الذكاء الاصطناعي',
    agent_reply: 'رُدّ عليها',
    send_and_resolve: 'رُدّ عليها وحُلّت',
    note: 'ملاحظة داخلية',
    reassign: 'أُعيد إسنادها',
    review: 'رُوجعت',
    reopen: 'أُعيد فتحها',
    assign: 'تولّاها موظف',
    snooze: 'أُجّلت',
    handback: 'أُعيدت إلى الذكاء الاصطناعي',
    mark_spam: 'وُضعت علامة «بريد مزعج»',
    tag: 'تغيّرت الوسوم',
    customer_reply: 'كتب العميل',
    customer_rating: 'قيّم العميل',
    ticket_imported: 'تم الاستيراد',
    ticket_import_updated: 'حُدّث بالاستيراد',
  },
} satisfies Catalog<typeof en>;
