//! Word-level diff of a link, made with `similar`, grouped so that it reads cleanly.
//!
//! A raw word diff of a rewrite is confetti: `the` kept here, a comma kept there. Changes are
//! grouped into hunks (all deleted words, then all inserted words), and a short equal run between
//! two changes (a lone function word or punctuation) joins the hunk around it.

use rustc_hash::FxHashMap;
use similar::{capture_diff_slices, Algorithm};

use crate::report::{DiffOp, Edits, Op};
use crate::segment::{BREAK_HYPHENS, SOFT_HYPHEN};

/// An equal run this short (in non-space characters), between two changes, joins them.
///
/// `"fired [-12-]{+fifteen+} [-at-]{+on+}"`: the lone space between the changes is absorbed;
/// so is `"the"` in `"[-sent-] the [-army-]"` -> `"[-sent the army-]{+...+}"`.
const ABSORB_MAX: usize = 3;

/// Diffs `source` against `target` word by word.
///
/// `equal` and `delete` texts concatenate back to `source`; `equal` and `insert` to `target`.
///
/// # Examples
/// ```
/// use retold::{diff::diff, Op};
/// let ops = diff("The storm killed 12 people.", "The storm killed 15 people.");
/// let shown: Vec<(Op, &str)> = ops.iter().map(|d| (d.op, d.text.as_str())).collect();
/// assert_eq!(
///     shown,
///     [(Op::Equal, "The storm killed "), (Op::Delete, "12"), (Op::Insert, "15"), (Op::Equal, " people.")]
/// );
/// ```
pub fn diff<'a>(source: &'a str, target: &'a str) -> Vec<DiffOp> {
    if source == target {
        return if source.is_empty() {
            Vec::new()
        } else {
            vec![DiffOp {
                op: Op::Equal,
                text: source.into(),
            }]
        };
    }
    let (old, new) = (words(source), words(target));
    // The words as numbers: `similar` is then the same code as the word alignment's, which
    // diffs `u32` keys, and the page does not carry it a second time for strings. The map has
    // the interner's type for the same reason.
    let mut ids: FxHashMap<&str, (u32, u32)> = FxHashMap::default();
    let mut number = |words: &[&'a str]| -> Vec<u32> {
        words
            .iter()
            .map(|&word| {
                if let Some(&(id, _)) = ids.get(word) {
                    return id;
                }
                let id = ids.len() as u32;
                ids.insert(word, (id, 0));
                id
            })
            .collect()
    };
    let (old_ids, new_ids) = (number(&old), number(&new));
    let mut runs: Vec<(Op, String)> = Vec::new();
    let mut push = |op: Op, words: &[&str]| {
        if words.is_empty() {
            return;
        }
        if !matches!(runs.last(), Some((last, _)) if *last == op) {
            runs.push((op, String::new()));
        }
        if let Some((_, text)) = runs.last_mut() {
            text.extend(words.iter().copied());
        }
    };
    for op in capture_diff_slices(Algorithm::Patience, &old_ids, &new_ids) {
        let (_, old_range, new_range) = op.as_tag_tuple();
        match op {
            similar::DiffOp::Equal { .. } => push(Op::Equal, &old[old_range]),
            similar::DiffOp::Delete { .. } => push(Op::Delete, &old[old_range]),
            similar::DiffOp::Insert { .. } => push(Op::Insert, &new[new_range]),
            // A replacement reads as its deleted words, then its inserted ones.
            similar::DiffOp::Replace { .. } => {
                push(Op::Delete, &old[old_range]);
                push(Op::Insert, &new[new_range]);
            }
        }
    }
    group(runs)
}

/// Splits text into the pieces a diff keeps whole: words (letters and digits, with a hyphen or
/// apostrophe between two of them, and the point or comma of a figure, `"3.5"`, `"12,000"`), runs
/// of spaces, and single other characters. A change then
/// never cuts a word: `"the ready-meal maker"` against `"Ready-meal maker"` reads `[-the
/// ready-meal-]{+Ready-meal+} maker`, not `[-the ready-]{+Ready+}-meal maker`, and a full stop
/// after a changed word stays equal.
fn words(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let joins = |k: usize| {
        let (_, c) = chars[k];
        let around = |test: fn(&char) -> bool| {
            let side =
                |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|(_, c)| test(c));
            side(k.checked_sub(1)) && side(Some(k + 1))
        };
        c.is_alphanumeric()
            || (matches!(c, '-' | '\'' | '\u{2019}') && around(|c| c.is_alphanumeric()))
            || (matches!(c, '.' | ',') && around(char::is_ascii_digit))
    };
    // 0 a word, 1 spaces, 2 anything else (each on its own).
    let kind = |k: usize| {
        if joins(k) {
            0
        } else if chars[k].1.is_whitespace() {
            1
        } else {
            2
        }
    };
    let mut pieces = Vec::new();
    let mut start = 0;
    for k in 1..=chars.len() {
        if k == chars.len() || kind(k) != kind(k - 1) || kind(k) == 2 {
            let end = chars.get(k).map_or(text.len(), |&(at, _)| at);
            pieces.push(&text[chars[start].0..end]);
            start = k;
        }
    }
    pieces
}

/// Diffs the sentences of a link: the source sentences against the target sentences, each side
/// joined by single spaces, so a merged or split sentence reads as one text, and spaced alike
/// (see `joined`), so `"£4.2\u{a0}million"` for `"£4.2 million"` shows no change.
///
/// # Examples
/// ```
/// use retold::{diff::diff_sentences, Op};
/// let ops = diff_sentences(&["The dam opened.", "It cost £2m."], &["The dam, which cost £2m, opened."]);
/// let source: String = ops.iter().filter(|d| d.op != Op::Insert).map(|d| d.text.as_str()).collect();
/// assert_eq!(source, "The dam opened. It cost £2m.");
/// ```
pub fn diff_sentences(source: &[&str], target: &[&str]) -> Vec<DiffOp> {
    diff(&joined(source, target), &joined(target, source))
}

/// The sentences of one side of a link as one text, joined by single spaces, with every run of
/// spaces inside them written as one space too: a no-break space from a web page or a wrapped
/// line's break is no change to show. `["The\u{a0}dam", "opened."]` -> `"The dam opened."`.
/// So are the `>` marks an e-mail reply opens its quoted lines with: `"> The dam\n> opened."`
/// -> `"The dam opened."`.
///
/// A word hyphenated across a line break, as PDF copy has it, is written whole, as the engine
/// reads it: `"Mon-\nday"` -> `"Monday"` when the `other` side of the link writes `Monday`, and
/// `"well-\nknown"` -> `"well-known"` when it does not. A soft hyphen only shows where a line
/// breaks, so it is never a change to show: `"strug\u{ad}\ngling"` -> `"struggling"`.
#[inline(never)]
fn joined(sentences: &[&str], other: &[&str]) -> String {
    let mut text = String::new();
    let mut broken = false;
    let lines = sentences
        .iter()
        .flat_map(|s| s.split(crate::segment::LINE_ENDS));
    for line in lines {
        let mut words = line.split_whitespace().peekable();
        while words.next_if(|w| w.chars().all(|c| c == '>')).is_some() {}
        let Some(first) = words.next() else {
            continue;
        };
        if broken && first.starts_with(char::is_lowercase) {
            join_broken(&mut text, first, other);
        } else {
            push_word(&mut text, first);
        }
        words.for_each(|word| push_word(&mut text, word));
        broken = text
            .strip_suffix(BREAK_HYPHENS)
            .is_some_and(|rest| rest.ends_with(char::is_alphabetic));
    }
    // Most texts have none, and a search is cheaper than rebuilding every one.
    if text.contains(SOFT_HYPHEN) {
        text.retain(|c| c != SOFT_HYPHEN);
    }
    text
}

fn push_word(text: &mut String, word: &str) {
    if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(word);
}

/// Appends `word`, which opens a line, to `text`, whose last word ends that line broken by a
/// hyphen: without the hyphen when `other` writes the whole word (`"Mon-"` + `"day"` ->
/// `"Monday"`), with it when it does not (`"well-"` + `"known"` -> `"well-known"`).
#[inline(never)]
fn join_broken(text: &mut String, word: &str, other: &[&str]) {
    let Some(hyphen) = text.pop() else {
        return;
    };
    let head = &text[text.trim_end_matches(char::is_alphanumeric).len()..];
    let tail = &word[..word
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(word.len())];
    let whole = format!("{head}{tail}");
    // Case is folded for ASCII only: `Mon-` + `day` against a headline's `MONDAY`.
    let mut written = false;
    for sentence in other {
        for other_word in sentence.split(|c: char| !c.is_alphanumeric()) {
            written |= other_word.eq_ignore_ascii_case(&whole);
        }
    }
    if hyphen != SOFT_HYPHEN && !written {
        text.push(hyphen);
    }
    text.push_str(word);
}

/// What `target` changed of `source`'s words, both joined as [`diff_sentences`] joins them,
/// given the link's `similarity` (1 when the engine finds the same words, spelling variants
/// included).
///
/// # Examples
/// ```
/// use retold::{diff::edits, Edits};
/// assert_eq!(edits(&["It cost £2bn."], &["It cost £2bn."], 1.0), Edits::None);
/// assert_eq!(edits(&["It cost £2bn, he said."], &["It cost £2bn he said."], 1.0), Edits::Punctuation);
/// assert_eq!(edits(&["In May it cost £2bn."], &["It cost £2bn in May."], 1.0), Edits::Order);
/// assert_eq!(edits(&["It cost £2bn."], &["It cost £3bn."], 0.8), Edits::Words);
/// ```
pub fn edits(source: &[&str], target: &[&str], similarity: f64) -> Edits {
    let (source, target) = (joined(source, target), joined(target, source));
    if source == target {
        return Edits::None;
    }
    if similarity < 1.0 {
        return Edits::Words;
    }
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_ascii_lowercase)
            .collect()
    };
    let (source, mut target) = (words(&source), words(&target));
    if source == target {
        return Edits::Punctuation;
    }
    // The same words in another order pair off one by one; a link is a sentence or two, and a
    // scan keeps sort code out of the page's wasm.
    let moved = source.len() == target.len()
        && source.iter().all(|word| {
            let found = target.iter().position(|other| other == word);
            found.map(|at| target.swap_remove(at)).is_some()
        });
    // Other words the engine still counts as the same are spelling variants.
    if moved {
        Edits::Order
    } else {
        Edits::Punctuation
    }
}

/// Turns alternating runs into hunks: equal, then deletions, then insertions, then equal.
fn group(runs: Vec<(Op, String)>) -> Vec<DiffOp> {
    let mut out: Vec<DiffOp> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    let count = runs.len();
    for (i, (op, text)) in runs.into_iter().enumerate() {
        match op {
            Op::Delete => deleted.push_str(&text),
            Op::Insert => inserted.push_str(&text),
            Op::Equal => {
                let inside = i > 0 && i + 1 < count;
                let in_hunk = !deleted.is_empty() || !inserted.is_empty();
                let short = text.chars().filter(|c| !c.is_whitespace()).count() <= ABSORB_MAX
                    && text.split_whitespace().count() <= 1;
                if inside && in_hunk && short {
                    deleted.push_str(&text);
                    inserted.push_str(&text);
                    continue;
                }
                flush(&mut out, &mut deleted, &mut inserted);
                push(&mut out, Op::Equal, text);
            }
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}

fn flush(out: &mut Vec<DiffOp>, deleted: &mut String, inserted: &mut String) {
    if deleted == inserted && !deleted.is_empty() {
        // Absorbed text around nothing: keep it equal.
        out.push(DiffOp {
            op: Op::Equal,
            text: std::mem::take(deleted),
        });
        inserted.clear();
        return;
    }
    // An absorbed run that ends both sides goes back out as equal text.
    let common = common_suffix(deleted, inserted);
    let tail = deleted[deleted.len() - common..].to_string();
    deleted.truncate(deleted.len() - common);
    inserted.truncate(inserted.len() - common);
    if !deleted.is_empty() {
        out.push(DiffOp {
            op: Op::Delete,
            text: std::mem::take(deleted),
        });
    }
    if !inserted.is_empty() {
        out.push(DiffOp {
            op: Op::Insert,
            text: std::mem::take(inserted),
        });
    }
    if !tail.is_empty() {
        push(out, Op::Equal, tail);
    }
}

fn push(out: &mut Vec<DiffOp>, op: Op, text: String) {
    match out.last_mut() {
        Some(last) if last.op == op => last.text.push_str(&text),
        _ => out.push(DiffOp { op, text }),
    }
}

/// Length in bytes of the longest common suffix of both that starts at whitespace, so a word is
/// never cut: `"assaults "`/`"attacks "` share `" "`, not `"s "`.
fn common_suffix(a: &str, b: &str) -> usize {
    let chars: Vec<char> = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x)
        .collect();
    match chars.iter().rposition(|c| c.is_whitespace()) {
        Some(i) => chars[..=i].iter().map(|c| c.len_utf8()).sum(),
        None => 0,
    }
}

#[cfg(test)]
mod tests;
