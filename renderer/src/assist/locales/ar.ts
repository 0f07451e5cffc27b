import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** The AI's help on a ticket and the two-way reply translation, Arabic. */
export default {
  title: 'مساعدة الذكاء الاصطناعي',
  shortcut: 'الانتقال إلى مساعدة الذكاء الاصطناعي',
  route: {
    builtin: 'المحرك المدمج',
    model: 'النموذج',
    person: 'شخص',
  },
  routeLabel: 'المسار',
  modelLabel: 'النموذج',
  promptLabel: 'الموجّه',
  costLabel: 'التكلفة',
  latencyLabel: 'الوقت',
  noCost: 'لا شيء',
  belowCent: 'أقل من {{amount}}',
  citations: 'مصادر المسودة',
  citation: '[{{n}}] {{title}}',
  suggestedMacros: 'وحدات ماكرو مقترحة',
  insertMacro: 'إدراج {{name}}',
  suggestedArticles: 'مقالات مقترحة',
  open: 'فتح {{title}}',
  article: {
    cited: 'المقطع المقتبس',
    insert: 'إدراج في الرد',
    close: 'إغلاق',
    missing: 'هذه المقالة ليست في نسخة إعدادات وحدة التحكم هذه.',
  },
  reply: {
    translate: 'الترجمة إلى {{language}}',
    translating: 'جارٍ الترجمة…',
    shortcut: 'ترجمة ردي إلى لغة العميل',
    translated: '{{language}}: ما سيُرسل',
    back: 'العودة إلى {{language}} للتحقق',
    use: 'استخدام هذه الترجمة',
    stale: 'تغيّر الرد بعد ترجمته؛ ترجمه مرة أخرى.',
    failed: 'تعذّرت ترجمة الرد، ولم يُرسل شيء: {{message}}',
  },
} satisfies Catalog<typeof en>;
