// Fourth blind evaluation batch: labelled without looking at the extractor; scored once.

import type { Fixture } from "../fixtures/types";
import { fixture as blind4BusinessProfitWarning } from "./blind4-business-profit-warning";
import { fixture as blind4ConflictMarketStrike } from "./blind4-conflict-market-strike";
import { fixture as blind4CourtFoodBankFraud } from "./blind4-court-food-bank-fraud";
import { fixture as blind4HealthUltraprocessedKidney } from "./blind4-health-ultraprocessed-kidney";
import { fixture as blind4LocalPoolClosure } from "./blind4-local-pool-closure";
import { fixture as blind4PoliticsChildcareFeud } from "./blind4-politics-childcare-feud";
import { fixture as blind4PoliticsPennineRail } from "./blind4-politics-pennine-rail";
import { fixture as blind4WireWildfireEvacuations } from "./blind4-wire-wildfire-evacuations";

export const blind4: Fixture[] = [
  blind4WireWildfireEvacuations,
  blind4PoliticsPennineRail,
  blind4LocalPoolClosure,
  blind4BusinessProfitWarning,
  blind4CourtFoodBankFraud,
  blind4HealthUltraprocessedKidney,
  blind4ConflictMarketStrike,
  blind4PoliticsChildcareFeud,
];
