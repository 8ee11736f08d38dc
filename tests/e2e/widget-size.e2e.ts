/**
 * Size budgets for the built widget (gzip level 9, as served compressed). Runs after
 * `npm run build:widget`, which the e2e script does first.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = resolve('dist/widget');

/**
 * KB gzipped. Issue 16: one file per language, each ≤ 15 KB with all 8 cards of its language
 * (14.7 KB now); the both-language files hold the line near what the build is now (18.56 KB).
 */
const BUDGETS: Record<string, number> = {
  'lykt-widget.nb.js': 15,
  'lykt-widget.en.js': 15,
  'lykt-widget.js': 19,
  'lykt-widget.mjs': 19,
  // Engine + lexicons: it leaves out the phone metadata, as the widget never shows contacts
  // (widget/scan.ts). Grows with the lexicon budget (issue 12, real-ad cues); loaded only for
  // for-text, never for a card by id. 25 → 26: directory and agency-page cues (detect8, extra-ads7).
  // 26 → 27: escort menus and masked letters (detect9), job and recruitment wording (detect10).
  // 27 → 27.25: real escort-ad wording (detect11: review-board ids, photo trust, client exclusions).
  // 27.25 → 27.4: girls-wanted job ads (detect12), the matcher's symbol order and phone regions (perf7).
  // 27.4 → 27.6: the matcher's shared-table check (perf8: the CLI's workers share one table).
  // 27.6 → 28.1: client-exclusion lists are no listed ethnicity (code), real spellings of trust,
  // around-the-clock, movement and labour cues (detect13; 27.48 → 28.04 KB).
  // 28.1 → 28.15: "discreet" as a zero-weight trust word, the sentence-ending "!" (28.12 KB).
  // 28.15 → 30.5: systematic variants of the decided classes in four languages (detect14; 30.44 KB).
  // 30.5 → 30.6: precision classes of real ads (detect15: escort-girls genre, verified, spa menus
  // in escort ads, youthful, the touring-masseuse rule; 30.44 → 30.54 KB).
  // 30.6 → 31.0: detect16's place or technique, offer time limit and own-work rules, nearly all
  // engine code (30.54 → 30.94 KB).
  // 31.0 → 31.1: detect17's manager, "*000% real", "arab emirates" and "get the job" (31.04 KB).
  // 31.1 → 31.7: detect18's families of real wording (agency, booker, third person, several
  // women, "call us", client exclusions, drugs; engine + lexicons 32.10 → 32.69 KB).
  // 31.7 → 32.15: detect19's families of never-read ads (the house's "txt us", the client's choice
  // of women, proof of photos, a nationality naming a décor or product; 32.69 → 33.14 KB).
  // 32.15 → 34.6: detect20's families from real ads of this round (a short stay in other words
  // and tour dates, agency membership, clients who are young, visit or hire, job scams, slang,
  // language restrictions, Swedish escort words; "ten" is no "teen", languages she speaks are no
  // ethnicity; engine + lexicons 33.14 → 35.63 KB).
  // 34.6 → 35.35: detect21's families (daily pay, girls as clients, childhood, age ranges, overseas
  // call centres, a job ad's "genuine job", a business's 24/7 desk; 35.63 → 36.34 KB; 35.27 KB).
  // 35.35 → 35.85: detect22's families of real web pages (the agency that sends her, a page's own
  // rules, "work of" is no "work off"; 36.34 → 36.86 KB; 35.79 KB).
  // 35.85 → 37: detect23 (a pictograph in place of a space, housing tied to the job,
  // host-family pages, own-photo claims, "incall only", fancy digits, the matcher's sorted trie;
  // 36.86 → 38.02 KB; 36.95 KB).
  // 37 → 38: detect27 ("party favors" apart, texting the driver, girls who "just arrived"
  // together, job-page housing wording, fancy-text look-alikes, "exotic" in escort ads,
  // refusal pictographs, live-in jobs, cam sites, pay kept back; 38.02 → 39.07 KB; 37.99 KB).
  // 38 → 38.9: detect33 (backing youth emoji, review-board claims, "white girl", job-page
  // housing and section words, body-rub context words; 39.07 → 39.87 KB; 38.80 KB).
  // 38.9 → 39.5: detect40 (phone-sex lines, a rival's girls, new girls with adjectives, short
  // stays, "we arrange everything" as a backing cue, the house in the third person, refusals;
  // 39.87 → 40.45 KB; 39.40 KB).
  // 39.5 → 40.45: detect41 (nationalities, promises of discretion, "no days off" in job ads,
  // personals' words, job-board and farm-camp housing; 40.45 → 41.46 KB; 40.40 KB).
  // 40.45 → 41.15: detect42 (one context vote per word, escorts' house rules, clinic pages,
  // employer food and lodging, maid agencies; 41.5 → 42.25 KB; 41.14 KB). 41.15 → 41.7: detect43
  // (household jobs done naked, looks asked of a worker, India's regional origins, job boards'
  // housing fields; 41.65 KB). 41.7 → 42.05: detect44 (a client's draping, agencies' genuine
  // and verified women, hookup-site words, a nationality naming a place or a law; 41.99 KB).
  // 42.05 → 42.1: detect45 and perf45 (two lexicon phrases, the matcher's output flags, a month
  // before a digit, CamelCase on character codes; 42.04 KB). 42.1 → 42.4: perf46 and detect46
  // (the matcher's one-line rows, glued line breaks, phrases of Canadian escort ads; 42.28 KB).
  // 42.4 → 43.0: detect47 (more glued cues, a "no" that stops at "i do", six waves' phrases;
  // 42.81 KB). 43.0 → 44.0: detect48 (touring schedules, a colon after a refusal, glued "!" and
  // capitals, ß and the Tai Le letters, a duo's "us", bust sizes, eight waves' phrases; 43.86 KB).
  // 44.0 → 45.6: detect49 (client age rules, a stay's last day, the terms of one rate, an
  // agency's own voice, rival girls, a menu of three nationalities, glued and misspelt forms;
  // 45.03 KB). 45.6 → 46.2: detect50 (a refusal's comma list of services, Nordic client ages,
  // massage traditions and treatments that are no nationality, four waves' phrases; 46.03 KB).
  // 46.2 → 46.5: detect51 (a personal ad beside one 'other' word, "I'm independent", Nordic
  // clinic words, "30years +"; 46.33 KB). 46.5 → 46.8: detect52 (date-me pages, "not the
  // youngest", "young man", "first time overseas", "No Indian", misspelt discretion; 46.60 KB).
  // 46.8 → 47.0: detect53 ("independent escort(s)", an agency's pay split and minimum tour, a
  // country and its people as one woman, "gent over 30"; 46.78 KB). 47.0 → 47.3: detect54 (arrival
  // months, spa vacancies, blocked-call rules, techniques and home countries of massage
  // businesses; 47.09 KB). 47.3 → 47.6: detect56 (British and English said of the woman, "fresh
  // off work", "be over 35", adult chat and cam shows; 47.48 KB).
  // 47.6 → 48.0: detect57 (Thai massage by its Scandinavian names, refused services, relocating,
  // "no bm", an agency affiliation; 47.84 KB; with detect58's phrases 47.86 KB).
  // 48.0 → 48.4: detect59 (an honest spa's raw shea butter and fees for the full service,
  // Brazilian waxing, associations, "no men under 40", "🚫" refuses; 48.21 KB; with detect60's
  // phrases 48.36 KB). 48.4 → 48.6: detect60 and detect61 ("call boy job", "female hostess",
  // teenagers and new faces as other people, a spa's "new girl today"; 48.38 KB). 48.6 → 49.0:
  // perf62's window search of the client age rule and detect62 (an honest spa's "do you offer
  // …?", costs "can be deducted", FaceTime verification, a massage's nationality; 48.87 KB).
  // 49.0 → 49.2: detect63 ("1 more day", "unwrapped kisses", a spa's visiting clients; 48.97 KB).
  // 49.2 → 49.5: detect64 ("may not be 100% accurate", clients of all nationalities, B2B; 49.21 KB)
  // and detect65 ("meet our standards", "all girl staff"; 49.30 KB) and detect66 (49.35 KB).
  // 49.5 → 49.8: detect68 (a card's "years old, White", "I do not travel"; 49.48 KB) and detect69
  // ("FBSM" and "happy rub" anywhere, "no experience" only beside an offer; 49.51 KB).
  // 49.8 → 50.2: perf68's fast paths in the normaliser, the client age rule and the stats
  // menu (49.88 KB). 50.2 → 50.7: detect70–73 (50.05 KB) and detect76's two women's heights,
  // "3 sexy girls", profile fields "Ethnicity: White" (50.58 KB). 50.7 → 50.9: detect77 (50.70 KB).
  // 50.9 → 51.4: detect78's women named one after another (51.05 KB) and detect79 (51.17 KB).
  // 51.4 → 51.7: detect85's height before a weight and round 85's words (51.55 KB).
  // 51.7 → 52.0: detect86's agency words and a heritage's "I am British" (51.77 KB).
  // 52.0 → 52.2: detect87's escort card written about her (51.96 KB). 52.2 → 52.5: detect88–89
  // (a bio's "younger than my age", "orgasm", "discreet" of a thing; 52.28 KB). 52.5 → 52.8:
  // detect91 (a house's stock of women, a life story's ages, where massage comes from; 52.58 KB).
  // 52.8 → 53.3: detect92–93 and perf91–92 (verified accounts, "call girls" lighter, the marker
  // words that gate three expressions, favourites and food lists; 53.07 KB). 53.3 → 53.6:
  // detect93b's words of pastimes in three languages (53.29 KB). 53.6 → 53.9: detect94–97 and
  // more words of pastimes, in Danish too (53.57 KB). 53.9 → 54.2: detect99 (an escort's
  // "Verified" badge, conditional in-call, studied languages, nb stripping words; 53.93 KB) and
  // detect100 (54.07 KB). 54.2 → 54.4: detect101–102 (a man to call, an agency's concierge, a
  // client visiting, spa styles; 54.22 KB). 54.4 → 54.6: detect104 (a house that provides call
  // girls, 24×7, fresh towels and fish, client delegates; 54.42 KB). 54.6 → 54.8: detect106 (a
  // woman offering call girls, clients from 18, "here at" an agency, a minimum client age; 54.65 KB).
  // 54.8 → 55.0: detect107–108 (a translator, a bracketed refusal, "I'm an escort", salons' age
  // limits in three languages; 54.91 KB). 55.0 → 55.2: detect110 (a college babe, "without
  // safety", a new area, Asian pickers, fresh breath; 55.02 KB). 55.2 → 55.4: detect111–113 (round
  // the clock in other words, "come see us", "choose the girl", a marriage ad) and the Canadian
  // syllabics look-alike letters (55.24 KB), and enclosed letters read as letters (detect114; 55.29 KB).
  // 55.4 → 55.8: detect115 (a gate bit for job ads that recruit women, personals' words, foreign
  // escorts, an agency seeking escorts; 55.63 KB). 55.8 → 56.0: detect116–117 ("I don't wear
  // condoms", a profile open 00:00 – 24:00, "older males only", "isn't a" as a "not"; 55.78 KB).
  // 56.0 → 56.2: detect118–119 ("doesn't" as a "not", personals' words, "BB preferred"; 55.90 KB).
  // 56.2 → 56.4: detect120–123 ("chub", "poz", clinicians' job titles, an agency's "the lady",
  // "fresh" only beside another youth cue, "real call girls"; 56.23 KB). 56.4 → 56.6: detect123b–128
  // (an outcall's "visiting you", "around the clock support", a massage "with a happy ending",
  // "choose any one model", a charity ball; 56.40 KB). 56.6 → 56.8: detect130 (a refusal mark
  // before "no aa", an escort tour's "min tour", "18 years ago" as no age; 56.60 KB). 56.8 → 57.0:
  // detect136–138 ("working time: nonstop", "real meet", "we arrange a girl", "sandwich massage",
  // escort careers, a spa's coed sauna; untaint136 took 34 patterns back; 56.79 KB). 57.0 → 57.4:
  // places139 (a massage style's, a street's and a language list's nationality; 57.02 KB) and
  // detect139 (a rate's currency code after "24h", "debt management", "reviewed my"; 57.19 KB)
  // and detect140–141 (a nationality before a procedure, a currency or healing; personals'
  // "just friends"; 57.32 KB). 57.4 → 57.8: detect144 (a clinic's nationality is its style
  // unless a woman follows it; 57.58 KB). 57.8 → 58.1: detect144b (a clinic's list of styles, a
  // volunteer call, a webcam as a computer part; 57.83 KB). 58.1 → 58.4: detect145–153 (an age
  // floor and cap, "nothing unprotected", "college model", "special ending", "available
  // whenever", "girl(s) in town" after a superlative; 58.20 KB). 58.4 → 58.7: detect155–157
  // ("high school girls", "hs guys", "new models", asking for a "recent picture"; 58.40 KB). 58.7 →
  // 59.1: detect159–163 (a man's own words in a personal, "daddy/daughter", an agency's dispatch,
  // job fines; 58.64 KB).
  'lykt-widget-scan.js': 59.1,
  'lykt-widget-partner.js': 13,
};

describe('widget size budgets', () => {
  for (const [file, kb] of Object.entries(BUDGETS)) {
    it(`${file} is under ${kb} KB gzipped`, () => {
      const path = resolve(DIST, file);
      if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:widget\`.`);
      const raw = readFileSync(path);
      const gz = gzipSync(raw, { level: 9 }).length;
      console.log(
        `${file}: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(2)} KB gzipped (budget ${kb} KB)`,
      );
      expect(gz).toBeLessThan(kb * 1024);
    });
  }

  it('puts only its own language in a one-language file, with keep-together spaces', () => {
    const nb = readFileSync(resolve(DIST, 'lykt-widget.nb.js'), 'utf8');
    const en = readFileSync(resolve(DIST, 'lykt-widget.en.js'), 'utf8');
    expect(nb).toContain('"title":"Hvem står bak utnyttelsen"');
    expect(nb).not.toContain('Who is behind');
    expect(en).toContain('"title":"Who is behind the exploitation"');
    expect(en).not.toContain('"title":"Hvem står bak');
    expect(nb).toMatch(/22(\u00a0|\\xA0)33(\u00a0|\\xA0)11(\u00a0|\\xA0)60/);
  });

  it('keeps DOMPurify and the engine out of the first-paint files', () => {
    for (const file of ['lykt-widget.js', 'lykt-widget.mjs', 'lykt-widget.nb.js']) {
      const code = readFileSync(resolve(DIST, file), 'utf8');
      expect(code).not.toContain('DOMPurify');
      expect(code).toContain('lykt-widget-scan.js');
      expect(code).toContain('lykt-widget-partner.js');
    }
  });

  it('keeps each card as its own JSON text and the first card’s functions compiled with the script', () => {
    for (const file of ['lykt-widget.js', 'lykt-widget.mjs', 'lykt-widget.en.js']) {
      const code = readFileSync(resolve(DIST, file), 'utf8');
      // One string per card (parsed on first use), not one array of every card.
      expect(code).not.toMatch(/JSON\.parse\(['"`]\[\{/);
      expect(code).toMatch(/\["who-is-behind",'\{"id":"who-is-behind"/);
      // build.ts's eagerFirstPaint turned every mark into a parenthesized function.
      expect(code).not.toContain('lykt:eager');
      expect(code.match(/var [\w$]+=\(function\(/g)?.length).toBeGreaterThanOrEqual(19);
    }
  });
});
