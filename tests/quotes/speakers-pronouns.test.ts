import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

describe('pronoun and reference resolution', () => {
  it('a possessive opening the sentence with an office or relative in apposition: the apposed name is the subject', () => {
    const lead = 'Mia Lindqvist lost in three sets on Friday. “I was tired,” Lindqvist said.';
    expect(speakers(lead, 'Lindqvist’s coach, Hanna Berg, has worked with her since she was nine and has spent years taming what she once described as her player’s “win-or-bust” streak.')).toEqual(['Mia Lindqvist', 'Hanna Berg']);
    expect(speakers('Tom Asante died in the fire at the depot.', 'Asante’s widow, Grace Mensah, lives nearby. She said she had warned him “a hundred times”.')).toEqual(['Grace Mensah']);
    // Guard: a possessive before a thing still hands "she" to the possessor.
    expect(speakers(lead, 'Lindqvist’s message, which she posted at midnight, was short. “I will be back in Paris,” she wrote.')).toEqual(['Mia Lindqvist', 'Mia Lindqvist']);
  });
});
