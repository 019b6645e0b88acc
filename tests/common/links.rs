//! The links of a `Report`: their indices, labels and similarity, and diffs that rebuild both
//! sides.

use retold::{Label, Op, Report};

fn strictly_increasing(indices: &[usize]) -> bool {
    indices.windows(2).all(|w| w[0] < w[1])
}

/// Link indices are valid and agree with `sentence.links`; diffs rebuild both sides.
pub(super) fn check_links(report: &Report, diffs: bool) {
    let (sources, targets) = (&report.source.sentences, &report.target.sentences);
    for (i, link) in report.links.iter().enumerate() {
        assert!(
            matches!(link.label, Label::Copied | Label::Reworded | Label::Added),
            "link {i} label {:?}",
            link.label
        );
        assert_eq!(
            link.changed.is_some(),
            link.label == Label::Added,
            "link {i}: only an added link names a changed fact"
        );
        assert!(
            !link.source.is_empty() && !link.target.is_empty(),
            "link {i} is one-sided"
        );
        assert!(
            strictly_increasing(&link.source) && strictly_increasing(&link.target),
            "link {i} order"
        );
        assert!(
            link.source.iter().all(|&s| s < sources.len()),
            "link {i} source index"
        );
        assert!(
            link.target.iter().all(|&t| t < targets.len()),
            "link {i} target index"
        );
        for &s in &link.source {
            assert!(
                sources[s].links.contains(&i),
                "source {s} does not list link {i}"
            );
        }
        for &t in &link.target {
            assert!(
                targets[t].links.contains(&i),
                "target {t} does not list link {i}"
            );
        }
        let reworded = link
            .target
            .iter()
            .any(|&t| targets[t].label == Label::Reworded);
        let expected = if link
            .target
            .iter()
            .any(|&t| targets[t].label == Label::Added)
        {
            Label::Added
        } else if reworded {
            Label::Reworded
        } else {
            Label::Copied
        };
        assert_eq!(
            link.label, expected,
            "link {i} label vs its target sentences"
        );
        assert!(
            link.similarity.is_finite() && (0.0..=1.0).contains(&link.similarity),
            "link {i} similarity {}",
            link.similarity
        );
        if diffs {
            // The sentences joined by single spaces, each run of spaces in them written as one,
            // without the `>` marks that open a quoted e-mail's lines.
            let joined = |side: &[retold::Sentence], indices: &[usize]| -> String {
                indices
                    .iter()
                    .flat_map(|&k| side[k].text.split(['\n', '\r', '\u{2028}', '\u{2029}']))
                    .flat_map(|line| {
                        line.split_whitespace()
                            .skip_while(|w| w.chars().all(|c| c == '>'))
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let rebuild = |skip: Op| -> String {
                link.diff
                    .iter()
                    .filter(|d| d.op != skip)
                    .map(|d| d.text.as_str())
                    .collect()
            };
            // A word hyphenated across a line break is written whole, and a soft hyphen is
            // dropped, so where a side has them its letters must still come back in order.
            let broken = |side: &[retold::Sentence], indices: &[usize]| {
                indices.iter().any(|&k| {
                    let text = &side[k].text;
                    text.contains('\u{ad}')
                        || text
                            .split(['\n', '\r', '\u{2028}', '\u{2029}'])
                            .any(|line| line.trim_end().ends_with(['-', '\u{2010}']))
                })
            };
            let letters = |text: &str| -> String {
                text.chars()
                    .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2010}' | '\u{ad}'))
                    .collect()
            };
            let any_broken = broken(sources, &link.source) || broken(targets, &link.target);
            for (skip, side, indices, name) in [
                (Op::Insert, sources, &link.source, "equal+delete"),
                (Op::Delete, targets, &link.target, "equal+insert"),
            ] {
                let (rebuilt, text) = (rebuild(skip), joined(side, indices));
                if any_broken {
                    assert_eq!(letters(&rebuilt), letters(&text), "link {i}: {name}");
                } else {
                    assert_eq!(rebuilt, text, "link {i}: {name}");
                }
            }
            assert!(
                link.diff.iter().all(|d| !d.text.is_empty()),
                "link {i}: empty diff run"
            );
            for pair in link.diff.windows(2) {
                assert_ne!(
                    pair[0].op, pair[1].op,
                    "link {i}: adjacent runs of one kind {:?}",
                    link.diff
                );
            }
        } else {
            assert!(link.diff.is_empty());
        }
    }
    for (name, side) in [("source", sources), ("target", targets)] {
        for (k, s) in side.iter().enumerate() {
            assert!(
                strictly_increasing(&s.links),
                "{name} {k} links {:?}",
                s.links
            );
            for &l in &s.links {
                let link = report
                    .links
                    .get(l)
                    .unwrap_or_else(|| panic!("{name} {k}: link {l} missing"));
                let members = if name == "source" {
                    &link.source
                } else {
                    &link.target
                };
                assert!(
                    members.contains(&k),
                    "{name} {k} lists link {l}, which does not contain it"
                );
            }
        }
    }
    for (s, sentence) in sources.iter().enumerate() {
        if sentence.label == Label::Omitted {
            continue;
        }
        let any_copied = sentence
            .links
            .iter()
            .any(|&l| report.links[l].label == Label::Copied);
        let expected = if any_copied {
            Label::Copied
        } else {
            Label::Reworded
        };
        assert_eq!(sentence.label, expected, "source {s}: label vs its links");
    }
}
