// Sixth blind evaluation batch, written as a holdout: labelled without looking at the extractor,
// scored once (commit 23d4741: claims F1 0.940, claimant F1 0.664), then used to fix general rules.

import type { Fixture } from "../fixtures/types";
import { fixture as blind6BusinessVoltraEvResults } from "./blind6-business-voltra-ev-results";
import { fixture as blind6CourtsCountyClerkVerdict } from "./blind6-courts-county-clerk-verdict";
import { fixture as blind6DiplomacyKhorAbdullahTalks } from "./blind6-diplomacy-khor-abdullah-talks";
import { fixture as blind6HealthMalawiCholera } from "./blind6-health-malawi-cholera";
import { fixture as blind6LocalGovernmentBarrunAquaticCentre } from "./blind6-local-government-barrun-aquatic-centre";
import { fixture as blind6PoliticsChocoGoldCensure } from "./blind6-politics-choco-gold-censure";
import { fixture as blind6ScienceRockyExoplanet } from "./blind6-science-rocky-exoplanet";
import { fixture as blind6TechCycloPrivacyFine } from "./blind6-tech-cyclo-privacy-fine";

export const blind6: Fixture[] = [
  blind6PoliticsChocoGoldCensure,
  blind6BusinessVoltraEvResults,
  blind6HealthMalawiCholera,
  blind6LocalGovernmentBarrunAquaticCentre,
  blind6CourtsCountyClerkVerdict,
  blind6DiplomacyKhorAbdullahTalks,
  blind6ScienceRockyExoplanet,
  blind6TechCycloPrivacyFine,
];
