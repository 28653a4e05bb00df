import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind6-politics-choco-gold-censure",
  split: "blind",
  genre: "politics",
  body: `Colombian senators move to censure mines minister over Chocó gold concession

By Valentina Restrepo Gómez in Bogotá
October 9, 2024 | 7:42 pm

BOGOTÁ — A Colombian Senate committee voted on Tuesday to open a censure debate against the mines and energy minister, Andrés Felipe Rengifo Salazar, over a gold-mining concession that opposition lawmakers say was awarded irregularly to a company with ties to his former staff.

The motion passed the Senate's Fifth Committee by nine votes to four. A debate in the full Senate has been scheduled for 22 October.

Senadora Luz Marina Ortiz Caicedo, who led the request, said the 14,000-hectare concession on the Atrato river in Chocó had been granted in June to Aurífera del Pacífico S.A.S., a company registered only five months earlier.

"This is not an accusation I make lightly," Ortiz told reporters outside the Capitolio. "The file shows the licence was approved in 19 days. The average in the rest of the country is more than two years."

She added that the area overlaps land claimed by two Afro-Colombian community councils that were never consulted.

Senator Luz Marina Ortiz Caicedo during Tuesday's session of the Fifth Committee. Photo: Colprensa

In a post on X on Tuesday night, Ministro Rengifo denied any conflict of interest and accused the senator of "using the communities of the Atrato as a campaign prop."

"I have never met the legal representative of that company," the minister said on Wednesday in an interview with Caracol Radio. "And I did not sign that concession; the National Mining Agency did."

The National Mining Agency (ANM), which is attached to the ministry, said in a statement that the application had met "every technical and legal requirement" and that the environmental licence was still under review. The agency said the approval time was "within the legal terms".

Aurífera del Pacífico's legal representative, Julián Esteban Mosquera Palacios, worked as an adviser in the minister's office until March 2023, according to public contracting records reviewed by this newspaper. In a written reply, the company maintained that Mosquera had left government "more than a year before" it applied.

READ MORE: Government files bill to overhaul the mining code

Senador Jairo Humberto Valencia Rojas, of the governing coalition, argued that the debate was "political theatre" and noted that no court or oversight body had found any irregularity.

He and Ortiz traded barbs again in Wednesday's plenary session: he said the opposition had filed 11 censure motions since 2022 without winning one; she replied that the number "shows how many reasons this government keeps giving us."

According to the Ombudsman's Office, illegal and informal mining already affects 22 of the 30 main tributaries of the Atrato. In 2016 the Constitutional Court recognised the river as a subject of rights and ordered the state to protect it.

With reporting by Colprensa and EFE.`,
  claims: [
    {
      key: "Colombian senators move to censure mines minister over Chocó gold concession",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "A Colombian Senate committee voted on Tuesday to open a censure debate against the mines and energy minister",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Reported speech inside a relative clause ("that opposition lawmakers say ...").
      key: "was awarded irregularly to a company with ties to his former staff",
      claimant: "opposition lawmakers",
      pattern: "said-that",
    },
    {
      key: "The motion passed the Senate's Fifth Committee by nine votes to four",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "A debate in the full Senate has been scheduled for 22 October",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "Senadora" dropped; both surnames kept (longest full-name mention).
      key: "the 14,000-hectare concession on the Atrato river in Chocó had been granted in June to Aurífera del Pacífico S.A.S., a company registered only five months earlier",
      claimant: "Luz Marina Ortiz Caicedo",
      pattern: "said-that",
    },
    {
      // Framing, not checkable.
      key: "This is not an accusation I make lightly",
      claimant: "Luz Marina Ortiz Caicedo",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "The file shows the licence was approved in 19 days",
      claimant: "Luz Marina Ortiz Caicedo",
      pattern: "continuation",
    },
    {
      key: "The average in the rest of the country is more than two years",
      claimant: "Luz Marina Ortiz Caicedo",
      pattern: "continuation",
    },
    {
      key: "the area overlaps land claimed by two Afro-Colombian community councils that were never consulted",
      claimant: "Luz Marina Ortiz Caicedo",
      pattern: "said-that",
    },
    {
      // Denial: the key is the denied content.
      key: "any conflict of interest",
      claimant: "Andrés Felipe Rengifo Salazar",
      pattern: "said-that",
    },
    {
      // Counter-accusation in the same sentence: separate claim.
      key: "using the communities of the Atrato as a campaign prop",
      claimant: "Andrés Felipe Rengifo Salazar",
      pattern: "said-that",
    },
    {
      // Role-only mention ("the minister").
      key: "I have never met the legal representative of that company",
      claimant: "Andrés Felipe Rengifo Salazar",
      pattern: "quote-said-x",
    },
    {
      key: "And I did not sign that concession; the National Mining Agency did",
      claimant: "Andrés Felipe Rengifo Salazar",
      pattern: "continuation",
    },
    {
      key: 'the application had met "every technical and legal requirement"',
      claimant: "National Mining Agency",
      pattern: "said-that",
    },
    {
      key: "the environmental licence was still under review",
      claimant: "National Mining Agency",
      pattern: "said-that",
    },
    {
      // "The agency" = National Mining Agency.
      key: 'the approval time was "within the legal terms"',
      claimant: "National Mining Agency",
      pattern: "said-that",
    },
    {
      key: "worked as an adviser in the minister's office until March 2023",
      claimant: "public contracting records",
      pattern: "according-to",
    },
    {
      // Legal-form suffix "S.A.S." dropped from the organisation's canonical name.
      key: 'Mosquera had left government "more than a year before" it applied',
      claimant: "Aurífera del Pacífico",
      pattern: "said-that",
    },
    {
      // Characterisation.
      key: 'the debate was "political theatre"',
      claimant: "Jairo Humberto Valencia Rojas",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "no court or oversight body had found any irregularity",
      claimant: "Jairo Humberto Valencia Rojas",
      pattern: "said-that",
    },
    {
      // "He" = Valencia (two speakers of different gender in the paragraph).
      key: "the opposition had filed 11 censure motions since 2022 without winning one",
      claimant: "Jairo Humberto Valencia Rojas",
      pattern: "said-that",
    },
    {
      // "she" = Ortiz; rhetorical retort.
      key: "shows how many reasons this government keeps giving us",
      claimant: "Luz Marina Ortiz Caicedo",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "illegal and informal mining already affects 22 of the 30 main tributaries of the Atrato",
      claimant: "Ombudsman's Office",
      pattern: "according-to",
    },
    {
      key: "In 2016 the Constitutional Court recognised the river as a subject of rights and ordered the state to protect it",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By Valentina Restrepo Gómez in Bogotá",
    "October 9, 2024 | 7:42 pm",
    "Senator Luz Marina Ortiz Caicedo during Tuesday's session of the Fifth Committee. Photo: Colprensa",
    "READ MORE: Government files bill to overhaul the mining code",
    "With reporting by Colprensa and EFE.",
  ],
};
