import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind8-politics-marura-hospital-tender",
  split: "blind",
  genre: "politics",
  body: `Senators summon Marura governor over Sh1.2bn hospital equipment tender

Firm that won the deal was registered three weeks before bids closed, committee says

By OTIENO WAFULA
More by this Author
Wednesday, March 12, 2025

Marura Governor Peter Kiprono Chebet during a past function at the county headquarters. PHOTO | FILE | NMG

A Senate committee has summoned Marura Governor Peter Kiprono Chebet to explain how a Sh1.2 billion contract to equip the county referral hospital was awarded to a company registered just three weeks before the tender closed.

Senate County Public Accounts Committee chairperson Grace Atieno Omondi told journalists at Parliament Buildings on Tuesday that the firm, Jemtek Medical Supplies Ltd, had never supplied medical equipment to any public entity and that its registered office was a residential house in Eldoret.

"This is a company that was born for this tender. Two of its directors are relatives of a senior county official," said Ms Omondi, a nominated senator. "We want the governor to come before us and explain where the money went."

The money, Ms Omondi said, was released in two instalments in June and September last year.

READ: Marura MCAs reject county budget over pending bills

The committee has given Mr Chebet until March 25 to appear.

In a statement sent to newsrooms on Tuesday evening, Governor Chebet denied that his administration had favoured any bidder, saying the tender was "advertised openly and evaluated by professionals." He accused the senator of "doing the bidding of my political rivals ahead of 2027."

"The hospital has waited for these machines since 2021," the governor said, "and I will not apologise for delivering them."

Marura Woman Representative Hon. Faith Chepkemoi Koech also came to the governor's defence. Speaking at a funeral in Kiptoror on Saturday, Hon. Koech claimed the hospital's new CT scanner had already served more than 300 patients. She said residents previously travelled 140 kilometres to Eldoret for scans.

On Monday, police in Marura town fired tear gas to disperse about 200 youths who had blocked the Marura-Iten road to protest over the tender.

Police spokesperson Esther Wambui Gachanja said 11 people were arrested, adding that four officers were injured by stones. She denied that officers had used live ammunition.

Rights group Haki Mashinani alleged in a statement that a 19-year-old student was being treated for a gunshot wound at the same referral hospital. The Nation could not independently verify the claim.

Marura received Sh7.4 billion from the national government in the 2024/25 financial year, according to the Controller of Budget. The county owes suppliers Sh2.1 billion in pending bills.

Additional reporting by Brian Kiprop

Sign up for our Daily Brief newsletter and get the top stories in your inbox every morning.`,
  claims: [
    {
      key: "Senators summon Marura governor over Sh1.2bn hospital equipment tender",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // Deck with an organisation as speaker ("committee says").
      key: "Firm that won the deal was registered three weeks before bids closed",
      claimant: "Senate County Public Accounts Committee",
      pattern: "headline",
      optional: true,
    },
    {
      // Reporter's account of the summons and the contract.
      key: "summoned Marura Governor Peter Kiprono Chebet to explain how a Sh1.2 billion contract",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "had never supplied medical equipment to any public entity",
      claimant: "Grace Atieno Omondi",
      pattern: "told",
    },
    {
      // Second "that"-clause of the same report.
      key: "its registered office was a residential house in Eldoret",
      claimant: "Grace Atieno Omondi",
      pattern: "told",
    },
    {
      // Rhetorical characterisation.
      key: "This is a company that was born for this tender",
      claimant: "Grace Atieno Omondi",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // Title "Ms" is not part of the canonical name.
      key: "Two of its directors are relatives of a senior county official",
      claimant: "Grace Atieno Omondi",
      pattern: "quote-said-x",
    },
    {
      // A demand, not a factual assertion.
      key: "We want the governor to come before us and explain where the money went",
      claimant: "Grace Atieno Omondi",
      pattern: "continuation",
      optional: true,
    },
    {
      // Attribution set off by commas inside the sentence.
      key: "was released in two instalments in June and September last year",
      claimant: "Grace Atieno Omondi",
      pattern: "parenthetical",
    },
    {
      key: "The committee has given Mr Chebet until March 25 to appear",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Denial: key is the denied content.
      key: "his administration had favoured any bidder",
      claimant: "Peter Kiprono Chebet",
      pattern: "said-that",
    },
    {
      key: 'the tender was "advertised openly and evaluated by professionals',
      claimant: "Peter Kiprono Chebet",
      pattern: "said-that",
    },
    {
      // Counter-accusation; "He" = the governor, "the senator" = Omondi.
      key: "doing the bidding of my political rivals ahead of 2027",
      claimant: "Peter Kiprono Chebet",
      pattern: "said-that",
    },
    {
      // Role-only speaker in the middle of the quote; the second half is a stance, not a claim.
      key: "The hospital has waited for these machines since 2021",
      claimant: "Peter Kiprono Chebet",
      pattern: "quote-said-x",
    },
    {
      // "Hon." is a title.
      key: "the hospital's new CT scanner had already served more than 300 patients",
      claimant: "Faith Chepkemoi Koech",
      pattern: "said-that",
    },
    {
      key: "residents previously travelled 140 kilometres to Eldoret for scans",
      claimant: "Faith Chepkemoi Koech",
      pattern: "said-that",
    },
    {
      key: "police in Marura town fired tear gas to disperse about 200 youths",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "11 people were arrested",
      claimant: "Esther Wambui Gachanja",
      pattern: "said-that",
    },
    {
      // Coordinated ", adding that ..." is a separate claim.
      key: "four officers were injured by stones",
      claimant: "Esther Wambui Gachanja",
      pattern: "said-that",
    },
    {
      // Denial: key is the denied content.
      key: "officers had used live ammunition",
      claimant: "Esther Wambui Gachanja",
      pattern: "said-that",
    },
    {
      key: "a 19-year-old student was being treated for a gunshot wound at the same referral hospital",
      claimant: "Haki Mashinani",
      pattern: "said-that",
    },
    {
      key: "Marura received Sh7.4 billion from the national government in the 2024/25 financial year",
      claimant: "Controller of Budget",
      pattern: "according-to",
    },
    {
      key: "The county owes suppliers Sh2.1 billion in pending bills",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By OTIENO WAFULA\nMore by this Author\nWednesday, March 12, 2025",
    "Marura Governor Peter Kiprono Chebet during a past function at the county headquarters. PHOTO | FILE | NMG",
    "READ: Marura MCAs reject county budget over pending bills",
    "The Nation could not independently verify the claim.",
    "Additional reporting by Brian Kiprop",
    "Sign up for our Daily Brief newsletter and get the top stories in your inbox every morning.",
  ],
};
