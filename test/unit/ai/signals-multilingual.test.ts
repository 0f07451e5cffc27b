import { describe, expect, it } from 'vitest';
import { detectSignals, keywordSignals } from '../../../engine/signals.js';

/** "I want to talk to a person" and "I want to file a complaint, this is unacceptable" in every supported language. */
const HUMAN: Array<[string, string]> = [
  ['en', 'Please let me talk to a real person'],
  ['de', 'Ich will mit einem Menschen sprechen'],
  ['fr', 'Je veux parler à un conseiller'],
  ['es', 'Quiero hablar con una persona real'],
  ['it', 'Voglio parlare con un operatore'],
  ['pt', 'Quero falar com um atendente'],
  ['nl', 'Ik wil met een medewerker praten'],
  ['sv', 'Jag vill prata med en människa'],
  ['da', 'Jeg vil gerne tale med et menneske'],
  ['nb', 'Jeg vil snakke med et menneske'],
  ['fi', 'Haluan puhua ihmisen kanssa'],
  ['pl', 'Chcę porozmawiać z konsultantem'],
  ['cs', 'Chci mluvit s operátorem'],
  ['sk', 'Chcem hovoriť s človekom'],
  ['el', 'Θέλω να μιλήσω με έναν άνθρωπο'],
  ['ro', 'Vreau să vorbesc cu un operator'],
  ['hu', 'Szeretnék egy emberrel beszélni'],
  ['tr', 'Bir müşteri temsilcisiyle görüşmek istiyorum'],
  ['ru', 'Соедините меня с оператором'],
  ['uk', 'Хочу поговорити з оператором'],
  ['ar', 'أريد التحدث مع موظف'],
  ['he', 'אני רוצה לדבר עם נציג'],
  ['fa', 'می‌خواهم با اپراتور صحبت کنم'],
  ['hi', 'मुझे किसी इंसान से बात करनी है'],
  ['bn', 'আমি মানুষের সাথে কথা বলতে চাই'],
  ['ur', 'مجھے کسی انسان سے بات کرنی ہے'],
  ['zh', '我要转人工'],
  ['ja', 'オペレーターと話したいです'],
  ['ko', '상담원 연결해 주세요'],
  ['th', 'ขอคุยกับพนักงานหน่อย'],
  ['vi', 'Tôi muốn nói chuyện với nhân viên'],
  ['id', 'Saya mau bicara dengan manusia'],
  ['tl', 'Gusto kong makausap ang isang tao'],
  ['hr', 'Želim razgovarati s čovjekom'],
  ['bg', 'Искам да говоря с човек'],
  ['lt', 'Noriu pasikalbėti su žmogumi'],
  ['lv', 'Es gribu runāt ar cilvēku'],
  ['et', 'Ma tahan rääkida inimesega'],
  ['ca', 'Vull parlar amb una persona'],
  ['sl', 'Želim govoriti s človekom'],
];

const COMPLAINT: Array<[string, string]> = [
  ['en', 'This is unacceptable, I want to complain'],
  ['de', 'Ich möchte eine Beschwerde einreichen'],
  ['fr', 'Je veux déposer une plainte'],
  ['es', 'Quiero poner una queja'],
  ['it', 'È inaccettabile'],
  ['pt', 'Quero fazer uma reclamação'],
  ['nl', 'Dit is schandalig'],
  ['sv', 'Jag vill lämna ett klagomål'],
  ['da', 'Det er helt uacceptabelt'],
  ['nb', 'Dette er uakseptabelt'],
  ['fi', 'Haluan tehdä valituksen'],
  ['pl', 'Chcę złożyć skargę'],
  ['cs', 'Chci podat stížnost'],
  ['sk', 'Chcem podať sťažnosť'],
  ['el', 'Θέλω να κάνω παράπονο'],
  ['ro', 'Vreau să fac o reclamație'],
  ['hu', 'Panaszt szeretnék tenni'],
  ['tr', 'Şikayet etmek istiyorum'],
  ['ru', 'Я хочу подать жалобу'],
  ['uk', 'Я хочу подати скаргу'],
  ['ar', 'هذا غير مقبول'],
  ['he', 'אני רוצה להגיש תלונה'],
  ['fa', 'می‌خواهم شکایت کنم'],
  ['hi', 'मुझे शिकायत दर्ज करनी है'],
  ['bn', 'আমি একটি অভিযোগ করতে চাই'],
  ['ur', 'میں شکایت درج کرنا چاہتا ہوں'],
  ['zh', '我要投诉'],
  ['ja', '苦情を申し立てたい'],
  ['ko', '민원을 넣고 싶어요'],
  ['th', 'ฉันต้องการร้องเรียน'],
  ['vi', 'Tôi muốn khiếu nại'],
  ['id', 'Saya ingin mengajukan keluhan'],
  ['tl', 'Gusto kong magsampa ng reklamo'],
  ['hr', 'Želim podnijeti pritužbu'],
  ['bg', 'Искам да подам оплакване'],
  ['lt', 'Noriu pateikti skundą'],
  ['lv', 'Es gribu iesniegt sūdzību'],
  ['et', 'Ma tahan esitada kaebuse'],
  ['ca', 'Vull presentar una queixa'],
  ['sl', 'Želim vložiti pritožbo'],
];

describe('signals in every supported language', () => {
  it('covers the 40 languages', () => {
    expect(new Set(HUMAN.map(([l]) => l)).size).toBe(40);
    expect(new Set(COMPLAINT.map(([l]) => l)).size).toBe(40);
  });

  it.each(HUMAN)('hears a request for a human in %s', (_lang, text) => {
    expect(keywordSignals(text).map((s) => s.kind)).toContain('human_request');
  });

  it.each(COMPLAINT)('hears a complaint in %s', (_lang, text) => {
    expect(keywordSignals(text).map((s) => s.kind)).toContain('complaint');
  });

  it.each([
    'Kortet mitt har ikke kommet ennå',
    'Moja karta nie dotarła',
    'Kartım henüz gelmedi',
    'Моя карта ещё не пришла',
    '我的卡还没到',
    'カードがまだ届きません',
    'Kartu saya belum sampai',
  ])('stays quiet on an ordinary request: %s', (text) => {
    expect(detectSignals(text)).toEqual([]);
  });

  it('hears anger in shouting and in a run of exclamation marks', () => {
    expect(keywordSignals('WHERE IS MY MONEY, I PAID YESTERDAY')).toEqual([
      { kind: 'complaint', source: 'tone', evidence: 'written in capitals' },
    ]);
    expect(keywordSignals('Where is my refund?!!!').map((s) => s.source)).toEqual(['tone']);
    expect(keywordSignals('Where is my PIN for the ATM?')).toEqual([]);
  });
});
