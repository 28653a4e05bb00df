import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind8-climate-fiji-village-relocation",
  split: "blind",
  genre: "climate",
  body: `'We will take our graves with us': Fijian village votes to move inland as seas rise

5:58 am on 24 July 2025

Share this
Share on Twitter
Share on Facebook
Share via email
Share on LinkedIn

Koroi Vatuwaqa, RNZ Pacific Journalist
@KoroiV_RNZ

Houses on the seafront at Naqaravu village in Macuata province. Photo: RNZ Pacific / Koroi Vatuwaqa

The 214 residents of Naqaravu, a coastal village in Fiji's Macuata province, have voted to move to higher ground two kilometres inland, making it the seventh Fijian community to agree to a full relocation because of rising seas.

The village headman, Ratu Semi Delai, told RNZ Pacific that king tides now reached the church steps at least twice a month and that the village's only freshwater well had been spoiled by saltwater in 2023.

"When I was a boy, the beach was 40 metres from my house. Now the sea comes into the kitchen," he said.

"We will take our graves with us. The elders agreed to it at a meeting in May."

The vote was held on 12 July, with 61 of 64 households in favour.

Fiji's Minister for Climate Change, Losana Tikoitoga, said the move would cost an estimated FJ$6.8 million. She said the money would come from the government's climate relocation trust fund, which is supported by New Zealand and Germany.

"No one is forcing Naqaravu to move. This was their decision, and our job is to make sure the new village is safer than the old one," Tikoitoga said.

She stressed that the new site had been surveyed by government geologists and was not at risk of landslides.

Delai, however, said he was worried about the pace. He noted that a neighbouring village, Nabukadra, had waited six years for its relocation to be completed.

Dr Litia Mataitoga, a climate researcher at the University of the South Pacific in Suva, said Fiji had identified more than 40 communities that might need to move within the next 15 years.

"The money is not there for 40 villages," she said. "Each move costs millions, and the international funds are slow and full of paperwork.

"What we are seeing in Naqaravu is people doing the planning themselves because they cannot wait."

Sea levels around Fiji have risen by about 6mm a year since 1993, roughly double the global average, according to the Pacific Community (SPC).

Since 2022, 38 young people from Naqaravu have left for seasonal work in New Zealand and Australia, according to the Macuata Provincial Council.

Fiji completed its first full village relocation under national guidelines, at Nakorovou in Ra province, in 2016.

Related Stories
Kiribati families weigh New Zealand residency ballot
Fiji opens fund to move villages threatened by sea-level rise

Get the RNZ app for ad-free news and current affairs`,
  claims: [
    {
      // The quoted part of the headline is matched by the body quote below.
      key: "Fijian village votes to move inland as seas rise",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "have voted to move to higher ground two kilometres inland",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "Ratu" is a chiefly title, not part of the name.
      key: "king tides now reached the church steps at least twice a month",
      claimant: "Semi Delai",
      pattern: "told",
    },
    {
      key: "the village's only freshwater well had been spoiled by saltwater in 2023",
      claimant: "Semi Delai",
      pattern: "told",
    },
    {
      key: "When I was a boy, the beach was 40 metres from my house",
      claimant: "Semi Delai",
      pattern: "quote-said-x",
    },
    {
      key: "Now the sea comes into the kitchen",
      claimant: "Semi Delai",
      pattern: "quote-said-x",
    },
    {
      // Next paragraph, same speaker, no new attribution.
      key: "We will take our graves with us",
      claimant: "Semi Delai",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "The elders agreed to it at a meeting in May",
      claimant: "Semi Delai",
      pattern: "continuation",
    },
    {
      key: "The vote was held on 12 July, with 61 of 64 households in favour",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the move would cost an estimated FJ$6.8 million",
      claimant: "Losana Tikoitoga",
      pattern: "said-that",
    },
    {
      key: "the money would come from the government's climate relocation trust fund",
      claimant: "Losana Tikoitoga",
      pattern: "said-that",
    },
    {
      key: "No one is forcing Naqaravu to move",
      claimant: "Losana Tikoitoga",
      pattern: "quote-said-x",
    },
    {
      // Statement of purpose.
      key: "This was their decision, and our job is to make sure the new village is safer than the old one",
      claimant: "Losana Tikoitoga",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      // "She" = the minister, not the headman.
      key: "the new site had been surveyed by government geologists and was not at risk of landslides",
      claimant: "Losana Tikoitoga",
      pattern: "said-that",
    },
    {
      // A feeling, not a checkable fact.
      key: "he was worried about the pace",
      claimant: "Semi Delai",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Nabukadra, had waited six years for its relocation to be completed",
      claimant: "Semi Delai",
      pattern: "said-that",
    },
    {
      key: "Fiji had identified more than 40 communities that might need to move within the next 15 years",
      claimant: "Litia Mataitoga",
      pattern: "said-that",
    },
    {
      key: "The money is not there for 40 villages",
      claimant: "Litia Mataitoga",
      pattern: "quote-said-x",
    },
    {
      key: "Each move costs millions, and the international funds are slow and full of paperwork",
      claimant: "Litia Mataitoga",
      pattern: "continuation",
    },
    {
      // Second paragraph of a multi-paragraph quote; an interpretation.
      key: "What we are seeing in Naqaravu is people doing the planning themselves because they cannot wait",
      claimant: "Litia Mataitoga",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "Sea levels around Fiji have risen by about 6mm a year since 1993",
      claimant: "Pacific Community",
      pattern: "according-to",
    },
    {
      key: "38 young people from Naqaravu have left for seasonal work in New Zealand and Australia",
      claimant: "Macuata Provincial Council",
      pattern: "according-to",
    },
    {
      key: "Fiji completed its first full village relocation under national guidelines",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "5:58 am on 24 July 2025",
    "Share this\nShare on Twitter\nShare on Facebook\nShare via email\nShare on LinkedIn",
    "Koroi Vatuwaqa, RNZ Pacific Journalist\n@KoroiV_RNZ",
    "Houses on the seafront at Naqaravu village in Macuata province. Photo: RNZ Pacific / Koroi Vatuwaqa",
    "Related Stories\nKiribati families weigh New Zealand residency ballot\nFiji opens fund to move villages threatened by sea-level rise",
    "Get the RNZ app for ad-free news and current affairs",
  ],
};
