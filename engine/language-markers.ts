/**
 * Markers for languages that n-gram statistics mix up (Danish/Bokmål/Swedish, Finnish/Estonian,
 * Indonesian/Tagalog, Czech/Slovak, Croatian/Slovenian, Spanish/Portuguese/Catalan,
 * Russian/Bulgarian/Ukrainian). Each language has letters, spellings and frequent words that the
 * others of its group do not use. When eld's best guess is in a group, the detector adds each
 * member's marker hits to its n-gram score (markerHits); breakTie picks the member with clearly the
 * most markers where there is no n-gram score to weigh them against.
 */

interface Group {
  members: readonly string[];
  markers: Readonly<Record<string, readonly RegExp[]>>;
}

const words = (list: string): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${list.trim().split(/\s+/).join('|')})(?![\\p{L}])`, 'gu');

/**
 * Each list holds words (or spellings) that the other members of the group do not use, or that only
 * some members use (then each of them lists it: Swedish and Bokmål both write av, ut-, final double
 * consonants, against Danish af, ud-, single ones). They are drawn from everyday and support vocabulary: function words, the common verbs of a support message and
 * the spelling habits that set the languages apart (Danish -tion/-hed/-eret vs Bokmål -sjon/-het/-ert,
 * Slovak ú inside a word, Portuguese -ção/lh/nh, Catalan -ció/tx/ny, Bulgarian ъ between consonants, ...).
 */
const GROUPS: readonly Group[] = [
  {
    members: ['da', 'nb', 'sv'],
    markers: {
      da: [
        words(`af mig dig sig hvad nu efter bliver blev blive endnu igen uden mellem tilbage fejl fejlen vælg åbn enhed hjælp nej købe
          indstillinger indstilling værdi vindue billede nogle noget nogen meget sådan ud op mod gennem gøre gør spørgsmål venligst tak
          penge overførsel anden andet sidste næste lille lidt fundet findes finde fandt kendt ukendt kende sprog læse læs gem slet tilføj
          tilføje opret oprette oprettet søg søge udskriv udfør mislykkedes nøgle nøglen adgangskode adgang brug bruge bruger brugeren
          brugere uge ændre ændret ændring ændringer forsøg forsøge genstart afslut annuller luk besked meddelelse tilladt tilladelse
          forkert rigtig rigtige spørge sige siger sagde tage tager give giver have havde hedder vores hende hvornår blandt altid aldrig
          mere beløb modtaget modtage modtager afsender hæve spærret spærre kopiér angiv angivet angive valgfrit
          skrifttype udvidelse oplysninger tjek kontrollér fortolke fortolkning`),
        /\p{L}{2,}tion(?:en|er|erne)?(?![\p{L}])/gu,
        /\p{L}{2,}hed(?:en|er|erne)?(?![\p{L}])/gu,
        /\p{L}{3,}eret(?![\p{L}])/gu,
        /\p{L}{2,}erne(?![\p{L}])/gu,
        /\p{L}{2,}igt(?![\p{L}])/gu,
        /øj/gu,
        /(?<![\p{L}])ud\p{L}{3,}/gu,
        /(?<![\p{L}])op(?:ret|dat|tag|sæt|hæv|gave)\p{L}*/gu,
        /værdi|vælg|hjælp|bjælk|fælles|gæld|(?<![\p{L}])kør|certifikat/gu,
        /»(?=\p{L})/gu,
        words(`vindues virkede betyder betyde tillades`),
        // Spellings Danish keeps and Bokmål changed: ej/ei, ind-/inn-, spørg-/spør-, hænd-/hend-, soft b/d/g for p/t/k.
        /ej/gu,
        /(?<![\p{L}])ind(?=[bdfghjklmnoprstuvæøå]|(?![\p{L}]))/gu,
        /spørg|hænd|længd|mængd|tilgængelig|skabelon|understøt|begynd|kæd|ændr|skærm|læs/gu,
        /(?<![\p{L}])(?:brug|søg|køb|åb|skab|tab)(?:e|er|es|t|te|en)?(?![\p{L}])/gu,
        /mellem/gu,
        words(`os jer jeres der hen bag nej vej knap tryk hop slet net stop antal givet taget blevet sat`),
        // Danish stems whose Bokmål forms are spelt differently (nøgle/nøkkel, proces/prosess, -skab/-skap, aktuel/aktuell, ...).
        /nøgle|placer|proces|specifi|licens|accept|nuvær|farve|hukommelse|ressource|skab|fuld|krævet|sæt|vindue|billed/gu,
        /(?<![\p{L}])af\p{L}{3,}/gu,
        /(?<![\p{L}])gen(?:indl|opr|start|skab|tag)/gu,
        /\p{L}{2,}(?:uel|iel|rel)(?:t|le)?(?![\p{L}])/gu,
        /menu|tabel(?!l)|række|åbn|\p{L}sion/gu,
        words(`fået gået stået gemt lykkedes sandt minut imod inden måske mit dit sit`),
      ],
      nb: [
        words(`av meg deg seg hva nå etter blir ble bli ennå igjen uten mellom tilbake feil feilen velg åpne enhet hjelp nei kjøpe
          innstillinger innstilling verdi vindu bilde noen noe mye sånn ut opp mot gjennom gjøre gjør spørsmål vennligst takk penger
          overføring annen annet siste neste liten lite litt funnet finnes finne fant kjent ukjent kjenne språk lese les lagre slett
          opprett opprette opprettet søk søke utfør mislyktes nøkkel nøkkelen passord bruk bruke bruker brukeren brukere uke
          endre endret endring endringer forsøk avslutt avbryt lukk melding meldingen tillatt tillatelse riktig riktige spørre si sier
          gi gir hadde heter vår våre henne blant alltid aldri mer beløp mottatt motta mottaker avsender heve sperret sperre
          fila ikkje eg dei kva korleis oppgi oppgitt skrift utvidelse opplysninger sjekk tolke tolking`),
        /\p{L}{1,}sjon(?:en|er|ene)?(?![\p{L}])/gu,
        /\p{L}{2,}het(?:en|er|ene)?(?![\p{L}])/gu,
        /\p{L}{3,}ert(?![\p{L}])/gu,
        /(?<!s)kj|skj(?!ul)|gj(?!ort|orde)|øy/gu,
        /(?<![\p{L}])ut\p{L}{3,}/gu,
        /(?<![\p{L}])opp(?:rett|dat|gave)\p{L}*/gu,
        /verdi|velg|hjelp|bjelk|felles|gjeld|sertifikat/gu,
        /«/gu,
        words(`vinduets virket bety betyr tillates hurtiglager`),
        // Bokmål spellings: ei for Danish ej, inn- for ind-, hard p/t/k, final double consonants, the infinitive mark å.
        /ei/gu,
        /(?<![\p{L}])inn/gu,
        /spør(?!g)|hend|lengd|mengd|tilgjengelig|støtt|begynn|skjerm|endr/gu,
        /(?<![\p{L}])(?:bruk|søk|kjøp|åp|skap|tap)(?:e|er|es|t|te|en)?(?![\p{L}])/gu,
        /\p{L}{3,}erte(?![\p{L}])/gu,
        /mellom/gu,
        /\p{L}(?:kk|pp|tt|ll|nn|mm|ss)(?![\p{L}])/gu,
        words(
          `å oss dere hen bak knapp trykk hopp slett nett stopp mal antall gitt tatt blitt satt angitt minne modus`,
        ),
        /nøkkel|plasser|prosess|spesifi|lisens|aksept|nåvær|farge|ressurs|skap|krevd|sett|vindu(?!e)|bilde/gu,
        /(?<![\p{L}])av\p{L}{3,}/gu,
        /\p{L}{2,}(?:uell|iell|rell)(?:t|e)?(?![\p{L}])/gu,
        /meny|tabell|rekke|åpn/gu,
        words(`fått gått stått lagret lyktes sann sant minutt kanskje mitt ditt sitt slik slike slikt`),
      ],
      sv: [
        /[äö]/gu,
        words(`och inte att från jag vad hur ska vill måste också finns till mig dig sig vilka många dagar utomlands`),
        /(?<![\p{L}])ut\p{L}{3,}/gu,
        /\p{L}{3,}era(?![\p{L}])/gu,
        /\p{L}{2,}het(?:en|er|erna)?(?![\p{L}])/gu,
        /\p{L}{2,}tion(?:en|er|erna)?(?![\p{L}])/gu,
        /\p{L}{2,}igt(?![\p{L}])/gu,
        /\p{L}{2,}erna(?![\p{L}])/gu,
        /\p{L}{2,}(?:arna|orna|ande)(?![\p{L}])/gu,
        /\p{L}(?:kk|pp|tt|ll|nn|mm|ss)(?![\p{L}])/gu,
        words(`ett kunde inga icke dessa denna detta vilken vilket när där här eftersom medan namn namnet tecken fel felet ange
          ogiltig ogiltigt ogiltiga okänd okänt okända efter aldrig angivet angivna av mot mer enhet alla andra samma nya mapp mappen användare lösenord visa spara kopiera
          hittades hittas stöds används misslyckades sökväg fönster värde inställningar minne`),
        // Spellings Swedish shares with Bokmål against Danish.
        /(?<![\p{L}])av\p{L}{3,}/gu,
        /skap/gu,
        /\p{L}{2,}(?:uell|iell|rell)(?:t|a)?(?![\p{L}])/gu,
        /meny|tabell|\p{L}sion/gu,
        // Swedish plurals and present tense in -ar (delar, filer is Danish/Bokmål too), blev shared with Danish.
        /\p{L}{3,}ar(?![\p{L}])/gu,
        words(`blev`),
      ],
    },
  },
  {
    members: ['fi', 'et'],
    markers: {
      fi: [
        // Finnish y (Estonian ü), case endings with a vowel after them (-ssa/-sta/-lla/-lta, Estonian -s/-st/-l/-lt).
        /y/gu,
        /\p{L}{2,}(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|nen|ista|istä|aan|ään)(?![\p{L}])/gu,
        words(
          `tai että mutta myös sekä tämä tämän mikä kun jos kuin eikä voi ovat olla oli tiedosto tiedoston virhe arvo näytä käytä`,
        ),
      ],
      et: [
        /[õü]/gu,
        // Estonian -mine (Finnish -minen), comitative -ga, plural -d after a vowel.
        /\p{L}{2,}(?:mine|misel|ga|des|sse)(?![\p{L}])/gu,
        words(
          `või ning mitte pole kas mis mille see selle need ka siis oma kui aga fail faili viga väärtus kasuta näita`,
        ),
      ],
    },
  },
  {
    members: ['id', 'tl'],
    markers: {
      id: [
        // Indonesian suffixes -kan/-nya and prefixes me-/ber-/ter-/di-/pe-.
        /\p{L}{2,}(?:kan|nya|lah)(?![\p{L}])/gu,
        /(?<![\p{L}])(?:meng|mem|men|ber|ter|di|pen|pem|peng)\p{L}{3,}/gu,
        words(
          `yang dan di ke dari ini itu untuk dengan tidak ada akan pada adalah atau juga dalam bisa dapat saya gagal alamat halaman`,
        ),
      ],
      tl: [
        // Tagalog linkers and markers (ng, mga, ang, ay) and the affixes mag-/nag-/pag-/ka-/-in-/-um-.
        /(?<![\p{L}])(?:mag|nag|pag|naka|maka|ipa|ika)\p{L}{3,}/gu,
        /\p{L}{3,}(?:ng)(?![\p{L}])/gu,
        words(
          `ang ng mga sa na at ay hindi ito iyon kung ko mo ako ikaw siya kami tayo sila ano paano bakit saan talaksan mali wala`,
        ),
      ],
    },
  },
  {
    members: ['cs', 'sk'],
    markers: {
      cs: [
        /[ěřů]/gu,
        words(`jsou jsem jsme jste není nelze pro jak nebo kde když proč také tato se soubor soubory souboru selhalo selhal
          nemohu můžete prosím děkuji zobrazit uložit vybrat zadat ve i`),
        /(?<![\p{L}])kter\p{L}+/gu,
        words(`název klíč`),
        // Czech infinitives end in -t (Slovak -ť), verbal nouns in -ní (Slovak -nie).
        /\p{L}{3,}[aeiyě]t(?![\p{L}])/gu,
        /\p{L}{2,}ní(?![\p{L}])/gu,
        words(`budou byl byla bylo byly mít může lze tyto těchto nebyl nebyla již příliš`),
        /\p{L}ou(?![\p{L}])/gu,
        // Czech -ace (konfigurace; Slovak -ácia).
        /\p{L}{2,}ace(?![\p{L}])/gu,
        words(`selhala selhaly`),
      ],
      sk: [
        /[äôĺľŕ]/gu,
        words(`nie sa som sme ste ako alebo aj čo pre pri vo so kde keď prečo tiež súbor súbory súboru zlyhalo zlyhal nemožno
          nemôžem môžete ďakujem zobraziť uložiť vybrať zadať ktorý ktorá ktoré`),
        /(?<![\p{L}])ktor\p{L}+/gu,
        /\p{L}ú/gu,
        /\p{L}{3,}[aiy]ť(?![\p{L}])/gu,
        /\p{L}{3,}om(?![\p{L}])/gu,
        words(`názov kľúč`),
        /\p{L}{2,}nie(?![\p{L}])/gu,
        words(`budú bol bola bolo boli mať môže tieto týchto nebol nebola už príliš`),
        // Slovak -ej, genitive plural -ov, and the diphthongs ia/ie/iu inside a word.
        /\p{L}{2,}(?:ej|ov)(?![\p{L}])/gu,
        /\p{L}(?:ie(?=\p{L})|ia|iu)/gu,
      ],
    },
  },
  {
    members: ['hr', 'sl'],
    markers: {
      hr: [
        /[ćđ]/gu,
        words(`nije jer što gdje zašto također još već bez više vrlo jako sam su može moguće greška greške pogreška inačica naredba
          naredbe naredbu popis postavke odaberite unesite nepoznat nepoznata nepoznato valjan valjana nevaljan nevaljana nevaljano
          neispravan neispravna zadano zadana podrška postoji pokušajte sada tjedan lozinka korisnik korisnika koristi prozor
          molim novac uređaj upute ili i ako sve svi ništa ih koji koja koje kojeg datoteku sliku mapu vrijeme mjesto`),
        /mje/gu,
        /valja|veličin/gu,
        // Ijekavian je/ije after a consonant (Slovene e), -ao participles, the preposition u.
        /[dtvmb]je|rije/gu,
        /\p{L}ao(?![\p{L}])/gu,
        words(`u sa bio nema ovaj ova ovo ove ovog ovoj izbornik`),
      ],
      sl: [
        words(`ni kot ki kaj kje zakaj ker tudi vendar še že naj bo bodo brez več zelo sem so lahko mogoče napaka napake napako
          različica ukaz ukaza ukazi seznam seznama nastavitve nastavitev izberite vnesite neznan neznana neznano veljaven veljavna
          veljavno neveljaven neveljavna neveljavno privzeto privzeta podpora obstaja poskusite znova zdaj teden geslo uporabnik
          uporabnika uporabi okno okna prosim denar plačilo nakazilo pisave pisava imenik lupine ustvari ustvariti naprava
          navodila in ter tega ta jih če vse vsi vsak nič datoteko sliko mapo čas mesto morata`),
        /šč/gu,
        /veljav|velikost/gu,
        words(`zagon vnos izris sodo`),
        words(`v z bil bila bilo kateri katera katero katere meni nastavi vrednost vrednosti ali`),
      ],
    },
  },
  {
    members: ['es', 'pt', 'ca'],
    markers: {
      es: [
        /[ñ¿¡]/gu,
        words(`los las y pero muy mucho también cuando dónde donde hay tiene puede puedo quiero cómo qué mi su sus fue fichero
          archivo usted gracias nuevo nueva cuenta ahora`),
        /\p{L}{2,}ción(?![\p{L}])|\p{L}{2,}ciones(?![\p{L}])/gu,
        /\p{L}{2,}dad(?:es)?(?![\p{L}])/gu,
        /(?<![qg\p{L}])\p{L}*[^qg\s\P{L}]ue/gu,
        words(`con sin lo le unos unas ese esa eso están son ya pueden debe deben estos cuál sólo solo ningún ninguna
          ninguno salida fichero ficheros archivos más`),
        /ll/gu,
        /cc|ejecut|\p{L}(?:able|ible)s?(?![\p{L}])|\p{L}aje(?:s)?(?![\p{L}])/gu,
      ],
      pt: [
        /[ãõ]/gu,
        words(`não os as um uma e é em na nas nos do dos das ao pelo pela você meu minha mas mais muito também quando onde tem
          pode posso quero foi ficheiro arquivo obrigado nova conta agora isso isto`),
        /ção|ções/gu,
        /\p{L}{2,}dades?(?![\p{L}])/gu,
        /lh|nh/gu,
        /[êâô]/gu,
        words(`com seu sem ao aos às o um uns umas essa esse estão são há já lhe podem deve devem estes qual só nenhum nenhuma
          saída ficheiros arquivos nome ou pelo pela mais ele ela`),
        // -ável/-ível, -agem, -eiro, final m, ss between vowels.
        /[áí]vel|agem|eir[oa]|\p{L}{2}(?:em|um|im|om)(?![\p{L}])|ss/gu,
      ],
      ca: [
        /l·l/gu,
        words(`els amb és per aquest aquesta aquests això molt més també quan on perquè gràcies fitxer jo pot podeu cal heu mai
          seu seva nou nova compte ara i tenen contenen`),
        /\p{L}{2,}ció(?![\p{L}])|\p{L}{2,}cions(?![\p{L}])/gu,
        /\p{L}{2,}tat(?:s)?(?![\p{L}])/gu,
        /tx|ny/gu,
        /(?<![\p{L}])[ldsn]['’]\p{L}/gu,
        /[èò]/gu,
        /\p{L}{2,}ts(?![\p{L}])/gu,
        /ll/gu,
        words(`com sense unes aquestes són hi ja ens poden pot cap només tot sortida fitxers nom més per`),
        /cc|ss|tz|atge|\p{L}(?:able|ible)s?(?![\p{L}])/gu,
        /\p{L}{3,}(?:at|it|ut|ats|its|uts)(?![\p{L}])/gu,
      ],
    },
  },
  {
    members: ['ru', 'bg', 'uk'],
    markers: {
      ru: [
        /[ыэё]/gu,
        words(`это что который которые когда почему пожалуйста нельзя нет есть чтобы уже еще только можно нужно надо очень сейчас
          здесь где его ее их она они меня мне тебя себя после строка`),
        words(`удалось найден найдена найдено невозможно неверный неверная неизвестный ошибка`),
        // Russian adjective endings (Ukrainian -а/-е, Bulgarian -на/-но), reflexive -ется/-ются, the soft sign.
        /\p{L}{2,}(?:ая|ое|ую)(?![\p{L}])/gu,
        /(?:е|ю|я)тся(?![\p{L}])/gu,
        /\p{L}{2,}[ая]ми(?![\p{L}])/gu,
        /ь(?!о)/gu,
        /\p{L}ть(?:ся)?(?![\p{L}])/gu,
        /\p{L}{2,}ся(?![\p{L}])/gu,
        /\p{L}{2,}(?:ого|его)(?![\p{L}])/gu,
        /\p{L}[аяуе]ет(?![\p{L}])/gu,
        // Masculine adjectives in -ой (Bulgarian -ов/-ен, Ukrainian -ий).
        /\p{L}{3,}ой(?![\p{L}])/gu,
        // Verbs in -ировать and their participles (Bulgarian -ирам/-иран, Ukrainian -увати/-ований).
        /ирова/gu,
      ],
      bg: [
        words(`се е са към във със съм ще няма това този тази които който която трябва има беше когато защо моля благодаря вече
          още само къде аз мен тя след`),
        /[бвгджзклмнпрстфхцчшщ]ъ[бвгджзклмнпрстфхцчшщ]/gu,
        /\p{L}{2,}ът(?![\p{L}])/gu,
        /\p{L}{2,}ване(?![\p{L}])/gu,
        // Postposed articles and the Bulgarian shapes of common support words.
        /\p{L}{3,}(?:ата|ята|ото|ето)(?![\p{L}])/gu,
        words(`неуспешно грешка файлът нито да може е прекалено`),
        /ъ(?![еёюя])|ѝ/gu,
        /\p{L}{2,}(?:ост|ове|ища)(?![\p{L}])/gu,
        // Plural adjectives in -ни after a consonant (клавишни; Russian -ные, Ukrainian -ні), neuter -ско.
        /[бвгджзклмнпрстфхцчшщ]ни(?![\p{L}])/gu,
        /\p{L}{3,}ско(?![\p{L}])/gu,
        // Adjectives in -ски, -ови (Russian -ский/-ские, -овые).
        /\p{L}{2,}(?:ски|ови)(?![\p{L}])/gu,
        /\p{L}{2,}иран[аоие]?(?![\p{L}])/gu,
      ],
      uk: [
        /[іїєґ]/gu,
        words(
          `або що це як та дуже будь ласка треба можна щоб вже ще також коли чому де мене вираз рядок даних знайдено новий`,
        ),
        /\p{L}нн[яю](?![\p{L}])/gu,
        /\p{L}{2,}ся(?![\p{L}])/gu,
        /\p{L}{2,}(?:ого|его)(?![\p{L}])/gu,
        /\p{L}[аиі]ти(?:ся)?(?![\p{L}])/gu,
        words(`вдалося але запит рядка масиву помилка невідомий невідома немає самий`),
        /(?:ю|я|є)ться(?![\p{L}])/gu,
        /\p{L}{2,}[ая]ми(?![\p{L}])/gu,
        /\p{L}{2,}ою(?![\p{L}])/gu,
        words(`бути дякую щиро`),
        /(?<!ир|из|ьз)ован[оаіий]?(?![\p{L}])/gu,
        /[бвдзмпрстф]ий(?![\p{L}])/gu,
        /ь(?!о)/gu,
      ],
    },
  },
];

/** Marker hits of each member of `candidate`'s group in `text`, or null when `candidate` is in no group. */
export function markerHits(text: string, candidate: string): Map<string, number> | null {
  const group = GROUPS.find((g) => g.members.includes(candidate));
  if (!group) return null;
  const lower = text.toLowerCase();
  return new Map(
    group.members.map((lang) => [
      lang,
      group.markers[lang]!.reduce((sum, re) => sum + (lower.match(re)?.length ?? 0), 0),
    ]),
  );
}

/** The languages that n-gram statistics mix up with `language` (its group, itself included), or null. */
export function closeGroupOf(language: string): readonly string[] | null {
  return GROUPS.find((g) => g.members.includes(language))?.members ?? null;
}

/** The group member with strictly the most marker hits, when `candidate` belongs to a group; else null. */
export function breakTie(text: string, candidate: string): string | null {
  const hits = markerHits(text, candidate);
  if (!hits) return null;
  const scores = [...hits.entries()].map(([lang, score]) => ({ lang, score }));
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score === 0 || (second && second.score >= best.score)) return null;
  return best.lang;
}
