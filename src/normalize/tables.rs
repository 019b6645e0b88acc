//! The word tables that tell a changed fact from a routine edit.

/// Words that negate, as their keys are spelt (stems: `"nobody"` -> `"nobodi"`): `"went ahead
/// without the support of residents"` -> `"with the support"` turns the claim. `"unless"` is
/// `"if not"`: `"will close unless a buyer is found"` -> `"will close if a buyer is found"`
/// turns it.
pub(super) const NEGATIONS: &[&str] = &[
    "not", "never", "no", "noth", "nobodi", "none", "neither", "nor", "without", "unless",
];

/// Words that hedge the claim after them: `"The drug may slow the disease"` claims less than
/// `"The drug slows the disease"`, and `"the alleged attack"` less than `"the attack"`, so a near
/// copy that drops or adds one says another thing. Matched as written up to case, as a stem
/// would take in plain words: `"allegations"`, `"like"`, `"reported"`. `"May"` the month is a
/// name, written with a capital. `"is accused of stealing"` is the allegation a court story
/// must keep: `"stole"` states it as fact. A thing tried or all but done is not done:
/// `"attempted murder"` -> `"murder"`, `"almost drowned"` -> `"drowned"`. A link is no cause:
/// `"Daily walk linked to lower risk of dementia"` -> `"Daily walk cuts dementia risk"`, and
/// `"associated with"` is a link too. A thing proposed is not yet planned: `"The proposed bypass
/// would cut journeys"` -> `"The bypass would cut journeys"`.
pub(super) const HEDGES: &[&str] = &[
    "may",
    "might",
    "could",
    "possibly",
    "possible",
    "perhaps",
    "maybe",
    "potentially",
    "potential",
    "probably",
    "probable",
    "likely",
    "presumably",
    "apparently",
    "seemingly",
    "supposedly",
    "reportedly",
    // A paper's own sourcing: `"Chronicle Sport understands Rovers are confident"`.
    "understands",
    // A forecast of one's own: `"The board expects to return to profit"`. Not `"is expected
    // to"`, which news writes of things scheduled.
    "expects",
    "allegedly",
    "alleged",
    "purportedly",
    "purported",
    "suspected",
    // `"arrested on suspicion of murder"`: an allegation, like `"suspected"`.
    "suspicion",
    "accused",
    "attempted",
    "almost",
    "nearly",
    "linked",
    "associated",
    "proposed",
];

/// What a study's finding may be made in, short of people: a near copy that drops `"in mice"`
/// tells the finding of everyone (`"slowed tumours in mice"` -> `"slowed tumours"`). Read only
/// after `"in"`, so `"the RSPCA animal centre"` scopes nothing. As stems.
pub(super) const SUBJECTS: &[&str] = &[
    "mice",
    "mouse",
    "rat",
    "rodent",
    "animal",
    "monkey",
    "primate",
    "pig",
    "cell",
    "laboratory",
    "lab",
    "dish",
    "worm",
    "zebrafish",
];

/// Words that open the condition a claim is made on: a near copy that drops `"if approved"`
/// or `"unless a buyer is found"` tells the claim as certain (`"The plant will close in
/// March"`), and one that adds it tells a certain thing as conditional. As written.
pub(super) const CONDITIONS: &[&str] = &["if", "unless", "pending", "provided", "providing"];

/// The [`CONDITIONS`] that as often say how long a thing done waits, or who gave it: they make
/// a condition only of a claim still to come. `"will reopen pending a review"` is conditional,
/// while `"was released on bail pending further enquiries"` and `"food provided by volunteers"`
/// tell what was done. As written.
pub(super) const WAITS: &[&str] = &["pending", "provided", "providing"];

/// Verbs that refuse what follows them, as their keys are spelt (stems: `"denied"` -> `"deni"`).
/// Like a negation, one turns an opposite back: `"was refused bail"` says `"was remanded in
/// custody"`.
pub(super) const REFUSALS: &[&str] = &["refus", "deni", "reject"];

/// Verbs that give what follows a `"that"` after them as a court's or an inquiry's finding, as
/// their keys are spelt: `"The tribunal found that"`, `"The court heard that"`, `"The inquest
/// concluded that"`, `"The judge ruled that"`. A copy that moves the finding's source to a tag
/// (`"..., the court heard."`) still reports it; without `"that"` they tell of an act (`"Police
/// found a knife"`).
pub(super) const FINDINGS: &[&str] = &["found", "find", "heard", "hear", "conclud", "rule", "held"];

/// Words that tell a deed done to less than all of it: `"partly reversed"`, `"partially
/// reopened"`.
pub(super) const PARTLY: &[&str] = &["partly", "partially"];

/// Words that, after a negated verb, tell when it will happen instead: `"is not expected to peak
/// until Wednesday"` says `"is expected to peak on Wednesday"`.
pub(super) const UNTIL: &[&str] = &["until", "till"];

/// Words that, opening a clause of a headline, frame the story as the outlet's own guide or
/// analysis: `"Measles outbreak in Brantwick: what parents need to know"`, `"Why a quiet villa
/// matters for the border"`, `"Rail strike next week: how to get to work"`, `"Inflation drops -
/// here's what it means"`.
pub(super) const EXPLAINERS: &[&str] = &["what", "why", "how", "here", "everything"];

/// Verbs that take a question after `"if"`, as their keys are spelt (stems: `"decide"` ->
/// `"decid"`): `"was asked if he would resign"` and `"to see if the scheme works"` ask, and lay
/// down no condition.
pub(super) const ASKING: &[&str] = &[
    "ask",
    "wonder",
    "know",
    "knew",
    "question",
    "check",
    "see",
    "unclear",
    "unsure",
    "doubt",
    "decid",
    "determin",
    "establish",
];

/// Verbs that say a claim is someone's belief, not a finding, as written: a copy that drops
/// `"Police believe"`, `", the company claims"` or `"Critics say"` states the claim as fact.
/// `"said"` is not one: a copy drops the report of what was said all the time without making
/// the claim any stronger, while the present tense holds an opinion to its holders. A claim is
/// one in any tense: `"..., it was claimed yesterday"` credits what it follows, and a court
/// story's `"She alleged that the payments were disguised"` is the prosecution's case, which a
/// copy that opens at `"The payments were disguised"` tells as proven.
pub(super) const BELIEFS: &[&str] = &[
    "believe",
    "believes",
    "claim",
    "claims",
    "claimed",
    "say",
    "says",
    "argue",
    "argues",
    "insist",
    "insists",
    "contend",
    "contends",
    "suspect",
    "suspects",
    "think",
    "thinks",
    "fear",
    "fears",
    "allege",
    "alleges",
    "alleged",
    "estimate",
    "estimates",
];

/// Titles and ranks written before a person's name: another one before the same name is the same
/// person (`"WPC Hollis"` for `"Pc Hollis"`, `"Anna Kowal"` for `"Ms Kowal"`), while another word
/// before the same name is another name (`"Great Hadden"` for `"Little Hadden"`).
pub(super) const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Pc",
    "WPC",
    "PCSO",
    "DC",
    "DS",
    "DI",
    "DCI",
    "Det",
    "Detective",
    "Constable",
    "Sgt",
    "Sergeant",
    "Insp",
    "Inspector",
    "Supt",
    "Superintendent",
    "Chief",
    "Officer",
    "Cllr",
    "Councillor",
    "Judge",
    "Justice",
    "Rev",
    "Reverend",
    "Father",
    "Bishop",
    "Capt",
    "Captain",
    "Col",
    "Colonel",
    "Gen",
    "General",
    "Maj",
    "Major",
    "Lt",
    "Lieutenant",
    "Sen",
    "Senator",
    "Gov",
    "Governor",
    "President",
    "Minister",
    "Mayor",
    "Secretary",
    "Prince",
    "Princess",
    "King",
    "Queen",
];

/// Steps of one course, as (earlier, later) pairs: a word swapped for another step says another
/// thing happened (`"A man was charged"` for `"A man was arrested"`, `"Two people were killed"`
/// for `"Two people were injured"`), while words of one step (`"hurt"`, `"injured"`) say the
/// same. The forms are those a report writes; the stems match the rest.
pub(super) const STAGES: &[(&str, &str)] = &[
    ("arrested", "charged"),
    ("arrested", "convicted"),
    ("charged", "convicted"),
    ("injured", "killed"),
    ("injuries", "killed"),
    ("hurt", "killed"),
    ("wounded", "killed"),
    ("injured", "died"),
    ("hurt", "died"),
    ("wounded", "died"),
    // A killing charged or proved as the lesser crime or the graver one.
    ("manslaughter", "murder"),
];

/// Passive verbs of knowing that hedge the claim after them between a form of `"be"` and
/// `"to"`: `"is understood to"`, `"are thought to"`, `"is believed to"`, `"is said to"`,
/// `"is rumoured to"`. `"is expected to"` is left out: news writes it of things scheduled.
/// Written with the mark a name's key carries, as their keys are.
pub(super) const PASSIVE_HEDGES: &[&str] = &[
    "\u{1}understood",
    "\u{1}thought",
    "\u{1}believed",
    "\u{1}said",
    "\u{1}rumoured",
    "\u{1}rumored",
    "\u{1}reported",
];

/// The forms of `"be"` a passive verb of knowing follows: `"is understood to"`.
pub(super) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Colours: any two say another fact of each other, as a witness's description or a car's
/// does (`"a blue hooded jacket"` for `"a green hooded jacket"`). `"gray"` is left out, being
/// `"grey"` spelt another way.
pub(super) const COLOURS: &[&str] = &[
    "red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white",
    "grey", "navy", "silver", "gold", "beige",
];

/// Words that say the opposite of each other in news copy, by stem: one in place of the other in
/// a sentence of the source's shape turns what it says (`"Shares rose"` -> `"Shares fell"`).
pub(super) const OPPOSITES: &[(&str, &str)] = &[
    ("rise", "fall"),
    ("rose", "fell"),
    ("risen", "fallen"),
    ("increase", "decrease"),
    ("grow", "shrink"),
    ("grew", "shrank"),
    ("higher", "lower"),
    ("win", "lose"),
    ("won", "lost"),
    ("victory", "defeat"),
    ("convicted", "acquitted"),
    ("guilty", "innocent"),
    ("approve", "reject"),
    ("accept", "reject"),
    ("support", "oppose"),
    ("allow", "ban"),
    ("open", "close"),
    ("first", "last"),
    ("next", "last"),
    ("best", "worst"),
    ("survived", "died"),
    ("alive", "dead"),
    ("profit", "loss"),
    ("success", "failure"),
    ("succeed", "fail"),
    ("strengthen", "weaken"),
    ("legal", "illegal"),
    ("up", "down"),
    ("before", "after"),
    ("more", "less"),
    ("more", "fewer"),
    ("admit", "deny"),
    // Lent is not given, and a plea is not a verdict: "donated by" for "lent by", "was found
    // guilty" for "pleaded guilty".
    ("lent", "donated"),
    ("lend", "donate"),
    ("loan", "gift"),
    ("pleaded", "found"),
    ("partial", "full"),
    ("admitted", "denied"),
    ("pass", "fail"),
    ("better", "worse"),
    ("high", "low"),
    ("north", "south"),
    ("east", "west"),
    ("effective", "ineffective"),
    ("often", "rarely"),
    ("likely", "unlikely"),
    ("possible", "impossible"),
    ("common", "rare"),
    ("confirm", "deny"),
    ("arrest", "release"),
    ("clear", "convict"),
    ("dismiss", "uphold"),
    ("dismissed", "upheld"),
    ("raise", "cut"),
    // Leaving by choice or by order: "was sacked" for "resigned".
    ("resign", "sack"),
    ("resign", "dismiss"),
    ("quit", "sack"),
    ("increase", "cut"),
    ("rise", "drop"),
    ("rose", "drop"),
    ("start", "end"),
    ("begin", "end"),
    ("minimum", "maximum"),
    ("most", "least"),
    ("most", "few"),
    ("many", "few"),
    ("all", "none"),
    ("highest", "lowest"),
    ("biggest", "smallest"),
    ("largest", "smallest"),
    ("majority", "minority"),
    ("true", "false"),
    ("strong", "weak"),
    ("cheap", "expensive"),
    ("above", "below"),
    ("include", "exclude"),
    ("for", "against"),
    // A report's verb: `"Mr Hale said he had misled"` for `"Mr Hale denied he had misled"`.
    ("deny", "say"),
    ("denied", "said"),
    // Courts, votes and decisions.
    ("allowed", "dismissed"),
    ("pass", "defeat"),
    ("refuse", "agree"),
    ("fail", "manage"),
    ("bail", "custody"),
    // A request met or turned down: "was refused bail" for "was granted bail", "planning
    // permission was refused" for "... was approved", "the complaint was rejected" for "...
    // upheld". The refusing word turns nothing back here, since it is the pair's own.
    ("grant", "refuse"),
    ("grant", "deny"),
    ("grant", "reject"),
    ("approve", "refuse"),
    ("accept", "refuse"),
    ("allow", "refuse"),
    ("uphold", "reject"),
    ("upheld", "rejected"),
    ("accidentally", "deliberately"),
    ("stable", "critical"),
    ("end", "resume"),
    ("slightly", "sharply"),
    // Who it happened to: `"a 34-year-old man"` for `"a 34-year-old woman"`.
    ("man", "woman"),
    ("men", "women"),
    ("boy", "girl"),
    ("husband", "wife"),
    ("son", "daughter"),
    ("father", "mother"),
    ("brother", "sister"),
    // And who did it: `"..., she said."` for `"..., he said."` gives a quote to someone else.
    ("he", "she"),
];

/// Prefixes that turn a word into its opposite when the articles have the word without them:
/// `"unrealistic"` for `"realistic"`, `"illegal"` for `"legal"`, `"disagree"` for `"agree"`.
pub(super) const NEGATING_PREFIXES: &[&str] = &["un", "in", "im", "il", "ir", "dis", "non"];

/// Words that put a role or a bond in the past: a near copy that drops one tells a past role as
/// a present one (`"The former minister Jan Kowal"` -> `"The minister Jan Kowal"`, `"his ex-wife"`
/// -> `"his wife"`), and one that adds one ends a role the source says still holds.
pub(super) const FORMERS: &[&str] = &["former", "ex"];

/// Words that put the verb after them in the future: `"will launch"`, `"would close"`.
pub(super) const FUTURES: &[&str] = &["will", "shall", "would"];

/// Words that soften the claim a hedge makes, as written: `"may have a slightly lower risk"`.
/// Dropped with the hedge, they are part of it, so `"lowers your risk"` for it drops the hedge,
/// while dropped alone (`"prices edged up"` for `"prices rose slightly"`) they turn no claim.
pub(super) const SOFTENERS: &[&str] = &["slightly", "somewhat", "marginally", "modestly", "partly"];

/// Verbs of appeal that a statement softens with `"would"`, as written: `"Police would urge
/// anyone with information to come forward"` urges now, so `"Police have urged..."` tells no
/// plan as done.
pub(super) const APPEALS: &[&str] = &[
    "remind",
    "urge",
    "ask",
    "appeal",
    "advise",
    "encourage",
    "request",
    "invite",
    "recommend",
    "stress",
    "reiterate",
    "emphasise",
    "emphasize",
    "thank",
    "echo",
];

/// Words that, right before `"to"`, put the verb after it in the future as `"will"` does: `"is
/// expected to open"`, `"plans to launch"`, `"is set to close"`, `"is due to be opened"`, and
/// an effort not yet done, `"engineers are working to restore"`. Keys are stems, so `"trying"`
/// would be `"tried"` too, and `"tried to hold up a shop"` for `"held up a shop"` tells an
/// attempt, no plan.
pub(super) const PLANS: &[&str] = &[
    "expected",
    "set",
    "due",
    "planned",
    "scheduled",
    "intends",
    "aims",
    "hopes",
    "poised",
    "working",
];

/// Verbs that say someone means a thing to happen, or weighs it, as stems: a near copy that
/// puts `"will"` in their place tells the intent as certain (`"The council will close the
/// library"` for `"The council plans to close the library"`), and so does one that drops them
/// (`"is introducing"` for `"is considering introducing"`). `"is expected to"` is left out: news
/// writes it of things scheduled, as `"will"`.
pub(super) const INTENTS: &[&str] = &[
    "plan", "hope", "aim", "intend", "want", "seek", "consid", "propos", "explor", "weigh",
];

/// Verbs that say a plan was decided, as stems: a near copy that puts them in place of an
/// intent tells the plan as settled (`"The council has agreed to sell the field"` for `"The
/// council plans to sell the field"`), and the reverse.
pub(super) const DECISIONS: &[&str] = &["agre", "decid", "approv", "vote", "resolv"];

/// Inflections of a verb in the past: `"launched"`, `"closed"` (stem `"close"`).
pub(super) const PAST_FORMS: &[&str] = &["ed", "d"];

/// Irregular pasts and past participles of verbs news reports with, each as `past:base` (one
/// string: a table of pairs would cost the page's wasm a kilobyte of pointers): the
/// stemmer leaves `"built"` apart from `"build"`, so without them `"has built"` for `"will
/// build"` would be no plan told as done. They stay apart as keys (a rewrite that keeps only
/// `"sold"` of `"will sell"` has not copied it). Forms that are also other words are left out:
/// `"found"` (a company), `"left"` (a side), `"saw"`, `"thought"`, `"rose"` (a name), `"fed"`
/// (the Fed), and `"told"`, a function word.
pub(super) const IRREGULAR_PASTS: &str = "\
    arisen:arise arose:arise ate:eat beaten:beat became:become began:begin begun:begin blew:blow \
    blown:blow bought:buy broke:break broken:break brought:bring built:build caught:catch \
    chose:choose chosen:choose crept:creep dealt:deal drawn:draw driven:drive drove:drive \
    eaten:eat fled:flee flew:fly flown:fly forgave:forgive forgiven:forgive forgot:forget \
    forgotten:forget fought:fight froze:freeze frozen:freeze gave:give given:give gone:go \
    got:get gotten:get grew:grow grown:grow heard:hear held:hold hid:hide hidden:hide hung:hang \
    kept:keep knew:know known:know laid:lay led:lead lost:lose made:make meant:mean met:meet \
    overcame:overcome overtaken:overtake overtook:overtake paid:pay ran:run rang:ring \
    rebuilt:rebuild rode:ride sang:sing sank:sink sent:send shaken:shake shook:shake \
    shrank:shrink slept:sleep sold:sell sought:seek sped:speed spent:spend stole:steal \
    stolen:steal stood:stand struck:strike stuck:stick sunk:sink swam:swim swept:sweep \
    swore:swear sworn:swear taken:take taught:teach threw:throw thrown:throw took:take \
    undergone:undergo understood:understand undertook:undertake underwent:undergo upheld:uphold \
    went:go wept:weep withdrawn:withdraw withdrew:withdraw withheld:withhold won:win wore:wear \
    worn:wear written:write wrote:write";

/// Verbs whose past is their base: `"it will cut 1,800 jobs"` -> `"it cut 1,800 jobs"` drops
/// the future with no ending to show for it.
pub(super) const UNCHANGED_PASTS: &[&str] = &[
    "cut", "put", "hit", "let", "shut", "cost", "hurt", "quit", "spread", "split", "cast", "burst",
    "bid", "shed", "upset",
];

/// The forms of `"have"` that make a perfect, a past: `"has cut"` for `"plans to cut"`.
pub(super) const PERFECTS: &[&str] = &["has", "have", "had"];

/// The word that names the doer in a passive: `"beaten by Castlebridge"`.
pub(super) const AGENT: &str = "by";

/// The verb that a future word puts a state or a passive in the future with, `"will be
/// opened"`, and its forms that put them in the past, `"was opened"`.
pub(super) const BE: &str = "be";
pub(super) const PAST_BE: &[&str] = &["was", "were"];
