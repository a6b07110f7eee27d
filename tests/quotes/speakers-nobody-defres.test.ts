import { describe, expect, it } from 'vitest';
import { detect, speakers } from './helpers';

describe('French and Spanish: a relative clause after a name reports its words', () => {
  it('"X, qui a dénoncé …", "X, que ha defendido …": an auxiliary between the relative and its verb', () => {
    expect(speakers('La réunion a commencé tard.', 'Le texte est soutenu par Hélène Marchetti, qui a dénoncé un chantier « mené à la va-vite ».')).toEqual(['Hélène Marchetti']);
    expect(speakers('La sesión empezó tarde.', 'La propuesta cuenta con Elena Ruiz, que ha defendido un modelo «más abierto».')).toEqual(['Elena Ruiz']);
  });

  it('"X, 68 ans, président de …, qui dénonce …": the name before a short apposition', () => {
    expect(speakers('La réunion a commencé tard.', 'Une plainte reprise par Paul Lemercier, 68 ans, président du comité de quartier, qui dénonce une rue « laissée à l’abandon ».')).toEqual(['Paul Lemercier']);
    expect(speakers('La sesión empezó tarde.', 'La apoya Elena Ruiz, de 58 años, exministra de Cultura, que ha defendido un modelo «más abierto».')).toEqual(['Elena Ruiz']);
  });

  it('"X, que dirige … y que ha defendido …": the second of two joined relatives has the first one’s antecedent', () => {
    expect(speakers('La sesión empezó tarde.', 'La apoya Elena Ruiz, que dirige el festival desde 2019 y que ha defendido un modelo «más abierto».')).toEqual(['Elena Ruiz']);
  });

  it('guards: a relative after a clause about someone else is not the name’s', () => {
    // "qui" is the unnamed president's, not Jean Dupont's (whose own sentence subject it stays, as before).
    expect(speakers('La réunion a commencé tard.', 'Jean Dupont a reçu le président de la région, qui a dénoncé un projet « mal ficelé ».')).toEqual(['Jean Dupont']);
    // A phrase of place and time is no apposition: the name is not taken across it.
    expect(speakers('La sesión empezó tarde.', 'Habló con Pedro Gómez, tras la reunión con los vecinos, que ha calificado de «inaceptable».')).not.toContain('Pedro Gómez');
  });
});

describe('French and Spanish: an incise whose verb no list has', () => {
  it('"« … », s’est amusé X", "« … », a balayé X", "«…», se ha quejado X": auxiliary, participle, then the name', () => {
    const lead = 'Le maire Paul Morel a ouvert la séance. « Nous tiendrons le budget », a-t-il dit.';
    expect(speakers(lead, 'Sa rivale Claire Vautrin a répondu plus tard.', '« Le budget est une fiction, rien de plus », s’est amusée Claire Vautrin, sans détailler.')).toEqual(['Paul Morel', 'Claire Vautrin']);
    expect(speakers(lead, 'Sa rivale Claire Vautrin a répondu plus tard.', '« Le budget est une fiction, rien de plus », a balayé Claire Vautrin devant la presse.')).toEqual(['Paul Morel', 'Claire Vautrin']);
    expect(speakers('La sesión empezó tarde.', 'La concejala Marta Ibáñez pidió la palabra.', '«Esto no es un presupuesto, es una lista de deseos», se ha quejado Ibáñez.')).toEqual(['Marta Ibáñez']);
  });

  it('"« … », a-t-elle balayé": the pronoun riding on the auxiliary names the speaker (not a guess from the text around)', () => {
    const quotes = detect('Le maire Paul Morel a ouvert la séance. « Nous tiendrons le budget », a-t-il dit.', 'Claire Vautrin, son adjointe, a écouté sans broncher.', '« Ce budget ne tient pas debout, voilà tout », a-t-elle balayé.');
    expect(quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.mention ?? null])).toEqual([['Paul Morel', 'a-t-il'], ['Claire Vautrin', 'a-t-elle']]);
  });

  it('guards: a title, or a clause that goes on after the name, is no incise', () => {
    expect(speakers('Le conseil municipal s’est réuni hier.', 'La soirée « Jazz au port », a réuni Marie Roux et ses amis.')).toEqual([null]);
    expect(speakers('Le conseil municipal s’est réuni hier.', 'Il a lu « Le Petit Prince », a vu Marie Roux hier.')).toEqual([null]);
  });
});

describe('German: "ein" before a noun is the article, not the particle of "räumte … ein"', () => {
  const GERMAN = 'Die Stadt und der Kreis sind sich nicht einig, das ist für die Anwohner mit dem Streit auch nicht leicht und wird sich so schnell nicht ändern.';
  const lead = '„Die Mieten steigen schneller als die Löhne“, sagt die Ökonomin Marlene Vogt.';

  it('"Ziehe ein Haushalt an den Stadtrand, spare er „…“": the reported speech goes on with the one just quoted', () => {
    expect(speakers(GERMAN, `${lead} Ziehe ein Haushalt an den Stadtrand, spare er mitunter „ein Drittel der Miete“.`)).toEqual(['Marlene Vogt', 'Marlene Vogt']);
  });

  it('guards: "Ein Sprecher … hielt dagegen" is still someone unnamed; the particle before a colon still reports', () => {
    expect(speakers(GERMAN, `${lead} Ein Sprecher der Stadt hielt dagegen, man habe „alle Mieter“ früh informiert.`)).toEqual(['Marlene Vogt', null]);
    expect(speakers(GERMAN, `${lead} Ein Ratsmitglied, das nicht genannt werden wollte, hielt dagegen, die Lage sei „ernst, aber lösbar“.`)).toEqual(['Marlene Vogt', null]);
    expect(speakers(GERMAN, 'Der Minister Karl Brenner war lange still. Dann räumte er ein: „Wir haben zu spät gehandelt.“')).toEqual(['Karl Brenner']);
  });
});

describe('German "der" before a noun in -in', () => {
  const GERMAN = 'Die Stadt und der Kreis sind sich nicht einig, das ist für die Anwohner mit dem Streit auch nicht leicht und wird sich so schnell nicht ändern.';

  it('is feminine: "laut der Ministerin" is the woman who holds the office', () => {
    expect(speakers(GERMAN, 'Die Ministerin Henrike Vollrath stellte den Plan vor. Der Bürgermeister Paul Kurz lobte ihn.', 'Auf dem Gelände soll laut der Ministerin „ein ganzes Viertel für 25 000 Menschen“ entstehen.')).toEqual(['Henrike Vollrath']);
  });
});

describe('A second quote in the sentence of one already given to someone goes on with them', () => {
  it('stops at a body or a document that speaks for itself in between (review)', () => {
    expect(speakers('La ministra de Trabajo, Ana Ruiz, compareció ayer.', 'Ruiz calificó la huelga de «ilegal», pero la empresa replicó que el decreto era «un atropello».')).toEqual(['Ana Ruiz', null]);
    expect(speakers('Marine Tondelier a dénoncé une décision « inacceptable », alors que le ministère a évoqué « une mesure nécessaire ».')).toEqual(['Marine Tondelier', null]);
    expect(speakers('Paul Girard dirige le syndicat.', 'Girard a qualifié la grève d’« illégale », mais l’entreprise a répliqué que le décret était « un scandale ».')).toEqual(['Paul Girard', null]);
  });

  const GERMAN = 'Die Stadt und der Kreis sind sich nicht einig, das ist für die Anwohner mit dem Streit auch nicht leicht und wird sich so schnell nicht ändern.';

  it('"descartó «…» y pidió … «…»", "a regretté X, évoquant aussi un « … »": a coordinated verb or a participle', () => {
    expect(speakers('La ministra Ana Gil habló. El presidente, Hernán Aravena, informó de una participación alta.', 'El responsable electoral descartó «cualquier fraude grave» y pidió a los partidos que lleven sus quejas «por la vía legal».')).toEqual(['Hernán Aravena', 'Hernán Aravena']);
    expect(speakers('Le maire Paul Morel a parlé.', 'Karim Belhadj, le capitaine, était déçu. « On n’a pas mis l’intensité », avait regretté le milieu de terrain au micro du club, évoquant aussi un « manque de caractère ».')).toEqual(['Karim Belhadj', 'Karim Belhadj']);
  });

  it('"hätten die Preise „…“ angehoben, senkten sie nun aber „…“": German reported speech going on', () => {
    expect(speakers(GERMAN, '„Die Entlastung kommt zu spät“, sagt die Verbraucherschützerin Sabine Wiegand. Die Versorger hätten die Preise „in Rekordzeit“ angehoben, senkten sie nun aber „im Schneckentempo“.')).toEqual(['Sabine Wiegand', 'Sabine Wiegand', 'Sabine Wiegand']);
  });

  it('guards: a document or someone else between the two quotes is another subject', () => {
    expect(speakers('La séance a commencé tard.', 'Paul Morel a qualifié le plan de « téméraire » et a cité un rapport qui évoquait des « risques graves ».')).toEqual(['Paul Morel', null]);
    expect(speakers('La séance a commencé tard.', 'Paul Morel a qualifié le plan de « téméraire », et un voisin a parlé d’un quartier « à l’abandon ».')).not.toEqual(['Paul Morel', 'Paul Morel']);
  });
});

describe('French and Spanish: a quote inside the subject is no incise', () => {
  it('"X, qui … « … », a reçu Y", "X, « … », a battu Y": the object of the main verb is no speaker', () => {
    expect(speakers('Le président, qui avait qualifié la grève d’« inacceptable », a reçu Sophie Martin à l’Élysée.')).toEqual([null]);
    expect(speakers('Le Serbe, « très fatigué », a battu Carlos Alcaraz en finale.')).toEqual([null]);
    expect(speakers('La ministre, qui juge la réforme « indispensable », a rencontré Marie Lefèvre devant la presse.')).toEqual([null]);
    expect(speakers('La selección, «muy motivada», ha recibido Pedro Gil en el aeropuerto.')).toEqual([null]);
  });

  it('guards: the incise after a complete main clause or a colon still names the speaker', () => {
    expect(speakers('Le conseil municipal s’est réuni hier.', 'Le projet est « une folie pure et simple », a balayé Marie Roux devant la presse.')).toEqual(['Marie Roux']);
    expect(speakers('Le conseil municipal s’est réuni hier.', 'Le ton est monté : « Ce budget est une fiction, rien de plus », a balayé Marie Roux.')).toEqual(['Marie Roux']);
  });
});

describe('Spanish: "que" after an aside that follows a reporting verb opens its object clause', () => {
  it('"X recordó, en presencia de Y, que lo había …": the words are X\'s', () => {
    expect(speakers('La ministra Ana Ruiz recordó, en presencia de Pedro Gil, que lo había defendido como «un proyecto de país».')).toEqual(['Ana Ruiz']);
    expect(speakers('La ministra Ana Ruiz explicó a los periodistas, tras reunirse con el alcalde Pedro Gil, que ha calificado el acuerdo de «histórico».')).toEqual(['Ana Ruiz']);
    expect(speakers('La sesión empezó tarde.', 'La ministra Ana Ruiz recordó, en presencia de Pedro Gil, que defendió el proyecto como «un proyecto de país».')).toEqual(['Ana Ruiz']);
  });

  it('guard: a relative right after its antecedent in the clause still reports for it', () => {
    expect(speakers('La sesión empezó tarde.', 'La concejala se reunió con Pedro Gil, que ha calificado el acuerdo de «histórico».')).toEqual(['Pedro Gil']);
    expect(speakers('La sesión empezó tarde.', 'La ministra Ana Ruiz recibió, en su despacho, a Pedro Gil, que ha calificado el acuerdo de «histórico».')).toEqual(['Pedro Gil']);
  });
});

describe('German: "ein" that ends its clause is the particle of "räumte … ein"', () => {
  const GERMAN = 'Die Stadt und der Kreis sind sich nicht einig, das ist für die Anwohner mit dem Streit auch nicht leicht und wird sich so schnell nicht ändern.';
  const lead = '„Die Mieten steigen schneller als die Löhne“, sagt die Ökonomin Marlene Vogt.';
  it('"Zuletzt räumte auch Brenner ein, Fehler seien „…“": the one who conceded, not the one quoted before', () => {
    const brenner = 'Der Bürgermeister Karl Brenner war lange still.';
    expect(speakers(GERMAN, `${brenner} ${lead} Zuletzt räumte auch Brenner ein, Fehler seien „bedauerlich“ gewesen.`)).toEqual(['Marlene Vogt', 'Karl Brenner']);
    expect(speakers(GERMAN, `${brenner} ${lead} Das räumte Brenner ein, Fehler seien „bedauerlich“ gewesen.`)).toEqual(['Marlene Vogt', 'Karl Brenner']);
  });
});

describe('Spanish: "que" opens a reporting verb\'s object clause only after an aside, not after a clause of its own', () => {
  it('"Según explicó ayer, Ruiz se reunió con … Pedro Gil, que calificó …": the relative reports for Pedro Gil', () => {
    expect(speakers('La ministra Ana Ruiz viajó a Sevilla.', 'Según explicó ayer, Ruiz se reunió con el alcalde Pedro Gil, que calificó la ley de «injusta».')).toEqual(['Pedro Gil']);
    expect(speakers('La ministra Ana Ruiz viajó a Sevilla.', 'Como anunció el lunes, Ruiz se reunió con el alcalde Pedro Gil, que calificó la ley de «injusta».')).toEqual(['Pedro Gil']);
  });
});

describe('French: an opening phrase or a conjunction "que" before the quote leaves the incise its speaker', () => {
  it('"Il faut dire que tout était « … », a taclé X", "Pour nous, c’est « … », a taclé X": X', () => {
    expect(speakers('Le président Pablo Longoria a salué le travail du groupe.', 'Il faut dire que tout était « à revoir », a taclé Karim Dambrine.')).toEqual(['Karim Dambrine']);
    expect(speakers('Pour nous, c\'est « un échec », a taclé Karim Dambrine.')).toEqual(['Karim Dambrine']);
  });
  it('guard: a relative of a noun or a name before the quote still keeps it inside the subject', () => {
    expect(speakers('Le joueur que tout le monde disait « très fatigué », a battu Carlos Alcaraz en finale.')).toEqual([null]);
    expect(speakers('Le Serbe qui se disait « très fatigué », a battu Carlos Alcaraz en finale.')).toEqual([null]);
    expect(speakers('La selección que todos creían «muy cansada», ha recibido Pedro Gil en el aeropuerto.')).toEqual([null]);
  });
});
