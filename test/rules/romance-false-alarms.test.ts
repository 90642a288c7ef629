/**
 * French, Spanish and Italian: false alarms found on man pages (Debian's translations, 40 a
 * language), each with the guard that removes it and a case that must still be found; and
 * errors machine translation makes that the checks must find.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

type Result = Awaited<ReturnType<typeof check>>;
const of = (r: Result, rule: string) => r.findings.filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => f.actual);

describe('man pages', () => {
  it('leaves a month that opens a column of a footer, and finds one inside a sentence', async () => {
    const r = await check('GNU coreutils 9.1        Septiembre de 2022        CAT(1)\n\nPara ejecutar un trabajo el 31 de Julio basta con at.', { language: 'es', only: ['calendar-case'] });
    expect(of(r, 'calendar-case')).toEqual(['Julio']);
  });

  it('knows a Spanish infinitive or gerund with its pronoun and an adverb of a known adjective, and still splits a preposition run into an article', async () => {
    const r = await check('Al descodificarlos, hay que empaquetarlos y seguir procesándolos recursivamente paralos datos.', { language: 'es', only: ['spelling', 'fused-token'] });
    expect(of(r, 'fused-token')).toEqual(['paralos']);
    expect(of(r, 'spelling')).toEqual([]);
  });

  it('knows a Spanish verb with pronouns joined and the accent they ask for (fortunes), and finds a gerund without it (procmailex(5))', async () => {
    const r = await check('¡Alejaos de mí y precaveos contra Zaratustra! Aprovechémoslo. Hay que confiársele. Extrae el nombre del remitente insertandolo en el fichero.', { language: 'es', only: ['spelling'] });
    expect(of(r, 'spelling')).toEqual(['insertandolo']);
  });

  it('takes "una e una sola" for the idiom, and "sorveglianza e sorveglianza" for a duplicate', async () => {
    const r = await check('Ogni parte deve essere presente una ed una sola volta. Ha chiesto la sorveglianza e sorveglianza delle moschee.', { language: 'it', only: ['coordinated-duplicate'] });
    expect(of(r, 'coordinated-duplicate')).toEqual(['sorveglianza e sorveglianza']);
  });

  it('leaves a period or comma quoted on its own in French guillemets', async () => {
    const r = await check('Inclure les entrées débutant par «\u00A0.\u00A0»\n\nUne virgule (U+002C «\u00A0,\u00A0») sépare les chemins.', { language: 'fr', only: ['space-before-punctuation', 'quote-period'] });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('machine translation', () => {
  it('finds a year after the English preposition in French, Spanish and Italian, not a count', async () => {
    const fr = await check('Il a été élu en 1998 et réélu dans 2002. Il reviendra dans 2000 ans.', { language: 'fr', only: ['year-preposition'] });
    expect(of(fr, 'year-preposition')).toEqual(['dans 2002']);
    const es = await check('El equipo ganó el campeonato in 2019.', { language: 'es', only: ['year-preposition'] });
    expect(of(es, 'year-preposition')).toEqual(['in 2019']);
    const it_ = await check('In 2019 vinse il campionato, in 2020 ha perso la finale. In 2019 casi il contagio è avvenuto in famiglia.', { language: 'it', only: ['year-preposition'] });
    expect(of(it_, 'year-preposition')).toEqual(['In 2019', 'in 2020']);
  });

  it('finds a span of years after the English preposition, and leaves a title in italics or quotation marks', async () => {
    const fr = await check('Orwell décrit dans *1984* une dystopie, et dans «\u00a01984\u00a0» aussi. Il a été député dans 2019-2020.', { language: 'fr', only: ['year-preposition'], path: 'example.md' });
    expect(of(fr, 'year-preposition')).toEqual(['dans 2019-2020']);
    const html = await check('<p>Il a joué dans <i>1984</i> et dans 1984 (1956), puis in 2019–20 à Paris.</p>', { language: 'fr', only: ['year-preposition'], path: 'example.html' });
    expect(of(html, 'year-preposition')).toEqual(['in 2019–20']);
    const titled = await check('Orwell publie *1984* en 1949.\n\nDans 1984, Winston Smith travaille au ministère, dans 1950 il meurt.', { language: 'fr', only: ['year-preposition'], path: 'example.md' });
    expect(of(titled, 'year-preposition')).toEqual(['dans 1950']);
    const it_ = await check('La squadra ha vinto in 2019-2020 il campionato, nel 2021-2022 la coppa.', { language: 'it', only: ['year-preposition'] });
    expect(of(it_, 'year-preposition')).toEqual(['in 2019-2020']);
  });

  it('finds a season with a slash as a span with a hyphen, its suggestions the same, and leaves a month, a date and a count', async () => {
    const fr = await check('Le club a gagné dans 2019/2020 et dans 2020-2021. Le dossier dans 2019/05 et dans 2019/05/12 compte dans 1500/2000 mètres.', { language: 'fr', only: ['year-preposition'] });
    expect(fr.findings.map((f) => [f.actual, f.expected])).toEqual([
      ['dans 2019/2020', ['en 2019/2020', 'de 2019 à 2020']],
      ['dans 2020-2021', ['en 2020-2021', 'de 2020 à 2021']],
    ]);
    const it_ = await check('In 1999/00 la squadra vinse la coppa.', { language: 'it', only: ['year-preposition'] });
    expect(it_.findings.map((f) => [f.actual, f.expected])).toEqual([['In 1999/00', ['Nel 1999/00', 'Tra il 1999 e il 2000']]]);
  });

  it('reads a verb after a year as the next word, not a counted noun, where a count\'s noun shows its plural (French, Spanish)', async () => {
    const fr = await check('La saison in 2019 fut difficile. Le club dans 1998 remporta la coupe, dans 1999 perdit la finale. Dans 2019 s’est tenu le congrès.', { language: 'fr', only: ['year-preposition'] });
    expect(of(fr, 'year-preposition')).toEqual(['in 2019', 'dans 1998', 'dans 1999', 'Dans 2019']);
    // (A plural, a unit's symbol, an abbreviation, a word the dictionary lacks, "d’" for "de": counts.)
    const counts = await check('Il a été jugé dans 1000 évaluations et dans 2000 saisons. Le signal porte dans 2000 m et dans 1500 km. Il tourne dans 1500 tr/min. Dans 1500 d’entre eux, rien.', { language: 'fr', only: ['year-preposition'] });
    expect(of(counts, 'year-preposition')).toEqual([]);
    const es = await check('In 2019 hubo elecciones y el club in 2020 ganaba todo. Se vendieron in 2019 mil coches, in 2000 metros y in 1500 crisis.', { language: 'es', only: ['year-preposition'] });
    expect(of(es, 'year-preposition')).toEqual(['In 2019', 'in 2020']);
    // (Italian, whose plurals look like verbs' forms, "casi", "vinse": as before.)
    const it_ = await check('In 2019 casi il contagio è avvenuto in famiglia; in 2019 vinse la coppa.', { language: 'it', only: ['year-preposition'] });
    expect(of(it_, 'year-preposition')).toEqual(['in 2019']);
  });

  it('finds two articles in a row, and leaves the note', async () => {
    const fr = await check('Il a parlé avec le la ministre. Le hautbois donne le la à l’orchestre.', { language: 'fr', only: ['article-form'] });
    expect(of(fr, 'article-form')).toEqual(['le la']);
    const es = await check('El presidente habló con el la ministra; carece de efecto el la localización.', { language: 'es', only: ['article-form'] });
    expect(of(es, 'article-form')).toEqual(['el la', 'el la']);
  });

  it('finds an Italian apostrophe on a masculine word before a masculine noun in -a', async () => {
    const r = await check('Un’altro problema è emerso. È stata un’appropriato risposta.', { language: 'it', only: ['article-form'] });
    expect(of(r, 'article-form')).toEqual(['Un’altro']);
  });
});
