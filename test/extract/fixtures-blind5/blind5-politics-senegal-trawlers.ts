import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind5-politics-senegal-trawlers",
  split: "blind",
  genre: "politics",
  body: `Senegal suspends licences of 37 foreign trawlers over sardinella collapse

DAKAR, Sept 9 (Atlantic Wire) - Senegal's government on Tuesday suspended the fishing licences of 37 foreign-flagged industrial trawlers for six months, in what Fisheries Minister Aminata Sow Diallo said was an emergency measure to stop the collapse of the country's sardinella stocks.

The suspension, decided at the weekly cabinet meeting, covers vessels flagged in China, Turkey, Belize and four European Union states, according to a list published by the Ministry of Fisheries and Maritime Economy late on Tuesday.

Sow Diallo told reporters after the meeting that catches of round sardinella by the artisanal fleet had fallen by nearly 40% between 2019 and 2024, and that fishmeal factories on the coast were buying fish that should be feeding Senegalese families.

"We are not closing the sea. We are giving it time to recover," she said. "Our own scientists estimate that without a pause the stock could collapse within five years."

She added that the government would compensate around 2,000 workers at the country's 11 fishmeal plants for lost wages, at a cost of 4.5 billion CFA francs ($8 million).

Fishing employs about 600,000 people in Senegal directly or indirectly, and fish provide around 70% of the animal protein Senegalese eat.

Moussa Thiam, a deputy from the opposition Alliance for a New Senegal who sits on the National Assembly's fisheries committee, argued that the suspension covered only a fraction of the roughly 130 industrial vessels licensed to fish in Senegalese waters.

"Every government finds a foreign boat to blame," Thiam said in a telephone interview with Atlantic Wire. "The real question is who owns the fishmeal factories. Several of them are partly owned by people close to this government, and the minister knows it."

Government spokesman Ibrahima Faye denied that any cabinet member had a stake in the fishmeal industry and accused the opposition of "defending the factories while pretending to defend the fishermen".

Faye insisted the list of suspended vessels had been drawn up by the ministry's technical services "without any political interference".

The Association of Fishmeal Producers of Senegal said in a statement that the suspension would force several plants to close and put "thousands of jobs" at risk. It said its members mainly processed fish that artisanal fishermen could not sell at markets.

In Kayar, a fishing town about 60 km (37 miles) north of Dakar, boat owner Mamadou Seck, 54, said his crew's catch had fallen to about a third of what it was a decade ago.

"At night we still see their lights on the horizon," he said. "Who is going to go out there and check?"

(Reporting by Cheikh Mbaye; Writing by Hélène Baptiste; Editing by Mark Odell)`,
  claims: [
    {
      key: "Senegal suspends licences of 37 foreign trawlers over sardinella collapse",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "suspended the fishing licences of 37 foreign-flagged industrial trawlers for six months",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Reported speech inside a subordinate clause ("in what X said was ..."): still an
      // attributed assertion of the minister, whose full name appears only here.
      key: "an emergency measure to stop the collapse of the country's sardinella stocks",
      claimant: "Aminata Sow Diallo",
      pattern: "said-that",
    },
    {
      key: "covers vessels flagged in China, Turkey, Belize and four European Union states",
      claimant: "Ministry of Fisheries and Maritime Economy",
      pattern: "according-to",
    },
    {
      key: "catches of round sardinella by the artisanal fleet had fallen by nearly 40% between 2019 and 2024",
      claimant: "Aminata Sow Diallo",
      pattern: "told",
    },
    {
      // Second "that"-clause of the same report: a separate claim.
      key: "fishmeal factories on the coast were buying fish that should be feeding Senegalese families",
      claimant: "Aminata Sow Diallo",
      pattern: "told",
    },
    {
      // Rhetorical framing, barely checkable.
      key: "We are not closing the sea",
      claimant: "Aminata Sow Diallo",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "We are giving it time to recover",
      claimant: "Aminata Sow Diallo",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "Our own scientists estimate that without a pause the stock could collapse within five years",
      claimant: "Aminata Sow Diallo",
      pattern: "continuation",
    },
    {
      // "She" refers back across the paragraph to the minister.
      key: "the government would compensate around 2,000 workers at the country's 11 fishmeal plants",
      claimant: "Aminata Sow Diallo",
      pattern: "said-that",
    },
    {
      key: "Fishing employs about 600,000 people in Senegal directly or indirectly",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the suspension covered only a fraction of the roughly 130 industrial vessels licensed to fish in Senegalese waters",
      claimant: "Moussa Thiam",
      pattern: "said-that",
    },
    {
      // Opinionated generalisation.
      key: "Every government finds a foreign boat to blame",
      claimant: "Moussa Thiam",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // Framing of a question rather than an assertion.
      key: "The real question is who owns the fishmeal factories",
      claimant: "Moussa Thiam",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "Several of them are partly owned by people close to this government",
      claimant: "Moussa Thiam",
      pattern: "continuation",
    },
    {
      // The denier is the claimant of the denied content.
      key: "any cabinet member had a stake in the fishmeal industry",
      claimant: "Ibrahima Faye",
      pattern: "said-that",
    },
    {
      key: "defending the factories while pretending to defend the fishermen",
      claimant: "Ibrahima Faye",
      pattern: "said-that",
    },
    {
      key: "the list of suspended vessels had been drawn up by the ministry's technical services",
      claimant: "Ibrahima Faye",
      pattern: "said-that",
    },
    {
      key: "the suspension would force several plants to close",
      claimant: "Association of Fishmeal Producers of Senegal",
      pattern: "said-that",
    },
    {
      // Second conjunct under the same "said"; vague figure.
      key: 'put "thousands of jobs" at risk',
      claimant: "Association of Fishmeal Producers of Senegal",
      pattern: "said-that",
      optional: true,
    },
    {
      // "It" = the association.
      key: "its members mainly processed fish that artisanal fishermen could not sell at markets",
      claimant: "Association of Fishmeal Producers of Senegal",
      pattern: "said-that",
    },
    {
      key: "his crew's catch had fallen to about a third of what it was a decade ago",
      claimant: "Mamadou Seck",
      pattern: "said-that",
    },
    {
      // Anecdotal observation.
      key: "At night we still see their lights on the horizon",
      claimant: "Mamadou Seck",
      pattern: "quote-said-x",
      optional: true,
    },
  ],
  nonClaims: ["(Reporting by Cheikh Mbaye; Writing by Hélène Baptiste; Editing by Mark Odell)"],
};
