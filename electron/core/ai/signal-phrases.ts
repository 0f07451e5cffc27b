/**
 * Phrases that mean "I want a human" or "this is a complaint / I am angry", per supported language.
 * Written naturally (accents included); signals.ts normalises them the same way as customer text.
 * Patterns for scripts written without spaces or with attached clitics (Arabic, Hebrew, Persian,
 * Urdu, Indic, CJK, Thai) are matched anywhere; the others at word boundaries.
 */
export interface LanguagePhrases {
  human: readonly string[];
  complaint: readonly string[];
}

export const SIGNAL_PHRASES: Readonly<Record<string, LanguagePhrases>> = {
  en: {
    human: [
      '(speak|talk|chat) (with|to) (a |an |the |some )?(real |actual |live )?(human|person|agent|representative|operator|someone|somebody|manager|supervisor)',
      '(real|actual|live) (human|person|agent)',
      'human (being|agent|support|please)',
      '(i want|i need|get me|give me|can i have|can i get) (a|an) (human|person|agent|representative|operator)',
      '(not|no more|stop|enough) (a |the |this |with the )?(bot|robot|chatbot|machine)',
      'customer (service|support) (agent|representative|rep)',
    ],
    complaint: [
      'complaint', 'complain(ing|ed)?', 'unacceptable', 'ridiculous', 'outrageous', 'disgusting', 'disgraceful', 'appalling',
      '(terrible|awful|horrible|pathetic|lousy) (service|bank|app|support|experience)', 'worst (bank|service|experience|app|support)',
      'furious', 'angry', 'fed up', 'sick (of|and tired)', 'incompetent', 'useless', 'shameful', 'this is a joke',
      '(sue|suing) you', 'my lawyer', 'ombudsman',
    ],
  },
  de: {
    human: [
      '(mit )?(einem|einer|nem) (menschen|mitarbeiter|mitarbeiterin|berater|beraterin|kundenberater|person|echten person|echten menschen)( sprechen| reden)',
      '(echten|richtigen|realen) (menschen|person|mitarbeiter|mitarbeiterin)',
      '(mensch|menschen) (sprechen|bitte)',
      'keinen? (bot|roboter|chatbot)',
    ],
    complaint: [
      'beschwerde', 'beschweren', 'unverschämt', 'inakzeptabel', 'frechheit', 'skandal', 'wütend', 'sauer', 'miserabel',
      'katastrophal', 'schlechtester?', 'reicht mir', 'anwalt',
    ],
  },
  fr: {
    human: [
      '(parler|discuter|échanger) (à|avec) (un |une |un vrai |une vraie |le |la )?(humain|conseiller|conseillère|agent|opérateur|personne|interlocuteur|quelqu un)',
      '(vrai|vraie|véritable) (humain|personne|conseiller|agent)',
      '(être humain|personne réelle|service client humain)',
    ],
    complaint: [
      'plainte', 'réclamation', 'inacceptable', 'scandaleux', 'honteux', 'inadmissible', 'furieux', 'furieuse', 'en colère',
      'pire (service|banque|expérience)', 'ras le bol', 'lamentable', 'avocat',
    ],
  },
  es: {
    human: [
      '(hablar|comunicarme|contactar|chatear) con (un |una |el |la )?(humano|persona|agente|asesor|asesora|operador|operadora|representante|alguien)',
      '(persona real|ser humano|agente humano|operador humano)',
    ],
    complaint: [
      'queja', 'reclamación', 'inaceptable', 'vergonzoso', 'indignante', 'furioso', 'furiosa', 'enfadado', 'enfadada', 'harto',
      'harta', 'pésimo', 'pésima', 'el peor', 'una vergüenza', 'abogado',
    ],
  },
  pt: {
    human: [
      '(falar|conversar) com (um |uma |o |a )?(humano|pessoa|atendente|agente|operador|representante|alguém)',
      '(pessoa real|ser humano|atendente humano|atendimento humano)',
    ],
    complaint: [
      'reclamação', 'inaceitável', 'vergonhoso', 'um absurdo', 'furioso', 'irritado', 'irritada', 'péssimo', 'péssima',
      'o pior', 'farto', 'farta', 'advogado',
    ],
  },
  it: {
    human: [
      '(parlare|comunicare) con (un |una |l |il )?(umano|persona|operatore|operatrice|consulente|agente|qualcuno)',
      '(persona reale|persona vera|essere umano|operatore umano)',
    ],
    complaint: [
      'reclamo', 'lamentela', 'inaccettabile', 'vergognoso', 'scandaloso', 'arrabbiato', 'arrabbiata', 'pessimo', 'pessima',
      'il peggiore', 'stufo', 'stufa', 'avvocato',
    ],
  },
  nl: {
    human: [
      '(spreken|praten|chatten) met (een |een echte |echte )?(mens|medewerker|persoon|iemand)',
      '(echte persoon|echt mens|een mens|menselijke medewerker)',
      'met een (medewerker|mens|persoon) (spreken|praten)',
    ],
    complaint: ['klacht', 'klagen', 'onacceptabel', 'schandalig', 'belachelijk', 'woedend', 'boos', 'slechtste', 'ben het zat', 'advocaat'],
  },
  sv: {
    human: [
      '(prata|tala|snacka|chatta) med (en |någon |en riktig |en levande )?(människa|person|handläggare|medarbetare|kundtjänst|rådgivare)',
      '(riktig|levande) (människa|person|handläggare)',
    ],
    complaint: ['klagomål', 'klaga', 'oacceptabelt', 'skandal', 'arg', 'förbannad', 'sämsta', 'uselt', 'bedrövligt', 'advokat'],
  },
  da: {
    human: [
      '(tale|snakke|chatte) med (et |en |et rigtigt |en rigtig |et levende )?(menneske|person|medarbejder|rådgiver)',
      '(rigtigt menneske|rigtig person|levende menneske)',
    ],
    complaint: ['klage', 'uacceptabelt', 'skandaløst', 'vred', 'rasende', 'elendig', 'værste', 'advokat'],
  },
  nb: {
    human: [
      '(snakke|prate|chatte) med (et |en |et ekte |en ekte )?(menneske|person|ansatt|rådgiver|saksbehandler)',
      'ekte (menneske|person)',
    ],
    complaint: ['klage', 'uakseptabelt', 'skandaløst', 'sint', 'forbanna', 'elendig', 'verste', 'advokat'],
  },
  fi: {
    human: [
      '(puhua|jutella|keskustella|puhumaan) (ihmisen|asiakaspalvelijan|henkilön|oikean ihmisen|virkailijan|jonkun) kanssa',
      '(oikea|oikean) (ihminen|ihmisen|henkilö)',
      'asiakaspalvelija(n|lle)?',
    ],
    complaint: ['valitus', 'valituksen', 'valittaa', 'reklamaatio', 'kohtuutonta', 'ei ole hyväksyttävää', 'vihainen', 'raivoissani', 'surkea', 'huonoin', 'asianajaja'],
  },
  pl: {
    human: [
      '(rozmawiać|porozmawiać|połączyć|połączenie|rozmowa) z (człowiekiem|konsultantem|konsultantką|pracownikiem|żywą osobą|osobą|agentem|kimś)',
      '(prawdziwy|prawdziwym|żywy|żywym) (człowiek|człowiekiem|konsultant|konsultantem)',
    ],
    complaint: ['skarga', 'skargę', 'reklamacja', 'reklamację', 'skandal', 'niedopuszczalne', 'wściekły', 'wściekła', 'najgorszy', 'najgorsza', 'prawnik'],
  },
  cs: {
    human: [
      '(mluvit|hovořit|spojit|spojte mě) s (člověkem|operátorem|operátorkou|pracovníkem|živým člověkem|někým)',
      '(skutečný|živý|skutečným|živým) (člověk|člověkem|operátor)',
    ],
    complaint: ['stížnost', 'stížnost', 'reklamace', 'nepřijatelné', 'skandální', 'naštvaný', 'naštvaná', 'rozzlobený', 'nejhorší', 'právník'],
  },
  sk: {
    human: [
      '(hovoriť|rozprávať|spojiť|spojte ma) s (človekom|operátorom|operátorkou|pracovníkom|živým človekom|niekým)',
      '(skutočný|živý|skutočným|živým) (človek|človekom|operátor)',
    ],
    complaint: ['sťažnosť', 'reklamácia', 'neprijateľné', 'škandál', 'nahnevaný', 'nahnevaná', 'najhorší', 'právnik'],
  },
  el: {
    human: [
      '(μιλήσω|μιλήσουμε|επικοινωνήσω|συνδέσετε) (με|σε) (έναν |ένα |κάποιον )?(άνθρωπο|υπάλληλο|εκπρόσωπο|πραγματικό άνθρωπο|κάποιον|συνεργάτη)',
      '(πραγματικό|αληθινό) (άνθρωπο|πρόσωπο)',
    ],
    complaint: ['παράπονο', 'καταγγελία', 'απαράδεκτο', 'απαράδεκτη', 'εξοργιστικό', 'θυμωμένος', 'θυμωμένη', 'χειρότερη (εξυπηρέτηση|τράπεζα)', 'δικηγόρο'],
  },
  ro: {
    human: [
      '(vorbesc|vorbi|discut|discuta) cu (un |o )?(om|operator|operatoare|persoană|agent|consultant|om real|cineva)',
      '(persoană reală|om real|operator uman)',
    ],
    complaint: ['reclamație', 'plângere', 'inacceptabil', 'revoltător', 'furios', 'furioasă', 'supărat', 'supărată', 'cel mai prost', 'avocat'],
  },
  hu: {
    human: [
      '(beszélni|beszélhetek|beszélnék|beszélnem) (egy )?(emberrel|ügyintézővel|munkatárssal|operátorral|valakivel|élő ügyintézővel)',
      '(valódi|igazi|élő) (ember|ügyintéző)',
      '(egy )?(emberrel|ügyintézővel|munkatárssal|operátorral|valakivel) (beszélni|beszélhetek|beszélnék|beszélnem)',
    ],
    complaint: ['panasz', 'panaszt', 'reklamáció', 'elfogadhatatlan', 'felháborító', 'dühös', 'mérges', 'a legrosszabb', 'ügyvéd'],
  },
  tr: {
    human: [
      '(bir )?(insanla|temsilciyle|müşteri temsilcisiyle|yetkiliyle|biriyle|operatörle|çalışanla) (görüşmek|konuşmak|görüşebilir|konuşabilir)',
      'gerçek (bir )?(insan|kişi|temsilci)',
      'müşteri temsilcisi',
    ],
    complaint: ['şikayet', 'şikâyet', 'kabul edilemez', 'rezalet', 'skandal', 'sinirliyim', 'kızgınım', 'berbat', 'en kötü', 'avukat'],
  },
  ru: {
    human: [
      '(поговорить|говорить|связаться|соедините|переключите) (меня )?(с|на) (человеком|оператором|сотрудником|специалистом|живым человеком|менеджером|оператора|человека)',
      '(живой|живым|настоящим|настоящий) (человек|человеком|оператор|оператором)',
    ],
    complaint: ['жалоба', 'жалобу', 'пожаловаться', 'недопустимо', 'неприемлемо', 'безобразие', 'возмутительно', 'в бешенстве', 'ужасный сервис', 'худший', 'адвокат', 'юрист'],
  },
  uk: {
    human: [
      '(поговорити|говорити|з єднайте|переключіть) (мене )?(з|на) (людиною|оператором|працівником|співробітником|живою людиною|менеджером|оператора)',
      '(жива|живою|справжня|справжньою) (людина|людиною)',
    ],
    complaint: ['скарга', 'скаргу', 'поскаржитися', 'неприйнятно', 'обурливо', 'жахливий сервіс', 'найгірший', 'адвокат', 'юрист'],
  },
  bg: {
    human: [
      '(да говоря|говоря|свържете ме|да се свържа) (с|със) (човек|служител|оператор|консултант|истински човек|някого)',
      '(истински|жив) (човек|служител)',
    ],
    complaint: ['оплакване', 'жалба', 'недопустимо', 'неприемливо', 'скандално', 'ядосан', 'ядосана', 'бесен', 'бясна', 'най лошото', 'адвокат'],
  },
  hr: {
    human: [
      '(razgovarati|razgovarao|pričati|spojite me) (s|sa) (čovjekom|osobom|operaterom|agentom|djelatnikom|živom osobom|nekim)',
      '(stvarna|živa|prava) osoba', '(pravi|stvarni|živi) čovjek',
    ],
    complaint: ['pritužba', 'pritužbu', 'prigovor', 'reklamacija', 'neprihvatljivo', 'sramota', 'ljut', 'ljuta', 'bijesan', 'bijesna', 'najgori', 'odvjetnik'],
  },
  sl: {
    human: [
      '(govoriti|pogovoriti|pogovarjati|povežite me) (s|z) (človekom|osebo|operaterjem|agentom|zaposlenim|nekom)',
      '(resnična|živa|prava) oseba', 'pravi človek',
    ],
    complaint: ['pritožba', 'pritožbo', 'nesprejemljivo', 'škandal', 'jezen', 'jezna', 'najslabši', 'odvetnik'],
  },
  lt: {
    human: [
      '(kalbėti|pasikalbėti|susisiekti|sujunkite) su (žmogumi|operatoriumi|darbuotoju|konsultantu|tikru žmogumi|kuo nors)',
      '(tikras|gyvas) (žmogus|operatorius)',
    ],
    complaint: ['skundas', 'skundą', 'nepriimtina', 'skandalas', 'piktas', 'pikta', 'įsiutęs', 'blogiausias', 'advokatas'],
  },
  lv: {
    human: [
      '(runāt|parunāt|sazināties|savienojiet) ar (cilvēku|operatoru|darbinieku|konsultantu|īstu cilvēku|kādu)',
      '(īsts|dzīvs) (cilvēks|operators)',
    ],
    complaint: ['sūdzība', 'sūdzību', 'nepieņemami', 'skandāls', 'dusmīgs', 'dusmīga', 'sliktākais', 'advokāts', 'jurists'],
  },
  et: {
    human: [
      '(rääkida|räägiks|suhelda|ühendage mind) (inimesega|teenindajaga|operaatoriga|töötajaga|päris inimesega|kellegagi)',
      '(päris|elav|tõeline) inimene',
    ],
    complaint: ['kaebus', 'kaebuse', 'vastuvõetamatu', 'skandaal', 'vihane', 'halvim', 'advokaat', 'jurist'],
  },
  ca: {
    human: [
      '(parlar|xerrar|contactar) amb (un |una |l )?(humà|persona|agent|operador|operadora|gestor|gestora|algú)',
      '(persona real|ésser humà|agent humà)',
    ],
    complaint: ['queixa', 'reclamació', 'inacceptable', 'vergonyós', 'indignant', 'enfadat', 'enfadada', 'el pitjor', 'advocat'],
  },
  vi: {
    human: [
      '(nói chuyện|trao đổi|gặp|kết nối) (với )?(người thật|nhân viên|tư vấn viên|tổng đài viên|người thực)',
      '(người thật|người thực)',
    ],
    complaint: ['khiếu nại', 'phàn nàn', 'không thể chấp nhận', 'tức giận', 'bực mình', 'tệ nhất', 'luật sư'],
  },
  id: {
    human: [
      '(bicara|berbicara|ngobrol|bicara langsung|hubungkan saya) (dengan|ke) (manusia|orang|agen|petugas|customer service|cs|staf|operator)',
      '(manusia|orang) (asli|sungguhan|beneran)',
    ],
    complaint: ['keluhan', 'komplain', 'mengeluh', 'tidak dapat diterima', 'keterlaluan', 'marah', 'terburuk', 'pengacara'],
  },
  tl: {
    human: [
      '(makausap|kausapin|makipag usap|makipag usap sa) (ang |sa )?(tao|ahente|totoong tao|representative|isang tao)',
      'totoong tao',
    ],
    complaint: ['reklamo', 'hindi katanggap tanggap', 'galit', 'nakakainis', 'pinakamasama', 'abogado'],
  },
  ar: {
    human: [
      '(التحدث|اتحدث|الحديث|اتكلم|التكلم|احكي|بدي احكي|اكلم) (مع|الى|ل) ?(موظف|شخص|انسان|احد|ممثل|بشري)',
      '(شخص|انسان|موظف) (حقيقي|بشري)',
      'ممثل خدمة العملاء',
    ],
    complaint: ['شكوى', 'شكوي', 'اشتكي', 'غير مقبول', 'اسوا (خدمة|بنك|تجربة)', 'غاضب', 'مستاء', 'فضيحة', 'مهزلة', 'محامي', 'سيء جدا'],
  },
  he: {
    human: ['(לדבר|לשוחח) עם (נציג|נציגה|בן אדם|אדם|מישהו|אדם אמיתי)', 'נציג אנושי', 'בן אדם אמיתי'],
    complaint: ['תלונה', 'להתלונן', 'לא מקובל', 'שערורייה', 'שערוריה', 'כועס', 'כועסת', 'הגרוע ביותר', 'עורך דין'],
  },
  fa: {
    human: ['(صحبت|حرف) (با|بزنم با) (یک )?(انسان|اپراتور|کارمند|شخص|آدم|پشتیبان)', 'با (یک )?(اپراتور|کارمند|انسان|آدم) (صحبت|حرف)', 'اپراتور انسانی', 'آدم واقعی'],
    complaint: ['شکایت', 'اعتراض دارم', 'غیر قابل قبول', 'افتضاح', 'عصبانی', 'بدترین', 'وکیل'],
  },
  ur: {
    human: ['(انسان|نمائندے|نمائندہ|آپریٹر|ملازم|کسی شخص|کسی انسان) سے بات', 'اصلی انسان'],
    complaint: ['شکایت', 'ناقابل قبول', 'غصہ', 'بدترین', 'وکیل'],
  },
  hi: {
    human: ['(इंसान|मनुष्य|एजेंट|प्रतिनिधि|किसी व्यक्ति|असली व्यक्ति|कर्मचारी|किसी से) से बात', 'असली इंसान', 'ग्राहक सेवा प्रतिनिधि'],
    complaint: ['शिकायत', 'अस्वीकार्य', 'बकवास', 'गुस्सा', 'नाराज़', 'नाराज', 'सबसे खराब', 'सबसे बुरा', 'वकील'],
  },
  bn: {
    human: ['(মানুষের|এজেন্টের|প্রতিনিধির|কর্মীর|কারো) (সাথে|সঙ্গে) কথা', 'আসল মানুষ'],
    complaint: ['অভিযোগ', 'অগ্রহণযোগ্য', 'রাগান্বিত', 'রেগে', 'সবচেয়ে খারাপ', 'উকিল', 'আইনজীবী'],
  },
  zh: {
    human: ['转人工', '轉人工', '人工客服', '人工服务', '人工服務', '真人', '找客服', '联系客服', '客服人员', '工作人员', '和人(说话|聊)'],
    complaint: ['投诉', '投訴', '不可接受', '无法接受', '無法接受', '太差', '生气', '生氣', '愤怒', '憤怒', '最差', '律师', '律師'],
  },
  ja: {
    human: ['(人間|担当者|オペレーター|スタッフ|人)と(話|はな)', 'オペレーター(に|を|と)', '担当者(に|を|と)(代わ|つな|繋)', '有人対応'],
    complaint: ['苦情', 'クレーム', 'ありえない', '許せない', '最悪', '怒って', '腹が立', '弁護士'],
  },
  ko: {
    human: ['(상담원|상담사|사람|직원|담당자)(과|와|이랑|하고|랑)? ?(통화|대화|연결|이야기|얘기)', '진짜 사람'],
    complaint: ['불만', '항의', '민원', '말도 안', '용납할 수 없', '화가 나', '화났', '최악', '변호사'],
  },
  th: {
    human: ['(คุยกับ|พูดกับ|ติดต่อ)(คน|พนักงาน|เจ้าหน้าที่|คนจริง)', 'ขอ(คุยกับ)?(พนักงาน|เจ้าหน้าที่)'],
    complaint: ['ร้องเรียน', 'ไม่พอใจ', 'รับไม่ได้', 'โกรธ', 'แย่ที่สุด', 'ทนาย'],
  },
};
