/**
 * Word order that follows the source language instead of the target (German verb-final
 * clauses, zu-infinitives after their object, a main clause without its finite verb), found
 * by strict patterns so the rule is useful without the model; the model, when it runs, ranks
 * the same candidate edits (src/model/candidates.ts) and can find looser cases. Review items:
 * an editor decides.
 *
 * - verb-final: in a subordinate clause, a finite auxiliary followed by one participle or
 *   infinitive at the end of the clause ("dass seine Technologie war verwendet,"), but not
 *   a verb cluster that already ends with its finite auxiliary or modal ("ob die Geräte
 *   eingesetzt werden dürfen"), nor a subject taken up by a demonstrative, as verse and speech
 *   do ("Der Bauer, der ist mißgestimmt, weil …": the clause's article and noun, a comma, the
 *   same word, and the sentence ends or a subordinator or coordinator follows), nor one after a
 *   comma and a word in small letters that no relative clause goes with ("…, das ist gut."), or a
 *   coordinator ("Denn, der kann kochen"), nor after "es sei denn," (`mainClauseAfter`), nor where
 *   the sentence's first word, a subordinator, stands right before the finite verb: an adverb
 *   ("Damit wird sichergestellt, dass …");
 * - zu-infinitive: "zu" + infinitive followed by an article or determiner that opens
 *   its object ("um zu überwachen die Minderheit"); the object ends where its clause does (a
 *   comma, a subordinator, "um", "und", the next zu-infinitive), and the edit is suggested only
 *   where a comma, a sentence's end or a new clause follows it; a phrase of time there
 *   ("so zu reden die ganze Zeit") is no object and goes before the zu-infinitive's clause ("die
 *   ganze Zeit so zu reden"), suggested where that clause's start is told (a comma, "um");
 * - participle: where the profile says how (`mainClauseVerb`), a sentence that opens with its
 *   subject, then perhaps adverbs, then a word that can only be a past participle and then an
 *   object ("Das Unternehmen zuvor beworben seine Fähigkeit": the auxiliary left out); a subject
 *   with "die" is singular or plural by its adjective's or noun's ending ("die neue
 *   Regierung", "die Behörden"), else the suggestion names no auxiliary;
 * - fronted: a sentence that opens with a prepositional phrase or an adverb of time, then its
 *   subject and its verb in the source's order ("Im Januar die Regierung verbot die Geräte",
 *   "Im Jahr 2019 das Unternehmen beworben seine Kameras"), where the phrase ends for sure; the
 *   verb a finite verb of the lists, a past tense (its plural too: "flohen", and "verboten"
 *   after a plural subject, moved as written), or a present the dictionary tells ("plant":
 *   "planen"; after a plural subject and before an object "verbieten"); a phrase with its preposition after its noun
 *   ("Meiner Meinung nach", "Medienberichten zufolge"), a particle before the phrase
 *   ("Spätestens im Januar"), a preposition and a pronoun ("Trotz allem"), prepositional phrases in the fronted phrase ("Nach der Landung
 *   in Daiquiri", "Von 1309 bis 1377"), "der" after a year, a day or a month alone ("Am 16. August der
 *   Aufstand brach aus"; not "In Phase 2 der Studie zeigte sich", "Im Finale 2019 der
 *   Champions League gewann", nor a genitive plural with its subject after the verb: "In der
 *   Rangliste 2019 der Tennisspieler führte Nadal", "Im Mai der Saison wechselte er"), "der"
 *   after the phrase's noun before a masculine noun in the singular, as the dictionary tells it,
 *   or the profile's weak masculines, perhaps a name after it ("Laut Polizei der Fahrer war
 *   betrunken", "Im Jahr 2019 der Verein gewann", "Im Sommer der Garten blühte", "Nach dem Spiel
 *   der Mensch lobte", "Am Dienstag der Präsident Trump sagte"; not "Laut
 *   Angaben der Polizei war", nor a genitive plural, "Laut Aussage der Fahrer war die Straße
 *   glatt", nor a feminine homograph, "Nach Auflösung der Band gründete der Sänger …", nor a
 *   feminine of the dictionary after a date, "Im Haushalt 2020 der Stadt fehlt Geld"; no phrase
 *   of an interrogative: "In welchem Jahr der Verein gewann weiß niemand"), "der" and a feminine noun after "während", "seit" (one the dictionary does not tell only before an object: "Seit der Wahl die Regierung hat die Steuern erhöht"; "Während der Pandemie die
 *   Regierung schloss"), a genitive and a prepositional phrase after the subject's noun
 *   ("die Zahl der Infektionen in Deutschland stieg"), a zu-infinitive clause after the verb
 *   and a comma ("die Firma plant, den Markt zu verlassen"); a title and a name without an
 *   article as the subject after a phrase of time ("Am Dienstag Präsident Trump sagte", not "Im
 *   Winkel König Fahrenheit hat …", verse), and a phrase of time without a preposition
 *   ("Letzte Woche Kanzlerin Merkel kündigte … an"); not an instruction's infinitive
 *   that is a finite verb's form too, at the clause's end ("Im Bus die Kinder stehen lassen");
 * - participle and fronted also in a main clause after a comma and a coordinator ("…, und im
 *   Januar die Regierung verbot …", "…, aber das Unternehmen zuvor beworben …", "…, doch …"), a
 *   semicolon or a colon (a quotation perhaps opening it: „…“), and fronted after a coordinator
 *   that opens the sentence ("Doch im Januar die Regierung verbot …"): the clause keeps the verb
 *   second ("…, doch die Regierung verbot die Geräte" is right); after a comma a verb at the
 *   clause's end, or before a zu-infinitive after a subordinator, may close a subordinate clause
 *   it goes on, and is left alone;
 * - infinitive: a main clause's infinitive after its finite verb and before an article or
 *   determiner ("Laut Hikvision ist dies der Fall auslaufen diese Fähigkeit") that opens an
 *   object, no verb nor zu-infinitive after it in its clause (not "muss … enthalten sein", "könnte
 *   ich versuchen eine Glühbirne auszupusten");
 * - bracket: where the profile says how (`verbBracket`), a main clause's participle or
 *   infinitive right after its finite auxiliary or modal and before its object, the bracket
 *   broken as English has it ("Die Nutzer haben gelöscht ihre Konten", "Er wird treffen den
 *   Präsidenten am Montag", and before a phrase of time, "wurde getroffen letzte Woche", or an
 *   adverb of time at the clause's end, "wurde getroffen gestern"; the participle with the
 *   passive's "worden" or "werden", "ist unterzeichnet worden letzte Woche"; after an object's
 *   pronoun, the participle only before a phrase of time, "hat ihn verhaftet gestern", and not
 *   where the block ends without a mark, a line of verse), moved to the clause's end
 *   where that end is sure; not before a
 *   prepositional phrase, a comparison, a zu-infinitive or a clause, which German puts after it
 *   ("wurde abgebrochen wegen Regen", "hat mehr verdient als sein Chef", "hat gelernt zu
 *   schwimmen"), nor where a verb of another clause follows, its comma left out ("Er hat gesagt
 *   die Firma sei pleite"); likewise in a subordinate clause that one of the profile's
 *   subordinators opens, its subject (a pronoun, a noun phrase or a name) right before the
 *   finite verb ("…, weil er hat verloren das Spiel" → "weil er das Spiel verloren hat"), the
 *   finite verb then last; after "seit", "während" (prepositions too) only with a pronoun;
 * - verb-second: in a subordinate clause after a comma or at the sentence's start, its subject,
 *   then its finite verb and an adverb or a phrase of time, as English has it ("…, weil er hat
 *   gestern verloren", "…, dass die Firma plant jetzt neue Stellen"), or an object or a
 *   predicate (a determiner, adjectives and a noun; after a pronoun a noun or a number too:
 *   "…, obwohl es war Mick Lewis, der …"; not a prepositional phrase, which may follow the verb
 *   at the clause's end): the finite verb goes at the clause's end (a separable verb's particle
 *   joined to it: "… ankündigt"), where no other verb, "zu", subordinator or mark but a comma or
 *   the sentence's end follows (before a comma and another noun of a list no suggestion); not
 *   after "als" ("Als Kind hat er oft gespielt"), after "seit", "während" only with a pronoun,
 *   and not in a clause alone on a line of verse.
 *
 * @example
 *   in:  "wusste, dass seine Technologie war verwendet, um zu überwachen die Minderheit."
 *   suggestions: "verwendet war"; "die Minderheit zu überwachen"
 */
import { defineRule, type RuleContext } from '../core/rule.js';
import { generateCandidates, rotate, type UnitLike } from '../model/candidates.js';
import { candidateTables, clauseOpeners, type CandidateTables } from '../model/candidates/index.js';
import { splitUnits } from '../model/tokens.js';
import type { LanguageProfile } from '../languages/index.js';
import { loadWordList } from '../spell/wordlist.js';
import { dictionaryClass, dictionaryNouns, dictionaryVerbs } from '../spell/verbs.js';

export default defineRule(
  {
    id: 'word-order',
    description: 'Word order of the source language: the verb of a subordinate clause or a zu-infinitive not at the end, a main clause without its finite verb, with an infinitive in its middle, or with its verb after the subject behind a fronted phrase.',
    category: 'grammar',
    severity: 'warning',
    languages: ['de'],
    fix: 'review',
    examples: {
      flag: [
        { lang: 'de', text: 'Er wusste, dass seine Technologie war verwendet, um Uiguren zu überwachen.', output: 'Er wusste, dass seine Technologie verwendet war, um Uiguren zu überwachen.' },
        { lang: 'de', text: 'Sie nutzten Kameras, um zu überwachen die muslimische Minderheit.', output: 'Sie nutzten Kameras, um die muslimische Minderheit zu überwachen.' },
        // The object moves as written, its quotation marks on their words.
        { lang: 'de', text: 'Er plante, um zu überwachen die „uigurische“ Minderheit des Landes.', output: 'Er plante, um die „uigurische“ Minderheit des Landes zu überwachen.' },
        // (A pronoun in "-en" at its end is no infinitive of another clause.)
        { lang: 'de', text: 'Sie planten, um zu überwachen die Minderheit trotz früherer Ablehnungen genau dessen.', output: 'Sie planten, um die Minderheit trotz früherer Ablehnungen genau dessen zu überwachen.' },
        { lang: 'de', text: 'Das sind die Kameras, die die Polizei hat verwendet.', output: 'Das sind die Kameras, die die Polizei verwendet hat.' },
        { lang: 'de', text: 'Das ist die Firma, die Kameras hat gebaut.', output: 'Das ist die Firma, die Kameras gebaut hat.' },
        // The object ends with its clause: before "um", not at the next zu-infinitive; where it
        // is not told where it ends, no suggestion.
        { lang: 'de', text: 'Sie planen, zu verlagern die Produktion um Kosten zu sparen.', output: 'Sie planen, die Produktion zu verlagern um Kosten zu sparen.' },
        { lang: 'de', text: 'Die Kampagne sparte Geld, um zu sparen die Produktion zu verlagern.' },
        // A phrase of time after the zu-infinitive is no object: it goes before the zu-infinitive's
        // clause; where the clause's start is not told, or an object follows it, no suggestion.
        { lang: 'de', text: 'Er hörte nicht auf, so zu reden die ganze Zeit.', output: 'Er hörte nicht auf, die ganze Zeit so zu reden.' },
        { lang: 'de', text: 'Er ging hin, um zu reden die ganze Zeit.', output: 'Er ging hin, um die ganze Zeit zu reden.' },
        { lang: 'de', text: 'Er versuchte so zu reden die ganze Zeit.' },
        { lang: 'de', text: 'Er hörte nicht auf, so zu reden die ganze Zeit über Politik.' },
        // A main clause without its finite verb: a past participle after the subject (and adverbs).
        { lang: 'de', text: 'Das Unternehmen zuvor beworben seine Fähigkeit, Minderheiten zu identifizieren.', output: 'Das Unternehmen hat zuvor seine Fähigkeit beworben, Minderheiten zu identifizieren.' },
        { lang: 'de', text: 'Großbritannien auch vor kurzem verboten Hikvision-Geräte aus sensiblen Bereichen.', output: 'Großbritannien hat auch vor kurzem Hikvision-Geräte aus sensiblen Bereichen verboten.' },
        { lang: 'de', text: 'Mehrere Entertainer abgesagt ihre Auftritte in Israel.', output: 'Mehrere Entertainer haben ihre Auftritte in Israel abgesagt.' },
        // In a clause after a comma, a finite verb before it notwithstanding.
        { lang: 'de', text: 'Die Firma wuchs schnell, und Großbritannien auch vor kurzem verboten Hikvision-Geräte aus sensiblen Bereichen.' },
        // ("und" may join two objects or two clauses: no suggestion.)
        { lang: 'de', text: 'Der Konzern später angekündigt einen Rückzug und die Schließung der Werke.' },
        // A subject with "die": singular or plural by its noun's or adjective's ending.
        { lang: 'de', text: 'Die Regierung zuvor beworben ihre Kameras.', output: 'Die Regierung hat zuvor ihre Kameras beworben.' },
        { lang: 'de', text: 'Die Behörden beworben ihre Kameras.', output: 'Die Behörden haben ihre Kameras beworben.' },
        { lang: 'de', text: 'Die neue Regierung verboten den Verkauf.', output: 'Die neue Regierung hat den Verkauf verboten.' },
        // A verb that takes "sein": "ist … geworden", "sind … gefolgt", not "hat".
        { lang: 'de', text: 'Die Partei erstmals geworden die stärkste Kraft.', output: 'Die Partei ist erstmals die stärkste Kraft geworden.' },
        { lang: 'de', text: 'Im Jahr 2019 die Regierung gefolgt dem Rat der Experten.', output: 'Im Jahr 2019 ist die Regierung dem Rat der Experten gefolgt.' },
        // After a fronted phrase, subject and verb in the source's order: the finite verb goes
        // right after the phrase, or the auxiliary where a participle stands as the verb.
        { lang: 'de', text: 'Im Januar die Regierung verbot die Geräte.', output: 'Im Januar verbot die Regierung die Geräte.' },
        { lang: 'de', text: 'Im Jahr 2019 das Unternehmen beworben seine Kameras.', output: 'Im Jahr 2019 hat das Unternehmen seine Kameras beworben.' },
        { lang: 'de', text: 'Nach dem Treffen die Minister sagten, dass alles gut sei.', output: 'Nach dem Treffen sagten die Minister, dass alles gut sei.' },
        { lang: 'de', text: 'Am 3. Mai 2019 die Polizei fand die Leiche.', output: 'Am 3. Mai 2019 fand die Polizei die Leiche.' },
        { lang: 'de', text: 'Während des Krieges die Armee hat die Stadt erobert.', output: 'Während des Krieges hat die Armee die Stadt erobert.' },
        { lang: 'de', text: 'Später das Unternehmen beworben seine Kameras.', output: 'Später hat das Unternehmen seine Kameras beworben.' },
        { lang: 'de', text: 'Im Jahr 2019 Hikvision kaufte die Firma.', output: 'Im Jahr 2019 kaufte Hikvision die Firma.' },
        { lang: 'de', text: 'Nach dem Krieg er gründete eine Firma.', output: 'Nach dem Krieg gründete er eine Firma.' },
        { lang: 'de', text: 'Im Jahr 2019 die Regierung beschloss ein Gesetz.', output: 'Im Jahr 2019 beschloss die Regierung ein Gesetz.' },
        { lang: 'de', text: 'Seit 2019 die Firma verkaufte Kameras.', output: 'Seit 2019 verkaufte die Firma Kameras.' },
        { lang: 'de', text: 'Nach 3 Tagen die Polizei fand die Leiche.', output: 'Nach 3 Tagen fand die Polizei die Leiche.' },
        { lang: 'de', text: 'Im Jahr 2019 die Regierung verboten den Verkauf.', output: 'Im Jahr 2019 hat die Regierung den Verkauf verboten.' },
        // (A past tense or a participle after a plural subject: the past tense, as written; a
        // present tense or a participle after a singular one: no suggestion.)
        { lang: 'de', text: 'Im Mai die Behörden verboten den Verkauf.', output: 'Im Mai verboten die Behörden den Verkauf.' },
        { lang: 'de', text: 'Im Jahr 2019 die Firma verkauft Kameras.' },
        // A plural present, the infinitive's form, after a plural subject and before an object (a
        // separable one without a suggestion).
        { lang: 'de', text: 'Im Januar die Behörden verbieten die Geräte.', output: 'Im Januar verbieten die Behörden die Geräte.' },
        { lang: 'de', text: 'Nach dem Verbot die Firmen verkaufen keine Kameras.', output: 'Nach dem Verbot verkaufen die Firmen keine Kameras.' },
        { lang: 'de', text: 'Im Januar die Behörden fordern neue Regeln.', output: 'Im Januar fordern die Behörden neue Regeln.' },
        { lang: 'de', text: 'Im Januar die Behörden ankündigen neue Regeln.' },
        // A present the dictionary tells ("planen", "arbeiten"), a strong past tense it lacks; one
        // in "ge-" may be a participle, one that ends with another present may be separable: no
        // suggestion.
        { lang: 'de', text: 'Im Januar die Regierung plant neue Gesetze.', output: 'Im Januar plant die Regierung neue Gesetze.' },
        { lang: 'de', text: 'Nach dem Verbot das Unternehmen arbeitet weiter mit der Polizei.', output: 'Nach dem Verbot arbeitet das Unternehmen weiter mit der Polizei.' },
        { lang: 'de', text: 'Im Jahr 2021 das Unternehmen verlor einen Auftrag in Großbritannien.', output: 'Im Jahr 2021 verlor das Unternehmen einen Auftrag in Großbritannien.' },
        { lang: 'de', text: 'Im Jahr 2019 die Regierung geleitet die Kommission.' },
        { lang: 'de', text: 'Im Jahr 2019 die Regierung einsetzt eine Kommission.' },
        // A strong past tense's plural; a preposition without an article ("laut", "trotz"); a
        // genitive after the subject's noun; a particle before the phrase; a modal.
        { lang: 'de', text: 'Laut Polizei die Täter flohen mit einem Auto.', output: 'Laut Polizei flohen die Täter mit einem Auto.' },
        { lang: 'de', text: 'Nach Angaben der Polizei die Täter verließen die Stadt.', output: 'Nach Angaben der Polizei verließen die Täter die Stadt.' },
        // A numeral opens the subject too.
        { lang: 'de', text: 'Laut Polizei zwei Täter flohen.', output: 'Laut Polizei flohen zwei Täter.' },
        // A preposition and a pronoun make the phrase.
        { lang: 'de', text: 'Trotz allem die Firma wuchs.', output: 'Trotz allem wuchs die Firma.' },
        { lang: 'de', text: 'Im Sommer 2020 die Zahl der Infektionen stieg stark an.', output: 'Im Sommer 2020 stieg die Zahl der Infektionen stark an.' },
        { lang: 'de', text: 'Spätestens im Januar die Regierung muss handeln.', output: 'Spätestens im Januar muss die Regierung handeln.' },
        // A prepositional phrase after the subject's noun; a modal that is an infinitive too.
        { lang: 'de', text: 'Im Sommer 2020 die Zahl der Infektionen in Deutschland stieg stark an.', output: 'Im Sommer 2020 stieg die Zahl der Infektionen in Deutschland stark an.' },
        { lang: 'de', text: 'Im Januar die Behörden müssen handeln.', output: 'Im Januar müssen die Behörden handeln.' },
        // A decade in the phrase.
        { lang: 'de', text: 'In den 1920er Jahren die Hubbards zogen in die USA.', output: 'In den 1920er Jahren zogen die Hubbards in die USA.' },
        { lang: 'de', text: 'In den 1990er-Jahren die Firma wuchs schnell.', output: 'In den 1990er-Jahren wuchs die Firma schnell.' },
        // A preposition after its noun ("Meiner Meinung nach", "Medienberichten zufolge").
        { lang: 'de', text: 'Meiner Meinung nach die Regierung muss handeln.', output: 'Meiner Meinung nach muss die Regierung handeln.' },
        { lang: 'de', text: 'Medienberichten zufolge die Täter flohen mit einem Auto.', output: 'Medienberichten zufolge flohen die Täter mit einem Auto.' },
        // "der" after a date opens the subject; prepositional phrases, a range, in the fronted phrase.
        { lang: 'de', text: 'Am 16. August der Aufstand brach im Ghetto aus.', output: 'Am 16. August brach der Aufstand im Ghetto aus.' },
        { lang: 'de', text: 'Ab 1942 der Vatikan protestierte gegen die Deportationen.', output: 'Ab 1942 protestierte der Vatikan gegen die Deportationen.' },
        { lang: 'de', text: 'Am 23. März 2015 der Oberste Gerichtshof verweigerte die Bescheinigung.', output: 'Am 23. März 2015 verweigerte der Oberste Gerichtshof die Bescheinigung.' },
        { lang: 'de', text: 'Nach der Landung in Daiquiri das Regiment nahm an der Schlacht teil.', output: 'Nach der Landung in Daiquiri nahm das Regiment an der Schlacht teil.' },
        { lang: 'de', text: 'Von 1309 bis 1377 der Papst residierte in Avignon.', output: 'Von 1309 bis 1377 residierte der Papst in Avignon.' },
        // After a noun and its year "der" and a noun whose plural is its form (a genitive plural
        // "der Spieler" too), where no subject follows the verb; after a month alone likewise.
        { lang: 'de', text: 'In der Saison 2019 der Spieler erzielte 20 Tore.', output: 'In der Saison 2019 erzielte der Spieler 20 Tore.' },
        { lang: 'de', text: 'In der Saison 2019 der Spieler erzielte in der Bundesliga 20 Tore.', output: 'In der Saison 2019 erzielte der Spieler in der Bundesliga 20 Tore.' },
        { lang: 'de', text: 'Ab 2015 der Hersteller verkaufte Elektroautos.', output: 'Ab 2015 verkaufte der Hersteller Elektroautos.' },
        { lang: 'de', text: 'Im August der Zerstörer segelte nach Malta.', output: 'Im August segelte der Zerstörer nach Malta.' },
        // "der" after a noun before a masculine noun in the singular, by the dictionary (a
        // genitive has a feminine or a plural there): after a year too, a feminine's ending
        // notwithstanding ("Verein").
        { lang: 'de', text: 'Im Jahr 2019 der Verein gewann die Meisterschaft.', output: 'Im Jahr 2019 gewann der Verein die Meisterschaft.' },
        { lang: 'de', text: 'Nach dem Spiel der Präsident lobte die Mannschaft.', output: 'Nach dem Spiel lobte der Präsident die Mannschaft.' },
        { lang: 'de', text: 'Laut Polizei der Sportverein hat die Stadt verklagt.', output: 'Laut Polizei hat der Sportverein die Stadt verklagt.' },
        { lang: 'de', text: 'Laut Gewerkschaft der Streik dauert an.', output: 'Laut Gewerkschaft dauert der Streik an.' },
        { lang: 'de', text: 'Nach dem Gipfel der Gouverneur kündigte Reformen an.', output: 'Nach dem Gipfel kündigte der Gouverneur Reformen an.' },
        // (A noun whose plural is its form, "der Fahrer", where no subject, no name and no comma
        // follow its singular verb, not "werden".)
        { lang: 'de', text: 'Laut Polizei der Fahrer war betrunken.', output: 'Laut Polizei war der Fahrer betrunken.' },
        { lang: 'de', text: 'Nach Angaben der Polizei der Fahrer war betrunken.', output: 'Nach Angaben der Polizei war der Fahrer betrunken.' },
        { lang: 'de', text: 'Laut Polizei der Lkw-Fahrer verlor den Führerschein.', output: 'Laut Polizei verlor der Lkw-Fahrer den Führerschein.' },
        { lang: 'de', text: 'Laut Bericht der Zeitung der Minister trat zurück.', output: 'Laut Bericht der Zeitung trat der Minister zurück.' },
        // (A name after its title; a weak masculine, "der Mensch", "der Kollege", which the
        // dictionary's classes do not tell; a masculine in "-en", "der Garten", told by its entry.)
        { lang: 'de', text: 'Am Dienstag der Präsident Trump sagte, dass alles gut sei.', output: 'Am Dienstag sagte der Präsident Trump, dass alles gut sei.' },
        { lang: 'de', text: 'Nach dem Spiel der Mensch lobte die Mannschaft.', output: 'Nach dem Spiel lobte der Mensch die Mannschaft.' },
        { lang: 'de', text: 'Im Auftrag der Regierung der Experte prüfte die Daten.', output: 'Im Auftrag der Regierung prüfte der Experte die Daten.' },
        { lang: 'de', text: 'Im Sommer der Garten blühte prächtig.', output: 'Im Sommer blühte der Garten prächtig.' },
        { lang: 'de', text: 'Laut Polizei der Boden war nass.', output: 'Laut Polizei war der Boden nass.' },
        // After "während", "seit" a feminine noun or an adjective of a genitive's ending ends the phrase.
        { lang: 'de', text: 'Während der Pandemie die Regierung schloss die Schulen.', output: 'Während der Pandemie schloss die Regierung die Schulen.' },
        { lang: 'de', text: 'Während der letzten Wochen die Firma verkaufte Kameras.', output: 'Während der letzten Wochen verkaufte die Firma Kameras.' },
        // (A noun whose entry has no masculine's class, "Wahl/Pmij", where the verb has an object.)
        { lang: 'de', text: 'Seit der Wahl die Regierung hat die Steuern erhöht.', output: 'Seit der Wahl hat die Regierung die Steuern erhöht.' },
        { lang: 'de', text: 'Seit der Wahl die Regierung plant neue Steuern.', output: 'Seit der Wahl plant die Regierung neue Steuern.' },
        // The verb before a comma and a zu-infinitive clause, which goes on the main clause.
        { lang: 'de', text: 'Im Herbst die Firma plant, den Markt zu verlassen.', output: 'Im Herbst plant die Firma, den Markt zu verlassen.' },
        { lang: 'de', text: 'Im Herbst die Firma plant, den Markt aufzugeben.', output: 'Im Herbst plant die Firma, den Markt aufzugeben.' },
        { lang: 'de', text: 'Die Preise stiegen, und danach die Firma plant, den Markt zu verlassen.', output: 'Die Preise stiegen, und danach plant die Firma, den Markt zu verlassen.' },
        // A main clause after a comma and a coordinator, a semicolon or a colon.
        { lang: 'de', text: 'Die Preise stiegen, und im Januar die Regierung verbot die Geräte.', output: 'Die Preise stiegen, und im Januar verbot die Regierung die Geräte.' },
        { lang: 'de', text: 'Hikvision bestreitet die Vorwürfe, aber das Unternehmen zuvor beworben seine Kameras.', output: 'Hikvision bestreitet die Vorwürfe, aber das Unternehmen hat zuvor seine Kameras beworben.' },
        { lang: 'de', text: 'Die Aufzeichnungen sind neu; im Jahr 2020 die Polizei nutzte die Geräte in Xinjiang.', output: 'Die Aufzeichnungen sind neu; im Jahr 2020 nutzte die Polizei die Geräte in Xinjiang.' },
        { lang: 'de', text: 'Der Ermittler wusste mehr: Das Unternehmen zuvor beworben seine Fähigkeit.', output: 'Der Ermittler wusste mehr: Das Unternehmen hat zuvor seine Fähigkeit beworben.' },
        // After "doch" as after "aber", a coordinator at the sentence's start, a quotation after a colon.
        { lang: 'de', text: 'Die Firma wuchs, doch im Herbst die Regierung verbot die Geräte.', output: 'Die Firma wuchs, doch im Herbst verbot die Regierung die Geräte.' },
        { lang: 'de', text: 'Doch im Januar die Regierung verbot die Geräte.', output: 'Doch im Januar verbot die Regierung die Geräte.' },
        { lang: 'de', text: 'Er sagte: „Im Januar die Regierung verbot die Geräte.“', output: 'Er sagte: „Im Januar verbot die Regierung die Geräte.“' },
        // An infinitive in the middle of a main clause.
        { lang: 'de', text: 'Laut Hikvision ist dies der Fall auslaufen diese Fähigkeit.' },
        { lang: 'de', text: 'Er wird kaufen die Firma.', output: 'Er wird die Firma kaufen.' },
        // The bracket broken as English has it: the participle or infinitive right after the
        // finite auxiliary or modal, before the object; it goes at the clause's end.
        { lang: 'de', text: 'Die Nutzer haben gelöscht ihre Konten.', output: 'Die Nutzer haben ihre Konten gelöscht.' },
        { lang: 'de', text: 'Die Polizei hat festgenommen einen Mann.', output: 'Die Polizei hat einen Mann festgenommen.' },
        // ("als" comparing a number, no subordinate clause.)
        { lang: 'de', text: 'Mehr als 100 Menschen haben verloren ihr Zuhause.', output: 'Mehr als 100 Menschen haben ihr Zuhause verloren.' },
        { lang: 'de', text: 'Das Unternehmen hat veröffentlicht seine Zahlen für das Quartal.', output: 'Das Unternehmen hat seine Zahlen für das Quartal veröffentlicht.' },
        { lang: 'de', text: 'Er wird treffen den Präsidenten am Montag.', output: 'Er wird den Präsidenten am Montag treffen.' },
        { lang: 'de', text: 'Sie können herunterladen die App kostenlos.', output: 'Sie können die App kostenlos herunterladen.' },
        { lang: 'de', text: 'Die Regierung hat angekündigt neue Maßnahmen.', output: 'Die Regierung hat neue Maßnahmen angekündigt.' },
        { lang: 'de', text: 'Hast du gesehen den Film?', output: 'Hast du den Film gesehen?' },
        { lang: 'de', text: 'Die Partei ist geworden die stärkste Kraft im Land.', output: 'Die Partei ist die stärkste Kraft im Land geworden.' },
        { lang: 'de', text: 'Er hat getroffen ihn gestern in Berlin.', output: 'Er hat ihn gestern in Berlin getroffen.' },
        { lang: 'de', text: 'Die Firma hat verkauft 500 Autos im letzten Jahr.', output: 'Die Firma hat 500 Autos im letzten Jahr verkauft.' },
        // A phrase of time where English has it, after the participle; an adverb of time at the clause's end.
        { lang: 'de', text: 'Die Entscheidung wurde getroffen letzte Woche.', output: 'Die Entscheidung wurde letzte Woche getroffen.' },
        { lang: 'de', text: 'Die Regierung hat beschlossen letzten Monat neue Regeln.', output: 'Die Regierung hat letzten Monat neue Regeln beschlossen.' },
        { lang: 'de', text: 'Die Entscheidung wurde getroffen gestern.', output: 'Die Entscheidung wurde gestern getroffen.' },
        { lang: 'de', text: 'Wir haben gegessen heute Morgen.', output: 'Wir haben heute Morgen gegessen.' },
        // A subject between them; a passive.
        { lang: 'de', text: 'Gestern hat die Polizei festgenommen einen Mann.', output: 'Gestern hat die Polizei einen Mann festgenommen.' },
        { lang: 'de', text: 'Es wurde gefunden eine Leiche im Wald.', output: 'Es wurde eine Leiche im Wald gefunden.' },
        // The clause's end: before a comma and a subordinator, or a coordinator and a new clause;
        // a quotation's end. Before another comma no suggestion ("Brot, Milch und Eier").
        { lang: 'de', text: 'Er hat gesagt dem Reporter, dass er zurücktritt.', output: 'Er hat dem Reporter gesagt, dass er zurücktritt.' },
        { lang: 'de', text: 'Der Spieler hat erzielt zwei Tore, und sein Team hat gewonnen.', output: 'Der Spieler hat zwei Tore erzielt, und sein Team hat gewonnen.' },
        { lang: 'de', text: '„Wir haben verloren das Spiel“, sagte der Trainer.', output: '„Wir haben das Spiel verloren“, sagte der Trainer.' },
        // A list up to the sentence's end; before another comma no suggestion.
        { lang: 'de', text: 'Wir haben gekauft Brot, Milch und Eier.', output: 'Wir haben Brot, Milch und Eier gekauft.' },
        { lang: 'de', text: 'Die Firma hat gekauft das Haus, das am See liegt.' },
        // In a subordinate clause its subject, then the bracket broken: the object first, the
        // finite verb last; before a comma and the main clause's verb too.
        { lang: 'de', text: 'Er weinte, weil er hat verloren das Spiel.', output: 'Er weinte, weil er das Spiel verloren hat.' },
        { lang: 'de', text: 'Er sagte, dass die Polizei hat festgenommen einen Mann.', output: 'Er sagte, dass die Polizei einen Mann festgenommen hat.' },
        { lang: 'de', text: 'Er weiß, dass die Firma wird kaufen das Haus.', output: 'Er weiß, dass die Firma das Haus kaufen wird.' },
        { lang: 'de', text: 'Sie fragt, ob Hikvision hat verkauft die Kameras an die Polizei.', output: 'Sie fragt, ob Hikvision die Kameras an die Polizei verkauft hat.' },
        { lang: 'de', text: 'Weil er hat verloren das Spiel, ist er traurig.', output: 'Weil er das Spiel verloren hat, ist er traurig.' },
        { lang: 'de', text: 'Während er hat gelesen das Buch, schlief sie.', output: 'Während er das Buch gelesen hat, schlief sie.' },
        { lang: 'de', text: 'Er sagte, dass er hat gekauft das Haus, das am See liegt.' },
        // After a fronted phrase of time a title and a name, no article, then the verb; a phrase
        // of time without a preposition.
        { lang: 'de', text: 'Am Dienstag Präsident Trump sagte, dass alles gut sei.', output: 'Am Dienstag sagte Präsident Trump, dass alles gut sei.' },
        { lang: 'de', text: 'Letzte Woche Kanzlerin Merkel kündigte neue Maßnahmen an.', output: 'Letzte Woche kündigte Kanzlerin Merkel neue Maßnahmen an.' },
        { lang: 'de', text: 'Im Jahr 2019 Präsident Trump besuchte Berlin.', output: 'Im Jahr 2019 besuchte Präsident Trump Berlin.' },
        { lang: 'de', text: 'Letzte Woche die Regierung verbot die Geräte.', output: 'Letzte Woche verbot die Regierung die Geräte.' },
        // (A name the dictionary lacks after the title; an adverb before a time of the day.)
        { lang: 'de', text: 'Vergangene Woche Präsident Biden unterzeichnete das Gesetz.', output: 'Vergangene Woche unterzeichnete Präsident Biden das Gesetz.' },
        { lang: 'de', text: 'Heute Morgen die Polizei fand die Leiche.', output: 'Heute Morgen fand die Polizei die Leiche.' },
        // A phrase of time after the passive's participle and "worden" or "werden".
        { lang: 'de', text: 'Der Vertrag ist unterzeichnet worden letzte Woche.', output: 'Der Vertrag ist letzte Woche unterzeichnet worden.' },
        { lang: 'de', text: 'Der Mann wurde verhaftet gestern.', output: 'Der Mann wurde gestern verhaftet.' },
        { lang: 'de', text: 'Der Vertrag soll unterzeichnet werden nächste Woche.', output: 'Der Vertrag soll nächste Woche unterzeichnet werden.' },
        { lang: 'de', text: 'Er sagte, dass der Vertrag ist unterzeichnet worden letzte Woche.', output: 'Er sagte, dass der Vertrag letzte Woche unterzeichnet worden ist.' },
        // An object's pronoun before the participle and a phrase of time after it; a subject's
        // pronoun before them; in a subordinate clause the finite verb last.
        { lang: 'de', text: 'Die Polizei hat ihn verhaftet gestern.', output: 'Die Polizei hat ihn gestern verhaftet.' },
        { lang: 'de', text: 'Die Firma hat ihnen geschrieben letzte Woche.', output: 'Die Firma hat ihnen letzte Woche geschrieben.' },
        { lang: 'de', text: 'Hat er ihn gesehen gestern?', output: 'Hat er ihn gestern gesehen?' },
        { lang: 'de', text: 'Er ist ihm begegnet heute Morgen.', output: 'Er ist ihm heute Morgen begegnet.' },
        { lang: 'de', text: 'Er sagte, dass die Polizei hat ihn verhaftet gestern.', output: 'Er sagte, dass die Polizei ihn gestern verhaftet hat.' },
        // In a subordinate clause the finite verb right after the subject, before an adverb: it goes
        // last (a separable verb's particle before it).
        { lang: 'de', text: 'Er weinte, weil er hat gestern verloren.', output: 'Er weinte, weil er gestern verloren hat.' },
        { lang: 'de', text: 'Er sagte, dass die Firma plant jetzt neue Stellen.', output: 'Er sagte, dass die Firma jetzt neue Stellen plant.' },
        { lang: 'de', text: 'Er sagte, dass die Firma kündigt jetzt neue Stellen an.', output: 'Er sagte, dass die Firma jetzt neue Stellen ankündigt.' },
        { lang: 'de', text: 'Weil er ist noch krank, bleibt er zu Hause.', output: 'Weil er noch krank ist, bleibt er zu Hause.' },
        { lang: 'de', text: 'Er sagte, dass er wird morgen kommen.', output: 'Er sagte, dass er morgen kommen wird.' },
        // Or before an object or a predicate; before another noun of a list, no suggestion.
        { lang: 'de', text: 'Er sagte, dass die Firma plant neue Stellen.', output: 'Er sagte, dass die Firma neue Stellen plant.' },
        { lang: 'de', text: 'Er spielte gut, obwohl es war Mick Lewis, der die Tore nahm.', output: 'Er spielte gut, obwohl es Mick Lewis war, der die Tore nahm.' },
        { lang: 'de', text: 'Ein Epitaph sagt, dass er war Konsul, Zensor und Ädil.' },
        { lang: 'de', text: 'Dass die Firma plant neue Stellen, ist klar.', output: 'Dass die Firma neue Stellen plant, ist klar.' },
        // A relative clause that the main clause's verb follows: no subject taken up.
        { lang: 'de', text: 'Die Firma, die war verschuldet, wuchs trotzdem.', output: 'Die Firma, die verschuldet war, wuchs trotzdem.' },
        // (After a pronoun a relative clause may go with: "etwas, das".)
        { lang: 'de', text: 'Das ist etwas, das ist verboten.', output: 'Das ist etwas, das verboten ist.' },
      ],
      pass: [
        { lang: 'de', text: 'Er wusste, dass seine Technologie verwendet wurde, um Uiguren zu überwachen.' },
        { lang: 'de', text: 'Sie nutzten Kameras, um die Minderheit zu überwachen.' },
        { lang: 'de', text: 'Es ist schwer, zu den Menschen durchzudringen.' },
        // Another clause after the zu-infinitive, its comma left out: no object.
        { lang: 'de', text: 'Falls Sie vorhaben, einen Branch zu versenden der seinem Gegenstück folgen soll, geben Sie das an.' },
        { lang: 'de', text: 'Um alle Beglaubigungen zu prüfen das Kommando verwenden.' },
        // "zu" before a relative pronoun, as an adverb, in an idiom: no zu-infinitive.
        { lang: 'de', text: 'Es gibt mehrere Schritte, zu denen der Prozess gehört.' },
        { lang: 'de', text: 'Ab und zu brechen die Verschlussringe.' },
        { lang: 'de', text: 'Er neigt nur zu oft dem Neid zu.' },
        { lang: 'de', text: 'Er sagte, dass es sich bewusst war, dass die Geräte verwendet wurden.' },
        // Passive with a modal: participle + "werden" + the finite modal, already verb-final.
        { lang: 'de', text: 'Die Behörde prüft, ob die Geräte eingesetzt werden dürfen.' },
        { lang: 'de', text: 'Er sagt, dass die Anlagen schnell gebaut werden können.' },
        { lang: 'de', text: 'Sie weiß, dass die Geräte geprüft werden müssen.' },
        { lang: 'de', text: 'Er fragt, ob die Daten verkauft werden sollen.' },
        // An infinitive and the finite modal after it, not after a participle.
        { lang: 'de', text: 'Das ist selten nötig, weil dadurch das System unbrauchbar werden kann.' },
        { lang: 'de', text: 'Es fehlen Leerzeichen, wo die Werte stehen sollten.' },
        // A noun that is a finite verb's form in small letters.
        { lang: 'de', text: 'Kapitel 9. Wie man sein Debian-System auf aktuellem Stand hält.' },
        { lang: 'de', text: 'Sie lösen das Problem, indem Sie alle Pakete auf den neuesten Stand bringen.' },
        // Reported speech without "dass", two main clauses joined by a comma.
        { lang: 'de', text: 'Ein Sprecher sagte, das Problem sei bekannt.' },
        { lang: 'de', text: 'Das Wetter war schlecht, die Sicht war begrenzt.' },
        // (After a noun: "die Opposition ist dagegen" may be a relative clause in the wrong order, an information.)
        // Participles as adjectives, fronted, in headlines; questions and imperatives; a plural
        // past tense that is a participle too, after the subject or after a fronted object.
        { lang: 'de', text: 'Gesagt, getan.' },
        { lang: 'de', text: 'Verboten ist das nicht.' },
        { lang: 'de', text: 'Das Rauchen ist hier verboten.' },
        { lang: 'de', text: 'Hikvision verboten: Großbritannien sperrt Kameras' },
        { lang: 'de', text: 'Kameras in Großbritannien verboten' },
        { lang: 'de', text: 'Ein Mann festgenommen, zwei Autos beschlagnahmt' },
        { lang: 'de', text: 'Die gestern verbotenen Geräte wurden entfernt.' },
        { lang: 'de', text: 'Wer hat die Geräte verboten?' },
        { lang: 'de', text: 'Die Firma, gegründet 1999, verkauft Kameras.' },
        { lang: 'de', text: 'Den Kopf gesenkt, verließ er den Raum.' },
        { lang: 'de', text: 'Haben Sie die Kameras gekauft?' },
        { lang: 'de', text: 'Kaufen Sie die Kameras!' },
        { lang: 'de', text: 'Die Behörden verboten die Geräte.' },
        { lang: 'de', text: 'Dieses Jahr verboten die Behörden den Verkauf.' },
        { lang: 'de', text: 'Im Mai verboten die Behörden den Verkauf.' },
        // A participle that is a finite verb too ("verwendet", "gefährdet").
        { lang: 'de', text: 'Das Unternehmen verwendet seine Kameras.' },
        { lang: 'de', text: 'Die Entscheidung gefährdet die Firma, und die Regierung gefährdet die Wirtschaft.' },
        { lang: 'de', text: 'Großbritannien hat vor kurzem Hikvision-Geräte verboten.' },
        // Infinitives at the end, and words that are infinitives too ("langen", "reifen").
        { lang: 'de', text: 'Er wird die Firma kaufen.' },
        { lang: 'de', text: 'Was kosten die Kameras?' },
        { lang: 'de', text: 'Wie ein Otter hatte Puijila einen langen Schwanz und kurze Gliedmaßen.' },
        // Subjects with "die", and relative clauses.
        { lang: 'de', text: 'Die Regierung verbot die Geräte.' },
        { lang: 'de', text: 'Die neuen Regeln verboten den Verkauf.' },
        { lang: 'de', text: 'Die Firma verboten die Behörden.' },
        { lang: 'de', text: 'Die Firma, die Kameras verkauft, wuchs.' },
        { lang: 'de', text: 'Die Regierung, die die Geräte verbot, trat zurück.' },
        // A fronted phrase with its verb next; a phrase that goes on with a genitive, a number that
        // counts or belongs to the noun, an apposition; focus particles before a subject.
        { lang: 'de', text: 'Im Jahr 2019 hat das Unternehmen seine Kameras beworben.' },
        { lang: 'de', text: 'Im Januar verbot die Regierung die Geräte.' },
        { lang: 'de', text: 'Später verbot die Regierung die Geräte.' },
        { lang: 'de', text: 'Nach dem Treffen sagte der Minister, dass alles gut sei.' },
        { lang: 'de', text: 'Nach dem Treffen der Minister sagte er, dass alles gut sei.' },
        { lang: 'de', text: 'Bei der Erfüllung dieser Aufgabe hat ein Schiff geholfen.' },
        { lang: 'de', text: 'Über 200 Kriegsschiffe wurden versenkt.' },
        { lang: 'de', text: 'In 200 Fällen wurden die Geräte verboten.' },
        { lang: 'de', text: 'Beim 1977 Gremlin waren die Scheinwerfer neu gestaltet.' },
        { lang: 'de', text: 'Mit dem Film Titanic gewann er einen Preis.' },
        { lang: 'de', text: 'Über die Hälfte der Mitglieder stimmte dagegen.' },
        { lang: 'de', text: 'Auch die Regierung verbot die Geräte.' },
        { lang: 'de', text: 'Vor allem die Regierung verbot die Geräte.' },
        { lang: 'de', text: 'Im dritten verfolgte Cotto die Offensive.' },
        // Infinitive and participle clauses, instructions, questions, subordinate clauses.
        { lang: 'de', text: 'Im Jahr 2019 die Firma zu verkaufen, war ein Fehler.' },
        { lang: 'de', text: 'Im Jahr 2019 die Firma verkauft, gründete er eine neue.' },
        { lang: 'de', text: 'Damals die jüngste Abgeordnete, wurde sie bekannt.' },
        { lang: 'de', text: 'Vor Gebrauch die Flasche schütteln.' },
        { lang: 'de', text: 'Wann hat die Regierung die Geräte verboten?' },
        { lang: 'de', text: 'Er sagte, dass im Jahr 2019 das Unternehmen seine Kameras beworben hat.' },
        { lang: 'de', text: 'Im Januar, als die Regierung die Geräte verbot, stiegen die Preise.' },
        // A preposition that is a conjunction too opens a subordinate clause.
        { lang: 'de', text: 'Seit die Firma wuchs, verdient er mehr.' },
        { lang: 'de', text: 'Seit Hikvision die Kameras verkaufte, gibt es Probleme.' },
        { lang: 'de', text: 'Während der Krieg die Stadt zerstörte, floh er.' },
        { lang: 'de', text: 'Während den Leuten die Geduld ausging, wartete er.' },
        { lang: 'de', text: 'Bis Hikvision die Firma kaufte, war alles gut.' },
        // After "und", "aber", "denn" a main clause keeps its verb second, its subject first or
        // after a fronted phrase, or left out; a subordinate clause it goes on ends with its verb;
        // after a colon a list; the verb left out ("und im Juni die Stadt die Kameras").
        { lang: 'de', text: 'Die Preise stiegen, und die Regierung verbot die Geräte nicht.' },
        { lang: 'de', text: 'Die Preise stiegen, und im Januar verbot die Regierung die Geräte.' },
        { lang: 'de', text: 'Die Preise stiegen, aber die Regierung plant keine neuen Gesetze.' },
        { lang: 'de', text: 'Hikvision wächst; im Jahr 2019 stieg der Umsatz um zehn Prozent.' },
        { lang: 'de', text: 'Er sagte, dass die Preise stiegen, und dass im Januar die Regierung die Geräte verbot.' },
        { lang: 'de', text: 'Er wusste, dass die Preise stiegen, und dann die Regierung die Geräte verbot.' },
        { lang: 'de', text: 'Sie fragte, ob die Firma wuchs und im Januar die Regierung die Geräte verbot.' },
        { lang: 'de', text: 'Zwei Termine stehen fest: am Montag die Eröffnung, am Dienstag die Wahl.' },
        { lang: 'de', text: 'Im Mai hat die Regierung die Geräte verboten, und im Juni die Stadt die Kameras.' },
        { lang: 'de', text: 'Im Mai wurde die Firma gegründet, und im Juni die Tochter an Hikvision verkauft.' },
        { lang: 'de', text: 'Die Polizei kam, und mit ihr die Presse.' },
        { lang: 'de', text: 'Im Januar plant die Regierung neue Gesetze.' },
        { lang: 'de', text: 'Im Jahr 2018 war die Zahl hoch, und im Jahr 2019 die Zahl doppelt so hoch.' },
        // "doch" joins two main clauses; the verb second after "laut", a particle, a genitive, a coordinator.
        { lang: 'de', text: 'Die Preise stiegen, doch die Regierung verbot die Geräte.' },
        { lang: 'de', text: 'Die Preise stiegen, weil die Regierung die Geräte verbot.' },
        { lang: 'de', text: 'Laut Polizei flohen die Täter mit einem Auto.' },
        { lang: 'de', text: 'Laut Polizei flohen zwei Täter.' },
        { lang: 'de', text: 'Nach zwei Tagen fand die Polizei die Leiche.' },
        { lang: 'de', text: 'Im Januar zwei Wochen nach der Wahl trat er zurück.' },
        { lang: 'de', text: 'Trotz allem wuchs die Firma.' },
        { lang: 'de', text: 'Trotz allem die Hoffnung behalten.' },
        { lang: 'de', text: 'Warum flohen die Täter mit einem Auto?' },
        { lang: 'de', text: 'Spätestens im Januar muss die Regierung handeln.' },
        { lang: 'de', text: 'Im Sommer 2020 stieg die Zahl der Infektionen stark an.' },
        { lang: 'de', text: 'Doch im Januar verbot die Regierung die Geräte.' },
        { lang: 'de', text: 'Im Herbst plant die Firma, den Markt zu verlassen.' },
        { lang: 'de', text: 'Er sagte: „Im Januar verbot die Regierung die Geräte.“' },
        // Headlines and lists without a verb, an apposition, infinitive clauses as subjects; a
        // zu-infinitive after a subordinate clause that "und" goes on.
        { lang: 'de', text: 'Laut Polizei die Täter: zwei Männer aus Berlin.' },
        { lang: 'de', text: 'Im Januar die Regierung, im Februar die Opposition.' },
        { lang: 'de', text: 'Nach dem Krieg der Wiederaufbau, die Gründung der Republik und die Wahlen.' },
        { lang: 'de', text: 'Im Januar die Regierung zu kritisieren, war ein Fehler.' },
        { lang: 'de', text: 'Im Januar die Zahl der Infektionen zu senken, war das Ziel.' },
        { lang: 'de', text: 'Selbst in der Krise die Firma wachsen zu lassen, ist schwer.' },
        { lang: 'de', text: 'Im Januar die Wahl in Berlin, im Februar die in Hamburg.' },
        { lang: 'de', text: 'In den 1920er Jahren die Hubbards, in den 1930er Jahren die Millers.' },
        { lang: 'de', text: 'Nach der Landung in Daiquiri nahm das Regiment an der Schlacht teil.' },
        { lang: 'de', text: 'Im August der Jahre 2019 und 2020 stiegen die Preise.' },
        { lang: 'de', text: 'Im Sommer der Liebe flohen viele junge Menschen nach San Francisco.' },
        { lang: 'de', text: 'Am 16. August der Opfer gedenken.' },
        // "der" after another number or a weekday, or before a genitive's or a feminine noun's ending.
        { lang: 'de', text: 'In Phase 2 der Studie zeigte sich ein Effekt.' },
        { lang: 'de', text: 'Nach Paragraf 3 der Satzung muss der Vorstand zustimmen.' },
        { lang: 'de', text: 'Im Januar der vergangenen Jahre stieg die Zahl der Fälle.' },
        { lang: 'de', text: 'Am Montag der nächsten Woche beginnt der Unterricht.' },
        { lang: 'de', text: 'Im Finale 2019 der Champions League gewann Liverpool.' },
        { lang: 'de', text: 'Nach der Saison 2019 der Bundesliga wechselte er nach England.' },
        { lang: 'de', text: 'In der Saison 2019 der NFL gewannen die Patriots.' },
        // A genitive plural after a noun and its year, its subject after the verb; after a noun of
        // a list or ranking; after a month alone.
        { lang: 'de', text: 'In der Rangliste 2019 der Tennisspieler führte Nadal.' },
        // (A feminine by the dictionary's classes after a date: "Bank/Pmij", "Stadt/ijm".)
        { lang: 'de', text: 'Im Jahresbericht 2019 der Bundesbank steht das.' },
        { lang: 'de', text: 'Im Haushalt 2020 der Stadt fehlt Geld.' },
        { lang: 'de', text: 'In der Weltrangliste 2020 der Schachspieler lag Carlsen vorn.' },
        { lang: 'de', text: 'Im Ranking 2019 der Arbeitgeber landete Google auf Platz eins.' },
        { lang: 'de', text: 'In der Umfrage 2021 der Unternehmer gaben viele an, dass sie investieren wollen.' },
        { lang: 'de', text: 'In der Tabelle 2020 der Verlierer stand ganz unten Schalke.' },
        { lang: 'de', text: 'In der Rangliste 2019 der Spieler lag mit großem Abstand Nadal vorn.' },
        { lang: 'de', text: 'In der Saison 2020 der Läufer gewann in Berlin Kipchoge.' },
        { lang: 'de', text: 'In der Spielzeit 2021 der Spieler verletzte sich Neuer.' },
        { lang: 'de', text: 'Im Mai der Saison wechselte er nach England.' },
        { lang: 'de', text: 'Im Juni der Fußballer wurde Messi gefeiert.' },
        // "der" after a noun: a genitive's before a feminine or a plural, or where a subject, a
        // name or a comma follows the verb, or the verb is plural or "werden".
        { lang: 'de', text: 'Laut Angaben der Polizei war der Fahrer betrunken.' },
        { lang: 'de', text: 'Nach Angaben der Behörden wurden zwei Menschen verletzt.' },
        { lang: 'de', text: 'Laut Aussage der Fahrer war die Straße glatt.' },
        { lang: 'de', text: 'Nach Ansicht der Kritiker fehlt dem Film die Tiefe.' },
        { lang: 'de', text: 'Laut Angaben der Veranstalter war unklar, ob das Konzert stattfindet.' },
        { lang: 'de', text: 'Auf Wunsch der Spieler wurde gestern gespielt.' },
        { lang: 'de', text: 'Laut Angaben der Veranstalter wurde niemand verletzt.' },
        { lang: 'de', text: 'Laut Angaben der Veranstalter ist mit Staus zu rechnen.' },
        { lang: 'de', text: 'Nach Angaben der Betreiber darf dort nicht geparkt werden.' },
        { lang: 'de', text: 'Laut Aussage der Zeugen habe er nichts gewusst.' },
        { lang: 'de', text: 'Auf Seiten der Verlierer herrschte Enttäuschung.' },
        { lang: 'de', text: 'Zur Freude der Zuschauer gewann Berlin.' },
        { lang: 'de', text: 'Mit Ausnahme der Fahrer erhielt jeder eine Medaille.' },
        { lang: 'de', text: 'Im Laufe der Jahre wuchs der Verein.' },
        { lang: 'de', text: 'Laut Angaben der Agenten war die Lage ruhig.' },
        { lang: 'de', text: 'Nach dem Tod der Mutter zog er nach Berlin.' },
        { lang: 'de', text: 'Auf Wunsch der Kultur- und Sportvereine wurde gebaut.' },
        { lang: 'de', text: 'Zu Beginn der Saison wurde bekannt, dass er geht.' },
        { lang: 'de', text: 'Nach Angaben der Polizei der Stadt wurde niemand verletzt.' },
        // (A feminine homograph of a masculine, "die Band", "die Mark", "die Gang", or another
        // subject after the verb, a plural verb: a genitive.)
        { lang: 'de', text: 'Nach Auflösung der Band gründete der Sänger ein Soloprojekt.' },
        { lang: 'de', text: 'Laut Management der Punkband wurde das Konzert abgesagt.' },
        { lang: 'de', text: 'Nach Einführung der D-Mark stiegen die Preise.' },
        { lang: 'de', text: 'Nach Angaben der Gang war die Lage ruhig.' },
        { lang: 'de', text: 'Nach Abzug der Vorhut begann der Angriff.' },
        { lang: 'de', text: 'Nach Trockenlegung der Marsch wuchs das Dorf.' },
        { lang: 'de', text: 'Nach Genuss der Maß schlief der Gast ein.' },
        { lang: 'de', text: 'Nach Genuss der Maß schlief er ein.' },
        // (A genitive plural in "-en", the plural of a weak masculine or another's; after a noun
        // and its year a name after the verb, its subject: "der Außenminister" is a genitive.)
        { lang: 'de', text: 'Laut Angaben der Agenten war die Lage ruhig.' },
        { lang: 'de', text: 'Im Land der Kelten herrschte Krieg.' },
        { lang: 'de', text: 'Im Namen der Studenten sprach ein Vertreter.' },
        { lang: 'de', text: 'Laut Aussage der Kollegen war er krank.' },
        { lang: 'de', text: 'Nach dem Treffen der Minister Maas und Le Drian sprachen sie.' },
        { lang: 'de', text: 'Beim Treffen 2019 der Außenminister sprach Maas.' },
        // (An indirect question, its comma left out.)
        { lang: 'de', text: 'In welchem Jahr der Verein gewann weiß niemand.' },
        { lang: 'de', text: 'Mit welchem Ziel die Ministerin reiste blieb unklar.' },
        // After "während" "der" and a masculine, or a dative, open a subordinate clause.
        { lang: 'de', text: 'Während der Pandemie schloss die Regierung die Schulen.' },
        { lang: 'de', text: 'Während der Präsident sprach, protestierten die Demonstranten.' },
        { lang: 'de', text: 'Während der Regierung die Zeit davonlief, wartete sie.' },
        { lang: 'de', text: 'Während der Mensch die Natur zerstört, leiden die Tiere.' },
        { lang: 'de', text: 'Seit der Mensch die Natur zerstört und ausbeutet, leiden die Tiere.' },
        { lang: 'de', text: 'Bis der Mensch die Natur zerstört hat, vergehen Jahre.' },
        { lang: 'de', text: 'Während der Graf die Stadt regierte blühte der Handel.' },
        { lang: 'de', text: 'Während der Spion die Stadt verließ in der Nacht, schlief die Wache.' },
        { lang: 'de', text: 'Seit der Graf die Stadt regiert, blüht der Handel.' },
        { lang: 'de', text: 'Seit der Prinz die Stadt verließ in der Nacht, schläft die Wache.' },
        { lang: 'de', text: 'Während der Fahrt die Kinder schliefen.' },
        // An instruction's infinitive ends its clause, after a plural subject too.
        { lang: 'de', text: 'Vor dem Essen die Hände waschen und abtrocknen.' },
        { lang: 'de', text: 'Im Notfall die Nachbarn anrufen oder die Polizei rufen.' },
        { lang: 'de', text: 'Danach die Nudeln kochen in Salzwasser.' },
        { lang: 'de', text: 'Vor dem Start die Dateien löschen die nicht mehr gebraucht werden.' },
        // "während", "seit" with a number may open a subordinate clause, its verb before "und" or a comma.
        { lang: 'de', text: 'Während 2019 die Firma wuchs und die Preise stiegen, sank der Gewinn.' },
        { lang: 'de', text: 'Während 2019 die Firma plante, den Markt zu verlassen, stiegen die Preise.' },
        { lang: 'de', text: 'Seit 2019 die Firma wuchs und die Preise stiegen, sinkt der Gewinn.' },
        { lang: 'de', text: 'Sowie im Januar die Regierung verkündete, dass die Geräte verboten sind, stiegen die Preise.' },
        // Instructions: an infinitive at the clause's end that is a finite verb's form too.
        { lang: 'de', text: 'Im Bus die Kinder am Fenster stehen lassen.' },
        { lang: 'de', text: 'Vor dem Start die Papiere griffbereit haben.' },
        { lang: 'de', text: 'Vor dem Start die Papiere haben.' },
        { lang: 'de', text: 'Im Alltag die Ruhe haben, mehr zu lesen.' },
        // A noun before "nach" that is no phrase of it: a nominative, a wrong preposition.
        { lang: 'de', text: 'Meiner Meinung nach muss die Regierung handeln.' },
        { lang: 'de', text: 'Der Zug nach Berlin fährt um acht.' },
        { lang: 'de', text: 'Die Reise nach die Schweiz war schön.' },
        { lang: 'de', text: 'Der Weg nach das Dorf ist weit.' },
        { lang: 'de', text: 'Er wusste, dass die Preise stiegen, und danach die Firma plante, den Markt zu verlassen.' },
        // The bracket closed; after the participle a clause, a prepositional phrase, a comparison,
        // a zu-infinitive, a colon, no object; another clause's verb, its comma left out.
        { lang: 'de', text: 'Die Nutzer haben ihre Konten gelöscht.' },
        { lang: 'de', text: 'Er hat gesagt, dass er morgen kommt.' },
        { lang: 'de', text: 'Sie hat gewonnen.' },
        { lang: 'de', text: 'Das Spiel wurde abgebrochen wegen Regen.' },
        { lang: 'de', text: 'Das Unternehmen hat investiert in neue Technologien.' },
        { lang: 'de', text: 'Er hat mehr verdient als sein Chef.' },
        { lang: 'de', text: 'Sie hat gespielt wie eine Weltmeisterin.' },
        { lang: 'de', text: 'Er hat gelernt zu schwimmen.' },
        { lang: 'de', text: 'Er hat gelernt Klavier zu spielen.' },
        { lang: 'de', text: 'Sie hat beschlossen das Haus zu verkaufen.' },
        { lang: 'de', text: 'Er hat versucht eine Glühbirne auszupusten.' },
        { lang: 'de', text: 'Wir haben gekauft: Brot, Milch und Eier.' },
        { lang: 'de', text: 'Er hat gefragt „Warum?“' },
        // (Nor the infinitive pattern: an infinitive before "sein", or a zu-infinitive after it.)
        { lang: 'de', text: 'Ebensogut könnte ich versuchen eine Glühbirne auszupusten!' },
        { lang: 'de', text: 'Der Mensch sollte sich niemals genieren einen Irrtum zuzugeben.' },
        { lang: 'de', text: 'Ein Debdiff muss in Ihrer Anfrage enthalten sein.' },
        { lang: 'de', text: 'Er hat gesagt die Firma sei pleite.' },
        { lang: 'de', text: 'Er hat gesagt die Regierung plant neue Gesetze.' },
        { lang: 'de', text: 'Ich habe gehofft er kommt.' },
        // Participles that are adverbs too, after "hat" as the full verb or before the bracket's
        // own participle; "sein" before an adjective's participle; a copula; modals as full verbs.
        { lang: 'de', text: 'Er hat bestimmt einen Grund.' },
        { lang: 'de', text: 'Sie hat ausgesprochen gute Laune.' },
        { lang: 'de', text: 'Er hat bestimmt den Film gesehen.' },
        { lang: 'de', text: 'Sie hat ausgerechnet den Chef angerufen.' },
        { lang: 'de', text: 'Das Rauchen ist verboten in allen Gebäuden.' },
        { lang: 'de', text: 'Der Laden ist geöffnet jeden Tag.' },
        { lang: 'de', text: 'Die Entscheidung wurde letzte Woche getroffen.' },
        { lang: 'de', text: 'Die Entscheidung wurde gestern in Berlin getroffen.' },
        { lang: 'de', text: 'Er hat heute gewonnen.' },
        { lang: 'de', text: 'Er hörte nicht auf, die ganze Zeit so zu reden.' },
        { lang: 'de', text: 'Das wird bestimmt ein schöner Tag.' },
        { lang: 'de', text: 'Sie möchte gerne einen Kaffee.' },
        { lang: 'de', text: 'Die Welt will betrogen sein.' },
        { lang: 'de', text: 'Sie können einen Benutzer nicht einer NIS- oder LDAP-Gruppe hinzufügen.' },
        // Subordinate clauses (verb-final is another pattern's), a capital that is a noun.
        { lang: 'de', text: 'Unter diesem Wollen zanken sich beide fort.' },
        // A passive before a prepositional phrase; a subject before the participle, then a clause.
        { lang: 'de', text: 'Er wurde geboren am 3. Mai.' },
        { lang: 'de', text: 'Er wurde ernannt zum Minister.' },
        { lang: 'de', text: 'Er wurde bestimmt ein guter Arzt.' },
        { lang: 'de', text: 'Gestern hat die Polizei bestätigt, dass der Mann tot ist.' },
        { lang: 'de', text: 'Damals hat der Vater gesagt, er komme zurück.' },
        // Subordinate clauses that end with their verbs, a double infinitive after the finite verb.
        { lang: 'de', text: 'Weil er das Spiel verloren hat, ist er traurig.' },
        { lang: 'de', text: 'Er sagte, dass er gesehen hat, wie die Polizei einen Mann festnahm.' },
        { lang: 'de', text: 'Ich weiß, dass er es hat machen müssen.' },
        { lang: 'de', text: 'Er fragte, ob die Firma das Haus hat bauen lassen.' },
        // A title and a name after the verb, or the subject first; a headline, a list; a phrase of
        // no time (verse); a title before a noun; English quoted.
        { lang: 'de', text: 'Am Dienstag sagte Präsident Trump, dass alles gut sei.' },
        { lang: 'de', text: 'Präsident Trump sagte am Dienstag, dass alles gut sei.' },
        { lang: 'de', text: 'Letzte Woche kündigte Kanzlerin Merkel neue Maßnahmen an.' },
        { lang: 'de', text: 'Heute Morgen fand die Polizei die Leiche.' },
        { lang: 'de', text: 'Am Dienstag Präsident Trump in Berlin' },
        { lang: 'de', text: 'Letzte Woche Kanzlerin Merkel, diese Woche Präsident Macron.' },
        { lang: 'de', text: 'Im Winkel König Fahrenheit hat still sein Mus gegessen.' },
        { lang: 'de', text: 'Am Tag Präsident Kennedys Tod war es kalt.' },
        { lang: 'de', text: 'Die Zeitung schrieb: „On Tuesday President Trump said no.“' },
        // The passive's bracket closed; a clause after it.
        { lang: 'de', text: 'Der Vertrag ist letzte Woche unterzeichnet worden.' },
        { lang: 'de', text: 'Der Vertrag ist unterzeichnet worden, weil alle zustimmten.' },
        { lang: 'de', text: 'Der Vertrag soll nächste Woche unterzeichnet werden.' },
        // An object's pronoun, the participle last; a phrase of time after a comma, an afterthought,
        // or before more words of the clause; a noun after the participle, one addressed; a modal's
        // infinitive, a song's order; a line that ends without a mark, verse's or a heading's.
        { lang: 'de', text: 'Die Polizei hat ihn gestern verhaftet.' },
        { lang: 'de', text: 'Er hat ihn verhaftet, gestern noch.' },
        { lang: 'de', text: 'Er hat ihn verhaftet gestern noch und heute.' },
        { lang: 'de', text: 'Er hat ihm gesagt gestern, dass er kommt.' },
        { lang: 'de', text: 'Er hat ihm versprochen morgen zu kommen.' },
        { lang: 'de', text: 'Ich habe dich vermisst Mama!' },
        { lang: 'de', text: 'Ich will dich lieben heute.' },
        { lang: 'de', text: 'Sie hat ihn geküsst heute' },
        // Subordinate clauses with their verbs last; "als", "während" before a noun open no clause.
        { lang: 'de', text: 'Er weinte, weil er gestern verloren hat.' },
        { lang: 'de', text: 'Er sagte, dass die Firma jetzt neue Stellen plant.' },
        { lang: 'de', text: 'Als Kind hat er oft gespielt.' },
        { lang: 'de', text: 'Während der Pause hat er oft gespielt.' },
        { lang: 'de', text: 'Er sagte, dass er morgen kommen wird.' },
        // A prepositional phrase after the verb at the clause's end; a coordinator; a double
        // infinitive; a clause alone on a line of verse.
        { lang: 'de', text: 'Er blieb, weil er Kameras verkauft in China.' },
        { lang: 'de', text: 'Er kommt, ob er will oder nicht.' },
        { lang: 'de', text: 'Er sagte, dass sie haben kommen müssen.' },
        { lang: 'de', text: 'Und sie fragte sich,\n  ob sie sei die Fei,\nim Walde allein.' },
        // A subject taken up by a demonstrative, in verse and speech.
        { lang: 'de', text: 'Der Bauer, der ist mißgestimmt, weil kleine Schweine Ferkel sind.' },
        { lang: 'de', text: 'Der Teufel, der ist alt.' },
        { lang: 'de', text: 'Und die Resolution, die blieb unversandt.' },
        // A demonstrative after a clause or a coordinator opens a main clause; so does a comma
        // after "es sei denn"; a subordinator right before the finite verb is an adverb.
        { lang: 'de', text: 'Er kam zu spät, das ist schlecht.' },
        { lang: 'de', text: 'Denn, der kann kochen, Betten machen und aufräumen.' },
        { lang: 'de', text: 'Eine Warnung wird ausgegeben, es sei denn, die Umgebungsvariable POSIXLY_CORRECT ist gesetzt.' },
        { lang: 'de', text: 'Damit wird sichergestellt, dass alles läuft.' },
        { lang: 'de', text: 'Da wird dann, wenn es regnet, gefeiert.' },
      ],
    },
  },
  (ctx) => {
    const tables = candidateTables(ctx.language);
    const articles = ctx.profile?.articles;
    if (!articles || (!tables.finiteVerbs.size && !tables.infinitiveParticle)) return;
    const openers = clauseOpeners(ctx.language, true);
    const main = ctx.profile!.mainClauseVerb ? mainClauseWords(ctx) : undefined;
    const opening = main ? frontedOpeners(ctx, tables) : undefined;
    const particles = ctx.profile!.mainClauseVerb?.particles;
    for (const s of ctx.sentences) {
      if (s.firstWord < 0) continue;
      // Cheap filter first: a zu-infinitive needs "zu", a verb-final clause an opener and a finite
      // verb, a main clause a participle of the lists or an infinitive and a finite verb.
      let particle = false;
      let opener = false;
      let finite = false;
      let participle = false;
      let infinitive = false;
      let auxiliary = false;
      // (A finite verb before a participle in its clause, "Er hat es gesagt": no participle
      // standing as the verb there, and the sentence need not be taken apart for it. A clause
      // begins after a comma: "…, und Großbritannien verboten die Geräte".)
      let verbInClause = false;
      // (A fronted phrase that opens a main clause after a comma and a coordinator, a semicolon or
      // a colon: "…, und im Januar die Regierung verbot …". Looked for only at a word that opens
      // one, and at most once a sentence.)
      let frontedLater = false;
      for (let i = s.firstWord; i <= s.lastWord; i++) {
        const lower = ctx.words[i].value.toLowerCase();
        if (i > s.firstWord && verbInClause) {
          // (Each gap between two words is read once: linear in the sentence.)
          for (let k = ctx.words[i - 1].end; k < ctx.words[i].start; k++) if (isClauseMark(ctx.text.charCodeAt(k))) verbInClause = false;
        }
        if (opening && !frontedLater && i > s.firstWord && (opening.has(lower) || particles!.has(lower)) && clauseStart(ctx, i, s.firstWord)) {
          const o = frontedOpener(ctx, i, s.lastWord, opening, false);
          if (o >= 0 && mayBeFronted(ctx, o, s.lastWord)) frontedLater = true;
        }
        if (lower === tables.infinitiveParticle) particle = true;
        else if (openers.has(lower)) opener = true;
        else if (tables.finiteVerbs.has(lower)) finite = verbInClause = true;
        else if (main && ctx.profile!.finiteAuxiliaries?.has(lower)) auxiliary = verbInClause = true;
        else if (main && (lower.endsWith('t') || lower.endsWith('n'))) {
          // (The shape of an infinitive in small letters, right before an article or a determiner,
          // where the check looks for one: the dictionary's verbs are read, and the sentence taken
          // apart, only for a sentence that may have one. Nearly every German sentence has a word
          // in -en, and looking at each had cost the rule 300 ms on the bench's 7,000 sentences.)
          if ((lower.endsWith('en') || lower.endsWith('rn') || lower.endsWith('ln')) && /^\p{Ll}/u.test(ctx.words[i].value) && i < s.lastWord) {
            const next = ctx.words[i + 1].value.toLowerCase();
            if (articles.has(next) || ctx.profile!.possessives?.has(next) || ctx.profile!.mainClauseVerb!.determiners.has(next)) infinitive = true;
          }
          if (!verbInClause && (main.participles.has(lower) || main.pluralParticiples.has(lower))) participle = true;
        }
      }
      const inMain = participle || (infinitive && (finite || auxiliary));
      const start = opening === undefined ? -1 : frontedOpener(ctx, s.firstWord, s.lastWord, opening, true);
      const frontedAtStart = (start >= 0 && mayBeFronted(ctx, start, s.lastWord)) || (opening !== undefined && (mayBePostposed(ctx, s.firstWord, s.lastWord) || mayBeTimeFronted(ctx, s.firstWord, s.lastWord)));
      const fronted = frontedAtStart || frontedLater;
      // (A finite auxiliary or modal and a participle or infinitive right after it: see `brokenBracket`.)
      const bracket = main !== undefined && ctx.profile!.verbBracket !== undefined && (mayBeBracket(ctx, s.firstWord, s.lastWord) || (opener && mayBeVerbSecond(ctx, s.firstWord, s.lastWord)));
      if (!particle && !(opener && finite) && !inMain && !fronted && !bracket) continue;
      const text = ctx.text.slice(s.start, s.end);
      const units = splitUnits(text);
      const lower = units.map((u) => u.text.toLowerCase());
      const bracketed = bracket ? brokenBracket(ctx, s.start, text, units, lower, tables, main!) : undefined;
      if (particle || (opener && finite)) subordinate(ctx, s.start, text, units, lower, tables, main);
      if (main && (inMain || fronted)) mainClause(ctx, s.start, text, units, lower, tables, main, inMain, fronted, frontedAtStart, opening!, bracketed);
    }
  },
  {
    // The dictionary's verbs that `mainClauseWords` and `brokenBracket` read on first use (an
    // article with a main clause's infinitive or participle to look at: most news articles).
    prepare(language, resources) {
      const profile = resources.profile(language);
      const speller = resources.speller(language);
      const cfg = profile?.mainClauseVerb;
      if (!speller || !cfg) return;
      dictionaryVerbs(speller, cfg.infinitive);
      dictionaryClass(speller, cfg.preterite.flag);
      if (profile.verbBracket) dictionaryVerbs(speller, profile.verbBracket.infinitive);
    },
  },
);

/** Opening quotation marks (a unit's text), which may open a sentence or a clause after a colon. */
const OPENING_QUOTES = /^["„“«»‚‘‹›']$/u;

/** A comma, a semicolon or a colon (char codes): where the prefilter takes a new clause to begin. */
function isClauseMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a;
}

/**
 * Whether sentence word `i` opens a main clause after the sentence's start (word `first`): after
 * a semicolon or a colon, or after a coordinator (or a joiner, "aber") that follows a comma.
 */
function clauseStart(ctx: RuleContext, i: number, first: number): boolean {
  const profile = ctx.profile!;
  const gap = (w: number, marks: (c: number) => boolean) => {
    for (let k = ctx.words[w - 1].end; k < ctx.words[w].start; k++) if (marks(ctx.text.charCodeAt(k))) return true;
    return false;
  };
  if (gap(i, (c) => c === 0x3b || c === 0x3a)) return true;
  const before = ctx.words[i - 1].value.toLowerCase();
  return i - 1 > first && (profile.coordinators.has(before) || profile.mainClauseVerb!.joiners.has(before)) && gap(i - 1, (c) => c === 0x2c);
}

/**
 * The sentence word at or after word `i` (a clause's first) that opens a fronted phrase, one of
 * `opening`, or -1: at the sentence's start after one of the profile's `leading` ("Doch im
 * Januar die Regierung verbot"), and after a particle before a preposition ("Spätestens im
 * Januar"), a space between them.
 */
function frontedOpener(ctx: RuleContext, i: number, last: number, opening: ReadonlySet<string>, atStart: boolean): number {
  const profile = ctx.profile!;
  const cfg = profile.mainClauseVerb!;
  const spaced = (w: number) => {
    for (let k = ctx.words[w - 1].end; k < ctx.words[w].start; k++) if (ctx.text.charCodeAt(k) !== 0x20) return false;
    return true;
  };
  let lower = ctx.words[i].value.toLowerCase();
  if (atStart && i < last && cfg.leading.has(lower) && spaced(i + 1)) lower = ctx.words[++i].value.toLowerCase();
  if (i < last && cfg.particles.has(lower) && spaced(i + 1)) {
    const next = ctx.words[i + 1].value.toLowerCase();
    if (opening.has(next) && !cfg.fronted.has(next)) return i + 1;
  }
  return opening.has(lower) ? i : -1;
}

/** Verb-final subordinate clauses and zu-infinitives before their object (see the file comment). */
function subordinate(ctx: RuleContext, offset: number, text: string, units: UnitLike[], lower: string[], tables: CandidateTables, words?: MainClauseWords): void {
  const profile = ctx.profile!;
  const articles = profile.articles!;
  const isVerbForm = (i: number) => units[i]?.kind === 'word' && /^\p{Ll}\p{L}*(?:t|en|n)$/u.test(units[i].text) && !articles.has(lower[i]) && !profile.functionWords.has(lower[i]);
  // "eingesetzt werden dürfen": the auxiliary is an infinitive inside a verb cluster that
  // already ends with its finite verb (an auxiliary or modal, after a participle or infinitive).
  const verbCluster = (f: number) => tables.finiteVerbs.has(lower[f + 1]) && isVerbForm(f - 1);
  // ", die Lage ist ernst", ", das Problem sei bekannt": after the comma an article and its
  // noun, then the verb, is a main clause (reported speech without "dass", two clauses joined
  // by a comma), not a relative clause: a relative pronoun is not followed by a noun and the
  // verb alone ("…, die die Polizei hat verwendet" is one).
  const mainClause = (f: number) => {
    let k = f - 1;
    while (k >= 0 && !(units[k].kind === 'punct' && /^[,;:–—(]$/.test(units[k].text))) k--;
    const first = k + 1;
    // After a noun the article may be a relative pronoun that refers to it ("die Firma, die
    // Kameras hat gebaut") or an article ("plant Radwege, die Opposition ist dagegen"):
    // 'maybe', an information, not a warning.
    const before = units[k - 1];
    if (!(f - first === 2 && articles.has(lower[first]) && units[first + 1]?.kind === 'word' && /^\p{Lu}/u.test(units[first + 1].text))) return false;
    return before?.kind === 'word' && /^\p{Ll}/u.test(before.text) ? true : 'maybe';
  };
  const closes = (i: number) => i >= units.length || (units[i].kind === 'punct' && /^[,.;:!?)–—]$/.test(units[i].text));
  // The sentence's first word, a subordinator, right before the finite verb: an adverb there,
  // the verb second ("Damit wird sichergestellt, dass …", "Da ist …").
  const adverbOpener = (f: number): boolean => {
    let k = 0;
    while (k < f && !isWordOf(units[k])) k++;
    return k === f - 1 && /^\p{Lu}/u.test(units[k].text) && openers.has(lower[k]);
  };
  // A main clause after one of the profile's `mainClauseAfter` and a comma ("es sei denn, die
  // Option -y wird verwendet"): its article is no relative pronoun.
  const afterPhrase = (f: number): boolean => {
    const phrases = profile.mainClauseVerb?.mainClauseAfter;
    if (!phrases) return false;
    let k = f - 1;
    while (k >= 0 && !(units[k].kind === 'punct' && /^[,;:]$/u.test(units[k].text))) k--;
    if (k < 1 || units[k].text !== ',') return false;
    return phrases.some((p) => p.length <= k && p.every((w, i) => lower[k - p.length + i] === w));
  };
  // A subject taken up by a demonstrative, as verse and speech do ("Der Bauer, der ist
  // mißgestimmt, weil …", "Der Teufel, der ist alt;", "Und die Resolution, die blieb
  // unversandt."): the clause opens with an article and its noun (adjectives between), a comma,
  // the same word as the pronoun, and the verb at `f`; the sentence ends after its clause, or a
  // subordinator or coordinator follows its comma. No relative clause, which the main clause's
  // verb would follow ("Die Firma, die war verwendet, wuchs"). Or a demonstrative that opens a
  // main clause after another (see below).
  const dislocated = (f: number, to: number): boolean => {
    const p = f - 1;
    if (p < 2 || units[p - 1].text !== ',' || !isWordOf(units[p]) || !tables.relativePronouns.has(lower[p])) return false;
    // (A demonstrative after a clause or a coordinator, "…, das ist gut.", "Immer hart, das ist
    // hart.", "Denn, der kann kochen": after a comma the pronoun has no noun nor pronoun before it
    // that a relative clause would go with, a word in small letters, not one of the profile's
    // `antecedents` ("etwas, das", "jemand, der").)
    const before = p - 2;
    const mv = profile.mainClauseVerb;
    if (mv?.antecedents && isWordOf(units[before]) && (profile.coordinators.has(lower[before]) || mv.joiners.has(lower[before]) || (/^\p{Ll}/u.test(units[before].text) && !mv.antecedents.has(lower[before]) && !profile.pronouns?.has(lower[before]) && !articles.has(lower[before])))) return true;
    if (p < 3) return false;
    let k = 0;
    while (k < p && !isWordOf(units[k])) k++;
    if (profile.mainClauseVerb?.leading.has(lower[k])) k++;
    if (lower[k] !== lower[p]) return false;
    let j = k + 1;
    while (j < p - 1 && isWordOf(units[j]) && /^\p{Ll}/u.test(units[j].text) && /(?:e|en|er|es|em)$/u.test(lower[j])) j++;
    if (!(j < p - 1 && /^\p{Lu}/u.test(units[j].text))) return false;
    while (j < p - 1 && isWordOf(units[j]) && /^\p{Lu}/u.test(units[j].text)) j++;
    if (j !== p - 1) return false;
    if (to >= units.length || /^[.;:!?]$/u.test(units[to].text)) return true;
    return units[to].text === ',' && isWordOf(units[to + 1]) && (profile.subordinators.has(lower[to + 1]) || profile.coordinators.has(lower[to + 1]) || profile.mainClauseVerb?.joiners.has(lower[to + 1]) === true);
  };
  // Where a zu-infinitive's object ends: at its clause's end (a mark, a subordinator, a
  // coordinator, "um", the next zu-infinitive: "zu sparen die Produktion zu verlagern" is no
  // object "die Produktion zu verlagern"), and whether a new clause starts there, so that the
  // zu-infinitive may move before it ("und" may join two objects: "zu kaufen die Firma und die
  // Marke").
  const openers = clauseOpeners(ctx.language, false);
  const objectEnd = (from: number): { end: number; movable: boolean } => {
    for (let k = from; k < units.length; k++) {
      if (units[k].kind === 'punct' && /^[,.;:!?()–—]$/.test(units[k].text)) return { end: k, movable: true };
      if (k === from || units[k].kind !== 'word') continue;
      if (openers.has(lower[k]) || tables.infinitiveOpeners?.has(lower[k])) return { end: k, movable: true };
      if (profile.coordinators.has(lower[k]) || (lower[k] === tables.infinitiveParticle && isVerbForm(k + 1))) return { end: k, movable: false };
    }
    return { end: units.length, movable: true };
  };
  const edits = generateCandidates({ text, units, language: ctx.language, kinds: ['verb-final', 'infinitive'] });
  // The units the edits reported so far cover (a flag per unit, not a search of every taken
  // edit per edit: that was quadratic on a long sentence).
  const taken = new Uint8Array(units.length + 1);
  const overlaps = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (taken[k]) return true;
    return false;
  };
  for (const e of edits) {
    if (e.kind === 'verb-final') {
      if (overlaps(e.from, e.to)) continue; // the first of overlapping edits
      const main = e.to - e.from === 2 ? mainClause(e.from) : false;
      // (A finite verb second already ends the clause: "weil dadurch das System unbrauchbar werden
      // kann", "wo die Werte stehen sollten".)
      const second = lower[e.from + 1];
      const vb = profile.verbBracket;
      const finiteSecond = tables.finiteVerbs.has(second) || (vb !== undefined && bracketVerb(vb, second) !== undefined);
      // (The finite verb in small letters: "auf den neuesten Stand bringen", "ein besonderes Können
      // erfordert" have a noun there.)
      const strict = e.to - e.from === 2 && /^\p{Ll}/u.test(units[e.from].text) && isVerbForm(e.from + 1) && !finiteSecond && closes(e.to) && !verbCluster(e.from) && main !== true && !dislocated(e.from, e.to) && !adverbOpener(e.from) && !afterPhrase(e.from);
      if (!strict) continue;
      report(ctx, offset + units[e.from].start, offset + units[e.to - 1].end, e.text, e.kind, main === 'maybe');
      taken.fill(1, e.from, e.to);
    } else if (e.kind === 'infinitive') {
      if (!isVerbForm(e.from + 1) || !articles.has(lower[e.from + 2])) continue;
      // "zu" as a preposition before a relative pronoun ("…, zu denen der Prozess gehört"), an
      // adverb ("nur zu oft dem Neid"), or in an idiom ("ab und zu brechen die Ringe"): no
      // zu-infinitive.
      const verb = lower[e.from + 1];
      if (tables.relativePronouns.has(verb) || (tables.infinitiveEnding && !tables.infinitiveEnding.test(verb))) continue;
      if (tables.particleIdioms?.some((p) => p.every((w, k) => lower[e.from - p.length + k] === w))) continue;
      const { end, movable } = objectEnd(e.from + 2);
      if (overlaps(e.from, end)) continue;
      // (Another clause after the zu-infinitive, its comma left out, is no object: a relative
      // clause that ends with its finite verb, "zu versenden der seinem Gegenstück folgen soll", or
      // an instruction's infinitive, a verb of the dictionary, "um sie zu prüfen das Kommando
      // verwenden"; not "… trotz früherer Ablehnungen genau dessen".)
      let clauseAfter = false;
      for (let k = e.from + 3; k < end && !clauseAfter; k++) {
        if (units[k].kind !== 'word' || !/^\p{Ll}/u.test(units[k].text)) continue;
        clauseAfter = tables.finiteVerbs.has(lower[k]) || (k === end - 1 && isVerbForm(k) && words?.infinitives.has(lower[k]) === true);
      }
      if (clauseAfter) continue;
      // A phrase of time after the zu-infinitive is no object ("so zu reden die ganze Zeit"): it
      // goes before the zu-infinitive's clause (after its comma or "um"), "die ganze Zeit so zu
      // reden"; where an object follows it and words before "zu" may be another, no suggestion.
      const time = timePhraseEnd(profile, units, lower, e.from + 2);
      if (time >= 0) {
        // (The clause's start: after a comma, a semicolon, a colon, "um" or a subordinator, within
        // eight words; else not told.)
        let cs = e.from;
        while (cs > 0 && cs > e.from - 8 && isWordOf(units[cs - 1]) && !openers.has(lower[cs - 1]) && !tables.infinitiveOpeners?.has(lower[cs - 1])) cs--;
        const told = cs > 0 && (isWordOf(units[cs - 1]) ? openers.has(lower[cs - 1]) || tables.infinitiveOpeners?.has(lower[cs - 1]) === true : /^[,;:]$/u.test(units[cs - 1].text));
        if (!told) cs = e.from;
        const phrase = text.slice(units[e.from + 2].start, units[time - 1].end);
        const zuText = text.slice(units[cs].start, units[e.from + 1].end);
        const moved = !movable || (!told && e.from > 0 && isWordOf(units[e.from - 1])) || (time < end && cs < e.from) ? undefined : time === end ? `${phrase} ${zuText}` : `${text.slice(units[e.from + 2].start, units[end - 1].end)} ${zuText}`;
        const start = offset + units[cs].start;
        const stop = offset + units[end - 1].end;
        if (ctx.isClaimed(start, stop)) continue;
        const why = `the phrase of time \`${phrase}\` goes before the zu-infinitive${time < end ? ', and its object too' : ''}`;
        ctx.report({
          start,
          end: stop,
          message: moved === undefined ? `Unexpected \`${ctx.text.slice(start, stop)}\`: ${why}` : `Unexpected \`${ctx.text.slice(start, stop)}\`, expected \`${moved}\`: ${why}`,
          expected: moved === undefined ? [] : [moved],
        });
        taken.fill(1, cs, end);
        continue;
      }
      const moved = movable ? rotate(text, units, e.from, e.from + 2, end) : undefined;
      report(ctx, offset + units[e.from].start, offset + units[end - 1].end, moved, e.kind);
      taken.fill(1, e.from, end);
    }
  }
}

/** What the main-clause patterns read, loaded once per rule context's language. */
interface MainClauseWords {
  participles: { has(word: string): boolean };
  pluralParticiples: { has(word: string): boolean };
  /** The dictionary's infinitives (empty without dictionary files), read on first use (~90 ms for dictionary-de). */
  readonly infinitives: ReadonlySet<string>;
  /** The dictionary's strong past tenses ("fand", "verbot"; empty without dictionary files), read on first use. */
  readonly preterites: ReadonlySet<string>;
  /** The dictionary's capitalized entries with their classes of `masculine` (empty without dictionary files or `masculine`), read on first use. */
  readonly nouns: ReadonlyMap<string, string>;
}

function mainClauseWords(ctx: RuleContext): MainClauseWords | undefined {
  const cfg = ctx.profile!.mainClauseVerb!;
  const speller = ctx.doc.resources.speller(ctx.language);
  if (!speller) return undefined;
  return {
    participles: loadWordList(cfg.participles),
    pluralParticiples: loadWordList(cfg.pluralParticiples),
    get infinitives() {
      return dictionaryVerbs(speller, cfg.infinitive) ?? new Set<string>();
    },
    get preterites() {
      return dictionaryClass(speller, cfg.preterite.flag) ?? new Set<string>();
    },
    get nouns() {
      const m = cfg.masculine;
      return (m && dictionaryNouns(speller, m.genitive + m.classes)) || new Map<string, string>();
    },
  };
}

/**
 * A main clause that kept the source's order: its subject, then a past participle standing as
 * its verb and an object ("Das Unternehmen zuvor beworben seine Fähigkeit"), or an infinitive
 * after its finite verb and before an object ("ist dies der Fall auslaufen diese Fähigkeit").
 */
function mainClause(ctx: RuleContext, offset: number, text: string, units: UnitLike[], lower: string[], tables: CandidateTables, words: MainClauseWords, inMain: boolean, fronted: boolean, frontedAtStart: boolean, opening: ReadonlySet<string>, bracketed?: ReadonlySet<number>): void {
  const profile = ctx.profile!;
  const cfg = profile.mainClauseVerb!;
  const speller = ctx.doc.resources.speller(ctx.language)!;
  const articles = profile.articles ?? new Set<string>();
  const prepositions = profile.prepositions ?? new Set<string>();
  const possessives = profile.possessives ?? new Set<string>();
  const pronouns = profile.pronouns ?? new Set<string>();
  const phrases = adverbPhrases(cfg.adverbs);
  const isWord = (k: number) => units[k]?.kind === 'word';
  const capital = (k: number) => isWord(k) && /^\p{Lu}/u.test(units[k].text);
  const small = (k: number) => isWord(k) && /^\p{Ll}/u.test(units[k].text);
  // Articles proper, possessives and the profile's determiners: not a contraction ("im", "zum"),
  // which opens a prepositional phrase, after which the verb comes second ("Im Mai verboten die Behörden").
  const determiner = (k: number) =>
    isWord(k) && ((articles.has(lower[k]) && !prepositions.has(lower[k]) && tables.articleFamilies.some((f) => f.includes(lower[k]))) || possessives.has(lower[k]) || cfg.determiners.has(lower[k]));
  const participle = (k: number) => words.participles.has(lower[k]) || words.pluralParticiples.has(lower[k]);
  const finite = (k: number) => tables.finiteVerbs.has(lower[k]) || profile.finiteAuxiliaries?.has(lower[k]) === true;
  const name = (k: number) => !speller.isCommonNoun(units[k].text, profile.nounFlags ?? '') && !(profile.capitalizesNouns && !speller.correct(units[k].text) && /(?:e|en|er|s)$/u.test(units[k].text));

  // A subject's number (true: singular, false: plural, undefined: not told) by its determiner
  // (unit s0), or for one of either number ("die") by its adjective's ending or its noun's (the
  // last unit before `end`).
  const numberOf = (s0: number, end: number): boolean | undefined => {
    if (cfg.singular.has(lower[s0])) return true;
    if (cfg.plural.has(lower[s0])) return false;
    if (!cfg.number.determiners.has(lower[s0])) return undefined;
    for (let k = s0 + 1; k < end && small(k); k++) {
      if (cfg.number.adjectivePlural.test(lower[k])) return false;
      if (cfg.number.adjectiveSingular.test(lower[k])) return true;
    }
    const noun = end - 1;
    // (One word after the determiner: "die Deutsche Bahn" is told by none.)
    if (noun !== s0 + 1 || !capital(noun)) return undefined;
    return cfg.number.plural.test(lower[noun]) ? false : cfg.number.singular.test(lower[noun]) ? true : undefined;
  };
  // ("sein" before the participles that take it: "ist … geworden".)
  const auxiliaryOf = (number: boolean | undefined, verb: string) => {
    const forms = cfg.auxiliary.sein?.participles.has(verb.toLowerCase()) ? cfg.auxiliary.sein : cfg.auxiliary;
    return number === true ? forms.singular : number === false ? forms.plural : undefined;
  };
  // Where a clause that goes on after unit `from` ends (a mark), and whether it is simple: no
  // other verb, clause or zu-infinitive before that, and not long; then its verb may move to its end.
  const clauseEnd = (from: number, simple: boolean): { end: number; simple: boolean } => {
    let end = from;
    for (; end < units.length; end++) {
      if (units[end].kind === 'punct' && /^[,.;:!?()–—]$/.test(units[end].text)) break;
      if (units[end].kind !== 'word') continue;
      if (finite(end) || participle(end) || profile.subordinators.has(lower[end]) || profile.coordinators.has(lower[end]) || lower[end] === tables.infinitiveParticle || tables.infinitiveOpeners?.has(lower[end])) {
        simple = false;
        break;
      }
    }
    return { end, simple: simple && end - from <= 20 };
  };

  // The participle: the sentence, or a main clause after a comma and a coordinator ("…, und das
  // Unternehmen …"), opens with its subject (an article, adjectives and nouns, a pronoun, or a
  // name: a capitalized word whose small form is no word, unlike "So", "Heute").
  const participleAsVerb = (s0: number): void => {
    let k = s0;
    // (true: singular; false: plural; undefined: not told.)
    let number: boolean | undefined;
    if (determiner(s0)) {
      k = s0 + 1;
      while (small(k) && /(?:e|en|er|es|em)$/u.test(lower[k]) && !participle(k) && !finite(k)) k++;
      if (!capital(k)) return;
      while (capital(k)) k++;
      number = numberOf(s0, k);
    } else if (pronouns.has(lower[s0]) && (s0 > 0 || capital(s0))) {
      number = cfg.singular.has(lower[s0]) || (cfg.plural.has(lower[s0]) ? false : undefined);
      k = s0 + 1;
    } else if (capital(s0) && !speller.correct(lower[s0])) {
      while (capital(k)) k++;
      number = name(k - 1) || undefined;
    } else return;
    const singular = number === true;
    const subjectEnd = k;
    k = adverbs(phrases, lower, k);
    const p = k;
    if (!small(p)) return;
    const only = words.participles.has(lower[p]);
    // ("verboten" is "they banned" too: a participle only after a singular subject, and after
    // one with an article only before no word that opens a plural one: "Dieses Jahr verboten die
    // Behörden …" has its verb.)
    const plural = !only && words.pluralParticiples.has(lower[p]);
    const next = p + 1;
    const object = determiner(next) || capital(next);
    const pluralSubject = (determiner(next) && /e$/u.test(lower[next])) || (capital(next) && !name(next));
    if (!object || !(only || (plural && singular && !(pluralSubject && determiner(s0))))) return;
    // The suggestion: the auxiliary second, the participle at the clause's end, where it ends
    // at a mark with nothing of another clause or verb before it.
    const auxiliary = auxiliaryOf(number, units[p].text);
    const { end, simple } = clauseEnd(next, auxiliary !== undefined);
    const from = subjectEnd < p ? subjectEnd : p;
    const start = offset + units[from].start;
    const verb = units[p].text;
    if (simple && auxiliary !== undefined) {
      const before = from < p ? text.slice(units[from].start, units[p - 1].end) + ' ' : '';
      const suggestion = `${auxiliary} ${before}${text.slice(units[next].start, units[end - 1].end)} ${verb}`;
      const stop = offset + units[end - 1].end;
      if (ctx.isClaimed(start, stop)) return;
      ctx.report({
        start,
        end: stop,
        message: `Unexpected \`${ctx.text.slice(start, stop)}\`, expected \`${suggestion}\`: the past participle \`${verb}\` stands as the main clause's verb, its auxiliary left out (or the past tense was meant)`,
        expected: [suggestion],
      });
    } else {
      const at = offset + units[p].start;
      if (ctx.isClaimed(at, at + verb.length)) return;
      ctx.report({
        start: at,
        end: at + verb.length,
        message: `Unexpected past participle \`${verb}\` as the main clause's verb: its auxiliary is missing (${(auxiliary ? [auxiliary] : [auxiliaryOf(true, verb)!, auxiliaryOf(false, verb)!]).map((a) => `\`${a} … ${verb}\``).join(' or ')}), or the past tense was meant`,
        expected: [],
      });
    }
  };
  // Where a main clause begins: the sentence's start, after a comma and a coordinator ("…, und
  // das Unternehmen …", "…, aber im Januar die Regierung …"), after a semicolon or a colon.
  // (The sentence's first word, after an opening quotation mark; after a colon a quotation may
  // open the clause: "Er sagte: „Im Januar die Regierung verbot …“".)
  let first = 0;
  while (first + 1 < units.length && units[first].kind === 'punct' && OPENING_QUOTES.test(units[first].text)) first++;
  const starts: number[] = [first];
  for (let k = first + 1; k + 1 < units.length; k++) {
    if (units[k - 1].text === ',' && (profile.coordinators.has(lower[k]) || cfg.joiners.has(lower[k])) && isWord(k + 1)) starts.push(k + 1);
    else if (units[k - 1].text === ';' || units[k - 1].text === ':') {
      const q = !isWord(k) && OPENING_QUOTES.test(units[k].text) ? k + 1 : k;
      if (isWord(q)) starts.push(q);
    }
  }
  if (fronted) {
    const tools: ClauseTools = { capital, small, determiner, name, known: (k) => speller.correct(units[k].text), numberOf, auxiliaryOf, clauseEnd, finite };
    for (let i = 0; i < starts.length; i++) {
      // (A coordinator before the phrase at the sentence's start, a particle before its preposition.)
      let b = starts[i];
      if (i === 0 && cfg.leading.has(lower[b]) && isWord(b + 1)) b++;
      const from = b;
      if (cfg.particles.has(lower[b]) && isWord(b + 1) && opening.has(lower[b + 1]) && !cfg.fronted.has(lower[b + 1])) b++;
      // (A phrase of time without a preposition, "Letzte Woche Kanzlerin Merkel kündigte … an":
      // it ends where its noun does.)
      // (Or an adverb before a time of the day: "Heute Morgen Präsident Trump sagte".)
      const time = b === from && (i > 0 || frontedAtStart) ? timePhraseEnd(profile, units, lower, b) : -1;
      if (time > b + (opening.has(lower[b]) ? 1 : 0)) frontedPhrase(ctx, offset, text, units, lower, tables, words, tools, b, from, i > 0, time);
      else if (i > 0 ? opening.has(lower[b]) : frontedAtStart && opening.has(lower[b])) frontedPhrase(ctx, offset, text, units, lower, tables, words, tools, b, from, i > 0, -1);
      else if (i === 0 && frontedAtStart && b === from) {
        // A phrase with its preposition after its noun: "Meiner Meinung nach", "Dem Bericht zufolge".
        // A determiner of a dative first, "Dem Bericht zufolge", "Der Reihe nach" (not "Die Reise
        // nach die Schweiz", "Der Weg nach das Dorf": a nominative, a wrong preposition), or the
        // noun, after which "nach" may be another's: "Medienberichten zufolge".
        let k = b;
        const article = isWord(k + 1) && !cfg.postpositions.all.has(lower[k + 1]);
        if (article) k++;
        while (small(k) && /(?:e|en|er|es|em)$/u.test(lower[k])) k++;
        if (capital(k) && k <= b + 3 && !(article && cfg.subjects.has(lower[b]))) {
          while (capital(k)) k++;
          const fits = article ? !cfg.dates.subjects.has(lower[b]) || cfg.dates.notNoun.test(lower[k - 1]) : cfg.postpositions.bare.has(lower[k]);
          if (fits && small(k) && cfg.postpositions.all.has(lower[k])) frontedPhrase(ctx, offset, text, units, lower, tables, words, tools, b, from, false, k + 1);
        }
      }
    }
  }
  if (!inMain) return;
  for (const b of starts) if (isWord(b)) participleAsVerb(b);

  // The infinitive: after a finite verb of its clause (since the last mark, subordinator or
  // coordinator), not after the infinitive particle, and before a determiner.
  let verb = -1;
  for (let k = 0; k + 1 < units.length; k++) {
    if (units[k].kind === 'punct' && /^[,;:()–—"„“”«»]$/.test(units[k].text)) verb = -1;
    if (!isWord(k)) continue;
    if (profile.subordinators.has(lower[k]) || profile.coordinators.has(lower[k]) || tables.clauseOpeners.has(lower[k]) || cfg.joiners.has(lower[k])) {
      verb = -1;
      continue;
    }
    if (finite(k)) {
      if (verb < 0) verb = k;
      continue;
    }
    if (verb < 0 || !small(k) || lower[k - 1] === tables.infinitiveParticle || !determiner(k + 1)) continue;
    // (Not after an article or a preposition: an adjective or a number, "einer reifen", "bei sieben".)
    if (profile.functionWords.has(lower[k]) || articles.has(lower[k]) || prepositions.has(lower[k]) || determiner(k - 1) || prepositions.has(lower[k - 1])) continue;
    if (!words.infinitives.has(lower[k]) || !objectAfterInfinitive(ctx, units, lower, tables, words, k)) continue;
    const start = offset + units[k].start;
    const end = offset + units[k].end;
    // (One the broken bracket's pattern reported, with its suggestion: see `brokenBracket`.)
    if (ctx.isClaimed(start, end) || bracketed?.has(start)) continue;
    ctx.report({
      start,
      end,
      message: `Unexpected infinitive \`${units[k].text}\` in the middle of a main clause, after its finite verb \`${units[verb].text}\`: an infinitive goes at the clause's end, or another verb was meant`,
      expected: [],
    });
    verb = -1;
  }
}

/** Words that open a clause with a phrase before its verb: prepositions and their contractions with an article ("im"), the profile's adverbs of time; not those of a zu-infinitive ("um"). */
function frontedOpeners(ctx: RuleContext, tables: CandidateTables): ReadonlySet<string> {
  const profile = ctx.profile!;
  let out = openersCache.get(profile);
  if (out) return out;
  out = new Set<string>(profile.mainClauseVerb!.fronted);
  for (const p of profile.prepositions ?? []) if (!tables.infinitiveOpeners?.has(p) && p !== tables.infinitiveParticle) out.add(p);
  for (const a of profile.articles ?? []) if (!tables.articleFamilies.some((f) => f.includes(a))) out.add(a);
  openersCache.set(profile, out);
  return out;
}

/** (Made once per profile: the rule runs once per paragraph.) */
const openersCache = new WeakMap<LanguageProfile, Set<string>>();

/**
 * The cheap look for a fronted phrase before the subject (sentence words `first`..`last`, the
 * first one an opener of `frontedOpeners`): before the first word in small letters that can be no article or
 * adjective (in a sentence of the target's order, its verb), a subject's determiner or pronoun
 * right after a word in capitals or a number ("Im Januar die Regierung"), or after the adverb
 * ("Später das Unternehmen"), or a capitalized word after a number ("Im Jahr 2019 Hikvision").
 */
function mayBeFronted(ctx: RuleContext, first: number, last: number): boolean {
  const profile = ctx.profile!;
  const cfg = profile.mainClauseVerb!;
  const adverb = cfg.fronted.has(ctx.words[first].value.toLowerCase());
  // (A preposition and a pronoun, "Trotz allem": the subject right after it.)
  const closed = closedPhrase(cfg.closedPhrases, (k) => ctx.words[first + k]?.value.toLowerCase());
  if (closed > 0 && first + closed <= last) {
    const next = ctx.words[first + closed].value;
    if (ctx.text.slice(ctx.words[first + closed - 1].end, ctx.words[first + closed].start).trim() !== '') return false;
    return cfg.subjects.has(next) || (profile.pronouns?.has(next) === true && !profile.possessives?.has(next));
  }
  let noun = false;
  for (let i = first + 1; i <= last && i <= first + 16; i++) {
    let point = false;
    for (let k = ctx.words[i - 1].end; k < ctx.words[i].start; k++) {
      if (/[,;:()–—"„“”«»]/.test(ctx.text[k])) return false;
      if (ctx.text[k] === '.') point = true;
    }
    const value = ctx.words[i].value;
    const lower = value.toLowerCase();
    const before = ctx.words[i - 1].value;
    if (before.endsWith('.')) point = true;
    const afterPhrase = adverb ? i === first + 1 : i > first + 1 && /^[\p{Lu}\p{N}]/u.test(before);
    if (afterPhrase && (cfg.subjects.has(lower) || (profile.pronouns?.has(lower) && !profile.possessives?.has(lower)))) return true;
    if (afterPhrase && cfg.dates.subjects.has(lower) && (cfg.dates.year.test(before) || cfg.dates.months.has(before.toLowerCase()))) return true;
    // (A title and a name, no article: "Am Dienstag Präsident Trump sagte".)
    if (afterPhrase && cfg.titles?.nouns.has(lower) && /^\p{Lu}/u.test(value) && i < last && /^\p{Lu}/u.test(ctx.words[i + 1].value)) return true;
    // (After a noun "der" may open a subject too, before a masculine: "Laut Polizei der Fahrer war".)
    if (afterPhrase && cfg.masculine && cfg.dates.subjects.has(lower) && /^\p{Lu}/u.test(before)) return true;
    // (A name after a number, not its day's point: "Im Jahr 2019 Hikvision", "In 1820 Harrison", not "Am 3. Mai".)
    if (afterPhrase && !point && /^\p{N}/u.test(before) && /^\p{Lu}/u.test(value) && (noun || i === first + 2)) return true;
    if (/^\p{Lu}/u.test(value)) noun = true;
    if (adverb) return false;
    // (In small letters an article, or an adjective after the preposition or an article: a word
    // after a noun or number that is none, is the verb of a clause in the target's order.)
    if (/^\p{Ll}/u.test(value) && !profile.articles?.has(lower) && !profile.prepositions?.has(lower) && !(/(?:e|en|er|es|em)$/u.test(lower) && (i === first + 1 || /^\p{Ll}/u.test(before)))) return false;
  }
  return false;
}

/**
 * The cheap look for a phrase whose preposition follows its noun at the sentence's start (words
 * `first`..`last`): a capitalized first word, then within four words one of the profile's
 * `postpositions` and a subject's determiner or a pronoun ("Meiner Meinung nach die Regierung").
 */
function mayBePostposed(ctx: RuleContext, first: number, last: number): boolean {
  const profile = ctx.profile!;
  const cfg = profile.mainClauseVerb!;
  if (!/^\p{Lu}/u.test(ctx.words[first].value)) return false;
  for (let j = first + 1; j < last && j <= first + 4; j++) {
    if (!cfg.postpositions.all.has(ctx.words[j].value)) continue;
    const next = ctx.words[j + 1].value;
    return cfg.subjects.has(next) || (profile.pronouns?.has(next) === true && !profile.possessives?.has(next));
  }
  return false;
}

/**
 * The cheap look for a phrase of time without a preposition at the sentence's start (words
 * `first`..`last`), one of `verbBracket.timePhrases` ("Letzte Woche", "Jeden Tag"), then a
 * subject's determiner, a pronoun or a title ("Letzte Woche Kanzlerin Merkel kündigte").
 */
function mayBeTimeFronted(ctx: RuleContext, first: number, last: number): boolean {
  const profile = ctx.profile!;
  const cfg = profile.mainClauseVerb!;
  const t = profile.verbBracket?.timePhrases;
  if (!t || first + 2 > last) return false;
  const w = (k: number) => ctx.words[k].value.toLowerCase();
  let k = first;
  if (t.adverbs.has(w(k))) {
    // (Perhaps before a time of the day: "Heute Morgen".)
    k++;
    if (k < last && t.nouns.has(w(k)) && /^\p{Lu}/u.test(ctx.words[k].value)) k++;
  } else {
    const d = adverbPhrases(t.determiners).find((p) => p.every((x, i) => first + i < last && w(first + i) === x));
    if (!d) return false;
    k = first + d.length;
    if (!t.nouns.has(w(k)) || !/^\p{Lu}/u.test(ctx.words[k].value)) return false;
    k++;
  }
  if (k > last) return false;
  for (let c = ctx.words[first].end; c < ctx.words[k].start; c++) if (/[,;:()–—"„“”«».]/u.test(ctx.text[c])) return false;
  const next = w(k);
  return cfg.subjects.has(next) || cfg.titles?.nouns.has(next) === true || (profile.pronouns?.has(next) === true && !profile.possessives?.has(next));
}

interface ClauseTools {
  capital(k: number): boolean;
  small(k: number): boolean;
  determiner(k: number): boolean;
  name(k: number): boolean;
  /** Whether the dictionary knows the word of unit `k`. */
  known(k: number): boolean;
  numberOf(s0: number, end: number): boolean | undefined;
  auxiliaryOf(number: boolean | undefined, verb: string): string | undefined;
  clauseEnd(from: number, simple: boolean): { end: number; simple: boolean };
  /** Whether unit `k` is a finite verb of the tables or an auxiliary. */
  finite(k: number): boolean;
}

/**
 * A main clause that opens with a prepositional phrase or an adverb of time and then has its
 * subject and verb in the source's order ("Im Januar die Regierung verbot die Geräte", "Im Jahr
 * 2019 das Unternehmen beworben seine Kameras"): German wants the finite verb right after the
 * fronted phrase. Only where the phrase ends for sure: after its noun a determiner that may
 * open a genitive ("Nach dem Treffen der Minister sagte") ends nothing, and a name after a noun
 * may be its apposition ("Mit dem Film Titanic gewann"), so a name counts only after a number.
 * The suggestion moves a finite verb before the subject ("verbot die Regierung"), or writes the
 * auxiliary there and the participle at the clause's end, where the subject's number is told;
 * a form that is a participle and a plural past tense too ("verboten") gets none unless the
 * subject is singular, nor a present tense that is a participle too ("verkauft").
 */
function frontedPhrase(ctx: RuleContext, offset: number, text: string, units: UnitLike[], lower: string[], tables: CandidateTables, words: MainClauseWords, tools: ClauseTools, b: number, from: number, later: boolean, given: number): void {
  const profile = ctx.profile!;
  const cfg = profile.mainClauseVerb!;
  const { capital, small, determiner, name, known, numberOf, auxiliaryOf, clauseEnd, finite } = tools;
  const speller = ctx.doc.resources.speller(ctx.language)!;
  const isWord = (k: number) => units[k]?.kind === 'word';
  const isNumber = (k: number) => units[k]?.kind === 'number';
  // A past tense: strong ("fand", "verbot"; with a prefix the dictionary writes with it, a word
  // it knows: "beschloss", "erschien") or weak ("kaufte": the dictionary has "kaufen").
  const preterite = (k: number) => {
    const w = lower[k];
    if (words.preterites.has(w) || cfg.preterite.listed.has(w)) return true;
    if (cfg.preterite.prefixes.some((p) => w.startsWith(p) && (words.preterites.has(w.slice(p.length)) || tables.finiteVerbs.has(w.slice(p.length)))) && known(k)) return true;
    const weak = cfg.preterite.weak.exec(w);
    return weak !== null && cfg.preterite.infinitive.some((e) => words.infinitives.has(weak[1] + e));
  };
  // A strong past tense's plural ("flohen", "verließen", "schrien"): the dictionary's class of
  // strong past tenses writes it (in the verb's place only: "fanden" is no adjective there).
  const pluralPreterite = (k: number) => {
    const w = lower[k];
    if (!w.endsWith('en') || w.length < 5) return false;
    for (const stem of [w.slice(0, -2), w.slice(0, -1)]) {
      if (words.preterites.has(stem) || cfg.preterite.listed.has(stem)) return true;
      if (cfg.preterite.prefixes.some((p) => stem.startsWith(p) && words.preterites.has(stem.slice(p.length))) && known(k)) return true;
    }
    return false;
  };
  // A zu-infinitive clause after the comma at unit `c` ("plant, den Markt zu verlassen."): its
  // words up to "zu" and an infinitive, or an infinitive with "zu" inside ("abzuschaffen"), at
  // its end; no finite verb first, no subordinator in it.
  const ends = (k: number) => k >= units.length || (units[k].kind === 'punct' && /^[,.;:!?)–—"“”»«']$/u.test(units[k].text));
  const zuClause = (c: number): boolean => {
    let j = c + 1;
    if (!isWord(j) || finite(j)) return false;
    for (; j < units.length && !ends(j); j++) {
      if (!isWord(j)) continue;
      if (profile.subordinators.has(lower[j]) || tables.clauseOpeners.has(lower[j])) return false;
      if (lower[j] === tables.infinitiveParticle && small(j + 1) && ends(j + 2)) return true;
      if (small(j) && ends(j + 1)) {
        const w = lower[j];
        for (const p of profile.separablePrefixes ?? []) if (w.startsWith(p + tables.infinitiveParticle!) && w.length > p.length + 5 && words.infinitives.has(w.slice(p.length + tables.infinitiveParticle!.length))) return true;
      }
    }
    return false;
  };
  // A third person singular present of a verb of the dictionary ("plant": "planen"): 'sure', or
  // 'participle' where it may be a past participle too ("geleitet", "verkauft", "investiert"),
  // or 'separable' where it ends with another such present ("einsetzt", "umfasst": the verb
  // may be separable, its particle then goes to the clause's end).
  const present = (k: number): 'sure' | 'participle' | 'separable' | undefined => {
    const w = lower[k];
    const m = cfg.present.shape.exec(w);
    if (!m || cfg.present.not.has(w) || words.participles.has(w) || words.pluralParticiples.has(w) || !cfg.present.infinitive.some((e) => words.infinitives.has(m[1] + e))) return undefined;
    if (cfg.present.participle.test(w) || cfg.preterite.prefixes.some((p) => w.startsWith(p))) return 'participle';
    for (let i = 2; i + 3 <= w.length; i++) {
      const t = cfg.present.shape.exec(w.slice(i));
      if (t && cfg.present.infinitive.some((e) => words.infinitives.has(t[1] + e))) return 'separable';
    }
    return 'sure';
  };
  // A plural present, the infinitive's form, of a verb of the dictionary ("planen"; "verbieten":
  // "bieten" after an inseparable prefix, a word the dictionary knows): 'sure', or 'separable'
  // where one of the separable prefixes and another infinitive make it ("ankündigen").
  const pluralPresent = (k: number): 'sure' | 'separable' | undefined => {
    const w = lower[k];
    if (!cfg.present.plural?.test(w) || words.participles.has(w) || words.pluralParticiples.has(w)) return undefined;
    const verb = words.infinitives.has(w) || (cfg.preterite.prefixes.some((p) => w.startsWith(p) && words.infinitives.has(w.slice(p.length))) && known(k));
    if (!verb) return undefined;
    for (const p of profile.separablePrefixes ?? []) if (w.startsWith(p) && w.length > p.length + 3 && words.infinitives.has(w.slice(p.length))) return 'separable';
    return 'sure';
  };
  // (Not a verb: "Im dritten verfolgte Cotto die Offensive" has one.)
  const adjective = (k: number) =>
    small(k) && /(?:e|en|er|es|em)$/u.test(lower[k]) && !words.participles.has(lower[k]) && !words.pluralParticiples.has(lower[k]) && !tables.finiteVerbs.has(lower[k]) && !profile.finiteAuxiliaries?.has(lower[k]) && !preterite(k);
  // A preposition or its contraction with an article ("im"), not one that opens a clause ("seit",
  // "um", "zu").
  const opening = frontedOpeners(ctx, tables);
  const prepositionLike = (w: string) => opening.has(w) && !cfg.fronted.has(w) && !cfg.conjunctions.has(w);
  // "der" after a date, a subject's, not a genitive's: after a year ("Ab 1942 der Vatikan"), or a
  // day's month ("Am 16. August der Aufstand"), or a month alone after "im" ("Im August der
  // Zerstörer segelte"); not after another number ("In Phase 2 der Studie zeigte sich").
  const dated = (k: number) =>
    small(k) && cfg.dates.subjects.has(lower[k]) && ((isNumber(k - 1) && cfg.dates.year.test(units[k - 1].text)) || (cfg.dates.months.has(lower[k - 1]) && ((units[k - 2]?.text === '.' && isNumber(k - 3)) || monthAlone(k))));
  // The dictionary's entry of the noun of unit `k` (its last part after a hyphen, "Lkw-Fahrer"),
  // or, for a compound the dictionary knows, of its longest last part that is an entry after a
  // word, perhaps with a linking element ("Sport|verein", "Gericht|s|hof"; not
  // "Befestigun|gen"); with its classes of `masculine`.
  const entryOf = (k: number): { word: string; stem: string; classes: string } | undefined => {
    const m = cfg.masculine;
    if (!m || !capital(k)) return undefined;
    const word = units[k].text.slice(units[k].text.lastIndexOf('-') + 1);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return undefined;
    const nouns = words.nouns;
    const own = nouns.get(word);
    if (own !== undefined) return { word, stem: word, classes: own };
    if (!known(k)) return undefined;
    const aWord = (w: string) => w.length >= 2 && (speller.correct(w) || speller.correct(w.toLowerCase()));
    for (let i = 2; i + 3 <= word.length; i++) {
      const part = word[i].toUpperCase() + word.slice(i + 1);
      const classes = nouns.get(part);
      if (classes === undefined) continue;
      const first = word.slice(0, i);
      return aWord(first) || m.links.some((l) => first.endsWith(l) && aWord(first.slice(0, -l.length))) ? { word, stem: part, classes } : undefined;
    }
    return undefined;
  };
  // A masculine (or neuter) noun in the singular, unit `k`, by its entry's classes ("Verein",
  // "Sportverein", "Lkw-Fahrer", "Papst"; not "Polizei", "Regierung", "Spielerin", nor a name:
  // "Hamburg/Sm"). See `masculine` in the profile.
  const masculine = (k: number): boolean => {
    const m = cfg.masculine;
    // (A weak masculine the classes do not tell, "Mensch/Pm", "Kollege" (no entry of its own); not
    // a compound of one, which may be another's: "Landeskunde", "Piaffe".)
    if (m?.weak?.has(units[k].text.slice(units[k].text.lastIndexOf('-') + 1).toLowerCase())) return true;
    const entry = entryOf(k);
    if (!m || !entry) return false;
    const w = entry.word.toLowerCase();
    const stem = entry.stem.toLowerCase();
    // (Nor an infinitive as a noun, a neuter's or a plural's form: "Fesseln/SJm", "Klammern",
    // "Schleudern"; not "Konzern".)
    if (m.never.test(w) || m.not.has(w) || m.not.has(stem) || words.infinitives.has(stem) || (m.infinitive.test(stem) && speller.correct(stem))) return false;
    // (Of a plural's ending, "-en", an entry with a genitive's class and none of a plural's:
    // "Garten/Smij", not "Agenten/ghij". The dictionary gives it no class of a common noun's:
    // it is told by its genitive alone, as "Bremen/Sm" is, which no "der" opens; and as its
    // plural is its form, "der Garten" must be no genitive plural: see `genitiveRuledOut`.)
    // Only an entry of its own: a compound's last part of that ending is often a plural's or
    // another word's ("Metropo|len": "Polen", "Feuerbeständige|ren": "Ren"); and not where the
    // dictionary has it without its last letter, a plural's too ("Namen": "Name", "Marken",
    // "Schweden").
    const like = m.pluralLike;
    if (like?.ending.test(w)) return entry.stem === entry.word && !words.nouns.has(entry.word.slice(0, -1)) && !m.feminine.test(w) && ![...like.not].some((c) => entry.classes.includes(c)) && [...like.classes].some((c) => entry.classes.includes(c));
    // (A genitive in -es is a common noun's, "Papst/Tmij"; one in -s a name's too, "Hamburg/Sm".)
    if (entry.classes.includes(m.genitive)) return !m.feminine.test(w) || entry.stem.length >= 5;
    return !m.feminine.test(w) && [...entry.classes].some((c) => m.classes.includes(c)) && speller.isCommonNoun(entry.stem, profile.nounFlags ?? '');
  };
  // "der" after the phrase's noun, before adjectives (not of a genitive's ending) and one noun,
  // a masculine in the singular: a subject's ("Laut Polizei der Fahrer war betrunken"), not a
  // genitive's ("Laut Angaben der Polizei war …"), nor before another subject ("Nach Angaben der
  // Fahrer die Polizei kam …": a genitive plural).
  const nominative = (k: number): boolean => {
    if (!small(k) || !cfg.dates.subjects.has(lower[k]) || !capital(k - 1) || k - 1 <= b) return false;
    let j = k + 1;
    while (adjective(j)) if (cfg.dates.notAdjective.test(lower[j++])) return false;
    if (!capital(j) || !masculine(j)) return false;
    // (A name after its title, "der Präsident Trump", "der Minister Heiko Maas".)
    let e = j + 1;
    while (capital(e) && name(e) && e < j + 4) e++;
    return !capital(e) && !determiner(e) && !cfg.subjects.has(lower[e]);
  };
  // Whether "der" and a noun whose plural is its form ("der Fahrer") before the verb at unit `v`
  // can be no genitive plural of the phrase's noun ("Laut Angaben der Fahrer war die Straße
  // glatt"): the verb is not plural, and no word that may open a nominative, no name, no comma
  // (a clause as the subject: "… war unklar, ob …"), no "werden" nor "zu" (an impersonal
  // clause: "Auf Wunsch der Spieler wurde gestern gespielt", "… ist mit Staus zu rechnen") is
  // the verb or follows it in the sentence ("Laut Polizei der Fahrer war betrunken", "… verlor
  // den Führerschein"; not "… fehlt dem Film die Tiefe").
  const genitiveRuledOut = (v: number): boolean => {
    const m = cfg.masculine!;
    if (m.pluralVerb.test(lower[v]) || m.impersonal.has(lower[v])) return false;
    for (let j = v + 1; j < units.length && !/^[.;:!?]$/u.test(units[j].text); j++) {
      // (A comma, a passive's or a zu-infinitive's impersonal clause: "… ist mit Staus zu
      // rechnen", "… darf nicht geparkt werden".)
      if (units[j].text === ',' || (small(j) && (m.impersonal.has(lower[j]) || lower[j] === tables.infinitiveParticle))) return false;
      if (small(j) && (cfg.subjects.has(lower[j]) || cfg.dates.subjects.has(lower[j]) || m.subjects.has(lower[j]) || (profile.pronouns?.has(lower[j]) === true && !profile.possessives?.has(lower[j])))) return false;
      // (A noun after no preposition nor an article of another case may be the subject: "Auf
      // Seiten der Verlierer herrschte Enttäuschung"; not "… verlor den Führerschein".)
      if (capital(j)) {
        let p = j - 1;
        while (p > v && adjective(p) && !determiner(p) && !profile.prepositions?.has(lower[p])) p--;
        if (p === v || !small(p) || !(prepositionLike(lower[p]) || profile.prepositions?.has(lower[p]) || (determiner(p) && !cfg.subjects.has(lower[p]) && !cfg.dates.subjects.has(lower[p])))) return false;
      }
    }
    return true;
  };
  // Whether the verb at unit `v` has another subject than "der" and a masculine singular after
  // the phrase's noun, which is then a genitive, of a feminine the dictionary's classes take for
  // a masculine ("Nach Einführung der Mark stieg der Handel", "Nach Auflösung der Band gründete
  // er ein Label"): the verb is plural ("… der D-Mark stiegen die Preise"), or a pronoun, one of
  // `masculine.subjects` ("niemand"), or "der" and a masculine follow it.
  const subjectElsewhere = (v: number): boolean => {
    const m = cfg.masculine;
    if (!m) return false;
    if (m.pluralVerb.test(lower[v])) return true;
    const a = v + 1;
    if (!small(a)) return false;
    if (m.subjects.has(lower[a]) || (profile.pronouns?.has(lower[a]) === true && !profile.possessives?.has(lower[a]))) return true;
    if (!cfg.dates.subjects.has(lower[a])) return false;
    let j = a + 1;
    while (adjective(j)) j++;
    return capital(j) && masculine(j);
  };
  // A noun whose entry (or its compound's last part's) has none of the classes `masculine` asks
  // for: a feminine's ("Bank/Pmij", "Stadt/ijm", "Bundes|bank").
  const feminineEntry = (k: number): boolean => {
    const m = cfg.masculine;
    const entry = m ? entryOf(k) : undefined;
    return entry !== undefined && !m!.weak?.has(entry.word.toLowerCase()) && ![...entry.classes].some((c) => c === m!.genitive || m!.classes.includes(c));
  };
  // "der" after a preposition that opens a clause too, before an adjective of a genitive's ending
  // or a noun of a feminine's ending (`feminineNouns`) whose entry has none of the classes of a
  // masculine's: a genitive's or a dative's, no subject's ("Während der Pandemie", "Seit der
  // letzten Wahl"; not "Während der Krieg die Stadt zerstörte, …", "Während der Spion
  // (Spion/EFPSm) die Stadt verließ in der Nacht, …"). A noun of another ending whose entry has
  // none of those classes, not a weak masculine of `masculine.weak` ("Mensch/Pm"), is a
  // feminine's too, "Seit der Wahl", but only `loosely`: the clause's verb must then have an
  // object after it ("Seit der Wahl die Regierung hat die Steuern erhöht"; a weak masculine the
  // list lacks opens a subordinate clause, its verb at its end: "Seit der Graf die Stadt regiert, …").
  let loosely = false;
  const feminine = (k: number): boolean => {
    const m = cfg.masculine;
    if (!m || !small(k) || !cfg.dates.subjects.has(lower[k])) return false;
    if (adjective(k + 1) && cfg.dates.notAdjective.test(lower[k + 1])) return true;
    if (!capital(k + 1) || capital(k + 2)) return false;
    const entry = entryOf(k + 1);
    if (entry === undefined || entry.classes !== '') return false;
    if (m.feminineNouns.test(lower[k + 1])) return true;
    if (m.weak?.has(entry.stem.toLowerCase()) || m.weak?.has(lower[k + 1])) return false;
    return (loosely = true);
  };
  // A month alone after its preposition ("Im August der Zerstörer segelte"): "der" may open a
  // genitive there as well ("Im Mai der Saison wechselte er"), told by what follows the verb.
  const monthAlone = (k: number) => cfg.dates.monthPrepositions.has(lower[k - 2]) && k - 2 === b;
  // Whether a subject may follow the verb after unit `k` (the subject's end): past the verb,
  // adverbs and a prepositional phrase ("lag mit großem Abstand Nadal vorn"), a name, a
  // determiner of a nominative or a pronoun.
  const subjectAfter = (k: number): boolean => {
    let j = k;
    while (j < units.length && !(small(j) && !cfg.attributes.has(lower[j]) && !prepositionLike(lower[j])) && !ends(j)) j++;
    if (!small(j)) return false;
    const phrases = adverbPhrases(cfg.adverbs);
    j = adverbs(phrases, lower, j + 1);
    if (small(j) && cfg.reflexives.has(lower[j])) j = adverbs(phrases, lower, j + 1);
    if (small(j) && prepositionLike(lower[j])) {
      let g = j + 1;
      const article = profile.prepositions?.has(lower[j]) && determiner(g);
      if (article) g++;
      while (adjective(g)) g++;
      if (isNumber(g)) g++;
      if (!capital(g)) return false;
      // (Without an article one name: "in Berlin Kipchoge".)
      if (article) while (capital(g)) g++;
      else g++;
      j = adverbs(phrases, lower, g);
    }
    // (A word the dictionary lacks, or one not of a plural's ending, or an entry of its own that
    // is a name, "sprach Maas"; not a plural without an article: "verkaufte Elektroautos" has its
    // object.)
    if (capital(j)) return !known(j) || !cfg.dates.bare.test(lower[j]) || (words.nouns.has(units[j].text) && name(j));
    if (!small(j)) return false;
    return cfg.subjects.has(lower[j]) || cfg.dates.subjects.has(lower[j]) || (profile.pronouns?.has(lower[j]) === true && !profile.possessives?.has(lower[j]));
  };
  // Nouns, names and numbers in a row, with a number's point before a capital ("Am 3. Mai 2019"),
  // or a decade ("In den 1920er Jahren");
  // after a number without its point the phrase ends ("Im Jahr 2019 Hikvision kaufte"), unless
  // the number counts the noun after it, a word of the dictionary ("Nach 3 Tagen", "Gegen 22
  // Uhr", "Über 200 Kriegsschiffe"; not "In 1820 Harrison").
  // A decade's suffix right after its number: "1920er" before its noun, "1990er-Jahren" with it.
  const decade = (k: number): 'adjective' | 'word' | undefined => {
    const suffix = cfg.decadeSuffix;
    if (!suffix || !isWord(k) || units[k].start !== units[k - 1].end) return undefined;
    if (lower[k] === suffix) return 'adjective';
    return lower[k].startsWith(suffix + '-') && /^\p{Lu}/u.test(units[k].text.slice(suffix.length + 1)) ? 'word' : undefined;
  };
  const nouns = (k: number): number => {
    let noun = false;
    for (;;) {
      if (noun && titled(k) >= 0) return k;
      if (capital(k)) {
        noun = true;
        k++;
      } else if (isNumber(k) && units[k + 1]?.text === '.' && capital(k + 2)) k += 2;
      else if (isNumber(k) && !noun && capital(k + 1) && known(k + 1)) k += 1;
      else if (isNumber(k) && decade(k + 1) === 'word') k += 2;
      else if (isNumber(k) && decade(k + 1) === 'adjective' && capital(k + 2)) k += 2;
      else if (isNumber(k)) return k + 1;
      else return k;
    }
  };
  // A title and names without an article, the subject before a verb in small letters ("Präsident
  // Trump sagte", "Kanzlerin Merkel kündigte"): the unit after the names, or -1. (Not a title
  // alone, nor before a noun of the dictionary: "Am Tag Präsident Kennedys Tod" is no subject.)
  function titled(k: number): number {
    // (A name of the dictionary's, or a word it lacks: "Biden".)
    const named = (j: number) => capital(j) && (name(j) || !known(j));
    if (!capital(k) || !cfg.titles?.nouns.has(lower[k]) || !named(k + 1)) return -1;
    let j = k + 1;
    while (named(j) && j < k + 4) j++;
    return small(j) && !(profile.prepositions?.has(lower[j]) ?? false) && !(profile.articles?.has(lower[j]) ?? false) ? j : -1;
  }
  // (Not a question or an exclamation, its mark perhaps inside quotation marks.)
  if (!isWord(b) || /[?!][\p{P}\s]*$/u.test(text)) return;
  const closed = given < 0 ? closedPhrase(cfg.closedPhrases, (j) => (isWord(b + j) ? lower[b + j] : undefined)) : 0;
  let k = given >= 0 ? given : b + Math.max(closed, 1);
  if (given < 0 && closed === 0 && !cfg.fronted.has(lower[b])) {
    // ("Seit die Firma wuchs, …", "Während den Leuten die Geduld ausging, …": subordinate clauses.)
    if ((cfg.conjunctions.has(lower[b]) || profile.subordinators.has(lower[b]) || tables.clauseOpeners.has(lower[b])) && !isNumber(b + 1) && !cfg.genitives.has(lower[b + 1]) && !(cfg.conjunctions.has(lower[b]) && feminine(b + 1))) return;
    const contraction = !(profile.prepositions?.has(lower[b]) ?? false);
    if (!contraction && determiner(k)) k++;
    while (adjective(k)) k++;
    if (!capital(k) && !isNumber(k)) return;
    k = nouns(k);
    // Genitives: "Während des Krieges", "Bei der Erfüllung dieser Aufgabe"; and up to two
    // prepositional phrases of its noun, "Nach der Landung in Daiquiri", "Von 1309 bis 1377" (a
    // preposition that opens a clause too before a number only).
    for (let n = 0; ; n++) {
      while (isWord(k) && determiner(k) && !cfg.subjects.has(lower[k]) && !dated(k) && !nominative(k)) {
        k++;
        while (adjective(k)) k++;
        if (!capital(k)) return;
        k = nouns(k);
      }
      if (n === 2 || !small(k) || !(prepositionLike(lower[k]) || (cfg.conjunctions.has(lower[k]) && isNumber(k + 1)))) break;
      let g = k + 1;
      if (profile.prepositions?.has(lower[k]) && determiner(g)) g++;
      while (adjective(g)) g++;
      if (!capital(g) && !isNumber(g)) return;
      k = nouns(g);
    }
  }
  const phraseEnd = k;
  // (A phrase of an interrogative opens an indirect question, its verb at its end, before the
  // main clause's, its comma left out: "In welchem Jahr der Verein gewann weiß niemand"; or a
  // question.)
  for (let i = b; i < phraseEnd; i++) if (small(i) && cfg.interrogatives?.has(lower[i])) return;
  const s0 = k;
  let number: boolean | undefined;
  // (A subject after a noun whose plural is its form, "der Fahrer", which may be a genitive plural.)
  let zeroPlural = false;
  // (A subject "der" and a masculine after the phrase's noun: see `subjectElsewhere`.)
  let afterPhraseNoun = false;
  if (small(k) && (cfg.subjects.has(lower[k]) || dated(k) || nominative(k))) {
    const afterNoun = !dated(k);
    k++;
    while (adjective(k)) k++;
    const head = k;
    if (!capital(k)) return;
    while (capital(k)) k++;
    // (After a date "der" is a genitive's still where its adjective says so, or its noun may be
    // feminine or plural, or is an acronym: "Im Finale 2019 der Champions League gewann …",
    // "Im Jahr 1990 der vergangenen Jahre", "der NFL".)
    if (!cfg.subjects.has(lower[s0])) {
      for (let a = s0 + 1; a < head; a++) if (cfg.dates.notAdjective.test(lower[a])) return;
      // (A masculine of the dictionary of a feminine's ending: "Im Jahr 2019 der Verein gewann".)
      if ((cfg.dates.notNoun.test(lower[k - 1]) && !masculine(k - 1)) || /^\p{Lu}{2,}$/u.test(units[k - 1].text)) return;
      // (After a date, a noun whose entry has none of a masculine's classes, a feminine's
      // "Bank/Pmij", "Stadt/ijm": "Im Jahresbericht 2019 der Bundesbank steht …".)
      if (!afterNoun && feminineEntry(k - 1)) return;
        // (After a noun, "der" and a masculine: a genitive plural where its plural is its form,
      // "Laut Angaben der Fahrer war die Straße glatt": see `genitiveRuledOut`.)
      zeroPlural = afterNoun && cfg.masculine?.zeroPlural.test(lower[k - 1]) === true;
      afterPhraseNoun = afterNoun;
      // (A genitive plural after a noun and its year, "In der Rangliste 2019 der Tennisspieler
      // führte Nadal", or after a month alone, "Im Mai der Saison wechselte er": its subject after
      // the verb. A noun of a list or ranking before the year takes such a genitive; else one
      // whose plural is its singular's form, before a verb that a possible subject follows.)
      const alone = !isNumber(s0 - 1);
      if (!afterNoun && !alone && capital(s0 - 2) && cfg.dates.lists.test(lower[s0 - 2])) return;
      if (!afterNoun && (alone || cfg.dates.plural.test(lower[k - 1])) && subjectAfter(k)) return;
    }
    number = numberOf(s0, k);
    // A genitive after its noun: "die Zahl der Infektionen stieg".
    while (small(k) && cfg.attributes.has(lower[k])) {
      let g = k + 1;
      while (adjective(g)) g++;
      if (!capital(g)) break;
      while (capital(g)) g++;
      k = g;
    }
    // And one prepositional phrase after it, of a noun or a name: "die Zahl der Infektionen in
    // Deutschland stieg", "die Regierung an die Macht kam".
    if (small(k) && prepositionLike(lower[k])) {
      let g = k + 1;
      if (profile.prepositions?.has(lower[k]) && determiner(g)) g++;
      while (adjective(g)) g++;
      if (capital(g) || isNumber(g)) k = nouns(g);
    }
    // (A numeral may count a time: "Im Januar zwei Wochen nach der Wahl trat er zurück".)
    if (cfg.timeNouns.has(lower[head]) && head === s0 + 1 && cfg.plural.has(lower[s0])) return;
  } else if (small(k) && profile.pronouns?.has(lower[k]) && !profile.possessives?.has(lower[k])) {
    number = cfg.singular.has(lower[k]) || (cfg.plural.has(lower[k]) ? false : undefined);
    k++;
  } else if (titled(k) >= 0 && (given >= 0 || cfg.fronted.has(lower[b]) || units.slice(b, phraseEnd).some((u, i) => u.kind === 'number' || cfg.dates.months.has(lower[b + i]) || cfg.titles!.times.has(lower[b + i])))) {
    // A title and a name after a phrase of time: "Am Dienstag Präsident Trump sagte".
    number = true;
    k = titled(k);
  } else if (isNumber(k - 1) && capital(k) && name(k) && (units.slice(b + 1, k - 1).some((u, i) => capital(b + i + 1)) || (k === b + 2 && profile.prepositions?.has(lower[b]) && !known(k)))) {
    // A name after a year the phrase names with its noun ("Im Jahr 2019 Hikvision"); after a
    // number alone, right after the preposition, one the dictionary lacks ("In 1820 Harrison
    // lief"): a number there may count the subject's nouns ("Über 200 Kriegsschiffe wurden
    // versenkt"), and after an article it is the noun's ("Beim 1977 Gremlin waren").
    // (Its number is not told: "In 170 Costoboci überfallen Dobruja" are a people.)
    while (capital(k) && name(k)) k++;
  } else return;
  const v = adverbs(adverbPhrases(cfg.adverbs), lower, k);
  if (!small(v) || (zeroPlural && !genitiveRuledOut(v)) || (afterPhraseNoun && subjectElsewhere(v))) return;
  const after = v + 1;
  // (A zu-infinitive clause after a comma goes on the clause: "plant, den Markt zu verlassen".)
  const zu = units[after]?.text === ',' && zuClause(after);
  const closes = !isWord(after) && !isNumber(after) && !zu;
  // (An object, a number or a prepositional phrase after the verb: "verbieten die Geräte",
  // "plant neue Gesetze", "reagieren auf die Kritik".)
  const objectAfter = determiner(after) || capital(after) || isNumber(after) || (small(after) && profile.prepositions?.has(lower[after]) === true) || (adjective(after) && capital(after + 1));
  if (lower[after] === tables.infinitiveParticle) return;
  const verb = units[v].text;
  const phrase = text.slice(units[from].start, units[phraseEnd - 1].end);
  const only = words.participles.has(lower[v]);
  const plural = !only && words.pluralParticiples.has(lower[v]);
  const report = (from: number, to: number, suggestion: string | undefined, why: string) => {
    const start = offset + units[from].start;
    const end = offset + units[to - 1].end;
    if (ctx.isClaimed(start, end)) return;
    ctx.report({
      start,
      end,
      message: suggestion === undefined ? `Unexpected \`${verb}\` after the subject: after the fronted \`${phrase}\` the finite verb comes next, before the subject${why}` : `Unexpected \`${ctx.text.slice(start, end)}\`, expected \`${suggestion}\`: after the fronted \`${phrase}\` the finite verb comes next, before the subject${why}`,
      expected: suggestion === undefined ? [] : [suggestion],
    });
  };
  if (only || plural) {
    // (As after a subject that opens the clause: an object follows.)
    if (!(determiner(after) || capital(after))) return;
    // (After a plural subject a form that is a plural past tense too, "verboten": the past tense,
    // as written, before the subject: "Im Mai verboten die Behörden den Verkauf".)
    if (plural && number === false) return report(s0, v + 1, rotate(text, units, s0, v, v + 1), '');
    const auxiliary = only || number === true ? auxiliaryOf(number, verb) : undefined;
    const { end, simple } = clauseEnd(after, auxiliary !== undefined);
    const why = `; the past participle \`${verb}\` stands as the verb, its auxiliary left out${plural ? ' (or the past tense was meant)' : ''}`;
    if (!simple || auxiliary === undefined) return report(v, v + 1, undefined, why);
    const subject = text.slice(units[s0].start, units[v - 1].end);
    report(s0, end, `${auxiliary} ${subject} ${text.slice(units[after].start, units[end - 1].end)} ${verb}`, why);
    return;
  }
  // ("In der Stadt, die Hikvision gründete, leben …" without its comma: a verb before a comma
  // that a main clause's verb follows may end a relative clause; after "dass", "weil" it ends
  // the main clause.)
  // (After a preposition that is a conjunction too, the clause may be a subordinate one, its verb
  // at its end, before a comma, "und", or a zu-infinitive: "Während 2019 die Firma wuchs und die
  // Preise stiegen, …"; or before the main clause's verb, its comma left out: "Während der Graf
  // die Stadt regierte blühte der Handel". A main clause's verb there has its object or a
  // prepositional phrase after it: "Während der Pandemie die Regierung schloss die Schulen".)
  if (cfg.conjunctions.has(lower[b]) && (closes || zu || !objectAfter || (loosely && small(after) && profile.prepositions?.has(lower[after]) === true))) return;
  if (units[after]?.text === ',' && !zu && !(isWord(after + 1) && (profile.subordinators.has(lower[after + 1]) || tables.clauseOpeners.has(lower[after + 1])))) return;
  // (After a coordinator, a verb at the clause's end may close a subordinate clause that it
  // goes on: "…, weil die Preise stiegen, und dann die Regierung verbot.", and so may one before a
  // zu-infinitive: "…, weil die Preise stiegen, und dann die Firma plante, den Markt zu
  // verlassen." Then no subordinator, nor a relative pronoun after a comma, before it.)
  if (later && closes) return;
  if (later && zu) {
    for (let j = 0; j < from; j++) {
      if (isWord(j) && (profile.subordinators.has(lower[j]) || tables.clauseOpeners.has(lower[j]) || (units[j - 1]?.text === ',' && tables.relativePronouns.has(lower[j])))) return;
    }
  }
  // ("Im Bus die Kinder stehen lassen.", "Vor dem Start die Papiere haben.", "Im Alltag die Ruhe
  // haben, mehr zu lesen": an instruction, its infinitive a finite verb's form too, at the
  // clause's end or before a zu-infinitive clause, before one that closes a verb cluster there, or
  // after a singular subject. "Im Januar die Behörden müssen handeln" has its verb before the
  // infinitive.)
  if (words.infinitives.has(lower[v]) && (number === true || closes || zu || (cfg.clusterVerbs.has(lower[after]) && ends(after + 1)))) return;
  const form = tables.finiteVerbs.has(lower[v]) || preterite(v) || pluralPreterite(v) ? 'sure' : present(v);
  if (form === 'sure') {
    const moved = rotate(text, units, s0, v, v + 1);
    return report(s0, v + 1, moved, '');
  }
  // (A present that may be a participle or separable: before an object, no suggestion.)
  if (form !== undefined && (determiner(after) || capital(after))) return report(v, v + 1, undefined, '');
  // A plural present, the infinitive's form, after a plural subject and before an object or a
  // number ("Im Januar die Behörden verbieten die Geräte"; an instruction's infinitive ends its
  // clause, "Vor dem Essen die Hände waschen", or a prepositional phrase may follow it, "Danach
  // die Nudeln kochen in Salzwasser"); one that may be separable gets no suggestion
  // ("ankündigen": "kündigen … an"). An article after it opens a noun, not a relative clause, its
  // comma left out: "Vor dem Start die Dateien löschen die nicht mehr gebraucht werden".
  const relative = determiner(after) && (() => {
    let j = after + 1;
    while (adjective(j)) j++;
    return !capital(j);
  })();
  if (number === false && objectAfter && !relative && !(small(after) && profile.prepositions?.has(lower[after]))) {
    const plural = pluralPresent(v);
    if (plural === 'sure') return report(s0, v + 1, rotate(text, units, s0, v, v + 1), '');
    if (plural === 'separable') return report(v, v + 1, undefined, '');
  }
  // A present tense that may be a participle ("verkauft"), not before a mark: "Im Jahr 2019 die
  // Firma verkauft, gründete er …" has its verb.
  if (profile.finiteAuxiliaries?.has(lower[v]) && !closes) report(v, v + 1, undefined, '');
}

/** Whether a unit is a word (not a mark nor a number). */
function isWordOf(u: UnitLike | undefined): boolean {
  return u?.kind === 'word';
}

/**
 * The unit after a phrase of time of the profile's `verbBracket.timePhrases` that starts at unit
 * `k` ("letzte Woche", "die ganze Zeit", "jeden Tag", "gestern"), or -1.
 */
function timePhraseEnd(profile: LanguageProfile, units: readonly UnitLike[], lower: readonly string[], k: number): number {
  const t = profile.verbBracket?.timePhrases;
  if (!t || !isWordOf(units[k])) return -1;
  // (An adverb, perhaps before a time of the day: "heute Morgen", "gestern Abend".)
  if (t.adverbs.has(lower[k])) return isWordOf(units[k + 1]) && t.nouns.has(lower[k + 1]) && /^\p{Lu}/u.test(units[k + 1].text) ? k + 2 : k + 1;
  for (const d of adverbPhrases(t.determiners)) {
    if (lower[k] !== d[0] || !d.every((w, i) => lower[k + i] === w)) continue;
    const n = k + d.length;
    if (isWordOf(units[n]) && t.nouns.has(lower[n]) && /^\p{Lu}/u.test(units[n].text)) return n + 1;
  }
  return -1;
}

/** The length of the phrase of `phrases` (words in small letters) whose words `word(0)`, `word(1)`, … are, or 0. */
function closedPhrase(phrases: ReadonlyArray<readonly string[]>, word: (k: number) => string | undefined): number {
  return phrases.find((p) => p.every((w, i) => word(i) === w))?.length ?? 0;
}

const phrasesCache = new WeakMap<readonly string[], ReadonlyArray<readonly string[]>>();

/** The profile's adverbs (`mainClauseVerb.adverbs`) as phrases of words, split once per list, not per sentence. */
function adverbPhrases(list: readonly string[]): ReadonlyArray<readonly string[]> {
  let phrases = phrasesCache.get(list);
  if (!phrases) phrasesCache.set(list, (phrases = list.map((a) => a.split(' '))));
  return phrases;
}

/** The unit after the adverbs (phrases of one or more words, in small letters) that start at unit `k`. */
function adverbs(phrases: ReadonlyArray<readonly string[]>, lower: readonly string[], k: number): number {
  for (;;) {
    const phrase = phrases.find((a) => a.every((w, i) => lower[k + i] === w));
    if (!phrase) return k;
    k += phrase.length;
  }
}

function report(ctx: RuleContext, start: number, end: number, reordered: string | undefined, kind: string, maybe = false): void {
  if (ctx.isClaimed(start, end)) return;
  if (reordered === undefined) {
    ctx.report({
      start,
      end,
      message: `Unexpected \`${ctx.text.slice(start, end)}\`: the zu-infinitive goes after its object, which is not told apart from what follows it`,
      expected: [],
    });
    return;
  }
  // (A run of spaces moved with the words is one space: "war  verwendet" → "verwendet war".)
  const suggestion = reordered.replace(/[ \t]{2,}/g, ' ');
  ctx.report({
    ...(maybe ? { severity: 'info' as const } : {}),
    start,
    end,
    message:
      kind === 'verb-final'
        ? `Unexpected \`${ctx.text.slice(start, end)}\`, expected \`${suggestion}\`: the finite verb goes at the end of a subordinate clause`
        : `Unexpected \`${ctx.text.slice(start, end)}\`, expected \`${suggestion}\`: the zu-infinitive goes after its object`,
    expected: [suggestion],
  });
}

/** Which of the profile's finite verbs that open a verb bracket a word is (`verbBracket`: "hat", "ist", "wird", "kann"), if any. */
function bracketVerb(vb: NonNullable<LanguageProfile['verbBracket']>, w: string): 'perfect' | 'sein' | 'modal' | 'passive' | undefined {
  return vb.perfect.has(w) ? 'perfect' : vb.sein.has(w) ? 'sein' : vb.modal.has(w) ? 'modal' : vb.passive.has(w) ? 'passive' : undefined;
}

/**
 * The cheap look for a broken verb bracket (sentence words `first`..`last`): a finite verb of
 * the profile's `verbBracket`, then within three words one in small letters that may be a
 * participle or an infinitive (its ending), before another word.
 */
function mayBeBracket(ctx: RuleContext, first: number, last: number): boolean {
  const vb = ctx.profile!.verbBracket!;
  for (let i = first; i < last - 1; i++) {
    const lower = ctx.words[i].value.toLowerCase();
    if (bracketVerb(vb, lower) === undefined) continue;
    for (let j = i + 1; j <= i + 3 && j < last; j++) if (/^\p{Ll}\p{L}*[tn]$/u.test(ctx.words[j].value)) return true;
  }
  return false;
}

/**
 * The cheap look for a subordinate clause's finite verb before an adverb or an object (sentence
 * words `first`..`last`): a subordinator, then a subject's pronoun or determiner, or within five
 * words one of the adverbs of `mainClauseVerb.adverbs` or of `verbBracket.timePhrases` (its first word).
 */
function mayBeVerbSecond(ctx: RuleContext, first: number, last: number): boolean {
  const profile = ctx.profile!;
  const t = profile.verbBracket!.timePhrases;
  const adverb = adverbStarts(profile);
  for (let i = first; i < last; i++) {
    // (In capitals too, at the sentence's start: "Dass die Firma plant neue Stellen, …".)
    if (!profile.subordinators.has(ctx.words[i].value.toLowerCase())) continue;
    // (Or a subject's pronoun or determiner right after it, before an object: "dass er war Konsul".)
    const next = ctx.words[i + 1].value;
    if (profile.pronouns?.has(next) || profile.mainClauseVerb?.subjects.has(next) || profile.mainClauseVerb?.dates.subjects.has(next)) return true;
    for (let j = i + 2; j <= i + 5 && j <= last; j++) {
      const w = ctx.words[j].value;
      if (adverb.has(w) || t?.adverbs.has(w) || t?.determiners.some((d) => d.startsWith(w + ' ') || d === w)) return true;
    }
  }
  return false;
}

/** The first words of the profile's adverbs (`mainClauseVerb.adverbs`), made once per profile. */
function adverbStarts(profile: LanguageProfile): ReadonlySet<string> {
  let out = adverbStartsCache.get(profile);
  if (!out) adverbStartsCache.set(profile, (out = new Set((profile.mainClauseVerb?.adverbs ?? []).map((a) => a.split(' ')[0]))));
  return out;
}

const adverbStartsCache = new WeakMap<LanguageProfile, Set<string>>();

/**
 * A main clause's bracket broken in the source's order: its participle or infinitive right after
 * the finite auxiliary or modal (perhaps a pronoun and adverbs between them; an object's pronoun
 * only before a participle and a phrase of time, "hat ihn verhaftet gestern"), before an object,
 * not at the clause's end ("Die Nutzer haben gelöscht ihre Konten", "Er wird treffen den
 * Präsidenten am Montag", "Hast du gesehen den Film?"). The object opens with a determiner, a
 * pronoun of an object, an adjective and a noun, a noun or a number: a prepositional phrase, a
 * comparison, a zu-infinitive or a clause after the participle are German ("Das Spiel wurde
 * abgebrochen wegen Regen", "hat mehr verdient als sein Chef", "hat gelernt zu schwimmen", "hat
 * gesagt, dass"). Up to the clause's end no word may be a verb's form, nor a subject's pronoun, a
 * subordinator or "zu" (another clause, its comma left out: "Er hat gesagt die Firma sei
 * pleite"); after "und" only words of a noun phrase. The suggestion moves the participle or
 * infinitive to the clause's end where the end is sure: the sentence's, a semicolon or a colon,
 * or a comma before a subordinator, a zu-infinitive's "um", or a coordinator and a new clause
 * (a finite verb of the tables, or a subject's pronoun); before another comma, a bracket or a
 * dash, the finding has none. In a subordinate clause only where a subordinator opens it and
 * its subject alone stands before the finite verb (see `subordinateClause`): the object then goes
 * before the participle or infinitive and the finite verb last ("…, weil er hat verloren das
 * Spiel" → "weil er das Spiel verloren hat"); its end is sure before a comma and a main clause's
 * verb too ("Weil er hat verloren das Spiel, ist er traurig"). Not after "hat" as the full verb
 * before a participle that is an adverb too ("Er hat bestimmt einen Grund"). Returns the block
 * offsets of the participles and infinitives reported, which the infinitive pattern then leaves
 * alone.
 */
function brokenBracket(ctx: RuleContext, offset: number, text: string, units: UnitLike[], lower: string[], tables: CandidateTables, words: MainClauseWords): Set<number> {
  const reported = new Set<number>();
  const profile = ctx.profile!;
  const cfg = profile.mainClauseVerb!;
  const vb = profile.verbBracket!;
  const speller = ctx.doc.resources.speller(ctx.language);
  if (!speller) return reported;
  // (Read from the dictionary when a word is first asked about: about 20 ms, once a process.)
  let read: ReadonlySet<string> | undefined;
  const verbs = () => (read ??= dictionaryVerbs(speller, vb.infinitive) ?? new Set<string>());
  const possessives = profile.possessives ?? new Set<string>();
  const prepositions = profile.prepositions ?? new Set<string>();
  const articles = profile.articles ?? new Set<string>();
  const pronouns = profile.pronouns ?? new Set<string>();
  const openers = clauseOpeners(ctx.language, false);
  const phrases = adverbPhrases(cfg.adverbs);
  const isWord = (k: number) => units[k]?.kind === 'word';
  const isNumber = (k: number) => units[k]?.kind === 'number';
  // "als" after "mehr" before a number compares it ("Mehr als 100 Menschen haben …"): no clause.
  const comparison = (k: number) => vb.comparison !== undefined && lower[k] === vb.comparison.opener && vb.comparison.before.has(lower[k - 1] ?? '') && isNumber(k + 1);
  const capital = (k: number) => isWord(k) && /^\p{Lu}/u.test(units[k].text);
  const small = (k: number) => isWord(k) && /^\p{Ll}/u.test(units[k].text);
  const determiner = (w: string) => tables.articleFamilies.some((f) => f.includes(w)) || possessives.has(w) || cfg.determiners.has(w) || (cfg.plural.has(w) && !pronouns.has(w));
  // A verb of the dictionary with the infinitive `stem` + one of the endings ("kaufen", "ändern").
  const verb = (stem: string) => cfg.present.infinitive.some((e) => verbs().has(stem + e));
  const infinitive = (w: string) => /(?:en|[lr]n)$/u.test(w) && verbs().has(w);
  // A past participle: of the lists, or one that is a present too, of a verb of the dictionary
  // with an inseparable prefix (after a separable one perhaps) or in "-ieren" ("veröffentlicht",
  // "vorbereitet", "investiert").
  const participle = (w: string) => {
    if (words.participles.has(w) || words.pluralParticiples.has(w)) return true;
    const m = cfg.present.shape.exec(w);
    if (!m || !verb(m[1])) return false;
    if (w.endsWith('iert')) return true;
    let rest = w;
    for (const p of profile.separablePrefixes ?? []) if (rest.startsWith(p) && cfg.preterite.prefixes.some((q) => rest.startsWith(q, p.length))) rest = rest.slice(p.length);
    return cfg.preterite.prefixes.some((q) => rest.startsWith(q) && rest.length > q.length + 2);
  };
  const zu = tables.infinitiveParticle;
  const zuPrefixes = zu ? [...(profile.separablePrefixes ?? []), ...(profile.verbParticles ?? [])].map((p) => p + zu) : [];
  // A word in small letters that may be a verb's form: another clause's verb, its comma left out.
  const verbish = (k: number) => {
    const w = lower[k];
    // (Not an article, which may be a verb too: "einen".)
    if (determiner(w) || articles.has(w) || prepositions.has(w) || vb.objectPronouns.has(w)) return false;
    if (tables.finiteVerbs.has(w) || profile.finiteAuxiliaries?.has(w) || participle(w) || infinitive(w) || words.preterites.has(w)) return true;
    const present = cfg.present.shape.exec(w);
    if (present && verb(present[1])) return true;
    const weak = cfg.preterite.weak.exec(w);
    if (weak && verb(weak[1])) return true;
    // (A zu-infinitive of a separable verb: "auszupusten", "herunterzuladen".)
    for (const p of zuPrefixes) if (w.startsWith(p) && infinitive(w.slice(p.length))) return true;
    return w.endsWith('en') && w.length > 4 && (words.preterites.has(w.slice(0, -2)) || words.preterites.has(w.slice(0, -1)));
  };
  // A finite verb's form in small letters: of the tables, or a present or past tense of a verb
  // of the dictionary ("plant", "kaufte"; not one in "ge-", a participle's).
  const finiteForm = (k: number) => {
    const w = lower[k];
    if (determiner(w) || articles.has(w) || prepositions.has(w) || pronouns.has(w) || profile.functionWords.has(w)) return false;
    if (tables.finiteVerbs.has(w) || profile.finiteAuxiliaries?.has(w) || words.preterites.has(w)) return true;
    const present = cfg.present.shape.exec(w);
    if (present && !cfg.present.not.has(w) && !/^ge/u.test(w) && verb(present[1])) return true;
    const weak = cfg.preterite.weak.exec(w);
    return weak !== null && !/^ge/u.test(w) && verb(weak[1]);
  };
  const adjective = (k: number) =>
    small(k) && /(?:e|en|er|es|em)$/u.test(lower[k]) && !verbish(k) && !prepositions.has(lower[k]) && !articles.has(lower[k]) && !profile.functionWords.has(lower[k]) && !openers.has(lower[k]) && !pronouns.has(lower[k]);
  const nounPhraseWord = (k: number) => determiner(lower[k]) || articles.has(lower[k]) || prepositions.has(lower[k]) || adjective(k) || vb.objectPronouns.has(lower[k]) || profile.coordinators.has(lower[k]);
  // Whether the words from unit `k` up to the sentence's end (a period, "!" or "?") are nouns of a
  // list, after commas, its last after a coordinator.
  const list = (k: number): boolean => {
    let coordinator = false;
    for (let j = k; j < units.length; j++) {
      if (units[j].kind === 'punct') {
        if (/^[.!?]$/u.test(units[j].text)) return coordinator && j + 1 >= units.length;
        if (units[j].text !== ',') return false;
        continue;
      }
      if (small(j) && profile.coordinators.has(lower[j])) coordinator = true;
      else if (small(j) && !(determiner(lower[j]) || articles.has(lower[j]) || adjective(j))) return false;
    }
    return false;
  };
  const closing = (t: string) => /^[“”»«"‘’‹›]$/u.test(t);
  const opening = (t: string) => /^[„«»"‚‹›]$/u.test(t);

  // The unit of the subordinator that opens the clause at unit `c` (after a mark, or the
  // sentence's first) whose subject is all there is before the finite verb at unit `a` (then
  // adverbs): a pronoun, a determiner, adjectives and nouns (a name perhaps after them), or
  // names; else -1. After a preposition that is a conjunction too ("seit", "während") only a
  // pronoun: "Während der Pause hat gesprochen der Präsident" is a main clause.
  const subordinateClause = (c: number, a: number): number => {
    while (c < a && !isWord(c)) c++;
    if (!small(c) && !(c === first && capital(c))) return -1;
    if (!profile.subordinators.has(lower[c]) || comparison(c)) return -1;
    const k = subjectEnd(c);
    return k >= 0 && adverbs(phrases, lower, k) === a ? c : -1;
  };
  // The unit after the subject that follows the subordinator at unit `c`, or -1 (see `subordinateClause`).
  const subjectEnd = (c: number): number => {
    let k = c + 1;
    if (small(k) && pronouns.has(lower[k]) && !possessives.has(lower[k])) k++;
    else if (cfg.conjunctions.has(lower[c])) return -1;
    else if (small(k) && (determiner(lower[k]) || cfg.subjects.has(lower[k]))) {
      k++;
      while (adjective(k)) k++;
      if (!capital(k)) return -1;
      while (capital(k) && k < c + 6) k++;
    } else if (capital(k)) while (capital(k) && k < c + 5) k++;
    else return -1;
    return k;
  };
  // (The finite verb in capitals only as the sentence's first word: "unter diesem Wollen zanken sich beide".)
  let first = 0;
  while (first < units.length && !isWord(first)) first++;
  // The finite verb of a subordinate clause right after its subject and before an adverb or a
  // phrase of time, as English has it ("…, weil er hat gestern verloren", "…, dass die Firma plant
  // jetzt neue Stellen"): it goes at the clause's end, after a participle or infinitive there
  // too. A verb, "zu" or a subordinator after it, or a mark but the clause's end, and the clause
  // is not told: no finding. (The finite verbs reported, which the bracket's pattern below leaves.)
  const second = new Set<number>();
  for (let c = first; c + 3 < units.length; c++) {
    if (!(small(c) || (c === first && capital(c))) || !profile.subordinators.has(lower[c]) || vb.verbSecond?.not.has(lower[c])) continue;
    if (c > first && units[c - 1].text !== ',') continue;
    const a = subjectEnd(c);
    if (a < 0 || !small(a)) continue;
    const kind = bracketVerb(vb, lower[a]);
    if (!(kind || finiteForm(a))) continue;
    // The adverbs and phrases of time after it.
    let j = a + 1;
    for (;;) {
      const t = timePhraseEnd(profile, units, lower, j);
      const n = t > j ? t : adverbs(phrases, lower, j);
      if (n === j) break;
      j = n;
    }
    if (j === a + 1) {
      // Or an object or a predicate right after it ("…, dass er war Konsul", "…, dass die Firma
      // plant neue Stellen"): a determiner, or adjectives and a noun; after a pronoun a noun, a
      // name or a number too. (Not a prepositional phrase, which may follow a verb at the
      // clause's end: "…, weil er Kameras verkauft in China".)
      let g = a + 1;
      while (adjective(g)) g++;
      const pronoun = small(c + 1) && pronouns.has(lower[c + 1]);
      const object = (small(a + 1) && determiner(lower[a + 1]) && !prepositions.has(lower[a + 1])) || (capital(g) && (g > a + 1 || pronoun)) || (pronoun && isNumber(a + 1));
      if (!object) continue;
    }
    // Up to the clause's end: a comma, or the sentence's end.
    let end = j;
    let bad = false;
    // (Given up at the first sign: in a sentence of thousands of words without a mark, reading on
    // to its end from every subordinator had made the check quadratic.)
    for (; end < units.length && !/^[,.;:!?]$/u.test(units[end].text); end++) {
      if (!isWord(end) && !isNumber(end)) bad = true;
      else if (small(end) && (openers.has(lower[end]) || lower[end] === tables.infinitiveParticle)) bad = true;
      if (end - a > 12) bad = true;
      if (bad) break;
    }
    if (bad) continue;
    // (The participle or infinitive of the bracket the clause ends with, perhaps "worden", "werden".)
    let close = end;
    if (kind && close > j && small(close - 1)) {
      const x = lower[close - 1];
      const passive = vb.passiveInfinitive !== undefined && (x === vb.passiveInfinitive.perfect || x === vb.passiveInfinitive.infinitive) && close - 2 >= j && participle(lower[close - 2]);
      const fits = passive || (kind === 'modal' ? infinitive(x) : kind === 'sein' ? cfg.auxiliary.sein?.participles.has(x) === true || participle(x) : participle(x) && !vb.adverbs.has(x));
      if (fits) close = passive ? close - 2 : close - 1;
    }
    let verbs = false;
    for (let k = a + 1; k < close; k++) if (small(k) && verbish(k)) verbs = true;
    if (verbs) continue;
    // (A separable verb's particle at the clause's end goes before it: "kündigt jetzt … an" → "… ankündigt".)
    const particleAtEnd = !kind && close === end && small(end - 1) && (profile.separablePrefixes?.has(lower[end - 1]) === true || profile.verbParticles?.has(lower[end - 1]) === true);
    const start = offset + units[a].start;
    const stop = offset + units[end - 1].end;
    if (ctx.isClaimed(start, stop)) continue;
    // (A line of verse, the clause alone on it, in small letters, its order the rhyme's: "  ob sie
    // sei die Fei,⏎". A line of the block's text, or the block, a line of the file's.)
    const at = offset + units[c].start;
    const after = offset + (end < units.length ? units[end].end : text.length);
    if (small(c) && ctx.text.slice(ctx.text.lastIndexOf('\n', at - 1) + 1, at).trim() === '' && /^[ \t]*(?:\n|$)/u.test(ctx.text.slice(after, after + 80))) continue;
    // (Where the clause ends for sure: the sentence's end, a semicolon or a colon, or a comma
    // before a subordinator, a relative pronoun, a coordinator or a verb, the main clause's: not
    // before another noun of a list, "dass er war Konsul, Zensor und …".)
    const next = end + 1;
    const sure = end >= units.length || units[end].text !== ',' || (small(next) && (vb.afterComma.has(lower[next]) || openers.has(lower[next]) || tables.relativePronouns.has(lower[next]) || profile.coordinators.has(lower[next]) || cfg.joiners.has(lower[next]) || verbish(next)));
    const why = `in a subordinate clause after \`${units[c].text}\` the finite verb \`${units[a].text}\` goes at the clause's end, not before \`${units[a + 1].text}\``;
    if (!sure) {
      ctx.report({ start, end: offset + units[a].end, message: `Unexpected \`${units[a].text}\` right after the subject: ${why}`, expected: [] });
      second.add(a);
      c = end;
      continue;
    }
    const rest = text.slice(units[a + 1].start, units[(particleAtEnd ? end - 2 : end - 1)].end);
    const moved = particleAtEnd ? `${rest} ${units[end - 1].text}${units[a].text}` : `${rest} ${units[a].text}`;
    ctx.report({
      start,
      end: stop,
      message: `Unexpected \`${ctx.text.slice(start, stop)}\`, expected \`${moved}\`: ${why}`,
      expected: [moved],
    });
    second.add(a);
    c = end;
  }
  // For each unit, the mark that opens its clause (the last of `,;:()–—„“”"«»` before it, or -1)
  // and whether a subordinator or "zu" stands between that mark and it: read in one pass (walked
  // back from each finite verb, a sentence of thousands of words without a mark was quadratic:
  // 60,000 words took 6 s).
  const clauseMark = new Int32Array(units.length);
  const openedSince = new Uint8Array(units.length);
  for (let k = 0, mark = -1, opened = 0; k < units.length; k++) {
    clauseMark[k] = mark;
    openedSince[k] = opened;
    if (units[k].kind === 'punct' && /^[,;:()–—„“”"«»]$/u.test(units[k].text)) {
      mark = k;
      opened = 0;
    } else if (isWord(k) && (openers.has(lower[k]) || lower[k] === tables.infinitiveParticle) && !comparison(k)) opened = 1;
  }
  for (let a = 0; a + 2 < units.length; a++) {
    if (second.has(a)) continue;
    if (!small(a) && !(a === first && capital(a))) continue;
    const w = lower[a];
    const kind = bracketVerb(vb, w);
    if (!kind) continue;
    // A main clause: no subordinator, no "zu" before the finite verb in its clause, nor a
    // relative pronoun after a comma at its start.
    const c = clauseMark[a];
    const subordinate = openedSince[a] === 1;
    // A subordinate clause that a subordinator opens, its subject before the finite verb ("…,
    // weil er hat verloren das Spiel", "…, dass die Polizei hat festgenommen einen Mann"): the
    // finite verb goes last there (`clause` is then the subordinator's unit).
    const clause = subordinate ? subordinateClause(c + 1, a) : -1;
    if ((subordinate && clause < 0) || (units[c]?.text === ',' && isWord(c + 1) && c + 1 < a && tables.relativePronouns.has(lower[c + 1]))) continue;
    // (A subject between them, a pronoun, "Hast du gesehen den Film?", or a noun and its
    // article, "Gestern hat die Polizei festgenommen einen Mann", and adverbs.)
    // (Not before an infinitive: "Fröhlich soll mein Herze springen dieser Zeit", a poem's order.)
    let v = a + 1;
    let subject = false;
    if (clause >= 0) {
      // (The subject before the finite verb: only adverbs after it.)
    } else if (small(v) && pronouns.has(lower[v])) v++;
    else if (kind !== 'modal' && small(v) && tables.articleFamilies.some((f) => f.includes(lower[v]))) {
      subject = true;
      v++;
      while (adjective(v)) v++;
      if (!capital(v)) continue;
      while (capital(v) && v < a + 6) v++;
    }
    // (An object's pronoun before the participle, as German has it, and a phrase of time after
    // the participle, as English has it: "Die Polizei hat ihn verhaftet gestern", "hat ihn
    // gestern verhaftet". Not before a modal's infinitive: "Ich will dich lieben heute", a song's
    // order.)
    const pronounObject = kind !== 'modal' && small(v) && vb.objectPronouns.has(lower[v]);
    if (pronounObject) v++;
    v = adverbs(phrases, lower, v);
    if (!small(v) || determiner(lower[v]) || articles.has(lower[v])) continue;
    const form = lower[v];
    // (A passive's perfect or infinitive, the participle and "worden" or "werden": "ist
    // unterzeichnet worden letzte Woche", "soll unterzeichnet werden nächste Woche".)
    const passive = vb.passiveInfinitive !== undefined && (kind === 'sein' || kind === 'modal') && participle(form) && !vb.adverbs.has(form) && small(v + 1) && lower[v + 1] === (kind === 'sein' ? vb.passiveInfinitive.perfect : vb.passiveInfinitive.infinitive);
    const fits =
      passive ||
      (kind === 'perfect' || kind === 'passive'
        ? participle(form) && !vb.adverbs.has(form)
        : kind === 'sein'
          ? cfg.auxiliary.sein?.participles.has(form) === true
          : infinitive(form) && !words.participles.has(form));
    if (!fits) continue;
    // (The verbs that go at the clause's end: the participle, perhaps "worden" or "werden".)
    const last = passive ? v + 1 : v;
    // The object's first word.
    const o = last + 1;
    let g = o;
    while (adjective(g)) g++;
    // (A determiner before its noun: "will betrogen sein" ends with an infinitive.)
    let n = o + 1;
    while (adjective(n)) n++;
    // (Or a phrase of time, which English puts there: "wurde getroffen letzte Woche"; an adverb of
    // time only at the clause's end, "wurde getroffen gestern.")
    const time = timePhraseEnd(profile, units, lower, o);
    const timeAlone = time > o && small(o) && !capital(time - 1) && (time >= units.length || /^[.!?;:]$/u.test(units[time].text));
    const object = (small(o) && ((determiner(lower[o]) && (capital(n) || isNumber(n))) || vb.objectPronouns.has(lower[o]))) || capital(g) || (isNumber(o) && capital(o + 1)) || timeAlone;
    if (!object || (small(o) && (articles.has(lower[o]) || prepositions.has(lower[o])) && !tables.articleFamilies.some((f) => f.includes(lower[o])))) continue;
    // (After an object's pronoun only a phrase of time: a noun after the participle there may be
    // one addressed, its comma left out, "Ich habe dich vermisst Mama!", not a second object.)
    if (pronounObject && time <= o) continue;
    // Up to the clause's end.
    let end = o;
    let sure = false;
    let bad = false;
    let coordinated = false;
    let dashed = false;
    let quotes = 0;
    let count = 0;
    for (; end < units.length; end++) {
      const u = units[end];
      if (u.kind === 'punct') {
        const t = u.text;
        if (/^[.!?;:…]$/u.test(t)) {
          sure = true;
          break;
        }
        if (t === ',') {
          const next = end + 1;
          if (small(next) && vb.afterComma.has(lower[next])) sure = true;
          // (After a subordinate clause the main clause's finite verb: "Weil er hat verloren das
          // Spiel, ist er traurig".)
          else if (clause >= 0 && small(next) && (vb.perfect.has(lower[next]) || vb.sein.has(lower[next]) || vb.modal.has(lower[next]) || verbish(next))) sure = true;
          else if (small(next) && (profile.coordinators.has(lower[next]) || cfg.joiners.has(lower[next])) && (capital(end - 1) || isNumber(end - 1))) {
            // (A new clause: a subject's pronoun right after the coordinator, or a finite verb of
            // the tables before the next mark.)
            if (small(next + 1) && vb.subjectPronouns.has(lower[next + 1])) sure = true;
            for (let j = next + 1; !sure && j < units.length && units[j].kind !== 'punct'; j++) if (small(j) && (tables.finiteVerbs.has(lower[j]) || profile.finiteAuxiliaries?.has(lower[j]))) sure = true;
          }
          // (A list of nouns the object is, its last after a coordinator, up to the sentence's
          // end: "Brot, Milch und Eier.")
          if (!sure && list(next)) continue;
          break;
        }
        if (closing(t) && quotes > 0) {
          quotes--;
          continue;
        }
        // ("»", "«" and '"' open or close: one before a word it touches opens.)
        const touches = isWord(end + 1) && units[end + 1].start === u.end;
        if (closing(t) && quotes === 0 && !(opening(t) && touches)) {
          // (A quotation that opened before the clause ends here.)
          sure = end + 1 >= units.length || /^[.!?,;:…]$/u.test(units[end + 1].text);
          break;
        }
        if (opening(t)) {
          quotes++;
          continue;
        }
        // (A hyphen of a word's first part, "NIS- oder LDAP-Gruppe", goes on; words in brackets too.)
        if (t === '-' && end > 0 && units[end - 1].end === u.start) continue;
        if (t === '(') {
          while (end + 1 < units.length && units[end + 1].text !== ')' && !/^[.!?;:]$/u.test(units[end + 1].text)) {
            end++;
            if (small(end) && verbish(end)) bad = true;
          }
          if (units[end + 1]?.text === ')') {
            end++;
            continue;
          }
          break;
        }
        // (After a dash or a bracket the clause's end is not told; the words up to the sentence's
        // end must still be no verb: "Sie können versuchen die Submodule mit 'git … --init' zu
        // aktualisieren".)
        if (/^[()\[\]–—-]$/u.test(t)) dashed = true;
        continue;
      }
      if (u.kind !== 'word') continue;
      if (++count > 14) {
        bad = true;
        break;
      }
      if (!small(end)) continue;
      const x = lower[end];
      if (coordinated && !nounPhraseWord(end)) {
        bad = true;
        break;
      }
      if (profile.coordinators.has(x)) coordinated = true;
      if (verbish(end) || vb.subjectPronouns.has(x) || x === tables.infinitiveParticle || (openers.has(x) && x !== 'als' && x !== 'wie')) {
        bad = true;
        break;
      }
    }
    // (After an object's pronoun, a clause that runs to the block's end without a mark is left:
    // a line of verse broken there, its order the rhyme's, "Sie hat ihn geküsst heute⏎und …".)
    if (pronounObject && end >= units.length) continue;
    if (end >= units.length) sure = true;
    if (dashed) sure = false;
    if (bad || quotes > 0 || end === o || (subject && !sure)) continue;
    const verbText = text.slice(units[v].start, units[last].end);
    const what = passive ? 'past participle' : kind === 'modal' ? 'infinitive' : 'past participle';
    // ("after its object", or after the phrase of time that opens what follows it.)
    const after = time > o && time <= end ? `the phrase of time \`${text.slice(units[o].start, units[time - 1].end)}\`${time < end ? ' and its object' : ''}` : 'its object';
    if (clause >= 0) {
      // The participle or infinitive after the object, the finite verb last: "weil er das Spiel
      // verloren hat".
      const start = offset + units[a].start;
      const stop = offset + units[end - 1].end;
      const between = v > a + 1 ? text.slice(units[a + 1].start, units[v - 1].end) + ' ' : '';
      const moved = sure ? `${between}${text.slice(units[o].start, units[end - 1].end)} ${verbText} ${units[a].text}` : undefined;
      const why = `in a subordinate clause after \`${units[clause].text}\` the ${what} goes after ${after} and the finite verb last (\`… ${verbText} ${units[a].text}\`)`;
      if (ctx.isClaimed(start, stop)) continue;
      ctx.report(
        moved !== undefined
          ? { start, end: stop, message: `Unexpected \`${ctx.text.slice(start, stop)}\`, expected \`${moved}\`: ${why}`, expected: [moved] }
          : { start, end: offset + units[last].end, message: `Unexpected \`${ctx.text.slice(start, offset + units[last].end)}\` before its object: ${why}`, expected: [] },
      );
      reported.add(offset + units[v].start);
      a = end;
      continue;
    }
    const start = offset + units[v].start;
    if (sure) {
      const moved = rotate(text, units, v, last + 1, end);
      const stop = offset + units[end - 1].end;
      if (moved === undefined || ctx.isClaimed(start, stop)) continue;
      ctx.report({
        start,
        end: stop,
        message: `Unexpected \`${ctx.text.slice(start, stop)}\`, expected \`${moved}\`: in a main clause the ${what} goes at the clause's end, after ${after} (\`${units[a].text} … ${verbText}\`)`,
        expected: [moved],
      });
    } else {
      if (ctx.isClaimed(start, start + verbText.length)) continue;
      ctx.report({
        start,
        end: start + verbText.length,
        message: `Unexpected ${what} \`${verbText}\` right after \`${units[a].text}\`: in a main clause it goes at the clause's end, after ${after}`,
        expected: [],
      });
    }
    reported.add(start);
    a = end;
  }
  return reported;
}

/**
 * Whether the infinitive at unit `k` of the infinitive pattern has an object after it, up to its
 * clause's end: a determiner in small letters, adjectives and a noun or a number ("auslaufen
 * diese Fähigkeit"; not "muss … enthalten sein", the infinitive "sein", nor "kann variieren Die
 * exakte Ausgabe", a heading run on), and no verb nor "zu" before the next mark ("könnte ich
 * versuchen eine Glühbirne auszupusten", "sollte sich niemals genieren einen Irrtum zuzugeben":
 * a zu-infinitive, its comma left out; "kann zwei Parallelen zeichnen die sich schneiden").
 */
function objectAfterInfinitive(ctx: RuleContext, units: UnitLike[], lower: string[], tables: CandidateTables, words: MainClauseWords, k: number): boolean {
  const profile = ctx.profile!;
  const small = (j: number) => units[j]?.kind === 'word' && /^\p{Ll}/u.test(units[j].text);
  const nounish = (j: number) => units[j]?.kind === 'number' || (units[j]?.kind === 'word' && /^\p{Lu}/u.test(units[j].text));
  const zu = tables.infinitiveParticle;
  const prefixes = zu ? [...(profile.separablePrefixes ?? []), ...(profile.verbParticles ?? [])] : [];
  if (!small(k + 1)) return false;
  let j = k + 2;
  while (small(j) && /(?:e|en|er|es|em)$/u.test(lower[j]) && !words.infinitives.has(lower[j])) j++;
  if (!nounish(j)) return false;
  for (; j < units.length && !(units[j].kind === 'punct' && /^[,.;:!?()–—]$/u.test(units[j].text)); j++) {
    if (!small(j)) continue;
    const w = lower[j];
    // ("zu" before a noun is a preposition: "patrouillieren die Grenze zu Frankreich".)
    if ((w === zu && small(j + 1)) || tables.finiteVerbs.has(w) || profile.finiteAuxiliaries?.has(w) || words.participles.has(w) || words.pluralParticiples.has(w) || words.infinitives.has(w)) return false;
    if (prefixes.some((p) => w.startsWith(p + zu) && words.infinitives.has(w.slice(p.length + zu!.length)))) return false;
  }
  return true;
}
