import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind6-science-rocky-exoplanet",
  split: "blind",
  genre: "science",
  body: `Webb telescope finds hints of an atmosphere on a hot, rocky world — but not everyone is convinced

By Priya Raman, science reporter
Posted Mon 9 Jun 2025 at 4:00am

Artist's impression of the rocky exoplanet LHS 3312 b orbiting its red dwarf star. (Supplied: Halvorsen Institute/M. Aalto)

Astronomers say they have found the strongest evidence yet that a rocky planet orbiting a small, cool star has held on to an atmosphere, a result that could reshape the search for habitable worlds.

The planet, LHS 3312 b, is about 1.3 times the size of Earth and lies 48 light-years away in the constellation Lyra. It circles its star once every 2.9 days.

In a paper published on Monday in The Astrophysical Journal Letters, Dr Ingrid Solberg of the Halvorsen Institute for Space Physics in Tromsø and her colleagues report that the planet's dayside is about 480 degrees Celsius, several hundred degrees cooler than expected for a bare rock.

The most likely explanation, the authors write, is a thick atmosphere rich in carbon dioxide that carries heat to the night side.

"We went in expecting to see a bare, scorched rock," Dr Solberg said in a press release issued by the institute. "Instead, the planet is telling us that something is moving heat around, and the simplest thing that does that is air."

The team observed four eclipses of the planet with the James Webb Space Telescope's MIRI instrument in 2023 and 2024. The institute said in its release that the observations used 31 hours of telescope time.

Co-author Dr Tomás Echeverría of the University of Valparaíso told Cosmos Daily the team had ruled out a cloud of dust from volcanic activity "with about 95 per cent confidence".

Outside experts welcomed the observations but urged caution.

"It's a beautiful measurement, and I think it's probably right," said Prof. Harriet Quaye, an exoplanet researcher at the University of Bristol who was not involved in the study. "But 'probably right' is not the same as detected. Four eclipses is not a lot, and the difference they're seeing is close to the noise floor of the instrument."

Prof. Quaye noted that two other rocky planets, TRAPPIST-1 b and TRAPPIST-1 c, had shown little or no sign of a thick atmosphere when Webb observed them.

Professor Daniel Whitfield, an astrophysicist at the Australian National University, says the result is "a genuinely important step" because red dwarfs are the most common stars in the galaxy.

He said a further 12 eclipses had already been scheduled for next year, which should settle the question.

Roughly three out of every four stars in the Milky Way are red dwarfs.

A NASA spokesperson declined to comment on the study.

The research was funded by the Research Council of Norway.

This story has been updated to clarify that the temperature was measured on the planet's dayside.

Get our science newsletter
Sign up to receive the best of science, every Friday.`,
  claims: [
    {
      key: "Webb telescope finds hints of an atmosphere on a hot, rocky world",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      // Generic unnamed first mention, before the lead author is named.
      key: "they have found the strongest evidence yet that a rocky planet orbiting a small, cool star has held on to an atmosphere",
      claimant: "astronomers",
      pattern: "said-that",
    },
    {
      key: "The planet, LHS 3312 b, is about 1.3 times the size of Earth and lies 48 light-years away",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "It circles its star once every 2.9 days",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "Dr Ingrid Solberg ... and her colleagues report": lead author as canonical claimant.
      key: "the planet's dayside is about 480 degrees Celsius, several hundred degrees cooler than expected for a bare rock",
      claimant: "Ingrid Solberg",
      pattern: "said-that",
    },
    {
      // Attribution in the middle of the sentence; "the authors" = Solberg and colleagues.
      key: "a thick atmosphere rich in carbon dioxide that carries heat to the night side",
      claimant: "Ingrid Solberg",
      pattern: "parenthetical",
    },
    {
      key: "We went in expecting to see a bare, scorched rock",
      claimant: "Ingrid Solberg",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "the planet is telling us that something is moving heat around",
      claimant: "Ingrid Solberg",
      pattern: "continuation",
    },
    {
      key: "The team observed four eclipses of the planet with the James Webb Space Telescope's MIRI instrument in 2023 and 2024",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // "The institute" = Halvorsen Institute for Space Physics (press release as organisation).
      key: "the observations used 31 hours of telescope time",
      claimant: "Halvorsen Institute for Space Physics",
      pattern: "said-that",
    },
    {
      key: "the team had ruled out a cloud of dust from volcanic activity",
      claimant: "Tomás Echeverría",
      pattern: "told",
    },
    {
      // Opinion.
      key: "It's a beautiful measurement, and I think it's probably right",
      claimant: "Harriet Quaye",
      pattern: "quote-said-x",
      optional: true,
    },
    {
      key: "But 'probably right' is not the same as detected",
      claimant: "Harriet Quaye",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "Four eclipses is not a lot, and the difference they're seeing is close to the noise floor of the instrument",
      claimant: "Harriet Quaye",
      pattern: "continuation",
    },
    {
      key: "two other rocky planets, TRAPPIST-1 b and TRAPPIST-1 c, had shown little or no sign of a thick atmosphere",
      claimant: "Harriet Quaye",
      pattern: "said-that",
    },
    {
      // Present-tense "says"; the checkable part is the reason clause.
      key: 'the result is "a genuinely important step" because red dwarfs are the most common stars in the galaxy',
      claimant: "Daniel Whitfield",
      pattern: "said-that",
    },
    {
      key: "a further 12 eclipses had already been scheduled for next year",
      claimant: "Daniel Whitfield",
      pattern: "said-that",
    },
    {
      key: "Roughly three out of every four stars in the Milky Way are red dwarfs",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "The research was funded by the Research Council of Norway",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "By Priya Raman, science reporter",
    "Posted Mon 9 Jun 2025 at 4:00am",
    "Artist's impression of the rocky exoplanet LHS 3312 b orbiting its red dwarf star. (Supplied: Halvorsen Institute/M. Aalto)",
    "A NASA spokesperson declined to comment on the study.",
    "This story has been updated to clarify that the temperature was measured on the planet's dayside.",
    "Get our science newsletter",
    "Sign up to receive the best of science, every Friday.",
  ],
};
