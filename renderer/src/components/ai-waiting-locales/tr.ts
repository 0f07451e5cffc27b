import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

export default {
  starting_one:
    'Yapay zekâ başlatılıyor: {{count, number}} talep bekliyor. Yönlendirilen talepler, yapay zekâ karar verdikçe burada görünür.',
  starting_other:
    'Yapay zekâ başlatılıyor: {{count, number}} talep bekliyor. Yönlendirilen talepler, yapay zekâ karar verdikçe burada görünür.',
  deciding_one: 'Yapay zekâ {{count, number}} yeni talebi değerlendiriyor. Yönlendirilen talepler burada görünür.',
  deciding_other: 'Yapay zekâ {{count, number}} yeni talebi değerlendiriyor. Yönlendirilen talepler burada görünür.',
  waiting_one:
    '{{count, number}} yeni talep yapay zekâyı bekliyor. Yönlendirilen talepler karar verildikten sonra burada görünür.',
  waiting_other:
    '{{count, number}} yeni talep yapay zekâyı bekliyor. Yönlendirilen talepler karar verildikten sonra burada görünür.',
  failed: 'Bu konsolun yapay zekâsı başlatılamadı; günlüğüne bakın.',
} satisfies Catalog<typeof en>;
