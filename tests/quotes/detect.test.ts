import { describe, expect, it } from 'vitest';
import { detect, speakers } from './helpers';

const INTRO = 'Defence Minister Khawaja Asif spoke to reporters in Islamabad on Tuesday.';

describe('kinds', () => {
  it('marks a quoted sentence as full and woven words as a fragment', () => {
    const qs = detect(INTRO, '“We will respond to any aggression,” Asif said.', 'Asif said the attacks were “precision strikes” on camps.');
    expect(qs.map((q) => [q.text, q.kind])).toEqual([
      ['We will respond to any aggression,', 'full'],
      ['precision strikes', 'fragment'],
    ]);
  });

  it('marks titles, nicknames and so-called terms as scare quotes with no speaker', () => {
    const qs = detect(INTRO, 'The army launched “Operation Bunyan”, and critics mocked the so-called “peace dividend”. He has read “War and Peace” twice.');
    expect(qs.map((q) => q.kind)).toEqual(['scare', 'scare', 'scare']);
    expect(qs.every((q) => q.speaker === null)).toBe(true);
  });

  it('"price pressures she called “stubborn and broad-based.”" is her words; "she called it “Low Tide”" names a dish', () => {
    const qs = detect(
      'Governor Ilse Rennick raised rates and signaled more tightening may be needed to quash price pressures she called “stubborn and broad-based.”',
      'Chef Ada Varnum cooks cockles over embers. She called it “Low Tide”, and it has stayed on the menu.',
    );
    expect(qs.map((q) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([
      ['stubborn and broad-based.', 'fragment', 'Ilse Rennick'],
      ['Low Tide', 'scare', null],
    ]);
  });

  it('"Often called “…”" and "a move Democrats called “…”" stay labels', () => {
    const qs = detect(INTRO, 'Often called “the Venice of the North,” the city floods every spring. It was a move Democrats called “a betrayal of voters.”');
    expect(qs.map((q) => q.kind)).toEqual(['scare', 'scare']);
  });

  it('German: "spricht von einer „Frage des Überlebens“" characterises, and Konjunktiv reported speech quotes its speaker', () => {
    // Enough German for the page to be read as capitalising its nouns.
    const intro = 'In Hannover verspricht Landesgesundheitsminister Jörg Pahlke unterdessen Tempo, und die Kliniken in der Region warten mit der Planung, weil das Land die Mittel nicht freigibt und der Bund sich nicht festlegt.';
    const qs = detect(
      intro,
      'Landrat Friedhelm Sowada spricht mit Blick auf die Reform von einer „Frage des Überlebens“ für die Region.',
      '„Wir wissen, dass die Häuser Planungssicherheit brauchen“, sagte Pahlke. Man arbeite „mit Hochdruck“ an den Bescheiden. Im Haus nennen sie das Modell nur „Klinik light“.',
    );
    expect(qs.map((q) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([
      ['Frage des Überlebens', 'fragment', 'Friedhelm Sowada'],
      ['Wir wissen, dass die Häuser Planungssicherheit brauchen', 'full', 'Jörg Pahlke'],
      ['mit Hochdruck', 'fragment', 'Jörg Pahlke'],
      ['Klinik light', 'scare', null],
    ]);
  });

  it('an article and a capitalised name in quotes is a nickname or a title ("la Gringa", "the Deacon"), not someone\'s words', () => {
    const qs = detect(
      'La diputada, a quien en Rosario todos conocen como “la Gringa”, habló primero. Ocampo, a quien llaman “el Colorado”, no habló.',
      'Haldane, known in the congregation as “the Deacon,” was sentenced on Friday, Judge Maria Ellison said.',
    );
    expect(qs.map((q) => [q.text, q.kind])).toEqual([
      ['la Gringa', 'scare'],
      ['el Colorado', 'scare'],
      ['the Deacon,', 'scare'],
    ]);
  });

  it('chants, banners and signs ("chanting “…”", "singt „…“", "coreaba «…»", "auf einem steht „…“") are not speech, while "easing ‘…’" is no "sing"', () => {
    const qs = detect(
      'Fans stayed on, chanting “There’s only one Jamie Hollis” as the captain walked off.',
      'Die Kurve singt „Steini, hol uns raus!“, und auf einem Schild steht „Kultur ist kein Luxus“.',
      'Frente al hotel, un grupo de jóvenes coreaba «Chile no se rinde» hasta la noche.',
      { text: 'Governor Mikael Sorvik says early easing ‘not a done deal’', tag: 'h2' },
    );
    expect(qs.map((q) => q.kind)).toEqual(['scare', 'scare', 'scare', 'scare', 'fragment']);
  });

  it('the words of a sign read out ("One placard read ‘…’", "mit der Aufschrift „…“", "pancartas que rezaban «…»") are not speech', () => {
    const qs = detect(
      'Nurses marched past the hospital on Monday. One placard read ‘Clapped in 2020, ignored now’. A banner at the gate read ‘Safe staffing saves lives’.',
      'An den Zäunen hängen Transparente mit der Aufschrift „Kein Dorf ohne Schule“. Auf einem Transparent der Südkurve stand „Es reicht, Harry“.',
      'Cientos de vecinos marcharon con pancartas que rezaban «Agua para todos» hasta la plaza.',
      'Une enseignante tenait une pancarte sur laquelle on pouvait lire « Pas de profs, pas d’avenir ».',
    );
    expect(qs.map((q) => [q.text, q.kind])).toEqual([
      ['Clapped in 2020, ignored now', 'scare'],
      ['Safe staffing saves lives', 'scare'],
      ['Kein Dorf ohne Schule', 'scare'],
      ['Es reicht, Harry', 'scare'],
      ['Agua para todos', 'scare'],
      ['Pas de profs, pas d’avenir', 'scare'],
    ]);
  });

  it('a title right after the word for the work, or in apposition to it, is a title ("In her 2021 memoir, “Salt and Iron,”", "la série « … »", "den Roman „…“")', () => {
    const qs = detect(
      'In her 2021 memoir, “Salt and Iron,” Dana Whitlock wrote about the closing of the mine.',
      'La comédienne, révélée par la série « Les Voisins du dessus », joue le premier rôle.',
      'Der Minister empfahl den Abgeordneten den Roman „Die Buchhalterin von Ebenzell“ als Lektüre.',
      'El exdocente es autor del libro ‘Cartas desde la sierra’, publicado en 2019.',
    );
    expect(qs.map((q) => [q.text, q.kind, q.speaker?.name ?? null])).toEqual([
      ['Salt and Iron,', 'scare', null],
      ['Les Voisins du dessus', 'scare', null],
      ['Die Buchhalterin von Ebenzell', 'scare', null],
      ['Cartas desde la sierra', 'scare', null],
    ]);
  });

  it('every noun the title and sign patterns know passes the screen before them ("la exposición «…»", "un eslógan: «…»")', () => {
    const qs = detect(
      'El museo inaugura la exposición «Mar de fondo», con fotografías de los años setenta.',
      'En la fachada colgaba un eslógan: «Ni un desahucio más».',
    );
    expect(qs.map((q) => [q.text, q.kind])).toEqual([
      ['Mar de fondo', 'scare'],
      ['Ni un desahucio más', 'scare'],
    ]);
  });

  it('review of signs and titles: "would not sign “…”", "held a placard and said: “…”", "un plan « financé »" and "nannte das Programm „überfällig“" stay speech', () => {
    const intro = 'Im Stadtrat wurde am Mittwoch lange über das Wohnungsbauprogramm gestritten, und die Opposition hat der Verwaltung vorgeworfen, dass sie die Zahlen zu spät vorgelegt und die Kosten nicht genannt habe.';
    const qs = detect(
      'Governor Marcus Oyelaran said he would not sign “a blank check to districts” this year.',
      'Ana Ruiz held a placard and said: “We will not go home until the clinic reopens.”',
      'Sur une radio publique, la ministre Hélène Varenne a défendu un plan « financé, chiffré et sans précédent ».',
      intro,
      'Fraktionschefin Lena Aichinger nannte das Programm „überfällig, aber nicht ausreichend“.',
    );
    expect(qs.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
      ['fragment', 'Marcus Oyelaran'],
      ['full', 'Ana Ruiz'],
      ['fragment', 'Hélène Varenne'],
      ['fragment', 'Lena Aichinger'],
    ]);
  });

  it('a name something is known by, with words between the naming verb and the quote, is no one\'s speech ("known locally as ‘…’", "what workers simply call “…”", "que los aficionados han bautizado como «…»", "nennt sich „…“")', () => {
    const intro = 'Die Klinik in Rotenbach soll ihre Notaufnahme verlieren, und die Menschen in der Region wollen das nicht hinnehmen, weil der nächste Standort mehr als vierzig Minuten entfernt ist.';
    const qs = detect(
      'The channels, known locally as ‘the Ministry ditches’, were cut in the 1950s. Miners were pushed to meet what workers simply call “the number”, and the fire, which residents have taken to calling “the Ridge fire”, kept growing.',
      'La subida, que los aficionados han bautizado como «el Tourmalet asturiano», decidió la etapa.',
      'Le départ se fera sur ce que les gens du coin appellent « le mur des Recteurs ».',
      intro,
      'Die Bürgerinitiative dahinter nennt sich „Unser Klinikum bleibt“. Was die Ärztin fürchtet, heißt in der Branche „kalter Strukturwandel“.',
    );
    expect(qs.map((q) => [q.text, q.kind])).toEqual([
      ['the Ministry ditches', 'scare'],
      ['the number', 'scare'],
      ['the Ridge fire', 'scare'],
      ['el Tourmalet asturiano', 'scare'],
      ['le mur des Recteurs', 'scare'],
      ['Unser Klinikum bleibt', 'scare'],
      ['kalter Strukturwandel', 'scare'],
    ]);
  });

  it('review of names things are known by: "what she calls “…”", "ce qu’elle appelle « … »", "appelle à « … »" and "heißt es" are still someone\'s words', () => {
    const intro = 'Im Streit um die Klinik in Rotenbach hat der Landrat am Montag eine neue Studie vorgelegt, und die Ärzte der Region haben dem Ministerium vorgeworfen, dass es die Zahlen nicht kenne.';
    const qs = detect(
      'Chef Ada Varnum must now decide what happens to what she calls “a room that smells like work.”',
      'L’avocate Agathe Dupont-Lavigne a décrit ce qu’elle appelle « une trahison en famille ». Le syndicaliste Paul Ferrand appelle à « une mobilisation massive » jeudi.',
      intro,
      'In dem Papier des Landrats Jonas Keller heißt es, die Lage sei „nicht mehr tragbar“.',
    );
    expect(qs.map((q) => [q.text, q.kind])).toEqual([
      ['a room that smells like work.', 'fragment'],
      ['une trahison en famille', 'fragment'],
      ['une mobilisation massive', 'fragment'],
      ['nicht mehr tragbar', 'fragment'],
    ]);
  });

  it('second review of signs, titles and names: speech that only shares their surface stays speech', () => {
    const german = 'Im Stadtrat wurde am Mittwoch lange über den Haushalt gestritten, und die Opposition hat der Verwaltung vorgeworfen, dass sie die Zahlen zu spät vorgelegt und die Kosten nicht genannt habe.';
    const kinds = (...paragraphs: string[]) => detect(...paragraphs).map((q) => [q.kind, q.speaker?.name ?? null]);
    expect(kinds('Asked about the plan, “We have no choice,” Prime Minister Tom Reed said.')).toEqual([['full', 'Tom Reed']]);
    expect(kinds('In her memoir, “I was terrified every single day,” Dana Whitlock writes.')).toEqual([['full', 'Dana Whitlock']]);
    expect(kinds('Asked about the signs, “We will take them down tomorrow,” council leader Tom Reed said.')).toEqual([['full', 'Tom Reed']]);
    expect(kinds('Council leader Tom Reed said there was no sign of “any willingness to compromise” from the unions.')).toEqual([['fragment', 'Tom Reed']]);
    expect(kinds('Tom Reed, the coach, repeated his motto: “We win together or not at all.”')).toEqual([['full', 'Tom Reed']]);
    expect(kinds('Prime Minister Tom Reed referred to the strike as “irresponsible and reckless”.')).toEqual([['fragment', 'Tom Reed']]);
    expect(kinds('Chancellor Rachel Harris defended what the government calls “a once-in-a-generation reset” of the tax system.')).toEqual([['fragment', 'Rachel Harris']]);
    expect(kinds('Critics have called his book “A masterpiece of self-pity”, Tom Reed said.')).toEqual([['fragment', 'Tom Reed']]);
    expect(kinds('Le ministre Paul Girard affiche « une sérénité totale » avant le vote.')).toEqual([['fragment', 'Paul Girard']]);
    expect(kinds('Les syndicats appellent « à la grève générale dès jeudi », a indiqué la secrétaire générale Sophie Binet.')).toEqual([['fragment', 'Sophie Binet']]);
    expect(kinds('El presidente Pedro Sánchez criticó lo que denominó «una traición a los votantes».')).toEqual([['fragment', 'Pedro Sánchez']]);
    expect(kinds(german, 'Die Ministerin Anna Weber hat den Plan „überfällig und richtig“ genannt.')).toEqual([['fragment', 'Anna Weber']]);
    expect(kinds(german, 'Für die Anwohner heißt das „mehr Lärm und weniger Schlaf“, sagte Bürgermeister Karl Brandt.')).toEqual([['fragment', 'Karl Brandt']]);
    expect(kinds(german, 'Bürgermeister Karl Brandt sagte über das neue Mitglied „Sie ist eine echte Verstärkung“.')).toEqual([['fragment', 'Karl Brandt']]);
  });

  it('what the sentence says of the quote after it: a label\'s noun ("the “…” label"), a slogan in apposition ("«…», el lema de su campaña"), a German compound ("„…“-Rufe")', () => {
    const german = 'Im Stadion an der Weser war die Stimmung am Samstag schlecht, und die Mannschaft hat nach dem dritten Gegentor nicht mehr an sich geglaubt, obwohl der Trainer alles versucht hat.';
    const qs = detect(
      'The central bank has repeatedly rejected the “higher for longer” label this year.',
      'Cientos de seguidores llenaron la plaza. Muchos gritaban «Orden y futuro», el lema de su campaña.',
      german,
      'Nach dem Spiel hallten „Wir wollen euch kämpfen sehen!“-Rufe durch den Gästeblock.',
    );
    expect(qs.map((q) => [q.text, q.kind])).toEqual([
      ['higher for longer', 'scare'],
      ['Orden y futuro', 'scare'],
      ['Wir wollen euch kämpfen sehen!', 'scare'],
    ]);
    // Guards: words someone was said to use, and a quoted adjective before an everyday noun, stay speech.
    expect(detect('Prime Minister Tom Reed said the UK would stand by Ukraine “for as long as it takes”, a slogan he has used since 2022.').map((q) => q.kind)).toEqual(['fragment']);
    expect(detect('Health Secretary Dana Hollis called it a “very serious” problem for the service.').map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([['fragment', 'Dana Hollis']]);
  });

  it('chants with words between the verb and the quote ("singt schon „…“", "skandiert immer wieder „…“", "las columnas entonaron “…”") are not speech', () => {
    const german = 'Im Stadion an der Weser war die Stimmung am Samstag schlecht, und die Mannschaft hat nach dem dritten Gegentor nicht mehr an sich geglaubt, obwohl der Trainer alles versucht hat.';
    const qs = detect(german, 'Die Kurve singt schon „Steini, hol uns raus!“, und der Chor skandiert immer wieder „Wer geht, hat recht“.', 'Cuando el ministro bajó del escenario, las columnas entonaron “sin salario no hay patria” durante varios minutos.');
    expect(qs.map((q) => q.kind)).toEqual(['scare', 'scare', 'scare']);
    // Guard: a reporting clause ending on a colon after the verb is no chant.
    expect(detect('El ministro Pedro Gil entonó el mea culpa: «Nos equivocamos con los plazos».').map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([['full', 'Pedro Gil']]);
  });

  it('review: "Pérez decía «…»" is speech, and "spreading" is no "reading"', () => {
    const qs = detect('Ana Pérez decía «Vamos a ganar esta elección» a quien quisiera oírla.', 'Officials were spreading “calm and confidence” all week, Mayor Dana Hollis said.');
    expect(qs.map((q) => q.kind)).toEqual(['fragment', 'fragment']);
  });

  it('treats a headline word with no speaker as a scare quote', () => {
    const qs = detect({ text: 'Markets brace for ‘historic’ week', tag: 'h1' });
    expect(qs).toHaveLength(1);
    expect(qs[0].kind).toBe('scare');
  });
});

describe('attribution', () => {
  it('finds the speaker after the quote, inverted and not', () => {
    const qs = detect('“It is a dead end,” said Martin Indyk, a former envoy.', '“Talks will resume,” Sarah Lee told reporters.');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Martin Indyk', 'Sarah Lee']);
  });

  it('finds the speaker before the quote: verbs, colons and according to', () => {
    const qs = detect(
      'Prime Minister Shehbaz Sharif said: “Gaza is bleeding.”',
      'According to Maria Ortiz, “nothing has changed”.',
      'Jonas Weber was blunt: “This plan will fail.”',
    );
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Shehbaz Sharif', 'Maria Ortiz', 'Jonas Weber']);
  });

  it('resolves surname, role and pronoun mentions to the full name without the title', () => {
    const qs = detect(
      INTRO,
      '“We are ready,” Asif said.',
      'The defence minister added that the border was “calm for now”.',
      'Later, Asif met the press again. “Nobody wants a war,” he said.',
    );
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Khawaja Asif', 'Khawaja Asif', 'Khawaja Asif']);
    expect(qs.map((q) => q.speaker?.mention)).toEqual(['Asif', 'The defence minister', 'he']);
  });

  it('resolves a pronoun to the person just introduced, not the previous speaker', () => {
    const qs = detect('“We negotiated in good faith,” said Tomas Varga.', 'Foreign Minister Irena Kalnik went further. “Moving soldiers is not diplomacy,” she said.');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Tomas Varga', 'Irena Kalnik']);
  });

  it('gives split quotes one utterance and one speaker', () => {
    const qs = detect('“We came to win,” said coach Maria Lopez. “We did not play well enough.”');
    expect(qs).toHaveLength(2);
    expect(qs[0].utteranceId).toBe(qs[1].utteranceId);
    expect(qs[1].speaker?.name).toBe('Maria Lopez');
  });

  it('reports a multi-paragraph quote as one part per paragraph sharing an utterance', () => {
    const qs = detect('Judge Evelyn Harcourt read her ruling.', '“You abused the trust of your staff.', '“You will serve four years,” she said.');
    expect(qs.map((q) => q.text)).toEqual(['You abused the trust of your staff.', 'You will serve four years,']);
    expect(qs[0].utteranceId).toBe(qs[1].utteranceId);
    expect(qs.every((q) => q.speaker?.name === 'Evelyn Harcourt')).toBe(true);
  });

  it('keeps an unbalanced quote inside its paragraph', () => {
    const qs = detect('He said “this never closes.', 'A second paragraph with “a real quote” from nobody.');
    expect(qs.every((q) => q.end <= q.start + 40)).toBe(true);
    expect(qs.some((q) => q.text.includes('second paragraph'))).toBe(false);
  });

  it('reads French, German and Spanish reporting verbs', () => {
    const fr = detect('La ministre Hélène Garrigues était à Lyon.', '« Nous tiendrons nos engagements », a déclaré Garrigues.');
    const de = detect('Bürgermeisterin Petra Waldschmidt war vor Ort.', '„Wir sind keine Spielverderber“, sagte Waldschmidt.');
    const es = detect('El alcalde Héctor Ibarrola habló el martes.', '“Sé que es desesperante”, dijo Ibarrola.');
    expect([fr[0].speaker?.name, de[0].speaker?.name, es[0].speaker?.name]).toEqual(['Hélène Garrigues', 'Petra Waldschmidt', 'Héctor Ibarrola']);
  });

  it('in a Q&A, gives quotes outside the turns to the interviewee and guesses nothing inside them', () => {
    const qs = detect(
      { text: '‘I write the ending first’: a novelist on her flooded village', tag: 'h1' },
      'The novelist Odile Brannagh talked to us about her new book.',
      'Q: Why a flooded village?',
      'A: Because water keeps everything. My grandmother always said “if the radio is off, somebody has died”.',
      'Q: Do you swim?',
      'A: Never in lakes.',
    );
    // Unmarked answers are the interviewee talking, not quotations on the page.
    expect(qs.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['I write the ending first', 'Odile Brannagh'],
      ['if the radio is off, somebody has died', null],
    ]);
  });

  it('in a Q&A whose answers are labelled by name, the interviewee is whom the labels name, not the person named most', () => {
    const qs = detect(
      { text: '‘Wages will not recover before 2030’', tag: 'h1' },
      'Finance expert Ingrid Sallow met Mayor Tom Brandt on Monday. Brandt has been mayor since 2019. Brandt wants a new budget. Brandt also wants new roads. Brandt is popular.',
      'Q: What do you expect for wages?',
      'Sallow: Real wages will stay flat for years.',
      'Q: And prices?',
      'Sallow: They will keep rising.',
    );
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Ingrid Sallow']);
  });

  it('takes a blockquote without marks as one full quote with its sign-off speaker', () => {
    const qs = detect('Ana Costa posted on Tuesday.', { text: 'We will rebuild every school. — Ana Costa', tag: 'blockquote' });
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: 'We will rebuild every school.', kind: 'full' });
    expect(qs[0].speaker?.name).toBe('Ana Costa');
  });

  it('gives an anonymous source no speaker', () => {
    const qs = detect('“The talks are over,” a senior official said.');
    expect(qs[0].speaker).toBeNull();
  });
});

describe('Japanese', () => {
  it('attributes 「…」と述べた to the titled name before it, and a later surname + title to the full name', () => {
    const qs = detect('緑ヶ浜市の森下恵子市長は会見で「年内には必ず結論を出したい」と述べた。', '森下市長は「反対の声にも耳を傾け、納得してもらえる形を探りたい」と話した。', '市は「にぎわいの核」と位置づけている。');
    expect(qs.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
      ['full', '森下恵子'],
      ['full', '森下恵子'],
      ['scare', null],
    ]);
  });
});

describe('attribution inside the quote and before a colon', () => {
  it('reads a reporting clause set inside the quote (French incise)', () => {
    const qs = detect('Le demi d’ouverture Théo Aubriac a parlé après le match.', '« Je dois être plus juste dans mes choix, a admis Aubriac, visage fermé. J’ai voulu trop en faire. »');
    expect(qs[0].speaker?.name).toBe('Théo Aubriac');
  });

  it('takes the name right before a colon', () => {
    const qs = detect('Un geste salué par le capitaine, Kevin Ramassamy : « Ils méritaient mieux que ça. »');
    expect(qs[0].speaker?.name).toBe('Kevin Ramassamy');
  });

  it('does not turn an indefinite source into the person last named', () => {
    const qs = detect('Julieta Arrieta habla de su cine. En Buenos Aires, un productor le dijo una vez: «Está lindo, pero no es normal».');
    expect(qs[0].speaker).toBeNull();
  });
});

describe('pronoun gender', () => {
  it('skips a person whose title contradicts the pronoun', () => {
    const qs = detect('“We close on Friday,” said Mr Walt Kessler.', 'Regular customer Ms Doris Pennington has eaten there since 1986. “I will miss the eggs,” she said.');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Walt Kessler', 'Doris Pennington']);
  });
});

describe('a judging verb and its object before lower-case words', () => {
  it('"called the report “deeply flawed”" characterises (speech), "the report “Left Behind”" is a title', () => {
    const [judged] = detect('Rep. Thaddeus Okafor, R-Ohio, called the report “deeply flawed” and demanded that the agency withdraw it.');
    expect(judged?.kind).toBe('fragment');
    expect(judged?.speaker?.name).toBe('Thaddeus Okafor');
    expect(detect('Okafor praised the report “Left Behind” as overdue.')[0]?.kind).toBe('scare');
  });
});

describe('split quotes around a title’s full stop', () => {
  it('"“A,” said Dr. Yevgenia Orlova, “B.”" is one utterance by her', () => {
    const quotes = detect('“I have no doubt,” said Dr. Yevgenia Orlova, “that the treatment works.”');
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Yevgenia Orlova', 'Yevgenia Orlova']);
    expect(quotes[0]!.utteranceId).toBe(quotes[1]!.utteranceId);
  });
});

describe('split quotes: what ends the sentence between the parts', () => {
  it('a line break inside a paragraph between two quotes is read through (it once never returned)', () => {
    expect(detect('“We win,” she said\n“We will not stop.”')).toHaveLength(2);
    expect(detect('« Nous gagnerons », dit-il\n« Nous ne lâcherons rien. »')).toHaveLength(2);
  });

  it('an initial or "U.S." before a capital may end the sentence: the next person speaks', () => {
    expect(speakers('Anna Kovac and Ivan Petrov debated on Monday. “We are ready,” said Kovac, who lives in the U.S. Petrov replied, “We are not.”')).toEqual(['Anna Kovac', 'Ivan Petrov']);
  });
});
