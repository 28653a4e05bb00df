/**
 * Review signals (review/): words that say nothing about which claims a signal concerns —
 * function words, the nouns of the review itself and generic institution words ("the
 * ministry", "officials"). Lower-case tokens.
 */

export const NOT_TOPIC = `
  the a an this that these those such its their his her any some all of in on at to for from by
  with about into over under than then and or but not no as be is are was were been being has
  have had will would could should may might also said says told after before during while
  against between there here which who whom whose what when where why how them they it he she we
  allegations allegation claims claim accusations accusation reports report statements
  statement comments comment remarks matter case complaints complaint evidence dossier dossiers
  material findings finding information footage video incident charges charge assertions
  assertion looking look investigating investigate investigation inquiry enquiry probe probing
  reviewing review examining examine studying study assessing assess checking check verifying
  verify analysing analyzing scrutinising scrutinizing opened launched began started ordered
  announced authorities authority officials official government ministry office department agency
  commission committee council court federation association union party service services bureau
  directorate institute spokesman spokeswoman spokesperson spokespeople national federal state
  public general central country people group new former near over under across around since
  until more most less very just only even still onto upon within without through among along
  behind beyond below above whether having does doing done made make makes other another each
  every many much several year years last next week weeks month months time times further fully
  thoroughly closely carefully urgently immediately seriously
`;
