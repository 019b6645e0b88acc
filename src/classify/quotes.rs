//! Quotes taken whole: a sentence that reports a quote the source gives word for word, under
//! an attribution the target wrote itself; and statements told in another voice.

use similar::DiffOp;

use super::{Alignment, ByteSpan};
use crate::normalize::{Token, Tokens};
use crate::report::Label;

/// The fewest content words a quote has to carry a sentence: `"A home is not a luxury"` has
/// two, enough under a credit that says no more than `"she told delegates"`, since its
/// attribution may say at most half as much as the quote; `"Shameful"` alone is no copy.
const QUOTE_CONTENT_MIN: usize = 2;

/// How far after its verb of speech the word that says whom a quote was told to stands: `"told
/// the jury"`.
const AUDIENCE_REACH: usize = 2;

/// Whether a sentence is one quote copied whole, every word in order, under an attribution of
/// the target's own that says less than the quote: `"\"You took from her not just money and
/// jewellery but her peace of mind,\" the judge told Hartigan."` from `"Judge Anthony Weller
/// said: \"You took ...\""`, or `"\"I made this record in my bedroom ...,\" she told the
/// audience at the Orchard Hall."` from `"Collecting her prize at the Orchard Hall, Quill said:
/// \"I made this record in my bedroom ...\""`, its new words marked reworded. Readers
/// call such a sentence a copy: what it reports is the quote, and the quote is the source's.
///
/// The quote carries [`QUOTE_CONTENT_MIN`] content words or more, and keeps every quoted word of
/// each source sentence it comes from, so a quote trimmed or cut from one that goes on is a
/// rewording. Outside the quotation marks, the content words that neither name nor report
/// number at most half the quote's, so `"The jury was shown a 2019 text in which he told a
/// pal"` tells an event of its own; words of the source's own credit count half (`"...,\" said
/// lead author Dr Hannah Osei, of the university's School of Biomedical Sciences."`), unless
/// they lead from the verb of speech into the quote as reported words. The quote's words are no
/// words the source reports (`"asked who else could pay"`). None is new but one word that says
/// whom the quote was told to (`"Mr Pike told reporters"`): a role the source does not give the
/// speaker (`"Campaigner Sarah Okafor said"`, `"Education secretary"` for `"Education
/// minister"`) rewords the attribution. An attribution that drops the name the source gives (`"a
/// union spokesman said"` for `"said general secretary Dawn Whitlock"`) changes who is quoted, and a sentence that joins a quote to reported words (`said he was
/// \"delighted\" ..., adding: \"...\"`) merges two: both are rewordings. `matched` marks the
/// words the alignment keeps.
///
/// A phrase after the verb of speech that tells where or when the words were said (`"said at an
/// afternoon news conference"`, `"told supporters at the count:"`) is the occasion, not a new
/// claim: it may be new, if it says no more than the quote. So may the sentence's `dateline`
/// words, a live blog's time stamp among them (`"09:40 - Alison Marsh said: \"...\""`). Returns where a new occasion starts,
/// which stays marked added (`usize::MAX` for none), or `None` when the quote is not taken whole.
#[inline(never)]
pub(super) fn quote_taken_whole(
    tokens: &Tokens,
    (sentence, dateline): (&[Token], usize),
    alignment: &Alignment,
    matched: &[bool],
) -> Option<usize> {
    // Most sentences quote no one: they need no look at the moved words.
    if !sentence.iter().any(|t| t.quoted) {
        return None;
    }
    let (moved, _) = alignment.moved_after(tokens, sentence, dateline);
    // Plain loops: the page pays for every iterator chain.
    let (mut quote, mut frame, mut named) = (0, 0, false);
    // Whether the quotation has begun and ended: one quotation, its words in one run, which an
    // attribution may break (`"\"They cannot,\" she said, \"because it no longer exists.\""`).
    // `broken`: a verb of speech has stood since it ended, so it may resume.
    let (mut opened, mut closed, mut broken) = (false, false, false);
    // Where the last verb of speech stands, and whether a new word said whom it was told to.
    let (mut reported, mut audience) = (None, false);
    // Where the phrase that tells the occasion begins, whether it runs on, its content words,
    // and whether any is one the counterpart does not give.
    let (mut setting, mut in_setting, mut occasion, mut told) = (None, false, 0, true);
    for (k, (t, &kept)) in sentence.iter().zip(matched).enumerate().skip(dateline) {
        let content = tokens.is_content(t.key);
        if t.quoted {
            if closed && !broken || !kept {
                return None;
            }
            (opened, closed, broken, in_setting) = (true, false, false, false);
            quote += usize::from(content);
            continue;
        }
        closed |= opened;
        in_setting &= !t.opens_clause;
        if in_setting {
            occasion += usize::from(content);
            told &= !content || kept || counterpart_has(alignment, t.key);
            continue;
        }
        if setting.is_none()
            && reported.is_some_and(|r| k > r && k <= r + AUDIENCE_REACH + 1)
            && tokens.settings.binary_search(&t.key).is_ok()
        {
            (setting, in_setting) = (Some(k), true);
            continue;
        }
        if names(tokens, t)
            || k == dateline && names_the_speaker(tokens, &sentence[k..], alignment)
            || tokens.is_pronoun(t.key)
            // A title opening the sentence, where no word reads as a name: `"Judge Anthony
            // Weller told Hartigan"`.
            || k == dateline && tokens.is_title(t.key)
        {
            named = true;
        } else if tokens.is_report(t.key) {
            reported = Some(k);
            broken |= closed;
        } else if content {
            // A word of the source's credit moved among words of the target's own is the
            // source's credit still: `"chairwoman"` in `"Priya Lomax, chairwoman of the
            // Caldbridge Hospitality Association, said"` for `"Its chairwoman, Priya Lomax,
            // said"` after the association is named.
            let kept = kept || moved[k] || counterpart_has(alignment, t.key);
            // Counted in halves: a word the source's credit has (`"lead author"`) weighs half
            // what a new one does, unless it leads from the verb of speech into the quote as
            // reported words do (`"said the culpability in the case was \"of the highest
            // order\""`).
            let leads_in = reported.is_some() && !opened;
            frame += 1 + usize::from(!kept || leads_in);
            if !kept {
                // Only whom the quote was told to is new: `"told the jury"`.
                if audience || reported.is_none_or(|r| k > r + AUDIENCE_REACH) {
                    return None;
                }
                audience = true;
            }
        }
    }
    if quote < QUOTE_CONTENT_MIN || frame > quote || occasion > quote {
        return None;
    }
    // Where the quote's words stand in the source, and how many there are.
    let (mut low, mut high, mut quoted) = (usize::MAX, 0, 0);
    for op in &alignment.ops {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = *op
        {
            for j in 0..len {
                if sentence[new_index + j].quoted {
                    low = low.min(old_index + j);
                    high = high.max(old_index + j);
                    quoted += 1;
                }
            }
        }
    }
    // They run unbroken in the source, whose quotation goes on no further in that sentence.
    let sentence_of = |j: usize| alignment.source.get(j).map_or(usize::MAX, |p| p.0);
    let goes_on = |j: usize| sentence_of(j) == sentence_of(low) && alignment.words[j].quoted;
    if quoted == 0 || high - low + 1 != quoted || goes_on(low.wrapping_sub(1)) || goes_on(high + 1)
    {
        return None;
    }
    // Words the source reports or asks (`"asked who else could pay"`, `"said that ..."`) are no
    // quote: quoting them makes them the speaker's own.
    let reports = |j: usize| {
        let key = alignment.words.get(j).map_or(u32::MAX, |w| w.key);
        sentence_of(j) == sentence_of(low)
            && (tokens.is_report(key) || tokens.asking.binary_search(&key).is_ok())
    };
    if !alignment.words[low].quoted
        && (reports(low.wrapping_sub(1)) || reports(low.wrapping_sub(2)))
    {
        return None;
    }
    let mut source_named = false;
    for word in &alignment.words {
        source_named |= names(tokens, word);
    }
    // An occasion the source tells (`"at the Riverside Theatre"`) restates it with the credit;
    // one in place of the source's own (`"during a radio phone-in on Friday"` for `"told
    // reporters on Thursday"`) rewords the attribution.
    let new_from = match setting {
        Some(_) if !told && tells_an_occasion(tokens, &alignment.words) => return None,
        Some(k) if !told => sentence[k].start,
        _ => usize::MAX,
    };
    (named || !source_named).then_some(new_from)
}

/// The fewest words, function words too, of a quotation kept word for word that make a sentence
/// derived however much it says around it: `"I have to be honest with you and with myself"`,
/// ten words with one content word among them, is the source's line, not a coincidence.
const QUOTED_RUN_MIN: usize = 8;

/// Whether `sentence` quotes at least [`QUOTED_RUN_MIN`] words of its counterpart in one run,
/// as written: `"In an emotional post on Tuesday, the singer told fans: \"I have to be honest
/// with you and with myself.\""` for `"But I have to be honest with you and with myself."`. The
/// quote is the source's, so the sentence is derived, with its new frame marked added.
pub(super) fn quotes_a_run(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    alignment.ops.iter().any(|op| match *op {
        DiffOp::Equal { new_index, len, .. } => {
            let run = &sentence[new_index..new_index + len];
            len >= QUOTED_RUN_MIN
                && run.iter().all(|t| t.quoted)
                && run.iter().any(|t| tokens.is_content(t.key))
        }
        _ => false,
    })
}

/// Marks the new words of a quote taken whole reworded, not added: its attribution restates the
/// source's credit, given in the same sentence or the one before (`"she told the audience"` for
/// `"Quill said"`). The words from byte `setting` on, a new occasion, stay added.
#[inline(never)]
pub(super) fn reword_credit(spans: &mut Vec<ByteSpan>, sentence: &[Token], setting: usize) {
    let mut k = 0;
    while k < spans.len() {
        let span = spans[k];
        if span.label == Label::Added && span.start < setting {
            spans[k].label = Label::Reworded;
            if span.end > setting {
                // The occasion stays the target's own: `"said"` is reworded, `"at an afternoon
                // news conference"` added.
                let mut end = span.start;
                for t in sentence {
                    if t.end <= setting {
                        end = end.max(t.end);
                    }
                }
                spans[k].end = end;
                spans.insert(
                    k + 1,
                    ByteSpan {
                        start: setting,
                        ..span
                    },
                );
                k += 1;
            }
        }
        k += 1;
    }
}

/// Whether a sentence opens with a name its counterpart gives too: `"Velasquez"` in
/// `"Velasquez said at a news conference: \"...\""` for `"\"...,\" Velasquez said."`. A
/// sentence's first word is capitalised whatever it is, and `"Campaigner"` in `"Campaigner
/// Sarah Okafor said"` is a role the source never gave her.
fn names_the_speaker(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    tokens.is_name_at(sentence, 0) && counterpart_has(alignment, sentence[0].key)
}

/// Whether `words` tell where or when they report something was said: a word that opens an
/// occasion within a few words after a verb of speech, as in `"told reporters in Carrow"`.
fn tells_an_occasion(tokens: &Tokens, words: &[Token]) -> bool {
    let mut reported = None;
    for (k, word) in words.iter().enumerate() {
        if word.quoted {
            continue;
        }
        if tokens.is_report(word.key) {
            reported = Some(k);
        } else if reported.is_some_and(|r| k <= r + AUDIENCE_REACH + 1)
            && tokens.settings.binary_search(&word.key).is_ok()
        {
            return true;
        }
    }
    false
}

/// Whether the counterpart has a word of `key`.
fn counterpart_has(alignment: &Alignment, key: u32) -> bool {
    for word in &alignment.words {
        if word.key == key {
            return true;
        }
    }
    false
}

/// Whether a word names someone (see `Tokens::is_name`), called once from each side.
#[inline(never)]
fn names(tokens: &Tokens, word: &Token) -> bool {
    tokens.is_name(word)
}

/// The fewest words a phrase holding `"we"`, `"I"` or `"you"` loses when it is cut to a word or
/// two: `"We expect to run a heavily reduced service on the day, with"` -> `"Only"`.
const RECAST_WORDS: usize = 3;

/// Whether a sentence tells in the writer's voice what its counterpart says in its author's own:
/// the source's unquoted `"we"`, `"I"` or `"you"` is dropped with no word in its place, and the
/// sentence says none of the speaker's persons and quotes nothing. A police force's post, a
/// head's letter or a company's release speaks for itself; a story that recasts it reports it, a
/// rewording however many words it keeps: `"...a 15-minute reading session will be added"` for
/// the letter's `"we will add a 15-minute reading session"`. Readers still call a sentence that
/// keeps the release's shape a copy when it only puts a stand-in for the person (`"the charity
/// provided 14,862 parcels"` for `"we provided 14,862 parcels"`, `"She has promised her editor"`
/// for `"I've promised my editor"`) or drops a possessive (`"Volunteers gave"` for `"Our
/// volunteers gave"`). `"We will add a reading session."` kept in its voice is a copy, and so
/// is `"\"For too long, nurses have been asked to do more with less,\" she said."`, quoting the
/// speech's `"I want to start with a simple admission: for too long, ..."`.
pub(super) fn reports_the_voice(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
) -> bool {
    let person = |t: &Token| !t.quoted && tokens.speaker_persons.binary_search(&t.key).is_ok();
    // A sentence that quotes the author keeps the voice in quotation marks. Plain loops: the
    // page pays for every iterator chain.
    for t in sentence {
        if t.quoted || person(t) {
            return false;
        }
    }
    // With no person of its own, it dropped the counterpart's. Only one dropped with no word
    // in its place, alone or in a phrase cut to a word or two, recasts the sentence; one
    // swapped for a stand-in, or a possessive dropped, leaves a copy.
    let possessive = |t: &Token| tokens.possessive_persons.binary_search(&t.key).is_ok();
    for op in &alignment.ops {
        let (old, dropped) = match *op {
            DiffOp::Delete {
                old_index, old_len, ..
            } => (old_index..old_index + old_len, true),
            DiffOp::Replace {
                old_index,
                old_len,
                new_len,
                ..
            } => (
                old_index..old_index + old_len,
                old_len >= new_len + RECAST_WORDS,
            ),
            _ => continue,
        };
        if dropped {
            for t in alignment.words.get(old).unwrap_or_default() {
                if person(t) && !possessive(t) {
                    return true;
                }
            }
        }
    }
    false
}

/// How many content words a sentence has inside quotation marks, and how many of those the
/// alignment keeps (`matched`): `(3, 1)` for `"\"The money will be spread thinly,\" he said."`
/// against a source that quotes no one but says `"money"`.
fn quoted_kept(tokens: &Tokens, sentence: &[Token], matched: &[bool]) -> (usize, usize) {
    let (mut quoted, mut kept) = (0, 0);
    for (t, &m) in sentence.iter().zip(matched) {
        if t.quoted && tokens.is_content(t.key) {
            quoted += 1;
            kept += usize::from(m);
        }
    }
    (quoted, kept)
}

/// The fewest content words inside quotation marks of a sentence that [`quotes_anew`] reads.
const NEW_QUOTE_CONTENT_MIN: usize = 3;

/// Whether a sentence gives a quote the source never had: at least [`NEW_QUOTE_CONTENT_MIN`]
/// content words in quotation marks, fewer than half of them kept from a counterpart that quotes
/// no one, reports no speech and speaks in no one's voice. A fan's `"\"When Maddox's free-kick
/// went in, the whole stand was bouncing,\" she said."` shares `"Maddox"` and `"free-kick"` with
/// the match report's `"...when Maddox curled a sublime free-kick into the top corner"`: a new
/// voice on the same moment, not its rewording. A quote made of a counterpart that says who
/// said it (`"\"He was doing 90mph,\" an officer said."` for `"Police said the driver was doing
/// 90mph."`) rewords it, and a release's own words quoted (`"\"We will reopen the park,\" the
/// council said."` for `"We will reopen the park."`) copy it.
pub(super) fn quotes_anew(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    matched: &[bool],
) -> bool {
    let (quoted, kept) = quoted_kept(tokens, sentence, matched);
    if quoted < NEW_QUOTE_CONTENT_MIN || 2 * kept >= quoted {
        return false;
    }
    for &(s, i) in &alignment.source {
        let t = &tokens.source[s][i];
        if t.quoted
            || tokens.is_report(t.key)
            || tokens.speaker_persons.binary_search(&t.key).is_ok()
        {
            return false;
        }
    }
    true
}

/// How many sentences back the target may name whom a quote's pronoun stands for, as the
/// source may (see [`Tokens::named_before`]).
const CREDITED_WITHIN: usize = 2;

/// Whether target sentence `t` gives a quote in words of its own to someone the source never
/// names: at least [`NEW_QUOTE_CONTENT_MIN`] content words in quotation marks, fewer than three
/// in four of them kept (`matched`), credited by a pronoun and no name (`"..., he said."`),
/// where the sentence before, or the one before that, names in full a speaker whose names the
/// source (`source_keys`) never has. `"But opposition spokesman Daniel Fairley said the sum was
/// \"a drop in the ocean\". \"This money will be spread so thinly over three years that most
/// passengers will never notice it,\" he said."` is his reaction, not a rewording of the
/// minister's `"the money, to be spread over three years, would help councils"`. A quote kept
/// nearly whole is the source's whoever the target gives it to.
pub(super) fn quoted_by_stranger(
    tokens: &Tokens,
    t: usize,
    sentence: &[Token],
    matched: &[bool],
    source_keys: &[u32],
) -> bool {
    let (quoted, kept) = quoted_kept(tokens, sentence, matched);
    if quoted < NEW_QUOTE_CONTENT_MIN || 4 * kept >= 3 * quoted {
        return false;
    }
    let reports = |words: &[Token], k: Option<usize>| {
        k.and_then(|k| words.get(k))
            .is_some_and(|w| !w.quoted && tokens.is_report(w.key))
    };
    let mut pronoun = false;
    for (k, w) in sentence.iter().enumerate() {
        if w.quoted {
            continue;
        }
        if tokens.is_name_at(sentence, k) {
            return false;
        }
        pronoun |= tokens.is_pronoun(w.key)
            && (reports(sentence, k.checked_sub(1)) || reports(sentence, Some(k + 1)));
    }
    let named = (1..=CREDITED_WITHIN)
        .filter_map(|back| t.checked_sub(back))
        .filter_map(|s| tokens.target.get(s))
        .find(|words| tokens.names_in_full(words));
    pronoun
        && named.is_some_and(|words| {
            let speaks = (0..words.len()).any(|k| reports(words, Some(k)));
            // Every name of a full name there is strange to the source.
            let in_full = |k: usize| {
                tokens.is_name_at(words, k)
                    && (tokens.is_name_at(words, k + 1)
                        || k.checked_sub(1)
                            .is_some_and(|j| tokens.is_name_at(words, j)))
            };
            speaks
                && (0..words.len())
                    .filter(|&k| in_full(k))
                    .all(|k| source_keys.binary_search(&words[k].key).is_err())
        })
}

/// The fewest content words of a quote a sentence must keep outside quotation marks to report
/// it: two, so that a name or a phrase quoted once and written plain once is no report.
const REPORTED_WORDS_MIN: usize = 2;

/// Whether a sentence tells a quote of its counterpart as reported speech: it keeps at least
/// [`REPORTED_WORDS_MIN`] content words the source quotes, outside quotation marks, and changes
/// the quote's words around them, a content word dropped from the quote or one written in
/// between. `"The charity's chair said the stolen money would have paid for 4,000 hours of
/// care."` from `"The chair said: \"The money Gillian took would have paid for 4,000 hours of
/// care.\""` reports the quote: a rewording, however many words it keeps, since the speaker's
/// words are now the writer's. So does one that turns the speaker's `"I"` or `"you"` into a
/// `"he"`, `"she"` or `"they"` of its own: `"The judge told him he had caused misery"` for `"The
/// judge told Kell: \"You caused misery\""`. Only the marks dropped (`"The chair said the money
/// would have paid..."`) leave a copy.
pub(super) fn reports_a_quote(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> bool {
    // By hand, one pass each: the page pays for every iterator chain.
    let (mut reported, mut first, mut last) = (0, usize::MAX, 0);
    for op in &alignment.ops {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = *op
        {
            for d in 0..len {
                let t = &sentence[new_index + d];
                let (s, i) = alignment.source[old_index + d];
                if tokens.source[s][i].quoted && !t.quoted && tokens.is_content(t.key) {
                    reported += 1;
                    first = first.min(new_index + d);
                    last = new_index + d;
                }
            }
        }
    }
    if reported < REPORTED_WORDS_MIN {
        return false;
    }
    for op in &alignment.ops {
        if matches!(op, DiffOp::Equal { .. }) {
            continue;
        }
        let mut person = false;
        for j in op.old_range() {
            let (s, i) = alignment.source[j];
            let t = &tokens.source[s][i];
            if t.quoted && tokens.is_content(t.key) {
                return true;
            }
            person |= t.quoted && tokens.speaker_persons.binary_search(&t.key).is_ok();
        }
        for k in op.new_range() {
            let t = &sentence[k];
            if first < k && k < last && !t.quoted && tokens.is_content(t.key)
                || person && !t.quoted && tokens.is_pronoun(t.key)
            {
                return true;
            }
        }
    }
    false
}
