//! Word-level diff of a link, made with `similar`, grouped so that it reads cleanly.
//!
//! A raw word diff of a rewrite is confetti: `the` kept here, a comma kept there. Changes are
//! grouped into hunks (all deleted words, then all inserted words), and a short equal run between
//! two changes (a lone function word or punctuation) joins the hunk around it.

use similar::{Algorithm, ChangeTag, TextDiff};

use crate::report::{DiffOp, Edits, Op};

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
pub fn diff(source: &str, target: &str) -> Vec<DiffOp> {
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
    let text_diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_unicode_words(source, target);
    let mut runs: Vec<(Op, String)> = Vec::new();
    for change in text_diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Delete => Op::Delete,
            ChangeTag::Insert => Op::Insert,
        };
        match runs.last_mut() {
            Some((last, text)) if *last == op => text.push_str(change.value()),
            _ => runs.push((op, change.value().to_string())),
        }
    }
    whole_words(group(runs))
}

/// Widens every change to whole words: the word diff splits `"ready-meal"` at its hyphen, so
/// `"the ready-meal maker"` against `"Ready-meal maker"` would read `[-the ready-]{+Ready+}-meal
/// maker`; it reads `[-the ready-meal-]{+Ready-meal+} maker`. Only the rest of a word moves: a
/// full stop or comma after a changed word stays equal.
fn whole_words(ops: Vec<DiffOp>) -> Vec<DiffOp> {
    // Equal text, or a change as (deleted, inserted).
    enum Part {
        Same(String),
        Change(String, String),
    }
    let mut parts: Vec<Part> = Vec::new();
    for DiffOp { op, text } in ops {
        match (op, parts.last_mut()) {
            (Op::Equal, _) => parts.push(Part::Same(text)),
            (Op::Delete, Some(Part::Change(deleted, _))) => deleted.push_str(&text),
            (Op::Insert, Some(Part::Change(_, inserted))) => inserted.push_str(&text),
            (Op::Delete, _) => parts.push(Part::Change(text, String::new())),
            (Op::Insert, _) => parts.push(Part::Change(String::new(), text)),
        }
    }
    // A word's letters and digits, and the hyphens and apostrophes inside it.
    let wordlike = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '\u{2019}');
    let edge = |text: &str, last: bool| {
        let c = if last {
            text.chars().next_back()
        } else {
            text.chars().next()
        };
        c.is_some_and(wordlike)
    };
    for k in 0..parts.len() {
        let Part::Change(deleted, inserted) = &parts[k] else {
            continue;
        };
        let ends_in_word = edge(deleted, true) || edge(inserted, true);
        let starts_in_word = edge(deleted, false) || edge(inserted, false);
        let mut after = String::new();
        if let Some(Part::Same(next)) = parts.get_mut(k + 1) {
            let cut = next.find(|c: char| !wordlike(c)).unwrap_or(next.len());
            if ends_in_word && cut > 0 {
                after = next[..cut].to_string();
                next.replace_range(..cut, "");
            }
        }
        let mut before = String::new();
        if let Some(Part::Same(previous)) = k.checked_sub(1).and_then(|j| parts.get_mut(j)) {
            let cut = previous
                .char_indices()
                .rev()
                .find(|&(_, c)| !wordlike(c))
                .map_or(0, |(at, c)| at + c.len_utf8());
            if starts_in_word && cut < previous.len() {
                before = previous[cut..].to_string();
                previous.truncate(cut);
            }
        }
        if let Part::Change(deleted, inserted) = &mut parts[k] {
            for side in [deleted, inserted] {
                side.insert_str(0, &before);
                side.push_str(&after);
            }
        }
    }
    // Equal text emptied by a move leaves two changes side by side: one hunk.
    let mut merged: Vec<Part> = Vec::new();
    for part in parts {
        match (part, merged.last_mut()) {
            (Part::Same(text), _) if text.is_empty() => {}
            (Part::Change(deleted, inserted), Some(Part::Change(last_deleted, last_inserted))) => {
                last_deleted.push_str(&deleted);
                last_inserted.push_str(&inserted);
            }
            (part, _) => merged.push(part),
        }
    }
    let mut out: Vec<DiffOp> = Vec::new();
    for part in merged {
        match part {
            Part::Same(text) => push(&mut out, Op::Equal, text),
            Part::Change(deleted, inserted) if deleted == inserted => {
                push(&mut out, Op::Equal, deleted)
            }
            Part::Change(deleted, inserted) => {
                for (op, text) in [(Op::Delete, deleted), (Op::Insert, inserted)] {
                    if !text.is_empty() {
                        push(&mut out, op, text);
                    }
                }
            }
        }
    }
    out
}

/// Diffs the sentences of a link: the source sentences against the target sentences, each side
/// joined by single spaces, so a merged or split sentence reads as one text.
///
/// # Examples
/// ```
/// use retold::{diff::diff_sentences, Op};
/// let ops = diff_sentences(&["The dam opened.", "It cost £2m."], &["The dam, which cost £2m, opened."]);
/// let source: String = ops.iter().filter(|d| d.op != Op::Insert).map(|d| d.text.as_str()).collect();
/// assert_eq!(source, "The dam opened. It cost £2m.");
/// ```
pub fn diff_sentences<S: AsRef<str>>(source: &[S], target: &[S]) -> Vec<DiffOp> {
    let joined = |sentences: &[S]| -> String {
        let parts: Vec<&str> = sentences.iter().map(AsRef::as_ref).collect();
        parts.join(" ")
    };
    diff(&joined(source), &joined(target))
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
pub fn edits<S: AsRef<str>>(source: &[S], target: &[S], similarity: f64) -> Edits {
    let joined = |sentences: &[S]| -> String {
        let parts: Vec<&str> = sentences.iter().map(AsRef::as_ref).collect();
        parts.join(" ")
    };
    let (source, target) = (joined(source), joined(target));
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
mod tests {
    use super::*;

    fn rebuild(ops: &[DiffOp], skip: Op) -> String {
        ops.iter()
            .filter(|d| d.op != skip)
            .map(|d| d.text.as_str())
            .collect()
    }

    #[test]
    fn rebuilds_both_sides() {
        let table = [
            ("", ""),
            ("a", ""),
            ("", "b"),
            (
                "The dam opened on Monday.",
                "On Monday, the new dam opened.",
            ),
            (
                "Zelenskiy said the losses were heavy.",
                "Zelenskyy said losses were very heavy, officials said.",
            ),
            ("我们赢了。", "他们赢了。"),
        ];
        for (source, target) in table {
            let ops = diff(source, target);
            assert_eq!(rebuild(&ops, Op::Insert), source);
            assert_eq!(rebuild(&ops, Op::Delete), target);
        }
    }

    #[test]
    fn groups_changes_without_confetti() {
        let ops = diff(
            "Troops sent the army into assaults with minimal protection.",
            "Troops pushed their soldiers into attacks with little protection.",
        );
        let changes = ops.iter().filter(|d| d.op != Op::Equal).count();
        assert!(changes <= 6, "{ops:?}");
        for pair in ops.windows(2) {
            assert_ne!(pair[0].op, pair[1].op, "adjacent runs of one kind: {ops:?}");
        }
    }

    #[test]
    fn identical_text_is_one_equal_run() {
        assert_eq!(
            diff("Same text.", "Same text."),
            [DiffOp {
                op: Op::Equal,
                text: "Same text.".into()
            }]
        );
    }

    #[test]
    fn edits_name_what_changed_of_the_words() {
        for (source, target, similarity, expected) in [
            (&["Same text."][..], &["Same text."][..], 1.0, Edits::None),
            (
                &["It cost £2bn."],
                &["it cost £2bn!"],
                1.0,
                Edits::Punctuation,
            ),
            // A spelling variant the engine counts as the same word.
            (
                &["Its neighbors paid."],
                &["Its neighbours paid."],
                1.0,
                Edits::Punctuation,
            ),
            (
                &["In May it cost £2bn."],
                &["It cost £2bn in May."],
                1.0,
                Edits::Order,
            ),
            // Two sentences joined as one read the same.
            (
                &["It rained.", "Roads shut."],
                &["It rained. Roads shut."],
                1.0,
                Edits::None,
            ),
            (&["It cost £2bn."], &["It cost £3bn."], 0.75, Edits::Words),
        ] {
            assert_eq!(edits(source, target, similarity), expected, "{target:?}");
        }
    }

    #[test]
    fn a_change_never_cuts_a_word() {
        for (source, target, shown) in [
            (
                "Halvorsen Foods, the ready-meal maker, said so.",
                "Ready-meal maker Halvorsen Foods said so.",
                "[-Halvorsen Foods, the ready-meal-]{+Ready-meal+} maker[-,-]{+ Halvorsen Foods+} said so.",
            ),
            ("He was unhappy.", "He was happy.", "He was [-unhappy-]{+happy+}."),
            ("Smith's car.", "Jones's car.", "[-Smith's-]{+Jones's+} car."),
            // Punctuation after a changed word stays equal.
            ("They said.", "They say.", "They [-said-]{+say+}."),
        ] {
            let ops = diff(source, target);
            let text: String = ops
                .iter()
                .map(|d| match d.op {
                    Op::Equal => d.text.clone(),
                    Op::Delete => format!("[-{}-]", d.text),
                    Op::Insert => format!("{{+{}+}}", d.text),
                })
                .collect();
            assert_eq!(text, shown);
            assert_eq!(rebuild(&ops, Op::Insert), source);
            assert_eq!(rebuild(&ops, Op::Delete), target);
        }
    }
}
