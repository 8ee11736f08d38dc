// @vitest-environment node
// Held-out ads written for this test (not copied from ../shared/eval): nb, en, sv, da; about half
// benign ads that use trigger words innocently. Batch A was written first and the lexicon then
// widened until it passed; batch B was written afterwards and scored before any further change.
import { describe, expect, it } from 'vitest';
import { createEngine, type AdContext, type Category, type ScanResult } from '../../indicators';

interface HeldOutAd {
  lang: 'nb' | 'en' | 'sv' | 'da';
  context: AdContext;
  text: string;
  expect: Category[];
  /** Categories that may also be found. */
  allow?: Category[];
  flag: boolean;
}

// prettier-ignore
const ADS: HeldOutAd[] = [
  // ---- batch A
  // ---- risky, English
  { lang: 'en', context: 'job', text: 'Easy work in the Gulf, high pay for easy work, ticket and visa arranged, you pay back later.', expect: ['recruitment', 'labour'], flag: true },
  { lang: 'en', context: 'escort', text: 'Hot Asian babe, brand new in town!! Only here this weekend. 100% real pics, no games. Incall only', expect: ['ethnicity', 'movement', 'trust-language'], allow: ['third-party'], flag: true },
  { lang: 'en', context: 'escort', text: 'Sweet fresh young college girl, very inexperienced, donations only, text me', expect: ['youth'], flag: true },
  { lang: 'en', context: 'massage', text: 'Grand opening! Asian spa, beautiful new staff, table shower and body rub, we stay open till late, VIP room.', expect: ['ethnicity', 'massage-sex'], allow: ['third-party', 'restricted'], flag: true },
  { lang: 'en', context: 'escort', text: 'BBFS and bbbj available, no rush, come see me 24/7 ❤️', expect: ['risky-services', 'restricted'], flag: true },
  { lang: 'en', context: 'escort', text: 'Ask for my friend, she is new. We are two girls in one apartment, come enjoy both of us. Ask my manager for rates.', expect: ['third-party'], allow: ['movement'], flag: true },
  { lang: 'en', context: 'job', text: 'Models and dancers needed for clubs abroad. Salary 4000 euro monthly, we pay flights, you pay back from first salary.', expect: ['recruitment', 'labour'], flag: true },
  { lang: 'en', context: 'job', text: 'Farm workers needed now. No experience, accommodation arranged by us, wages paid cash weekly, rent taken from wages.', expect: ['labour'], flag: true },
  { lang: 'en', context: 'massage', text: 'Relaxing massage by Thai girls, full service available, ask for extra. Men only.', expect: ['massage-sex', 'ethnicity'], allow: ['third-party'], flag: true },
  { lang: 'en', context: 'escort', text: 'Petite teen looking for fun, barely legal and very naughty, bareback ok', expect: ['youth', 'risky-services'], flag: true },
  { lang: 'en', context: 'escort', text: 'New girls arriving every week from Eastern Europe, choose from our menu. Call the boss.', expect: ['third-party', 'ethnicity'], allow: ['movement'], flag: true },
  { lang: 'en', context: 'escort', text: 'Available all day and all night, doesn\'t speak english, text only please', expect: ['restricted'], flag: true },
  { lang: 'en', context: 'job', text: 'Cleaners wanted. No papers required, we hold your passport for safety, cash in hand.', expect: ['labour'], flag: true },
  // ---- risky, Norwegian
  // Weak categories only: DESIGN.md's flag rule says no flag (was true until detect27).
  { lang: 'nb', context: 'escort', text: 'Helt ny i byen! Søt asiatisk jente, 100% ekte bilder, ikke fake.', expect: ['movement', 'ethnicity', 'trust-language'], flag: false },
  { lang: 'nb', context: 'escort', text: 'Ung student jente, bare 19 år, ny og uerfaren. Kun sms.', expect: ['youth', 'restricted'], flag: true },
  { lang: 'nb', context: 'massage', text: 'Thaimassasje med happy ending. Vakre jenter, åpent hver dag til sent. Kun for herrer.', expect: ['massage-sex', 'ethnicity'], allow: ['third-party'], flag: true },
  { lang: 'nb', context: 'job', text: 'Vi trenger folk til jobb på byggeplass. Ingen språkkrav, ingen erfaring. Husleie trekkes fra lønna, betaling kontant.', expect: ['labour'], flag: true },
  { lang: 'nb', context: 'job', text: 'Jobb som danser i utlandet, god betaling, vi ordner billett og visum. Du betaler tilbake etterpå.', expect: ['recruitment', 'labour'], flag: true },
  { lang: 'nb', context: 'escort', text: 'To nye jenter på besøk i Trondheim denne uken. Ring sjefen vår for å booke.', expect: ['third-party', 'movement'], flag: true },
  { lang: 'nb', context: 'escort', text: 'Sexy jente tilbyr alt uten kondom, tilgjengelig døgnet rundt', expect: ['risky-services', 'restricted'], flag: true },
  { lang: 'nb', context: 'massage', text: 'Ny massasjesalong! Body to body og nuru med søte unge jenter fra Thailand', expect: ['massage-sex', 'youth'], allow: ['ethnicity', 'third-party'], flag: true },
  { lang: 'nb', context: 'job', text: 'Hushjelp søkes til familie. Bo hos familien, jobb 7 dager i uka, passet oppbevares av arbeidsgiver.', expect: ['labour'], flag: true },
  // ---- risky, Swedish
  { lang: 'sv', context: 'escort', text: 'Ny i stan! Söt ung asiatisk tjej, bara några dagar. 100% äkta bilder.', expect: ['movement', 'youth', 'ethnicity', 'trust-language'], flag: true },
  { lang: 'sv', context: 'massage', text: 'Thaimassage med extra tjänster och happy ending. Öppet dygnet runt, bara för män.', expect: ['massage-sex', 'restricted', 'ethnicity'], flag: true },
  { lang: 'sv', context: 'job', text: 'Jobb i Sverige, ingen erfarenhet behövs. Boende ordnas, lön kontant, resan dras från lönen.', expect: ['labour'], allow: ['recruitment'], flag: true },
  { lang: 'sv', context: 'escort', text: 'Våra tjejer väntar på dig, nya tjejer varje vecka. Ring chauffören.', expect: ['third-party'], flag: true },
  { lang: 'sv', context: 'escort', text: 'Oskyldig tonårig tjej, precis fyllt 18, utan skydd går bra', expect: ['youth', 'risky-services'], flag: true },
  { lang: 'sv', context: 'job', text: 'Värdinnor sökes till klubb utomlands. Hög lön, lätt jobb, flyg och visum ordnas.', expect: ['recruitment'], flag: true },
  { lang: 'sv', context: 'escort', text: 'Kan ingen svenska, bara sms. Tillgänglig alla dagar, alla tider.', expect: ['restricted'], flag: true },
  { lang: 'sv', context: 'job', text: 'Bärplockare sökes, inga papper behövs, du betalar avgift för resan och boende, lönen betalas svart.', expect: ['labour'], allow: ['recruitment'], flag: true },
  // ---- risky, Danish
  { lang: 'da', context: 'escort', text: 'Helt ny i byen! Sød ung asiatisk pige, kun få dage. 100% ægte billeder.', expect: ['movement', 'youth', 'ethnicity', 'trust-language'], flag: true },
  { lang: 'da', context: 'massage', text: 'Thaimassage med ekstra service og happy ending, åben døgnet rundt. Kun for mænd.', expect: ['massage-sex', 'restricted', 'ethnicity'], flag: true },
  { lang: 'da', context: 'job', text: 'Arbejde i Danmark! Ingen erfaring nødvendig, bolig ordnes, løn kontant, rejsen trækkes i lønnen.', expect: ['labour'], allow: ['recruitment'], flag: true },
  { lang: 'da', context: 'escort', text: 'Vores piger venter på dig, nye piger hver uge. Ring til chaufføren.', expect: ['third-party'], flag: true },
  { lang: 'da', context: 'escort', text: 'Frisk teenager pige, lige fyldt 18, uden kondom ok', expect: ['youth', 'risky-services'], flag: true },
  { lang: 'da', context: 'job', text: 'Værtinder søges til natklub i udlandet. Høj løn, let arbejde, vi betaler flybillet og visum.', expect: ['recruitment'], flag: true },
  { lang: 'da', context: 'escort', text: 'Taler ikke dansk, kun sms. Altid klar, 24 timer i døgnet.', expect: ['restricted'], flag: true },
  { lang: 'da', context: 'massage', text: 'Ny massageklinik med søde thai piger, body to body, erotisk massage, kun herrer.', expect: ['massage-sex', 'ethnicity'], allow: ['third-party'], flag: true },
  { lang: 'da', context: 'job', text: 'Landbrugsmedhjælper, ingen kontrakt, vi beholder dit pas, du arbejder af på gælden.', expect: ['labour'], flag: true },
  // ---- benign, English
  { lang: 'en', context: 'other', text: 'Selling my young Labrador\'s crate, fresh condition, barely used. Pick up in Oslo.', expect: [], flag: false },
  { lang: 'en', context: 'job', text: 'Hotel housekeeping staff wanted. Full contract, salary per tariff, staff accommodation available at market rent. Apply online.', expect: [], allow: ['labour'], flag: false },
  { lang: 'en', context: 'massage', text: 'Licensed Thai massage clinic. Traditional massage only, no sexual services. Book online.', expect: [], allow: ['ethnicity'], flag: false },
  { lang: 'en', context: 'escort', text: 'Independent companion, 34, mature and discreet. Safe sex only, screening required, incall in my own apartment.', expect: [], flag: false },
  { lang: 'en', context: 'other', text: 'New in town and looking for a reliable plumber. Apartment in Grünerløkka, small job, cash ok.', expect: [], flag: false },
  { lang: 'en', context: 'job', text: 'Work abroad with our exchange programme: teach English in Spain, fair salary and contract, visa guidance included.', expect: [], allow: ['recruitment'], flag: false },
  { lang: 'en', context: 'other', text: 'Asian restaurant, open 24/7 for takeaway. Fresh sushi every day!', expect: [], flag: false },
  { lang: 'en', context: 'dating', text: 'Divorced man, 45, looking for a woman for a long term relationship. Love hiking and cooking.', expect: [], flag: false },
  { lang: 'en', context: 'other', text: 'Bike for sale, almost new, real photos, not fake. Used only a few days.', expect: [], flag: false },
  { lang: 'en', context: 'job', text: 'Seasonal fruit pickers wanted in Norway. Housing provided at cost, contract, wages by bank transfer.', expect: [], allow: ['labour'], flag: false },
  { lang: 'en', context: 'massage', text: 'Sports massage therapist, deep tissue and relaxing massage. Strictly professional.', expect: [], flag: false },
  { lang: 'en', context: 'other', text: 'Room for rent for a young student, fresh renovated, close to campus.', expect: [], flag: false },
  { lang: 'en', context: 'other', text: 'Hotel near the airport: visa and travel arranged by your agency, just arrived guests welcome 24 hours.', expect: [], flag: false },
  // ---- benign, Norwegian
  { lang: 'nb', context: 'other', text: 'Pent brukt sofa selges, ung og frisk farge. Kan hentes i Bergen.', expect: [], flag: false },
  { lang: 'nb', context: 'massage', text: 'Thaimassasje hos autorisert terapeut. Ingen seksuelle tjenester. Bestill time på nett.', expect: [], allow: ['ethnicity'], flag: false },
  { lang: 'nb', context: 'job', text: 'Kokk søkes til restaurant i Tromsø. Fast stilling, lønn etter tariff, hjelp med bolig.', expect: [], allow: ['labour'], flag: false },
  { lang: 'nb', context: 'dating', text: 'Ung til sinns mann på 60 søker dame for turer og kaffe. Ærlig og ekte.', expect: [], flag: false },
  { lang: 'nb', context: 'other', text: 'Ny i byen og ser etter hyggelige folk å spille fotball med. Nybegynnere velkommen.', expect: [], flag: false },
  { lang: 'nb', context: 'other', text: 'Barnesykkel til liten jente, 18 tommer, som ny. Selges for 500 kr.', expect: [], flag: false },
  { lang: 'nb', context: 'escort', text: 'Voksen uavhengig dame, 38, diskret. Trygg sex, bare avtale på forhånd.', expect: [], flag: false },
  { lang: 'nb', context: 'job', text: 'Sommerjobb i barnehage. Ingen erfaring nødvendig, opplæring gis. Søknadsfrist 1. mai.', expect: [], allow: ['labour'], flag: false },
  { lang: 'nb', context: 'other', text: 'Ferske reker rett fra båten, døgnåpent salg på kaia. Vipps.', expect: [], flag: false },
  { lang: 'nb', context: 'other', text: 'Leilighet til leie, passer for ungt par. Kort vei til jobb, 24 timer vakt i bygget.', expect: [], flag: false },
  // ---- benign, Swedish
  { lang: 'sv', context: 'other', text: 'Säljer ung och fräsch soffa, nästan ny. Hämtas i Malmö.', expect: [], flag: false },
  { lang: 'sv', context: 'massage', text: 'Thaimassage av utbildade terapeuter. Inga sexuella tjänster. Boka tid online.', expect: [], allow: ['ethnicity'], flag: false },
  { lang: 'sv', context: 'job', text: 'Vi söker kock till vår restaurang i Göteborg. Kollektivavtal, fast lön, hjälp med boende.', expect: [], allow: ['labour'], flag: false },
  { lang: 'sv', context: 'dating', text: 'Ärlig kille, 40, söker en tjej för ett seriöst förhållande. Gillar friluftsliv.', expect: [], flag: false },
  { lang: 'sv', context: 'other', text: 'Cykel till salu, ny i stan och flyttar snart. Äkta bilder, inget fusk.', expect: [], flag: false },
  { lang: 'sv', context: 'job', text: 'Sommarjobb på café, ingen erfarenhet krävs, vi lär dig allt. Ansök senast i maj.', expect: [], allow: ['labour'], flag: false },
  { lang: 'sv', context: 'other', text: 'Asiatisk restaurang öppen dygnet runt, färska råvaror varje dag.', expect: [], flag: false },
  { lang: 'sv', context: 'escort', text: 'Självständig escort, 35 år, diskret och trevlig. Säker sex, incall i egen lägenhet.', expect: [], flag: false },
  { lang: 'sv', context: 'other', text: 'Hyr ut rum till ung student, nyrenoverat, nära universitetet.', expect: [], flag: false },
  // ---- benign, Danish
  { lang: 'da', context: 'other', text: 'Sælger ung og frisk sofa, næsten ny. Afhentes i Aarhus.', expect: [], flag: false },
  { lang: 'da', context: 'massage', text: 'Thaimassage hos uddannede behandlere. Ingen seksuelle ydelser. Book tid online.', expect: [], allow: ['ethnicity'], flag: false },
  { lang: 'da', context: 'job', text: 'Kok søges til restaurant i København. Fast løn efter overenskomst, hjælp til bolig.', expect: [], allow: ['labour'], flag: false },
  { lang: 'da', context: 'dating', text: 'Ærlig mand, 50, søger en kvinde til et fast forhold. Elsker naturen.', expect: [], flag: false },
  { lang: 'da', context: 'other', text: 'Cykel til salg, ny i byen og flytter snart. Ægte billeder, ikke fake.', expect: [], flag: false },
  { lang: 'da', context: 'job', text: 'Studiejob i butik, ingen erfaring nødvendig, vi oplærer dig. Søg nu.', expect: [], allow: ['labour'], flag: false },
  { lang: 'da', context: 'other', text: 'Asiatisk restaurant åben døgnet rundt, friske råvarer hver dag.', expect: [], flag: false },
  { lang: 'da', context: 'escort', text: 'Selvstændig escortpige, 33 år, diskret. Kun sikker sex, incall i egen lejlighed.', expect: [], flag: false },
  { lang: 'da', context: 'other', text: 'Lejlighed til leje til ungt par, lys og nyistandsat, tæt på stationen.', expect: [], flag: false },
  { lang: 'da', context: 'other', text: 'Frisk fisk og friske rejer direkte fra båden, åbent hver dag.', expect: [], flag: false },
  // ---- more risky mixed
  { lang: 'en', context: 'dating', text: 'Sugar daddy wanted! Young student girl, 18, new to this, looking for generous gentleman. Allowance.', expect: ['youth'], allow: ['third-party'], flag: true },
  { lang: 'nb', context: 'escort', text: 'Ny jente fra Romania, kun på besøk i noen dager. Snakker bare engelsk litt. Ring når som helst.', expect: ['movement', 'ethnicity', 'restricted'], flag: true },
  { lang: 'sv', context: 'massage', text: 'Ny massagesalong! Body to body och nuru med söta unga thaitjejer.', expect: ['massage-sex', 'youth', 'ethnicity'], allow: ['third-party'], flag: true },
  { lang: 'en', context: 'escort', text: 'Top quality girls, new faces weekly, different nationalities. Driver brings the girl to your hotel.', expect: ['third-party'], allow: ['movement'], flag: true },
  { lang: 'da', context: 'job', text: 'Job i udlandet for unge piger, nemme penge, rejse betales, tilbagebetales af lønnen.', expect: ['recruitment', 'labour'], allow: ['youth'], flag: true },
  { lang: 'nb', context: 'job', text: 'Modeller søkes til jobb i utlandet, høy lønn, ingen erfaring nødvendig, vi betaler flybilletten.', expect: ['recruitment'], allow: ['labour'], flag: true },
  // ---- batch B
  { lang: 'en', context: 'escort', text: 'Hi gentlemen, I am Lily, 19, sweet and shy girl from Vietnam. Just arrived, only 3 days in Bergen. Outcall to your hotel.', expect: ['youth', 'ethnicity', 'movement'], flag: true },
  { lang: 'en', context: 'massage', text: 'Oriental massage by young masseuses. Nuru and b2b, shower included. Open every day 10-24.', expect: ['massage-sex', 'ethnicity', 'youth'], flag: true },
  { lang: 'en', context: 'job', text: 'Girls wanted for hostess work in Dubai clubs. Earn 5000 USD a month, we arrange ticket and visa, cost taken from first salary.', expect: ['recruitment', 'labour'], allow: ['youth'], flag: true },
  { lang: 'en', context: 'job', text: 'Construction helpers, start tomorrow. No contract needed, paid cash daily, sleep at the site, transport deducted from pay.', expect: ['labour'], flag: true },
  { lang: 'nb', context: 'escort', text: 'Ny jente! Bare 18 år, søt og uskyldig. Sender bilder på sms. Tilgjengelig hele døgnet.', expect: ['youth', 'restricted'], allow: ['movement'], flag: true },
  { lang: 'nb', context: 'massage', text: 'Asiatisk massasje, vakre damer, full service og happy ending. Kun menn, åpent til midnatt.', expect: ['massage-sex', 'ethnicity'], allow: ['third-party'], flag: true },
  { lang: 'nb', context: 'job', text: 'Vi søker jenter til jobb som modell i utlandet. Høy lønn, vi betaler reisen, du betaler tilbake når du har begynt.', expect: ['recruitment', 'labour'], allow: ['youth'], flag: true },
  { lang: 'sv', context: 'escort', text: 'Ny tjej i stan från Ukraina, bara här i helgen. Äkta bilder! Ring när som helst.', expect: ['movement', 'ethnicity', 'trust-language', 'restricted'], flag: true },
  { lang: 'sv', context: 'job', text: 'Jobb på gård, ingen erfarenhet behövs, boende hos arbetsgivaren, hyran dras från lönen, lön kontant.', expect: ['labour'], flag: true },
  { lang: 'da', context: 'escort', text: 'Ny ung pige i København, kun et par dage! Ring til min chauffør for at booke.', expect: ['youth', 'movement', 'third-party'], flag: true },
  { lang: 'da', context: 'job', text: 'Rengøringsjob, ingen erfaring nødvendig, bolig hos arbejdsgiveren, huslejen trækkes i lønnen, ingen kontrakt.', expect: ['labour'], flag: true },
  { lang: 'en', context: 'escort', text: 'Fresh face, 18 y/o, new to the game. Bareback available for extra. Ask for Daddy.', expect: ['youth', 'risky-services', 'third-party'], allow: ['massage-sex'], flag: true },
  // benign
  { lang: 'en', context: 'other', text: 'Vintage Thai silk scarf, new with tags, pick up in Oslo or shipping.', expect: [], flag: false },
  { lang: 'en', context: 'job', text: 'Nurse assistant wanted, full time, permanent contract, salary per agreement. Apply by email.', expect: [], flag: false },
  { lang: 'en', context: 'massage', text: 'Certified therapist offering Swedish and deep tissue massage. No extras, professional only.', expect: [], flag: false },
  { lang: 'en', context: 'other', text: 'Young couple selling baby stroller, fresh condition, available anytime for viewing.', expect: [], flag: false },
  { lang: 'nb', context: 'other', text: 'Ny i byen? Bli med i vårt kor! Vi øver hver tirsdag, alle er velkomne.', expect: [], flag: false },
  { lang: 'nb', context: 'job', text: 'Butikkmedarbeider søkes, deltid, ingen erfaring nødvendig. Fast lønn etter tariff.', expect: [], allow: ['labour'], flag: false },
  { lang: 'nb', context: 'massage', text: 'Klassisk thaimassasje, utdannede terapeuter, kun terapeutisk behandling. Bestill time.', expect: [], allow: ['ethnicity'], flag: false },
  { lang: 'sv', context: 'other', text: 'Säljer liten söt kattunge, 12 veckor, vaccinerad. Hämtas i Uppsala.', expect: [], flag: false },
  { lang: 'sv', context: 'massage', text: 'Avslappnande massage hos legitimerad massör. Inga sexuella tjänster.', expect: [], flag: false },
  { lang: 'da', context: 'other', text: 'Helt ny sofa sælges, aldrig brugt. Kan afhentes i Odense.', expect: [], flag: false },
  { lang: 'da', context: 'dating', text: 'Sød kvinde, 42, søger ærlig mand til et fast forhold. Ingen sugar daddies.', expect: [], flag: false },
  { lang: 'da', context: 'escort', text: 'Moden uafhængig escort, 40 år. Sikker sex altid, diskret incall i eget hjem.', expect: [], flag: false },
];

const engine = createEngine();
const results = ADS.map((ad, i) => ({
  ad,
  r: engine.scan({ id: `h${i}`, text: ad.text, lang: ad.lang }),
}));
const flagged = (r: ScanResult) => r.level === 'medium' || r.level === 'high';
const found = (r: ScanResult) =>
  new Set(r.indicators.filter((f) => f.weight > 0).map((f) => f.category));

describe('held-out ads', () => {
  it('has at least 80 ads in four languages, about half benign', () => {
    expect(ADS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ADS.map((a) => a.lang)).size).toBe(4);
    const benign = ADS.filter((a) => !a.flag).length;
    expect(benign / ADS.length).toBeGreaterThan(0.4);
  });

  // Benign ads (no expected category), one by one: precision matters as much as recall.
  it.each(
    results
      .filter(({ ad }) => !ad.flag && ad.expect.length === 0)
      .map(({ ad, r }) => [ad.text, ad, r] as const),
  )('does not flag: %s', (_, ad, r) => {
    const ok = new Set(ad.allow ?? []);
    expect(
      [...found(r)].filter((c) => !ok.has(c)),
      'unexpected categories',
    ).toEqual([]);
    expect(flagged(r), `level ${r.level}`).toBe(false);
  });

  // Risky ads in aggregate against the figures of issue 3 (a lone "19" is no cue for the lexicon).
  it('reaches the figures of issue 3 on this set', () => {
    let want = 0;
    let got = 0;
    let reported = 0;
    let right = 0;
    const misses: string[] = [];
    for (const { ad, r } of results) {
      const cats = found(r);
      const ok = new Set([...ad.expect, ...(ad.allow ?? [])]);
      want += ad.expect.length;
      got += ad.expect.filter((c) => cats.has(c)).length;
      reported += cats.size;
      right += [...cats].filter((c) => ok.has(c)).length;
      if (ad.expect.some((c) => !cats.has(c)) || flagged(r) !== ad.flag) misses.push(ad.text);
    }
    const pos = results.filter(({ ad }) => ad.flag);
    const neg = results.filter(({ ad }) => !ad.flag);
    const tpr = pos.filter(({ r }) => flagged(r)).length / pos.length;
    const fpr = neg.filter(({ r }) => flagged(r)).length / neg.length;
    const ctx = results.filter(({ ad, r }) => ad.context === r.context).length / results.length;
    const n = (k: (typeof results)[number][]) => k.filter(({ r }) => flagged(r)).length;
    console.log(
      `written held-out: recall ${(got / want).toFixed(3)}, precision ${(right / reported).toFixed(3)}, ` +
        `risky flagged ${n(pos)}/${pos.length}, benign flagged ${n(neg)}/${neg.length}`,
    );
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(2);
    expect(got / want).toBeGreaterThanOrEqual(0.95);
    expect(right / reported).toBeGreaterThanOrEqual(0.95);
    expect(tpr).toBeGreaterThanOrEqual(0.95);
    expect(fpr).toBeLessThanOrEqual(0.05);
    expect(ctx).toBeGreaterThanOrEqual(0.95);
  });
});
