// Fifth blind evaluation batch: labelled without looking at the extractor; scored once.

import type { Fixture } from "../fixtures/types";
import { fixture as blind5BusinessNorvaneEarnings } from "./blind5-business-norvane-earnings";
import { fixture as blind5CrimeDeliveryRider } from "./blind5-crime-delivery-rider";
import { fixture as blind5EnergySolarCurtailment } from "./blind5-energy-solar-curtailment";
import { fixture as blind5InvestigationTabletContract } from "./blind5-investigation-tablet-contract";
import { fixture as blind5PoliticsElmwoodBusFares } from "./blind5-politics-elmwood-bus-fares";
import { fixture as blind5PoliticsEuCardFees } from "./blind5-politics-eu-card-fees";
import { fixture as blind5PoliticsSenegalTrawlers } from "./blind5-politics-senegal-trawlers";
import { fixture as blind5SportsCaptaincyRow } from "./blind5-sports-captaincy-row";

export const blind5: Fixture[] = [
  blind5PoliticsSenegalTrawlers,
  blind5PoliticsEuCardFees,
  blind5PoliticsElmwoodBusFares,
  blind5CrimeDeliveryRider,
  blind5EnergySolarCurtailment,
  blind5BusinessNorvaneEarnings,
  blind5SportsCaptaincyRow,
  blind5InvestigationTabletContract,
];
