// Seventh blind evaluation batch, written as a holdout: labelled without looking at the extractor,
// scored once (commit df14eac: claims F1 0.967, claimant F1 0.790), then used to fix general rules.

import type { Fixture } from "../fixtures/types";
import { fixture as blind7ClimateNzEmissionsInventory } from "./blind7-climate-nz-emissions-inventory";
import { fixture as blind7CourtsSayervilleHitAndRun } from "./blind7-courts-sayerville-hit-and-run";
import { fixture as blind7DisasterJavaLandslide } from "./blind7-disaster-java-landslide";
import { fixture as blind7ElectionsCallowenByElection } from "./blind7-elections-callowen-by-election";
import { fixture as blind7HealthNorthmoorCorridorCare } from "./blind7-health-northmoor-corridor-care";
import { fixture as blind7IndustryKesslerJobCuts } from "./blind7-industry-kessler-job-cuts";
import { fixture as blind7PoliticsQuebecWindContract } from "./blind7-politics-quebec-wind-contract";
import { fixture as blind7SportsVenancioDoping } from "./blind7-sports-venancio-doping";

export const blind7: Fixture[] = [
  blind7PoliticsQuebecWindContract,
  blind7DisasterJavaLandslide,
  blind7IndustryKesslerJobCuts,
  blind7HealthNorthmoorCorridorCare,
  blind7SportsVenancioDoping,
  blind7ElectionsCallowenByElection,
  blind7ClimateNzEmissionsInventory,
  blind7CourtsSayervilleHitAndRun,
];
