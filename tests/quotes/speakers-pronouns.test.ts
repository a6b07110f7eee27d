import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

describe('pronoun and reference resolution', () => {
  it('a dropped subject continues a subject pronoun set off by an aside ("Ella, sin embargo, …")', () => {
    const lead = 'La alcaldesa Lucía Ferrer presentó ayer las cuentas. El economista Tomás Ibarra las criticó con dureza.';
    expect(speakers(lead, 'Ella, sin embargo, se mostró tranquila ante los concejales. «Habrá acuerdo antes de Navidad», concluyó.')).toEqual(['Lucía Ferrer']);
    // Guard: with no aside the chain is as before; a pronoun of the other gender still leads to him.
    expect(speakers(lead, 'Ella se mostró tranquila ante los concejales. «Habrá acuerdo antes de Navidad», concluyó.')).toEqual(['Lucía Ferrer']);
    expect(speakers(lead, 'Él, en cambio, se mostró escéptico ante los concejales. «No habrá acuerdo», concluyó.')).toEqual(['Tomás Ibarra']);
  });

  it('a possessive opening the sentence with an office or relative in apposition: the apposed name is the subject', () => {
    const lead = 'Mia Lindqvist lost in three sets on Friday. “I was tired,” Lindqvist said.';
    expect(speakers(lead, 'Lindqvist’s coach, Hanna Berg, has worked with her since she was nine and has spent years taming what she once described as her player’s “win-or-bust” streak.')).toEqual(['Mia Lindqvist', 'Hanna Berg']);
    expect(speakers('Tom Asante died in the fire at the depot.', 'Asante’s widow, Grace Mensah, lives nearby. She said she had warned him “a hundred times”.')).toEqual(['Grace Mensah']);
    // Guard: a possessive before a thing still hands "she" to the possessor.
    expect(speakers(lead, 'Lindqvist’s message, which she posted at midnight, was short. “I will be back in Paris,” she wrote.')).toEqual(['Mia Lindqvist', 'Mia Lindqvist']);
  });

});
