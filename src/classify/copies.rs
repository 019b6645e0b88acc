//! Copies with something new in them: a clause hung on a whole copy, or words slipped in. Both
//! stay copied, the new words marked added, since the reader should see what the target added to
//! the source's sentence, not a rewrite. And a copy but for a negation or hedge it adds, which
//! turns its claim.

use similar::DiffOp;

use super::frames::{
    is_leading_frame, is_leading_tag, is_trailing_tag, moved_role, names_one_person,
};
use super::values::carries_fact;
use super::Alignment;
use crate::normalize::{Token, Tokens};
use crate::Options;

/// Whether a sentence is a copy with a new clause hung on it: the words it derives, most of the
/// sentence, are a near copy of (nearly) all its counterpart, and only the clauses outside them
/// are new. `"Police arrested 12 people after the match, a force spokesman confirmed."` from
/// `"Police arrested 12 people after the match."` is copied, with `"a force spokesman
/// confirmed"` marked added, not reworded. A clause that stands in for one of the source's (a
/// quote's new attribution) leaves the sentence reworded.
pub(super) fn copied_with_new_clause(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    matched: &[bool],
    derived: &std::ops::Range<usize>,
    options: &Options,
) -> bool {
    if derived.len() == sentence.len() {
        return false;
    }
    // One pass per side keeps this small in the wasm.
    let (mut total, mut inside, mut in_order, mut content, mut unmatched) = (0.0, 0.0, 0.0, 0, 0);
    for (k, t) in sentence.iter().enumerate() {
        let weight = tokens.weight(t.key);
        total += weight;
        if derived.contains(&k) {
            inside += weight;
            let is_content = tokens.is_content(t.key);
            content += usize::from(is_content);
            if matched[k] {
                in_order += weight;
            } else {
                unmatched += usize::from(is_content);
            }
        }
    }
    // A dateline dropped loses nothing: `"HALVORSUND, 14 March (Meridian Press) - "`.
    let (mut source_content, mut source_lost) = (0, 0);
    for op in &alignment.ops {
        let kept = matches!(op, DiffOp::Equal { .. });
        for j in op.old_range() {
            let (s, i) = alignment.source[j];
            let dateline = tokens.datelines.get(s).is_some_and(|&words| i < words);
            if tokens.is_content(tokens.source[s][i].key) && !dateline {
                source_content += 1;
                source_lost += usize::from(!kept);
            }
        }
    }
    inside > 0.0
        && 2.0 * inside >= total
        && in_order / inside >= options.copied_min
        && unmatched <= content / 10
        && 10 * source_lost <= source_content
}

/// The most words slipped into a copy in one place for it to stay a copy.
pub(super) const SLIPPED_IN_WORDS: usize = 3;

/// Whether a sentence is its counterpart whole, in order, with a few words slipped in: each
/// insertion at most [`SLIPPED_IN_WORDS`] words, together under a third of its content words,
/// and nothing of the counterpart's content dropped or replaced. `"The council approved
/// controversial plans for 200 homes on the edge of the market town"` from `"The council
/// approved plans for 200 homes on the edge of the town"` is copied, with `"controversial"` and
/// `"market"` marked added: the reader should see the words slipped in, not a rewrite. A
/// pronoun spelt out as a name (`"Mr Pike said"` for `"he said"`) is such a change too, and so is
/// a title spelt out as a role or a first name (`"prosecutor Helen Morris"` for `"Ms Morris"`),
/// and a role moved before the name (`"Chief executive Sarah Okafor said"` for `"Sarah Okafor,
/// chief executive of Hartwell Food Bank, said"`). So is a function word reshaped around the words
/// slipped in: `"One victim, a frail 88-year-old widow, handed over £9,500 of her life savings."`
/// from `"One victim, an 88-year-old widow, handed over £9,500 of her savings."`.
///
/// One aside of any length slipped in, set off by commas, dashes or brackets, is such a change
/// too when it says less than the words copied around it: `"Chalcott, of Ashby Road, who wore a
/// grey suit in the dock, denies 14 counts of fraud."` from `"Chalcott, of Ashby Road, denies 14
/// counts of fraud."` (see [`is_aside`]). So is a quote's verb of speech swapped for another with
/// whom it was told to: `"\"I was a footballer,\" he told the jury."` for `"...,\" he said."`.
///
/// A person called by another of their names is a copy-editor's change too (`"Moriarty joined
/// the club"` for `"Declan joined the club"`, see [`names_one_person`]), and so is a reporting
/// frame dropped from the head and told as a tag at the end: `"Okafor-Lane had ignored two
/// notices, the court heard."` from `"Prosecutor Helen Crane told the court that Okafor-Lane had
/// ignored two notices."` (see [`is_leading_frame`] and [`is_trailing_tag`]).
pub(super) fn copied_with_words_slipped_in(
    tokens: &Tokens,
    sentence: &[Token],
    alignment: &Alignment,
    source_keys: &[u32],
) -> bool {
    let (mut content, mut slipped, mut swapped) = (0, 0, false);
    // The content words of the one aside slipped in, if any.
    let mut aside = None;
    // A reporting frame dropped from the head, and whether it came back as a tag at the end.
    let (mut frame, mut tag) = (None, false);
    let role = moved_role(tokens, sentence, alignment, source_keys);
    // A quote cut short where its credit now stands: the trim is the copy-editor's, the credit
    // a tag.
    let cut = cut_for_credit(tokens, sentence, alignment);
    let mut tagged = cut < alignment.ops.len();
    for (at, op) in alignment.ops[..cut].iter().enumerate() {
        match *op {
            DiffOp::Equal { new_index, len, .. } => {
                content += sentence[new_index..new_index + len]
                    .iter()
                    .filter(|t| tokens.is_content(t.key))
                    .count();
            }
            // A role and a name swapped round: only the organisation named is slipped in.
            DiffOp::Insert { new_len, .. } if role.as_ref().is_some_and(|r| r.insert == at) => {
                let own = role.as_ref().map_or(0, |r| r.own);
                content += sentence[alignment.ops[at].new_range()]
                    .iter()
                    .filter(|t| tokens.is_content(t.key))
                    .count();
                slipped += own;
                swapped = new_len > 0;
            }
            // The frame dropped from the head as a tag at the end: `"..., the court heard"`.
            DiffOp::Insert {
                new_index, new_len, ..
            } if is_trailing_tag(
                tokens,
                sentence,
                new_index..new_index + new_len,
                (alignment, frame.clone()),
                source_keys,
            ) =>
            {
                tag = true;
            }
            // A credit put before the copy: `"The court heard that ..."`.
            DiffOp::Insert {
                new_index, new_len, ..
            } if at == 0
                && matches!(alignment.ops.get(1), Some(DiffOp::Equal { .. }))
                && is_leading_tag(
                    tokens,
                    sentence,
                    new_index..new_index + new_len,
                    source_keys,
                ) =>
            {
                tagged = true;
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } if new_len <= SLIPPED_IN_WORDS => {
                let words = &sentence[new_index..new_index + new_len];
                if speech_tag(tokens, sentence, words) {
                    tagged = true;
                    continue;
                }
                let new = words.iter().filter(|t| tokens.is_content(t.key)).count();
                content += new;
                slipped += new;
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } if aside.is_none() && is_aside(sentence, new_index..new_index + new_len) => {
                let mut new = 0;
                for t in &sentence[new_index..new_index + new_len] {
                    new += usize::from(tokens.is_content(t.key));
                }
                aside = Some(new);
            }
            // A pronoun spelt out as the name it stands for: `"Mr Pike said"` for `"he said"`,
            // or a title before a kept name spelt out as the person's role or first name:
            // `"prosecutor Helen Morris said"` for `"Ms Morris said"`. A name that is not the
            // pronoun's is another speaker, found before this.
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } if new_len <= SLIPPED_IN_WORDS => {
                let old = || alignment.source_words(old_index..old_index + old_len);
                let words = &sentence[new_index..new_index + new_len];
                if retold_to(
                    tokens,
                    sentence,
                    &alignment.words[old_index..old_index + old_len],
                    words,
                ) {
                    tagged = true;
                    continue;
                }
                // An article or a preposition reshaped around the words slipped in: `"a frail
                // 88-year-old widow"` for `"an 88-year-old widow"`. A fact in a function word's
                // place is news: `"on Monday"` for `"today"`.
                let turns = |t: &Token| tokens.is_negation(t.key) || tokens.is_hedge(t);
                let reshaped = old().all(|t| !tokens.is_content(t.key) && !turns(&t))
                    && !words.iter().any(|t| turns(t) || carries_fact(tokens, t));
                let named = || {
                    if old().all(|t| tokens.is_title(t.key)) {
                        sentence
                            .get(new_index + new_len)
                            .is_some_and(|t| tokens.is_name(t))
                    } else if old().all(|t| tokens.is_pronoun(t.key)) {
                        words.iter().any(|t| tokens.is_name(t))
                    } else {
                        names_one_person(
                            tokens,
                            sentence,
                            new_index..new_index + new_len,
                            alignment,
                            old_index..old_index + old_len,
                        )
                    }
                };
                if !reshaped && !named() {
                    return false;
                }
                let new = words.iter().filter(|t| tokens.is_content(t.key)).count();
                content += new;
                slipped += new;
            }
            // Function words dropped, as a copy-editor drops them, or a role moved with the
            // words after it.
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                let old = old_index..old_index + old_len;
                if role.as_ref().is_some_and(|r| r.delete == at)
                    || !alignment
                        .source_words(old.clone())
                        .any(|t| tokens.is_content(t.key))
                {
                    continue;
                }
                // A quote's credit is judged as one: `"a union spokesman said"` for `"Union
                // general secretary Dawn Whitlock said:"` gives it to someone else.
                let quoted = sentence.iter().any(|t| t.quoted);
                if quoted || !is_leading_frame(tokens, sentence, alignment, at) {
                    return false;
                }
                frame = Some(old);
            }
            _ => return false,
        }
    }
    // The aside says less than the words copied around it, which hold no more than a third
    // of words slipped in besides.
    let copied = content - slipped;
    // A frame dropped from the head is no slip unless it comes back as a tag: a copy cut at its
    // edge is judged as one.
    if frame.is_some() && !tag {
        return false;
    }
    (slipped > 0 || tagged || tag || swapped || aside.is_some())
        && 3 * slipped < content
        && aside.is_none_or(|aside| aside < copied)
}

/// Whether words inserted into a copy at `range` are an aside: set off by a comma, dash or
/// bracket before the copy resumes after them, and opening as a clause within their first few
/// words, so a name may grow before the aside (`"Harbourline Newspapers, which also owns the
/// Daily Beacon, denies libel"` from `"Harbourline denies libel"`). `"who joined in 2010 as a
/// trainee"` run on into the copy's next words with no comma is no aside.
fn is_aside(sentence: &[Token], range: std::ops::Range<usize>) -> bool {
    sentence.get(range.end).is_some_and(|t| t.opens_clause)
        && sentence[range]
            .iter()
            .take(SLIPPED_IN_WORDS + 1)
            .any(|t| t.opens_clause)
}

/// Whether a quote's verb of speech is swapped for another, outside the quotation marks, with
/// at most one more word that says whom it was told to: `"he told the jury"` for `"he said"`,
/// `"she insisted"` for `"she said"`. A name in the new words is another speaker, judged before
/// a copy is.
fn retold_to(tokens: &Tokens, sentence: &[Token], old: &[Token], words: &[Token]) -> bool {
    // Plain loops: the page pays for every iterator chain.
    let (mut audience, mut reported) = (0, false);
    for t in words {
        if t.quoted || tokens.is_name(t) {
            return false;
        }
        let report = tokens.is_report(t.key);
        reported |= report;
        audience += usize::from(tokens.is_content(t.key) && !report);
    }
    for t in old {
        if tokens.is_content(t.key) && !tokens.is_report(t.key) {
            return false;
        }
    }
    reported && audience <= 1 && sentence.iter().any(|t| t.quoted)
}

/// Whether words slipped into a copy only say who spoke the quote it keeps: a speaker and a
/// verb of speech outside the quotation marks. `"\"I have no regrets,\" she insisted."` from
/// the bare quote is a copy, as it is with `"she said"`: the source said who spoke elsewhere.
#[inline(never)]
fn speech_tag(tokens: &Tokens, sentence: &[Token], words: &[Token]) -> bool {
    sentence.iter().any(|t| t.quoted)
        && words.iter().any(|t| tokens.is_report(t.key))
        && words.iter().all(|t| {
            !t.quoted
                && (tokens.is_report(t.key)
                    || tokens.is_pronoun(t.key)
                    || tokens.is_name(t)
                    || !tokens.is_content(t.key))
        })
}

/// Where the ops of a copy end that are judged one by one: before its last ops when they cut
/// a quote short and hang its credit where the cut was (a replacement, or a deletion and an
/// insertion), else after all of them. `"\"The documents show confusion in the payroll,\" the
/// judge added."` from `"The documents show confusion in the payroll during a period of rapid
/// expansion."` drops only quoted words, and the words after the kept quote credit it.
fn cut_for_credit(tokens: &Tokens, sentence: &[Token], alignment: &Alignment) -> usize {
    let ops = &alignment.ops;
    let n = ops.len();
    let (first, old, new) = match ops[..] {
        [.., DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        }] => (
            n - 1,
            old_index..old_index + old_len,
            new_index..new_index + new_len,
        ),
        [.., DiffOp::Delete {
            old_index, old_len, ..
        }, DiffOp::Insert {
            new_index, new_len, ..
        }] => (
            n - 2,
            old_index..old_index + old_len,
            new_index..new_index + new_len,
        ),
        _ => return n,
    };
    let after_quote = new.start > 0 && sentence[new.start - 1].quoted;
    if after_quote
        && new.len() <= SLIPPED_IN_WORDS
        && alignment.source_words(old).all(|t| t.quoted)
        && credits(tokens, &sentence[new])
    {
        first
    } else {
        n
    }
}

/// Whether words after a quote only credit it: a verb of speech, outside the quotation marks,
/// with at most one word of the speaker's role besides names and function words. `"the judge
/// added"` closing `"\"The documents show, at most, confusion in the payroll,\" the judge
/// added."`, cut from `"The documents show, at most, confusion in the payroll during a period
/// of rapid expansion."`, credits it; `"which the firm denies"` does not.
fn credits(tokens: &Tokens, words: &[Token]) -> bool {
    let (mut reported, mut role) = (false, 0);
    for t in words {
        if t.quoted {
            return false;
        }
        let report = tokens.is_report(t.key);
        reported |= report;
        role += usize::from(tokens.is_content(t.key) && !report && !tokens.is_name(t));
    }
    reported && role <= 1
}

/// Whether `sentence` is its one source sentence word for word: `"Picture: PA Media"` for
/// `"Picture: PA Media"`.
pub(super) fn copied_whole(tokens: &Tokens, sentence: &[Token], source: &[usize]) -> bool {
    match *source {
        [s] => tokens.source.get(s).is_some_and(|words| {
            words.len() == sentence.len() && words.iter().zip(sentence).all(|(a, b)| a.key == b.key)
        }),
        _ => false,
    }
}
