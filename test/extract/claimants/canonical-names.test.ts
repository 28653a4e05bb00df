import { describe, expect, it } from "vitest";
import { claimantAlias } from "../../../src/claims/queries";
import { initialsOf, isAcronymOf } from "../../../src/extract/claimants/acronyms";
import { extractClaims } from "../../../src/extract/index";

/** The claimant name a claim is given: the entity's fullest name, with the acronym it goes by. */
describe("claimant names", () => {
  it.each([
    // The acronym the article defines goes with the full name; a later "the RWB" is the same.
    [
      "The Regional Water Board (RWB) said on Monday that the reservoir was full. The RWB said the dam would hold.",
      ["Regional Water Board (RWB)", "Regional Water Board (RWB)"],
    ],
    // Never defined in parentheses: the full name the initials spell, written earlier.
    [
      "Officials of the Northern Rail Company met on Friday. The NRC said fares would rise in May.",
      ["Northern Rail Company (NRC)"],
    ],
    // No acronym anywhere: the name alone.
    ["The Regional Water Board said the reservoir was full.", ["Regional Water Board"]],
    // Two people named together are no one's full name: "Mr. Ortiz" is Ortiz, not the pair.
    [
      "Mr. Ortiz and Lena Brandt never tire of telling the story. Mr. Ortiz said the ferry would run in May.",
      ["Ortiz"],
    ],
    // An agency and a person named together are two: "Tomas" is not "NPA and Tomas".
    [
      "The report paints a portrait of the NPA and Tomas, a former medic. “There never was an order,” said the base chief known as Tomas.",
      ["Tomas"],
    ],
    // A pair that speaks together is that pair; one of them alone is that one.
    [
      "Ortiz and Brandt said the debate was fair. Ortiz said the hall was too small.",
      ["Ortiz and Brandt", "Ortiz"],
    ],
    // An organisation's "and" is part of its name.
    [
      "The Bill and Melinda Gates Foundation funds the clinic. The Gates Foundation said it would open in May.",
      ["Gates Foundation"],
    ],
    // A party and state after a name, before its apposition, are no part of the name.
    [
      "“The levy is a problem,” said Rep. Tomas Brandt (D-S.C.), a member of the House leadership.",
      ["Tomas Brandt"],
    ],
    // A no-break space (HTML's &nbsp;) parts a title from a name as a space does.
    ["Ohio Gov.\u00a0Tomas Brandt said the ferry would run in May.", ["Tomas Brandt"]],
    // A plural possessive's mark is not part of the name.
    [
      "As the Lakeside Growers’ survey shows, the harvest was three weeks late.",
      ["Lakeside Growers"],
    ],
    // "Ben", "Al", "Ash" open a name as given names, not as the particle of "ibn"/"al-".
    [
      "Ben Okafor spoke at the rally on Monday. “The ferry will run in May,” he said.",
      ["Ben Okafor"],
    ],
    // A speaker's label names the person by surname, as the article names them in full.
    [
      "Okafor: A comeback.\n\nOnce the front-runner, the councillor has seen his support fall. “I'm still here and I will win,” he said on Saturday. Ben Okafor leads the list.",
      ["Ben Okafor"],
    ],
    // A person's name ends before "of" and the place it adds; an organisation's does not.
    [
      "The debate opened with Senator Tomas Brandt of Vermont and his rival. Brandt said the ferry would run in May.",
      ["Tomas Brandt"],
    ],
    [
      "The figures come from the Lakeside Policy Institute of Vermont. The institute said the ferry would run in May.",
      ["Lakeside Policy Institute of Vermont"],
    ],
    // "Police Chief" and "Chief of Staff" are titles before the name.
    [
      "Before the convention, Lakeside Police Chief Tomas Brandt lobbied to suspend open-carry rights downtown, saying, “The fewer guns, the better.”",
      ["Tomas Brandt"],
    ],
    ["That, RNC Chief of Staff Lena Holm explained, is by design.", ["Lena Holm"]],
    // A conjunction opening the sentence is no part of the name after it.
    [
      "Because of Tomas Brandt, the vote was delayed.\n\nBrandt has said repeatedly that the ferry would run in May.",
      ["Tomas Brandt"],
    ],
    // "The North Lakeside governor": the place qualifies a role; it names no one.
    [
      "Governor Tomas Brandt spoke first on Monday.\n\nThe North Lakeside governor was the most forceful figure on stage. “I'm still here and I will win,” he declared.",
      ["Tomas Brandt"],
    ],
    // A label's colon ends the name: "Matthews: Well" is nobody (no one named Matthews is known).
    [
      "Matthews: Well, speculation is bad.\n\nMatthews: Everybody hates people who make money off money.",
      [],
    ],
  ])("%s", (body, names) => {
    expect(extractClaims(body).flatMap((c) => (c.claimant ? [c.claimant.name] : []))).toEqual(
      names,
    );
  });

  it.each([
    ["International Monetary Fund", "IMF"],
    ["Public Policy Institute of California", "PPIC"],
    ["the World Health Organization", "WHO"],
    ["Tom Reed", "TR"],
    ["senators", ""],
  ])("the initials of %s are %j", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it.each([
    ["IMF", "International Monetary Fund", true],
    ["IM", "International Monetary Fund", false],
    ["imf", "International Monetary Fund", false],
    ["PPIC", "Public Policy Institute of California", true],
  ])("%s is the acronym of %s: %s", (acr, name, yes) => {
    expect(isAcronymOf(acr, name)).toBe(yes);
  });

  it.each([
    ["International Monetary Fund (IMF)", "International Monetary Fund"],
    ["International Monetary Fund", "International Monetary Fund (IMF)"],
    // Not the initials of the name before it: the parentheses are part of the name.
    ["Acme Widgets (XYZ)", "Acme Widgets (XYZ) (AW)"],
    ["senators", undefined],
  ])("a claimant filter for %s also finds %s", (name, alias) => {
    expect(claimantAlias(name)).toBe(alias);
  });
});
