import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind3-election-cape-verde",
  split: "blind",
  genre: "politics",
  body: `Cape Verde opposition demands recount as ruling party claims narrow wins

By Sofia Brandão

PRAIA, Cape Verde — Cape Verde's main opposition party on Monday demanded a recount in three municipalities where provisional results published by the National Elections Commission showed the ruling party winning Sunday's local elections by fewer than 900 votes.

The country's chief election commissioner, Maria da Graça Monteiro, said turnout had reached 58.4%, the highest in a local vote since 2008, and that no formal complaints had been lodged at any of the 1,214 polling stations by the time counting ended.

"The process was calm, transparent and observed by all parties at every table," Monteiro told a news conference in Praia. She said final results would be published within eight days.

According to the commission's provisional figures, the Movement for Democracy (MpD) won 14 of the country's 22 municipal councils, down from 18 in 2020, while the African Party for the Independence of Cape Verde (PAICV) took seven. An independent list won in Ribeira Grande.

PAICV secretary-general Edson Fortes Varela accused the government of using public works vans to carry voters to polling stations in São Vicente and Santa Catarina, and said his party had collected statements from 43 witnesses.

"We are not asking for anything extraordinary. We are asking that every ballot in these three councils be counted again in front of both parties," Varela said.

The commissioner rejected the allegation that state vehicles had been misused, saying the commission had received no evidence of it. Monteiro added that any party could ask the Constitutional Court for a recount within 48 hours of the provisional results being published, as the electoral code requires.

Observers from the Economic Community of West African States said in a preliminary statement that voting had been "largely orderly", though they noted delays of up to three hours in opening polling stations on the island of Fogo.

MpD spokesman Arlindo Correia said the ruling party "respects the institutions" and would accept a recount if the court ordered one.

Cape Verde, an archipelago of about 590,000 people off the coast of West Africa, has seen peaceful transfers of power between its two main parties since its first multiparty elections in 1991.

Voters queue outside a polling station in Praia on Sunday. Photo: Inforpress`,
  claims: [
    {
      key: "Cape Verde opposition demands recount as ruling party claims narrow wins",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "demanded a recount in three municipalities",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Embedded "results ... showed" inside the same sentence; counting it separately is fine.
      key: "showed the ruling party winning Sunday's local elections by fewer than 900 votes",
      claimant: "National Elections Commission",
      pattern: "according-to",
      optional: true,
    },
    {
      // Role introduced before the name; the canonical claimant is the full name without role.
      key: "turnout had reached 58.4%, the highest in a local vote since 2008",
      claimant: "Maria da Graça Monteiro",
      pattern: "said-that",
    },
    {
      key: "no formal complaints had been lodged at any of the 1,214 polling stations",
      claimant: "Maria da Graça Monteiro",
      pattern: "said-that",
    },
    {
      key: "The process was calm, transparent and observed by all parties at every table",
      claimant: "Maria da Graça Monteiro",
      pattern: "quote-said-x",
    },
    {
      key: "final results would be published within eight days",
      claimant: "Maria da Graça Monteiro",
      pattern: "said-that",
    },
    {
      key: "the Movement for Democracy (MpD) won 14 of the country's 22 municipal councils",
      claimant: "National Elections Commission",
      pattern: "according-to",
    },
    {
      key: "An independent list won in Ribeira Grande",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "using public works vans to carry voters to polling stations in São Vicente and Santa Catarina",
      claimant: "Edson Fortes Varela",
      pattern: "said-that",
    },
    {
      key: "his party had collected statements from 43 witnesses",
      claimant: "Edson Fortes Varela",
      pattern: "said-that",
    },
    {
      key: "We are not asking for anything extraordinary",
      claimant: "Edson Fortes Varela",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "We are asking that every ballot in these three councils be counted again",
      claimant: "Edson Fortes Varela",
      pattern: "quote-said-x",
    },
    {
      // "The commissioner" refers back to Maria da Graça Monteiro; the denier is the claimant.
      key: "state vehicles had been misused",
      claimant: "Maria da Graça Monteiro",
      pattern: "said-that",
    },
    {
      key: "the commission had received no evidence of it",
      claimant: "Maria da Graça Monteiro",
      pattern: "said-that",
    },
    {
      key: "any party could ask the Constitutional Court for a recount within 48 hours",
      claimant: "Maria da Graça Monteiro",
      pattern: "said-that",
    },
    {
      // Unnamed group: the noun phrase as written, without the leading article.
      key: 'voting had been "largely orderly"',
      claimant: "Observers from the Economic Community of West African States",
      pattern: "said-that",
    },
    {
      key: "delays of up to three hours in opening polling stations on the island of Fogo",
      claimant: "Observers from the Economic Community of West African States",
      pattern: "said-that",
    },
    {
      key: 'the ruling party "respects the institutions"',
      claimant: "Arlindo Correia",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "would accept a recount if the court ordered one",
      claimant: "Arlindo Correia",
      pattern: "said-that",
    },
    {
      key: "has seen peaceful transfers of power between its two main parties since its first multiparty elections in 1991",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By Sofia Brandão",
    "Voters queue outside a polling station in Praia on Sunday.",
    "Photo: Inforpress",
  ],
};
