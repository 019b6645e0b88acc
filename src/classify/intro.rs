//! The intro: the sentence a rewrite changes most, judged with less evidence over a derived
//! body.

use super::{Context, Draft};
use crate::align::{gather, Candidate};
use crate::normalize::{Line, Tokens};
use crate::Options;

/// The shortest sentence, in words, taken for an article's intro: headlines, bylines and
/// datelines before it are shorter.
///
/// In `"Dam opens\n\nBy Ann Lee\n\nThe Harlow dam opened on Tuesday after seven years of
/// work and a row over its cost."` the intro is the third sentence.
pub(super) const INTRO_WORDS: usize = 12;

/// The intro is reworded from a counterpart that holds this share of its words, against
/// `Options::reworded_min` for other sentences...
const INTRO_REWORDED_MIN: f32 = 0.25;

/// ...when at least this share of the article's other words lies in derived sentences.
const INTRO_BODY_DERIVED_MIN: f32 = 0.3;

/// An intro that no one source sentence explains is reworded from several (see
/// [`gather`]) when together they hold this share of its words: half, so an intro of its own
/// that names the event's people and places in passing stays added.
const INTRO_GATHERED_MIN: f32 = 0.5;

/// Judges an added intro again with a lower bar when the rest of the article derives from the
/// source: a rewrite rewrites the intro hardest, so it keeps the least of its counterpart's
/// wording, while an article of its own shares no more than the event's facts with the wire.
///
/// `"PENSIONER Geoffrey Pike has at last launched the home-made lifeboat that filled his back
/// garden for over a decade."` holds under a third of the wire's intro, `"A retired teacher who
/// spent eleven years building a lifeboat in his back garden launched it on the River Severn
/// today..."`. It is reworded when the paragraphs after it are copied from the wire, and stays
/// added when they are the writer's own. An intro that sums up the story takes a fact or two
/// from each of several sentences, so when no one sentence holds enough of it, the few that
/// together hold [`INTRO_GATHERED_MIN`] of it are its counterparts. `context` is the one every
/// other sentence was judged in.
pub(super) fn reword_intro(
    tokens: &Tokens,
    candidates: &[Option<Candidate>],
    context: &Context,
    options: &Options,
    draft: &mut Draft,
) {
    let Some(intro) = intro_of(tokens) else {
        return;
    };
    let Some(candidate) = candidates.get(intro).and_then(Option::as_ref) else {
        return;
    };
    if draft.groups[intro].is_none()
        && body_derived(tokens, &draft.groups, intro, INTRO_BODY_DERIVED_MIN)
    {
        let again = draft.judge_again(
            tokens,
            intro,
            candidate,
            context,
            options,
            INTRO_REWORDED_MIN,
        );
        // A summary intro takes a fact or two from each of several sentences.
        if !again && draft.changes[intro].is_none() {
            if let Some(gathered) =
                gather(tokens, intro).filter(|gathered| gathered.coverage >= INTRO_GATHERED_MIN)
            {
                draft.judge_again(
                    tokens,
                    intro,
                    &gathered,
                    context,
                    options,
                    INTRO_REWORDED_MIN,
                );
            }
        }
    }
}

/// The target's intro: its first sentence of [`INTRO_WORDS`] words or more that is no heading.
/// `"Amber warning as up to 120mm of rain set to hit south Wales"`, a line of its own without a
/// full stop, is the headline however long; the sentence after it is the intro.
pub(super) fn intro_of(tokens: &Tokens) -> Option<usize> {
    (0..tokens.target.len()).find(|&t| tokens.target[t].len() >= INTRO_WORDS && !heads(tokens, t))
}

/// Whether target sentence `t` is a heading line (see [`Line::Heading`]).
pub(super) fn heads(tokens: &Tokens, t: usize) -> bool {
    tokens.lines[1].get(t) == Some(&Line::Heading)
}

/// Whether at least the share `min` of the words outside target sentence `except` lie in
/// derived sentences.
pub(super) fn body_derived(
    tokens: &Tokens,
    groups: &[Option<Vec<usize>>],
    except: usize,
    min: f32,
) -> bool {
    let (mut derived, mut total) = (0usize, 0usize);
    for (t, sentence) in tokens
        .target
        .iter()
        .enumerate()
        .filter(|&(t, _)| t != except)
    {
        total += sentence.len();
        if groups[t].is_some() {
            derived += sentence.len();
        }
    }
    total > 0 && derived as f32 >= min * total as f32
}

#[cfg(test)]
mod tests {
    use crate::{compare, Label, Options};

    const WIRE: &str = "A retired teacher who spent eleven years building a lifeboat in his back \
        garden launched it on the River Severn today as neighbours cheered from the bank.\n\n\
        Geoffrey Pike, 71, started the project after his wife bought him a book of boat plans \
        for his sixtieth birthday.\n\n\
        He used oak from a fallen tree on a neighbour's farm and spent more than £9,000 on \
        brass fittings.\n\n\
        The boat, named Marigold, floated at the first attempt and carried Mr Pike two miles \
        downstream to Tewkesbury.";

    const INTRO: &str = "PENSIONER Geoffrey Pike has at last launched the home-made lifeboat that \
        filled his back garden for over a decade.";

    fn intro_label(target: &str) -> Label {
        let report = compare(WIRE, target, &Options::default());
        let intro = report
            .target
            .sentences
            .iter()
            .find(|s| s.text.starts_with("PENSIONER"))
            .expect("the intro is a sentence");
        intro.label
    }

    #[test]
    fn a_reworded_intro_before_a_copied_body_is_reworded() {
        let body = "Geoffrey Pike, 71, started the project after his wife bought him a book of \
            boat plans for his sixtieth birthday.\n\n\
            He used oak from a fallen tree on a neighbour's farm and spent more than £9,000 on \
            brass fittings.";
        assert_eq!(intro_label(&format!("{INTRO}\n\n{body}")), Label::Reworded);
        // A headline and a byline before it do not hide the intro.
        let dressed = format!("Pike's ark\n\nBy Staff Reporter\n\n{INTRO}\n\n{body}");
        assert_eq!(intro_label(&dressed), Label::Reworded);
    }

    #[test]
    fn the_same_intro_before_a_body_of_its_own_is_added() {
        let body = "Boat building has become a favourite pastime of the retired, according to \
            a survey by a sailing charity published last spring.\n\n\
            Kits now sell in their thousands, and evening classes in carpentry are full across \
            the county.";
        assert_eq!(intro_label(&format!("{INTRO}\n\n{body}")), Label::Added);
    }
}
