/** Texts folded for comparison: the same word written with or without its accents or short vowels is one word. */

const STRIPPED_MARKS =
  /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;
const ARABIC_TATWEEL = /\u0640/g;

/** Lowercase, without the marks of alphabetic scripts (é -> e, Arabic short vowels gone), NFC. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(STRIPPED_MARKS, '$1')
    .replace(ARABIC_TATWEEL, '')
    .normalize('NFC');
}
