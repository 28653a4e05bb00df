// Eighth blind evaluation batch, written as a holdout: labelled without looking at the extractor,
// scored once (commit 312dd25: claims F1 0.948, claimant F1 0.784), then used to fix general rules.

import type { Fixture } from "../fixtures/types";
import { fixture as blind8BusinessKasumiBrakeData } from "./blind8-business-kasumi-brake-data";
import { fixture as blind8ClimateFijiVillageRelocation } from "./blind8-climate-fiji-village-relocation";
import { fixture as blind8EconomyTurkeyRateHold } from "./blind8-economy-turkey-rate-hold";
import { fixture as blind8EducationBrennertonSchoolClosures } from "./blind8-education-brennerton-school-closures";
import { fixture as blind8HealthVelpirestatParkinsonsTrial } from "./blind8-health-velpirestat-parkinsons-trial";
import { fixture as blind8LabourFranceControllersStrike } from "./blind8-labour-france-controllers-strike";
import { fixture as blind8PoliticsMaruraHospitalTender } from "./blind8-politics-marura-hospital-tender";
import { fixture as blind8TechNorvaleAntitrust } from "./blind8-tech-norvale-antitrust";

export const blind8: Fixture[] = [
  blind8BusinessKasumiBrakeData,
  blind8PoliticsMaruraHospitalTender,
  blind8LabourFranceControllersStrike,
  blind8TechNorvaleAntitrust,
  blind8ClimateFijiVillageRelocation,
  blind8EconomyTurkeyRateHold,
  blind8EducationBrennertonSchoolClosures,
  blind8HealthVelpirestatParkinsonsTrial,
];
