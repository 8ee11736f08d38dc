import type { CategoryNotes } from './category-info';

/** Forklaring per kategori for indikatorlisten (bokmål). Ren tekst, aldri HTML. */
export const CATEGORY_TEXT_NB: CategoryNotes = {
  'third-party': {
    why: 'Ord som «våre jenter», «nye jenter hver uke» eller «ring sjåføren» kan tyde på at noen andre styrer eller selger personen.',
    limits:
      'Folk som deler leilighet eller jobber sammen, kan bruke de samme ordene. Det viser ikke hvem som har kontroll, eller at noen tvinges.',
  },
  youth: {
    why: 'Ord om å være ung, fersk eller skolejente, og noen emojier, kan peke mot en mindreårig. Studier av annonsedata fant slikt språk oftere i annonser med menneskehandel.',
    limits:
      'Det sier ikke noens alder: slike ord er også markedsføring rettet mot voksne, og betyr ingenting i annonser for ting.',
  },
  ethnicity: {
    why: 'Studier av annonsedata knyttet oppgitt etnisitet eller nasjonalitet, som «asiatisk» eller «thailandsk», til menneskehandel.',
    limits:
      'Svakt alene: det beskriver en person, ikke situasjonen. En nasjonalitet er aldri grunn til mistanke i seg selv.',
  },
  'massage-sex': {
    why: 'I aksjonsuken fant politiet salg av seksuelle tjenester ved flere massasjesalonger. Å tilrettelegge for salg av sex er ulovlig.',
    limits:
      'Det viser ikke utnyttelse: politiet har så langt ikke identifisert ofre. Vanlige massasjeannonser er ikke mistenkelige.',
  },
  movement: {
    why: '«Ny i byen», «bare noen dager» eller turnering kan bety at personen flyttes fra sted til sted.',
    limits:
      'Et svakt tegn: én studie fant slike uttrykk sjeldnere i annonser med menneskehandel. Mange reiser for å jobbe av fri vilje.',
  },
  'risky-services': {
    why: 'Tilbud om ubeskyttede eller risikable tjenester kan bety at personen ikke står fritt til å si nei.',
    limits: 'Det viser ikke hvem som bestemte det, og er ingen dom over personen.',
  },
  restricted: {
    why: 'Alltid tilgjengelig, ingen fridager eller at personen ikke snakker språket, kan bety at hun eller han ikke styrer egen tid eller stemme, et tegn på tvangsarbeid (ILO, KOM).',
    limits: 'Travle folk, og annonser skrevet av en hjelper, kan se like ut. Det viser ikke tvang.',
  },
  labour: {
    why: 'Ingen erfaring kreves og bolig ordnes, kontant lønn, utgifter trukket fra lønnen, ingen kontrakt, eller arbeidsgiver som tar passet, er tegn på arbeidsutnyttelse (ILO, KOM).',
    limits:
      'Mange ærlige arbeidsgivere tilbyr bolig eller ansetter folk uten erfaring. Se på hvordan flere tegn henger sammen.',
  },
  recruitment: {
    why: 'Høy lønn for enkelt arbeid i utlandet, jobb som vertinne, danser eller modell i utlandet, og reise som ordnes og skal betales tilbake, er kjente måter å rekruttere til utnyttelse.',
    limits: 'Ekte jobber i utlandet finnes. Det viser ikke bedrag; sjekk hvem arbeidsgiveren er.',
  },
  'trust-language': {
    why: 'Å insistere på å være «100 % ekte» eller «ikke fake» ble knyttet til menneskehandel i studier av annonsedata.',
    limits:
      'Svakt alene: mange ærlige annonsører sier det samme, fordi falske annonser er vanlige.',
  },
  'shared-contact': {
    why: 'Samme telefonnummer eller e-post bak flere annonser kan bety at én person styrer flere.',
    limits:
      'Lykt ser bare annonsene foran seg. Delte eller gjenbrukte numre kan ha uskyldige grunner.',
  },
};
