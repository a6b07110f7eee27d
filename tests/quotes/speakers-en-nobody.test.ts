import { describe, expect, it } from 'vitest';
import { ANONYMITY } from '../../lib/quotes/attribution/pronouns';
import { ENGLISH_PROSE, speakers } from './helpers';

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

describe('a second quote carried by the same subject', () => {
  it('gives the words of a second object clause ("and that …") to the sentence’s speaker, past a noun that looks like a verb', () => {
    expect(speakers('Dr Ann Lee, head of the Marlow Institute, told the committee that prices were “still rising” and that the minister’s claim of a recovery was “premature”.')).toEqual(['Ann Lee', 'Ann Lee']);
    expect(speakers('Ann Lee told the inquiry the checks had been “routine” and that the inspector’s report was “never finished”.')).toEqual(['Ann Lee', 'Ann Lee']);
  });

  it('does not carry them into a clause of its own, or to someone named between', () => {
    expect(speakers('Ann Lee called the levy “unfair”, and it was later described as “crippling” in a report.')).toEqual(['Ann Lee', null]);
    expect(speakers('Ann Lee called the plan “reckless” and said Tom Hale had once called it “a gamble”.')).toEqual(['Ann Lee', 'Tom Hale']);
  });
});

describe('an identifying sentence with a title before the owner of the words', () => {
  const before = 'Fire chief Grant Pellew defended the service on Monday. A resident said the alert came late. “We got the text at four,” he said.';
  it('gives the words to the titled owner ("That was Mr Pellew’s response")', () => {
    expect(speakers(before, '“Warnings go out as soon as we can.” That was Mr Pellew’s response when asked about the alert.')[1]).toBe('Grant Pellew');
    expect(speakers(before, '“Warnings go out as soon as we can.” That was Dr. Pellew’s view when asked about the alert.')[1]).toBe('Grant Pellew');
  });

  it('does not give them to someone the words were aimed at', () => {
    expect(speakers(before, '“Warnings go out as soon as we can.” That was a message for Mr Pellew’s critics.')[1]).not.toBe('Grant Pellew');
  });
});

describe('"in his view", "in X’s words" right before the quote', () => {
  it('gives the words to whose view or words they are', () => {
    expect(speakers('Desmond Hartley owns six flats in Brackenford.', 'He is angry. The new licensing scheme, which requires landlords to register each flat, is in his view ‘red tape for the sake of red tape’.')).toEqual(['Desmond Hartley']);
    expect(speakers('Desmond Hartley owns six flats in Brackenford.', 'The new licensing scheme is, in Hartley’s words, “red tape for the sake of red tape”.')).toEqual(['Desmond Hartley']);
  });

  it('not when the phrase is further back and someone else reports the words', () => {
    expect(speakers('Tom Hale was furious.', 'In his view the council had failed, and Mayor Ann Lee told reporters the plan was “reckless”.')).toEqual(['Ann Lee']);
  });
});

describe('"his Honour", "her Honour"', () => {
  it('is the judge, as a pronoun would be', () => {
    expect(speakers('Judge Mark Tully heard the case. Prosecutor Ann Lee asked for a long sentence.', '“This was a calculated fraud,” his Honour said.')).toEqual(['Mark Tully']);
  });

  it('leaves "Your Honour" and "in her honour" alone', () => {
    expect(speakers('Judge Mark Tully heard the case.', '“Your Honour, I object,” Ann Lee said.')).toEqual(['Ann Lee']);
    expect(speakers('Ann Lee died in May.', '“She was the heart of this town,” said Mayor Tom Hale, who unveiled a plaque in her honour.')).toEqual(['Tom Hale']);
  });
});

describe('someone unnamed introduced with "One"', () => {
  const lead = '“Those days are over,” said Mr Dominic Langat, who represents Chepkoilel Ward.';
  it('"One MCA …, who asked not to be named for fear of being “…”" keeps the words and the next "the MCA said" unnamed', () => {
    expect(speakers(lead, 'One MCA from the majority side, who asked not to be named for fear of being “punished by the party”, claimed members had been paid.', '“Some of us were called to a hotel. I refused,” the MCA said.')).toEqual(['Dominic Langat', null, null]);
    expect(speakers(lead, 'One resident, who asked not to be named for fear of being “punished by the party”, claimed members had been paid.')).toEqual(['Dominic Langat', null]);
    // Guard: a name set off after the description is the one it introduces.
    expect(speakers(lead, 'One MCA, Peter Otieno, said members feared being “punished by the party”.')).toEqual(['Dominic Langat', 'Peter Otieno']);
  });

  it('"who would not give her name" keeps her anonymous, and "and accused Dean Hollis" after the words is whom she accused', () => {
    const before = 'Priya Sandhu said the notices had cost her business.';
    expect(speakers(before, 'One woman, who would not give her name, told councillors they had "already made up their minds" and accused Dean Hollis of selling the district out.')).toEqual([null]);
    expect(speakers(before, 'A woman told councillors they had "already made up their minds" and accused Dean Hollis of selling the district out.')).toEqual([null]);
    // Guards: the named subject before still speaks; a verb right after the words still takes the name after it.
    expect(speakers(before, 'Jo Kettle told councillors they had "already made up their minds" and accused Dean Hollis of selling the district out.')).toEqual(['Jo Kettle']);
    expect(speakers(before, '"They have already made up their minds," said Dean Hollis.')).toEqual(['Dean Hollis']);
  });
});

describe('split quotes', () => {
  it('a fragment is not the first part of the next quote when the gap names that quote’s own speaker', () => {
    const lead = '“Our message has been consistent,” the spokesperson Tahira Mansoor said.';
    expect(speakers(lead, 'Asked about a statement by the neighbouring government’s spokesman, who had termed the strikes “a blatant act of aggression” and vowed a response, Mansoor said: “We have seen the statement. We would advise restraint.”')).toEqual(['Tahira Mansoor', null, 'Tahira Mansoor']);
    // Guard: "“A,” said X, “B.”" is still one utterance of X.
    expect(speakers(lead, '“We have seen the statement,” said Mansoor, “and we would advise restraint.”')).toEqual(['Tahira Mansoor', 'Tahira Mansoor', 'Tahira Mansoor']);
  });
});

describe('phrases that keep someone anonymous', () => {
  it('include "would not give her name" and "refused to give his name" as well as "declined to give"', () => {
    for (const phrase of ['who would not give her name', 'who wouldn’t give his full name', 'who did not give her last name', 'refused to give his name', 'declined to give her name']) expect(ANONYMITY.test(phrase), phrase).toBe(true);
    // Guard: giving a name is not keeping it back.
    expect(ANONYMITY.test('who would give her name only to the police later')).toBe(false);
  });
});

describe('a definite description after "to" is no subject', () => {
  it('"A staff report to the meeting warned …" is the report’s, not whoever "the meeting" would point to', () => {
    const lead = 'Deputy mayor Jo Kettle rejected that. "Four weeks is what the legislation allows us," she said.';
    expect(speakers(lead, 'A staff report to the meeting warned the council was "within two years" of breaching its own debt limits.')).toEqual(['Jo Kettle', null]);
    // Guard: "the deputy mayor warned" still describes her.
    expect(speakers(lead, 'Later the deputy mayor warned the council was "within two years" of breaching its limits.')).toEqual(['Jo Kettle', 'Jo Kettle']);
  });
});

describe('an English participle after a comma', () => {
  const lead = 'Senator Zarmeen Afridi spoke in the upper house on Tuesday after Defence Minister Khawaja Naveed Akhtar had briefed the media about the strikes and the state of the border.';
  it('"She also took a swipe at the minister, saying “…”" goes on with the sentence’s subject', () => {
    expect(speakers(lead, 'She also took a swipe at the minister, saying "press-conference diplomacy" had never brought peace to the tribal belt.')).toEqual(['Zarmeen Afridi']);
    expect(speakers(lead, 'Afridi also took a swipe at the minister, saying "press-conference diplomacy" had never brought peace to the tribal belt.')).toEqual(['Zarmeen Afridi']);
    // Guard: "with X saying" is X's.
    expect(speakers(lead, 'The session ended late, with the minister saying the strikes had been "precise and proportionate" in every respect.')).toEqual(['Khawaja Naveed Akhtar']);
  });
});

describe('a participle phrase between subject and verb', () => {
  const lead = 'Senator Zarmeen Afridi spoke in the upper house on Tuesday after Defence Minister Khawaja Naveed Akhtar had briefed the media about the strikes and the state of the border and the economy.';
  it('"The senator, speaking after the minister, said" is the senator', () => {
    expect(speakers(lead, 'The senator, speaking after the minister, said it was "a dead end" for the whole region.')).toEqual(['Zarmeen Afridi']);
    // Guards: an office in -ing is no participle phrase; the subject's own name still speaks.
    expect(speakers(lead, 'Afridi, acting chair of the committee, said it was "a dead end" for the whole region.')).toEqual(['Zarmeen Afridi']);
    expect(speakers(lead, 'Afridi, speaking to reporters outside parliament, said it was "a dead end" for the whole region.')).toEqual(['Zarmeen Afridi']);
  });
});

describe('a body called "… Watch"', () => {
  it('"The Mareba Budget Watch, a coalition …, has accused …" is the body, not a person "Mareba Budget"', () => {
    const lead = 'Senator Zarmeen Afridi spoke in the upper house on Tuesday after Defence Minister Khawaja Naveed Akhtar had briefed the media about the strikes and the state of the border and the economy.';
    expect(speakers(lead, 'The Mareba Budget Watch, a coalition of civil society organisations that monitors county spending, has accused both arms of turning the budget into "a political football".')).toEqual([null]);
    // Guard: a video label opening a line is still no part of a name.
    expect(speakers(lead, 'Watch: Zarmeen Afridi said the budget was "a political football".')).toEqual(['Zarmeen Afridi']);
  });
});

describe('someone unnamed who names another person as an object', () => {
  it('"One woman … accused Dean Hollis of …. “…,” she said" is still her', () => {
    const lead = 'Priya Sandhu, who runs a cafe on the waterfront, said the boil-water notices had cost her business thousands of dollars over the summer months.';
    expect(speakers(lead, 'Not every speaker was as measured. One woman, who would not give her name, told councillors they had "already made up their minds" and accused Dean Hollis of selling the district out. "Shame on you," she said as she left the hall.')).toEqual([null, null]);
    // Guard: a sentence whose subject is named still hands "she" to that name.
    expect(speakers(lead, 'Not every speaker was as measured. Jo Kettle told councillors they had "already made up their minds" and accused Dean Hollis of selling the district out. "Shame on you," she said as she left the hall.')).toEqual(['Jo Kettle', 'Jo Kettle']);
  });
});

describe('review of session 19', () => {
  const lead = 'Senator Zarmeen Afridi spoke in the upper house on Tuesday after Defence Minister Khawaja Naveed Akhtar had briefed the media about the strikes and the state of the border and the economy.';
  it('"a man named John Smith" and "a woman called Ann Reyes" name the one "he"/"she" stands for', () => {
    expect(speakers(lead, 'Police named the victim as Ann Reyes. A man named John Smith was arrested. “I saw everything,” he said.')).toEqual(['John Smith']);
    expect(speakers(lead, 'A woman called Ann Reyes rang the station. “I saw everything,” she said.')).toEqual(['Ann Reyes']);
  });

  it('"«…», y añadió Juan Pérez" is Spanish inversion, not an object after "and"', () => {
    expect(speakers('El alcalde habló ayer en la plaza mayor del pueblo ante cientos de vecinos que protestaban por el cierre del hospital y de la escuela.', '«No vamos a ceder», y añadió Juan Pérez que la protesta seguirá.')).toEqual(['Juan Pérez']);
  });

  it('"Smith quoted his predecessor Ann Reyes, saying: “…”" are her words', () => {
    expect(speakers(lead, 'John Smith quoted his predecessor Ann Reyes, saying: “A city is its people.”')).toEqual(['Ann Reyes']);
  });

  it('"Another time the mayor …" is no one unnamed; "One of the residents, who asked not to be named, …" is', () => {
    expect(speakers(lead, 'John Smith is the mayor of Leeds. Another time the mayor called the plan “a disgrace”, and vowed to fight it.')).toEqual(['John Smith']);
    expect(speakers(lead, 'One of the residents, who asked not to be named for fear of being “punished by the party”, claimed members had been paid.')).toEqual([null]);
  });
});

describe('a colon lead-in about someone’s answer', () => {
  it('"His reply came quickly: “…”" is the man "his" stands for', () => {
    const lead = 'Senator Zarmeen Afridi spoke in the upper house on Tuesday after Defence Minister Khawaja Naveed Akhtar had briefed the media about the strikes and the state of the border and the economy.';
    const before = '“She runs the city like a hardware store,” radio host Rick Sandoval said.';
    expect(speakers(lead, before, 'Delphine Vasquez-Orr took no offence. His reply came quickly: “You’re welcome.”')).toEqual(['Rick Sandoval', 'Rick Sandoval']);
    expect(speakers(lead, before, 'Delphine Vasquez-Orr took no offence. Her response was characteristic: “I’ll take it.”')).toEqual(['Rick Sandoval', 'Delphine Vasquez-Orr']);
  });
});

describe('second review of session 19', () => {
  const lead = 'Senator Zarmeen Afridi spoke in the upper house on Tuesday after Defence Minister Khawaja Naveed Akhtar had briefed the media about the strikes and the state of the border and the economy.';
  const hughes = '“The cuts go too deep,” Peter Hughes said.';
  it('"His reply …:" gives way to whoever the lead-in names', () => {
    expect(speakers(lead, `${hughes} His reply drew an immediate rebuke from Ann Reyes: “That is simply untrue.”`)).toEqual(['Peter Hughes', 'Ann Reyes']);
    expect(speakers(lead, `${hughes} Her reply came in a statement from her lawyer, Tom Bell: “My client denies all wrongdoing.”`)).toEqual(['Peter Hughes', 'Tom Bell']);
  });

  it('"…”, and NAME …:" is not an owner’s, nor someone who hands over to another named after', () => {
    expect(speakers(lead, 'Protesters chanted “Shame!” and “Out!”, and John Reyes then turned to Ann Lee, who told him: “You should go.”')).toEqual([null, null, 'Ann Lee']);
    expect(speakers(lead, 'The mayor called it “a mess”, and John Reyes’s deputy agreed: “It is a disaster.”')[1]).toBeNull();
  });

  it('"The mother of the victim, Asim Lodhi, said" does not make the victim’s name the subject', () => {
    expect(speakers(lead, '“We are appealing for witnesses,” said Detective Inspector Mark Hale.', 'The mother of the victim, Asim Lodhi, said the family was devastated.', '“We are appealing for witnesses,” he said.')).toEqual(['Mark Hale', 'Mark Hale']);
  });
});

describe('a pronoun after a sentence about a thing that names a person', () => {
  it('"The data has appeared in 40 papers, most of which Dolores Finch did not write. Asked about this, she shrugged: “…”" is Finch', () => {
    const lead = 'Senator Zarmeen Afridi spoke in the upper house on Tuesday after Defence Minister Khawaja Naveed Akhtar had briefed the media about the strikes and the state of the border and the economy.';
    expect(speakers(lead, 'The data has appeared in more than 40 papers, most of which Dolores Finch did not write. Asked about this, she shrugged: “I’m a measurer. Other people are the thinkers.”')).toEqual(['Dolores Finch']);
  });
});

describe('two subjects of "with … -ing and … -ing"', () => {
  const body = ['Mayor Graham Whitford said the council would ask the state to reinstall the nets. “People are scared,” Whitford said.', 'Dr Anika Rao, a marine scientist at the University of Newcastle, said nets killed dolphins and turtles. “Nets are a false comfort,” she said.'];
  it('"with the local mayor calling for nets and a marine scientist warning “…”" is the scientist’s, who says it again below', () => {
    expect(speakers('A surfer is in a critical condition after a shark attack, with the local mayor calling for nets to return and a marine scientist warning they would be “a false comfort”.', ...body)).toEqual(['Anika Rao', 'Graham Whitford', 'Anika Rao']);
  });
  it('guard: "with the mayor calling them “…”" is still the mayor’s', () => {
    expect(speakers('A surfer is in a critical condition after a shark attack, with the local mayor calling the nets “the only answer” and scientists divided.', ...body)[0]).toBe('Graham Whitford');
  });
});

describe('a body introducing a quote with a colon', () => {
  it('gives the words to nobody, not to the player quoted before (English, Spanish, German, French)', () => {
    expect(speakers('The striker Jon Ames scored twice. “I am very happy,” Ames said.', 'The club issued a statement: “We regret the incidents in the stands.”', 'Within hours, the club posted: “We will cooperate with police.”')).toEqual(['Jon Ames', null, null]);
    expect(speakers('El delantero Mateo Ríos marcó dos goles. «Estoy muy contento», dijo Ríos.', 'El club emitió un comunicado: «Lamentamos los incidentes ocurridos en la grada».', 'A las pocas horas, el club publicó: «Colaboraremos con la policía».')).toEqual(['Mateo Ríos', null, null]);
    expect(speakers('Der Stürmer Jonas Ahrens traf zweimal. „Ich bin sehr glücklich“, sagte Ahrens.', 'Der Verein veröffentlichte eine Erklärung: „Wir bedauern die Vorfälle auf der Tribüne.“')).toEqual(['Jonas Ahrens', null]);
    expect(speakers('Le milieu Hugo Perrin a marqué deux fois. « Je suis très content », a dit Perrin.', 'L’entreprise a publié un communiqué : « Nous regrettons les incidents. »')).toEqual(['Hugo Perrin', null]);
  });
  it('guard (review): not a body that only describes the subject, nor a clause that goes on to its own subject', () => {
    const before = 'Ana Ruiz scored twice. “We were poor,” Ruiz said.';
    for (const lead of ['The club legend was blunt:', 'The team bus left early and Ruiz was furious:', 'The police escorted the team bus out, but the coach was furious:', 'The union rep was angry:']) {
      expect(speakers(before, `${lead} “We need to improve.”`)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    }
    expect(speakers('Ana Ruiz marcó dos goles. «Éramos pobres», dijo Ruiz.', 'El equipo perdió otra vez y ella fue clara: «Hay que mejorar».')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(speakers('Anna Weber traf zweimal. „Wir waren arm“, sagte Weber.', 'Der Verein hat seit fünf Spielen nicht gewonnen und sie wurde deutlich: „Wir müssen besser werden.“')).toEqual(['Anna Weber', 'Anna Weber']);
    expect(speakers('Marie Roux a marqué deux fois. « Nous étions pauvres », a dit Roux.', 'Le club a encore perdu et elle a été claire : « Il faut progresser. »')).toEqual(['Marie Roux', 'Marie Roux']);
  });
  it('guard: a document or a thing opening the clause is its author’s ("His review … It ended: “…”")', () => {
    expect(speakers('Critic Bernard Finch ate there in 2016. His review called it “thrilling” and praised the custard. It ended: “I left unsure whether I had eaten dinner or heard a story.”')[1]).toBe('Bernard Finch');
    expect(speakers('Critic Bernard Finch ate there in 2016. “The custard is superb,” Finch wrote. The review ended: “I left unsure whether I had eaten dinner or heard a story.”')).toEqual(['Bernard Finch', 'Bernard Finch']);
  });
});

describe('a quote in a clause, then another subject after "and"', () => {
  it('is the first clause’s subject’s, not the next clause’s ("X said it was a “…”, and Ana Ruiz / she said …")', () => {
    expect(speakers('Donald Trump said it was a “witch hunt”, and Ana Ruiz said she would appeal.')).toEqual(['Donald Trump']);
    expect(speakers('Donald Trump said it was a “witch hunt”, and she said she would appeal.')).toEqual(['Donald Trump']);
  });
  it('guard: a speaker named after the verb is still the speaker', () => {
    expect(speakers('“We will win,” said Ana Ruiz and Tom Baker.')).toEqual(['Ana Ruiz']);
    expect(speakers('“It’s over,” said and repeated Ana Ruiz.')).toEqual(['Ana Ruiz']);
    expect(speakers('«Es el final», dijo y repitió Ana Ruiz.')).toEqual(['Ana Ruiz']);
  });
  it('guard (review): only a verb in the quote’s own sentence names its speaker first', () => {
    expect(speakers('Ana Ruiz said the talks had failed. The offer was “an insult,” and Tom Baker said he would walk out.')).toEqual(['Tom Baker']);
    expect(speakers('Ana Ruiz dijo que las conversaciones fracasaron. Tomás Baca discrepó. La oferta es «justa», y él pidió aceptarla.')).toEqual(['Tomás Baca']);
  });
});

describe('a verb of striking with "back" after a quote', () => {
  const intro = ENGLISH_PROSE;
  it('"“…,” X shot back", "fired back", "hit back on Tuesday" answer in words', () => {
    expect(speakers(intro, '“That is simply false,” Senator Maria Delgado shot back.')).toEqual(['Maria Delgado']);
    expect(speakers(intro, '“He has not read the bill,” Tom Harker fired back on Tuesday.')).toEqual(['Tom Harker']);
    expect(speakers(intro, '“We will not be lectured,” Rita Okafor hit back at her critics.')).toEqual(['Rita Okafor']);
  });
  it('guard (review): a goal or gunfire "back" away from a quote\'s tag is no one speaking ("Moore hit back in the 23rd minute", "fired back at the gunman")', () => {
    expect(speakers(intro, 'City were “all over the place” early on, but Daniel Moore hit back in the 23rd minute.')).toEqual([null]);
    expect(speakers(intro, 'After a “nightmare” opening ten minutes, Daniel Moore hit back in the 23rd minute with a low shot.')).toEqual([null]);
    expect(speakers(intro, 'Witnesses described a “terrifying” exchange in which Sergeant Mark Ellis fired back at the gunman.')).toEqual([null]);
  });
  it('guard: "fired the coach", "pushed back his forecast" and "fought back tears" say nothing', () => {
    expect(speakers(intro, '“We are finished,” one fan wrote online, and owner Ana Ruiz fired the coach.')).toEqual([null]);
    expect(speakers(intro, 'Analysts called the move “a surprise”. Economist Lena Brandt pushed back her forecast to June.')).toEqual([null]);
  });
});

describe('a fragment after a sentence that closed on its reporting clause', () => {
  it('"…, the prosecutor said. The address given for him “turns out to be a launderette”": the prosecutor goes on', () => {
    expect(
      speakers(
        'Helen Marsh spoke for the Crown. “There was no field,” Ms Marsh told jurors.',
        'The detectorist named in the sale documents has never been traced, the prosecutor said. The address given for him “turns out to be a launderette in Coldharbour Road”, and the number was false.',
      ),
    ).toEqual(['Helen Marsh', 'Helen Marsh']);
  });
});

describe('a document of someone’s opening the sentence', () => {
  it('"Her report describes the garnets as “…”": the report’s author', () => {
    expect(
      speakers(
        'The Crown’s metallurgist, Dr Fiona Lyle, will give evidence on Wednesday. In a written summary, she said the gold contained traces of cadmium “consistent with modern solder”.',
        'Her report describes the garnets as “almost certainly laboratory-grown” and the pins as “too even to be the work of time”.',
      ),
    ).toEqual(['Fiona Lyle', 'Fiona Lyle', 'Fiona Lyle']);
  });
});
