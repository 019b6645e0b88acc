//! The whole pipeline over the fixture pairs in `tests/fixtures/NN-slug/{source,target}.txt`.
//!
//! Every fixture's `Report` is kept as a JSON snapshot (the wire format, so reviewers see output
//! changes in diffs), and each fixture also has explicit assertions on the labels that define it,
//! so a snapshot update can never quietly accept a wrong answer.

#![cfg(not(target_arch = "wasm32"))] // native only: proptest, insta and processes are not on wasm32

use retold::{compare, Fact, Label, Op, Options, Verdict};

mod common;
use common::fixtures::{fixtures_dir, read_pair, report};
use common::shapes::{labels, link_shapes, ops_of, span_text, texts};

use Label::{Added, Copied, Omitted, Reworded};

#[test]
fn fixture_reports_match_snapshots() {
    insta::glob!("fixtures/[0-9]*", |dir| {
        let (source, target) = read_pair(dir);
        let mut report = compare(&source, &target, &Options::default());
        // The version changes with every release, the rest of the report only with the rules.
        assert_eq!(report.version, env!("CARGO_PKG_VERSION"));
        report.version = "[version]".into();
        insta::assert_json_snapshot!(report);
    });
}

#[test]
fn every_fixture_has_a_readme_entry() {
    let readme = std::fs::read_to_string(fixtures_dir().join("README.md")).expect("README.md");
    let mut names: Vec<String> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 14, "fixtures: {names:?}");
    for name in names {
        assert!(readme.contains(&name), "README.md does not list {name}");
        let dir = fixtures_dir().join(&name);
        assert!(dir.join("source.txt").is_file(), "{name}/source.txt");
        assert!(dir.join("target.txt").is_file(), "{name}/target.txt");
    }
}

#[test]
fn verbatim_copy_is_copied_and_the_dropped_tail_omitted() {
    let report = report("01-verbatim-copy");
    assert_eq!(labels(&report.target), [Copied; 8]);
    assert_eq!(
        labels(&report.source),
        [Copied, Copied, Copied, Copied, Copied, Copied, Copied, Copied, Omitted, Omitted]
    );
    // Re-paragraphing does not matter: sentence i of the target comes from sentence i.
    for (i, link) in report.links.iter().enumerate() {
        assert_eq!(
            (link.source.as_slice(), link.target.as_slice()),
            ([i].as_slice(), [i].as_slice())
        );
        assert_eq!(link.similarity, 1.0);
        assert!(
            link.diff.iter().all(|d| d.op == Op::Equal),
            "{:?}",
            link.diff
        );
    }
    assert_eq!(report.summary.verdict, Verdict::WhollyDerived);
    assert_eq!(report.summary.target.shares.copied, 1.0);
    assert!(report.summary.source.shares.omitted > 0.15);
}

#[test]
fn padding_that_repeats_common_names_is_added() {
    let report = report("02-copy-plus-padding");
    let target = labels(&report.target);
    assert_eq!(target.len(), 14);
    assert_eq!(target[..6], [Copied; 6], "the wire story");
    assert_eq!(
        target[6..],
        [Added; 8],
        "background that only repeats Portmere / River Tolle: {:#?}",
        &texts(&report.target)[6..]
    );
    assert_eq!(labels(&report.source), [Copied; 6]);
    assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
    assert!(
        report.summary.headline.contains("the last 4 paragraphs"),
        "{}",
        report.summary.headline
    );
}

#[test]
fn paraphrased_sentences_are_reworded_with_copied_runs() {
    let (_, target_text) = read_pair(&fixtures_dir().join("03-rewrite"));
    let report = report("03-rewrite");
    // Every sentence is a paraphrase of its counterpart, the headline of the source's headline.
    assert_eq!(labels(&report.target), [Reworded; 6]);
    assert_eq!(labels(&report.source), [Reworded; 6]);
    let expected: Vec<(Vec<usize>, Vec<usize>, Label)> =
        (0..=5).map(|i| (vec![i], vec![i], Reworded)).collect();
    assert_eq!(link_shapes(&report), expected);
    for link in &report.links {
        assert!(
            link.diff.iter().any(|d| d.op == Op::Insert),
            "{:?}",
            link.diff
        );
        assert!(
            link.diff.iter().any(|d| d.op == Op::Delete),
            "{:?}",
            link.diff
        );
        // A headline keeps the fewest words of all.
        let least = if link.target == [0] { 0.2 } else { 0.4 };
        assert!(
            link.similarity > least && link.similarity < 1.0,
            "{}",
            link.similarity
        );
    }
    // Verbatim runs inside reworded sentences are marked copied, e.g. the kept quotation.
    let fourth = &report.target.sentences[4];
    assert!(fourth.spans.iter().all(|s| s.label == Copied));
    let spans: Vec<String> = fourth
        .spans
        .iter()
        .map(|s| span_text(&target_text, s.start, s.end))
        .collect();
    assert!(
        spans.iter().any(|s| s.contains("painful but unavoidable")),
        "{spans:?}"
    );
    assert_eq!(report.summary.verdict, Verdict::WhollyDerived);
}

#[test]
fn reordered_sentences_are_copied_and_linked_to_their_originals() {
    let report = report("04-reordering");
    assert_eq!(labels(&report.target), [Copied; 6]);
    assert_eq!(labels(&report.source), [Copied; 6]);
    let pairs: Vec<(Vec<usize>, Vec<usize>)> = report
        .links
        .iter()
        .map(|l| (l.source.clone(), l.target.clone()))
        .collect();
    assert_eq!(
        pairs,
        [
            (vec![0], vec![0]),
            (vec![5], vec![1]),
            (vec![1], vec![2]),
            (vec![3], vec![3]),
            (vec![2], vec![4]),
            (vec![4], vec![5]),
        ]
    );
}

#[test]
fn split_sentence_links_one_source_to_two_targets() {
    let report = report("05-split-and-merge");
    let split = report
        .links
        .iter()
        .find(|l| l.target.len() == 2)
        .expect("a link with two target sentences");
    assert_eq!(
        (split.source.as_slice(), split.target.as_slice()),
        ([1].as_slice(), [1, 2].as_slice())
    );
    assert_eq!(split.label, Copied);
    assert_eq!(
        report.target.sentences[2].text,
        "Construction is expected to begin next March."
    );
    assert_eq!(
        report.target.sentences[1].links,
        report.target.sentences[2].links
    );
}

#[test]
fn merged_sentences_link_two_sources_to_one_target() {
    let report = report("05-split-and-merge");
    let last_source = report.source.sentences.len() - 1;
    let last_target = report.target.sentences.len() - 1;
    let merge = report
        .links
        .iter()
        .find(|l| l.target == [last_target])
        .expect("a link for the last target sentence");
    assert_eq!(merge.source, [last_source - 1, last_source]);
    assert_eq!(merge.label, Copied);
    let diff = ops_of(merge);
    assert!(diff.contains(&(Op::Delete, ". The")), "{diff:?}");
    assert!(diff.contains(&(Op::Insert, ", and the")), "{diff:?}");
    assert_eq!(
        labels(&report.target)
            .iter()
            .filter(|&&l| l != Copied)
            .count(),
        0
    );
}

#[test]
fn merged_sentences_after_a_decimal_amount_link_two_sources() {
    let report = report("05-split-and-merge");
    assert_eq!(
        report.source.sentences[3].text,
        "The library will cost £4.2m."
    );
    assert_eq!(
        report.source.sentences[4].text,
        "Most of the money will come from a national heritage grant."
    );
    let merge = report
        .links
        .iter()
        .find(|l| l.target == [4])
        .expect("a link for target sentence 4");
    assert_eq!(merge.source, [3, 4]);
}

#[test]
fn kept_quote_with_new_attribution_is_reworded_with_the_quote_copied() {
    let (source_text, target_text) = read_pair(&fixtures_dir().join("06-quote-new-attribution"));
    let report = report("06-quote-new-attribution");
    assert_eq!(labels(&report.target), [Copied, Reworded, Copied, Copied]);
    assert_eq!(labels(&report.source), [Copied, Reworded, Copied, Copied]);
    let quote = "We will not close a single ward at St Bride's while I am in this job";
    let target = &report.target.sentences[1];
    let copied: Vec<String> = target
        .spans
        .iter()
        .filter(|s| s.label == Copied)
        .map(|s| span_text(&target_text, s.start, s.end))
        .collect();
    assert!(
        copied.iter().any(|s| s.contains(quote)),
        "copied spans: {copied:?}"
    );
    // The new attribution's own words are not copied; only the name it kept is.
    for new_word in ["insisted", "radio", "Friday"] {
        assert!(copied.iter().all(|s| !s.contains(new_word)), "{copied:?}");
    }
    // On the source side the same quote is what the target kept.
    let source = &report.source.sentences[1];
    let kept: Vec<String> = source
        .spans
        .iter()
        .filter(|s| s.label == Copied)
        .map(|s| span_text(&source_text, s.start, s.end))
        .collect();
    assert!(kept.iter().any(|s| s.contains(quote)), "{kept:?}");
    let link = &report.links[target.links[0]];
    assert_eq!(link.label, Reworded);
    assert!(link
        .diff
        .iter()
        .any(|d| d.op == Op::Insert && d.text.contains("insisted")));
}

#[test]
fn same_shape_with_another_number_or_speaker_is_added() {
    let report = report("07-changed-number-and-speaker");
    // "damaged 310 homes" vs "240 homes"; "Councillor Tom Reed said" vs "Mayor Ann Clarke said".
    assert_eq!(
        labels(&report.target),
        [Copied, Added, Copied, Added, Copied]
    );
    assert_eq!(
        labels(&report.source),
        [Copied, Omitted, Copied, Omitted, Copied]
    );
    // Each added sentence links to the source sentence whose fact it changed, with the diff
    // that shows the change; the source sentence stays omitted but knows the link.
    for (t, s, fact, old, new) in [
        (1, 1, Fact::Number, "240", "310"),
        (3, 3, Fact::Name, "Mayor Ann Clarke", "Councillor Tom Reed"),
    ] {
        let [index] = report.target.sentences[t].links[..] else {
            panic!(
                "target {t} has links {:?}",
                report.target.sentences[t].links
            );
        };
        let link = &report.links[index];
        assert_eq!((&link.source[..], &link.target[..]), (&[s][..], &[t][..]));
        assert_eq!((link.label, link.changed), (Added, Some(fact)));
        assert_eq!(report.source.sentences[s].links, [index]);
        let deleted: String = link
            .diff
            .iter()
            .filter(|d| d.op == Op::Delete)
            .map(|d| d.text.as_str())
            .collect();
        let inserted: String = link
            .diff
            .iter()
            .filter(|d| d.op == Op::Insert)
            .map(|d| d.text.as_str())
            .collect();
        assert_eq!((deleted.trim(), inserted.trim()), (old, new));
    }
    assert!(report
        .links
        .iter()
        .all(|l| (l.label == Added) == l.changed.is_some()));
    // Every sentence comes from the source, two with other facts: the article is derived.
    assert_eq!(report.summary.verdict, Verdict::WhollyDerived);
}

#[test]
fn independent_article_on_the_same_event_is_added() {
    let report = report("08-unrelated-same-topic");
    assert_eq!(labels(&report.target), [Added; 6]);
    assert_eq!(labels(&report.source), [Omitted; 6]);
    assert!(report.links.is_empty());
    assert_eq!(report.summary.verdict, Verdict::Independent);
    assert_eq!(report.summary.target.shares.added, 1.0);
}

#[test]
fn identical_inputs_are_copied_throughout() {
    let report = report("09-identical");
    assert_eq!(labels(&report.target), [Copied; 5]);
    assert_eq!(labels(&report.source), [Copied; 5]);
    assert_eq!(
        report.source, report.target,
        "both sides are the same article"
    );
    for (i, link) in report.links.iter().enumerate() {
        assert_eq!(
            (link.source.clone(), link.target.clone()),
            (vec![i], vec![i])
        );
        assert_eq!(link.similarity, 1.0);
        assert_eq!(link.diff.len(), 1);
        assert_eq!(link.diff[0].op, Op::Equal);
        assert_eq!(link.diff[0].text, report.target.sentences[i].text);
    }
    assert_eq!(report.summary.verdict, Verdict::WhollyDerived);
    assert!(report.target.sentences.iter().all(|s| s.spans.is_empty()));
}

#[test]
fn empty_inputs_give_an_empty_independent_report() {
    let report = report("10-empty");
    assert!(report.source.sentences.is_empty());
    assert!(report.target.sentences.is_empty());
    assert_eq!((report.source.paragraphs, report.target.paragraphs), (0, 0));
    assert!(report.links.is_empty());
    assert_eq!(report.summary.verdict, Verdict::Independent);
    assert_eq!(report.summary.target.characters, 0);
    assert!(!report.summary.headline.is_empty());
}

#[test]
fn news_segmentation_traps_split_only_at_real_sentence_ends() {
    let report = report("11-segmentation-traps");
    let expected = [
        "U.S. envoy visits Valdoria",
        "Mr. Harlan Pike, the U.S. special envoy, arrived in Valdoria at 9:15 a.m. on Dec. 27 for two days of talks.",
        "He met Prime Minister Sofia Renner at No. 10 Regent Square.",
        "Inflation in Valdoria fell to 3.5 per cent in November, down from 4.75 per cent in the summer.",
        "The currency rose 0.8% against the dollar.",
        "\"The U.S. stands with Valdoria.",
        "We will keep our promises,\" Mr. Pike said.",
        "Ms. Renner called the visit \"a turning point.\"",
        "The talks were first planned for August.",
        "He said they had been delayed by the election.",
        "Dr. Ines Varga of the St. Cyprian Institute said the trip \"matters more than it looks.\"",
        "Officials expect a joint statement on Jan. 3.",
    ];
    assert_eq!(texts(&report.source), expected);
    // The target fixes `August.He` to `August. He`: the same sentences, all copied.
    assert_eq!(texts(&report.target), expected);
    assert_eq!(labels(&report.target), [Copied; 12]);
    let paragraphs: Vec<usize> = report
        .source
        .sentences
        .iter()
        .map(|s| s.paragraph)
        .collect();
    assert_eq!(paragraphs, [0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5]);
}

#[test]
fn byte_order_mark_and_crlf_are_invisible() {
    let (source_text, _) = read_pair(&fixtures_dir().join("12-crlf-bom"));
    assert!(source_text.starts_with('\u{feff}') && source_text.contains("\r\n"));
    let report = report("12-crlf-bom");
    let first = &report.source.sentences[0];
    assert_eq!(first.text, "Tram line opens in Oskarsby");
    assert_eq!(
        first.start, 1,
        "the BOM is one character before the headline"
    );
    for sentence in &report.source.sentences {
        assert!(
            !sentence.text.contains(['\r', '\n', '\u{feff}']),
            "{:?}",
            sentence.text
        );
        assert_eq!(
            span_text(&source_text, sentence.start, sentence.end),
            sentence.text
        );
    }
    assert_eq!(report.source.paragraphs, 3);
    assert_eq!(report.target.paragraphs, 3);
    assert_eq!(labels(&report.source), [Copied; 4]);
    assert_eq!(
        labels(&report.target),
        [Copied, Copied, Copied, Copied, Added]
    );
}

#[test]
fn utf16_offsets_slice_every_fixture_back_to_its_sentences() {
    let options = Options {
        offset_unit: retold::OffsetUnit::Utf16,
        ..Options::default()
    };
    for entry in std::fs::read_dir(fixtures_dir()).expect("fixtures dir") {
        let dir = entry.expect("entry").path();
        if !dir.is_dir() {
            continue;
        }
        let (source, target) = read_pair(&dir);
        let report = compare(&source, &target, &options);
        for (text, side) in [(&source, &report.source), (&target, &report.target)] {
            let units: Vec<u16> = text.encode_utf16().collect();
            for sentence in &side.sentences {
                let slice = String::from_utf16(&units[sentence.start..sentence.end])
                    .expect("offsets on UTF-16 boundaries");
                assert_eq!(slice, sentence.text, "{}", dir.display());
            }
        }
    }
}

/// Background lifted from a Wikipedia article: the source's citation marks (`[1]`, `[2][3]`,
/// `[a]`, `[citation needed]`, a heading's `[edit]`) close the sentences before them and are no
/// words of them, so the target's unmarked copies are copies, under a news lead of its own.
#[test]
fn background_copied_from_wikipedia_is_copied_whatever_its_citation_marks() {
    let report = report("17-wikipedia-background");
    assert_eq!(
        labels(&report.target),
        [Reworded, Added, Added, Added, Copied, Copied, Copied, Copied, Copied]
    );
    let source = texts(&report.source);
    assert_eq!(source.len(), 10, "{source:?}");
    assert!(
        source.contains(&"It was designed by the engineer Agnes Whitcombe and opened in 1887.[1]")
    );
    assert!(source.contains(
        &"With 23 arches, it was for many years the longest masonry viaduct in the county.[2][3]"
    ));
    assert!(source.contains(&"History[edit]"));
    for link in &report.links {
        assert!(link.similarity > 0.3, "{link:?}");
    }
    // Each copy changes nothing but the marks.
    for link in report.links.iter().filter(|l| l.label == Copied) {
        let changed: String = link
            .diff
            .iter()
            .filter(|d| d.op != Op::Equal)
            .map(|d| d.text.as_str())
            .collect();
        assert!(
            changed.chars().all(|c| "[]0123456789a ,".contains(c)),
            "{:?}",
            link.diff
        );
    }
}
