import { describe, expect, it } from 'vitest';
import { SEQUENCE_WORD } from '../../lib/quotes/attribution/clauses';
import { speakers } from './helpers';

describe('review: someone kept anonymous is the speaker only as the subject', () => {
  it('"Al ser preguntado por una vecina que pidió no publicar su nombre, respondió": the questioner is an agent, the mayor answers', () => {
    expect(
      speakers('"Vamos a reabrir la planta", dijo el alcalde Pedro Gil.', 'Al ser preguntado por una vecina que pidió no publicar su nombre, respondió: «No habrá despidos».'),
    ).toEqual(['Pedro Gil', 'Pedro Gil']);
  });
});

describe('review: an office opening a sentence after an unnamed speaker', () => {
  it('"Le directeur général était absent lundi.": an office that is only the topic does not take the pronoun from the analyst', () => {
    expect(
      speakers(
        'Le directeur général, Paul Durand, n\'a pas souhaité s\'exprimer. « C\'est un scandale », résume un analyste. Le directeur général était absent lundi. « Personne ne sait où il est », ajoute-t-il.',
      ),
    ).toEqual([null, null]);
  });
});

describe('review: a first name given to a relative is a topic, not the dropped subject', () => {
  it('"Su hija Lucía, de 8 años, jugaba en el patio. «…», añade": the father goes on', () => {
    expect(
      speakers('"Lo hemos perdido todo", dijo el agricultor Pedro Gil.', 'Su hija Lucía, de 8 años, jugaba en el patio. «Ella todavía no entiende nada», añade.'),
    ).toEqual(['Pedro Gil', 'Pedro Gil']);
    expect(
      speakers('"Lo hemos perdido todo", dijo el agricultor Pedro Gil.', 'Su hijo Mateo juega en el patio. «Él todavía no entiende nada», añade.'),
    ).toEqual(['Pedro Gil', 'Pedro Gil']);
  });
});

describe('review: words of sequence before an indefinite subject', () => {
  it('adverbs in -ly, not names and nouns in -ly', () => {
    for (const w of ['Suddenly', 'abruptly', 'Immediately', 'quietly', 'quickly', 'Shortly', 'repeatedly', 'Eventually']) expect(SEQUENCE_WORD.test(w), w).toBe(true);
    for (const w of ['Italy', 'July', 'family', 'only', 'rally', 'Emily', 'reply']) expect(SEQUENCE_WORD.test(w), w).toBe(false);
  });

  it('"De pronto un hombre gritó: «…»": someone unnamed, not the last speaker going on', () => {
    expect(speakers('Coach Dana Pruitt spoke after the loss. “We’ll be back,” she said.', 'De pronto un hombre gritó: «¡Fuera!»')).toEqual(['Dana Pruitt', null]);
  });
});
