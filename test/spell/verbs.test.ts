/**
 * The verbs a Hunspell dictionary lists (src/spell/verbs.ts), which tell the article-form rule
 * an infinitive after a pronoun ("de le faire") from a noun after an article ("de le ministère").
 */
import { describe, it, expect } from 'vitest';
import { readVerbs, dictionaryVerbs, readFeminines, dictionaryFeminines, readClassed, dictionaryClassed, readPluralFeminines, dictionaryPluralFeminines, readClass, dictionaryClass, readMadeFeminines, dictionaryMadeFeminines, readNouns, dictionaryNouns, readMadeBy, dictionaryMadeBy } from '../../src/spell/verbs.js';
import { loadSpeller } from '../../src/spell/hunspell.js';
import { profileFor } from '../../src/languages/index.js';

describe('dictionary verbs', () => {
  it('are the stems with a suffix class that makes a form ending so', () => {
    const aff = "SET UTF-8\nFLAG long\nSFX a0 Y 2\nSFX a0 er ons/n' er\nSFX a0 er ez er\nSFX S. Y 1\nSFX S. 0 s .\n";
    const dic = '3\nmanger/a0p+\nministre/S.\ndîner/S.\ndîner/a0p.\n';
    expect([...readVerbs(aff, dic, /ons$/u)].sort()).toEqual(['dîner', 'manger']);
    // (One letter a flag, the default.)
    expect([...readVerbs('SET UTF-8\nSFX V Y 1\nSFX V r mos r\n', '2\nhablar/V\ncasa/S\n', /mos$/u)]).toEqual(['hablar']);
  });

  it('are read from dictionary-fr: its infinitives, not its nouns', async () => {
    const verbs = dictionaryVerbs(await loadSpeller(profileFor('fr')!), /ons$/u)!;
    for (const v of ['faire', 'lire', 'voir', 'manger', 'protéger', 'mettre', 'prendre', 'savoir', 'dîner']) expect(verbs.has(v), v).toBe(true);
    for (const n of ['ministère', 'ministre', 'centre', 'premier', 'dossier', 'plaisir', 'budget']) expect(verbs.has(n), n).toBe(false);
    expect(verbs.size).toBeGreaterThan(5000);
  });
});

describe('a dictionary class', () => {
  it('is the stems listed with it, bare and after the prefixes of letters their classes write', () => {
    const aff = 'SET UTF-8\nPFX V Y 1\nPFX V 0 ver .\nPFX i Y 1\nPFX i 0 -/co .\nSFX Z Y 1\nSFX Z 0 en .\n';
    const dic = '4\nfand/Z\nbot/VZ\nverbot/EPS\nhaus/i\n';
    expect([...readClass(aff, dic, 'Z')].sort()).toEqual(['bot', 'fand', 'verbot']);
    // (Two characters a class.)
    expect([...readClass('SET UTF-8\nFLAG long\nPFX Vv Y 1\nPFX Vv 0 ver .\n', '2\nbot/VvZz\nfand/Zz\n', 'Zz')].sort()).toEqual(['bot', 'fand', 'verbot']);
  });

  it('reads the strong past tenses of dictionary-de ("fand", "verbot"), not its nouns', async () => {
    const preterites = dictionaryClass(await loadSpeller(profileFor('de')!), profileFor('de')!.mainClauseVerb!.preterite.flag)!;
    for (const v of ['fand', 'verbot', 'ging', 'schrieb', 'nahm']) expect(preterites.has(v), v).toBe(true);
    for (const n of ['haus', 'regierung', 'kaufen', 'gefunden']) expect(preterites.has(n), n).toBe(false);
  });
});

describe('dictionary feminines', () => {
  const sign = { prefix: "un'", endings: /(?:a|zione)$/u, masculine: ['a', 'i'] } as const;

  it('are the stems with the prefix class that writes the article, and none that makes a masculine', () => {
    const aff = "SET UTF-8\nPFX U Y 2\nPFX U 0 un' [aeiou]\nPFX U a un'A a\nSFX R N 1\nSFX R a i a\nSFX O N 1\nSFX O o i o\n";
    const dic = '6\namica/U\namico/O\nartista/RU\namore/U\nazione/U\nemblema/R\n';
    // ("amore" has the class too, but -e is no ending the sign reads; "artista" is of both genders.)
    expect([...readFeminines(aff, dic, sign)].sort()).toEqual(['amica', 'azione']);
  });

  it('are read from dictionary-it: "amica", "idea", "opera", not "amico", "artista", "enigma", "amore"', async () => {
    const it = profileFor('it')!;
    const feminines = dictionaryFeminines(await loadSpeller(it), it.articleForms!.feminine!)!;
    for (const w of ['amica', 'idea', 'opera', 'attesa', 'azione', 'università', 'attrice', 'analisi']) expect(feminines.has(w), w).toBe(true);
    for (const w of ['amico', 'artista', 'atleta', 'idiota', 'enigma', 'epigramma', 'amore', 'errore', 'anno']) expect(feminines.has(w), w).toBe(false);
  });
});

describe('dictionary stems by class', () => {
  it('are the stems listed with one of the classes', () => {
    const aff = 'SET UTF-8\nFLAG long\nSFX F+ Y 1\nSFX F+ 0 ne n\nSFX S. Y 1\nSFX S. 0 s .\n';
    expect([...readClassed(aff, '3\nancien/F+\navion/S.\nmoyen/S.F+\n', ['F+'])].sort()).toEqual(['ancien', 'moyen']);
  });

  it('are read from dictionary-fr: the masculine stems whose class makes their feminine, not the nouns of no gender told', async () => {
    const fr = profileFor('fr')!;
    const masculine = dictionaryClassed(await loadSpeller(fr), fr.articleForms!.masculine!.classes)!;
    for (const w of ['ancien', 'ami', 'acteur', 'important', 'actuel', 'élu']) expect(masculine.has(w), w).toBe(true);
    for (const w of ['avion', 'école', 'homme', 'énorme', 'ancienne', 'amie', 'idée']) expect(masculine.has(w), w).toBe(false);
  });
});

describe('dictionary nouns', () => {
  it('are the capitalized entries with their classes among those asked, "" for none', () => {
    const dic = '5\nVerein/EPSTm\nStadt/ijm\nFahrer/FNSm\nfahren/DIX\nUSA\n';
    const nouns = readNouns('SET UTF-8\n', dic, 'TSFg');
    expect([...nouns].sort()).toEqual([['Fahrer', 'FS'], ['Stadt', ''], ['Verein', 'ST']]);
  });

  it('are read from dictionary-de: the genitive in -es of masculines and neuters, none on feminines', async () => {
    const m = profileFor('de')!.mainClauseVerb!.masculine!;
    const nouns = dictionaryNouns(await loadSpeller(profileFor('de')!), m.genitive + m.classes)!;
    for (const w of ['Verein', 'Krieg', 'Jahr', 'Bericht']) expect(nouns.get(w), w).toContain(m.genitive);
    for (const w of ['Stadt', 'Polizei', 'Welt', 'Nacht', 'Behörde']) expect(nouns.get(w), w).toBe('');
  });
});

describe('feminine forms the classes make', () => {
  it('are the singular forms in e the classes make of their stems, not the plurals nor the stems', () => {
    const aff = 'SET UTF-8\nFLAG long\nSFX Fc Y 4\nSFX Fc 0 0 [td]eur\nSFX Fc 0 s [td]eur\nSFX Fc eur rice [td]eur\nSFX Fc eur rices [td]eur\nSFX F. Y 2\nSFX F. 0 e [^e]\nSFX F. 0 es [^e]\n';
    expect([...readMadeFeminines(aff, '3\nacteur/Fc\nami/F.\navion/S.\n', ['Fc', 'F.'])].sort()).toEqual(['actrice', 'amie']);
  });

  it('are read from dictionary-fr: "actrice", "amie", "ancienne", not "acteur", "actrices", "avion"', async () => {
    const fr = profileFor('fr')!;
    const feminines = dictionaryMadeFeminines(await loadSpeller(fr), fr.articleForms!.masculine!.classes)!;
    for (const w of ['actrice', 'amie', 'ancienne', 'avocate', 'vendeuse', 'maligne']) expect(feminines.has(w), w).toBe(true);
    for (const w of ['acteur', 'actrices', 'ami', 'avion', 'école', 'entrée']) expect(feminines.has(w), w).toBe(false);
  });
});

describe('dictionary feminines by their plural', () => {
  it('are the stems with a class that makes a feminine plural, and none that makes a masculine one', () => {
    const aff = 'SET UTF-8\nSFX Q N 2\nSFX Q a e [^gc]a\nSFX Q a he [gc]a\nSFX R N 1\nSFX R a i a\nSFX n N 1\nSFX n a hi [cg]a\n';
    expect([...readPluralFeminines(aff, '5\nriforma/Q\npianeta/QR\nmonarca/nQ\nproblema/R\nbarca/Q\n', ['a', 'e'], 'i')].sort()).toEqual(['barca', 'riforma']);
  });

  it('are read from dictionary-it: "riforma", "storia", not "pianeta", "problema", "atleta"', async () => {
    const it = profileFor('it')!;
    const feminines = dictionaryPluralFeminines(await loadSpeller(it), it.articleForms!.feminine!)!;
    for (const w of ['riforma', 'storia', 'bottega', 'dieta', 'intervista']) expect(feminines.has(w), w).toBe(true);
    for (const w of ['pianeta', 'problema', 'atleta', 'duca', 'collega', 'papa', 'artista']) expect(feminines.has(w), w).toBe(false);
  });
});

describe('stems a class inflects from one ending to another', () => {
  it('are the stems in the ending with a suffix class that strips it and adds the other, where its condition holds', () => {
    const aff = 'SET UTF-8\nSFX E Y 2\nSFX E o a [ts]o\nSFX E o i [ts]o\nSFX O N 1\nSFX O o i o\nPFX U Y 1\nPFX U 0 un\' [aeiou]\n';
    expect([...readMadeBy(aff, '5\nappropriato/EyTUY\namico/OT\neco/OTU\nalbero/E\nalleato/EU\n', ['o', 'a'])].sort()).toEqual(['alleato', 'appropriato']);
  });

  it('are read from dictionary-it: "appropriato", "alleato", not "auto", "eco", "amico"', async () => {
    const made = dictionaryMadeBy(await loadSpeller(profileFor('it')!), ['o', 'a'])!;
    for (const w of ['appropriato', 'alleato', 'agitato']) expect(made.has(w), w).toBe(true);
    for (const w of ['auto', 'eco', 'amico', 'albedo', 'altro', 'appropriata']) expect(made.has(w), w).toBe(false);
  });
});
