// Third blind evaluation batch: labelled without looking at the extractor; scored once.

import type { Fixture } from "../fixtures/types";
import { fixture as blind3CourtConverterThefts } from "./blind3-court-converter-thefts";
import { fixture as blind3ElectionCapeVerde } from "./blind3-election-cape-verde";
import { fixture as blind3HealthVaccinationDispute } from "./blind3-health-vaccination-dispute";
import { fixture as blind3ScienceAlpineGlaciers } from "./blind3-science-alpine-glaciers";
import { fixture as blind3SportsStrikerDropped } from "./blind3-sports-striker-dropped";
import { fixture as blind3TechLayoffs } from "./blind3-tech-layoffs";

export const blind3: Fixture[] = [
  blind3HealthVaccinationDispute,
  blind3CourtConverterThefts,
  blind3TechLayoffs,
  blind3ElectionCapeVerde,
  blind3ScienceAlpineGlaciers,
  blind3SportsStrikerDropped,
];
