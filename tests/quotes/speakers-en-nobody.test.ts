import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

// English quotes whose speaker is named, but not next to the words.

describe('a sentence closing on a bare attribution clause', () => {
  it('gives the words woven into the sentence to whoever the closing clause names', () => {
    expect(speakers('The strike was “a last resort”, and nurses would return once the offer improved, union secretary Mary Oduya told reporters on Friday.')).toEqual(['Mary Oduya']);
    expect(speakers('The bridge was “perfectly safe” and would reopen “within weeks”, Transport Secretary Alan Brook said.')).toEqual(['Alan Brook', 'Alan Brook']);
    expect(speakers('The bridge was “perfectly safe” and would reopen within weeks after the repairs, said Transport Secretary Alan Brook.')).toEqual(['Alan Brook']);
  });

  it('does not take a clause that says more than who spoke, one that opens another clause, or one after the words’ own sentence', () => {
    expect(speakers('The plan was “dead in the water” long before the summer recess began in earnest, Ann Lee said the minister had admitted.')).not.toEqual(['Ann Lee']);
    expect(speakers('The levy was “unfair to small traders” for years, before Mayor Ann Lee spoke.')).toEqual([null]);
    expect(speakers('The agency urged drivers to stay home because “the roads remain deadly.” Two bridges are still closed, Mayor Ann Lee said.')).toEqual([null]);
    expect(speakers('Prices stayed “stubbornly high” through the winter, the report said.')).toEqual([null]);
  });
});
