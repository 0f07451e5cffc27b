/**
 * Tie-breakers for languages that n-gram statistics mix up on short texts (Danish/Bokmål/Swedish,
 * Czech/Slovak, Croatian/Slovenian, Spanish/Portuguese/Catalan, Russian/Bulgarian). Each language
 * has letters and frequent words that the others of its group do not use; when eld's best guess is
 * in a group, the group member with clearly the most markers wins.
 */

interface Group {
  members: readonly string[];
  markers: Readonly<Record<string, readonly RegExp[]>>;
}

const words = (list: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${list.trim().split(/\s+/).join('|')})(?![\\p{L}])`, 'gu');

const GROUPS: readonly Group[] = [
  {
    members: ['da', 'nb', 'sv'],
    markers: {
      da: [words('af mig dig sig hvad nu efter bliver blev endnu igen uden mellem tilbage fejl vælg åbn enhed hjælp nej købe indstillinger værdi vindue billede')],
      nb: [words('av meg deg seg hva nå etter blir ble ennå igjen uten mellom tilbake feil velg åpne enhet hjelp nei kjøpe innstillinger verdi vindu bilde')],
      sv: [/[äö]/gu],
    },
  },
  {
    members: ['cs', 'sk'],
    markers: {
      cs: [/[ěřů]/gu],
      sk: [/[äôĺľŕ]/gu],
    },
  },
  {
    members: ['hr', 'sl'],
    markers: {
      hr: [/[ćđ]/gu],
      sl: [],
    },
  },
  {
    members: ['es', 'pt', 'ca'],
    markers: {
      es: [/[ñ¿¡]/gu],
      pt: [/[ãõ]/gu],
      ca: [/l·l/gu],
    },
  },
  {
    members: ['ru', 'bg', 'uk'],
    markers: {
      ru: [/[ыэё]/gu],
      bg: [],
      uk: [/[іїєґ]/gu],
    },
  },
];

/** The group member with strictly the most marker hits, when `candidate` belongs to a group; else null. */
export function breakTie(text: string, candidate: string): string | null {
  const group = GROUPS.find((g) => g.members.includes(candidate));
  if (!group) return null;
  const lower = text.toLowerCase();
  const scores = group.members.map((lang) => ({
    lang,
    score: group.markers[lang]!.reduce((sum, re) => sum + (lower.match(re)?.length ?? 0), 0),
  }));
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score === 0 || (second && second.score >= best.score)) return null;
  return best.lang;
}
