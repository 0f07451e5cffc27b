/** Check-digit algorithms used to tell real identifiers from look-alike numbers (order ids, amounts). */

const digitsOf = (s: string): number[] => [...s].map((c) => c.charCodeAt(0) - 48);

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  const ds = digitsOf(digits).reverse();
  ds.forEach((d, i) => {
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return sum % 10 === 0;
}

/** Remainder of a long decimal string modulo 97, without big integers. */
export function mod97(numeric: string): number {
  let r = 0;
  for (const c of numeric) r = (r * 10 + (c.charCodeAt(0) - 48)) % 97;
  return r;
}

/** ISO 13616: move the first four characters to the end, letters to 10..35, the result mod 97 is 1. */
export function ibanValid(iban: string): boolean {
  const s = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  const numeric = [...moved].map((c) => (c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c)).join('');
  return mod97(numeric) === 1;
}

/** Registered IBAN lengths by country (ISO 13616 registry), for finding where an IBAN ends. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  TN: 24,
  TR: 26,
  UA: 29,
  VG: 24,
  XK: 20,
};

const weighted = (ds: number[], weights: number[]) => weights.reduce((s, w, i) => s + w * (ds[i] ?? 0), 0);

export function peselValid(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const d = digitsOf(s);
  return (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d[10];
}

export function norwegianIdValid(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const d = digitsOf(s);
  const k1 = 11 - (weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
  const k2 = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  const norm = (k: number) => (k === 11 ? 0 : k);
  return norm(k1) === d[9] && norm(k2) === d[10] && k1 !== 10 && k2 !== 10;
}

export function turkishIdValid(s: string): boolean {
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  const d = digitsOf(s);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d10 === d[9] && d11 === d[10];
}

/** German tax id (Steuer-IdNr), ISO 7064 MOD 11,10. */
export function germanTaxIdValid(s: string): boolean {
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  let product = 10;
  const d = digitsOf(s);
  for (let i = 0; i < 10; i++) {
    let sum = ((d[i] ?? 0) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return check === d[10];
}

export function spanishDniValid(s: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/i.exec(s.replace(/[-\s]/g, ''));
  if (!m) return false;
  const prefix = { '': '', X: '0', Y: '1', Z: '2' }[m[1]!.toUpperCase()] ?? '';
  const num = Number(prefix + m[2]);
  if ((m[1] === '' && m[2]!.length !== 8) || (m[1] !== '' && m[2]!.length !== 7)) return false;
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23] === m[3]!.toUpperCase();
}

/** French social security number (NIR): 13 digits + key = 97 - (number mod 97); Corsica 2A/2B. */
export function frenchNirValid(s: string): boolean {
  const c = s.replace(/\s/g, '').toUpperCase();
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(c)) return false;
  const body = c.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - mod97(body) === Number(c.slice(13));
}

export function belgianNationalNumberValid(s: string): boolean {
  const c = s.replace(/[.\-\s]/g, '');
  if (!/^\d{11}$/.test(c)) return false;
  const key = Number(c.slice(9));
  return 97 - mod97(c.slice(0, 9)) === key || 97 - mod97('2' + c.slice(0, 9)) === key;
}

export function cpfValid(s: string): boolean {
  const c = s.replace(/[.\-]/g, '');
  if (!/^\d{11}$/.test(c) || /^(\d)\1{10}$/.test(c)) return false;
  const d = digitsOf(c);
  const check = (n: number) => {
    const sum = d.slice(0, n).reduce((a, x, i) => a + x * (n + 1 - i), 0);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === d[9] && check(10) === d[10];
}

/** Chinese resident identity card number, ISO 7064 MOD 11-2. */
export function chineseIdValid(s: string): boolean {
  const c = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(c)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weighted(digitsOf(c.slice(0, 17)), w);
  return '10X98765432'[sum % 11] === c[17];
}

/** Finnish personal identity code (HETU). */
export function finnishIdValid(s: string): boolean {
  const m = /^(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])$/i.exec(s);
  if (!m) return false;
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1]! + m[2]!) % 31] === m[3]!.toUpperCase();
}

/** Dutch citizen service number (BSN), the "elfproef". */
export function bsnValid(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = digitsOf(s);
  const sum = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - (d[8] ?? 0);
  return sum % 11 === 0 && sum !== 0;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
/** Verhoeff's permutation of a digit: the digit at position i goes through it i times (repeating after 8 positions). */
const VERHOEFF_STEP = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
/** VERHOEFF_P[i][d]: digit d at position i, permuted. */
const VERHOEFF_P = Array.from({ length: 8 }, (_, i) =>
  Array.from({ length: 10 }, (_, digit) => {
    let permuted = digit;
    for (let step = 0; step < i; step++) permuted = VERHOEFF_STEP[permuted]!;
    return permuted;
  }),
);

/** Verhoeff check (Indian Aadhaar numbers). */
export function verhoeffValid(s: string): boolean {
  if (!/^\d+$/.test(s)) return false;
  let c = 0;
  digitsOf(s)
    .reverse()
    .forEach((d, i) => {
      c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d]!]!;
    });
  return c === 0;
}

/** Swedish personnummer: Luhn over the 10 digits YYMMDDNNNC. */
export function swedishIdValid(s: string): boolean {
  const c = s.replace(/[-+]/g, '');
  const ten = c.length === 12 ? c.slice(2) : c;
  return /^\d{10}$/.test(ten) && luhnValid(ten);
}

export function validDdMmYy(s: string): boolean {
  const dd = Number(s.slice(0, 2));
  const mm = Number(s.slice(2, 4));
  return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
}

export function usSsnValid(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}
