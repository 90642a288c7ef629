/**
 * The article a noun of another gender takes in the cases an article before it shows
 * (`articleTargets`), and the determiners that inflect as an article (`determinerAsArticle`):
 * read by source-calque where its fix changes a noun's gender.
 */
import { describe, it, expect } from 'vitest';
import { articleTargets, determinerAsArticle } from '../../src/languages/agreement.js';
import { profileFor } from '../../src/languages/index.js';

const de = profileFor('de')!;

describe('articleTargets', () => {
  it('gives one form where the article’s case is told, several where not', () => {
    expect(articleTargets(de, 'dem', ['m'], 'f')).toEqual(['der']);
    expect(articleTargets(de, 'der', ['m'], 'f')).toEqual(['die']);
    expect(articleTargets(de, 'das', ['n'], 'm')).toEqual(['der', 'den']);
    expect(articleTargets(de, 'der', ['f'], 'n')).toEqual(['dem', 'des']);
    expect(articleTargets(de, 'im', ['m'], 'f')).toEqual(['in der']);
  });

  it('gives none where the article fills none of the slots, or a row has no form for the new one', () => {
    expect(articleTargets(de, 'den', ['f'], 'm')).toEqual([]);
    expect(articleTargets(de, 'einen', ['pl'], 'pl')).toEqual([]);
  });
});

describe('determinerAsArticle', () => {
  it('reads a determiner as the article it inflects as, and writes that article’s forms back as the determiner', () => {
    const jedem = determinerAsArticle(de, 'jedem')!;
    expect(jedem.articles).toEqual(['dem']);
    expect(['der', 'die', 'das', 'des'].map(jedem.written)).toEqual(['jeder', 'jede', 'jedes', 'jedes']);
    expect(determinerAsArticle(de, 'jedes')!.articles).toEqual(['das', 'des']);
    const seinen = determinerAsArticle(de, 'seinen')!;
    expect(seinen.articles).toEqual(['keinen']);
    expect(seinen.written('keine')).toBe('seine');
  });

  it('leaves other words alone', () => {
    expect(determinerAsArticle(de, 'jedoch')).toBeUndefined();
    expect(determinerAsArticle(de, 'großen')).toBeUndefined();
    expect(determinerAsArticle(de, 'seit')).toBeUndefined();
  });
});
