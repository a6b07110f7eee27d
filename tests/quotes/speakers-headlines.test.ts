import { describe, expect, it } from 'vitest';
import { detect, speakers } from './helpers';

const h1 = (text: string) => ({ text, tag: 'h1' });

describe('headline quotes whose speaker the body names', () => {
  it('a Title Case headline: "… as Surname Says Bank ‘Not Finished Yet’" is the named person’s fragment', () => {
    const paragraphs = [
      h1('Marland Raises Rates as Velasquez Says Bank ‘Not Finished Yet’'),
      'The central bank of Marland raised its main rate on Thursday.',
      'Governor Petra Velasquez told reporters the bank would act again if prices kept climbing.',
    ] as const;
    expect(speakers(...paragraphs)).toEqual(['Petra Velasquez']);
    expect(detect(...paragraphs).map((q) => q.kind)).toEqual(['fragment']);
  });

  it('guard: a Title Case headline quoting a name nobody says stays a scare quote', () => {
    const paragraphs = [
      h1('Senate Passes Long-Awaited ‘Clean Harbours’ Act After Late Vote'),
      'The bill passed 61 to 39 on Tuesday night.',
      'Senator Wendell Arbuthnot said the vote was overdue.',
    ] as const;
    expect(speakers(...paragraphs)).toEqual([null]);
    expect(detect(...paragraphs).map((q) => q.kind)).toEqual(['scare']);
  });

  it('guard: a run of capitals only the Title Case heading has is no speaker to hand its quote to', () => {
    const paragraphs = [
      h1('Judge Halts Pipeline Permit, Calling It ‘Reckless’'),
      'A federal judge on Friday halted the permit.',
      'Judge Maria Okafor wrote that the agency had acted in haste.',
    ] as const;
    expect(speakers(...paragraphs)).toEqual([null]);
  });

  it('guard: a lower-case headline with a Title Case quote is still a title', () => {
    const paragraphs = [
      h1('Velasquez says bank will study ‘Project Kestrel’ before any decision'),
      'Governor Petra Velasquez told reporters the bank would act again.',
    ] as const;
    expect(detect(...paragraphs).map((q) => q.kind)).toEqual(['scare']);
  });
});

describe('a headline quoting words the body gives to someone', () => {
  const germanBody = [
    'In Kelby hat der Prozess gegen den Hafenlotsen Anders Lund begonnen.',
    'Die Anklage wirft ihm grobe Fahrlässigkeit vor.',
    'Der Tanker sei auf Grund gelaufen, weil er eine Warnung ignoriert habe.',
    'Lund hält die Anklage für „eine nachträglich erfundene Geschichte“.',
  ];

  it('takes the speaker the body finds for them only from the paragraph ("Lund hält die Anklage für „…“")', () => {
    expect(speakers(h1('Lotse vor Gericht: „Eine nachträglich erfundene Geschichte“'), ...germanBody)[0]).toMatch(/Anders Lund$/);
    expect(
      speakers(
        h1('Harbour pilot on trial: “a story written after the fact”'),
        'The trial of harbour pilot Anders Lund opened on Monday in Kelby.',
        'Prosecutors say the tanker ran aground because he ignored a warning.',
        'The case has divided the port.',
        'Lund considers the charge “a story written after the fact”.',
      ),
    ).toEqual(['Anders Lund', 'Anders Lund']);
  });

  it('guard: a scare-quoted word of the headline that someone in the body also uses stays nobody’s', () => {
    expect(
      speakers(
        h1('Harbour “reform” divides the port of Kelby'),
        'The trial of harbour pilot Anders Lund opened on Monday in Kelby.',
        'The case has divided the port.',
        'Lund considers the whole reform “a story written after the fact”, and the “reform” a sham.',
      )[0],
    ).toBeNull();
  });
});

describe('summary points above a wire story', () => {
  it('"Governor says inflation ‘…’" after a point with no full stop is the governor, not "a hold Governor"', () => {
    const li = (text: string) => ({ text, tag: 'li' });
    expect(
      speakers(
        h1('Corvania central bank stuns markets with 75 bp hike'),
        li('Policy rate raised to 9.25% from 8.50%; all economists polled expected a hold'),
        li('Governor says inflation ‘not going to fix itself’'),
        'LORESK, Nov 26 (Meridian Wire) - Corvania’s central bank unexpectedly raised its benchmark interest rate on Thursday, with Governor Anton Velasko pledging to act.',
      ),
    ).toEqual(['Anton Velasko']);
  });
});

describe('headlinese "as" joining two news clauses', () => {
  const body = ['Transport secretary Mina Hollis spoke in the Commons on Tuesday.', 'Shadow minister Carl Brennan replied for the opposition.'];

  it('"Hollis says strike would be ‘…’ as Brennan accuses her of …": the first clause’s speaker', () => {
    expect(speakers(h1('Hollis says rail strike would be ‘a gift to nobody’ as Brennan accuses her of ‘hiding’'), ...body)).toEqual(['Mina Hollis', 'Carl Brennan']);
  });

  it('guard: "as Brennan said" still attributes', () => {
    expect(speakers(h1('Rail talks end in ‘a shambles’, as Brennan said'), ...body)).toEqual(['Carl Brennan']);
    expect(speakers(h1('Rail talks end in ‘a shambles’ as Brennan says'), ...body)).toEqual(['Carl Brennan']);
  });
});

describe('review of the headline rules', () => {
  it('a title the Title Case clause goes on after, or the object of "of", stays a scare quote', () => {
    const cases = [
      [h1('Taylor Swift Announces ‘The Eras Tour’ Film'), 'Singer Taylor Swift said the film would open in October.'],
      [h1('Musk Says ‘Full Self-Driving’ Will Arrive This Year'), 'Elon Musk told investors the software was nearly ready.'],
      [h1('Bailey Warns of ‘Zombie Firms’ as Rates Rise'), 'Governor Andrew Bailey spoke in London on Tuesday.'],
    ] as const;
    for (const paragraphs of cases) {
      expect(speakers(...paragraphs)).toEqual([null]);
      expect(detect(...paragraphs).map((q) => q.kind)).toEqual(['scare']);
    }
  });

  it('"as Powell warns" after a headline quote with no speaker before it is Powell’s', () => {
    expect(speakers(h1('Rates to stay high ‘for some time’ as Powell warns of sticky inflation'), 'Federal Reserve chair Jerome Powell spoke on Wednesday.')).toEqual(['Jerome Powell']);
    expect(speakers(h1('Senate vote delayed'), 'The plan was “dead on arrival,” as Senator Jane Smith told reporters on Tuesday.')).toEqual(['Jane Smith']);
  });

  it('a headline quote a verb gave to a group of people ("la junte promet …") takes the body speaker of the same words', () => {
    expect(
      speakers(
        h1('Kanéré : la junte promet des élections « avant la fin de 2026 », l’opposition dénonce « une transition sans fin »'),
        'Le porte-parole du Comité militaire pour la refondation nationale (CMRN) a présenté mardi 11 mars au soir un nouveau calendrier électoral. Une « feuille de route réaliste », selon le colonel Ousmane Traoré. Un « enfumage », rétorque l’opposante Aminata Diallo.',
        'Avec notre correspondant à Tiéfara, Moussa Sangaré',
        'Près de deux heures de retard sur l’horaire annoncé, puis l’apparition, enfin, du colonel Traoré sur le plateau de la télévision nationale. Le porte-parole de la junte a lu un communiqué avant de détailler le chronogramme de la transition : des élections organisées « avant la fin de 2026 ».',
      )[0],
    ).toBe('Ousmane Traoré');
  });

  it('review: a headline quote a verb gave to an office ("Mayor says …") does not take a campaigner’s echo', () => {
    expect(
      speakers(
        h1('Mayor says bypass plan is ‘dead in the water’'),
        'Leeds City Council confirmed on Monday that the bypass would not be built.',
        'Campaigners were delighted.',
        'Campaigner Ruth Gable rejects the idea that the fight is over now the plan is “dead in the water”.',
      )[0],
    ).toBeNull();
  });

  it('a headline quote already given to a body or a group does not take a later body speaker’s', () => {
    expect(
      speakers(
        h1('Council says bypass plan is ‘dead in the water’'),
        'Leeds City Council confirmed on Monday that the bypass would not be built.',
        'Campaigners were delighted.',
        'Campaigner Ruth Gable rejects the idea that the fight is over now the plan is “dead in the water”.',
      )[0],
    ).toBeNull();
  });
});

describe('an event named like a person', () => {
  it('"the Aldwick Regatta" is no one: "Aldwick footbridge collapse: ‘…’" is not its quote, nor the caption\'s after it', () => {
    const quotes = detect(
      { text: 'Aldwick footbridge collapse: ‘I heard a crack like a gunshot’', tag: 'h1' },
      'Fourteen people taken to hospital after the crossing gave way during the town’s regatta.',
      'Emergency crews at the footbridge on Saturday afternoon. Rowers “did not wait for us”, said Area Manager Rachel Okafor.',
      'Fourteen people were taken to hospital after a wooden footbridge collapsed into the river during the annual Aldwick Regatta.',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, 'Rachel Okafor']);
  });
});

describe('a standfirst word the body quotes from someone', () => {
  it('"La patronal tacha el paro de «desproporcionado»" is Ezquerra\'s when the body has him call it «desproporcionado»', () => {
    const quotes = detect(
      { text: 'Las camareras de piso de Almadrava van a la huelga: «Hacemos 28 habitaciones al día con la espalda rota»', tag: 'h1' },
      'La patronal hotelera tacha el paro de «desproporcionado» en plena temporada alta.',
      'La respuesta de los empresarios no se hizo esperar. El presidente de la Asociación Hotelera de Almadrava (AHA), Ramón Ezquerra, calificó el paro de «desproporcionado» y lamentó que se haya convocado en agosto.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker?.name ?? null])).toEqual([
      ['full', null],
      ['fragment', 'Ramón Ezquerra'],
      ['fragment', 'Ramón Ezquerra'],
    ]);
  });
});

describe('a colon after two coordinated clauses', () => {
  it('"Arboleda gana … y Zubeldia se hunde: «…»" is the words of the clause that runs into the colon', () => {
    const quotes = detect(
      { text: 'Arboleda gana en la Brañaveja y Zubeldia se hunde: «He visto las estrellas»', tag: 'h1' },
      'El colombiano Yeison Arboleda ganó en solitario la etapa reina.',
      'El vasco Iker Zubeldia perdió cuatro minutos en la última subida y cayó al sexto puesto de la general.',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Iker Zubeldia']);
  });

  it('in the body: "Okafor scored twice and Marsh was furious: “…”" is Marsh’s', () => {
    const quotes = detect(
      'Harbour City coach Daniel Marsh watched from the touchline as Kelechi Okafor ran the game.',
      'Okafor scored twice in the second half and Marsh was furious: “We gave it away in ten minutes.”',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Daniel Marsh']);
  });

  it('guard: a second clause with no subject of its own keeps the first one’s: "Arboleda gana la etapa y lo celebra: «…»"', () => {
    const quotes = detect(
      { text: 'Arboleda gana en la Brañaveja y lo celebra con los suyos: «Esto es para mi madre»', tag: 'h1' },
      'El colombiano Yeison Arboleda ganó en solitario la etapa reina.',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Yeison Arboleda']);
  });

  it('guard: a name coordinated with an object is no clause\'s subject: "Okafor thanked the fans and Marsh for the chance: “…”"', () => {
    const quotes = detect(
      'Kelechi Okafor scored twice for Daniel Marsh’s side on Sunday.',
      'Okafor thanked the fans and Marsh for the chance: “We gave it everything.”',
    );
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Kelechi Okafor']);
  });
});

describe('a colon after coordinated objects (review)', () => {
  it('guard: "Starmer hosted the king and Emmanuel Macron in Downing Street …, and was in an upbeat mood: “…”" is Starmer’s', () => {
    expect(detect('Keir Starmer hosted the king and Emmanuel Macron in Downing Street on Thursday, and was in an upbeat mood: “We have taken a giant step.”').map((q) => q.speaker?.name ?? null)).toEqual(['Keir Starmer']);
  });
  it('guard: "Pedro Sánchez se reunió con Emmanuel Macron y Giorgia Meloni durante la cumbre: «…»" is Sánchez’s', () => {
    expect(detect('Pedro Sánchez se reunió con Emmanuel Macron y Giorgia Meloni durante la cumbre de Bruselas: «Europa no puede esperar más».').map((q) => q.speaker?.name ?? null)).toEqual(['Pedro Sánchez']);
  });
  it('guard: "… thanked his hosts and Scholz especially: “…”" is Starmer’s', () => {
    expect(detect('Keir Starmer met Emmanuel Macron and Olaf Scholz on Thursday. Afterwards Starmer thanked his hosts and Scholz especially: “Germany has been a true friend.”').map((q) => q.speaker?.name ?? null)).toEqual(['Keir Starmer']);
  });
});
