import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind7-disaster-java-landslide",
  split: "blind",
  genre: "disaster",
  body: `Indonesia landslide toll climbs to 31, dozen still missing

Published on: 17/01/2025 - 09:41
Modified: 17/01/2025 - 15:20

Banjarnegara (Indonesia) (AFP) – The death toll from a landslide that buried part of a hillside village on Indonesia's main island of Java rose to 31 on Friday, with 12 people still missing, according to the national disaster agency.

Rescuers pulled four more bodies from the mud in Sidorejo village overnight, said Dwi Wulandari, a spokeswoman for the National Disaster Mitigation Agency (BNPB).

"The soil is still moving and it rained again before dawn, so we had to pull the teams back twice," Wulandari told AFP by phone. "Heavy machinery cannot reach the upper part of the village yet. We are digging there with shovels and our hands."

Rescuers search for victims in Sidorejo village in Banjarnegara, Central Java, on January 17, 2025. © Hendra Wibisono / AFP

The landslide struck shortly after 2:00 am on Wednesday (1900 GMT Tuesday) following two days of torrential rain, burying at least 24 houses and cutting the only road into the village.

On Thursday evening the agency said 19 people had been killed.

More than 400 residents have been moved to a school and two mosques, according to local officials. Banjarnegara regency has declared a 14-day state of emergency.

Regent Budi Prasetyo told a news conference that the slope above Sidorejo had been classified as high-risk for landslides in 2021. Residents were offered relocation to a government housing site two kilometres away, but most declined because they did not want to leave their fields, the regent added.

Siti Khotimah, 46, said she ran out of her house with her two children seconds before the mud reached it. Her neighbour Slamet Purwanto lost his wife and his mother, she said.

Purwanto, 52, told AFP he had reported cracks in the slope to the village head in November. "Nobody came to check. Nobody," he said.

The village head could not be reached for comment.

Yohanes Marpaung, who heads the search and rescue office in nearby Cilacap, said about 280 soldiers, police officers and volunteers were taking part in the search. He estimated it could take five more days to reach all the buried houses.

Indonesia's Meteorology, Climatology and Geophysics Agency (BMKG) has warned of extreme rainfall across much of Java until at least the end of January.

Landslides and flash floods kill dozens of people in Indonesia every rainy season, which usually runs from November to April. Environmental groups say the clearing of forests on Java's steep volcanic slopes for potato and cabbage farms has made landslides more frequent.

This story has been updated with a new death toll.

str-jfx/dhw

Read also
Floods force thousands from homes in Sumatra
Indonesia to relocate villages in landslide-prone areas, minister says`,
  claims: [
    {
      key: "Indonesia landslide toll climbs to 31, dozen still missing",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // "the national disaster agency" = National Disaster Mitigation Agency (longest mention).
      key: "rose to 31 on Friday, with 12 people still missing",
      claimant: "National Disaster Mitigation Agency",
      pattern: "according-to",
    },
    {
      // Named spokeswoman: the person, not the agency.
      key: "Rescuers pulled four more bodies from the mud in Sidorejo village overnight",
      claimant: "Dwi Wulandari",
      pattern: "content-said-x",
    },
    {
      key: "The soil is still moving and it rained again before dawn, so we had to pull the teams back twice",
      claimant: "Dwi Wulandari",
      pattern: "quote-said-x",
    },
    {
      key: "Heavy machinery cannot reach the upper part of the village yet",
      claimant: "Dwi Wulandari",
      pattern: "continuation",
    },
    {
      // Operational detail, barely check-worthy.
      key: "We are digging there with shovels and our hands",
      claimant: "Dwi Wulandari",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "The landslide struck shortly after 2:00 am on Wednesday (1900 GMT Tuesday) following two days of torrential rain",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // Earlier toll update; role-only organisation mention ("the agency").
      key: "19 people had been killed",
      claimant: "National Disaster Mitigation Agency",
      pattern: "said-that",
    },
    {
      key: "More than 400 residents have been moved to a school and two mosques",
      claimant: "local officials",
      pattern: "according-to",
    },
    {
      key: "Banjarnegara regency has declared a 14-day state of emergency",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the slope above Sidorejo had been classified as high-risk for landslides in 2021",
      claimant: "Budi Prasetyo",
      pattern: "told",
    },
    {
      // "the regent added" after the content; one reported statement with a compound clause.
      key: "Residents were offered relocation to a government housing site two kilometres away",
      claimant: "Budi Prasetyo",
      pattern: "content-said-x",
    },
    {
      key: "she ran out of her house with her two children seconds before the mud reached it",
      claimant: "Siti Khotimah",
      pattern: "said-that",
    },
    {
      // Content about a man ("his"), attributed by "she said" to Khotimah.
      key: "Her neighbour Slamet Purwanto lost his wife and his mother",
      claimant: "Siti Khotimah",
      pattern: "content-said-x",
    },
    {
      key: "he had reported cracks in the slope to the village head in November",
      claimant: "Slamet Purwanto",
      pattern: "told",
    },
    {
      key: "Nobody came to check",
      claimant: "Slamet Purwanto",
      pattern: "quote-said-x",
    },
    {
      key: "about 280 soldiers, police officers and volunteers were taking part in the search",
      claimant: "Yohanes Marpaung",
      pattern: "said-that",
    },
    {
      // "He estimated" = Marpaung.
      key: "it could take five more days to reach all the buried houses",
      claimant: "Yohanes Marpaung",
      pattern: "said-that",
    },
    {
      key: "extreme rainfall across much of Java until at least the end of January",
      claimant: "Meteorology, Climatology and Geophysics Agency",
      pattern: "said-that",
    },
    {
      key: "Landslides and flash floods kill dozens of people in Indonesia every rainy season",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the clearing of forests on Java's steep volcanic slopes for potato and cabbage farms has made landslides more frequent",
      claimant: "environmental groups",
      pattern: "said-that",
    },
  ],
  nonClaims: [
    "Published on: 17/01/2025 - 09:41\nModified: 17/01/2025 - 15:20",
    "Rescuers search for victims in Sidorejo village in Banjarnegara, Central Java, on January 17, 2025. © Hendra Wibisono / AFP",
    "The village head could not be reached for comment.",
    "This story has been updated with a new death toll.",
    "str-jfx/dhw",
    "Read also",
    "Floods force thousands from homes in Sumatra",
    "Indonesia to relocate villages in landslide-prone areas, minister says",
  ],
};
