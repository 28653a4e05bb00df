import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind7-politics-quebec-wind-contract",
  split: "blind",
  genre: "politics",
  body: `Quebec premier defends $4.2B wind contract as opposition calls for ethics probe

Liberal MNA says winning bidder hired ex-minister's aide weeks before bids closed

Émilie Fortier · CBC News · Posted: Apr 08, 2025 4:12 PM EDT | Last Updated: April 8

Premier Luc Bérubé speaks to reporters at the National Assembly in Quebec City on Tuesday. (Jacques Proulx/The Canadian Press)

Quebec Premier Luc Bérubé on Tuesday defended a $4.2-billion contract awarded to a Gaspé wind consortium, insisting the tendering process was "clean from start to finish" despite opposition demands for an ethics investigation.

The 25-year agreement, signed by Hydro-Québec in February, covers 1,100 megawatts of capacity from three wind farms in the Gaspé Peninsula and the Lower St. Lawrence.

Liberal MNA Sarah Whitcombe told the National Assembly that the winning bidder, Éolien Chic-Chocs, had hired a former energy minister's chief of staff as a lobbyist six weeks before bids closed.

"The other two bidders came in lower. We have the documents," Whitcombe said during question period. "So the question for the premier is simple: why did Quebecers pay more?"

Bérubé said the bids were evaluated by an independent committee at Hydro-Québec and that price accounted for only 60 per cent of the score, with the rest based on local content and Indigenous partnerships.

"Nobody in my office, nobody in cabinet, touched this file," the premier told reporters after question period. "If the member has proof of wrongdoing, she should repeat it outside this chamber, where she doesn't have immunity."

Whitcombe said her party had sent a formal complaint to the province's ethics commissioner on Monday. Bérubé said he would not oppose a review by the auditor general, but he noted that the ethics commissioner has no jurisdiction over Hydro-Québec's procurement.

The former chief of staff, Marc-André Gagnon, denied lobbying anyone involved in the evaluation. In a statement to CBC News, he said he had registered with Quebec's lobbyists commissioner in October 2024 and accused the Liberals of "smearing a private citizen to score points."

Energy Minister Nadia Ouellet said the three projects would create about 1,800 construction jobs. The contract price of 7.9 cents per kilowatt-hour was below the average of Hydro-Québec's last two wind tenders, the minister added.

Hydro-Québec said in a statement that the two lower bids "were not directly comparable" because neither included the cost of connecting to the transmission grid.

The lowest of the three bids was 6.8 cents per kilowatt-hour, according to the Liberal documents.

Parti Québécois MNA Joël Arseneault argued that Hydro-Québec had paid above-market prices in two of its last three wind tenders, and called on the government to publish the full scoring grid.

Bérubé's government holds 79 of the 125 seats in the National Assembly. The next provincial election is scheduled for October 2026.

With files from Radio-Canada's Mathieu Lavoie

RELATED STORIES
Hydro-Québec signs record wind deal with Gaspé consortium
Quebec lobbyists commissioner to review registry rules

Corrections and clarifications | Submit a news tip | Report error`,
  claims: [
    {
      key: "Quebec premier defends $4.2B wind contract as opposition calls for ethics probe",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // Deck with a role-only speaker ("Liberal MNA says").
      key: "winning bidder hired ex-minister's aide weeks before bids closed",
      claimant: "Sarah Whitcombe",
      pattern: "headline",
      optional: true,
    },
    {
      // Main clause is the reporter's account of the event; the "insisting" clause is Bérubé's.
      key: "defended a $4.2-billion contract awarded to a Gaspé wind consortium",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: 'the tendering process was "clean from start to finish"',
      claimant: "Luc Bérubé",
      pattern: "said-that",
    },
    {
      key: "covers 1,100 megawatts of capacity from three wind farms in the Gaspé Peninsula",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "had hired a former energy minister's chief of staff as a lobbyist six weeks before bids closed",
      claimant: "Sarah Whitcombe",
      pattern: "told",
    },
    {
      key: "The other two bidders came in lower",
      claimant: "Sarah Whitcombe",
      pattern: "quote-said-x",
    },
    {
      // Very short, but asserts possession of evidence.
      key: "We have the documents",
      claimant: "Sarah Whitcombe",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "the bids were evaluated by an independent committee at Hydro-Québec",
      claimant: "Luc Bérubé",
      pattern: "said-that",
    },
    {
      // Second "that"-clause of the same report.
      key: "price accounted for only 60 per cent of the score",
      claimant: "Luc Bérubé",
      pattern: "said-that",
    },
    {
      // Role-only mention ("the premier told reporters").
      key: "Nobody in my office, nobody in cabinet, touched this file",
      claimant: "Luc Bérubé",
      pattern: "quote-said-x",
    },
    {
      // A challenge to the opposition rather than a factual assertion.
      key: "If the member has proof of wrongdoing, she should repeat it outside this chamber",
      claimant: "Luc Bérubé",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "her party had sent a formal complaint to the province's ethics commissioner on Monday",
      claimant: "Sarah Whitcombe",
      pattern: "said-that",
    },
    {
      // Stated intention.
      key: "he would not oppose a review by the auditor general",
      claimant: "Luc Bérubé",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "the ethics commissioner has no jurisdiction over Hydro-Québec's procurement",
      claimant: "Luc Bérubé",
      pattern: "said-that",
    },
    {
      // Denial: key is the denied content.
      key: "lobbying anyone involved in the evaluation",
      claimant: "Marc-André Gagnon",
      pattern: "said-that",
    },
    {
      key: "he had registered with Quebec's lobbyists commissioner in October 2024",
      claimant: "Marc-André Gagnon",
      pattern: "said-that",
    },
    {
      // Counter-accusation coordinated with the previous report.
      key: "smearing a private citizen to score points",
      claimant: "Marc-André Gagnon",
      pattern: "said-that",
    },
    {
      key: "the three projects would create about 1,800 construction jobs",
      claimant: "Nadia Ouellet",
      pattern: "said-that",
    },
    {
      // Role-only attribution after the content ("the minister added").
      key: "The contract price of 7.9 cents per kilowatt-hour was below the average of Hydro-Québec's last two wind tenders",
      claimant: "Nadia Ouellet",
      pattern: "content-said-x",
    },
    {
      key: 'the two lower bids "were not directly comparable" because neither included the cost of connecting to the transmission grid',
      claimant: "Hydro-Québec",
      pattern: "said-that",
    },
    {
      key: "The lowest of the three bids was 6.8 cents per kilowatt-hour",
      claimant: "Liberal documents",
      pattern: "according-to",
    },
    {
      // The coordinated "called on ..." is a demand, not a claim.
      key: "Hydro-Québec had paid above-market prices in two of its last three wind tenders",
      claimant: "Joël Arseneault",
      pattern: "said-that",
    },
    {
      key: "Bérubé's government holds 79 of the 125 seats in the National Assembly",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The next provincial election is scheduled for October 2026",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "Émilie Fortier · CBC News · Posted: Apr 08, 2025 4:12 PM EDT | Last Updated: April 8",
    "Premier Luc Bérubé speaks to reporters at the National Assembly in Quebec City on Tuesday. (Jacques Proulx/The Canadian Press)",
    "With files from Radio-Canada's Mathieu Lavoie",
    "RELATED STORIES",
    "Hydro-Québec signs record wind deal with Gaspé consortium",
    "Quebec lobbyists commissioner to review registry rules",
    "Corrections and clarifications | Submit a news tip | Report error",
  ],
};
