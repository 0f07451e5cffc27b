/**
 * The most common words of each Latin-script language: function words (articles, prepositions,
 * pronouns, conjunctions, negation, the verb "to be") and the everyday words of a support or
 * software message (file, error, value, name, show, use, invalid, unknown), and for the languages of
 * the close pairs the words of a payments help desk's first messages (help, card, account, payment,
 * money, password, thanks, refund, transfer, blocked, need). Written for this project from knowledge of
 * the languages.
 *
 * On a two-word message the n-gram statistics have little to go on, but one of the two words is very
 * often one of these; a word listed for several languages counts for each of them, so it still tells
 * those languages from the rest.
 */

const LEXICON: Readonly<Record<string, string>> = {
  en: `the of and to in is it that for on with as are was be by this not or from at an have has can will you your we all if no but
    which when there been more do does would should could may must they their its than then also into only other new file files error
    cannot failed invalid unknown use using set value name number list show display type default please my me how what why where`,
  de: `der die das und ist nicht ein eine einen einem einer den dem des zu von mit für auf im in sind wird werden kann können konnte kein
    keine oder aber auch wenn als bei aus nach über unter durch ich sie es wir ihr mein meine bitte wie warum wo was datei dateien fehler
    ungültig unbekannt wert name anzeigen verwenden nur noch schon diese dieser dieses zum zur vom`,
  fr: `le la les des du de un une et en est sont pas ne que qui pour par sur dans avec au aux ce cette ces se son sa ses il elle ils nous
    vous je mon ma mes ou mais plus peut être été fichier fichiers erreur impossible invalide inconnu valeur nom afficher utiliser lors
    si comme tout tous aucun`,
  es: `el la los las de del y en que es no un una por para con se su sus al lo como más pero este esta estos está son ser fue puede hay
    o si sin sobre entre también ya mi me yo cómo qué dónde archivo archivos error valor nombre mostrar usar predeterminado todos ninguno
    ayuda tarjeta cuenta pago dinero contraseña gracias reembolso transferencia bloqueada bloqueado necesito`,
  pt: `o a os as de do da dos das e em no na nos nas que é não um uma por para com se seu sua ao à como mais mas este esta estes está
    são ser foi pode há ou sem sobre entre também já meu minha eu porque onde arquivo ficheiro erro valor nome mostrar usar padrão
    todos nenhum
    ajuda cartão conta pagamento dinheiro senha obrigado obrigada reembolso transferência bloqueado bloqueada preciso`,
  it: `il lo la i gli le di del della dei delle e è non un una uno per con su da in che si al alla come più ma questo questa sono essere
    stato può ha o se senza tra anche già mio mia io perché dove file errore valore nome mostra usa predefinito tutti nessun impossibile`,
  nl: `de het een en van in is niet dat die op te voor met zijn als er aan bij om kan kunnen wordt worden of maar ook naar uit dan geen
    deze dit wat hoe waarom waar mijn ik u je bestand bestanden fout waarde naam tonen gebruiken standaard alle ongeldig onbekend`,
  sv: `och att det som en ett är inte för på med av till den de har kan om eller men också från vid så när jag du vi min mitt hur vad
    varför var fil filen fel värde namn visa använd standard alla ingen ogiltig okänd kunde
    hjälp kort kortet konto kontot betalning pengar pengarna lösenord tack återbetalning överföring spärrat spärrad`,
  da: `og at det som en et er ikke for på med af til den de har kan om eller men også fra ved så når jeg du vi min mit hvordan hvad
    hvorfor hvor fil filen fejl værdi navn vis brug standard alle ingen ugyldig ukendt kunne
    hjælp kort kortet konto betaling penge pengene adgangskode tak refusion overførsel spærret`,
  nb: `og at det som en et er ikke for på med av til den de har kan om eller men også fra ved så når jeg du vi min mitt hvordan hva
    hvorfor hvor fil filen feil verdi navn vis bruk standard alle ingen ugyldig ukjent kunne
    hjelp kort kortet konto betaling penger pengene passord takk refusjon overføring sperret`,
  fi: `ja on ei se että oli ovat olla tai mutta kun jos niin myös kuin tämä tämän nämä joka jotka mitä miten miksi missä minä sinä hän
    me te he minun sinun tiedosto tiedostoa tiedoston virhe arvo nimi näytä käytä oletus kaikki voi voida ole`,
  et: `ja on ei see et oli olema või aga kui siis ka nagu selle need mis kuidas miks kus mina sina tema meie teie nad minu sinu fail
    faili viga väärtus nimi näita kasuta vaikimisi kõik pole saa ole`,
  pl: `i w na z do nie to jest się że jak od po za dla o przez ale lub oraz jako być może są był była ten ta te tego tej moje mój ja ty
    my co dlaczego gdzie plik pliku błąd wartość nazwa pokaż użyj domyślny wszystkie nieprawidłowy nieznany`,
  cs: `a v na z do ne to je se že jak od po za pro o ale nebo jako být může jsou byl byla tento tato toto jeho moje můj já ty my co proč
    kde soubor souboru chyba hodnota název zobrazit použít výchozí všechny neplatný neznámý nelze
    pomoc karta účet platba peníze heslo děkuji vrácení převod zablokovaná zablokován potřebuji`,
  sk: `a v na z do nie to je sa že ako od po za pre o ale alebo byť môže sú bol bola tento táto toto jeho moje môj ja ty my čo prečo
    kde súbor súboru chyba hodnota názov zobraziť použiť predvolený všetky neplatný neznámy nemožno
    pomoc karta účet platba peniaze heslo ďakujem vrátenie prevod zablokovaná zablokovaný potrebujem`,
  ro: `și în de la cu pe nu este sunt un o a al ale ai din pentru care se că sau dar mai ca fi poate fost acest această aceste meu mea eu
    tu noi ce cum unde fișier fișierul eroare valoare nume afișează folosește implicit toate niciun invalid necunoscut`,
  hu: `a az és egy nem is hogy van volt lesz meg de vagy ha mint csak már még ez ezt azt mi ki hol miért hogyan én te fájl fájlt hiba
    érték név megjelenítés használat alapértelmezett összes érvénytelen ismeretlen nincs sikerült`,
  tr: `ve bir bu da de için ile olan değil var yok ne nasıl neden nerede ben sen biz siz o şu çok daha gibi ama veya ya dosya dosyası
    hata değer ad adı göster kullan varsayılan tüm geçersiz bilinmeyen`,
  vi: `và của là có không được cho các một những với trong này để đã đang sẽ khi từ người tôi bạn chúng như thế nào tại sao ở đâu tập
    tin lỗi giá trị tên hiển thị dùng mặc định tất cả`,
  id: `dan yang di ke dari ini itu untuk dengan tidak ada akan pada adalah atau juga dalam bisa dapat saya anda kami kita apa bagaimana
    mengapa kenapa mana berkas kesalahan galat nilai nama tampilkan gunakan bawaan semua tak
    bantuan bantu tolong kartu akun pembayaran uang sandi terima kasih pengembalian dana diblokir butuh saldo lupa hilang`,
  tl: `ang ng mga sa na at ay hindi para ito iyan may mayroon kung ko mo ako ikaw siya kami tayo sila ano paano bakit saan talaksan mali
    halaga pangalan ipakita gamitin lahat wala`,
  hr: `i u na je se da za od do s sa ne nije su biti može ili ali kao što koji koja koje ovaj ova ovo moj moja ja ti mi zašto gdje kako
    datoteka datoteke greška pogreška vrijednost ime naziv prikaži koristi zadano sve nevaljan nepoznat
    pomoć kartica račun plaćanje novac lozinka hvala povrat prijenos blokirana blokiran trebam`,
  sl: `in v na je se da za od do z s ne ni so biti lahko ali ampak kot kaj ki ta to moj moja jaz ti mi zakaj kje kako datoteka datoteke
    napaka vrednost ime prikaži uporabi privzeto vse neveljaven neznan
    pomoč kartica račun plačilo denar geslo hvala vračilo nakazilo blokirana blokiran potrebujem`,
  lt: `ir į yra ne su iš kad kaip tai bet ar jei taip pat buvo bus gali šis ši šie mano aš tu mes kas kodėl kur failas failo klaida
    reikšmė vardas pavadinimas rodyti naudoti numatytasis visi netinkamas nežinomas nepavyko`,
  lv: `un ir ne ar no uz kā ka tas bet vai ja arī bija būs var šis šī šie mans mana es tu mēs kas kāpēc kur fails faila kļūda vērtība
    nosaukums vārds rādīt izmantot noklusējuma visi nederīgs nezināms neizdevās`,
  ca: `el la els les de del i a en que és no un una per amb es seu seva al com més però aquest aquesta són ser ha pot hi o si sense sobre
    entre també ja meu meva jo on fitxer fitxers error valor nom mostra usa predeterminat tots cap
    ajuda targeta compte pagament diners contrasenya gràcies reemborsament transferència bloquejada bloquejat necessito`,
};

/** Word -> the languages that list it. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, list] of Object.entries(LEXICON)) {
  for (const word of new Set(list.trim().split(/\s+/))) {
    const langs = LANGUAGES_OF.get(word);
    if (langs) langs.push(lang);
    else LANGUAGES_OF.set(word, [lang]);
  }
}

/** How many words of `text` each language's lexicon holds (languages with none are left out). */
export function lexiconHits(text: string): Map<string, number> {
  const hits = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of LANGUAGES_OF.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  return hits;
}
