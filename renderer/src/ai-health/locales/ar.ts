import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  nav: 'صحة الذكاء الاصطناعي',
  title: 'صحة الذكاء الاصطناعي',
  intro:
    'ما وجدته فحوص الذكاء الاصطناعي نفسه: واجهة أداة أجابت خارج وصفها، والتشغيلات الظلية للموجّه والنموذج الحاليين مقارنة بحدودكم، وميزانية النموذج الشهرية.',
  refresh: 'تحديث',
  needsNetwork: 'تُحفظ صحة الذكاء الاصطناعي في الطابور المركزي: تظهر حين تتصل وحدة التحكم.',
  badge: 'تنبيهات غير مرئية: {{count}}',
  events: 'الأحداث، الأحدث أولًا',
  alertCount: 'التنبيهات: {{count}} من {{total}} حدثًا.',
  none: 'لم يُبلّغ عن شيء بعد.',
  alert: 'تنبيه',
  openTicket: 'التذكرة {{id}}',
  reported: 'أُبلغ عنه خلال الساعة: {{count}}',
  kind: {
    integration_drift: 'انحراف التكامل',
    shadow_run: 'تشغيل ظلي',
    budget: 'الميزانية',
  },
  drift: {
    title: 'أجابت واجهة الأداة {{api}} خارج وصفها في العملية',
    escalated: 'ذهبت التذكرة إلى شخص:',
  },
  shadow: {
    title: 'أُعيد البت في تذاكر محلولة ({{sampled}}) باستخدام',
    agreement: 'التوافق {{value}} (تنبيه دون {{tolerance}})',
    refusals: 'رفض الضوابط {{value}} (تنبيه فوق {{tolerance}})',
    disagreements: 'تذاكر بُتّ فيها بشكل مختلف',
    change: 'كانت {{was}}، والآن {{now}}',
    resolve: 'حلّها الذكاء الاصطناعي',
    escalate: 'إلى الأشخاص ({{queue}})',
  },
  budget: {
    warning: 'في {{month}} بلغ إنفاق النموذج {{spent}} من ميزانية {{budget}}.',
    exhausted: 'في {{month}} بلغ إنفاق النموذج {{spent}}: نفدت ميزانية {{budget}}.',
  },
  spend: {
    title: 'إنفاق النموذج في {{month}}',
    ofBudget: '{{spent}} من ميزانية {{budget}} ({{share}}).',
    noBudget: '{{spent}}؛ لا تحدد سياسة التوجيه ميزانية.',
    warning: 'بلغ مستوى التنبيه.',
    exhausted: 'نفدت الميزانية.',
    byRoute: 'حسب المسار',
    route: 'المسار',
    decisions: 'القرارات',
    tokens: 'الرموز',
    cost: 'التكلفة',
  },
} satisfies Catalog<typeof en>;
