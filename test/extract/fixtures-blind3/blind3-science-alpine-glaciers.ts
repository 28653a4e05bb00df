import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind3-science-alpine-glaciers",
  split: "blind",
  genre: "science",
  body: `Eastern Alps glaciers lost 3.1% of their ice in one year, report says

By Lukas Brenner, Science Correspondent

INNSBRUCK, Austria — Glaciers in the eastern Alps lost 3.1% of their remaining ice volume over the past year, the second-largest annual loss since systematic measurements began in 1950, according to a report published on Tuesday by the Alpine Glacier Monitoring Network (AGMN).

The report said a winter with 30% less snow than the long-term average, followed by a summer in which the freezing level rose above 5,000 metres on 11 days, left glacier surfaces exposed for weeks longer than usual. Since 2000, glaciers in the region have lost about 41% of their volume, it said.

The network warned that 27 of the 146 glaciers it monitors in Austria and northern Italy could disappear within a decade.

Dr. Elena Marchetti, a glaciologist at the University of Innsbruck and one of the report's lead authors, said the most striking change was at high altitude. "Even glaciers above 3,500 metres, which used to gain snow in most years, lost mass this time," she said. "There is no longer a safe elevation in the eastern Alps."

Her co-author, Professor Tobias Reinhardt of the Technical University of Munich, said dust blown in from the Sahara in March had darkened the ice surface and accelerated melting by up to a fifth at some monitoring sites.

"Saharan dust events are not new, but we are seeing them more often and they now land on thinner snow," Reinhardt said. He cautioned that the dust effect was hard to separate from the warming itself and needed further study.

The Pasterze, Austria's largest glacier, has retreated by 203 metres at its tongue since 2020 and thinned by an average of 5.4 metres last summer alone, she said, adding that two access routes used by her field team had been closed because of rockfall.

The two most recent years, 2023 and 2024, were the warmest on record globally, according to the World Meteorological Organization.

A researcher measures snow depth on the Pasterze glacier in September. Photo: AGMN/Handout

Read more: Ski resorts turn to snow farming as winters warm`,
  claims: [
    {
      key: "Eastern Alps glaciers lost 3.1% of their ice in one year",
      claimant: "Alpine Glacier Monitoring Network",
      pattern: "headline",
      optional: true,
    },
    {
      key: "Glaciers in the eastern Alps lost 3.1% of their remaining ice volume over the past year",
      claimant: "Alpine Glacier Monitoring Network",
      pattern: "according-to",
    },
    {
      // "The report" is issued by the network: the issuer is the claimant (as with audits).
      key: "a winter with 30% less snow than the long-term average",
      claimant: "Alpine Glacier Monitoring Network",
      pattern: "said-that",
    },
    {
      key: "Since 2000, glaciers in the region have lost about 41% of their volume",
      claimant: "Alpine Glacier Monitoring Network",
      pattern: "content-said-x",
    },
    {
      key: "27 of the 146 glaciers it monitors in Austria and northern Italy could disappear within a decade",
      claimant: "Alpine Glacier Monitoring Network",
      pattern: "said-that",
    },
    {
      key: "the most striking change was at high altitude",
      claimant: "Elena Marchetti",
      pattern: "said-that",
      optional: true,
    },
    {
      key: "Even glaciers above 3,500 metres, which used to gain snow in most years, lost mass this time",
      claimant: "Elena Marchetti",
      pattern: "quote-said-x",
    },
    {
      key: "There is no longer a safe elevation in the eastern Alps",
      claimant: "Elena Marchetti",
      pattern: "continuation",
    },
    {
      key: "dust blown in from the Sahara in March had darkened the ice surface and accelerated melting by up to a fifth",
      claimant: "Tobias Reinhardt",
      pattern: "said-that",
    },
    {
      key: "Saharan dust events are not new, but we are seeing them more often",
      claimant: "Tobias Reinhardt",
      pattern: "quote-said-x",
    },
    {
      key: "the dust effect was hard to separate from the warming itself",
      claimant: "Tobias Reinhardt",
      pattern: "said-that",
    },
    {
      // "she" skips the nearer male antecedent (Reinhardt) and refers to Elena Marchetti.
      key: "The Pasterze, Austria's largest glacier, has retreated by 203 metres at its tongue since 2020",
      claimant: "Elena Marchetti",
      pattern: "parenthetical",
    },
    {
      key: "two access routes used by her field team had been closed because of rockfall",
      claimant: "Elena Marchetti",
      pattern: "said-that",
    },
    {
      key: "The two most recent years, 2023 and 2024, were the warmest on record globally",
      claimant: "World Meteorological Organization",
      pattern: "according-to",
    },
  ],
  nonClaims: [
    "By Lukas Brenner, Science Correspondent",
    "A researcher measures snow depth on the Pasterze glacier in September.",
    "Photo: AGMN/Handout",
    "Read more: Ski resorts turn to snow farming as winters warm",
  ],
};
