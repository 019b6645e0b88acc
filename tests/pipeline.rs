//! The whole pipeline over the fixture pairs in `tests/fixtures/NN-slug/{source,target}.txt`.
//!
//! Every fixture's `Report` is kept as a JSON snapshot (the wire format, so reviewers see output
//! changes in diffs), and each fixture also has explicit assertions on the labels that define it,
//! so a snapshot update can never quietly accept a wrong answer.

#![cfg(not(target_arch = "wasm32"))] // native only: proptest, insta and processes are not on wasm32

use std::path::{Path, PathBuf};

use retold::{compare, Label, Link, Op, Options, Report, Side, Verdict};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read_pair(dir: &Path) -> (String, String) {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    (read("source.txt"), read("target.txt"))
}

/// The report for one fixture, with the CLI's options (character offsets).
fn report(name: &str) -> Report {
    let (source, target) = read_pair(&fixtures_dir().join(name));
    compare(&source, &target, &Options::default())
}

fn labels(side: &Side) -> Vec<Label> {
    side.sentences.iter().map(|s| s.label).collect()
}

fn texts(side: &Side) -> Vec<&str> {
    side.sentences.iter().map(|s| s.text.as_str()).collect()
}

/// The text of a span, by character offsets into `input`.
fn span_text(input: &str, start: usize, end: usize) -> String {
    input.chars().skip(start).take(end - start).collect()
}

/// Links as (source indices, target indices, label), for compact assertions.
fn link_shapes(report: &Report) -> Vec<(Vec<usize>, Vec<usize>, Label)> {
    report
        .links
        .iter()
        .map(|l| (l.source.clone(), l.target.clone(), l.label))
        .collect()
}

/// A link's diff as (op, text), for compact assertions.
fn ops_of(link: &Link) -> Vec<(Op, &str)> {
    link.diff.iter().map(|d| (d.op, d.text.as_str())).collect()
}

use Label::{Added, Copied, Omitted, Reworded};

#[test]
fn fixture_reports_match_snapshots() {
    insta::glob!("fixtures/[0-9]*", |dir| {
        let (source, target) = read_pair(dir);
        let report = compare(&source, &target, &Options::default());
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
    // The headline is new; every body sentence is a paraphrase of its counterpart.
    assert_eq!(
        labels(&report.target),
        [Added, Reworded, Reworded, Reworded, Reworded, Reworded]
    );
    assert_eq!(
        labels(&report.source),
        [Omitted, Reworded, Reworded, Reworded, Reworded, Reworded]
    );
    let expected: Vec<(Vec<usize>, Vec<usize>, Label)> =
        (1..=5).map(|i| (vec![i], vec![i], Reworded)).collect();
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
        assert!(
            link.similarity > 0.4 && link.similarity < 1.0,
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
    assert!(report.target.sentences[1].links.is_empty());
    assert!(report.target.sentences[3].links.is_empty());
    assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
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
fn chinese_splits_at_full_width_stops_and_is_compared() {
    let report = report("13-chinese");
    assert_eq!(
        texts(&report.source),
        [
            "青河市新建大桥正式通车",
            "青河市跨江大桥于周一上午正式通车。",
            "大桥全长一千二百米，历时三年建成。",
            "市长林晓梅在通车仪式上表示，大桥将大大缩短两岸居民的出行时间！",
            "据交通部门统计，每天预计有四万辆汽车通过大桥。",
            "部分居民担心噪音问题？",
        ]
    );
    assert_eq!(
        labels(&report.target),
        [Copied, Copied, Copied, Copied, Copied, Added]
    );
    assert_eq!(
        labels(&report.source),
        [Copied, Copied, Copied, Copied, Copied, Omitted]
    );
}

#[test]
fn german_with_umlauts_and_low_quotes_is_compared() {
    let report = report("14-german");
    assert_eq!(
        labels(&report.target),
        [Copied, Copied, Copied, Copied, Added]
    );
    assert_eq!(
        labels(&report.source),
        [Copied, Copied, Copied, Copied, Omitted]
    );
    assert_eq!(
        report.target.sentences[3].text,
        "Bürgermeisterin Jutta Römer sprach von einem „großen Tag für die ganze Region“."
    );
    // One new sentence in five is a fifth of the text: partly, not wholly, derived.
    assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
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

/// `merge_variants` joins words one deletion apart at position 2 or later (`Zelenskiy` /
/// `Zelenskyy`), but for five-letter words that also joins different words: `train`/`trail`,
/// `storm`/`store`. The target then shows as copied with no span on the changed word (the
/// diff still shows it). Union-find also chains such pairs into large clusters.
#[test]
fn regression_one_letter_different_words_are_not_spelling_variants() {
    let cases = [
        (
            "Police said the train was late on Monday.",
            "Police said the trail was late on Monday.",
        ),
        (
            "The storm hit the harbour at dawn.",
            "The store hit the harbour at dawn.",
        ),
    ];
    for (source, target) in cases {
        let report = compare(source, target, &Options::default());
        let sentence = &report.target.sentences[0];
        assert!(
            sentence.label != Copied || !sentence.spans.is_empty(),
            "{target:?} is copied from {source:?} with no span on the changed word"
        );
    }
}

/// An acronym for a name the source spells out is the same name, not another speaker: a copy that
/// only abbreviates the name stays copied, the acronym marked as reworded and the spelled-out name
/// not omitted, while a genuinely different organisation makes the sentence added.
#[test]
fn acronym_for_a_spelled_out_name_is_the_same_name() {
    let source = "The Commission for Racial Equality backed the case with heavy funding, the court heard on Monday.";
    let same = "The CRE backed the case with heavy funding, the court heard on Monday.";
    let other = "The RSPB backed the case with heavy funding, the court heard on Monday.";
    let report = compare(source, same, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    let spans: Vec<(&str, Label)> = report.target.sentences[0]
        .spans
        .iter()
        .map(|s| (&same[s.start..s.end], s.label))
        .collect();
    assert_eq!(spans, [("CRE", Reworded)]);
    assert_eq!(labels(&report.source), [Copied]);
    assert!(report.source.sentences[0].spans.is_empty());
    let similarity = report.links[0].similarity;
    assert!((0.7..1.0).contains(&similarity), "{similarity}");
    let report = compare(source, other, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
}

/// Dotted and undotted initials are one word, and either may stand for the spelled-out name.
#[test]
fn dotted_initials_match_plain_ones_and_the_name() {
    let cases = [
        (
            "The UN said the talks would resume in Geneva.",
            "The U.N. said the talks would resume in Geneva.",
        ),
        (
            "The U.N. said the talks would resume in Geneva.",
            "The UN said the talks would resume in Geneva.",
        ),
        (
            "The United Nations said the talks would resume in Geneva.",
            "The U.N. said the talks would resume in Geneva.",
        ),
    ];
    for (source, target) in cases {
        let report = compare(source, target, &Options::default());
        assert_eq!(labels(&report.target), [Copied], "{source:?} -> {target:?}");
        assert_eq!(labels(&report.source), [Copied], "{source:?} -> {target:?}");
    }
}

/// A translation says the same in other words: synonyms (`army` for `military`, `wounded` for
/// `injured`) let a sentence that shares almost no word with its counterpart find it, as
/// reworded, never copied, with each synonym counting as half a match in the link's similarity.
#[test]
fn translated_sentence_with_synonyms_is_reworded() {
    let source = "Flooding cut off three villages in the Varna valley on Sunday. \
        The military sent large lorries to help the injured villagers. \
        Relief work will resume on Monday, the mayor said.";
    let target = "Three villages in the Varna valley were cut off by floods on Sunday. \
        The army dispatched big lorries to assist the wounded villagers. \
        The mayor also asked for tents.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded, Reworded, Added]);
    let link = report
        .links
        .iter()
        .find(|l| l.target == [1])
        .expect("the translated sentence is linked");
    assert_eq!(link.source, [1]);
    assert!((0.4..0.9).contains(&link.similarity), "{}", link.similarity);
    // The words that differ are the reworded part, not copied ones.
    let sentence = &report.target.sentences[1];
    assert!(sentence
        .spans
        .iter()
        .all(|s| !target[s.start..s.end].contains("army")));
}

/// Synonyms keep a sentence's shape, so another number in it still makes it added: `"1,200
/// killed or injured"` is not `"3,000 killed or wounded"` reworded.
#[test]
fn synonyms_do_not_hide_a_changed_number() {
    let source = "Officials said more than 3,000 soldiers had been killed or wounded since March.";
    let target = "Officials said more than 1,200 soldiers had been killed or injured since March.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    assert_eq!(labels(&report.source), [Omitted]);
}

/// The labelled spans of a target sentence, as (label, text).
fn spans_of(input: &str, report: &Report, sentence: usize) -> Vec<(Label, String)> {
    report.target.sentences[sentence]
        .spans
        .iter()
        .map(|s| (s.label, span_text(input, s.start, s.end)))
        .collect()
}

/// The texts of a target sentence's spans with one label.
fn spans_labelled(input: &str, report: &Report, sentence: usize, label: Label) -> Vec<String> {
    spans_of(input, report, sentence)
        .into_iter()
        .filter(|(l, _)| *l == label)
        .map(|(_, text)| text)
        .collect()
}

/// A long sentence that joins a reworded statement to material of its own is reworded in the
/// clauses that carry the source and added in the rest, not added whole.
#[test]
fn reworded_clauses_inside_a_long_new_sentence_are_found() {
    let source = "Heavy rain flooded the mill district of Tarnow on Sunday. \
        The mayor said the damaged bridge over the Aske would stay closed until engineers had inspected its foundations. \
        Volunteers filled sandbags through the night.";
    let target = "The bridge over the Aske, badly damaged, stays shut until engineers inspect its foundations, \
        the mayor said, while shopkeepers on Market Street counted the cost of a third expensive spring \
        in ten years and asked the regional government to pay for a new embankment.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    assert_eq!(link_shapes(&report), [(vec![1], vec![0], Reworded)]);
    let added = spans_labelled(target, &report, 0, Added);
    assert_eq!(
        added,
        ["while shopkeepers on Market Street counted the cost of a third expensive spring in ten \
          years and asked the regional government to pay for a new embankment"]
    );
}

/// A clause hung on a reworded sentence that has no counterpart is marked added.
#[test]
fn a_new_clause_at_the_end_of_a_reworded_sentence_is_added() {
    let source = "Rents in the city rose by 5% last year, the housing council said.";
    let target = "City rents climbed 5% over the last year, the housing council said, \
        citing higher costs for landlords and fewer new homes.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    let spans = spans_of(target, &report, 0);
    assert_eq!(
        spans.last(),
        Some(&(
            Added,
            "citing higher costs for landlords and fewer new homes".to_string()
        )),
        "{spans:?}"
    );
    assert!(spans
        .iter()
        .any(|(label, text)| *label == Copied && text.contains("housing council said")));
}

/// A reworded sentence shows the words it kept as written, wherever it put them; a word that
/// only shares a stem with the source's is reworded.
#[test]
fn a_reworded_sentence_marks_the_words_it_kept() {
    let source = "Two skaters went missing after the ice broke on Lake Harlow, \
        and divers searched the water all night.";
    let target = "Divers spent the night searching Lake Harlow for two skaters who vanished \
        when the ice gave way.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    let copied = spans_labelled(target, &report, 0, Copied);
    assert_eq!(
        copied,
        ["Divers", "night", "Lake Harlow", "two skaters", "ice"],
        "{:?}",
        report.target.sentences[0].spans
    );
}

/// A sentence that shares only a clause's worth of common words stays added: clauses are no
/// back door for the event's common vocabulary.
#[test]
fn a_clause_of_common_words_does_not_make_a_sentence_derived() {
    let source = "Floods hit Tarnow on Sunday. The river Aske burst its banks in Tarnow. \
        Tarnow's mayor visited the Aske. Rain fell in Tarnow all week.";
    let target = "In Tarnow, by the Aske, the mayor opened a school for sixty children on Monday \
        and praised the teachers who had raised the money themselves.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
}

/// `"US"` is a name, not the word "us": another country in its place is another speaker.
#[test]
fn a_country_in_capitals_is_a_name_that_can_change() {
    let source = "On Monday US officials said 40 people had died in the floods.";
    let target = "On Monday UK officials said 40 people had died in the floods.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Added]);
    let report = compare(source, source, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
}

/// Another title before a name the source has in the same place is the same person, while another
/// name after the same title is another speaker.
#[test]
fn a_new_title_before_the_same_name_is_the_same_speaker() {
    let source =
        "The court heard that Pc Hollis then arrived and was hit by a bottle outside the club.";
    for (target, derived) in [
        ("The court heard that WPC Hollis then arrived and was hit by a bottle outside the club.", true),
        ("The court heard that Pc Marsh then arrived and was hit by a bottle outside the club.", false),
        ("The court heard that WPC Marsh then arrived and was hit by a bottle outside the club.", false),
    ] {
        let report = compare(source, target, &Options::default());
        let sentence = &report.target.sentences[0];
        assert_eq!(sentence.label != Added, derived, "{target}: {:?}", sentence.label);
        assert_eq!(sentence.links.len(), usize::from(derived), "{target}");
    }
}

/// A span shows whole pairs of brackets and quotation marks: the dateline a copy dropped is
/// `BRANDMOOR (Northfield Press)`, not `BRANDMOOR (Northfield Press`.
#[test]
fn spans_keep_brackets_and_quotation_marks_whole() {
    let source = "BRANDMOOR (Northfield Press) - The Harlow dam was officially opened on Tuesday, \
        seven years after work began.";
    let target = "The Harlow dam was officially opened on Tuesday, seven years after work began.";
    let report = compare(source, target, &Options::default());
    let omitted: Vec<(Label, String)> = report.source.sentences[0]
        .spans
        .iter()
        .map(|s| (s.label, span_text(source, s.start, s.end)))
        .collect();
    assert_eq!(
        omitted,
        [(Omitted, "BRANDMOOR (Northfield Press)".to_string())]
    );
    let source = "The brothers posed as \"master craftsmen\" and took cash from pensioners.";
    let target = "Police said the brothers posed as \"master craftsmen\" but left the roofs worse.";
    let report = compare(source, target, &Options::default());
    assert!(
        spans_of(target, &report, 0).contains(&(
            Copied,
            "the brothers posed as \"master craftsmen\"".to_string()
        )),
        "{:?}",
        spans_of(target, &report, 0)
    );
}

/// A wire story filed "today" and printed next morning says "yesterday": still a copy, with the
/// swap shown in the diff like any function word. A changed weekday is a changed fact.
#[test]
fn a_story_printed_the_next_day_is_still_copied() {
    let source = "The council approved the new bridge today, the mayor said.";
    let target = "The council approved the new bridge yesterday, the mayor said.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Copied]);
    let diff = ops_of(&report.links[0]);
    assert!(diff.contains(&(Op::Delete, "today")), "{diff:?}");
    assert!(diff.contains(&(Op::Insert, "yesterday")), "{diff:?}");
    let target = "The council approved the new bridge on Monday, the mayor said.";
    let report = compare(source, target, &Options::default());
    assert_ne!(labels(&report.target), [Copied]);
}

/// A rewrite reorders: two content words in a row that the source has in a row are copied even
/// when the word alignment, which keeps order, could not pair them. A pair of the event's common
/// words (`"Aske water"`, in most source sentences) is not worth a mark, nor is a pair inside a
/// clause the target added.
#[test]
fn two_kept_words_out_of_order_are_copied() {
    let source = "Aske water flooded the square on Sunday. \
        Anna Kowal, who runs the bakery on the square, said the mill bridge had been closed since Monday. \
        Aske water reached the school. \
        Volunteers filled sandbags as Aske water kept rising. \
        Boats crossed Aske water to the church.";
    let target = "The mill bridge has been shut since Monday while Aske water rose, \
        according to baker Anna Kowal.";
    let report = compare(source, target, &Options::default());
    assert_eq!(labels(&report.target), [Reworded]);
    assert_eq!(
        spans_of(target, &report, 0),
        [
            (Copied, "The mill bridge".to_string()),
            (Copied, "since Monday".to_string()),
            (Copied, "Anna Kowal".to_string()),
        ]
    );
    // Inside a clause the target added, a kept name is no copied phrase: the clause stays whole.
    let source = "Rents in the city rose by 5% last year, the housing council said. \
        Tenant groups in Castle Ward want a rent freeze.";
    let target = "City rents climbed 5% over the last year, the housing council said, \
        while whole streets of Castle Ward stood empty for months.";
    let report = compare(source, target, &Options::default());
    assert_eq!(
        spans_of(target, &report, 0).last(),
        Some(&(
            Added,
            "while whole streets of Castle Ward stood empty for months".to_string()
        ))
    );
}
