import { describe, expect, it } from 'vitest';
import { ENGLISH_PROSE, speakers } from './helpers';
import { isOrganisationName } from '../../lib/quotes/people';


describe('identifying sentences after a quote', () => {
  it('"That was how one warden, who …, described it" is someone unnamed, not the last speaker going on', () => {
    expect(
      speakers(
        'Mayor Helga Brunstad opened the fair on Saturday. “We will be back next year,” she said.',
        '“The whole square went silent.” That was how one Market Street warden, who has worked the fair for 20 years, described the moment the lights failed.',
      ),
    ).toEqual(['Helga Brunstad', null]);
    expect(
      speakers(
        'Mayor Helga Brunstad opened the fair on Saturday. “We will be back next year,” she said.',
        '“Expect a lawsuit.” That was the verdict of one alderman who voted against the plan.',
      ),
    ).toEqual(['Helga Brunstad', null]);
  });

  it('a paragraph that is only a quote, then "That was <description> <full name>": the named one', () => {
    expect(
      speakers(
        'Mayor Helga Brunstad opened the fair on Saturday. “We will be back next year,” she said.',
        '“Nobody in this town is giving up.”',
        'That was Linthorpe baker Osric Maddern, whose shop lost its roof in the storm.',
      ),
    ).toEqual(['Helga Brunstad', 'Osric Maddern']);
    expect(
      speakers(
        'Mayor Helga Brunstad opened the fair on Saturday. “We will be back next year,” she said.',
        '“Nobody in this town is giving up.”',
        'That was the message from her longtime deputy Osric Maddern, who posted it online.',
      ),
    ).toEqual(['Helga Brunstad', 'Osric Maddern']);
  });

  it('guard: the words aimed at someone ("a swipe at a rival", "a message for <name>") stay the last speaker’s', () => {
    expect(speakers('Tobin Radley spoke first at the rally. “She has no plan.” That was a swipe at a rival.')).toEqual(['Tobin Radley']);
    expect(speakers('Tobin Radley spoke first at the rally. “We are nowhere near a deal.” That was a message for Helga Brunstad, the mayor.')).toEqual(['Tobin Radley']);
  });
});

describe('the same words quoted elsewhere', () => {
  it('a show title in scare quotes lends no speaker to a longer quote that only shares letters with it', () => {
    expect(
      speakers(
        'Talks broke up on Friday, and a senior aide, who spoke on condition of anonymity, said the two sides were far apart.',
        '“Nobody here believes this ends this weekend,” the aide said.',
        '“We will not hand over our votes,” Senator Lorna Quillfeather said on “This Week.”',
      ),
    ).toEqual([null, 'Lorna Quillfeather', null]);
  });

  it('guard: a fragment named at its speaker still lends that speaker to a longer quote containing it', () => {
    expect(
      speakers(
        'Senator Lorna Quillfeather called the bill “a slow-motion disaster for rural clinics” on Monday.',
        'Later a flyer went round the chamber: “This is a slow-motion disaster for rural clinics, and everyone here knows it.”',
      )[1],
    ).toBe('Lorna Quillfeather');
  });
});

describe('a description of someone just introduced unnamed', () => {
  it('"A senior party functionary, who did not wish to be named, … “…,” the functionary said": nobody named', () => {
    expect(
      speakers(
        'Chief Minister Arjun Velkumar toured the canal on Monday. “We will finish it,” he said.',
        'A senior party functionary, who did not wish to be named, dismissed the charges. “Let them count the pipes,” the functionary said.',
      ),
    ).toEqual(['Arjun Velkumar', null]);
    expect(
      speakers(
        'Chief Minister Arjun Velkumar toured the canal on Monday. “We will finish it,” he said.',
        'A longtime party functionary, speaking on condition of anonymity, dismissed the charges.',
        '“Let them count the pipes,” the functionary said.',
      ),
    ).toEqual(['Arjun Velkumar', null]);
  });

  it('guard: the same description after a named one ("Osric Maddern, a party functionary, …") is that person', () => {
    expect(
      speakers(
        'Chief Minister Arjun Velkumar toured the canal on Monday. “We will finish it,” he said.',
        'Osric Maddern, a party functionary for two decades, dismissed the charges. “Let them count the pipes,” the functionary said.',
      ),
    ).toEqual(['Arjun Velkumar', 'Osric Maddern']);
  });
});

describe('someone unnamed holding a named person', () => {
  it('"A senior official traveling with <name> said" and "A source close to <name> told us:" are the unnamed one’s words', () => {
    const lead = 'Premier Talvi Oksanen met the delegation on Tuesday. “We are close,” she said.';
    expect(speakers(lead, 'A senior official traveling with Oksanen said the corridor was “the part people will remember.”')).toEqual(['Talvi Oksanen', null]);
    expect(speakers(lead, 'A source close to Oksanen told us: “She had made up her mind weeks ago.”')).toEqual(['Talvi Oksanen', null]);
    expect(speakers(lead, 'A longtime adviser to Oksanen said the deal was “nowhere near done.”')).toEqual(['Talvi Oksanen', null]);
  });

  it('guard: a name after an opening phrase ("Speaking with X, Y said") or a spokesperson named in apposition stays named', () => {
    const lead = 'Premier Talvi Oksanen met the delegation on Tuesday. “We are close,” she said.';
    expect(speakers(lead, 'Speaking with Oksanen, Brannock Hale said the corridor was “the part people will remember.”')).toEqual(['Talvi Oksanen', 'Brannock Hale']);
    expect(speakers(lead, '“The premier stands by it,” said Brannock Hale, a spokesperson for Oksanen.')).toEqual(['Talvi Oksanen', 'Brannock Hale']);
  });
});

describe('a participle after the quote', () => {
  it('"One of the people described them as “…”, adding that …": the unnamed subject, not the last speaker', () => {
    expect(
      speakers(
        'Greta Holm, the chief executive, said the talks were going well. “We are close,” she said.',
        'Two people familiar with the talks confirmed them. One of the people described them as “friendly but slow”, adding that the board had not met.',
      ),
    ).toEqual(['Greta Holm', null]);
  });

  it('guard: a named subject keeps the words, and a participle after a quote that opens the sentence is still the last speaker’s', () => {
    expect(
      speakers(
        'Greta Holm, the chief executive, said the talks were going well. “We are close,” she said.',
        'Tobin Radley described them as “friendly but slow,” adding that the board had not met.',
      ),
    ).toEqual(['Greta Holm', 'Tobin Radley']);
    expect(
      speakers('Greta Holm, the chief executive, spoke after the vote.', '“We are close, closer than ever,” adding that the board would meet on Friday.'),
    ).toEqual(['Greta Holm']);
  });
});

describe('an aside naming whose words follow', () => {
  it('"in the words of one regular, “…”" and "as one regular put it, “…”" are someone unnamed’s', () => {
    const lead = 'Greta Holm, who owns the diner, said business was good. “We are busy,” she said.';
    expect(speakers(lead, 'Her pie has become, in the words of one regular, “the best reason to drive to Carrow.”')).toEqual(['Greta Holm', null]);
    expect(speakers(lead, 'Her pie is, as one regular put it, “the best reason to drive to Carrow.”')).toEqual(['Greta Holm', null]);
  });

  it('"in the words of <name>", "as Mr. <name> put it": that person’s', () => {
    const lead = 'Tobin Radley eats there daily. Greta Holm, who owns the diner, said business was good. “We are busy,” she said.';
    expect(speakers(lead, 'Her pie has become, in the words of Tobin Radley, “the best reason to drive to Carrow.”')).toEqual(['Greta Holm', 'Tobin Radley']);
    expect(speakers(lead, 'Her pie is, as Mr. Radley put it, “the best reason to drive to Carrow.”')).toEqual(['Greta Holm', 'Tobin Radley']);
  });

  it('guard: ", as a warning to others," or ", as a crowd gathered," before a quote leaves it the subject\'s', () => {
    expect(speakers('Tom Hale spoke first.', 'Jane Smith said, as a warning to others, “Do not build here.”')).toEqual(['Jane Smith']);
    expect(speakers('Tom Hale spoke first.', 'Jane Smith said, as a mother of three, “I worry.”')).toEqual(['Jane Smith']);
    expect(speakers('Tom Hale spoke first.', 'Jane Smith told reporters, as a crowd gathered outside, “We are ready.”')).toEqual(['Jane Smith']);
    expect(speakers('Tom Hale spoke first.', 'Jane Smith spoke. In the words of one islander, “We are forgotten.”')).toEqual([null]);
  });

  it('guard: "as expected, “…”" names nobody new', () => {
    expect(speakers('Greta Holm, who owns the diner, said business was good. “We are busy,” she said.', 'Her pie is, as expected, “the best reason to drive to Carrow.”')).toEqual(['Greta Holm', 'Greta Holm']);
  });
});

describe('companies are no people', () => {
  it('"Harrowgate Carting Corp." (an abbreviated legal form) and sector words ("Olvano Biologics", "Tavish Resources") name firms', () => {
    expect(isOrganisationName(['Harrowgate', 'Carting', 'Corp.'])).toBe(true);
    expect(isOrganisationName(['Quillan', 'Bros.'])).toBe(true);
    expect(isOrganisationName(['Olvano', 'Biologics'])).toBe(true);
    expect(isOrganisationName(['Tavish', 'Resources'])).toBe(true);
    // (A person with a middle initial is not a firm.)
    expect(isOrganisationName(['Dale', 'R.', 'Whitmore'])).toBe(false);
  });

  it('"In a statement, Olvano Biologics attributed the delay to a “…”": the company’s words, nobody named', () => {
    expect(
      speakers(
        'Dr Mirela Tansy runs the county’s largest clinic. “We are waiting,” she said.',
        'In a statement, Olvano Biologics attributed the shortfall to a “temporary production issue” at its plant.',
      ),
    ).toEqual(['Mirela Tansy', null]);
    expect(
      speakers(
        'Dr Mirela Tansy runs the county’s largest clinic. “We are waiting,” she said.',
        'Harrowgate Carting Corp. won the contract in May. In a statement, Harrowgate Carting said it was “proud to serve the city.”',
      ),
    ).toEqual(['Mirela Tansy', null]);
  });
});

describe('an office the page’s main person does not hold', () => {
  it('"the local mayor, who described the town as “…”" on a page about a premier is someone unnamed', () => {
    expect(
      speakers(
        'Premier Joan Ristow visited the flooded valley on Sunday. “Our thoughts are with everyone,” Ms Ristow said.',
        'Ms Ristow said she had spoken with the local mayor, who described the town as “shaken but holding together”.',
        'Ms Ristow will return on Tuesday.',
      ),
    ).toEqual(['Joan Ristow', null]);
  });

  it('guard: "the premier" on the same page is still her', () => {
    expect(
      speakers(
        'Premier Joan Ristow visited the flooded valley on Sunday. “Our thoughts are with everyone,” Ms Ristow said.',
        'Ms Ristow spoke to residents for an hour. Later the premier, who was visibly tired, called the damage “worse than 2019”.',
        'Ms Ristow will return on Tuesday.',
      ),
    ).toEqual(['Joan Ristow', 'Joan Ristow']);
  });
});

describe('a body as the subject of the verb next to the quote', () => {
  it('"Pole will have a scan, and the team described his status as “…”": the team’s words, not the player’s', () => {
    expect(
      speakers(
        'Coach Brenna Solvik spoke after the game. “We were lucky,” Solvik said.',
        'Winger Tadeo Marsh left with a knee injury. Marsh will have a scan on Monday, and the club described his status as “week to week.”',
      ),
    ).toEqual(['Brenna Solvik', null]);
  });

  it('guard: "under what the department calls “…”" keeps the reporting sentence’s speaker for the words after it', () => {
    expect(
      speakers(
        'Minister Ilsa Varga toured the coast. “Help is coming,” Varga said.',
        'Varga said the department had stored food packs, under what the department calls “Operation Harbour,” and that more were “on their way by sea.”',
      ),
    ).toEqual(['Ilsa Varga', null, 'Ilsa Varga']);
  });
});

describe('a caption’s credit glued to its full stop', () => {
  it('"X says the flood was “…”.(Agency: Photographer)": the credit is no attribution after the quote', () => {
    expect(speakers('Wim Dorsey says the flood was “higher than anything in 60 years”.(North Coast Plains: Ana Pruitt)')).toEqual(['Wim Dorsey']);
    expect(speakers('Wim Dorsey says the flood was “higher than anything in 60 years”.(NBN Northern Plains: Ana Pruitt)')).toEqual(['Wim Dorsey']);
  });

  it('guard: with a space before the credit, the same', () => {
    expect(speakers('Wim Dorsey says the flood was “higher than anything in 60 years”. (NBN Northern Plains: Ana Pruitt)')).toEqual(['Wim Dorsey']);
  });
});

describe('"the mother of three said"', () => {
  it('a person’s noun with the count of their children describes someone just named', () => {
    expect(
      speakers(
        'Mayor Tobin Radley said help was on its way. “We are here,” Radley said.',
        'Liesel Amundsen, 41, spent the night with her four children in a church hall. Her husband works offshore.',
        '“I have not been able to reach him,” the mother of four said.',
      ),
    ).toEqual(['Tobin Radley', 'Liesel Amundsen']);
  });

  it('guard: after someone introduced unnamed, nobody named', () => {
    expect(
      speakers(
        'Mayor Tobin Radley said help was on its way. “We are here,” Radley said.',
        'A woman who asked not to be named spent the night with her four children in a church hall.',
        '“I have not been able to reach him,” the mother of four said.',
      ),
    ).toEqual(['Tobin Radley', null]);
  });
});

describe('whom the words were for is not who said them', () => {
  it('"It was a reminder to residents that …" after a quote keeps the speaker going on', () => {
    expect(speakers('“We will rebuild,” Mayor Tom Hale said.', '“The town will survive.” It was a reminder to residents that help is coming.')).toEqual(['Tom Hale', 'Tom Hale']);
    // (Guard: someone described with "who" is still someone unnamed.)
    expect(speakers('“We will rebuild,” Mayor Tom Hale said.', '“The town will survive.” That was how one steward, who has worked there 30 years, described it.')).toEqual(['Tom Hale', null]);
  });
});


describe('someone unnamed who talks about a named person', () => {
  it('a possessive or a name after a preposition in the sentence about someone unnamed does not name them', () => {
    expect(
      speakers(
        'Der Betriebsrat Thomas Weigand erhebt schwere Vorwürfe. „Man hat uns belogen“, sagt Weigand.',
        'Ein langjähriger Abteilungsleiter, der anonym bleiben möchte, bestätigt Weigands Darstellung. „Das wusste jeder im Haus“, sagt er.',
      ),
    ).toEqual(['Betriebsrat Thomas Weigand', null]);
    expect(
      speakers(
        'El entrenador Marcelo Ibáñez habló tras el partido. «Fue un golpe duro», dijo Ibáñez.',
        'En el otro vestuario, en cambio, el clima es tenso. Una fuente cercana al plantel contó que hubo gritos y que varios jugadores cuestionan el planteo de Ibáñez. «Así no se puede jugar», reveló.',
      ),
    ).toEqual(['Marcelo Ibáñez', null]);
    expect(
      speakers(
        'Union organiser Dana Whitcombe led the walkout on Monday. “We are not going back,” Whitcombe said.',
        'A second worker, who asked not to be named, backed Whitcombe’s account. “Everyone on the floor knew,” he said.',
      ),
    ).toEqual(['Dana Whitcombe', null]);
  });

  it('guard: a named subject after an indefinite time phrase is still who speaks', () => {
    expect(
      speakers(
        'Der Betriebsrat Thomas Weigand erhebt schwere Vorwürfe. „Man hat uns belogen“, sagt Weigand.',
        'Eine Woche später bestätigte Weigand seine Darstellung vor Gericht. „Das wusste jeder im Haus“, sagt er.',
      ),
    ).toEqual(['Betriebsrat Thomas Weigand', 'Betriebsrat Thomas Weigand']);
    expect(
      speakers(
        'Union organiser Dana Whitcombe led the walkout on Monday. “We are not going back,” Whitcombe said.',
        'A day later, Whitcombe repeated her account to the board. “Everyone on the floor knew,” she said.',
      ),
    ).toEqual(['Dana Whitcombe', 'Dana Whitcombe']);
  });
});

describe('more ways of keeping a name out of the paper', () => {
  it('"nicht namentlich genannt werden will", "demandé à ne pas être nommée", "sous le couvert de l’anonymat", "prefirió no dar su nombre"', () => {
    expect(
      speakers(
        'Der Intendant Bernd Asmussen verteidigte die Probenpläne. „Wir arbeiten hart, aber fair“, sagte Asmussen.',
        'Im Ensemble widerspricht ein Sänger, der nicht namentlich genannt werden will. „Wir proben bis Mitternacht“, sagt er.',
      ),
    ).toEqual(['Intendant Bernd Asmussen', null]);
    const minister = 'La ministre Hélène Baudry a défendu son plan. « Nous avons entendu les soignants », a dit Mme Baudry.';
    expect(speakers(minister, 'Dans le service, une infirmière qui a demandé à ne pas être nommée décrit des nuits épuisantes. « On tient à peine debout », confie-t-elle.')).toEqual(['Hélène Baudry', null]);
    expect(speakers(minister, 'Au cabinet, un conseiller s’exprime sous le couvert de l’anonymat. « Ils font de la politique », dit-il.')).toEqual(['Hélène Baudry', null]);
    expect(
      speakers(
        'El intendente Sergio Mallea recorrió la zona. «Perdimos todo», dijo Mallea.',
        'Más atrás, un vecino de 60 años que prefirió no dar su nombre mostraba las grietas de su casa. «Nadie vino a ver esto», lamentó.',
      ),
    ).toEqual(['Sergio Mallea', null]);
  });

  it('guard: a named neighbour who withholds something else is still named', () => {
    expect(
      speakers(
        'El intendente Sergio Mallea recorrió la zona. «Perdimos todo», dijo Mallea.',
        'Más atrás, el vecino Ramón Giner, que prefirió no dar su opinión sobre el intendente, mostraba las grietas de su casa. «Nadie vino a ver esto», lamentó.',
      ),
    ).toEqual(['Sergio Mallea', 'Ramón Giner']);
  });
});

describe('a quote repeating someone else’s word is not theirs', () => {
  const german = 'Die Stadt und der Kreis sind sich nicht einig, das ist für die Anwohner mit dem Streit auch nicht leicht und wird sich so schnell nicht ändern.';
  const critic = 'Der Kritiker Jonas Albrecht nannte die Wahl der Jury „feige“. „Man hat das bequemste Buch genommen“, sagte Albrecht.';
  it('„Wer das feige nennt, …“ answers the critic who said „feige“ in the body', () => {
    expect(speakers(german, 'Der Preis ist mit 25.000 Euro dotiert.', 'Die Verleihung fand im Rathaus statt.', critic, 'Ein Jurymitglied widersprach. „Wir haben lange gestritten. Wer das feige nennt, war nicht dabei.“')).toEqual(['Jonas Albrecht', 'Jonas Albrecht', null]);
  });

  it('guard: a standfirst’s one-word quote is still a summary of the body quote that holds it', () => {
    expect(speakers('Coach Grant Halloway urged “patience” after the defeat.', 'The squad flew home on Monday.', 'Halloway was calm. “We lost, and that hurts. We need patience and a proper run,” the coach said.')).toEqual(['Grant Halloway', 'Grant Halloway']);
  });
});

describe('a verb after a mid-sentence quote goes on with the sentence’s own subject', () => {
  const director = 'La directora Inés Valverde presentó la película el lunes. «Es mi obra más personal», dijo Valverde.';
  it('"Fuentes … describen … «…», aunque admiten …", "La fédération a salué « … », rappelant …": a body or an unnamed source, not the last person named', () => {
    expect(speakers(director, 'Fuentes próximas al jurado describen las deliberaciones como «muy tensas», aunque admiten que la cinta «tiene opciones».')).toEqual(['Inés Valverde', null, null]);
    expect(speakers('L’entraîneur Marc Delorme a salué le travail de son équipe. « Nous avons souffert », a dit Delorme.', 'La fédération a salué dans un communiqué « une saison historique », rappelant que le club n’avait plus gagné depuis dix ans.')).toEqual(['Marc Delorme', null]);
  });

  it('guard: a named subject, or one after an indefinite time phrase, still speaks', () => {
    expect(speakers(director, 'Un día después, Valverde describió el rodaje como «muy duro», aunque admitió que volvería a hacerlo.')).toEqual(['Inés Valverde', 'Inés Valverde']);
    expect(speakers(director, 'La cineasta describió el rodaje como «muy duro», aunque admitió que volvería a hacerlo.')).toEqual(['Inés Valverde', 'Inés Valverde']);
  });

  it('guard: someone introduced with "un" whose full name follows between commas is that name', () => {
    expect(speakers('Un responsable syndical, Paul Garnier, a qualifié la réforme de « désastre », rappelant que les salaires stagnent.')).toEqual(['Paul Garnier']);
    expect(speakers(director, 'Un alto funcionario, Carlos Gómez, calificó el plan de «un error», aunque admitió que hay que reformar.')).toEqual(['Inés Valverde', 'Carlos Gómez']);
  });
});

describe('a quote closing its sentence inside the mark ends the sentence', () => {
  it('“… a stopgap.” A spokesperson … said members “…”: the spokesperson’s sentence, not the one before', () => {
    expect(speakers('Hospital chief Greg Alvers defended the budget on Monday.', 'Alvers called the agency contracts “a stopgap.” A spokesperson for the hospital alliance said members “cannot keep up with agency rates” and urged lawmakers to act.')).toEqual(['Greg Alvers', null]);
  });

  it('guard: "A few lines later came the sentence: “…”" is a time, not someone unnamed', () => {
    expect(speakers('In December 1862 President Abraham Lincoln sent his message to Congress.', 'He went on: “We must disenthrall ourselves.” A few lines later came the sentence everyone remembers: “We can not escape history.”')).toEqual(['Abraham Lincoln', 'Abraham Lincoln']);
    expect(speakers('Coach Dana Whitcombe spoke after the game. “We will win the next one.” Whitcombe said it twice, to nobody in particular.')).toEqual(['Dana Whitcombe']);
  });

  it('guard: "A passenger sitting on the floor, exhausted:" is someone unnamed, not a time ("on", "after" need a span of time before them)', () => {
    expect(speakers('Maria Lopez boarded the 8am train to Leeds.', 'A passenger sitting on the floor, exhausted: “It is always late.”')).toEqual([null]);
    expect(speakers('Maria Lopez boarded the 8am train to Leeds.', 'A passenger after the long delay, exhausted: “It is always late.”')).toEqual([null]);
    // Still a time: "A few days on".
    expect(speakers('Maria Lopez boarded the 8am train to Leeds. “I commute daily,” she said.', 'A few days on came her verdict: “It is always late.”')).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('second review: "A little later", "A beat later", "A year and a half later" are times still, whatever words stand before "later"', () => {
    for (const lead of ['A little later', 'A beat later', 'A short time later', 'A year and a half later']) {
      expect(speakers('In December 1862 President Abraham Lincoln sent his message to Congress.', `He went on: “We must disenthrall ourselves.” ${lead} came the sentence everyone remembers: “We can not escape history.”`)).toEqual(['Abraham Lincoln', 'Abraham Lincoln']);
    }
  });
});

describe('a text that "read:" gives the document’s words', () => {
  it('"Their verdict, issued …, read:", "The club’s announcement … read:": nobody named, not the last speaker', () => {
    expect(speakers('“We could not wait any longer,” chairman Tom Ridley said on Sunday.', 'The club’s official announcement, published on its website shortly after nine, read:', '“Westford Town can confirm that the manager has left his position with immediate effect.”')).toEqual(['Tom Ridley', null]);
    expect(speakers('Driver Lena Vossberg was furious on the radio: “He pushed me off!”', 'The stewards agreed. Their verdict, issued with ten laps to go, read:', '“The driver of Car 4 failed to leave a reasonable space for Car 9.”')).toEqual(['Lena Vossberg', null]);
  });

  it('guard: a named person’s own statement that read so is theirs', () => {
    expect(speakers('Driver Lena Vossberg was furious on the radio: “He pushed me off!”', 'Vossberg’s own statement, posted an hour later, read:', '“I accept the penalty and I will learn from it.”')).toEqual(['Lena Vossberg', 'Lena Vossberg']);
  });

  it('guard: a person who reads aloud ("Then she read:", "the mayor read:") is the speaker; a person in the text’s complement is not', () => {
    expect(speakers('Mayor Ana Ruiz took the microphone. Then she read:', '“We will rebuild this town.”')).toEqual(['Ana Ruiz']);
    expect(speakers('Mayor Ana Ruiz took the microphone. Fighting back tears, she read:', '“We will rebuild this town.”')).toEqual(['Ana Ruiz']);
    expect(speakers('Mayor Ana Ruiz took the microphone. Then the mayor read:', '“We will rebuild this town.”')).toEqual(['Ana Ruiz']);
    expect(speakers('“We could not wait any longer,” chairman Tom Ridley said on Sunday.', 'The letter from the mayor read:', '“The council will meet on Monday.”')).toEqual(['Tom Ridley', null]);
  });
});

describe('an e-mail or an agency after the quote’s verb', () => {
  it('"ajoute le courriel", "précise l’agence": a document or a body, nobody named', () => {
    expect(speakers('Le président de la société, Alain Verrier, n’a pas voulu accorder d’entrevue. « Nous respectons la loi », a-t-il dit.', '« Nous comprenons que les changements sont difficiles pour certains locataires », ajoute le courriel.')).toEqual(['Alain Verrier', null]);
    expect(speakers('Le directeur de l’hôpital, Alain Verrier, défend son bilan. « Nous avons recruté », a-t-il dit.', '« Aucun manquement grave n’a été constaté à ce stade », précise l’agence, qui assure suivre la situation.')).toEqual(['Alain Verrier', null]);
    // (An e-mail that "reads in part:" is one too, now that "email" is no person's noun.)
    expect(speakers('“We have nothing to hide,” Senator Bridget Holloway said.', 'One email, sent by a senior executive the following day, reads in part:', '“Draft findings to be held pending further guidance. Please do not circulate.”')).toEqual(['Bridget Holloway', null]);
  });

  it('guard: an elided person’s noun ("précise l’avocate") is still that person', () => {
    expect(speakers('L’avocate de la famille, Maître Claire Dubois, a pris la parole. « Nous irons en appel », a-t-elle dit.', '« Ce dossier a été instruit à charge », précise l’avocate.')).toEqual(['Claire Dubois', 'Claire Dubois']);
  });
});

describe('someone unnamed as the subject after the verb', () => {
  it('"a ajouté ce diplomate", "raconte cette même source": a noun an earlier "un diplomate", "une source" introduced', () => {
    expect(speakers('« Chaque pays a ses lignes rouges », a répondu le ministre Anton Varek.', 'Selon un diplomate européen présent aux discussions, la séance a duré toute la nuit. « Personne n’a claqué la porte », a ajouté ce diplomate, qui s’exprimait sous couvert d’anonymat.')).toEqual(['Anton Varek', null]);
    expect(speakers('« Nous changeons de dimension », a résumé Laurent Chabrol, le PDG du groupe.', 'Les discussions ont débuté il y a un an, selon une source proche du dossier. « Tout a failli capoter deux fois », raconte cette même source.')).toEqual(['Laurent Chabrol', null]);
  });

  it('"said the elder brother of one of the soldiers, who gave his name only as Imran": kept unnamed', () => {
    expect(speakers('Minister Haris Qadri said the government had nothing to hide.', '“He called our mother and told her not to worry,” said the elder brother of one of the soldiers, who gave his name only as Imran.')).toEqual([null]);
  });

  it('guard: "a ajouté ce dernier" is the person just named', () => {
    expect(speakers('Le ministre Anton Varek a reçu son homologue Paul Brandt lundi.', '« Les discussions avancent », a dit M. Brandt. « Rien n’est fait », a ajouté ce dernier.')).toEqual(['Paul Brandt', 'Paul Brandt']);
  });
});

describe('a name someone let the paper use "only as" is no full name', () => {
  it('"a waitress who asked to be identified only as Ah Mei" … “…,” she said: nobody named', () => {
    expect(
      speakers(
        'Housing minister Winnie Lam Suk-yee said the ban would take effect in March. “This is a first step,” Lam said.',
        'She urged landlords to comply.',
        'In a tiny room in an old block in Sham Shui Po, a 38-year-old waitress who asked to be identified only as Ah Mei shares a bed with her son.',
        '“Nobody asks us what we need,” she said.',
      ),
    ).toEqual(['Winnie Lam Suk-yee', null]);
  });
});

describe('someone unnamed introduced after a phrase of place', () => {
  const president = 'President Bohdan Melnyk spoke to the nation on Tuesday. “We will not give up our land,” Melnyk said.';
  it('"Near the front line in Dolyna, …, an artillery commander who …" then “…,” he said: nobody named', () => {
    expect(speakers(president, 'Near the front line in Dolyna, hundreds of miles from the talks, an artillery commander who goes by the call sign “Bereg” told reporters he had stopped following the news.', '“Every time they talk about a ceasefire, the shelling gets worse,” he said.')).toEqual(['Bohdan Melnyk', null, null]);
  });

  it('guard: a named person in the phrase of place, with an apposition after, is who speaks', () => {
    expect(speakers(president, 'Near the stage, Olena Kravets, a retired nurse who has lived in Dolyna since 1989, waited for her turn.', '“We are tired of waiting,” she said.')).toEqual(['Bohdan Melnyk', 'Olena Kravets']);
  });
});

describe('a name given to a body’s noun ("la plataforma ecologista Costa Viva", "the campaign group Save Our Shores", "le collectif Marée Haute")', () => {
  it('is the body, no person speaking', () => {
    const en = ENGLISH_PROSE;
    const fr = 'Le conseil municipal s’est réuni lundi pour discuter du budget et du plan pour la nouvelle école, et la séance a été longue.';
    const es = 'Vicente Sellés preside la asociación de empresarios de la costa desde hace diez años y ha criticado la ley desde el principio.';
    expect(speakers(en, 'The campaign group Save Our Shores called the plan “a first serious step”.')).toEqual([null]);
    expect(speakers(fr, 'Le collectif Marée Haute a salué « un premier pas sérieux ».')).toEqual([null]);
    expect(speakers(es, 'La plataforma ecologista Costa Viva ha celebrado «el primer paso serio».')).toEqual([null]);
  });
  it('guard (review): a person named after a body\'s noun and a word of their own ("the union leader", "founded by", "la empresa de") is still that person', () => {
    const en = ENGLISH_PROSE;
    const es = 'Vicente Sellés preside la asociación de empresarios de la costa desde hace diez años y ha criticado la ley desde el principio.';
    expect(speakers(en, 'The union leader Tevita Fonua addressed the rally outside the station. “We will not be bullied,” Fonua said.')).toEqual(['Tevita Fonua']);
    expect(speakers(en, 'The strike hit the company founded by Yuki Tanaka in 2009. “It is devastating for us,” Tanaka said.')).toEqual(['Yuki Tanaka']);
    expect(speakers(en, 'The club captain Siosaia Fifita was booed off the pitch. “We let the fans down,” Fifita said.')).toEqual(['Siosaia Fifita']);
    expect(speakers(es, 'La empresa de Koldo Etxeberria perdió el contrato en marzo. «Nos han dejado tirados», lamentó Etxeberria.')).toEqual(['Koldo Etxeberria']);
  });
  it('guard: a surname after a noun, in a clause of its own, is still the person ("a label Baek embraced")', () => {
    expect(
      speakers(
        'President Baek Jin-ho met Tomas Varnis on Thursday in the capital for the first summit between the two countries in a decade.',
        'The talks were dubbed the "chip-and-grain summit," a label Baek embraced at a state dinner, where he called the two nations "partners in rough seas".',
      ),
    ).toEqual([null, 'Baek Jin-ho']);
  });
});

describe('a group with no article speaks for nobody named: "“…,” police said"', () => {
  const lead = 'Marcus Tolliver, the fire chief, said crews worked through the night.';
  for (const group of ['police', 'authorities', 'witnesses', 'investigators']) {
    it(`"“…,” ${group} said" is not the person named before`, () => {
      expect(speakers(lead, `State Road 14 has reopened. “SR 14 is open again in both directions,” ${group} said.`)).toEqual([null]);
    });
  }

  it('guard: an officer named after the group word is the speaker: "“…,” police spokeswoman Ana Ruiz said"', () => {
    expect(speakers(lead, 'State Road 14 has reopened. “SR 14 is open again in both directions,” police spokeswoman Ana Ruiz said.')).toEqual(['Ana Ruiz']);
  });
});

describe('a firm with a definite article is no description of a person', () => {
  const lead = 'Marcus Tolliver, the fire chief, said crews worked through the night.';
  for (const body of ['co-op', 'cooperative', 'carmaker']) {
    it(`"the ${body} said … “…”" is nobody named, not the person named before`, () => {
      expect(speakers(lead, `In an update on its website, the ${body} said most customers should be back by “late Wednesday,” though some will wait.`)).toEqual([null]);
    });
  }

  it('guard: a noun for a person still points back: "the retiree said … “…”"', () => {
    expect(speakers('Ann Lowry, 71, has lived on the street since 1980.', 'In a note to neighbours, the retiree said the water should be back by “late Wednesday,” though nobody knows.')).toEqual(['Ann Lowry']);
  });

  // (Review: words that open a compound with a person noun, or that are verbs, are no bodies.)
  it('guard: "A shop assistant saw … “…,” she said" is the unnamed assistant, and "said the shop owner, Amina Khan" is her', () => {
    expect(speakers('Mayor Karen Holt said the city would review security at the market.', 'A shop assistant saw the man take the cash from the till. “He just walked out,” she said.')).toEqual([null]);
    expect(speakers('Mayor Karen Holt said the city would review security at the market.', '“He just walked out,” said the shop owner, Amina Khan.')).toEqual(['Amina Khan']);
  });

  it('guard: "the broadcaster said" is a person in British news', () => {
    expect(speakers('Sir David Attenborough has warned that time is running out for the oceans.', '“We have very little time left,” the broadcaster said at the film’s premiere.')).toEqual(['David Attenborough']);
  });
});

describe('a person’s lawyer or aide, unnamed, is not that person', () => {
  const lead = 'Council leader Mark Dobbs opened the meeting.';
  for (const office of ['lawyer', 'attorney', 'aide']) {
    it(`"“…,” Dobbs’s ${office} said" is nobody named`, () => {
      expect(speakers(lead, `“We did nothing wrong,” Dobbs’s ${office} said.`)).toEqual([null]);
    });
  }
  it('guard: "Dobbs’s lawyer, Tom Baker," is Tom Baker', () => {
    expect(speakers(lead, '“We did nothing wrong,” Dobbs’s lawyer, Tom Baker, told the court.')).toEqual(['Tom Baker']);
  });
});

describe('words posted online', () => {
  const lead = 'The council approved the budget on Tuesday. Mayor Ann Dobbs and opposition leader Mark Hale clashed over it.';
  it('"“…,” Hale posted on Facebook" and "Hale posted on X: “…”" are Hale’s', () => {
    expect(speakers(lead, '“This budget is a betrayal,” Hale posted on Facebook.')).toEqual(['Mark Hale']);
    expect(speakers(lead, 'Hale posted on X: “This budget is a betrayal.”')).toEqual(['Mark Hale']);
  });
  it('"“…,” police posted on Facebook" is nobody named', () => {
    expect(speakers(lead, 'State Road 14 has reopened. “SR 14 is open again,” police posted on Facebook.')).toEqual([null]);
  });
});
