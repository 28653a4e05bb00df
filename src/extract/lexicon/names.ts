/**
 * Post-nominal letters and honours after a name ("Helen Okafor KC", "Jane Doe MP"): not part
 * of the canonical name. Compared on the token as written, without dots.
 */
export const POST_NOMINALS = `
  KC QC SC MP MEP MSP MS AM MLA TD MD PhD DPhil MBA OBE MBE CBE KBE DBE GBE CH OM JP FRS RN Esq
`;

/** Generational suffixes kept with the name ("Martin Luther King Jr."), as written, no dot. */
export const NAME_SUFFIXES = "Jr Sr II III IV";

/**
 * Common given names that are almost always a woman's or a man's, across the languages news
 * covers most (lower-case, diacritics folded). Names used for both (Jean, Andrea, Alex, Kim,
 * Robin, Sasha …) are left out: their gender comes from titles or a later he/she.
 */
export const FEMALE_GIVEN_NAMES = `
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
  margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
  stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
  nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
  diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
  megan cheryl hannah martha madison frances gloria ann teresa kathryn sara janice abigail
  alice julia judy sophia grace denise amber doris marilyn danielle beverly isabella theresa
  diana natalie brittany charlotte marie kayla alexis lori claire ellen fiona sophie lucy
  chloe zoe ella mia ava harriet eleanor rosa carmen ana ines isabel lucia elena marta
  beatriz paula daniela valentina camila gabriela fernanda mariana adriana silvia monica
  patricia francesca giulia chiara alessandra federica sabine petra katrin ursula monika
  birgit heike anja ingrid astrid sigrid annika karin agnieszka katarzyna malgorzata
  joanna ewa olga natalia tatiana svetlana irina yulia oksana anastasia ekaterina elif
  ayse fatma zeynep emine hatice merve fatima aisha amina khadija leila layla mariam
  maryam nour zainab priya ananya aditi sunita lakshmi deepika pooja neha nkechi ngozi
  chiamaka amara adaeze wanjiru akosua abena ama yaa esi efua thandiwe nomvula sipho
  aiko yuki haruka sakura mei naomi esther miriam leah deborah sofia sofie ingrid
  agathe amelie camille celine chantal colette genevieve helene isabelle josephine
  juliette margaux mathilde nathalie sylvie valerie veronique brigitte francoise
`;

export const MALE_GIVEN_NAMES = `
  james robert john michael david william richard joseph thomas charles christopher daniel
  matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
  ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
  scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
  tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
  christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
  jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy
  roy vincent ralph eugene russell bobby mason philip louis harry oliver charlie tom tim
  ben sam jim bill bob mike steve tony nick rob ian graham nigel colin neil simon martin al ash
  carlos luis miguel pedro jorge javier manuel rafael fernando alejandro diego pablo
  sergio ricardo eduardo andres mateo santiago joao antonio francisco paulo marco luca
  giuseppe giovanni alessandro matteo lorenzo stefano massimo hans klaus jurgen wolfgang
  stefan thomas markus andreas matthias lars nils erik olaf sven magnus piotr krzysztof
  tomasz marek pawel michal jan vladimir dmitry sergei alexei ivan mikhail nikolai oleksandr
  andriy mehmet mustafa ahmet ali hasan huseyin ibrahim emre murat mohammed muhammad
  mohamed ahmed omar khalid hassan hussein yusuf abdullah karim tariq rashid saad faisal
  rahul amit arjun vijay sanjay rajesh suresh ravi anil chinedu emeka oluwaseun kwame kofi
  kwaku yaw kojo thabo sibusiso themba hiroshi takashi kenji haruto yuto wei jun hao
  pierre jacques francois philippe michel alain bernard christophe nicolas olivier
  thierry laurent sebastien guillaume mathieu antoine julien benoit didier gerard
`;

/** Lower-case particles inside personal and organisation names. */
export const NAME_PARTICLES = `
  al el ad as ash bin ibn ben abu de da del della dello dei di du van von der den la le los las
  dos das do y e ter ten zu af of and for & the
`;

/** Particles that join a name but are not on their own a reason to keep going. */
export const WEAK_PARTICLES = "of and for & the";

/*
 * Particles as the rules of the attribution patterns and the sentence subject accept them:
 * each list is a part of NAME_PARTICLES (test/extract/lexicon.test.ts checks it), written in
 * the order of its alternation.
 */

/** Inside a capitalised subject before its verb ("The Commission on Audit", "Abu al-Hassan"). */
export const LEAD_PARTICLES = "de al bin";

/** Inside a name in apposition that closes "according to X, the …" ("Banco do Brasil"). */
export const APPOSITION_PARTICLES = "de da do dos van von al bin";

/** Lower-case words inside an organisation's name spelt by its initials ("Banco de …"). */
export const ORG_NAME_LINKS = "of for and on de the";

/** Inside the last run of capitalised words before a clause break ("Ahmed al-Saadi disagreed:"). */
export const RUN_PARTICLES = "al el bin ibn de da do dos van von der le la di du";

/** Lower-case words inside a subject opening a sentence ("Council member Jo Ruiz", "Ana de Souza"). */
export const SUBJECT_PARTICLES = "de da dos van von al bin la le del";

/** Inside a name after a role in apposition ("The chancellor, Rachel de Vries, …"). */
export const APPOSITIVE_PARTICLES = "de da do dos del van von der al bin el la le di du";
