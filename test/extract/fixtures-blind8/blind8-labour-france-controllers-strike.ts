import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind8-labour-france-controllers-strike",
  split: "blind",
  genre: "labour",
  body: `French air traffic controllers’ strike grounds 1,800 flights as unions reject pay offer

Issued on: 03/06/2025 - 14:27Modified: 03/06/2025 - 18:05

3 min Reading time

Passengers wait in the departures hall of Marseille-Provence airport on June 3, 2025. © Clément Roussel, AFP

Text by: FRANCE 24

More than 1,800 flights were cancelled across France on Tuesday as air traffic controllers began a 48-hour strike over staffing and a planned overhaul of their working hours, the Directorate General for Civil Aviation (DGAC) said.

Paris-Orly, Marseille and Nice were the worst hit, and the DGAC has asked airlines to cut half of their scheduled flights at the three airports on Wednesday. It is the fourth walkout by French controllers since January.

“We are not striking for fun. We are 1,200 controllers short, and the ministry knows it,” Sébastien Ferrand, general secretary of the Fédération autonome des contrôleurs (FAC), told France Info radio. “Every summer it is the same story, and every summer passengers pay the price.”

Ferrand, who said last week that controllers had worked 9,000 hours of unpaid overtime in 2024, accused the government of “governing by press release”.

Transport Minister Claire Vautrin called the strike “disproportionate” and said the government’s offer – a €2,100 annual bonus and 180 additional recruits by 2027 – was “the most generous in fifteen years”.

“The door remains open,” she told BFMTV, “but you cannot negotiate with half of France’s flights on the ground.” She added that the reform, which would introduce electronic clock-in at the country’s five control centres, had been recommended by the Cour des comptes in a 2023 report.

In that report, the Cour des comptes said controllers at some centres worked fewer than 100 days a year, a figure the unions dispute.

Hélène Marquet, who represents the CGT’s aviation branch, said her members would join the walkout on Wednesday but maintained that the dispute was “about safety, not money”.

Read more
France’s air traffic controllers: why do they strike so often?
Airlines call for EU rules to protect overflights during strikes

Low-cost carrier Alizé Air said it had cancelled 340 flights and estimated that the two-day strike would cost it about €9 million.

Flights crossing French airspace, including those between Spain and the United Kingdom, were also delayed. According to Eurocontrol, French strikes caused 42 percent of all strike-related delays in European airspace in 2024.

The government has argued that a law passed in 2023, which requires controllers to declare 48 hours in advance whether they will strike, has reduced last-minute cancellations. Vautrin insisted on Tuesday that the law was “working” and noted that airlines had been able to warn passengers two days ahead.

Ferrand said talks with the ministry were scheduled for Thursday, but he conceded that no agreement was likely before the weekend.

Daily newsletter
Receive essential international news every morning
Subscribe

(FRANCE 24 with AFP)

This article has been updated with comments from the transport minister.`,
  claims: [
    {
      key: "French air traffic controllers’ strike grounds 1,800 flights as unions reject pay offer",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "More than 1,800 flights were cancelled across France on Tuesday",
      claimant: "Directorate General for Civil Aviation",
      pattern: "content-said-x",
    },
    {
      // Reporter's own facts; one sentence, one claim.
      key: "Paris-Orly, Marseille and Nice were the worst hit",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "It is the fourth walkout by French controllers since January",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "We are not striking for fun",
      claimant: "Sébastien Ferrand",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "We are 1,200 controllers short, and the ministry knows it",
      claimant: "Sébastien Ferrand",
      pattern: "quote-said-x",
    },
    {
      // Rhetorical.
      key: "Every summer it is the same story, and every summer passengers pay the price",
      claimant: "Sébastien Ferrand",
      pattern: "continuation",
      optional: true,
    },
    {
      // Reported speech inside a relative clause.
      key: "controllers had worked 9,000 hours of unpaid overtime in 2024",
      claimant: "Sébastien Ferrand",
      pattern: "said-that",
    },
    {
      // Accusation of the main clause.
      key: "governing by press release",
      claimant: "Sébastien Ferrand",
      pattern: "said-that",
    },
    {
      // "called the strike 'disproportionate'" is a characterisation, not listed.
      key: "a €2,100 annual bonus and 180 additional recruits by 2027",
      claimant: "Claire Vautrin",
      pattern: "said-that",
    },
    {
      // Speaker in the middle of the quote; the whole sentence is a stance.
      key: "The door remains open",
      claimant: "Claire Vautrin",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // "She" = Vautrin.
      key: "had been recommended by the Cour des comptes in a 2023 report",
      claimant: "Claire Vautrin",
      pattern: "said-that",
    },
    {
      key: "controllers at some centres worked fewer than 100 days a year",
      claimant: "Cour des comptes",
      pattern: "said-that",
    },
    {
      // Announced intention.
      key: "her members would join the walkout on Wednesday",
      claimant: "Hélène Marquet",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "the dispute was “about safety, not money”",
      claimant: "Hélène Marquet",
      pattern: "said-that",
    },
    {
      key: "it had cancelled 340 flights",
      claimant: "Alizé Air",
      pattern: "said-that",
    },
    {
      // Coordinated "and estimated that ..." is a separate claim.
      key: "the two-day strike would cost it about €9 million",
      claimant: "Alizé Air",
      pattern: "said-that",
    },
    {
      key: "Flights crossing French airspace, including those between Spain and the United Kingdom, were also delayed",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "French strikes caused 42 percent of all strike-related delays in European airspace in 2024",
      claimant: "Eurocontrol",
      pattern: "according-to",
    },
    {
      key: "has reduced last-minute cancellations",
      claimant: "government",
      pattern: "said-that",
    },
    {
      key: "the law was “working”",
      claimant: "Claire Vautrin",
      pattern: "said-that",
    },
    {
      key: "airlines had been able to warn passengers two days ahead",
      claimant: "Claire Vautrin",
      pattern: "said-that",
    },
    {
      key: "talks with the ministry were scheduled for Thursday",
      claimant: "Sébastien Ferrand",
      pattern: "said-that",
    },
    {
      key: "no agreement was likely before the weekend",
      claimant: "Sébastien Ferrand",
      pattern: "said-that",
    },
  ],
  nonClaims: [
    "Issued on: 03/06/2025 - 14:27Modified: 03/06/2025 - 18:05",
    "3 min Reading time",
    "Passengers wait in the departures hall of Marseille-Provence airport on June 3, 2025. © Clément Roussel, AFP",
    "Text by: FRANCE 24",
    "Read more\nFrance’s air traffic controllers: why do they strike so often?\nAirlines call for EU rules to protect overflights during strikes",
    "Daily newsletter\nReceive essential international news every morning\nSubscribe",
    "(FRANCE 24 with AFP)",
    "This article has been updated with comments from the transport minister.",
  ],
};
