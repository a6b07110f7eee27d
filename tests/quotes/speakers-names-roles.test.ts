import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';

// Quotes whose speaker is told by a name or a description that could fit someone else on the page.

describe('a description, then its holder in apposition with a title of their own', () => {
  it('"said the company’s lawyer, attorney X": the name after the title is the speaker', () => {
    expect(
      speakers(
        '“We did nothing wrong,” said Harold Benn, the firm’s founder.',
        '“We will appeal the ruling,” said the company’s lawyer, attorney Paul Okafor.',
      ),
    ).toEqual(['Harold Benn', 'Paul Okafor']);
  });

  it('Spanish: "ha zanjado la presidenta del tribunal, la magistrada X"', () => {
    expect(
      speakers(
        '«Esto no es un interrogatorio», ha replicado el abogado Luis Carranza.',
        '«Siga con las preguntas», ha zanjado la presidenta de la sala, la jueza Elena Montiel.',
      ),
    ).toEqual(['Luis Carranza', 'Elena Montiel']);
  });

  it('French: "a tranché la porte-parole, l’avocate X"', () => {
    expect(
      speakers(
        '« Nous attendons la décision », a expliqué Marc Delorme, le président du club.',
        '« Il n’y aura pas de recours », a tranché la porte-parole de la ville, l’avocate Sophie Brémont.',
      ),
    ).toEqual(['Marc Delorme', 'Sophie Brémont']);
  });

  it('guard: words after the comma that are no title ("…, adding that X") do not name the speaker', () => {
    expect(
      speakers(
        '“We did nothing wrong,” said Harold Benn, the firm’s founder.',
        '“We will appeal the ruling,” said the company’s lawyer, adding that Paul Okafor had not been told.',
      )[1],
    ).not.toBe('Paul Okafor');
  });

  it('guard: "…, a friend of X" names a person related to the speaker, not the speaker', () => {
    expect(
      speakers(
        '“We did nothing wrong,” said Harold Benn, the firm’s founder.',
        '“It was a shock,” said the neighbour, a friend of Paul Okafor.',
      )[1],
    ).not.toBe('Paul Okafor');
  });
});

describe('an aside set off by dashes between the subject and its verb', () => {
  it('French: the person the aside mentions ("sans lien de parenté avec le ministre") is not the subject', () => {
    expect(
      speakers(
        'Le ministre de l’Intérieur, Pascal Morvan, a présenté le projet mardi.',
        'Dans la soirée, le porte-parole du syndicat, Julien Morvan – sans lien de parenté avec le ministre –, a répondu à la radio, dénonçant une « provocation pure et simple ».',
      ),
    ).toEqual(['Julien Morvan']);
  });

  it('English: "X — no relation to the minister — said"', () => {
    expect(
      speakers(
        'Finance Minister Grace Otieno presented the budget on Tuesday.',
        'The opposition’s spokesman, Daniel Otieno — no relation to the minister — said the plan was “a fairy tale”.',
      ),
    ).toEqual(['Daniel Otieno']);
  });

  it('guard: a dash between two clauses does not move the subject', () => {
    expect(
      speakers(
        'Finance Minister Grace Otieno presented the budget on Tuesday.',
        'The vote is set for Friday — and the minister, speaking late on Monday, said she expected “a comfortable majority”.',
      ),
    ).toEqual(['Grace Otieno']);
  });
});
