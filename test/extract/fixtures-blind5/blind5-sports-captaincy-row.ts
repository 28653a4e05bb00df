import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind5-sports-captaincy-row",
  split: "blind",
  genre: "sports",
  body: `Lindqvist defends stripping Oduya of Harwick captaincy as striker hits back on Instagram

By Joe Marsden
Friday 7 November 2025 4.12pm

Harwick City manager Stefan Lindqvist insisted on Friday that taking the captaincy from Daniel Oduya was "a football decision, nothing personal", hours after the striker accused the club of "leaking lies" about his contract.

Oduya, 29, has scored nine goals in 17 league appearances this season, more than any other Harwick player.

Stefan Lindqvist at Harwick's training ground on Friday. Photograph: Ian Dorsey/Harwick City FC

Speaking at his pre-match press conference ahead of Saturday's home game against Millbrook Athletic, Lindqvist said the decision had been made two weeks ago and explained to Oduya in person before the rest of the squad was told.

"I have nothing against Daniel. He is a top professional and if he trains well today, he plays tomorrow," the Swede said. "But the captain has to be the first to defend this club, not the first one on his phone."

Oduya posted on Instagram on Thursday night that he had "never once asked to leave" and that reports he had demanded a 40% pay rise were "completely made up".

"I have given everything for this badge for four years," he wrote. "I found out I was no longer captain from a journalist, not from the manager."

Asked about the post, Lindqvist said: "That is not true. We sat down in my office, with the sporting director there. He knows that."

Sporting director Hannah Brekke, who was in the meeting, backed her manager's account in an interview with the Harwick Gazette, saying the player "was told face to face, and thanked us for telling him".

She said the club had received no offers for Oduya and had not put him up for sale.

The club said in a statement that it "does not comment on contract negotiations" but confirmed that Oduya's current deal runs until June 2027.

A person close to the player said Oduya's representatives had been approached by two Premier League clubs in January, an account the club did not dispute.

Defender Luke Carrow will captain the side against Millbrook, Lindqvist confirmed.

Harwick are 14th in the Championship, 11 points above the relegation zone, having won one of their last six league matches.

Follow our live coverage of Saturday's Championship fixtures`,
  claims: [
    {
      key: "Lindqvist defends stripping Oduya of Harwick captaincy as striker hits back on Instagram",
      claimant: "Stefan Lindqvist",
      pattern: "headline",
      optional: true,
    },
    {
      key: "a football decision, nothing personal",
      claimant: "Stefan Lindqvist",
      pattern: "said-that",
    },
    {
      // "accused the club of ..." in a trailing clause of the same sentence: separate claim.
      key: 'leaking lies" about his contract',
      claimant: "Daniel Oduya",
      pattern: "said-that",
    },
    {
      key: "has scored nine goals in 17 league appearances this season, more than any other Harwick player",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "the decision had been made two weeks ago and explained to Oduya in person",
      claimant: "Stefan Lindqvist",
      pattern: "said-that",
    },
    {
      // Role-only mention ("the Swede"); conditional selection statement, barely checkable.
      key: "if he trains well today, he plays tomorrow",
      claimant: "Stefan Lindqvist",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "the captain has to be the first to defend this club",
      claimant: "Stefan Lindqvist",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "never once asked to leave",
      claimant: "Daniel Oduya",
      pattern: "said-that",
    },
    {
      key: "reports he had demanded a 40% pay rise were",
      claimant: "Daniel Oduya",
      pattern: "said-that",
    },
    {
      key: "I have given everything for this badge for four years",
      claimant: "Daniel Oduya",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "I found out I was no longer captain from a journalist, not from the manager",
      claimant: "Daniel Oduya",
      pattern: "continuation",
    },
    {
      // Bare denial; the checkable content is in the next sentence.
      key: "That is not true",
      claimant: "Stefan Lindqvist",
      pattern: "colon-quote",
      optional: true,
    },
    {
      key: "We sat down in my office, with the sporting director there",
      claimant: "Stefan Lindqvist",
      pattern: "continuation",
    },
    {
      key: "was told face to face, and thanked us for telling him",
      claimant: "Hannah Brekke",
      pattern: "said-that",
    },
    {
      // "She" = Brekke (the manager and the player are men).
      key: "the club had received no offers for Oduya",
      claimant: "Hannah Brekke",
      pattern: "said-that",
    },
    {
      key: "had not put him up for sale",
      claimant: "Hannah Brekke",
      pattern: "said-that",
      optional: true,
    },
    {
      // "The club" = Harwick City; "does not comment" is not a claim.
      key: "Oduya's current deal runs until June 2027",
      claimant: "Harwick City",
      pattern: "said-that",
    },
    {
      key: "Oduya's representatives had been approached by two Premier League clubs in January",
      claimant: "person close to the player",
      pattern: "said-that",
    },
    {
      key: "Defender Luke Carrow will captain the side against Millbrook",
      claimant: "Stefan Lindqvist",
      pattern: "content-said-x",
    },
    {
      key: "Harwick are 14th in the Championship, 11 points above the relegation zone",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By Joe Marsden",
    "Friday 7 November 2025 4.12pm",
    "Stefan Lindqvist at Harwick's training ground on Friday. Photograph: Ian Dorsey/Harwick City FC",
    "Follow our live coverage of Saturday's Championship fixtures",
  ],
};
