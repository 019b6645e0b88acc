//! Whose words a quotation that runs on holds: it goes on from the nearest sentence before it
//! that reports speech, so a later sentence of it credited to someone else, by name or as a
//! spokesman, puts the speaker's words in another mouth.

use super::Alignment;
use crate::normalize::{Token, Tokens};

/// The first name a sentence puts where a speaker stands that is none of `speaker`'s names, as
/// its weight and its number of names. A speaker stands right before a word that reports speech
/// (`"Mr Varley added"`), or after one and the quotation, past lowercase words of a role, ending
/// the sentence or its clause (`"says Quinlan."`, `"said actor Dan Quinlan, 34"`). `"told
/// Hartigan: "..."` names whom the judge spoke to, `"said outside the High Court"` where, and
/// `"The judge said Mrs Doyle, riding safely, ..."` whom the quote is about. A name that opens
/// the sentence stands as its speaker when a word that reports, and no other name, comes before
/// the quotation (`"The league also welcomed the ban, saying: ..."`, but not `"PC Okafor's
/// solicitor, Ruth Dane, said: ..."`). With `known`, only
/// a name among those keys counts: an unnamed speaker's quote given to a person the source
/// names (`"...," Redmoor manager Stefan Aalto told the Ledger.` for `A source at Redmoor said:`).
pub(super) fn credited_to_another(
    tokens: &Tokens,
    sentence: &[Token],
    speaker: &[u32],
    known: Option<&[u32]>,
) -> Option<(f32, usize)> {
    let is_name = |k: usize| {
        let t = &sentence[k];
        tokens.is_name_at(sentence, k) || (!t.quoted && tokens.is_title(t.key))
    };
    let reports = |k: usize| {
        sentence
            .get(k)
            .is_some_and(|t| !t.quoted && tokens.is_report(t.key))
    };
    // Every run of names, kept or not: a name merged in from another source sentence
    // (`"The actor Dan Quinlan plays the lead."`) is another speaker too. Plain loops: the
    // page's wasm pays for every iterator chain.
    let mut k = 0;
    while k < sentence.len() {
        let start = k;
        while k < sentence.len() && is_name(k) {
            k += 1;
        }
        if k == start {
            k += 1;
            continue;
        }
        // Lowercase words of a role between the report and the name: `"says actor"`.
        let mut roles = 0;
        while roles < start && {
            let t = &sentence[start - roles - 1];
            !t.quoted && !t.proper && tokens.is_content(t.key) && !tokens.is_report(t.key)
        } {
            roles += 1;
        }
        let closes = sentence.get(k).is_none_or(|t| !t.quoted && t.opens_clause);
        // After the quotation: `"The judge said Mrs Doyle, riding safely, ..."` names whom.
        let quoted_before = sentence[..start].iter().any(|t| t.quoted);
        let after =
            roles <= 2 && start > roles && reports(start - roles - 1) && closes && quoted_before;
        let names = tokens.name_keys(sentence[start..k].iter().copied());
        let another = !names.is_empty()
            && names.iter().all(|&key| {
                speaker.binary_search(&key).is_err()
                    && !speaker.iter().any(|&own| tokens.is_short_for(key, own))
                    && known.is_none_or(|known| known.binary_search(&key).is_ok())
            });
        // Opening the sentence, the subject of a report before the quotation: `"The Midland
        // Premier League also welcomed the action, saying: \"...\""`.
        let leads = start <= 1 && {
            let quote = (k..sentence.len()).find(|&q| sentence[q].quoted);
            quote.is_some_and(|quote| (k..quote).any(reports) && !(k..quote).any(is_name))
        };
        if (reports(k) || after || leads) && another {
            let weight = sentence[start..k]
                .iter()
                .map(|t| tokens.weight(t.key))
                .sum();
            return Some((weight, names.len()));
        }
    }
    None
}

/// How many sentences back a quotation that runs on may have opened.
const QUOTE_OPENED_WITHIN: usize = 4;

/// Who speaks a quotation the alignment's source sentences hold, when one lies wholly inside
/// quotation marks and goes on from the nearest sentence before it that does not, which reports
/// speech and names someone in full outside its quotation (`"Tom Reed"`, `"Ms Okonedo"`), by a
/// name right before the word that reports (`"Malone said:"`), or an unnamed speaker (`"A
/// source at Redmoor said:"`): the keys of the names there, sorted, and whether they name the
/// speaker.
///
/// `"We are thrilled to open our season."` after `Director Kwame Asante-Rowe said: "Imogen
/// writes with fire.` is Kwame Asante-Rowe's, so `"..., says Quinlan."` gives it to another. A
/// quote after `Police named the man as John Hale.` is no one's: nothing there reports speech.
/// The third says whether that sentence also calls its speaker by a word for one left unnamed:
/// `"Police spokesman Tom Reed said:"`.
pub(super) fn speaker_of_quote(
    tokens: &Tokens,
    alignment: &Alignment,
) -> Option<(Vec<u32>, bool, bool)> {
    let mut group: Vec<usize> = alignment.source.iter().map(|&(s, _)| s).collect();
    group.dedup();
    group
        .into_iter()
        .find_map(|s| speaker_of_sentence(tokens, s))
}

fn speaker_of_sentence(tokens: &Tokens, sentence: usize) -> Option<(Vec<u32>, bool, bool)> {
    let wholly_quoted = |s: usize| {
        tokens
            .source
            .get(s)
            .is_some_and(|words| !words.is_empty() && words.iter().all(|t| t.quoted))
    };
    if !wholly_quoted(sentence) {
        return None;
    }
    let opener = (1..=QUOTE_OPENED_WITHIN)
        .filter_map(|back| sentence.checked_sub(back))
        .find(|&s| !wholly_quoted(s))?;
    let words = &tokens.source[opener];
    let reports = words.iter().any(|t| !t.quoted && tokens.is_report(t.key));
    // `"Ms Okonedo"` names someone in full as `"Kwame Asante-Rowe"` does.
    let titled = words
        .windows(2)
        .any(|pair| !pair[0].quoted && tokens.is_title(pair[0].key) && tokens.is_name(&pair[1]));
    // `"Malone said:"`: a name right before the word that reports the speech.
    let surnamed = (1..words.len()).any(|k| {
        !words[k].quoted
            && tokens.is_report(words[k].key)
            && !words[k - 1].quoted
            && tokens.is_name_at(words, k - 1)
    });
    let unnamed = words
        .iter()
        .any(|t| !t.quoted && tokens.is_unnamed_speaker(t.key));
    // `"A source at Redmoor said:"` names where the speaker is, not who.
    let named = titled || (surnamed && !unnamed) || tokens.names_in_full(words);
    // Its first word too, where an article writes it as a name: `"Castellan chief executive
    // Richard Vane said:"`.
    let mut names: Vec<u32> = (0..words.len())
        .filter(|&k| tokens.is_name_at(words, k))
        .map(|k| words[k].key)
        .collect();
    names.sort_unstable();
    names.dedup();
    (reports && (named || unnamed)).then_some((names, named, unnamed))
}

/// The speaker groups (`SPEAKER_GROUPS` in `normalize/speech.rs`) whose members speak for
/// themselves, not for the speaker's side: witnesses and neighbours (1) and friends (8). A
/// family (7) may speak for one of its own.
const BYSTANDERS: [i8; 2] = [1, 8];

/// The weight of a spokesman, or another speaker left unnamed, whom the sentence credits right
/// before or after the word that reports the speech, with the names of whom they speak for, and
/// the keys of those names: `"A Beacon TV spokeswoman added:"`, `"..., said a spokesman."`. A
/// bystander is such a speaker too: `"A neighbour told the Echo:"`, `"..., said a friend."`.
pub(super) fn credited_to_spokesperson(
    tokens: &Tokens,
    sentence: &[Token],
) -> Option<(f32, Vec<u32>)> {
    let outside = |k: usize, test: &dyn Fn(u32) -> bool| {
        sentence.get(k).is_some_and(|t| !t.quoted && test(t.key))
    };
    let reports = |k: usize| outside(k, &|key| tokens.is_report(key));
    let unnamed = |key: u32| {
        tokens.is_unnamed_speaker(key)
            || tokens
                .speaker_group(key)
                .is_some_and(|group| BYSTANDERS.contains(&group))
    };
    let at = (0..sentence.len()).find(|&k| {
        outside(k, &unnamed)
            && (reports(k + 1) || (1..=2).any(|back| k >= back && reports(k - back)))
    })?;
    // The names of the body spoken for, before the word: `"Beacon TV"`.
    let mut start = at;
    while start > 0 && tokens.is_name_at(sentence, start - 1) && !sentence[start - 1].quoted {
        start -= 1;
    }
    let weight = sentence[start..=at]
        .iter()
        .map(|t| tokens.weight(t.key))
        .sum();
    Some((weight, sentence[start..at].iter().map(|t| t.key).collect()))
}
