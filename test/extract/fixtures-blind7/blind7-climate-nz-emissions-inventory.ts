import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind7-climate-nz-emissions-inventory",
  split: "blind",
  genre: "climate",
  body: `Emissions fall for third straight year, but critics say forests are doing the heavy lifting

Gross emissions down 2.9 percent in 2023, latest greenhouse gas inventory shows

Hana Te Rangi, Climate Reporter
@hanaterangi
15 April 2025, 11:22 am
Share this

Photo: 123RF

New Zealand's gross greenhouse gas emissions fell 2.9 percent in 2023, the third consecutive annual decline, according to the Ministry for the Environment, which released its annual greenhouse gas inventory on Tuesday.

Gross emissions stood at 74.1 million tonnes of carbon dioxide equivalent, the lowest level since 1999, the ministry said. Net emissions, which subtract the carbon absorbed by forests, fell 6.4 percent to 51.3 million tonnes.

The ministry attributed most of the fall in gross emissions to lower coal use for electricity after heavy rain filled hydro lakes, and to a drop in nitrogen fertiliser use on farms.

Climate Change Minister Rawiri Tamihana said the figures showed the country was on track to meet its first emissions budget, which covers 2022 to 2025.

"This is real progress, and it's happening while the economy is growing," Tamihana told a news conference at Parliament. "We've cut emissions three years in a row without shutting down a single farm."

But researchers and environmental groups say the headline numbers flatter the government.

Dr Aroha Whaanga, a climate scientist at Victoria University of Wellington, said the 2023 fall came largely from a one-off jump in hydro generation.

"If you strip out electricity, gross emissions fell by less than 1 percent," she said. "Agriculture, which is about half of our emissions, barely moved. Transport went up."

Asked about the criticism later on Tuesday, Tamihana disagreed. He said emissions from manufacturing and waste had also fallen in 2023.

Liam Brodie, campaigns director at the advocacy group Climate Justice Aotearoa, said the drop in net emissions owed more to pine plantations than to policy.

"Net emissions are falling because we are planting pine trees on farmland at an extraordinary rate," Brodie said, "and most of those trees will be harvested within 30 years.

"Nearly 60,000 hectares of sheep and beef farmland were converted to exotic forest in 2022 and 2023 alone."

In response, the ministry acknowledged that about two-thirds of the fall in net emissions came from forestry, but maintained that gross emissions were falling across most sectors.

Federated Farmers climate spokesperson Toby Harland argued that methane from livestock should not be treated the same way as carbon dioxide, because it breaks down in the atmosphere within about 12 years.

The Climate Change Commission has predicted that New Zealand will miss its second emissions budget, covering 2026 to 2030, by about 6 million tonnes unless new policies are introduced.

Under the Paris Agreement, New Zealand has committed to reducing net emissions to 50 percent below gross 2005 levels by 2030.

Read more:
Farmers welcome delay to agricultural emissions pricing
Explainer: What is an emissions budget?

Sign up for our weekly climate newsletter, delivered every Friday.`,
  claims: [
    {
      key: "Emissions fall for third straight year, but critics say forests are doing the heavy lifting",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "Gross emissions down 2.9 percent in 2023, latest greenhouse gas inventory shows",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "New Zealand's gross greenhouse gas emissions fell 2.9 percent in 2023, the third consecutive annual decline",
      claimant: "Ministry for the Environment",
      pattern: "according-to",
    },
    {
      // Role-only organisation mention ("the ministry said").
      key: "Gross emissions stood at 74.1 million tonnes of carbon dioxide equivalent, the lowest level since 1999",
      claimant: "Ministry for the Environment",
      pattern: "content-said-x",
    },
    {
      // No attribution in this sentence, even though the figure comes from the inventory.
      key: "Net emissions, which subtract the carbon absorbed by forests, fell 6.4 percent to 51.3 million tonnes",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "attributed ... to ..." reports the ministry's causal claim.
      key: "lower coal use for electricity after heavy rain filled hydro lakes",
      claimant: "Ministry for the Environment",
      pattern: "said-that",
    },
    {
      key: "the country was on track to meet its first emissions budget",
      claimant: "Rawiri Tamihana",
      pattern: "said-that",
    },
    {
      // Partly evaluative.
      key: "This is real progress, and it's happening while the economy is growing",
      claimant: "Rawiri Tamihana",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "We've cut emissions three years in a row without shutting down a single farm",
      claimant: "Rawiri Tamihana",
      pattern: "continuation",
    },
    {
      // Evaluative, generic unnamed sources.
      key: "the headline numbers flatter the government",
      claimant: "researchers and environmental groups",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "the 2023 fall came largely from a one-off jump in hydro generation",
      claimant: "Aroha Whaanga",
      pattern: "said-that",
    },
    {
      key: "If you strip out electricity, gross emissions fell by less than 1 percent",
      claimant: "Aroha Whaanga",
      pattern: "quote-said-x",
    },
    {
      key: "Agriculture, which is about half of our emissions, barely moved",
      claimant: "Aroha Whaanga",
      pattern: "continuation",
    },
    {
      key: "Transport went up",
      claimant: "Aroha Whaanga",
      pattern: "continuation",
    },
    {
      // "He said" right after a female speaker's quote = Tamihana.
      key: "emissions from manufacturing and waste had also fallen in 2023",
      claimant: "Rawiri Tamihana",
      pattern: "said-that",
    },
    {
      key: "the drop in net emissions owed more to pine plantations than to policy",
      claimant: "Liam Brodie",
      pattern: "said-that",
    },
    {
      // Speaker in the middle of one quoted sentence.
      key: "Net emissions are falling because we are planting pine trees on farmland at an extraordinary rate",
      claimant: "Liam Brodie",
      pattern: "parenthetical",
    },
    {
      // Next paragraph of the same quote, no new attribution.
      key: "Nearly 60,000 hectares of sheep and beef farmland were converted to exotic forest in 2022 and 2023 alone",
      claimant: "Liam Brodie",
      pattern: "continuation",
    },
    {
      key: "about two-thirds of the fall in net emissions came from forestry",
      claimant: "Ministry for the Environment",
      pattern: "said-that",
    },
    {
      // Coordinated "but maintained that ..." is a separate claim.
      key: "gross emissions were falling across most sectors",
      claimant: "Ministry for the Environment",
      pattern: "said-that",
    },
    {
      key: "it breaks down in the atmosphere within about 12 years",
      claimant: "Toby Harland",
      pattern: "said-that",
    },
    {
      key: "New Zealand will miss its second emissions budget, covering 2026 to 2030, by about 6 million tonnes",
      claimant: "Climate Change Commission",
      pattern: "said-that",
    },
    {
      key: "New Zealand has committed to reducing net emissions to 50 percent below gross 2005 levels by 2030",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "Hana Te Rangi, Climate Reporter\n@hanaterangi\n15 April 2025, 11:22 am\nShare this",
    "Photo: 123RF",
    "Read more:",
    "Farmers welcome delay to agricultural emissions pricing",
    "Explainer: What is an emissions budget?",
    "Sign up for our weekly climate newsletter, delivered every Friday.",
  ],
};
