import { isDescriptionNoun } from '../../lib/quotes/attribution/context';
import { describe, expect, it } from 'vitest';
import { speakers } from './helpers';
import { detect as detectWithPeople } from '../../lib/quotes/index';

/** One paragraph as the text and blocks the engine reads. */
const textOf = (text: string): [string, { start: number; end: number; tag: string }[]] => [text, [{ start: 0, end: text.length, tag: 'p' }]];

describe('French: a sentence after the quote that signs it', () => {
  it('"La formule est signée X", "Le constat est celui de X": the words are X’s, not the last speaker’s', () => {
    expect(
      speakers(
        'Le ministre Paul Dorval a parlé mardi. « Nous partirons », a-t-il dit.',
        '« On ne vend pas un atelier, on vend un savoir-faire. » La formule est signée Samuel Okeke, qui l’a répétée mercredi.',
        '« Personne n’avait vu venir un départ aussi brutal. » Le constat est celui de Lucie Arnal, chercheuse à Lyon.',
      ),
    ).toEqual(['Paul Dorval', 'Samuel Okeke', 'Lucie Arnal']);
  });

  it('"Le constat est celui d’un pêcheur": someone unnamed, not the last speaker going on', () => {
    expect(
      speakers(
        'Le ministre Paul Dorval a parlé mardi. « Nous partirons », a-t-il dit.',
        '« Ici, tout le monde connaît ce vent. » Le constat est celui d’un pêcheur qui rentrait au port.',
      ),
    ).toEqual(['Paul Dorval', null]);
  });

  it('a sentence about something else after the quote still leaves it to the last speaker', () => {
    expect(
      speakers(
        'Le ministre Paul Dorval a parlé mardi. « Nous partirons », a-t-il dit.',
        '« Le calendrier est tenu. » Le constat est partagé par la plupart des élus.',
      ),
    ).toEqual(['Paul Dorval', 'Paul Dorval']);
  });
});

describe('French: "Pour lui, …" and "Elle-même …" stand for someone named before', () => {
  const lead = 'Cinq prévenus comparaissent depuis lundi devant le tribunal correctionnel pour avoir escroqué une quarantaine de personnes âgées de la région.';
  it('"Pour lui, les familles forment une « … »" is his view', () => {
    expect(speakers(lead, 'Thierry Brunel, 58 ans, fils d’une victime, raconte comment sa mère a cessé d’ouvrir la porte. Pour lui, les familles forment une « seconde vague de victimes », dont personne ne parle.')).toEqual(['Thierry Brunel']);
  });
  it('"Elle-même résume la situation : « … »" is the woman just named', () => {
    expect(speakers(lead, 'Raymond Assous, 92 ans, n’a pas pu se déplacer. Sa fille, Nadia Assous-Lefèvre, a lu une lettre qu’il avait dictée. Elle-même résume la situation : « Mon père a perdu son argent. »')).toEqual(['Nadia Assous-Lefèvre']);
  });
});

describe('French: a first name with "de" or "que" elided into it', () => {
  it('"celui d’Amélie Roux" names Amélie Roux, whom "analyse-t-elle" then goes on with', () => {
    expect(
      speakers(
        'Le ministre Paul Dorval a parlé mardi. « Nous partirons », a-t-il dit.',
        '« Personne n’avait prévu un départ aussi brutal. » Le constat est celui d’Amélie Roux, chercheuse à Lyon.',
        '« Les sanctions ont appauvri les commerçants », analyse-t-elle.',
      ),
    ).toEqual(['Paul Dorval', 'Amélie Roux', 'Amélie Roux']);
  });

  it('a place or an office after "d’" stays no person', () => {
    const { people } = detectWithPeople(...textOf('La mairie d’Évry Centre a publié un communiqué. Le secrétaire d’État Marc Vidal a répondu : « Nous verrons. »'));
    expect(people.map((p) => p.name)).toEqual(['Marc Vidal']);
  });
});

describe('French: a description elided into its article opens the sentence', () => {
  it('"L’élu, qui …, envisage « … »": the office holder named before', () => {
    expect(
      speakers(
        'Le maire, Yves Tanneur, a parlé. « Chaque été, on a peur », confie-t-il.',
        'L’élu, qui a fait poser trois panneaux en 2022, envisage désormais « des panneaux plus visibles », voire un second poste.',
      ),
    ).toEqual(['Yves Tanneur', 'Yves Tanneur']);
  });

  it('"L’ancienne championne de France, qui …, parle d’une victoire « … »": the woman just named, not the place', () => {
    expect(
      speakers(
        'Sophie Lannec, manageuse de l’équipe, jubilait à l’arrivée.',
        'L’ancienne championne de France, qui a pris la tête de la formation il y a deux saisons, parle d’une victoire « construite depuis l’hiver ».',
      ),
    ).toEqual(['Sophie Lannec']);
  });

  it('not the words of a source ("Selon son entourage, …") nor of a report the subject cites', () => {
    expect(
      speakers(
        'Le candidat, Hervé Moal, 61 ans, a parlé lundi. « Je suis prêt », a-t-il dit.',
        'Selon son entourage, l’ancien président du club aurait hésité jusqu’en novembre, « par respect pour sa famille ».',
        'Devant une salle comble, l’élu a défendu sa position, citant un rapport de la chambre régionale qui parlait d’une « saturation chronique » des lignes.',
      ),
    ).toEqual(['Hervé Moal', null, null]);
  });
});

describe('French offices and trades for the analyst, the researcher, the representative', () => {
  it('"L’analyste juge « … »", "poursuit le chercheur": the one named with that trade, not whoever was named last', () => {
    expect(
      speakers(
        '« Le prix est élevé », estime Julie Marceau, analyste chez Bexel, qui a relevé son objectif. Le maire, Paul Morel, salue le rachat.',
        'L’analyste juge toutefois « ambitieux » l’objectif de synergies.',
        '« Le vrai risque, poursuit le chercheur, c’est l’effet domino », selon Samir Haddad, chercheur au Centre d’études.',
      ),
    ).toEqual(['Julie Marceau', 'Julie Marceau', 'Samir Haddad']);
  });

  it('the analysts as a group are nobody in particular', () => {
    expect(
      speakers(
        '« Le prix est élevé », estime Julie Marceau, analyste chez Bexel.',
        'Les analystes jugent toutefois « ambitieux » l’objectif de synergies.',
      ),
    ).toEqual(['Julie Marceau', null]);
  });
});

describe('French participle after the main clause', () => {
  it('"Interrogé sur ces critiques, le ministre X les a balayées, dénonçant des « … »": the minister, not the criticisms', () => {
    expect(
      speakers(
        'Le ministre Marc Dalban a parlé mardi. « Rien ne change », a-t-il dit.',
        'Interrogé sur ces critiques, le ministre Dalban les a balayées d’un revers de main, dénonçant des « officines financées de l’extérieur ».',
      ),
    ).toEqual(['Marc Dalban', 'Marc Dalban']);
  });

  it('"Ses opposants, eux, dénoncent « … »": a group as the subject stays nobody in particular', () => {
    expect(
      speakers(
        'Le ministre Marc Dalban a parlé mardi. « Rien ne change », a-t-il dit.',
        'Ses opposants, eux, dénoncent « un passage en force ».',
      ),
    ).toEqual(['Marc Dalban', null]);
  });
});

describe('an office given to the person a paragraph is about', () => {
  it('"l’entraîneur" found to be the man just named keeps that office: "le technicien" later is him, not the other coach named at the end', () => {
    expect(
      speakers(
        'Puis Olivier Dambert a balayé la salle du regard. « Vous êtes nombreux », a lâché l’entraîneur du Stade Marnais, déclenchant quelques rires.',
        'Pendant quarante minutes, le technicien de 47 ans a répondu aux questions sur la série noire — quatre défaites consécutives — sans hausser la voix. « Je ne suis pas un magicien », a-t-il martelé.',
        'Face au FC Ardennes, la tâche s’annonce rude. Son entraîneur, Thierry Gobin, a salué le travail de ses joueurs.',
      ),
    ).toEqual(['Olivier Dambert', 'Olivier Dambert']);
  });

  it('an office named before its holder, with nobody before it, is still the holder named after', () => {
    expect(
      speakers(
        'Le ton était donné. « Nous avons tout donné », a lâché l’entraîneur du FC Ardennes.',
        'Son entraîneur, Thierry Gobin, a salué le travail de ses joueurs.',
      ),
    ).toEqual(['Thierry Gobin']);
  });
});

describe('French: a thing, then whoever the relative clause says judged it', () => {
  it('"Une ouverture que X a balayée : « … »", "Une victoire qu’elle a qualifiée de « … »"', () => {
    expect(
      speakers(
        'La directrice, Anne Morel, se dit prête à recevoir les syndicats. « Nous écouterons », dit-elle.',
        'Une ouverture que Karim Belkadi a aussitôt balayée : « C’est une façon de dire non. »',
        'Léa Marchal a renversé la tête de série lundi. Une victoire qu’elle a elle-même qualifiée de « truc de fou ».',
      ),
    ).toEqual(['Anne Morel', 'Karim Belkadi', 'Léa Marchal']);
  });

  it('a person so introduced stays someone unnamed', () => {
    expect(
      speakers(
        'La directrice, Anne Morel, se dit prête à recevoir les syndicats. « Nous écouterons », dit-elle.',
        'Une habitante que Karim Belkadi connaît bien lâche : « Quelle histoire ! »',
      ),
    ).toEqual(['Anne Morel', null]);
  });
});

describe('French: an adverb or a gerund between an inverted verb and its subject', () => {
  it('"a répondu sobrement M. Varin", "a lancé en souriant Mme Roux", "a ironisé mardi soir la députée"', () => {
    expect(
      speakers(
        'Le ministre Paul Varin et la députée Anne Roux ont débattu.',
        '« Nous verrons », a répondu sobrement M. Varin.',
        '« Jamais », a lancé en souriant Mme Roux.',
        '« Pas maintenant », a ironisé mardi le ministre.',
        '« Pas maintenant », a ironisé mardi soir la députée.',
      ),
    ).toEqual(['Paul Varin', 'Anne Roux', 'Paul Varin', 'Anne Roux']);
  });

  it('the adverb alone, with no subject after it, leaves the pronoun or the last speaker', () => {
    expect(
      speakers(
        'Le ministre Paul Varin et la députée Anne Roux ont débattu. « Jamais », a lancé Mme Roux.',
        '« Nous verrons », a-t-il répondu sobrement.',
        '« Pas question », a-t-elle répété calmement, avant de quitter la salle.',
      ),
    ).toEqual(['Anne Roux', 'Paul Varin', 'Anne Roux']);
  });
});

describe('a paragraph that opens on the words, then on whoever said them', () => {
  it('"« … » Solène Marchand a découvert ce message …", "“…” Gerald Pike, 67, rents out twelve flats": the person introduced right after', () => {
    expect(
      speakers(
        'Le directeur, Bernard Laval, conteste. « Il n’y a jamais eu de liste », dit-il.',
        '« Recenser. Vous imaginez le mot ? » Solène Marchand a découvert ce message par un collègue.',
        '“Everyone blames us, but nobody looks at our accounts.” Gerald Pike, 67, rents out twelve flats near the station.',
      ),
    ).toEqual(['Bernard Laval', 'Solène Marchand', 'Gerald Pike']);
  });

  it('not when the paragraph opens before the quote', () => {
    expect(
      speakers(
        'Le directeur, Bernard Laval, conteste. « Il n’y a jamais eu de liste », dit-il.',
        'Il insiste. « Personne n’a été sanctionné. » Solène Marchand a pourtant été convoquée.',
      ),
    ).toEqual(['Bernard Laval', 'Bernard Laval']);
  });
});

describe('the one introduced after the words, past an opening phrase', () => {
  it('"« … » À la sortie de l’hémicycle, Bertrand Valas savoure.": his words', () => {
    expect(
      speakers(
        'Le rapporteur, Thierry Marot, a salué le vote. « C’est un bon texte », a-t-il dit.',
        '« Le Sénat a fait son travail. » À la sortie de l’hémicycle, Bertrand Valas savoure.',
      ),
    ).toEqual(['Thierry Marot', 'Bertrand Valas']);
  });

  it('not past a phrase that itself names someone ("Selon Paul Durand, …")', () => {
    expect(
      speakers(
        'Le rapporteur, Thierry Marot, a salué le vote. « C’est un bon texte », a-t-il dit.',
        '« Le Sénat a fait son travail. » Selon Paul Durand, Bertrand Valas aurait voté contre.',
      ),
    ).toEqual(['Thierry Marot', 'Thierry Marot']);
  });
});

describe('French adjectives that are no office', () => {
  it('"Le centre hospitalier universitaire juge …" is a hospital, not the mayor quoted before', () => {
    expect(
      speakers('Le maire Paul Durand a visité le site. « C’est un désastre », a-t-il dit.', 'Le centre hospitalier universitaire juge la situation « préoccupante ».'),
    ).toEqual(['Paul Durand', null]);
  });
});

describe('a name opening the sentence after a quote, past a time', () => {
  it('"« … » Le lendemain, Marie Roux, son adjointe, a visité l’école" is the next news, not her words', () => {
    expect(
      speakers('Le maire Paul Durand parle. « C’est un désastre », dit Paul Durand.', '« Il faut reconstruire. » Le lendemain, Marie Roux, son adjointe, a visité l’école.'),
    ).toEqual(['Paul Durand', 'Paul Durand']);
    expect(
      speakers('Premier Jane Smith visited on Monday. “We lost everything,” Mayor Tom Hale said.', '“We will rebuild, whatever it takes.” On Tuesday, Jane Smith, the premier, announced a relief fund.'),
    ).toEqual(['Tom Hale', 'Tom Hale']);
  });
});


describe('French: an inverted subject whose noun no office list knows, with the full name in apposition', () => {
  it('"a martelé la cheffe de la délégation, Ilse Varnhagen": the name set off after the description speaks', () => {
    const lead = 'Le ministre Paul Dorval a ouvert la séance. « Nous avançons », a-t-il dit.';
    expect(speakers(lead, '« Nous ne signerons pas un texte vide », a martelé la cheffe de la délégation nordique, Ilse Varnhagen, devant la presse.')).toEqual(['Paul Dorval', 'Ilse Varnhagen']);
    expect(speakers(lead, '« Le compte n’y est pas », a tranché l’ancienne responsable du collectif, Hélène Lagarde, à la sortie.')).toEqual(['Paul Dorval', 'Hélène Lagarde']);
    // Guard: a body described before a comma is no person, and the name after it is not who spoke.
    expect(speakers('« Les délais seront tenus », a indiqué la direction de l’usine, Jean Morel étant absent.')).toEqual([null]);
  });

  it('guard: "a confié la veuve du chanteur, Johnny Hallyday": the name belongs to the nearer person in the complement', () => {
    expect(speakers('« Nous restons confiants », a confié la veuve du chanteur, Johnny Hallyday.')).toEqual([null]);
    expect(speakers('“We remain hopeful,” said the widow of the late president, Jacques Chirac.')).toEqual([null]);
    expect(speakers('“We remain hopeful,” said the son of the murdered journalist, Anna Politkovskaya.')).toEqual([null]);
  });
});

describe('French: a synonym for an office points back, not at a holder named further down', () => {
  it('"Le technicien, lui, …" is the coach just written about, not the other "entraîneur" a later paragraph names', () => {
    const coach = 'Au bord du terrain, Michel Roussel n’a pas bougé. L’homme, qui suit le club depuis dix ans, a vu ses joueurs douter.';
    const later = 'À Brest, personne n’est surpris. C’est là que Gilles Carré, son premier entraîneur, l’avait lancé.';
    expect(speakers(coach, 'Le technicien, lui, parle d’un match « fondateur ». « Ils doivent encore apprendre, estime-t-il. Mais ils ont gagné. »', later)).toEqual(['Michel Roussel', 'Michel Roussel']);
    // Guard: the same office as the later introduction still points forward to that person.
    expect(speakers('Les habitants contestent le projet, que le président de l’association appelle « une expulsion ».', 'Ce sont des mots durs. « Nous ne partirons pas », a dit Gilles Carré, le président de l’association.')).toEqual(['Gilles Carré', 'Gilles Carré']);
  });
});

describe('French: a decade of age ("le quadragénaire") is whoever the page last gave an age in it', () => {
  it('"Le quadragénaire a fustigé …", "a assuré le sexagénaire": the one named with an age of that decade', () => {
    const colonel = 'Le colonel Ousmane Diarra, 61 ans, a présenté le calendrier. « Nous ne resterons pas », a-t-il dit.';
    const coordinator = 'Son coordinateur, Bakary Konaté, 44 ans – sans lien avec le colonel –, y voit un « acte de courage » devant la presse.';
    expect(speakers(colonel, coordinator, 'Le quadragénaire a également fustigé les « donneurs de leçons » étrangers.')).toEqual(['Ousmane Diarra', 'Bakary Konaté', 'Bakary Konaté']);
    expect(speakers(colonel, coordinator, '« Le calendrier sera tenu », a assuré le sexagénaire.')).toEqual(['Ousmane Diarra', 'Bakary Konaté', 'Ousmane Diarra']);
    // Guard: the nearest name with an age in that decade is someone known by a first name only, so nobody named speaks.
    expect(speakers('Le directeur Olivier Chappuis, 38 ans, a ouvert la séance. « Bienvenue », a-t-il dit.', 'Hamid, 34 ans, est arrivé en 2021 et travaille de nuit.', '« Je paie mes impôts », a soufflé le trentenaire.')).toEqual(['Olivier Chappuis', null]);
  });
});

describe('French: an office after "de" in an apposition is a relative’s, not the person’s own', () => {
  it('"Paul Garnier, fils de la présidente, …" does not hold her office: "a déclaré la présidente" is still her', () => {
    expect(
      speakers(
        'La présidente du club, Anne Roux, a ouvert l’assemblée. « Nous tiendrons », a-t-elle dit.',
        'Dans la salle, Paul Garnier, fils de la présidente, écoutait sans rien dire.',
        '« Le budget sera voté », a déclaré la présidente.',
      ),
    ).toEqual(['Anne Roux', 'Anne Roux']);
  });
});

describe('French: a newspaper with its own capitalised article between the verb and the speaker', () => {
  it('"a confié à La Gazette Marie Lenoir": the speaker is Marie Lenoir, not "Gazette Marie Lenoir"', () => {
    expect(speakers('« Nous tiendrons », a confié à La Gazette Marie Lenoir, présidente du collectif.', '« Rien n’est joué », a ajouté Lenoir.')).toEqual(['Marie Lenoir', 'Marie Lenoir']);
  });
});

describe('French: a reporting clause inside the quote with an object pronoun before the auxiliary', () => {
  it('"« …, lui a lancé Farrès, … »": the one named after the verb speaks, not the last speaker', () => {
    expect(speakers('« Nous voulons un budget », a affirmé le président Jean Vilas.', '« Vous parlez beaucoup de dialogue, lui a lancé Marie Farrès, mais vous n’appelez jamais. »')).toEqual(['Jean Vilas', 'Marie Farrès']);
  });
});

describe('French: a long opening phrase before the subject', () => {
  it('"Interrogée sur … depuis le début de l’année, la ministre a défendu … et rappelé que … « … »": the subject after the opening phrase', () => {
    const lead = 'La conseillère fédérale Anne-Catherine Vuillème a annoncé une contribution. « La Suisse répond présent », a-t-elle dit.';
    expect(speakers(lead, 'Interrogée sur la hausse des demandes d\'asile enregistrées depuis le début de l\'année, la ministre a défendu une politique « ferme mais humaine » et rappelé que la Confédération avait « toujours tenu ses engagements ».')).toEqual(['Anne-Catherine Vuillème', 'Anne-Catherine Vuillème', 'Anne-Catherine Vuillème']);
    // Guard: a long "Selon …" opening is the source's account, not the subject's words.
    expect(speakers(lead, 'Selon le rapport publié mardi par l’institut national de la statistique sur les prix à la consommation, l’inflation reste « au-dessus des prévisions ».')).toEqual(['Anne-Catherine Vuillème', null]);
  });
});

describe('decade nouns describe a person already named, in every rule that asks', () => {
  it('knows every decade noun the age rules know, "nonagénaire" and "treintañero" included', () => {
    for (const word of ['quinquagénaire', 'nonagénaire', 'treintañero', 'nonagenaria', 'cincuentón']) expect(isDescriptionNoun(word)).toBe(true);
    expect(isDescriptionNoun('quinquennat')).toBe(false);
  });
});

describe('an indefinite opening that is a phrase of time or place', () => {
  it('"Une heure plus tard, Nadia Belkacem …" is about her, not about someone unnamed', () => {
    const before = 'Le maire Paul Rivet a parlé lundi.';
    expect(speakers(before, 'Une heure plus tard, Nadia Belkacem ne décolère pas. « Depuis deux ans, on signale les fissures. »')).toEqual(['Nadia Belkacem']);
    expect(speakers(before, 'Un peu plus haut, Nadia Belkacem ne décolère pas. « Depuis deux ans, on signale les fissures. »')).toEqual(['Nadia Belkacem']);
  });

  it('guard: an unnamed subject with a clause after it stays unnamed', () => {
    expect(speakers('Le maire Paul Rivet a parlé lundi.', 'Une voisine, qui n’a pas voulu donner son nom, ne décolère pas. « Depuis deux ans, on signale les fissures. »')).toEqual([null]);
  });
});

describe('more reporting verbs and titles', () => {
  it('"», alerte le Dr X" reports; "la Dra." and "el Sr." are titles; a constabulary is a body', () => {
    expect(speakers('« Nous voyons arriver des enfants de plus en plus jeunes », alerte le Dr Aurélien Cassagne, pédopsychiatre au CHU de Tours.')).toEqual(['Aurélien Cassagne']);
    expect(speakers('«Estamos viendo un aumento de casos», advirtió la Dra. Itzel Rangel, epidemióloga del instituto.')).toEqual(['Itzel Rangel']);
    expect(speakers('Police said the man had been detained. “There is no ongoing threat to the public,” the Northfield Constabulary said in a statement.')).toEqual([null]);
  });
});

describe('French "a" is "has"', () => {
  it('", a rencontré" after a place in an apposition does not make that place someone known by one name', () => {
    expect(speakers("Nadia Bensalem, présidente de l'association des locataires de la cité des Tilleuls, a rencontré le bailleur jeudi. Elle en est ressortie amère. « On nous promet des travaux depuis 2015 », dit-elle.")).toEqual(['Nadia Bensalem']);
    // Guard (review): Spanish "a sus 34 años", "a quien …" still describe someone known by one name.
    expect(speakers('La alcaldesa Carmen Ponce inauguró el mercado en marzo.', 'Yoselin, a sus 34 años, vende arepas desde las cinco de la mañana. «No alcanza para nada», dice ella.')).toEqual([null]);
  });
});

describe('offices named by a set phrase', () => {
  const lead = 'Le maire de Saint-Aubin, Jean-Louis Bousquet, était sur place dès l’aube. Le préfet de l’Aude, Laurent Delmas, est arrivé à midi. « Nous ferons le point demain », a déclaré M. Bousquet.';
  it('"le premier magistrat" is the mayor, not a premier', () => {
    expect(speakers(lead, 'Une cellule d’aide psychologique a été ouverte. Le premier magistrat y tient : « On ne reconstruira pas au même endroit. »')).toEqual(['Jean-Louis Bousquet', 'Jean-Louis Bousquet']);
  });
  it('"le représentant de l’État" is the prefect, not whoever spoke last', () => {
    expect(speakers(lead, 'Interrogé sur ce point, le représentant de l’État a promis un retour d’expérience « sans tabou ».')).toEqual(['Jean-Louis Bousquet', 'Laurent Delmas']);
    // Guard: a representative of anything else is no prefect.
    expect(speakers(lead, 'Interrogé sur ce point, le représentant des sinistrés a promis une action « sans tabou ».')[1]).not.toBe('Laurent Delmas');
  });
});

describe('the Belgian mayor', () => {
  it('"la bourgmestre" is the mayor the page named, not the last speaker', () => {
    expect(
      speakers(
        'Marie-Claire Dethier, bourgmestre de Sclayn-sur-Meuse, a suivi les négociations de près. Camille Lejeune, porte-parole de Greenpeace Belgique, parle de « pari risqué ».',
        '« Pour nos emplois, c’est un soulagement », a réagi la bourgmestre jeudi soir.',
      ),
    ).toEqual(['Camille Lejeune', 'Marie-Claire Dethier']);
  });
});

describe('an incise whose verb takes an infinitive', () => {
  it('"s’est-il contenté de répondre", "a-t-elle tenu à préciser" are the pronoun’s', () => {
    expect(speakers('M. Ousmane Diabaté-Fall est arrivé tard. « La commission a dit ce qu’elle avait à dire », s’est-il contenté de répondre.')).toEqual(['Ousmane Diabaté-Fall']);
    expect(speakers('Mme Aminata Sarr-Koné est arrivée tard. « Nous avons gagné », a-t-elle tenu à préciser.')).toEqual(['Aminata Sarr-Koné']);
  });

  it('"« … », reprend-il", "peste-t-elle": a verb no list has, with its subject pronoun hung on it, is an incise', () => {
    const couple = 'Joana Ferreira et son mari, Cédric Lemoine, gagnent à deux 3 100 euros par mois.';
    const first = ['« Le plein, c’est devenu un luxe », dit-il.', '« On ne part plus en vacances », ajoute-t-elle.'];
    expect(speakers(couple, ...first, '« Les enfants ne se plaignent pas », reprend-il.')).toEqual(['Cédric Lemoine', 'Joana Ferreira', 'Cédric Lemoine']);
    expect(speakers(couple, '« Le plein, c’est devenu un luxe », dit-il.', '« On ne part plus en vacances », peste-t-elle.')).toEqual(['Cédric Lemoine', 'Joana Ferreira']);
    expect(speakers(couple, ...first, '« Les enfants ne se plaignent pas », s’agace-t-il devant nous.')).toEqual(['Cédric Lemoine', 'Joana Ferreira', 'Cédric Lemoine']);
    // Guard: an impersonal "il" ("semble-t-il": it seems) is nobody's incise; the last speaker goes on.
    expect(speakers(couple, ...first, '« Une erreur de calcul », semble-t-il.')).toEqual(['Cédric Lemoine', 'Joana Ferreira', 'Joana Ferreira']);
    // (review) Nor its conditional: "paraîtrait-il".
    expect(speakers(couple, ...first, '« Une erreur de calcul », paraîtrait-il.')).toEqual(['Cédric Lemoine', 'Joana Ferreira', 'Joana Ferreira']);
  });

  it('"« … » C’est en ces mots que X a réagi": the sentence after the words says whose they are', () => {
    const lead = 'Le ministre Réjean Thibodeau a présenté son plan lundi. « Nous sommes prêts », a-t-il dit.';
    const quote = '« Le ministre a eu deux ans pour régler ça. »';
    expect(speakers(lead, `${quote} C’est en ces mots que la porte-parole de l’opposition en matière d’éducation, Chantal Fortier, a réagi.`)).toEqual(['Réjean Thibodeau', 'Chantal Fortier']);
    expect(speakers(lead, `${quote} C’est en ces termes qu’Aline Roche a réagi.`)).toEqual(['Réjean Thibodeau', 'Aline Roche']);
    // Guard (review): "C’est ainsi qu’X a appris …" names whom the words were told to.
    expect(speakers(lead, `${quote} C’est ainsi qu’Aline Roche, ouvrière depuis vingt-deux ans, a appris la fermeture.`)).toEqual(['Réjean Thibodeau', 'Réjean Thibodeau']);
    // Guard: a body after "C’est ainsi que" names no one, and the last speaker goes on.
    expect(speakers(lead, `${quote} C’est ainsi que le gouvernement voit les choses.`)).toEqual(['Réjean Thibodeau', 'Réjean Thibodeau']);
  });
});

describe('a council, a court or a team as the subject before "il"', () => {
  it('"Le conseil départemental n’a pas souhaité s’exprimer. Dans un communiqué, il « … »": the council, nobody named', () => {
    expect(
      speakers(
        '« Nous ne sommes pas les méchants », souligne Bertrand Ferrand, directeur du chantier.',
        'Le conseil départemental, maître d’ouvrage de la déviation, n’a pas souhaité s’exprimer. Dans un communiqué, il assure que le projet « sera mené à son terme ».',
      ),
    ).toEqual(['Bertrand Ferrand', null]);
  });
});

describe('a body after a compound tense', () => {
  const lead = 'La maire de Lyon, Claire Aubert, a présenté le budget mardi devant le conseil municipal. Le débat a duré quatre heures.';
  for (const body of ['a indiqué la mairie', 'a réagi la préfecture dans un communiqué', 'a indiqué la gendarmerie', 'a précisé le parquet']) {
    it(`"« … », ${body}" is nobody named`, () => {
      expect(speakers(lead, `« C’est un budget insincère », ${body}.`)).toEqual([null]);
    });
  }
  it('guard: "« … », a indiqué la maire" is the mayor', () => {
    expect(speakers(lead, '« C’est un budget sincère », a indiqué la maire.')).toEqual(['Claire Aubert']);
  });
  it('guard: "« … », a expliqué le guide" is the mountain guide named before (review)', () => {
    expect(speakers('Le guide, Pierre Favre, a décidé de faire demi-tour à 4 000 mètres.', '« On ne joue pas avec la montagne », a expliqué le guide.')).toEqual(['Pierre Favre']);
  });
});

describe('two people introduced in one sentence, each with an office', () => {
  it('"Le ministre …, Paul Girard, et la présidente de la région, Anne Morel, …": each keeps their own office', () => {
    expect(
      speakers(
        'Le ministre de la Santé, Paul Girard, et la présidente de la région, Anne Morel, ont visité l’hôpital lundi.',
        '« Nous allons rouvrir le service », a promis le ministre. La présidente de région s’est montrée plus prudente : « Il faudra des médecins. »',
      ),
    ).toEqual(['Paul Girard', 'Anne Morel']);
  });
  it('the same in Spanish: "El ministro …, Pablo Gil, y la presidenta regional, Ana Mora, …"', () => {
    expect(
      speakers(
        'El ministro de Sanidad, Pablo Gil, y la presidenta regional, Ana Mora, visitaron el hospital el lunes.',
        '«Vamos a reabrir el servicio», prometió el ministro. La presidenta fue más prudente: «Harán falta médicos».',
      ),
    ).toEqual(['Pablo Gil', 'Ana Mora']);
  });
});
