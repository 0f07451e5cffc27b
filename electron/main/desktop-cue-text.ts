import type { UiLanguage } from '../../shared/i18n/ui-languages.js';

/** Plural forms by Intl.PluralRules category; `other` always. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The words of the desktop cues the main process shows itself (tray, menu, notifications), in the
 * console's UI languages. `{n}` is a formatted number, `{first}` a ticket subject.
 */
export interface CueWords {
  newEscalation: string;
  newEscalations: PluralForms;
  andMore: PluralForms;
  connecting: string;
  noneWaiting: string;
  waiting: PluralForms;
  showConsole: string;
  quit: string;
}

export const CUE_WORDS: Record<UiLanguage, CueWords> = {
  en: {
    newEscalation: 'New escalation',
    newEscalations: { one: '{n} new escalation', other: '{n} new escalations' },
    andMore: { one: '{first} and {n} more', other: '{first} and {n} more' },
    connecting: 'Switchboard: connecting',
    noneWaiting: 'Switchboard: no escalations waiting',
    waiting: { one: 'Switchboard: {n} escalation waiting', other: 'Switchboard: {n} escalations waiting' },
    showConsole: 'Show Console',
    quit: 'Quit Switchboard',
  },
  ar: {
    newEscalation: 'تذكرة مصعّدة جديدة',
    newEscalations: {
      zero: 'لا توجد تذاكر مصعّدة جديدة',
      one: 'تذكرة مصعّدة جديدة واحدة',
      two: 'تذكرتان مصعّدتان جديدتان',
      few: '{n} تذاكر مصعّدة جديدة',
      many: '{n} تذكرة مصعّدة جديدة',
      other: '{n} تذكرة مصعّدة جديدة',
    },
    andMore: {
      zero: '{first}',
      one: '{first} وتذكرة أخرى',
      two: '{first} وتذكرتان أخريان',
      few: '{first} و{n} تذاكر أخرى',
      many: '{first} و{n} تذكرة أخرى',
      other: '{first} و{n} تذكرة أخرى',
    },
    connecting: 'Switchboard: جارٍ الاتصال',
    noneWaiting: 'Switchboard: لا توجد تذاكر مصعّدة بانتظارك',
    waiting: {
      zero: 'Switchboard: لا توجد تذاكر مصعّدة بانتظارك',
      one: 'Switchboard: تذكرة مصعّدة واحدة بانتظارك',
      two: 'Switchboard: تذكرتان مصعّدتان بانتظارك',
      few: 'Switchboard: {n} تذاكر مصعّدة بانتظارك',
      many: 'Switchboard: {n} تذكرة مصعّدة بانتظارك',
      other: 'Switchboard: {n} تذكرة مصعّدة بانتظارك',
    },
    showConsole: 'إظهار وحدة التحكم',
    quit: 'إنهاء Switchboard',
  },
  de: {
    newEscalation: 'Neue Eskalation',
    newEscalations: { one: '{n} neue Eskalation', other: '{n} neue Eskalationen' },
    andMore: { one: '{first} und {n} weitere', other: '{first} und {n} weitere' },
    connecting: 'Switchboard: verbindet',
    noneWaiting: 'Switchboard: keine Eskalationen offen',
    waiting: { one: 'Switchboard: {n} Eskalation wartet', other: 'Switchboard: {n} Eskalationen warten' },
    showConsole: 'Konsole anzeigen',
    quit: 'Switchboard beenden',
  },
  es: {
    newEscalation: 'Nueva escalación',
    newEscalations: {
      one: '{n} nueva escalación',
      many: '{n} de nuevas escalaciones',
      other: '{n} nuevas escalaciones',
    },
    andMore: { one: '{first} y {n} más', many: '{first} y {n} más', other: '{first} y {n} más' },
    connecting: 'Switchboard: conectando',
    noneWaiting: 'Switchboard: no hay escalaciones pendientes',
    waiting: {
      one: 'Switchboard: {n} escalación pendiente',
      many: 'Switchboard: {n} de escalaciones pendientes',
      other: 'Switchboard: {n} escalaciones pendientes',
    },
    showConsole: 'Mostrar la consola',
    quit: 'Salir de Switchboard',
  },
  fr: {
    newEscalation: 'Nouvelle escalade',
    newEscalations: {
      one: '{n} nouvelle escalade',
      many: '{n} de nouvelles escalades',
      other: '{n} nouvelles escalades',
    },
    andMore: { one: '{first} et {n} autre', many: '{first} et {n} autres', other: '{first} et {n} autres' },
    connecting: 'Switchboard : connexion…',
    noneWaiting: 'Switchboard : aucune escalade en attente',
    waiting: {
      one: 'Switchboard : {n} escalade en attente',
      many: 'Switchboard : {n} d’escalades en attente',
      other: 'Switchboard : {n} escalades en attente',
    },
    showConsole: 'Afficher la console',
    quit: 'Quitter Switchboard',
  },
  he: {
    newEscalation: 'הסלמה חדשה',
    newEscalations: { one: 'הסלמה חדשה אחת', two: '{n} הסלמות חדשות', other: '{n} הסלמות חדשות' },
    andMore: { one: '{first} ועוד אחת', two: '{first} ועוד {n}', other: '{first} ועוד {n}' },
    connecting: 'Switchboard: מתחבר',
    noneWaiting: 'Switchboard: אין הסלמות ממתינות',
    waiting: {
      one: 'Switchboard: הסלמה אחת ממתינה',
      two: 'Switchboard: {n} הסלמות ממתינות',
      other: 'Switchboard: {n} הסלמות ממתינות',
    },
    showConsole: 'הצג את המסוף',
    quit: 'צא מ-Switchboard',
  },
  it: {
    newEscalation: 'Nuovo ticket inoltrato',
    newEscalations: {
      one: '{n} nuovo ticket inoltrato',
      many: '{n} di nuovi ticket inoltrati',
      other: '{n} nuovi ticket inoltrati',
    },
    andMore: { one: '{first} e {n} altro', many: '{first} e altri {n}', other: '{first} e altri {n}' },
    connecting: 'Switchboard: connessione…',
    noneWaiting: 'Switchboard: nessun ticket inoltrato in attesa',
    waiting: {
      one: 'Switchboard: {n} ticket inoltrato in attesa',
      many: 'Switchboard: {n} di ticket inoltrati in attesa',
      other: 'Switchboard: {n} ticket inoltrati in attesa',
    },
    showConsole: 'Mostra la console',
    quit: 'Esci da Switchboard',
  },
  ja: {
    newEscalation: '新しいエスカレーション',
    newEscalations: { other: '新しいエスカレーション {n} 件' },
    andMore: { other: '{first} ほか {n} 件' },
    connecting: 'Switchboard: 接続中',
    noneWaiting: 'Switchboard: 待機中のエスカレーションはありません',
    waiting: { other: 'Switchboard: 待機中のエスカレーション {n} 件' },
    showConsole: 'コンソールを表示',
    quit: 'Switchboard を終了',
  },
  ko: {
    newEscalation: '새 에스컬레이션',
    newEscalations: { other: '새 에스컬레이션 {n}건' },
    andMore: { other: '{first} 외 {n}건' },
    connecting: 'Switchboard: 연결 중',
    noneWaiting: 'Switchboard: 대기 중인 에스컬레이션 없음',
    waiting: { other: 'Switchboard: 대기 중인 에스컬레이션 {n}건' },
    showConsole: '콘솔 보기',
    quit: 'Switchboard 종료',
  },
  nl: {
    newEscalation: 'Nieuwe escalatie',
    newEscalations: { one: '{n} nieuwe escalatie', other: '{n} nieuwe escalaties' },
    andMore: { one: '{first} en nog {n}', other: '{first} en nog {n}' },
    connecting: 'Switchboard: verbinden',
    noneWaiting: 'Switchboard: geen escalaties in de wacht',
    waiting: { one: 'Switchboard: {n} escalatie wacht', other: 'Switchboard: {n} escalaties wachten' },
    showConsole: 'Console tonen',
    quit: 'Switchboard afsluiten',
  },
  pl: {
    newEscalation: 'Nowa eskalacja',
    newEscalations: {
      one: '{n} nowa eskalacja',
      few: '{n} nowe eskalacje',
      many: '{n} nowych eskalacji',
      other: '{n} nowej eskalacji',
    },
    andMore: {
      one: '{first} i jeszcze {n}',
      few: '{first} i jeszcze {n}',
      many: '{first} i jeszcze {n}',
      other: '{first} i jeszcze {n}',
    },
    connecting: 'Switchboard: łączenie',
    noneWaiting: 'Switchboard: brak oczekujących eskalacji',
    waiting: {
      one: 'Switchboard: {n} oczekująca eskalacja',
      few: 'Switchboard: {n} oczekujące eskalacje',
      many: 'Switchboard: {n} oczekujących eskalacji',
      other: 'Switchboard: {n} oczekującej eskalacji',
    },
    showConsole: 'Pokaż konsolę',
    quit: 'Zamknij Switchboard',
  },
  pt: {
    newEscalation: 'Novo escalonamento',
    newEscalations: {
      one: '{n} novo escalonamento',
      many: '{n} de novos escalonamentos',
      other: '{n} novos escalonamentos',
    },
    andMore: { one: '{first} e mais {n}', many: '{first} e mais {n}', other: '{first} e mais {n}' },
    connecting: 'Switchboard: conectando',
    noneWaiting: 'Switchboard: nenhum escalonamento aguardando',
    waiting: {
      one: 'Switchboard: {n} escalonamento aguardando',
      many: 'Switchboard: {n} de escalonamentos aguardando',
      other: 'Switchboard: {n} escalonamentos aguardando',
    },
    showConsole: 'Mostrar o console',
    quit: 'Sair do Switchboard',
  },
  ru: {
    newEscalation: 'Новая эскалация',
    newEscalations: {
      one: '{n} новая эскалация',
      few: '{n} новые эскалации',
      many: '{n} новых эскалаций',
      other: '{n} новой эскалации',
    },
    andMore: {
      one: '{first} и ещё {n}',
      few: '{first} и ещё {n}',
      many: '{first} и ещё {n}',
      other: '{first} и ещё {n}',
    },
    connecting: 'Switchboard: подключение',
    noneWaiting: 'Switchboard: ожидающих эскалаций нет',
    waiting: {
      one: 'Switchboard: {n} эскалация ожидает',
      few: 'Switchboard: {n} эскалации ожидают',
      many: 'Switchboard: {n} эскалаций ожидают',
      other: 'Switchboard: {n} эскалации ожидают',
    },
    showConsole: 'Показать консоль',
    quit: 'Выйти из Switchboard',
  },
  tr: {
    newEscalation: 'Yeni yönlendirme',
    newEscalations: { one: '{n} yeni yönlendirme', other: '{n} yeni yönlendirme' },
    andMore: { one: '{first} ve {n} tane daha', other: '{first} ve {n} tane daha' },
    connecting: 'Switchboard: bağlanıyor',
    noneWaiting: 'Switchboard: bekleyen yönlendirme yok',
    waiting: { one: 'Switchboard: {n} yönlendirme bekliyor', other: 'Switchboard: {n} yönlendirme bekliyor' },
    showConsole: 'Konsolu göster',
    quit: 'Switchboard’dan çık',
  },
  uk: {
    newEscalation: 'Нова ескалація',
    newEscalations: {
      one: '{n} нова ескалація',
      few: '{n} нові ескалації',
      many: '{n} нових ескалацій',
      other: '{n} нової ескалації',
    },
    andMore: { one: '{first} і ще {n}', few: '{first} і ще {n}', many: '{first} і ще {n}', other: '{first} і ще {n}' },
    connecting: 'Switchboard: підключення',
    noneWaiting: 'Switchboard: ескалацій в очікуванні немає',
    waiting: {
      one: 'Switchboard: {n} ескалація очікує',
      few: 'Switchboard: {n} ескалації очікують',
      many: 'Switchboard: {n} ескалацій очікують',
      other: 'Switchboard: {n} ескалації очікують',
    },
    showConsole: 'Показати консоль',
    quit: 'Вийти зі Switchboard',
  },
  zh: {
    newEscalation: '新的升级工单',
    newEscalations: { other: '{n} 个新的升级工单' },
    andMore: { other: '{first} 等 {n} 个' },
    connecting: 'Switchboard：正在连接',
    noneWaiting: 'Switchboard：没有待处理的升级工单',
    waiting: { other: 'Switchboard：{n} 个升级工单待处理' },
    showConsole: '显示控制台',
    quit: '退出 Switchboard',
  },
};

/** The cue words of one language, with its plural rules and number format. */
export class DesktopCueText {
  readonly words: CueWords;
  private readonly plurals: Intl.PluralRules;
  private readonly numbers: Intl.NumberFormat;

  constructor(readonly language: UiLanguage) {
    this.words = CUE_WORDS[language];
    this.plurals = new Intl.PluralRules(language);
    this.numbers = new Intl.NumberFormat(language);
  }

  /** The form for `n`, with `{n}` (formatted) and the other values filled in. */
  count(forms: PluralForms, n: number, values: Record<string, string> = {}): string {
    const form = forms[this.plurals.select(n)] ?? forms.other;
    return form.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name === 'n' ? this.numbers.format(n) : (values[name] ?? whole),
    );
  }
}

export const ENGLISH_CUES = new DesktopCueText('en');
