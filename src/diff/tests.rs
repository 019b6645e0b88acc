//! Tests of the word diff: what it shows, what it groups, and that both sides rebuild.

use super::*;

/// The diff as `git diff --word-diff` writes it: `"It [-rose-]{+fell+}."`.
fn marked(ops: &[DiffOp]) -> String {
    ops.iter()
        .map(|d| match d.op {
            Op::Equal => d.text.clone(),
            Op::Delete => format!("[-{}-]", d.text),
            Op::Insert => format!("{{+{}+}}", d.text),
        })
        .collect()
}

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
fn a_link_diff_shows_words_never_spacing() {
    let ops = diff_sentences(
        &["The council approved\u{a0}a new budget\u{a0}for the district."],
        &["The council approved a new\nbudget for the  district."],
    );
    assert_eq!(
        ops,
        [DiffOp {
            op: Op::Equal,
            text: "The council approved a new budget for the district.".into()
        }]
    );
}

#[test]
fn a_word_broken_across_lines_reads_whole() {
    for (source, target, shown) in [
        // The other side writes the whole word: the break is layout, not a change.
        (
            "It opens on Monday.",
            "It opens on Mon-\nday.",
            "It opens on Monday.",
        ),
        (
            "It opens on Monday.",
            "It opens on Mon\u{2010}\nday.",
            "It opens on Monday.",
        ),
        // Windows line ends, and a page break's blank line inside the sentence.
        (
            "It opens on Monday.",
            "It opens on Mon-\r\nday.",
            "It opens on Monday.",
        ),
        (
            "It opens on Monday.",
            "It opens on Mon-\n\nday.",
            "It opens on Monday.",
        ),
        (
            "It was struggling.",
            "It was strug\u{ad}\ngling.",
            "It was struggling.",
        ),
        (
            "It was struggling.",
            "It was strug\u{ad}gling.",
            "It was struggling.",
        ),
        // A compound's own hyphen stays, with its halves joined.
        (
            "A well-known firm.",
            "A well-\nknown firm.",
            "A well-known firm.",
        ),
        // No other side's word, so the hyphen shows where the text has it.
        (
            "It was done.",
            "It was com-\npleted.",
            "It was [-done-]{+com-pleted+}.",
        ),
        // A dash, a capital or a number after the break is no broken word.
        (
            "Dams - and locks.",
            "Dams -\nand locks.",
            "Dams - and locks.",
        ),
        (
            "Dams and Locks.",
            "Dams and-\nLocks.",
            "Dams and{+-+} Locks.",
        ),
    ] {
        let ops = diff_sentences(&[source], &[target]);
        let text = marked(&ops);
        assert_eq!(text, shown, "{target:?}");
    }
    assert_eq!(
        edits(&["It opens on Monday."], &["It opens on Mon-\nday."], 1.0),
        Edits::None
    );
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
        // Spacing is no edit: a no-break space, a wrapped line.
        (
            &["It cost £2bn\u{a0}in May."],
            &["It cost £2bn in\nMay."],
            1.0,
            Edits::None,
        ),
        // So are the marks of a quoted e-mail; a ">" within a line is no such mark.
        (
            &["> It cost £2bn in\n> > May."],
            &["It cost £2bn in May."],
            1.0,
            Edits::None,
        ),
        (
            &["It cost > £2bn."],
            &["It cost £2bn."],
            1.0,
            Edits::Punctuation,
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
            "{+Ready-meal maker +}Halvorsen Foods[-, the ready-meal maker,-] said so.",
        ),
        (
            "He was unhappy.",
            "He was happy.",
            "He was [-unhappy-]{+happy+}.",
        ),
        (
            "Smith's car.",
            "Jones's car.",
            "[-Smith's-]{+Jones's+} car.",
        ),
        // Punctuation after a changed word stays equal, and so does a quotation mark.
        ("They said.", "They say.", "They [-said-]{+say+}."),
        (
            "'We will appeal', he said.",
            "'We will go', he said.",
            "'We will [-appeal-]{+go+}', he said.",
        ),
    ] {
        let ops = diff(source, target);
        let text = marked(&ops);
        assert_eq!(text, shown);
        assert_eq!(rebuild(&ops, Op::Insert), source);
        assert_eq!(rebuild(&ops, Op::Delete), target);
    }
}
