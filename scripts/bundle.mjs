// Builds dist/ from www/ (after www/pkg exists): a copy of the page to serve (its scripts minified
// by terser: comments and whitespace go, names stay), with a service worker
// that keeps the page's files for opening it offline, and dist/retold.html,
// one file with the CSS, the JS modules, the worker (glue + worker.js) and the wasm inlined, with a
// CSP of sha256 hashes. Prints gzipped sizes and writes them to dist/sizes.json.
//
// The module "bundler" is deliberately tiny: www/ modules import with one-line
// `import { a, b } from './x.js';` and export with `export function|const|class`. Modules are
// concatenated in dependency order, so top-level names must be unique across www/ (checked by
// parsing the result).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { minify } from 'terser';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const www = path.join(root, 'www');
const dist = path.join(root, 'dist');
// The budget catches accidents (float printing once cost 9 KB, a float parser 20 KB); it grew
// from 250 to 256 KB with the tables that tell a changed fact from a routine edit, and to 260 KB
// with the sentence rules for wrapped lines and news abbreviations (3 KB of wasm). Folding only
// canonical decompositions and a few compatibility forms by hand, instead of full NFKD, took
// 37 KB off (259 -> 222 KB), and the budget came down to 232 KB so the room is not lost unseen.
// It grew to 235 KB with the Undo and Redo offers, their keyboard shortcuts and the check for
// pasted binary data (1 KB of JS), and the checks for a figure's dropped qualifier and for a
// figure a rewrite moved and changed (1.6 KB of wasm), and to 236 KB with lengths of time
// compared in days, so "14 days" for "two weeks" is no other number (1.4 KB of wasm), and to
// 242 KB with the checks for a quote or claim credited to another person (the one a "he" stands
// for, a name only one sentence writes, the names an article writes as names) and for a figure
// in its place (5.3 KB of wasm: binaryen's --func-metrics puts 5.3 KB in facts::conflicting, its
// closures and names.rs, each check's iterator chains inlined; no sort or map was instantiated),
// and to 243 KB with hedges matched by form, figures that trade places, copies with words
// slipped in and a headline found after a press release's first line (1.9 KB of wasm, after
// taking 3.6 KB out: a sort of pairs for the hedges, an iterator chain for the headline), and
// to 244 KB with a claim stripped of whose belief it is ("Police believe" dropped; 0.7 KB), and
// to 245 KB with a figure's qualifier read after it ("300 or more", "20-odd", a "+" read as
// "plus") and in rewrites (1.2 KB of wasm), and the columns fitted beside the word diff panel
// (0.4 KB of JS and CSS), to 246 KB with the note that two articles seem to be in different
// languages (0.6 KB of wasm: a count of the target's most frequent words), and to 247 KB with a
// plan told as done ("will launch" -> "launched"; 1.3 KB of wasm, half of it the normaliser's
// lookups of "to" and the past-tense inflections, which binaryen inlines into normalize), and
// to 248 KB with a passive told as done ("will be opened" -> "was opened") and a tilde or "c."
// read as a figure's qualifier ("~300", "c.300"; 0.6 KB of wasm together; rustc's opt-level "s"
// was tried and comes out 1 KB larger after wasm-opt -Oz), and to 250 KB with a quote moved
// between speakers named beside it (0.7 KB of wasm), quantifiers and prefixes read as opposites
// (0.8 KB, after 0.4 KB out: slices for an iterator pair), hedges and tenses read in rewrites,
// spacing left out of the word diff, and replaced words shown "old → new" (0.3 KB of JS and CSS),
// and to 253 KB with text wrapped at a fixed width read as wrapped (PDF and e-mail text; 1.8 KB
// of wasm, most of it the width check binaryen inlines into segment: splitting on the engine's
// own blank test instead of split_whitespace saved 0.1 KB), e-mail quote marks left out of the
// word diff (0.5 KB) and plans in words ("is expected to open"; 0.8 KB), and to 255 KB with
// divider lines read as no sentence, long wordless runs cut before the sentence bounds read
// them (a full stop and 40,000 spaces took half a minute), figures that trade places between
// kept words, a fact the target copies elsewhere not counted as changed, and a day moved across
// its month (1.4 KB of wasm, after 0.8 KB out: figure places as a plain function, one call into
// the span search), and a hover that scrolls nothing with links shown closest first (0.2 KB),
// and to 258 KB with names that trade places around kept words, a quote taken only from a
// source sentence's quote, a copied merge letting go of a sentence that gave only a speaker's
// name, and attributions such as "Critics say" read as dropped (2.3 KB of wasm; keeping a name
// run as a range instead of its keys saved nothing), and an Undo or Redo offer that says what
// it does beside another message (0.1 KB), and to 264 KB with the facts a teacher's review found
// missed: irregular pasts and verbs whose past is their base told as done ("has built", "it
// cut"), "without", "denied" made "said" and court and vote opposites, one name for another in a
// near copy (a misspelt one aside), names that trade places beside one kept neighbour, a
// reworded headline that turns the story, and words a copy only moved (5.3 KB of wasm; the
// table of irregular pasts as one string instead of pairs saved 0.1 KB), and to 265 KB with
// "has cut" for "plans to cut", a woman made a man, and a text of marks alone told from an empty
// one (0.8 KB of wasm), and to 267 KB with numbers spelt out in several words read as one figure,
// "forty-two" as 42 (1.6 KB of wasm; a table of words searched as one string, not a `match`,
// saved 0.5 KB), and to 268 KB with a negation dropped with the words before it ("charged" for
// "released without charge") and a charge told as a deed ("stole" for "accused of stealing";
// 0.2 KB of wasm together), and a clock time read as one time on either clock ("2.30pm" for
// "14:30"; 0.7 KB of wasm, most of it the checks of each word's text binaryen inlines into
// tokenize; joining the tokens in place instead of into a new vector came out larger), and to
// 269 KB with a half or a quarter read with its whole number ("three and a half", "3½" and
// "3 1/2" as 3.5; 0.4 KB of wasm, after 0.3 KB out: " and a half" matched as one run of text,
// not as three words), and to 270 KB with a dark mode and forced-colour bars (0.3 KB of CSS:
// every colour a variable, one block of dark values) and the word diffs laid out for Ctrl+P
// (0.2 KB of JS), and to 271 KB with a decimal read out as one figure ("three point five" as
// 3.5; 0.3 KB of wasm, its words in the numeral table's one string) and a kept claim credited
// to a stranger whose speech the sentence reports (0.4 KB of wasm with the table of reporting
// words), and to 272 KB with a sentence that trades places with its neighbour judged in
// sequence (0.3 KB of wasm), "May" with a capital read as the month (0.4 KB, after 0.2 KB out:
// the title-case test reads the words' capital marks, not their letters) and a tense change in
// a rewrite read only among the same words (0.2 KB). The word diff running on word numbers
// through the alignment's own `similar` code, instead of a second copy of `similar` for strings,
// took 10.2 KB off (271.7 -> 261.5 KB), and the budget came down to 264 KB, with room for words
// hyphenated across lines read whole (1.4 KB of wasm: the lookup of a word in either article kept
// out of line, inlined three times it cost 1 KB more), and to 265 KB with Wikipedia's citation
// marks (`[3]`, `[a]`, `[citation needed]`) read as no words and as closing the sentence before
// them (1.0 KB of wasm; dropping the marks' words in a pass of their own after the words are
// read came out 0.3 KB larger than skipping them as they are read). It stayed at 265 KB with a
// word diff that writes a word hyphenated across a line break whole, as the engine reads it, so a
// copy out of a PDF shows no change (1.2 KB gzipped; the diff's functions taking `&str`
// sentences, compiled once instead of once per caller's type, took 0.6 KB of it back), and a
// headline's hedge read only on a claim both headlines make (0.5 KB): the acronyms sorted as
// plain keys, not as pairs by key, took a second sort out of the wasm (1.9 KB). It went to 269
// KB with each added sentence's reason, the words it shares with its closest source sentences
// and why they fall short (268.0 KB: 2.7 KB of wasm, most of it the report's new field
// serialized and the shared words found, and 0.5 KB of JS for the captions and their module).
// It went to 288 KB for reading German, French, Spanish, Italian, Portuguese and Dutch with
// their own Snowball stemmers (287.0 KB: 18.8 KB more, nearly all of it the six stemmers' code
// and tables, of which the German, French and Spanish ones alone made 7.1 KB; a stemmer chosen
// at run time through the crate's own `create` would have brought in all eighteen, 316 KB).
// The report naming that language took 0.7 KB, and reading those languages' figures (a decimal
// comma, thousands grouped with full stops or spaces) 0.9 KB, after a first version that
// searched strings took 1.8 KB: 289 KB. It went to 290 KB when lesson 19 (a study's press
// release) showed a rewrite's dropped hedge hidden by one it kept, a headline's hedge read only
// when the headline was first added, and `Britain` for `the UK` read as another name (289.1 KB,
// from 288.8 KB). It went to 291 KB when lessons 20, 22 and 23 and a METER court report
// showed a title spelt out as a role read as a rewording, a figure's bound after it as a
// qualifier, one word of a team's name for another as another speaker, and a closing `"The
// trial continues."` weighed as the article's own material (290.2 KB; the names collected
// through a dyn iterator had cost 0.8 KB of it, taken back). Lengths, weights, areas and
// speeds compared across units (lesson 25) fit under it at 290.9 KB, their sizes kept as `f32`.
// It went to 292 KB when temperatures were compared across scales, `"-5C"` read with its sign and
// the units of a converted figure counted as kept (0.9 KB, 291.8 KB). It went to 293 KB when a
// compound written open or hyphenated became the word another article writes closed (`"heat
// wave"`, `"cease-fire"` for `"ceasefire"`), in the pass that joins words broken across lines
// (0.7 KB, 292.5 KB; a pass of its own had cost 1.0 KB). It went to 294 KB when lesson 27 showed
// a role moved before a quote's speaker (`"Chief executive Sarah Okafor said"` for `"Sarah Okafor,
// chief executive of Hartwell Food Bank, said"`) read as a rewording (0.6 KB, 293.1 KB). It went
// to 295 KB when lessons 30-36 showed a synonym spinner's sentences in the source's order, a
// short sentence merged into a long one as a clause, and a copy with one word swapped read as
// added, omitted and reworded (0.1, 0.3 and 0.3 KB; 294.02 KB). It went to 296 KB when lesson
// 24 showed a web page's furniture (`"Skip to main content"`, a menu, a copyright line) weighed
// as the article's own material in the verdict (1.3 KB, in one pass over the characters as in
// three; wasm-opt's --converge took 0.5 KB of it back: 295.6 KB). It went to 297 KB when
// lessons 27 and 57 showed a quote told as reported speech read as a copy, and British papers'
// single quotation marks were read as quotation marks (0.5 and 0.6 KB; 296.7 KB). It went to
// 299 KB when lessons 62 and 63 showed a floor dropped (`"stole £38,000"` for `"stole more than
// £38,000"`) read as a changed fact and ordinals (`"fourth"` for `"third"`) not read as figures
// at all (1.3 KB together, after a first version of each took 1.9 KB: 298.1 KB). It went to
// 300 KB when lesson 61 showed a list's numbers read as words of its items (0.4 KB) and lesson
// 63 a phrase swapped read as a rewording (0.4 KB), and a speed written as a length per time
// (`"miles an hour"`, `"km/h"`) was read as its unit (0.3 KB): 299.2 KB. It went to 301 KB when
// a rate per another unit (`"£12.21 a week"` for `"£12.21 an hour"`, `"£30 per kilo"` for `"£30
// per tonne"`) and another share or multiple (`"a quarter"` for `"a third"`, `"tripled"` for
// `"doubled"`) were read as rewordings (0.3 and 1.1 KB, after the first version of the shares
// took 1.8 KB: one table reader for magnitudes, parts and multiples, and one path for shares
// and multiples): 300.6 KB. It went to 302 KB when another step of a course (`"charged"` for
// `"arrested"`, `"killed"` for `"injured"`) was read as a copy with one word reworded (0.6 KB
// with its caption; a table of (word, course, step) rows instead of pairs came out 0.2 KB
// larger): 301.2 KB. It went to 304 KB when four more misreports read as copies or rewordings: a
// period or part of the day moved (`"this year"` for `"last year"`, `"Tuesday night"` for
// `"Tuesday morning"`, 1.1 KB), a figure put on the other side of its qualifier (`"more than 50"`
// for `"up to 50"`, 0.6 KB after a loop in place of chained iterators took 0.2 KB back), a claim
// credited to other people (`"Witnesses said"` for `"Police said"`, 0.7 KB after bits in place of
// lists took 0.3 KB back) and `"sacked"` for `"resigned"`: 303.7 KB; then a change told as a level
// (`"rose to 2%"` for `"rose by 2%"`, 0.2 KB, with one scan for every small table of keys): 303.9 KB.
// It went to 305 KB when points were read apart from per cent (`"two per cent"` for `"two
// percentage points"`, 0.2 KB once the three readings of a kept figure shared one pass): 304.1 KB.
// It went to 306 KB when a rate dropped or added after a kept figure (`"£2m"` for `"£2m a
// year"`) was read as another number, with `"annually"` and its kind read as rates (1.3 KB):
// 305.2 KB; then a finding told of more than it was made in (`"slowed tumours"` for `"slowed
// tumours in mice"`, `"in patients"` for `"in some patients"`, 0.3 KB): 305.5 KB; then an
// intent told as certain (`"will close"` for `"plans to close"`, 0.4 KB): 305.9 KB. Reading a
// rate in a rewrite too cost nothing once one function asked for every reading of a figure (a
// second call site of the rate reader had cost 0.6 KB). It went to 307 KB when a figure kept
// in another currency (`"£12m"` for `"$12m"`) and a condition dropped or added (`"if the board
// approves"`) were read (1.5 KB), which an alignment that holds its source words, so no reader
// collects them again, paid back (305.9 KB); then a headline's figures were read as the other
// sentences' are (0.7 KB): 306.6 KB. It came down to 306 KB when the stemmers were built for
// size (the `page` profile of Cargo.toml, 2.2 KB off), which paid for `"unless"` read as `"if
// not"` (1 KB), a question after `"asked if"` and a currency's name kept with its figure:
// 305.1 KB; then a named speaker's quote given to an unnamed group (0.2 KB) and a short phrase
// read against its opposite (`"was granted bail"` for `"was remanded in custody"`, 0.5 KB, once
// plain loops took a 3.5 KB closure's place): 305.9 KB. It went back to 307 KB when the kinds
// of dollar were told apart (`"A$5m"` for `"US$5m"`, 0.3 KB): 306.2 KB. It went to 308 KB
// when a request granted was read against one refused and a pound of weight against sterling
// (0.2 KB), an intent or a proposal dropped outright (`"is introducing"` for `"is considering
// introducing"`, 0.4 KB once its two readings shared one function) and a finding told of
// another subject (`"in rats"` for `"in mice"`, 0.2 KB): 307.0 KB; then a copy's share of its
// words, a quote's `"I"` turned `"he"` and a sentence stitched from parts of several (0.5 KB):
// 307.5 KB. It went to 310 KB when a reporting frame of the writer's own was read as a new
// clause and an insertion slid before the word it repeats (0.8 KB), and German and Dutch
// compounds were read as their parts (1.2 KB): 309.7 KB. It went to 311 KB when a picture's
// caption or credit line was read as the page's own (`"Picture: PA Media"`, 0.4-0.6 KB): 310.3 KB.
// It went to 313 KB when a day of the month was keyed as a day, a heading over a derived story
// was read as a headline, `"it"` became a pronoun a copy may spell out, and two copied sentences
// outside quotation marks made a target derived (1.7 KB for the four): 312.0 KB. It went to
// 314 KB when a summary intro was gathered from several source sentences and a figure the
// source never gives was marked added inside a reworded sentence (1.3 KB for the two, the
// figures scanned unsorted to spare a float sort): 313.3 KB; then a copy turned round told
// from a copy-editor's move (0.5 KB): 313.8 KB. It went to 315 KB when an aside slipped into a
// copy, set off by commas, and a quote's verb of speech swapped for one saying whom it was told
// to kept the copy (0.5 KB): 314.2 KB; then a line set wholly in capitals read as naming no one
// (0.2 KB): 314.4 KB; then a short form of a first name read as the same person (`"Dom"` for
// `"Dominic"`, 0.5 KB): 314.9 KB. It went to 317 KB when a merge that cuts a phrase from inside
// a sentence read as a rewording (0.2 KB less) and a quote copied whole under an attribution of
// the target's own read as a copy (1.1 KB): 316.0 KB; then a copied quote kept its credit when
// the sentence that only named its speaker left its link (0.4 KB): 316.4 KB. It went to 318 KB
// when a statement in its author's voice told in the third person read as a rewording, and a
// long source headline on its own line was told from the intro (0.6 KB): 317.0 KB. It went to
// 320 KB when `"could not"` read as `"cannot"`, a correction note as the page's furniture, a
// quote the source never gave as added, and a figure the source gives in another sentence as
// no changed number (2.6 KB in all; any change moves LLVM's inlining by up to 0.5 KB either
// way): 319.6 KB. It went to 321 KB when a sentence's first word before a full name it keeps
// read as that person's role, not another person (0.4 KB, 0.9 KB when inlined): 320.0 KB. It
// went to 322 KB when a headline set in title case stopped naming people by its capitals (1.2
// KB, two sorted lists of keys), after a rough figure rounded more roughly, a magnitude word
// read as its figure's and a statement's stand-in persons cost 0.2 KB: 321.4 KB. It went to
// 323 KB when a possessive acronym stood for its name, a hedge moved to another verb stayed
// a hedge, and a figure moved with the words around it and changed read as another number
// (0.6 KB in all): 322.2 KB; a clock time read as a figure of its own, street words' short
// forms, a name swap read only where names changed and a clause counting another thing took it
// to 322.9 KB. A sentence carrying most of its counterpart's telling words took it to 323.3 KB;
// building retold itself for size (`opt-level = "s"` in Cargo.toml's page profile) then took it
// to 315.9 KB, and the budget came down to 317 KB. It went to 319 KB when a menu or a time
// stamp read as the page's furniture in the labels, not only in the verdict (1.1 KB for the
// menu moved to the lines, 0.9 KB for the stamp, written with plain loops): 317.9 KB, and
// 318.2 KB with lessons 285-308's rules, and 318.9 KB with lessons 309-356's (a quote that runs
// on credited to another, a hedge firmed with "will", a share swapped, five opposite pairs),
// written as plain loops. Keying a name spelt like a function word (`"US"`) by its folded word
// after a mark instead of in capitals took it to 312.0 KB: `str::to_uppercase` had brought
// the whole Unicode case table into the page (6.8 KB gzipped). Lessons 357-396's rules (a day
// kept only by a day, rounding by "nearly" and of rough figures, bylines, an unnamed speaker's
// quote given to a named one, a sentence told by the source's figures, a decision for an
// intent) took it to 314.1 KB, and the budget came down to 316 KB. Lessons 397-420's rules (a
// quote copied under an occasion of the target's own, a credit the source gave weighing half,
// figures rounded fairly in a sentence told by them) took it to 315.4 KB, and any two colours
// read as another fact to 315.5 KB. A passive verb of knowing read as a hedge ("is understood
// to", the METER dev score's largest gain in many sessions, 0.6666 -> 0.6680) took it to 316.3
// KB, written with one shared list check, and the budget went up to 317 KB. Lessons 437-476's
// rules (a person called by another of their names, a reporting frame told as a tag at the end,
// a hedge dropped with its clause's opening words, a quote moved from a speaker who opens the
// sentence, a name after "on" or "in" read as where, not who) took it to 317.6 KB, and the
// budget went up to 318 KB; numbering the runs of names once, as plain numbers, took it to 317.1
// KB. Lessons 477-500's rules (a finding read as a reporting frame, a role moved after a name,
// a weekday for "today" at 0.5 KB, a link line read as furniture, an echo of a copied sentence,
// a headline led by a quote of its own, an opening phrase moved to the end) took it to 320.0
// KB, and the budget went up to 321 KB. Lessons 501-540's rules (a unit counted by "a" read as
// an amount, a ceiling dropped in a rewrite, a quote given to another of the source's speakers,
// a figure's unit read past its magnitude, a social page's prompts as furniture, a near copy
// under a reporting tag, a count the source gives otherwise) took it to 323.6 KB, and reading
// the rate a target converts the source's sums at to 324.5 KB; marking two of the checks not
// inlined cost 0.1 KB more. A unit counted by "a" in conversions, a person the source leaves
// unnamed named anew and a run-on quote given to a sentence's subject took it to 325.2 KB;
// plain loops for the rate and a byte comparison for the prompts brought it to 325.0 KB, and
// the budget went up to 326 KB; a call for readers' pictures read as furniture: 325.2 KB.
// Reading a target in another language as a translation (cognates, each article's figures its
// own way, the languages in the summary) took it to 326.6 KB, and the budget to 327 KB; a
// sorted list in place of the cognates' map cost 2 KB more. Pairing a translation's gaps by
// place took it to 327.3 KB (328.3 KB written with iterator chains), and the budget to 328 KB.
// "expects" as a hedge, a year read out in halves and a list of links under its label as
// furniture took it to 328.7 KB, and the budget to 329 KB; one function for a sentence
// reworded whole, shared by the headline's pass and the gaps, brought it to 328.2 KB, and
// reading each article's telling words once for all three languages to 328.7 KB. A figure
// rounded from one source figure read as it took it to 329.5 KB (332.0 KB written with a sort by
// comparator), and the budget to 330 KB; a request for comment read as the outlet's own to
// 330.2 KB, and the budget to 331 KB; a count said roughly read as a count: 330.3 KB. Eight
// rules for quotes, credits, qualifiers and figures put in place of words took it to 332.2 KB,
// and the budget to 333 KB. Seven rules for courtesies, named times, run-on quotes, a lawyer's
// claim and plans told as done took it to 334.0 KB, and the budget to 335 KB; reading two of
// them only where the rest already holds, to 334.2 KB. Eight rules for figures brought from
// other sentences, softened hedges, bystanders, times in words, wire datelines, page notices,
// pronoun credits and waits took it to 341.4 KB (times 2.6 KB and datelines 1.4 KB of the
// unoptimised wasm), and the budget to 342 KB; one copy of the clock reader for both its
// callers, or trait objects for its closures, made it larger, not smaller. Twelve rules for
// plans told as done in the passive, time stamps, translated counts and opening gaps, explainer
// headlines, hedged verbs swapped, efforts under way, negations until a time, organisers,
// credits moved, deeds done in part and links to read took it to 345.6 KB, and the budget to
// 347 KB. Building retold at opt-level "z" would take 35 KB off but doubles the time of a
// comparison in node (5k 4.9 -> 9.9 ms, 200k 173 -> 395 ms).
const SIZE_BUDGET = 347 * 1024;
const PAGE_FILES = ['index.html', 'favicon.svg', 'style.css', 'app.js', 'captions.js', 'render.js', 'share.js', 'engine.js',
  'examples.js', 'export.js', 'files.js', 'message.js', 'store.js', 'status.js', 'walk.js', 'worker.js', 'pkg/retold.js', 'pkg/retold_bg.wasm'];

function read(file) {
  return fs.readFileSync(path.join(www, file), 'utf8');
}

function fail(message) {
  console.error(`bundle: ${message}`);
  process.exit(1);
}

const IMPORT = /^import \{([^}]*)\} from '\.\/([\w-]+\.js)';\n/gm;

function bundleModules(entry) {
  const order = [];
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = read(file);
    for (const match of text.matchAll(IMPORT)) visit(match[2]);
    order.push(file);
  };
  visit(entry);
  return order.map((file) => {
    const text = read(file).replace(IMPORT, '');
    if (/^\s*import\b/m.test(text)) fail(`${file}: only "import { ... } from './x.js';" is supported`);
    const body = text.replace(/^export (?=(async function|function|const|let|class) )/gm, '');
    if (/^\s*export\b/m.test(body)) fail(`${file}: unsupported export form`);
    return `// ---- ${file}\n${body}`;
  }).join('\n');
}

// The single file's worker is a classic script (Chromium refuses module workers from blob: URLs
// on file:// pages), so the glue's exports and import.meta go.
function workerSource() {
  const glue = read('pkg/retold.js');
  const defaultName = (glue.match(/export \{[^}]*\b(\w+) as default\b/) ||
    glue.match(/export default (\w+);/) || [])[1];
  if (!defaultName) fail('pkg/retold.js: cannot find the default export (init)');
  const classicGlue = glue
    .replace(/^export \{[^}]*\};?$/gm, '')
    .replace(/^export default \w+;$/gm, '')
    .replace(/^export (?=(async function|function|const|let|class) )/gm, '')
    .replace(/\bimport\.meta\.url\b/g, 'self.location.href');
  if (/^\s*(export|import)\b/m.test(classicGlue) || /\bimport\.meta\b/.test(classicGlue)) {
    fail('pkg/retold.js: unexpected module syntax left for the classic worker');
  }
  const worker = read('worker.js').replace(
    /^import init, \{[^}]*\} from '\.\/pkg\/retold\.js';$/m, `const init = ${defaultName};`);
  if (/^import\b/m.test(worker)) fail('worker.js: unexpected import');
  return `(() => {\n${classicGlue}\n// ---- worker.js\n${worker}\n})();\n`;
}

// JSON with "<" escaped, so no "</script" can end the inline script early.
function jsString(text) {
  return JSON.stringify(text).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function checkParses(code, label, extension = 'mjs') {
  const file = path.join(dist, `.check-${label}.${extension}`);
  fs.writeFileSync(file, code);
  try {
    execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
  } catch (error) {
    fail(`${label} does not parse:\n${error.stderr}`);
  } finally {
    fs.rmSync(file);
  }
}

function singleFile() {
  const wasm = fs.readFileSync(path.join(www, 'pkg/retold_bg.wasm')).toString('base64');
  const worker = workerSource();
  checkParses(worker, 'worker', 'cjs');
  const app = bundleModules('app.js');
  checkParses(app, 'app');
  const script = `globalThis.RETOLD_INLINE = Object.freeze({ worker: ${jsString(worker)}, wasm: ${jsString(wasm)} });\n${app}`;
  const css = minifyCss(read('style.css'));
  if (/<\/script/i.test(script)) fail('inline script contains "</script"');
  if (/<\/style/i.test(css)) fail('style.css contains "</style"');
  const csp = `default-src 'none'; script-src ${sha256(script)} 'wasm-unsafe-eval'; ` +
    `style-src ${sha256(css)}; worker-src blob:; img-src data:; base-uri 'none'; form-action 'none'`;
  let html = read('index.html');
  const replace = (pattern, value) => {
    if (!pattern.test(html)) fail(`index.html: ${pattern} not found`);
    html = html.replace(pattern, () => value);
  };
  replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  const icon = fs.readFileSync(path.join(www, 'favicon.svg')).toString('base64');
  replace(/<link rel="icon" href="favicon.svg"/, `<link rel="icon" href="data:image/svg+xml;base64,${icon}"`);
  replace(/<link rel="stylesheet" href="style.css">/, `<style>${css}</style>`);
  replace(/<script type="module" src="app.js"><\/script>/, `<script type="module">${script}</script>`);
  return html;
}

// The service worker with this build's file list and a hash of their contents filled in.
function serviceWorker() {
  const hash = createHash('sha256');
  for (const file of PAGE_FILES) hash.update(file).update(fs.readFileSync(path.join(www, file)));
  const files = PAGE_FILES.map((file) => (file === 'index.html' ? './' : file));
  let text = read('sw.js');
  for (const [pattern, value] of [[/'__BUILD__'/, `'${hash.digest('hex').slice(0, 16)}'`],
    [/^const FILES = \[[^\]]*\];$/m, `const FILES = ${JSON.stringify(files)};`]]) {
    if (!pattern.test(text)) fail(`sw.js: ${pattern} not found`);
    text = text.replace(pattern, () => value);
  }
  checkParses(text, 'sw', 'cjs');
  return text;
}

function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

// The stylesheet loses its comments and the whitespace around braces and semicolons; nothing
// inside a rule changes, so selectors such as "a :hover" keep their meaning.
function minifyCss(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').trim();
}

// Served scripts lose their comments and whitespace, which are for readers of www/, not for the
// wire; names are kept, so stack traces and the page's globals read as in the source.
async function minifyScript(file) {
  const full = path.join(dist, file);
  const code = fs.readFileSync(full, 'utf8');
  const classic = file === 'sw.js';
  try {
    const result = await minify(code, {
      module: !classic, compress: false, mangle: false, format: { comments: false, quote_style: 3 },
    });
    fs.writeFileSync(full, result.code);
  } catch (error) {
    fail(`${file}: terser: ${error.message}`);
  }
}

async function main() {
  for (const file of PAGE_FILES) {
    if (!fs.existsSync(path.join(www, file))) fail(`www/${file} is missing (run scripts/build-web.sh)`);
  }
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(path.join(dist, 'pkg'), { recursive: true });
  for (const file of PAGE_FILES) fs.copyFileSync(path.join(www, file), path.join(dist, file));
  fs.writeFileSync(path.join(dist, 'sw.js'), serviceWorker());
  fs.writeFileSync(path.join(dist, 'retold.html'), singleFile());
  for (const file of [...PAGE_FILES, 'sw.js'].filter((name) => name.endsWith('.js'))) await minifyScript(file);
  fs.writeFileSync(path.join(dist, 'style.css'), minifyCss(read('style.css')));

  const sizes = { files: {}, total_gzip: 0, single_file_gzip: 0, budget: SIZE_BUDGET };
  // The service worker is fetched on the first visit too, so it counts against the budget.
  for (const file of [...PAGE_FILES, 'sw.js']) {
    const bytes = fs.readFileSync(path.join(dist, file));
    sizes.files[file] = { bytes: bytes.length, gzip: gzipSize(bytes) };
    sizes.total_gzip += sizes.files[file].gzip;
  }
  sizes.single_file_gzip = gzipSize(fs.readFileSync(path.join(dist, 'retold.html')));
  fs.writeFileSync(path.join(dist, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const [file, size] of Object.entries(sizes.files)) {
    console.log(`  ${file.padEnd(20)} ${kb(size.bytes).padStart(10)} ${kb(size.gzip).padStart(10)} gzipped`);
  }
  console.log(`bundle: page files total ${kb(sizes.total_gzip)} gzipped (budget ${kb(SIZE_BUDGET)})`);
  console.log(`bundle: dist/retold.html ${kb(sizes.single_file_gzip)} gzipped`);
  if (sizes.total_gzip > SIZE_BUDGET) console.warn('bundle: WARNING: over the size budget');
}

await main();
