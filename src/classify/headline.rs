//! The headline: the line a rewrite writes anew in the fewest words, read against the
//! source's headline and the sentences the target's intro derives from.

use super::intro::{body_derived, heads, intro_of, INTRO_WORDS};
use super::qualifiers::refigures;
use super::verbatim::Verbatim;
use super::{asks_anew, compare_words, conflicting, Context, Draft};
use crate::normalize::{KeyKind, Line, Token, Tokens};
use crate::report::Fact;
use crate::Options;

/// A headline restates the source's headline in this many content words (by sense) or more.
const HEADLINE_SHARED_MIN: usize = 2;

/// The headline is reworded only over a body of which at least this share of the words is
/// derived: the verdict's line for a partly derived article, so a headline is never reworded
/// above an article that reads as independent.
const HEADLINE_BODY_DERIVED_MIN: f32 = 0.4;

/// The source's headline is one of its first lines, up to its intro: a press release opens
/// with `"FOR IMMEDIATE RELEASE"`, an agency story with a slug or a kicker.
const HEADLINE_LINES: usize = 4;

/// Takes the target's headline as reworded from the source's headline (of its first
/// [`HEADLINE_LINES`] sentences up to its intro, the one that shares the most with it, so its
/// intro when it has no headline; one no sentence derives from first, as the story's intro may
/// restate the source's headline) when the body derives from the source and the two share
/// [`HEADLINE_SHARED_MIN`] content words: a rewrite writes a new headline for the same story in
/// the fewest and most changed words of all, and those are the event's own names, which count
/// for little anywhere else. The target's headline is its first sentence when that is shorter
/// than an intro ([`INTRO_WORDS`]) or a heading line of any length, and so is a heading line
/// further down whose next sentence derives from the source: a newsletter or a round-up heads
/// each story it carries with a headline. A headline that says more than names also sums up
/// the target's intro, so the source sentences that intro derives from count as the source's
/// headline too: a report headed `"Labour market overview"` states its news further down.
///
/// `"Ferry order brings 320 jobs to Kelby"` over a copied story is reworded from `"Boatyard to
/// hire 320 workers in Kelby"`, and still is when `"FOR IMMEDIATE RELEASE"` comes first, or when
/// it heads the copied story as `"2. Ferry order brings 320 jobs to Kelby"` halfway down a
/// newsletter; over a story of its own it stays added, and so does `"Kelby boatyard to hire 300
/// workers"`, another figure in the same shape.
pub(super) fn reword_headline(
    tokens: &Tokens,
    context: &Context,
    options: &Options,
    draft: &mut Draft,
) {
    let headlines: Vec<usize> = (0..tokens.target.len())
        .filter(|&t| {
            t == 0 || heads(tokens, t) && draft.groups.get(t + 1).is_some_and(Option::is_some)
        })
        .collect();
    for t in headlines {
        reword_headline_at(tokens, t, context, options, draft);
    }
}

/// Takes target sentence `t`, a headline, as reworded from the source's headline, as
/// [`reword_headline`] tells.
fn reword_headline_at(
    tokens: &Tokens,
    t: usize,
    context: &Context,
    options: &Options,
    draft: &mut Draft,
) {
    let Some(headline) = tokens.target.get(t) else {
        return;
    };
    // A headline the first pass found changing a fact (a turned negation, another figure) says
    // another thing; it is no rewording. A byline above the story is no headline.
    if draft.groups[t].is_some()
        || tokens.lines[1].get(t) == Some(&Line::Caption)
        || leads_with_own_quote(tokens, t, headline, context.verbatim)
        || explains(tokens, headline)
        || draft.changes[t].is_some()
        || headline.is_empty()
        || headline.len() >= INTRO_WORDS && !heads(tokens, t)
        || !body_derived(tokens, &draft.groups, t, HEADLINE_BODY_DERIVED_MIN)
    {
        return;
    }
    let senses = |s: &[Token]| {
        let mut senses: Vec<u32> = s
            .iter()
            .filter(|t| tokens.is_content(t.key))
            .map(|t| tokens.sense(t.key))
            .collect();
        senses.sort_unstable();
        senses.dedup();
        senses
    };
    let ours = senses(headline);
    // A long headline is no intro: a heading line of its own is passed over.
    let opening = (0..tokens.source.len())
        .find(|&s| {
            tokens.source[s].len() >= INTRO_WORDS && tokens.lines[0].get(s) != Some(&Line::Heading)
        })
        .map_or(HEADLINE_LINES, |intro| (intro + 1).min(HEADLINE_LINES));
    // The opening line that shares the most, the first of equals, one no sentence derives from
    // before one that a sentence does: a story's intro may restate its headline.
    //
    // A headline also sums up the target's own intro, so the sentences that intro derives
    // from are the source's headline too when the source heads itself with a title: `"Labour
    // market overview: April to June"` or `"PRESS SUMMARY"`.
    // A line of names only sums up nothing: `"Volodymyr Zelensky"` over a story is a tag.
    let says = (0..headline.len())
        .any(|k| tokens.is_content(headline[k].key) && !tokens.is_name_at(headline, k));
    let intro = if t == 0 {
        intro_of(tokens)
    } else {
        Some(t + 1)
    };
    let restated = intro
        .filter(|_| says)
        .and_then(|i| draft.groups.get(i))
        .and_then(Option::as_ref)
        .map_or(&[][..], Vec::as_slice);
    let mut best: Option<(bool, usize, usize)> = None;
    let candidates = (0..opening.min(tokens.source.len())).chain(restated.iter().copied());
    for (s, sentence) in candidates.map(|s| (s, &tokens.source[s])) {
        let free = !draft.groups.iter().flatten().any(|g| g.contains(&s));
        let theirs = senses(sentence);
        let shared = ours
            .iter()
            .filter(|w| theirs.binary_search(w).is_ok())
            .count();
        let rank = (free && shared >= HEADLINE_SHARED_MIN, shared);
        if best.is_none_or(|(free, most, _)| rank > (free, most)) {
            best = Some((rank.0, shared, s));
        }
    }
    let Some((_, shared, source_headline)) = best else {
        return;
    };
    if shared < HEADLINE_SHARED_MIN || asks_anew(tokens, t, headline, &[source_headline]) {
        return;
    }
    let alignment = compare_words(tokens, headline, &[source_headline]);
    if conflicting(tokens, headline, &alignment, context.source_keys).is_some() {
        return;
    }
    // A figure kept in another currency, or with its rate dropped, is another sum here as in
    // any sentence: `"Firm to pay £12m over dock deaths"` for `"... $12m ..."`.
    let turned = headline_turns(tokens, headline, &tokens.source[source_headline])
        .or_else(|| refigures(tokens, headline, &alignment, true).then_some(Fact::Number));
    if let Some(fact) = turned {
        draft.changes[t] = Some((vec![source_headline], fact));
        return;
    }
    draft.reword_whole(
        tokens,
        t,
        vec![source_headline],
        &alignment,
        (context, options),
    );
}

/// Whether target sentence `t`, whose words are `sentence`, is led by a quotation the source
/// never has word for word (see [`Tokens::quote_led`]): `"'The whole sky was orange': neighbours
/// describe night of fire"` takes its angle from a voice of the target's own reporting, however
/// many of the source's names follow, while `"'We will rebuild': owner vows to reopen"` over a
/// source that quotes `"We will rebuild"` leads with the source's voice.
pub(super) fn leads_with_own_quote(
    tokens: &Tokens,
    t: usize,
    sentence: &[Token],
    verbatim: &Verbatim,
) -> bool {
    if tokens.quote_led.get(t) != Some(&true) {
        return false;
    }
    let quoted = sentence.iter().take_while(|w| w.quoted).count();
    verbatim.find(&sentence[..quoted]).is_empty()
}

/// Whether a headline that the first pass found derived, as any sentence, drops or adds the
/// hedge of the headline it derives from: `"Daily walk cuts dementia risk, study finds"` for
/// `"Daily walk linked to lower risk of dementia, study finds"` keeps most of its words and
/// still states the link as a cause. The near-copy checks miss it, as a rewrite swaps hedges
/// freely; a headline makes one claim, so any hedge on it counts. Only line for line, and only
/// above a story; the other facts are checked for every sentence.
pub(super) fn hedges_headline(tokens: &Tokens, t: usize, sources: &[usize]) -> bool {
    let (Some(headline), &[s]) = (tokens.target.get(t), sources) else {
        return false;
    };
    t == 0
        && tokens.target.len() > 1
        && (headline.len() < INTRO_WORDS || heads(tokens, t))
        && tokens.source.get(s).is_some_and(|source| {
            source.len() < INTRO_WORDS && turns_hedge(tokens, headline, source)
        })
}

/// Whether a reworded headline says the reverse of the source's: a word for its opposite
/// anywhere (`"Man admits nightclub stabbing"` for `"Man denies stabbing outside Rowley
/// nightclub"`), every hedge dropped or one added (`"Daily walk cuts dementia risk"` for `"Daily
/// walk may lower dementia risk, study suggests"`) where it hedges words both headlines have
/// (`"Wind farm could power 380,000 homes"` for `"Firm unveils wind farm plans"` hedges a claim
/// the source's headline does not make), or two names on either side of a word both
/// keep that trade places (`"Dunmore stun Castlebridge"` for `"Castlebridge stun leaders
/// Dunmore"`). A passive keeps who did what: `"Dunmore beaten by Castlebridge"`. A headline is
/// too short for the near-copy checks, which need most of its words in place.
fn headline_turns(tokens: &Tokens, headline: &[Token], source: &[Token]) -> Option<Fact> {
    let has = |words: &[Token], key: u32| words.iter().any(|w| w.key == key);
    let only_in = |words: &'_ [Token], other: &'_ [Token]| -> Vec<Token> {
        words
            .iter()
            .filter(|w| tokens.is_content(w.key) && !has(other, w.key))
            .copied()
            .collect()
    };
    let (ours, theirs) = (only_in(headline, source), only_in(source, headline));
    if ours
        .iter()
        .any(|a| theirs.iter().any(|b| tokens.are_opposite(a.key, b.key)))
    {
        return Some(Fact::Opposite);
    }
    if turns_hedge(tokens, headline, source) {
        return Some(Fact::Hedge);
    }
    // The names both headlines have, in each one's order, with the positions they stand at.
    let names = |words: &[Token], other: &[Token]| -> Vec<(usize, u32)> {
        (0..words.len())
            .filter(|&k| tokens.is_name_at(words, k) && has(other, words[k].key))
            .map(|k| (k, words[k].key))
            .collect()
    };
    let (our_names, their_names) = (names(headline, source), names(source, headline));
    let passive = |words: &[Token]| words.iter().any(|w| tokens.agent == Some(w.key));
    let traded = our_names.iter().enumerate().any(|(i, &(at, a))| {
        our_names[i + 1..].iter().any(|&(later, b)| {
            let (Some(&(their_a, _)), Some(&(their_b, _))) = (
                their_names.iter().find(|&&(_, k)| k == a),
                their_names.iter().find(|&&(_, k)| k == b),
            ) else {
                return false;
            };
            // A word both keep between the two names, in both headlines.
            their_b < their_a
                && headline[at + 1..later]
                    .iter()
                    .any(|w| tokens.is_content(w.key) && has(&source[their_b + 1..their_a], w.key))
        })
    });
    (traded && !passive(headline) && !passive(source)).then_some(Fact::Name)
}

/// Whether one headline hedges a claim that the other, making the same claim, does not:
/// `"Daily walk cuts dementia risk"` for `"Daily walk may lower dementia risk, study
/// suggests"`.
fn turns_hedge(tokens: &Tokens, headline: &[Token], source: &[Token]) -> bool {
    let has = |words: &[Token], key: u32| words.iter().any(|w| w.key == key);
    // A word before a figure qualifies the figure, as a rounding does (`"nearly 9 million"` for
    // `"8.9 million"`): the figure rules judge it, not the claim's hedge.
    let hedge_at = |words: &[Token], k: usize| {
        tokens.is_hedge(&words[k])
            && !words
                .get(k + 1)
                .is_some_and(|w| tokens.kind(w.key) == KeyKind::Number)
    };
    let hedged = |words: &[Token]| (0..words.len()).any(|k| hedge_at(words, k));
    // A hedge turns only a claim both headlines make: of the four content words after the
    // hedge (before it when it ends the line, as `"study suggests"` does), the other headline
    // must have two, so one word read two ways (`"heat"` in `"Heat Network"` and `"could heat
    // 380 homes in Ashby"`) is no shared claim. Names say where and who, which every headline of
    // the story shares, not what is claimed; a verb that softens the next one is part of the
    // claim: `"may help slow memory loss"` and `"cures memory loss"` share two of four.
    let hedges_shared = |words: &[Token], other: &[Token]| {
        // How many of up to four content words there are, and how many `other` has.
        let tally = |claim: &mut dyn Iterator<Item = &Token>| {
            let content = claim
                .filter(|w| tokens.is_content(w.key) && !w.proper)
                .take(4);
            content.fold((0, 0), |(n, shared), w| {
                (n + 1, shared + usize::from(has(other, w.key)))
            })
        };
        (0..words.len()).filter(|&k| hedge_at(words, k)).any(|k| {
            let (mut n, mut shared) = tally(&mut words[k + 1..].iter());
            if n == 0 {
                (n, shared) = tally(&mut words[..k].iter().rev());
            }
            shared > 0 && shared >= n.min(2)
        })
    };
    hedged(headline) != hedged(source)
        && (hedges_shared(headline, source) || hedges_shared(source, headline))
}

/// Whether a headline frames the story as the outlet's own guide or analysis: a clause of it
/// opens with a word such as `"what"`, `"why"` or `"how"` (`"Measles outbreak in Brantwick:
/// what parents need to know"`, `"Why a quiet villa matters for the border"`), and it states no
/// figure, which would tell the news: `"Energy price cap to rise 4.2% in April: what it means
/// for you"` rewords `"Energy price cap to rise by 4.2% from April"`.
pub(super) fn explains(tokens: &Tokens, headline: &[Token]) -> bool {
    let framed = headline
        .iter()
        .any(|w| w.opens_clause && tokens.explainers.binary_search(&w.key).is_ok());
    framed && !(0..headline.len()).any(|k| tokens.value_at(headline, k).is_some())
}

#[cfg(test)]
mod tests {
    use crate::{compare, Label, Options};

    const YARD: &str = "Boatyard to hire 320 workers in Kelby\n\n\
        The Marlow boatyard in Kelby will hire 320 workers next year after winning a contract \
        for six ferries, its owners said on Tuesday.\n\n\
        The ferries will serve the islands of the Brenn estuary from 2027.\n\n\
        Work on the first hull begins in March.";

    const YARD_BODY: &str = "The Marlow boatyard in Kelby will hire 320 workers next year after \
        winning a contract for six ferries, its owners said on Tuesday.\n\n\
        The ferries will serve the islands of the Brenn estuary from 2027.";

    fn headline_label(headline: &str, body: &str) -> Label {
        let report = compare(YARD, &format!("{headline}\n\n{body}"), &Options::default());
        report.target.sentences[0].label
    }

    #[test]
    fn a_new_headline_over_a_derived_body_is_reworded_from_the_old() {
        let report = compare(
            YARD,
            &format!("Ferry order brings 320 jobs to Kelby\n\n{YARD_BODY}"),
            &Options::default(),
        );
        assert_eq!(report.target.sentences[0].label, Label::Reworded);
        let link = &report.links[report.target.sentences[0].links[0]];
        assert_eq!(
            (link.source.as_slice(), link.target.as_slice()),
            (&[0][..], &[0][..])
        );
    }

    #[test]
    fn a_press_release_line_before_the_source_headline_does_not_hide_it() {
        for preamble in [
            "FOR IMMEDIATE RELEASE",
            "PRESS RELEASE\n\nEmbargoed until 00:01",
        ] {
            let report = compare(
                &format!("{preamble}\n\n{YARD}"),
                &format!("Ferry order brings 320 jobs to Kelby\n\n{YARD_BODY}"),
                &Options::default(),
            );
            let headline = report
                .source
                .sentences
                .iter()
                .position(|s| s.text.starts_with("Boatyard"));
            assert_eq!(
                report.target.sentences[0].label,
                Label::Reworded,
                "{preamble}"
            );
            let link = &report.links[report.target.sentences[0].links[0]];
            assert_eq!(link.source, Vec::from_iter(headline), "{preamble}");
        }
    }

    #[test]
    fn the_same_headline_over_a_body_of_its_own_is_added() {
        let body = "Shipbuilding towns along the coast have lost half their yards since 1990.\n\n\
            Young welders often leave for work in the cities, a union survey found.";
        assert_eq!(
            headline_label("Ferry order brings 320 jobs to Kelby", body),
            Label::Added
        );
    }

    #[test]
    fn a_headline_with_another_figure_is_added() {
        assert_eq!(
            headline_label("Kelby boatyard to hire 300 workers", YARD_BODY),
            Label::Added
        );
        assert_eq!(
            headline_label("Kelby boatyard to hire 320 workers", YARD_BODY),
            Label::Reworded
        );
    }
}
