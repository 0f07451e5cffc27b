import type { Catalog } from '../../../../shared/i18n/catalog.js';
import type en from './en.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter (ko). */
export default {
  title: '태그',
  noneOnTicket: '태그 없음',
  edit: '태그 편집',
  shortcut: '열린 티켓의 태그 편집',
  filter: '태그 필터',
  filterLabel: '태그',
  pickerTitle: '이 티켓의 태그',
  pickerHint: 'Enter로 태그를 붙이거나 뗍니다. Esc로 닫습니다.',
  none: '테넌트에 아직 태그가 없습니다. 관리자가 테넌트 설정에서 추가합니다.',
  noMatch: '일치하는 태그가 없습니다.',
  presence: {
    all: '붙음',
    some: '일부에 붙음',
    none: '안 붙음',
  },
} satisfies Catalog<typeof en>;
