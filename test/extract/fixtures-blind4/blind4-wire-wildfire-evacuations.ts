import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind4-wire-wildfire-evacuations",
  split: "blind",
  genre: "wire",
  body: `Wind-driven wildfire forces 6,000 from homes in northern New Mexico

By LUCAS BRENNAN and ANA TERRAZAS

TAOS, N.M. — A wildfire driven by gusts of up to 60 mph had burned more than 38,000 acres of forest and grassland in northern New Mexico by Tuesday evening, forcing about 6,000 people from their homes and destroying at least 140 structures, fire officials said.

Smoke rises over the Sangre de Cristo Mountains east of Taos, N.M., on Tuesday. (Jared Pino/Staff photo)

The Rio Hondo Fire, which started Sunday afternoon near a campground in Carson National Forest, was 5% contained, according to the Southwest Area Incident Management Team. Its cause is under investigation.

Gov. Elena Varela declared a state of emergency for Taos and Colfax counties late Monday and said Tuesday that she had asked the federal government to cover most of the cost of fighting the fire.

"More than 900 firefighters are on the lines, but the wind is in charge right now," Varela said at a news conference at Taos High School. "Two of our hotshot crews were in Arizona when this started, and they drove all night to get back. If you are told to go, go."

The New Mexico Department of Homeland Security and Emergency Management estimated that the response was costing the state about $1.5 million a day.

The National Weather Service warned that critical fire conditions, with humidity below 10% and gusts above 45 mph, would persist through Thursday.

Sen. Ruben Archuleta, D-N.M., said the chief of the U.S. Forest Service had told him that two more large air tankers would arrive from California by Wednesday morning. Archuleta, who sits on the Senate Appropriations Committee, also said the agency had cut the number of seasonal firefighters it employs in New Mexico by nearly a third since 2019.

A Forest Service spokeswoman, Kim Aldridge, disputed that, saying staffing in the region had been "roughly flat" over that period. The spokeswoman added that the agency had hired 74 seasonal firefighters in New Mexico this spring, more than in any year since 2017.

Rep. Dale Hutchins, R-N.M., whose district includes Colfax County, blamed the fire's rapid spread on decades of federal forest management. "They've let these forests turn into tinderboxes," he told reporters in Raton. He did not provide figures.

Marisol Trujillo, 67, said she left her home in Arroyo Seco on Monday with her two dogs and a shoebox of photographs.

"I could see the flames on the ridge behind the house," she said. "By the time we got to the highway, the ridge was just gone."

All 11 schools in the Taos Municipal Schools district will be closed Wednesday, and the American Red Cross said about 450 people had spent Monday night at three shelters in Taos and Angel Fire.

It is the third fire this spring to force evacuations in Taos County.

Staff writer Omar Haddad in Washington contributed to this report.`,
  claims: [
    {
      key: "Wind-driven wildfire forces 6,000 from homes in northern New Mexico",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // The participial tail ("forcing ... and destroying ...") belongs to the same reported
      // clause; one claim.
      key: "had burned more than 38,000 acres of forest and grassland in northern New Mexico by Tuesday evening",
      claimant: "fire officials",
      pattern: "content-said-x",
    },
    {
      key: "The Rio Hondo Fire, which started Sunday afternoon near a campground in Carson National Forest, was 5% contained",
      claimant: "Southwest Area Incident Management Team",
      pattern: "according-to",
    },
    {
      // Reporter's sentence, checkable but thin.
      key: "Its cause is under investigation",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      // First conjunct is the reporter's own fact; the second is Varela's report.
      key: "declared a state of emergency for Taos and Colfax counties late Monday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "she had asked the federal government to cover most of the cost of fighting the fire",
      claimant: "Elena Varela",
      pattern: "said-that",
    },
    {
      // Speaker in the middle of a two-part quote: first part.
      key: "More than 900 firefighters are on the lines, but the wind is in charge right now",
      claimant: "Elena Varela",
      pattern: "quote-said-x",
    },
    {
      key: "Two of our hotshot crews were in Arizona when this started, and they drove all night to get back",
      claimant: "Elena Varela",
      pattern: "continuation",
    },
    {
      key: "the response was costing the state about $1.5 million a day",
      claimant: "New Mexico Department of Homeland Security and Emergency Management",
      pattern: "said-that",
    },
    {
      key: "critical fire conditions, with humidity below 10% and gusts above 45 mph, would persist through Thursday",
      claimant: "National Weather Service",
      pattern: "said-that",
    },
    {
      // Nested report ("X said Y had told him that ..."): the article attributes it to the
      // senator, who is the speaker on the record.
      key: "two more large air tankers would arrive from California by Wednesday morning",
      claimant: "Ruben Archuleta",
      pattern: "said-that",
    },
    {
      key: "the agency had cut the number of seasonal firefighters it employs in New Mexico by nearly a third since 2019",
      claimant: "Ruben Archuleta",
      pattern: "said-that",
    },
    {
      // "disputed that, saying ...": the denial has no content of its own beyond the
      // counter-claim, so the sentence gives one claim.
      key: 'staffing in the region had been "roughly flat" over that period',
      claimant: "Kim Aldridge",
      pattern: "said-that",
    },
    {
      // Role-only second mention ("The spokeswoman") of Kim Aldridge.
      key: "the agency had hired 74 seasonal firefighters in New Mexico this spring",
      claimant: "Kim Aldridge",
      pattern: "said-that",
    },
    {
      // "blamed X on Y": an attributed position.
      key: "the fire's rapid spread on decades of federal forest management",
      claimant: "Dale Hutchins",
      pattern: "said-that",
    },
    {
      // Rhetorical, hardly checkable.
      key: "They've let these forests turn into tinderboxes",
      claimant: "Dale Hutchins",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "she left her home in Arroyo Seco on Monday with her two dogs and a shoebox of photographs",
      claimant: "Marisol Trujillo",
      pattern: "said-that",
    },
    {
      // Pronoun reference ("she said") to Marisol Trujillo.
      key: "I could see the flames on the ridge behind the house",
      claimant: "Marisol Trujillo",
      pattern: "quote-said-x",
    },
    {
      key: "By the time we got to the highway, the ridge was just gone",
      claimant: "Marisol Trujillo",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "All 11 schools in the Taos Municipal Schools district will be closed Wednesday",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "about 450 people had spent Monday night at three shelters in Taos and Angel Fire",
      claimant: "American Red Cross",
      pattern: "said-that",
    },
    {
      key: "It is the third fire this spring to force evacuations in Taos County",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By LUCAS BRENNAN and ANA TERRAZAS",
    "Smoke rises over the Sangre de Cristo Mountains east of Taos, N.M., on Tuesday. (Jared Pino/Staff photo)",
    "He did not provide figures.",
    "Staff writer Omar Haddad in Washington contributed to this report.",
  ],
};
