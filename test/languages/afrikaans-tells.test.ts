/**
 * The Afrikaans tells (src/languages/nl.ts `afrikaans`), asked of every paragraph of a document in
 * another language (pipeline's `anyLookalike`): a text without a tell asks the dictionary nothing,
 * as a text with two asks it only of its tells.
 */
import { describe, it, expect } from 'vitest';
import { afrikaans, respelledDutch } from '../../src/languages/nl.js';

/** A dictionary that knows `words`, counting what it is asked. */
function dictionary(words: string[]) {
  const known = new Set(words);
  const asked: string[] = [];
  return { asked, known: (word: string) => (asked.push(word), known.has(word)) };
}

describe('Afrikaans tells', () => {
  it('a paragraph without a tell asks the dictionary nothing', () => {
    const d = dictionary([]);
    const english = 'The storm damaged more than three hundred schools in the Western Cape on Tuesday, officials said. '.repeat(20);
    expect(afrikaans(english, d.known)).toBe(false);
    expect(d.asked).toEqual([]);
  });

  it('one tell is still enough beside a word the dictionary lacks, and not beside known words alone', () => {
    // ("Stroomonderbrekings duur vandag voort.": "vandag" a tell, "duur" and "voort" words English lacks.)
    expect(afrikaans('Stroomonderbrekings duur vandag voort.', dictionary(['Stroomonderbrekings']).known)).toBe(true);
    expect(afrikaans('Stroomonderbrekings duur vandag voort.', dictionary(['Stroomonderbrekings', 'duur', 'voort']).known)).toBe(false);
    // ("meer as": Afrikaans's "than"; Dutch knows all the rest.)
    expect(afrikaans('Meer as op straat na brand.', dictionary(['Meer', 'op', 'straat', 'na', 'brand']).known)).toBe(false);
    expect(afrikaans('Meer as 300 skole geraak.', dictionary(['Meer']).known)).toBe(true);
  });

  // Read as Dutch, with Dutch's own dictionary (`own`): the words Afrikaans spells its own way
  // count, a Dutch word in Afrikaans spelling, "besoek" (bezoek), "vloedgebiede" (vloedgebieden)
  // too; a word Dutch's dictionary lacks that is no such word ("gelt": a typo) does not.
  const DUTCH = ['Inwoners', 'van', 'is', 'sedert', 'Maandag', 'krag', 'bezoek', 'vloedgebieden', 'in', 'wil', 'meer', 'voor', 'zorg', 'zei', 'dat', 'de', 'prijzen', 'snel', 'stijgen', 'wint', 'prijs'];

  it('read as Dutch: words Afrikaans writes that Dutch writes rarely ("sedert", "krag", "Maandag" in a capital) weigh half a tell each', () => {
    expect(afrikaans('Inwoners van Soweto is sedert Maandag sonder krag.', dictionary(DUTCH).known, true)).toBe(true);
    // ("sonder" alone, without them: one tell.)
    expect(afrikaans('Inwoners van Soweto is sonder water.', dictionary([...DUTCH, 'water']).known, true)).toBe(false);
  });

  it('read as Dutch: a Dutch word in Afrikaans spelling is a tell, with no tell word at all', () => {
    expect(afrikaans('Ramaphosa besoek vloedgebiede in KwaZulu-Natal', dictionary(DUTCH).known, true)).toBe(true);
    // (Not with another dictionary: English's knows no "bezoek".)
    expect(afrikaans('Ramaphosa besoek vloedgebiede in KwaZulu-Natal', dictionary(['in']).known)).toBe(false);
  });

  it('read as Dutch: a typo is no Afrikaans, and a Dutch word ("zorg", "prijs") weighs against a lone tell ("Hy", "Wes")', () => {
    expect(afrikaans('Hy wil meer gelt voor zorg.', dictionary(DUTCH).known, true)).toBe(false);
    expect(afrikaans('Hy zei dat de prijzen snel stijgen.', dictionary(DUTCH).known, true)).toBe(false);
    expect(afrikaans('Wes Anderson wint prijs in Cannes.', dictionary(DUTCH).known, true)).toBe(false);
  });

  it('read as Dutch: a Dutch paragraph with Dutch words asks no Afrikaans spelling of its unknown words', () => {
    const d = dictionary(DUTCH);
    expect(afrikaans('De minister zei dat de prijzen van vloedgebiede en huise snel stijgen.', d.known, true)).toBe(false);
    expect(d.asked.filter((w) => w === 'vloedgebieden' || w === 'huizen')).toEqual([]);
  });

  it('a Dutch word in Afrikaans spelling is found by a few forms; a typo is none', () => {
    const d = dictionary(['gearresteerd', 'huizen', 'scholen', 'politie', 'overstromingen', 'geld', 'gelden', 'wordt']);
    expect(respelledDutch('gearresteer', d.known)).toBe(true);
    expect(respelledDutch('huise', d.known)).toBe(true);
    expect(respelledDutch('skole', d.known)).toBe(true);
    expect(respelledDutch('polisie', d.known)).toBe(true);
    expect(respelledDutch('oorstromings', d.known)).toBe(true);
    expect(respelledDutch('gelt', d.known)).toBe(false);
    expect(respelledDutch('werdt', d.known)).toBe(false);
    // (At most every combination of three rewrites with one ending.)
    d.asked.length = 0;
    respelledDutch('syskeyslikes', d.known);
    expect(d.asked.length).toBeLessThanOrEqual(8 * 6);
  });

  it('read as Dutch: a verb in its bare stem where Dutch writes -t ("klop": klopt) is a tell, once, in a short text without a Dutch finite verb', () => {
    const d = dictionary(['klop', 'klopt', 'Ierland', 'in', 'Dublin', 'bokken', 'daal', 'daalt', 'weer', 'Mei', 'storm', 'stormt', 'op', 'door', 'PSV', 'Eindhoven']);
    // ("Bokke": bokken, and "klop" where Dutch's third person is "klopt".)
    expect(afrikaans('Bokke klop Ierland in Dublin', d.known, true)).toBe(true);
    // (A Dutch headline's verb has its -t; a noun that is a stem too, "storm", is one tell at most.)
    expect(afrikaans('Ajax klopt PSV in Eindhoven', d.known, true)).toBe(false);
    expect(afrikaans('Chaos op Schiphol door storm', d.known, true)).toBe(false);
    expect(afrikaans('Klop op de deur door storm', d.known, true)).toBe(false);
    // (After an article it is a noun: "de klop".)
    expect(afrikaans('Bokke en de klop in Dublin', d.known, true)).toBe(false);
    // (Nor beside a finite verb without -t, "is", "kan", "het": "te duur" is an adjective.)
    expect(afrikaans('Volgnes Femke Halsema is het plan te duur.', dictionary(['volgens', 'is', 'het', 'plan', 'te', 'duur', 'duurt']).known, true)).toBe(false);
    expect(afrikaans('Bokke klop Ierland, Dublin is stil', d.known, true)).toBe(false);
    // (Nor in a long text: a paragraph of a Dutch article is not read for it.)
    expect(afrikaans('Bokke klop Ierland in Dublin ' + 'en in Dublin '.repeat(10), d.known, true)).toBe(false);
  });

  it('read as Dutch: a compound Dutch does not know that ends in an Afrikaans word ("Petrolprys": prys) is a tell', () => {
    const d = dictionary(['daal', 'daalt', 'weer', 'in', 'Mei']);
    expect(afrikaans('Petrolprys daal weer in Mei', d.known, true)).toBe(true);
    // (Not a word that only ends in its letters.)
    expect(afrikaans('Kaprys weer in Mei', d.known, true)).toBe(false);
  });

  it('more Dutch words in Afrikaans spelling: sw for zw, gt for cht, y for ij in three letters', () => {
    const d = dictionary(['verzwakt', 'verdachte', 'snij']);
    expect(respelledDutch('verswak', d.known)).toBe(true);
    expect(respelledDutch('verdagte', d.known)).toBe(true);
    expect(respelledDutch('sny', d.known)).toBe(true);
  });

  it('read as Dutch: a paragraph of another language, with no Dutch word, has no more than 30 of its words looked at', () => {
    // (Words the dictionary knows, so that none is respelled: each looked at is one asked; none in
    // Dutch's spelling, "schools", which would count as a Dutch word.)
    const english = 'The storm damaged more than three hundred houses in the western provinces on Tuesday, officials said. '.repeat(10);
    const d = dictionary(english.match(/\p{L}+/gu)!);
    expect(afrikaans(english, d.known, true)).toBe(false);
    expect(d.asked.length).toBeLessThanOrEqual(30);
  });
});
