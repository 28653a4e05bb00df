import type { Fixture } from "../fixtures/types";

export const fixture: Fixture = {
  id: "blind7-sports-venancio-doping",
  split: "blind",
  genre: "sports",
  body: `Venâncio provisionally suspended after positive test, Rheinfeld move on hold

Joaquim Ferreira, ESPN FC
Jun 27, 2025, 11:04 AM ET

This story has been updated to include comments from Venâncio's agent.

Costa Verde midfielder Caio Venâncio has been provisionally suspended after testing positive for a banned diuretic, putting his €22 million move to Bundesliga side FC Rheinfeld in doubt.

The Portuguese Anti-Doping Authority (ADoP) confirmed on Thursday that a sample taken from the 24-year-old Brazilian after a league match on May 11 had returned an adverse analytical finding for hydrochlorothiazide.

Hydrochlorothiazide is a diuretic that is prohibited at all times under the World Anti-Doping Code because it can be used to mask other substances.

Costa Verde said in a statement that the player "categorically denies any wrongdoing" and that it had asked for his B sample to be analysed. The result is expected within 10 days, the club said.

Venâncio broke his silence on Friday morning.

"I have never taken anything to cheat and I never will," he wrote on Instagram. "In April a doctor in São Paulo prescribed me a medicine for blood pressure, and I declared it to the control officers.

"I trust the process and I know the truth will come out."

His agent, Marcelo Dantas, told ESPN the medication had been listed on the doping control form and claimed that the concentration found in the sample was "tiny, a fraction of what would mask anything."

However, a source with knowledge of the case told ESPN that no medication had been declared on the form.

ESPN could not independently verify either account.

Speaking to reporters outside the club's training ground, Costa Verde president Ana Luísa Mendes said she had spoken to Venâncio on Thursday night. He was "devastated" and had offered to pay for the B-sample analysis himself, she said.

Rheinfeld sporting director Jens Albrecht told a news conference on Friday that the transfer had been agreed in principle but that no contract had been signed.

"We will not comment on a case that is still open," Albrecht said. "For us, the priority now is clarity."

The Brazilian Football Confederation (CBF) said Venâncio, who has three senior caps, would not be considered for September's World Cup qualifiers until the case was resolved.

Under the code, a first violation involving a specified substance such as hydrochlorothiazide carries a ban of two years, rising to four if the violation is shown to be intentional.

Venâncio scored seven goals and provided 11 assists in 31 league appearances last season, his first in Europe.

READ MORE
Transfer Talk: Rheinfeld close in on Costa Verde playmaker
Why diuretics keep turning up in football's doping cases

Follow ESPN FC on WhatsApp for breaking transfer news`,
  claims: [
    {
      key: "Venâncio provisionally suspended after positive test, Rheinfeld move on hold",
      claimant: null,
      pattern: "headline",
      optional: true,
    },
    {
      key: "has been provisionally suspended after testing positive for a banned diuretic",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "had returned an adverse analytical finding for hydrochlorothiazide",
      claimant: "Portuguese Anti-Doping Authority",
      pattern: "said-that",
    },
    {
      key: "Hydrochlorothiazide is a diuretic that is prohibited at all times under the World Anti-Doping Code",
      claimant: null,
      pattern: "unattributed",
    },
    {
      // The club reports the player's denial: the club is the claimant of this sentence.
      key: "categorically denies any wrongdoing",
      claimant: "Costa Verde",
      pattern: "said-that",
    },
    {
      key: "it had asked for his B sample to be analysed",
      claimant: "Costa Verde",
      pattern: "said-that",
    },
    {
      // "the club said" = Costa Verde.
      key: "The result is expected within 10 days",
      claimant: "Costa Verde",
      pattern: "content-said-x",
    },
    {
      // Narrative transition.
      key: "Venâncio broke his silence on Friday morning",
      claimant: null,
      pattern: "unattributed",
      optional: true,
    },
    {
      key: "I have never taken anything to cheat and I never will",
      claimant: "Caio Venâncio",
      pattern: "quote-said-x",
    },
    {
      key: "In April a doctor in São Paulo prescribed me a medicine for blood pressure, and I declared it to the control officers",
      claimant: "Caio Venâncio",
      pattern: "continuation",
    },
    {
      // Second paragraph of the Instagram quote; not a factual assertion.
      key: "I trust the process and I know the truth will come out",
      claimant: "Caio Venâncio",
      pattern: "continuation",
      optional: true,
    },
    {
      key: "the medication had been listed on the doping control form",
      claimant: "Marcelo Dantas",
      pattern: "told",
    },
    {
      // Coordinated "and claimed that ..." is a separate claim.
      key: 'the concentration found in the sample was "tiny, a fraction of what would mask anything',
      claimant: "Marcelo Dantas",
      pattern: "said-that",
    },
    {
      key: "no medication had been declared on the form",
      claimant: "source with knowledge of the case",
      pattern: "told",
    },
    {
      // Minor process detail.
      key: "she had spoken to Venâncio on Thursday night",
      claimant: "Ana Luísa Mendes",
      pattern: "said-that",
      optional: true,
    },
    {
      // Content about him, "she said" = Mendes.
      key: 'He was "devastated" and had offered to pay for the B-sample analysis himself',
      claimant: "Ana Luísa Mendes",
      pattern: "content-said-x",
    },
    {
      key: "the transfer had been agreed in principle",
      claimant: "Jens Albrecht",
      pattern: "told",
    },
    {
      // Second "that"-clause of the same report.
      key: "no contract had been signed",
      claimant: "Jens Albrecht",
      pattern: "told",
    },
    {
      key: "would not be considered for September's World Cup qualifiers until the case was resolved",
      claimant: "Brazilian Football Confederation",
      pattern: "said-that",
    },
    {
      key: "carries a ban of two years, rising to four if the violation is shown to be intentional",
      claimant: null,
      pattern: "unattributed",
    },
    {
      key: "Venâncio scored seven goals and provided 11 assists in 31 league appearances last season",
      claimant: null,
      pattern: "unattributed",
    },
  ],
  nonClaims: [
    "Joaquim Ferreira, ESPN FC\nJun 27, 2025, 11:04 AM ET",
    "This story has been updated to include comments from Venâncio's agent.",
    "ESPN could not independently verify either account.",
    "READ MORE",
    "Transfer Talk: Rheinfeld close in on Costa Verde playmaker",
    "Why diuretics keep turning up in football's doping cases",
    "Follow ESPN FC on WhatsApp for breaking transfer news",
  ],
};
