/**
 * Which doubled words are fixed and which are only listed: a fix that removes a word the
 * writer meant corrupts correct text, so doubles that grammar can allow stay for review.
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

async function repeats(text: string, language: string) {
  const r = await check(text, { language, only: ['repeated-word'], path: 'x.txt' });
  return { corrected: r.corrected, findings: r.findings.map((f) => ({ actual: f.actual, fixed: f.fixed, severity: f.severity, expected: f.expected })) };
}

describe('repeated-word: what is fixed', () => {
  it('fixes a doubled word no reading allows', async () => {
    const r = await repeats('Das ist ist ein Problem. Die Regierung hat hat entschieden.', 'de');
    expect(r.corrected).toBe('Das ist ein Problem. Die Regierung hat entschieden.');
    expect(r.findings.map((f) => [f.actual, f.fixed, f.severity])).toEqual([
      ['ist ist', true, 'error'],
      ['hat hat', true, 'error'],
    ]);
  });

  it('lists for review a doubled verb that may end a clause whose comma is missing ("Wer die Wahl hat hat die Qual")', async () => {
    const text = 'Wer die Wahl hat hat die Qual. Ob er kommen wird wird sich zeigen. Was sein muss muss sein.';
    const r = await repeats(text, 'de');
    expect(r.corrected).toBe(text);
    expect(r.findings.map((f) => [f.actual, f.fixed, f.severity, f.expected])).toEqual([
      ['hat hat', false, 'warning', ['hat, hat', 'hat']],
      ['wird wird', false, 'warning', ['wird, wird', 'wird']],
      ['muss muss', false, 'warning', ['muss, muss', 'muss']],
    ]);
    // With its comma, without a clause opened before it, or at the sentence's end, the double is still fixed.
    const fixed = await repeats('Wer die Wahl hat, hat hat die Qual. Die Regierung, so heißt es, hat hat entschieden. Er sagte, dass er es gemacht hat hat.', 'de');
    expect(fixed.corrected).toBe('Wer die Wahl hat, hat die Qual. Die Regierung, so heißt es, hat entschieden. Er sagte, dass er es gemacht hat.');
  });

  it('lists German pronoun-or-article doubles for review, never rewriting them', async () => {
    // Correct German: "das" the object, "das Nachrichtenmagazin" the subject; "ihr" dative, then possessive.
    for (const text of ['Zuvor hatte das das Nachrichtenmagazin berichtet.', 'Bestätigt hat das das Ministerium am Montag.', 'Die Polizei gab ihr ihr Handy zurück.']) {
      const r = await repeats(text, 'de');
      expect(r.corrected, text).toBe(text);
      expect(r.findings.length, text).toBe(1);
      expect(r.findings[0].fixed).toBe(false);
      expect(r.findings[0].severity).toBe('warning');
    }
    // A doubled article the MT made is still found, with the single copy as the suggestion.
    const r = await repeats('Er hat die die Prüfung bestanden.', 'de');
    expect(r.findings).toEqual([{ actual: 'die die', fixed: false, severity: 'warning', expected: ['die'] }]);
  });

  it('suggests what "dass dass" most often stands for, and fixes neither it nor "zu zu" ("zu zu machen": zuzumachen)', async () => {
    let r = await repeats('Die Nachricht, dass dass Unternehmen Insolvenz angemeldet hat, kam überraschend.', 'de');
    expect(r.findings).toEqual([{ actual: 'dass dass', fixed: false, severity: 'warning', expected: ['dass das', 'dass'] }]);
    r = await repeats('Ob es sich lohnt, die Tür jetzt zu zu machen?', 'de');
    expect(r.findings).toEqual([{ actual: 'zu zu', fixed: false, severity: 'warning', expected: ['zu'] }]);
  });

  it('lists for review the doubles two readings may allow: a particle and a preposition, "da da", "er er selbst"', async () => {
    for (const [text, language] of [
      ['Der Strom fiel aus aus bislang unbekannten Gründen.', 'de'],
      ['Da da niemand widersprach, ging es weiter.', 'de'],
      ['Es geht darum, ob er er selbst bleibt.', 'de'],
      ['The protesters stood by by the gates.', 'en'],
      ['The company is is based in Hangzhou.', 'en'],
    ]) {
      const r = await repeats(text, language);
      expect(r.corrected, text).toBe(text);
      expect(r.findings.map((f) => [f.fixed, f.severity]), text).toEqual([[false, 'warning']]);
    }
  });

  it('lists for review German doubles that grammar allows: a future passive, a double negation, "an sich sich", an article before a measure', async () => {
    for (const text of [
      'Ich glaube, dass die Ergebnisse bald veröffentlicht werden werden.',
      'Man kann nicht nicht kommunizieren.',
      'Kant meinte, dass das Ding an sich sich nicht erkennen lässt.',
      'Im Tierheim lebt ein ein Jahr alter Hund.',
      'Er kaufte einen einen Meter langen Tisch.',
    ]) {
      const r = await repeats(text, 'de');
      expect(r.corrected, text).toBe(text);
      expect(r.findings.map((f) => [f.fixed, f.severity]), text).toEqual([[false, 'warning']]);
    }
  });

  it('keeps a title that begins with the doubled word, finds a double after a number, and an article doubled after a preposition', async () => {
    // "the the The Crown": the capitalized copy begins the title; one "the" goes.
    let r = await repeats('She starred in the the The Crown remake.', 'en');
    expect(r.corrected).toBe('She starred in the The Crown remake.');
    r = await repeats('He is the author of of Of Mice and Men.', 'en');
    expect(r.corrected).toBe('He is the author of Of Mice and Men.');
    // After a number: found ("seit 2020 und und"), but a unit is not doubled ("10.15 in in the valley").
    r = await repeats('Seit 2020 und und die Löhne steigen.', 'de');
    expect(r.findings.map((f) => f.actual)).toEqual(['und und']);
    r = await repeats('The company hired 300 of of its former workers.', 'en');
    expect(r.corrected).toBe('The company hired 300 of its former workers.');
    expect((await repeats('The snow was 10.15 in in the valley.', 'en')).findings).toEqual([]);
    // An article doubled after a preposition: listed, unless the preposition opens a relative clause after a comma.
    r = await repeats('Er war für den den Oscar nominiert.', 'de');
    expect(r.findings.map((f) => [f.actual, f.fixed])).toEqual([['den den', false]]);
    expect((await repeats('Das ist die Frau, mit der der Minister sprach.', 'de')).findings).toEqual([]);
  });

  it('fixes nothing in a language Lektor has no rules for (Swedish "det det": the pronoun, then the relative)', async () => {
    const r = await repeats('Det var det det handlade om.', 'sv');
    expect(r.corrected).toBe('Det var det det handlade om.');
    expect(r.findings.map((f) => f.fixed)).toEqual([false]);
  });

  it('lists for review French and Spanish doubles whose second copy may be a noun, and refrains of three', async () => {
    // "à la une" (the front page), "son" (sound), "ton" (tone), "sous" (pennies), "sobre" (an envelope).
    for (const [text, language] of [
      ['Le quotidien a publié à la une une photo du président.', 'fr'],
      ['Le guitariste a enfin retrouvé son son.', 'fr'],
      ['« Baisse ton ton », lui a lancé la présidente.', 'fr'],
      ['Il a caché ses sous sous le matelas.', 'fr'],
      ['El ministro dejó el sobre sobre la mesa.', 'es'],
      ['Le public a chanté la la la pendant des heures.', 'fr'],
      ['El público coreaba la la la sin parar.', 'es'],
      ['Er rief nur: nein nein nein.', 'de'],
      // Three copies of a conjunction: "and so on".
      ['Ob Kita, Schule, Sportverein und und und – überall fehlen Ehrenamtliche.', 'de'],
      // A quotation of the copies alone: the words quoted, not a slip.
      ['Der Sänger singt immer wieder „ist ist ist“, was die Kritik als Anspielung deutete.', 'de'],
      ['The crowd chanted "the the" at him.', 'en'],
      // A preposition that ends a clause, the next that begins another.
      ['Bayern was the club he moved to to win the Champions League.', 'en'],
      ['What Arsenal are looking for for next season is a proven striker.', 'en'],
      ['Parmi les députés qui ont voté pour pour la première fois, beaucoup viennent de la majorité.', 'fr'],
    ]) {
      const r = await repeats(text, language);
      expect(r.corrected, text).toBe(text);
      expect(r.findings.map((f) => [f.fixed, f.severity]), text).toEqual([[false, 'warning']]);
    }
    // Articles and prepositions doubled are still fixed, inside a longer quotation too.
    expect((await repeats('Er sagte: „Das ist ist gut.“', 'de')).corrected).toBe('Er sagte: „Das ist gut.“');
    expect((await repeats('Il parle de de la loi et de la la réforme.', 'fr')).corrected).toBe('Il parle de la loi et de la réforme.');
    expect((await repeats('Il a posé le livre sur sur la table.', 'fr')).corrected).toBe('Il a posé le livre sur la table.');
    expect((await repeats('Das ist und und ein Fehler, the the end.', 'de')).corrected).toBe('Das ist und ein Fehler, the the end.');
    expect((await repeats('It was the the end and and a start.', 'en')).corrected).toBe('It was the end and a start.');
    // "de de" before a word the language has in lower case is no name's particle ("Paris": "paris", bets).
    expect((await repeats('La Bourse de de Paris a clôturé en hausse.', 'fr')).corrected).toBe('La Bourse de Paris a clôturé en hausse.');
    expect((await repeats('Lors de la 9e journée de de Ligue 1.', 'fr')).corrected).toBe('Lors de la 9e journée de Ligue 1.');
    expect((await repeats('Los los sindicatos protestan sin sin descanso.', 'es')).corrected).toBe('Los sindicatos protestan sin descanso.');
  });

  it('allows the double after "sodass"; after a question word, which may be "as" too, lists it for review', async () => {
    expect((await repeats('Es regnete, sodass das das Land überforderte.', 'de')).findings).toEqual([]);
    // "wie das das Ministerium bewerten wird" is right, "wie die die Polizei mitteilte" is not: no rule tells them apart.
    for (const text of ['Unklar ist, wie das das Ministerium bewerten wird.', 'Das ist so, wie die die Polizei am Montag mitteilte.', 'Sie fragte, wann der der Zug kommt.']) {
      const r = await repeats(text, 'de');
      expect(r.corrected, text).toBe(text);
      expect(r.findings.map((f) => [f.fixed, f.severity]), text).toEqual([[false, 'warning']]);
    }
  });

  it('finds the double at a sentence start, whose first copy has the capital', async () => {
    expect((await repeats('It rained. And and then it stopped.', 'en')).corrected).toBe('It rained. And then it stopped.');
    expect((await repeats('Il pleut. La la réforme attendra.', 'fr')).corrected).toBe('Il pleut. La réforme attendra.');
    // German allows a relative clause's pair there ("Der, der …" without its comma): left alone, as inside a sentence after a comma.
    expect((await repeats('Es regnet. Der der Minister kommt.', 'de')).findings).toEqual([]);
    // A first copy that may be a name is listed for review: the name Will, the river Oder.
    for (const text of ['Will will nach eigenen Worten eine Pause einlegen.', 'Oder oder Elbe – wo die Lage schlimmer wird, ist offen.']) {
      const r = await repeats(text, 'de');
      expect(r.corrected, text).toBe(text);
      expect(r.findings.map((f) => [f.fixed, f.severity]), text).toEqual([[false, 'warning']]);
    }
    // Other safe words at a sentence start are fixed.
    expect((await repeats('Es war spät. Aber aber niemand kam. Ist ist das wahr?', 'de')).corrected).toBe('Es war spät. Aber niemand kam. Ist das wahr?');
    expect((await repeats('But but nobody came.', 'en')).corrected).toBe('But nobody came.');
    // Two capitals are a name, lower case then a capital is two words ("in In Your Face").
    expect((await repeats('Duran Duran played. She read it in In Your Face.', 'en')).findings).toEqual([]);
  });

  it('lists a German article or pronoun doubled with both capitals at a sentence start, which no reading allows', async () => {
    const text = 'Die Die Polizei kam. Das Das Ministerium schwieg. Der Der Minister ging. Es Es regnete.';
    const r = await repeats(text, 'de');
    expect(r.corrected).toBe(text);
    expect(r.findings.map((f) => [f.actual, f.fixed, f.severity, f.expected])).toEqual([
      ['Die Die', false, 'warning', ['Die']],
      ['Das Das', false, 'warning', ['Das']],
      ['Der Der', false, 'warning', ['Der']],
      ['Es Es', false, 'warning', ['Es']],
    ]);
    // With the second copy in lower case it may open an extended attribute: left alone.
    expect((await repeats('Die die Regierung stützende Koalition zerbrach. Der der SPD nahestehende Verein schwieg.', 'de')).findings).toEqual([]);
  });

  it('lists Spanish "que que" for review with "que qué" first: one copy taken away changes the meaning', async () => {
    const text = 'Le preguntaron que que pensaba hacer. Nadie sabe que que pasará mañana.';
    const r = await repeats(text, 'es');
    expect(r.corrected).toBe(text);
    expect(r.findings.map((f) => [f.actual, f.fixed, f.severity, f.expected])).toEqual([
      ['que que', false, 'warning', ['que qué', 'que']],
      ['que que', false, 'warning', ['que qué', 'que']],
    ]);
    // The safe words stay fixed.
    expect((await repeats('Los los sindicatos y y el gobierno.', 'es')).corrected).toBe('Los sindicatos y el gobierno.');
  });
});

describe('repeated-word: two copies on two lines', () => {
  it('removes one copy on its own line and keeps the line break, in a paragraph, a block quote and a list item', async () => {
    const md = 'Das Unternehmen ist\nist bekannt für Kameras.\n\n> Das Unternehmen ist\n> ist bekannt für Kameras.\n\n- Das Unternehmen ist\n  ist bekannt.\n\nEr sagte, dass das Unternehmen ist\nist.\n';
    const r = await check(md, { language: 'de', only: ['repeated-word'], path: 'a.md' });
    expect(r.findings.map((f) => f.fixed)).toEqual([true, true, true, true]);
    expect(r.corrected).toBe('Das Unternehmen ist\nbekannt für Kameras.\n\n> Das Unternehmen ist\n> bekannt für Kameras.\n\n- Das Unternehmen ist\n  bekannt.\n\nEr sagte, dass das Unternehmen\nist.\n');
    expect(r.findings[0].message).toContain('`ist\nist`');
    const again = await check(r.corrected, { language: 'de', only: ['repeated-word'], path: 'a.md' });
    expect(again.findings).toEqual([]);
  });
});
