/**
 * A capitalized English word where German writes a name: bare after a preposition that a singular
 * noun follows with an article ("bei Sky", "von Apple"; "beim Sender"). A name or English left
 * over, which capitalization cannot tell in German: information, not a warning (audit: "Die Serie
 * startet am Montag bei Sky" was a warning).
 */
import { describe, it, expect } from 'vitest';
import { check } from '../helpers.js';

const findings = async (text: string, language = 'de') =>
  (await check(text, { language, path: 'a.txt', only: ['untranslated'] })).findings.filter((f) => f.ruleId === 'untranslated').map((f) => `${f.severity}:${f.actual}`);

describe('untranslated: a name bare after a preposition', () => {
  it('is information after bei, von, mit …', async () => {
    expect(await findings('Die Serie startet am Montag bei Sky, teilte der Sender mit.')).toEqual(['info:Sky']);
    expect(await findings('Die Aktie von Snap fiel am Montag.')).toEqual(['info:Snap']);
    // (An -ing word with no verb before it is no verbal noun.)
    expect(await findings('Das Konzert mit Sting war ausverkauft.')).toEqual(['info:Sting']);
    // (Opening a sentence, where no article can tell, as it stands elsewhere.)
    expect(await findings('Sky zeigt die Serie ab Montag. Die Serie läuft bei Sky.')).toEqual(['info:Sky', 'info:Sky']);
    // (And anywhere without an article, in a document that has it after such a preposition.)
    expect(await findings('Wie Sky am Montag mitteilte, startet die Serie bei Sky. Am Abend zeigt Sky die erste Folge.')).toEqual(['info:Sky', 'info:Sky', 'info:Sky']);
    // (Without one, and after an article, a warning as before.)
    expect(await findings('Wie der Sky am Montag mitteilte, startet die Serie im Mai.')).toEqual(['warning:Sky']);
  });

  it('is a warning where the word is a plural, a verbal noun, or takes a complement', async () => {
    // (A plural stands bare in German too: "mit Flags", "bei Updates".)
    expect(await findings('Das Programm warnt jetzt mit Flags vor Fehlern.')).toEqual(['warning:Flags']);
    expect(await findings('Der Sender zeigt bei Reruns weniger Werbung.')).toEqual(['warning:Reruns']);
    expect(await findings('Die Polizei ermittelt wegen Stalking, für Stalking drohen Strafen.')).toEqual(['warning:Stalking', 'warning:Stalking']);
    expect(await findings('Bei Release des Spiels gab es Probleme.')).toEqual(['warning:Release']);
  });

  it('is a warning where the document writes the word after an article too', async () => {
    expect(await findings('Das Release kommt im Mai. Die Kritik an Release ist groß.')).toEqual(['warning:Release', 'warning:Release']);
    expect(await findings('Eine neue Release kommt im Mai. Die Kritik an Release ist groß.')).toEqual(['warning:Release', 'warning:Release']);
    // (Not as a compound's first part: "die Sky-Zentrale".)
    expect(await findings('Die Sky-Zentrale liegt in München. Die Serie läuft bei Sky.')).toEqual(['info:Sky']);
  });

  it('is a warning after a preposition of place or time, or an article', async () => {
    expect(await findings('Die Serie startet am Montag beim Sky.')).toEqual(['warning:Sky']);
    expect(await findings('Das Spiel erscheint nach Release im Mai.')).toEqual(['warning:Release']);
  });

  it('is a name in the whole document after a noun it is the apposition of', async () => {
    expect(await findings('Der Bezahlsender Sky zeigt die Serie ab Montag. Sie läuft bei Sky am Abend. Sky teilte das mit.')).toEqual([]);
    expect(await findings('Der Ölkonzern Shell und der Fahrdienst Snap melden Gewinne. Die Aktie von Snap stieg.')).toEqual([]);
    // (Not a plural, from MLQE-PE: the "Reruns" the network airs is no name elsewhere.)
    expect(await findings('TNT zeigt Reruns am Morgen, während das Pop-Netzwerk Reruns am Nachmittag ausstrahlt.')).toEqual(['warning:Reruns']);
    // (After an article, the English noun or the name that takes one: information, no longer
    // silent. Audit: "Der Sky über dem Stadion" after "der Bezahlsender Sky" was no finding.)
    expect(await findings('Der Bezahlsender Sky zeigt das Spiel. Der Sky über dem Stadion war grau.')).toEqual(['info:Sky']);
  });

  it('is a name in the whole document after a publication it titles, of a plural’s shape too', async () => {
    expect(await findings('Die britische Zeitung Times hat am Montag berichtet, dass der Minister zurücktritt. Die Times berief sich auf Quellen im Ministerium.')).toEqual([]);
    expect(await findings('Das Magazin News erschien am Montag. Laut News tritt der Minister zurück.')).toEqual([]);
    // (Without the publication before it, the English plural left over: a warning, as before.)
    expect(await findings('Die Times berief sich auf Quellen im Ministerium.')).toEqual(['warning:Times']);
  });

  it('where only names are capitalized, is a name opening a sentence where the document writes it inside one', async () => {
    // ("chez Sky" was no finding already: a capital inside a sentence is a name there.)
    expect(await findings('La série commence lundi chez Sky, a annoncé la chaîne. Sky diffusera dix épisodes.', 'fr')).toEqual([]);
    expect(await findings('La serie se estrena el lunes en Sky. Sky emitirá diez episodios.', 'es')).toEqual([]);
    expect(await findings('La serie debutta lunedì su Sky. Sky trasmetterà dieci episodi.', 'it')).toEqual([]);
    // (Opening a sentence alone, it is found as before.)
    expect(await findings('Sky diffusera dix épisodes.', 'fr')).toEqual(['warning:Sky']);
  });

  it('where the words are left over from a language that capitalizes nouns, a noun inside a sentence names nothing', async () => {
    // (A French text translated from German: "Pressekonferenz" is left over wherever it stands.)
    const text = 'Pressekonferenz annoncée hier. Le ministre a donné une Pressekonferenz lundi.';
    const found = (await check(text, { language: 'fr', sourceLanguage: 'de', path: 'a.txt', only: ['untranslated'] })).findings.map((f) => f.actual);
    expect(found).toEqual(['Pressekonferenz', 'Pressekonferenz']);
  });
});

describe('untranslated without the source: a capitalized singular standing where a noun takes an article', () => {
  // From MLQE-PE train's post-edits (names the source had excused: wrestlers, ships, characters).
  it('is information opening a sentence, after a verb, a conjunction or a title', async () => {
    expect(await findings('Sting wehrte seine Gegner ab, bis Flair auftauchte.')).toEqual(['info:Sting']);
    expect(await findings('Edge besiegte Foley, nachdem er ihn durch einen Tisch geschleudert hatte.')).toEqual(['info:Edge']);
    expect(await findings('Jedoch überlebt der Held die Explosion und besiegt Gambit.')).toEqual(['info:Gambit']);
    expect(await findings('Leutnant Board wurde von einer Kanonenkugel vom Pferd gerissen.')).toEqual(['info:Board']);
  });

  it('is a warning after an article, a determiner, a preposition, an adjective, a number or a comma', async () => {
    expect(await findings('Die Contusion heilt häufig alleine.')).toEqual(['warning:Contusion']);
    expect(await findings('Er hielt die Zigarren sorgfältig in Humidor.')).toEqual(['warning:Humidor']);
    expect(await findings('Es gab einen raffinierten Swordfish im Hafen.')).toEqual(['warning:Swordfish']);
    expect(await findings('Im Wald leben Eichhörnchen, Waschbär, Possum und Bär.')).toEqual(['warning:Possum']);
    expect(await findings('Die Eigentümer behaupteten etwa 8600000 Acre im Tal.')).toEqual(['warning:Acre']);
  });

  it('is a warning for a plural, a verbal noun, an adjective or an adverb of the leftover language', async () => {
    expect(await findings('Das Programm warnt jetzt Flags vor Fehlern.')).toEqual(['warning:Flags']);
    expect(await findings('Batting als Nachtwächter trat er spät an.')).toEqual(['warning:Batting']);
    expect(await findings('Unfazed stellt Matteo einen Mörder ein.')).toEqual(['warning:Unfazed']);
  });

  it('is a warning where the source is given and does not have the word', async () => {
    const withSource = async (text: string, sourceText: string) =>
      (await check(text, { language: 'de', path: 'a.txt', only: ['untranslated'], sourceText, sourceLanguage: 'en' })).findings
        .filter((f) => f.ruleId === 'untranslated')
        .map((f) => `${f.severity}:${f.actual}`);
    expect(await withSource('Sting wehrte seine Gegner ab.', 'The sting fought off his opponents.')).toEqual(['warning:Sting']);
  });
});

