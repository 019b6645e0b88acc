//! Whose words a quotation that runs on holds: it goes on from the nearest sentence before it
//! that reports speech, so a later sentence of it credited to someone else, by name or as a
//! spokesman, puts the speaker's words in another mouth. A pronoun that credits a quotation
//! (`"She added:"`) stands for whoever the sentence before it names, who may be another speaker
//! than the source's.

use similar::DiffOp;

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
    // After the word, only where no one says it before: `"she told a friend"` names whom she
    // told, `"..., said a friend"` who spoke.
    let subject = |r: usize| {
        r > 0
            && (outside(r - 1, &|key| tokens.is_pronoun(key))
                || !sentence[r - 1].quoted && tokens.is_name_at(sentence, r - 1))
    };
    let at = (0..sentence.len()).find(|&k| {
        outside(k, &unnamed)
            && (reports(k + 1)
                || (1..=2).any(|back| k >= back && reports(k - back) && !subject(k - back)))
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

/// The runs of names that may be whoever `words` says spoke, each in order, titles aside: those
/// outside quotations before the first word that reports speech (`"Joanne Pell"` in `"Head of
/// midwifery Joanne Pell said:"`; `"Owen"` and `"Graham Barraclough"` in `"Speaking outside
/// court, Owen's father, Graham Barraclough, said:"`), or else the run right after it (`"said
/// Tom Reed"`). `None` when nothing reports speech, a pronoun does (`"she told Northwire"`), or
/// no name stands there (`"Her family said"`); `strict`ly, also when no name stands right
/// before the word or opens the sentence.
fn named_speaker(tokens: &Tokens, words: &[Token], strict: bool) -> Option<Vec<Vec<u32>>> {
    let name = |k: usize| !words[k].quoted && tokens.is_name_at(words, k);
    let report = (0..words.len()).find(|&k| !words[k].quoted && tokens.is_report(words[k].key))?;
    if report > 0 && !words[report - 1].quoted && tokens.is_pronoun(words[report - 1].key) {
        return None;
    }
    let mut runs: Vec<Vec<u32>> = Vec::new();
    let mut last = None;
    let before = (0..report).filter(|&k| name(k));
    let after = (report + 1..words.len()).take_while(|&k| name(k));
    let zone: Vec<usize> = if (0..report).any(name) {
        before.collect()
    } else {
        after.collect()
    };
    // Strictly, a name stands right before the word, or opens the sentence: in `"In
    // conversation with Agencia Atlantica, the author explained"` the agency is no speaker.
    let stands = zone.first().is_some_and(|&k| k <= 1 || k > report)
        || report.checked_sub(1).is_some_and(name);
    if strict && !stands {
        return None;
    }
    for k in zone {
        let next = last.is_some_and(|l: usize| k == l + 1);
        last = Some(k);
        // Titles aside: `"Cllr Fiona Drummond"` is `"Fiona Drummond"`.
        if tokens.is_title(words[k].key) {
            continue;
        }
        match runs.last_mut() {
            Some(run) if next => run.push(words[k].key),
            _ => runs.push(vec![words[k].key]),
        }
    }
    (!runs.is_empty()).then_some(runs)
}

/// Who speaks a quotation in `side[at]`: the speaker that sentence names, or, for a sentence
/// wholly quoted, the one the quotation opened in; where that one credits it by pronoun (`"she
/// said"`), the speaker the sentence before it names.
fn speaker_at(tokens: &Tokens, side: &[Vec<Token>], at: usize) -> Option<Vec<Vec<u32>>> {
    let wholly_quoted = |s: usize| side[s].iter().all(|t| t.quoted);
    let opener = (0..=QUOTE_OPENED_WITHIN)
        .filter_map(|back| at.checked_sub(back))
        .find(|&s| !wholly_quoted(s))?;
    named_speaker(tokens, &side[opener], true)
        .or_else(|| named_speaker(tokens, side.get(opener.checked_sub(1)?)?, true))
}

/// Whether two speakers' runs of names are of other people: none shared, or a name shared
/// after other names, as a family shares its surname (`"Graham Barraclough"` is not `"Linda
/// Barraclough"`), while `"Okafor"` is `"Ruth Okafor"` and `"Motorist Janet Pryce"` is `"Janet
/// Pryce"`. A short form is its name (`"Dom Pell"` is `"Dominic Pell"`), and so is another word of
/// one name where both give one: `"Gus"` is `"Fennimore"` where an article writes `"Gus
/// Fennimore"`, but `"Owen"` is not `"Linda Barraclough"`.
fn other_people(tokens: &Tokens, one: &[u32], other: &[u32]) -> bool {
    let alone = one.len() == 1 && other.len() == 1;
    let same = |a: u32, b: u32| {
        a == b
            || tokens.is_short_for(a, b)
            || tokens.is_short_for(b, a)
            || alone && tokens.one_name(&[a], &[b])
    };
    for (i, &a) in one.iter().enumerate().rev() {
        if let Some(j) = other.iter().rposition(|&b| same(a, b)) {
            return i > 0 && j > 0 && !same(one[i - 1], other[j - 1]);
        }
    }
    true
}

/// Whether a sentence keeps a quotation word for word but credits it with a pronoun that
/// stands for the speaker the sentence before it names, who is not the one the source gives the
/// words to. `"She added: \"Our midwives were involved ...\""` after `"Dr Priya Anand ...
/// said: ..."` gives Head of midwifery Joanne Pell's words to Dr Anand (693), and `"He said his
/// son was \"the kindest person I knew\""` after `"Owen's father, Graham Barraclough, said"`
/// gives his mother's words to him (702). `"She added that ..."` after the source's own speaker
/// keeps them theirs, and a pronoun after a sentence that names no speaker (`"they said"` after
/// `"Her family said"`, `"he said"` after `"He also admitted"`) gives them to no one new.
pub(super) fn credited_by_pronoun(
    tokens: &Tokens,
    target: usize,
    sentence: &[Token],
    alignment: &Alignment,
) -> bool {
    let kept_quote: usize = alignment
        .ops
        .iter()
        .filter(|op| matches!(op, DiffOp::Equal { .. }))
        .map(|op| sentence[op.new_range()].iter().filter(|t| t.quoted).count())
        .sum();
    let outside = |k: usize, test: &dyn Fn(&Token) -> bool| {
        sentence.get(k).is_some_and(|t| !t.quoted && test(t))
    };
    let reports = |t: &Token| tokens.is_report(t.key);
    let pronoun = (0..sentence.len()).any(|k| {
        outside(k, &|t| tokens.is_pronoun(t.key))
            && (outside(k + 1, &reports) || k > 0 && outside(k - 1, &reports))
    });
    let named = (0..sentence.len()).any(|k| !sentence[k].quoted && tokens.is_name_at(sentence, k));
    if kept_quote < 4 || !pronoun || named {
        return false;
    }
    let Some(&(s, _)) = alignment
        .source
        .iter()
        .find(|&&(s, i)| tokens.source[s][i].quoted)
    else {
        return false;
    };
    // The target's pronoun stands for the speaker its sentence before names.
    let (Some(source), Some(before)) = (
        speaker_at(tokens, &tokens.source, s),
        target
            .checked_sub(1)
            .and_then(|t| named_speaker(tokens, tokens.target.get(t)?, false)),
    ) else {
        return false;
    };
    before
        .iter()
        .all(|run| source.iter().all(|own| other_people(tokens, run, own)))
}
