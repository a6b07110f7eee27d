import { describe, expect, it } from 'vitest';
import { SEQUENCE_WORD } from '../../lib/quotes/attribution/clauses';
import { isOrganisationName } from '../../lib/quotes/people';
import { speakers } from './helpers';

describe('an indefinite subject in the reporting clause', () => {
  it('after an opening phrase, "a woman in the gallery shouted, “…”" is someone unnamed, not the last speaker', () => {
    expect(
      speakers(
        'Judge Marion Atherly handed down the sentence on Friday. “The law is clear,” she said.',
        'As the sentence was read, a woman in the public gallery called out, “Is that all?” before leaving the room.',
      ),
    ).toEqual(['Marion Atherly', null]);
    expect(
      speakers(
        'Senator Walter Brennock opened the session. “We will hear everyone,” Brennock said.',
        'Minutes later, a man in the gallery stood and shouted, “Stop the mine!” before police led him out.',
      ),
    ).toEqual(['Walter Brennock', null]);
  });

  it('after a word of sequence, and "someone": "Moments later someone shouted, “…”"', () => {
    expect(speakers('Coach Dana Pruitt spoke after the loss. “We’ll be back,” she said.', 'Moments later a fan called out, “Fire the coach!”')).toEqual(['Dana Pruitt', null]);
    expect(speakers('Coach Dana Pruitt spoke after the loss. “We’ll be back,” she said.', 'Then someone shouted, “Fire the coach!”')).toEqual(['Dana Pruitt', null]);
  });

  it('French: past the auxiliary "a" to the article, "une habitante du quartier a lancé : « … »"', () => {
    expect(
      speakers('Le maire Paul Rivet a défendu le projet. « Nous n’avons pas le choix », a-t-il dit.', 'Pendant la séance, une habitante du quartier a lancé : « Et nos écoles ? »'),
    ).toEqual(['Paul Rivet', null]);
  });

  it('guard: an indefinite object, a thing, or a named subject keeps its speaker', () => {
    // "a clerk" is whom she turned to.
    expect(
      speakers('Judge Marion Atherly handed down the sentence on Friday. “The law is clear,” she said.', 'Then she turned to a clerk in the front row and said, “Call the next case.”'),
    ).toEqual(['Marion Atherly', 'Marion Atherly']);
    // "a smiling Pruitt" is named.
    expect(speakers('Coach Dana Pruitt was asked about the loss. After a long pause, a smiling Pruitt said, “We’ll be back.”')).toEqual(['Dana Pruitt']);
    // "Un geste" is a thing the captain praised.
    expect(speakers('Les supporters ont chanté jusqu’au bout. Un geste salué par le capitaine, Kevin Ramos : « Ils méritaient mieux. »')).toEqual(['Kevin Ramos']);
  });
});

describe('a dropped subject found to be someone unnamed stays theirs', () => {
  it('someone known by a first name only: "Rocío … Ha escrito … «…», cuenta." is not the last speaker going on', () => {
    expect(
      speakers('La concejala Marta Villegas defendió el plan. «Vamos a cumplir», aseguró Villegas.', 'Rocío, mientras tanto, sigue sin noticias. Ha escrito tres veces al ayuntamiento. «Nadie me contesta», cuenta.'),
    ).toEqual(['Marta Villegas', null]);
  });

  it('"La mujer dijo que … “…”" after "Una mujer que pidió no ser identificada … expresó"', () => {
    expect(
      speakers(
        'El padre, Joaquín Cuevas Ortega, dijo que su hijo iba a estudiar. “Era el primero”, añadió Cuevas Ortega.',
        'Una mujer que pidió no ser identificada contó que su hijo había ido al bar. “Aquí todos sabemos cómo funciona”, expresó.',
        'La mujer dijo que se irá con sus otros dos hijos. “A mí ya me quitaron a uno”.',
      ),
    ).toEqual(['Joaquín Cuevas Ortega', null, null]);
  });

  it('guard: someone with a full name is still the dropped subject', () => {
    expect(
      speakers('La concejala Marta Villegas defendió el plan. «Vamos a cumplir», aseguró Villegas.', 'La vecina Rocío Lozano lleva un año esperando. «Nadie me contesta», cuenta.'),
    ).toEqual(['Marta Villegas', 'Rocío Lozano']);
  });
});

describe('someone unnamed after an aside, or kept anonymous in the lead', () => {
  it('"«…», résume pour sa part un analyste": the aside between the inverted verb and its subject is skipped', () => {
    expect(
      speakers('Le professeur Yves Aubonney juge le plan crédible. « C’est un bon début », dit-il.', 'La banque reste solide. « Le marché voulait un chiffre. Il l’a eu », résume pour sa part un analyste d’une banque concurrente.'),
    ).toEqual(['Yves Aubonney', null]);
    expect(speakers('La ministra Ana Prado defendió la reforma. «Es viable», dijo Prado.', '«Faltan datos», señaló por su parte un economista de la universidad.')).toEqual(['Ana Prado', null]);
  });

  it('a named subject after the aside is theirs too', () => {
    expect(speakers('La ministra Ana Prado defendió la reforma. «Es viable», dijo Prado.', '«Faltan datos», señaló por su parte la diputada Inés Gil.')).toEqual(['Ana Prado', 'Inés Gil']);
  });

  it('an office opening a sentence after the unnamed speaker is what the next pronoun stands for', () => {
    expect(
      speakers(
        'Le directeur général, Marc Vuille, a annoncé 180 suppressions de postes. « Nous devions agir », a-t-il dit.',
        'La banque reste solide. « Le marché voulait un chiffre », résume pour sa part un analyste d’une banque concurrente.',
        'Interrogé sur les critiques, le directeur général se dit prêt au dialogue. « Je comprends l’inquiétude », répond-il.',
      ),
    ).toEqual(['Marc Vuille', null, 'Marc Vuille']);
  });

  it('"Su madre, quien pidió no publicar su nombre, apenas pudo hablar …: “…”": the one kept anonymous, not the last speaker', () => {
    expect(
      speakers('Su padre, Julián Gómez Treviño, pidió justicia. “Queremos que esté viva”, dijo Gómez Treviño.', 'Su madre, quien pidió no publicar su nombre, apenas pudo hablar con los reporteros: “Nomás quiero verla”.'),
    ).toEqual(['Julián Gómez Treviño', null]);
  });

  it('guard: a named subject who keeps others unnamed still speaks', () => {
    expect(speakers('Governor Ellen Marsh toured the site on Monday. “We will rebuild,” Marsh said.', 'Marsh, who declined to name the contractors, was blunt: “Someone cut corners.”')).toEqual(['Ellen Marsh', 'Ellen Marsh']);
  });
});

describe('bodies named by a common noun', () => {
  it('"the fund", "le cabinet du ministre" are bodies, not a description of the last person named', () => {
    expect(
      speakers('Mayor Ann Reyes defended the plan. “It works,” Reyes said.', 'In a letter to investors last month, the fund described the company as a “sub-scale conglomerate in search of a strategy”.'),
    ).toEqual(['Ann Reyes', null]);
    expect(
      speakers('Le ministre Bernard Delisle a défendu l’offre. « Elle est sérieuse », a-t-il dit.', 'Dans un courriel, le cabinet du ministre affirme que « la porte n’a jamais été fermée ».'),
    ).toEqual(['Bernard Delisle', null]);
  });

  it('the same in German and Spanish: "teilte das Kabinett mit", "el fondo calificó" (review)', () => {
    const german = 'Die Stadt und der Kreis sind sich nicht einig, das ist für die Anwohner mit dem Streit auch nicht leicht und wird sich so schnell nicht ändern.';
    expect(speakers(german, 'Minister Paul Krüger verteidigte den Plan. „Er ist solide“, sagte Krüger.', 'Die Reform sei „alternativlos“, teilte das Kabinett am Abend mit.')).toEqual(['Paul Krüger', null]);
    expect(speakers('El ministro Pedro Gil defendió el plan. «Es sólido», dijo Gil.', 'El fondo calificó el plan de «poco serio».')).toEqual(['Pedro Gil', null]);
  });

  it('guard: an office whose words include the body’s noun is still a person', () => {
    expect(speakers('Ann Reyes, the cabinet minister, defended the plan. “It works,” Reyes said.', 'The cabinet minister later said the plan was “on track”.')).toEqual(['Ann Reyes', 'Ann Reyes']);
  });
});

describe('someone unnamed around a person', () => {
  it('"A source close to the presenter told …": the source, not the presenter the office names', () => {
    expect(
      speakers('The presenter Fiona Carrow was sentenced on Friday. “I am sorry,” Carrow said.', 'A source close to the presenter told reporters she was ‘devastated’ but determined to return.'),
    ).toEqual(['Fiona Carrow', null]);
  });

  it('"selon l’entourage du président, qui évoque « … »": the circle around the president speaks', () => {
    expect(
      speakers(
        'Le président du Sénat, Bertrand Vaissière, a salué le vote. « C’est une victoire », a-t-il dit.',
        'Il aurait appelé le premier ministre, selon l’entourage du président, qui évoque un échange « franc et direct ».',
      ),
    ).toEqual(['Bertrand Vaissière', null]);
  });

  it('guard: the office itself after an opening phrase, and a named person before "who", still speak', () => {
    expect(
      speakers('The presenter Fiona Carrow was sentenced on Friday. “I am sorry,” Carrow said.', 'Speaking to a friend of the family, the presenter said she was “devastated”.'),
    ).toEqual(['Fiona Carrow', 'Fiona Carrow']);
    expect(
      speakers('Chancellor Helen Marsh defended the budget. “It is fair,” she said.', 'The plan was backed by the party of Helen Marsh, who called it “a sensible compromise”.'),
    ).toEqual(['Helen Marsh', 'Helen Marsh']);
  });
});

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

describe('a reporting verb’s form after an English article or possessive is a noun', () => {
  it('"The company said that the claims were “…”" is the company’s, not the last person’s', () => {
    const before = 'At a memorial service on Monday, Thandi Mokoena called the figure “blood money”.';
    expect(speakers(before, 'The company said that the claims were “baseless”.')).toEqual(['Thandi Mokoena', null]);
    expect(speakers(before, 'The firm argued that his remarks were “reckless”.')).toEqual(['Thandi Mokoena', null]);
  });

  it('guard: a named subject before the noun keeps the words', () => {
    expect(speakers('Mark Osei said that the claims were “baseless”.')).toEqual(['Mark Osei']);
  });
});

describe('a body opening the sentence keeps its words from the last person quoted', () => {
  const before = 'At a memorial service on Monday, Thandi Mokoena called the figure “blood money”.';
  it('seats of government, acronyms and place-made adjectives name bodies', () => {
    expect(speakers(before, 'The Treasury said the figures were “selective” and pointed to growth.')).toEqual(['Thandi Mokoena', null]);
    expect(speakers(before, 'The Kremlin said the talks were “constructive” and added that they would go on.')).toEqual(['Thandi Mokoena', null]);
    expect(speakers(before, 'The UN called the situation “catastrophic” and appealed for access.')).toEqual(['Thandi Mokoena', null]);
    expect(speakers(before, 'The US-based fund described the group as a “sub-scale conglomerate” and called for a sale.')).toEqual(['Thandi Mokoena', null]);
    expect(speakers(before, 'La situación es «insostenible», advirtió el gremio en una carta.')).toEqual(['Thandi Mokoena', null]);
  });
});

describe('"with X saying …"', () => {
  it('the name before a reporting -ing form after "with" is its subject, whatever opens the sentence', () => {
    const before = 'Siân Pettigrew chairs the committee. “We are ready,” she said. Tom Reed is the health minister.';
    expect(speakers(before, 'The MPU has not ruled out further dates, with Pettigrew saying the committee would “take nothing off the table”.')).toEqual(['Siân Pettigrew', 'Siân Pettigrew']);
    expect(speakers(before, 'Talks collapsed, with the minister saying the offer was “final”.')).toEqual(['Siân Pettigrew', 'Tom Reed']);
  });
});

describe('"it" reporting', () => {
  it('"for what it called “…”" is the body’s, not the person named in the reported clause', () => {
    const before = 'Governor Evelyn Marsh spoke on Friday. “I’m not going to negotiate at a podium,” she said.';
    expect(speakers(before, 'The governor’s office said Marsh would invite leaders for what it called “a working breakfast.”')).toEqual(['Evelyn Marsh', null]);
    expect(speakers(before, 'Marsh said she would invite leaders for what she called “a working breakfast.”')).toEqual(['Evelyn Marsh', 'Evelyn Marsh']);
  });
});

describe('guards from the review of these rules', () => {
  it('"she said it told a “…”" stays hers; an ombudsman is a person; "Academy president Janet Yang" is her', () => {
    expect(speakers('Anna Berg spoke to the BBC. Asked about the leaked memo, she said it told a “different story”.')).toEqual(['Anna Berg']);
    expect(speakers('Anna Kovac is the state ombudsman. The ombudsman said the failures were “shocking”.')).toEqual(['Anna Kovac']);
    expect(speakers('Academy president Janet Yang announced the nominations. “It was a great year,” she said.')).toEqual(['Janet Yang']);
  });
});

describe('an English reporting verb’s form before an auxiliary is a noun', () => {
  it('"since the inspection note was filed" after a quote names nobody', () => {
    expect(speakers('Lwazi Ngcukana, the union’s regional secretary, said the men had warned managers. “They knew,” he said.', 'In a written response, Ntsika Resources said it had “acted in line with every regulatory requirement” since the inspection note was filed.')).toEqual(['Lwazi Ngcukana', null]);
    // Guard: the verb itself still reports.
    expect(speakers('Lwazi Ngcukana, the union’s regional secretary, said the men had warned managers.', '“They knew,” the secretary noted.')).toEqual(['Lwazi Ngcukana']);
  });
});

describe('a law is nobody', () => {
  it('a name ending in "Bill", "Act" or "Treaty" is a law, not a person (and "Bill" first is still a first name)', () => {
    expect(isOrganisationName(['Regional', 'Development', 'Bill'])).toBe(true);
    expect(isOrganisationName(['Patriot', 'Act'])).toBe(true);
    expect(isOrganisationName(['Lisbon', 'Treaty'])).toBe(true);
    expect(isOrganisationName(['Bill', 'Gates'])).toBe(false);
  });
});
