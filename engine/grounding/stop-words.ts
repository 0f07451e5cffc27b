/**
 * Words that carry no content of their own (articles, pronouns, prepositions, auxiliaries, conjunctions), per base
 * language, as foldText writes them (lowercase, no diacritics). For Chinese, Japanese and Korean the entries are the
 * character bigrams of particles and endings. Written for this project from knowledge of the languages; a language
 * not listed keeps all its words (bm25 weighs frequent words down anyway; the grounding check only counts more).
 */
import { foldText } from './fold-text.js';

const WORDS: Readonly<Record<string, string>> = {
  en: `a an the and or but if of to in on at by for with from as is are was were be been being am do does did have has had
    it its this that these those there here i you he she we they me him her us them my your our their his what which who whom
    how why when where can could will would shall should may might must not no yes so than then too very just also about into
    over under up down out off again only own same such both each any all some more most other please hi hello dear thanks`,
  de: `der die das den dem des ein eine einen einem einer eines und oder aber wenn als wie zu zum zur von vom mit bei aus nach
    in im an am auf fur uber unter durch ist sind war waren sein bin bist hat haben hatte wird werden wurde kann konnen
    muss mussen soll sollen darf es er sie wir ihr ich du dich dir mich mir uns euch ihnen sich mein meine meinen meinem meiner dein deine ihre unser unsere nicht
    kein keine auch noch schon nur so sehr dann dort hier was wer wo wann wie warum welche welcher diese dieser dieses jene bitte hallo danke`,
  es: `el la los las un una unos unas y o pero si de del al a en con por para sin sobre entre es son era fue ser estar esta
    estan esto este estos estas ese esa lo le les se me te nos mi tu su sus nuestro que como cuando donde quien no ya tambien
    muy mas hay ha han he puede pueden hola gracias favor`,
  fr: `le la les un une des du de d l et ou mais si a au aux en dans par pour sur sans avec entre est sont etait etre avoir ai
    as avons avez ont ce cet cette ces se sa son ses me te nous vous il elle ils elles je tu on mon ton notre votre leur qui
    que quoi comment quand ou ne pas plus tres aussi deja y bonjour merci`,
  it: `il lo la i gli le un uno una e o ma se di del della dei delle da dal in nel nella con su per tra fra a al alla
    e sono era essere avere ha hanno ho questo questa questi quello che come quando dove chi non piu molto anche gia mi ti ci
    vi si mio tuo suo nostro vostro loro ciao grazie`,
  nl: `de het een en of maar als van in op aan met voor door bij naar uit om over is zijn was waren wordt worden heeft
    hebben had kan kunnen moet moeten zal dit dat deze die er hier daar ik je jij u hij zij wij we jullie mij me mijn jouw
    uw ons onze niet geen ook nog al wel zo zeer wat wie waar hoe waarom hallo dank bedankt`,
  pt: `o a os as um uma uns umas e ou mas se de do da dos das ao aos em no na nos nas com por para sem sobre entre e sao
    era foi ser estar esta estao isto este esta estes isso esse essa lhe lhes me te nos meu minha seu sua que como quando onde
    quem nao ja tambem muito mais ha tem pode podem ola obrigado obrigada favor`,
  pl: `i oraz a ale lub albo czy jesli w we na z ze do od po o u za przez dla pod nad przy jest sa byl byla bylo byc ma
    maja mam to ten ta te tego tej ktory ktora ktore co jak gdy kiedy gdzie kto nie tak juz tez bardzo sie mi mnie ci ciebie
    go jej nas was ich moj twoj nasz wasz jego dzien dobry dziekuje prosze`,
  ru: `и или но а если в во на с со к ко от по о об у за из для под над при это этот эта эти то тот та те что как когда
    где кто не ни уже тоже также очень я ты он она оно мы вы они меня мне тебя тебе его ее нас вас их мой твой наш ваш свой
    быть был была было были есть здравствуите спасибо пожалуиста`,
  uk: `і й та або але а якщо в у на з зі до від по про за із для під над при це цей ця ці те той та що як коли де хто не
    ні вже теж також дуже я ти він вона воно ми ви вони мене мені тебе тобі його її нас вас їх мій твій наш ваш свій бути був
    була було були є вітаю дякую будь ласка`,
  tr: `ve veya ama fakat ile icin gibi kadar de da ki bu su o bir her hangi ne nasil neden nerede kim ben sen biz siz
    onlar beni bana seni sana onu ona bizi size onlari benim senin onun bizim sizin mi mı mu mü degil var yok cok daha en
    ise merhaba tesekkurler lutfen`,
  ar: `في من على الى عن مع و او ثم لكن ان إن أن كان كانت يكون هذا هذه ذلك تلك الذي التي الذين ما ماذا كيف متى اين لماذا
    من هو هي هم نحن انت انتم انا لا لم لن قد كل بعض هل يا مرحبا شكرا`,
  he: `ה ו של את על עם אל מן מ ב ל כ או אבל אם כי זה זאת זו אלה הוא היא הם הן אני אתה את אנחנו אתם לא כן גם רק כל מה
    מי איך מתי איפה למה יש אין היה הייתה שלום תודה`,
  ja: `です ます ませ まし した して ける この その あの こと もの ため よう から まで ので など には では とは ください
    さい お願 願い いた たし ありが りがと がとう とう ござ ざい いま`,
  zh: `的是 是的 我们 你们 他们 这个 那个 一个 可以 如果 因为 所以 但是 或者 以及 然后 您的 你的 我的 请您 谢谢 您好 你好`,
  ko: `입니 니다 습니 합니 하세 세요 있습 없습 그리 그러 하지 에서 으로 에게 감사 안녕`,
};

const LISTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(WORDS).map(([language, words]) => [language, new Set(foldText(words).split(/\s+/).filter(Boolean))]),
);
const ANY_LANGUAGE: ReadonlySet<string> = new Set([...LISTS.values()].flatMap((words) => [...words]));

/** Whether a folded word (or CJK bigram) is a stop word of the base language; of any listed language when null. */
export function isStopWord(word: string, baseLanguage: string | null): boolean {
  return (baseLanguage === null ? ANY_LANGUAGE : LISTS.get(baseLanguage))?.has(word) ?? false;
}
