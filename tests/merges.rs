//! Merges: a target sentence built from two or more source sentences links to all of them, so
//! none of them reads as omitted.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Label, Options};

const OBITUARY: &str = "Folk singer Maggie Dunmore dies aged 81\n\n\
    Maggie Dunmore, the Northumbrian folk singer, has died aged 81, her family said.\n\n\
    Her 1971 album Pit Lamp sold more than 200,000 copies.\n\n\
    In 2009 she was appointed MBE for services to traditional music.\n\n\
    She later taught at the Sage Gateshead, where she founded a choir for former miners and \
    their families.";

/// A short source sentence merged in as a clause explains too little of the long sentence to
/// join its group by weight, but it is linked beside the sentence the rest comes from.
#[test]
fn a_short_sentence_merged_in_as_a_clause_is_linked_not_omitted() {
    let target = "She was made an MBE in 2009, and in later years taught at the Sage \
        Gateshead, where she started a choir for former miners and their families.";
    let report = compare(OBITUARY, target, &Options::default());
    let sentence = &report.target.sentences[0];
    assert_eq!(sentence.label, Label::Reworded);
    let link = &report.links[sentence.links[0]];
    assert_eq!(link.source, [3, 4]);
    assert_eq!(report.source.sentences[3].label, Label::Reworded);
    // The clause is no longer a phrase of the writer's own.
    assert!(
        sentence.spans.iter().all(|s| s.label != Label::Added),
        "{:?}",
        sentence.spans
    );
}

/// Two words shared with a short sentence make a clause of a derived sentence, not a sentence
/// derived: one of the writer's own that names only the honour stays added, and the honour's
/// sentence omitted.
#[test]
fn a_clause_alone_does_not_make_a_sentence_derived() {
    let target = "She was made an MBE in 2009, and friends say she kept the medal in a biscuit \
        tin beside the piano.";
    let report = compare(OBITUARY, target, &Options::default());
    assert_eq!(report.target.sentences[0].label, Label::Added);
    assert_eq!(report.source.sentences[3].label, Label::Omitted);
}

/// A sentence stitched from parts of several source sentences is a rewording, however many of
/// its words are the source's: no source sentence of the group is copied whole. One copied whole
/// with its attribution from the sentence before is a copy.
#[test]
fn a_sentence_stitched_from_parts_of_several_is_reworded() {
    let source = "Darren Kell, 31, of Marsh Lane, Fenwick, targeted houses in the town's Abbey \
        ward while their owners were at work, Fenwick Crown Court heard.\n\n\
        He stole jewellery, laptops and cash worth a total of £38,000, most of which has never \
        been recovered.\n\n\
        Councillor Ruth Dale said: \"People were frightened to leave their homes. The sentence \
        sends a clear message to anyone who preys on this community.\"";
    let cases = [
        (
            "Darren Kell, 31, of Marsh Lane, targeted houses in the Abbey ward while their owners \
             were at work, stealing jewellery, laptops and cash worth £38,000.",
            Label::Reworded,
        ),
        (
            "Councillor Ruth Dale said: \"The sentence sends a clear message to anyone who preys \
             on this community.\"",
            Label::Copied,
        ),
    ];
    for (target, expected) in cases {
        let report = compare(source, target, &Options::default());
        let sentence = &report.target.sentences[0];
        assert_eq!(sentence.label, expected, "{target}");
        assert_eq!(report.links[sentence.links[0]].source.len(), 2, "{target}");
    }
}

/// Two sentences joined into one are a copy when each part is taken as written, one whole and
/// the other a run of its words, and a rewording when the merge cuts phrases from inside a part,
/// as a rewrite condenses.
#[test]
fn a_merge_that_cuts_inside_a_sentence_is_reworded_and_one_that_joins_them_is_copied() {
    let source = "Nathan Cole, 39, of no fixed address, has been charged with the murder of \
        Lena Marsh.\n\n\
        He is due to appear before Redmarsh Magistrates' Court on Tuesday, police said.\n\n\
        Officers found Ms Marsh at her flat in Quarry Lane shortly after 11pm on Saturday.";
    let cases = [
        (
            "Nathan Cole, 39, of no fixed address, has been charged with the murder of Lena \
             Marsh and is due before Redmarsh magistrates on Tuesday.",
            Label::Reworded,
        ),
        (
            "Nathan Cole, 39, of no fixed address, has been charged with the murder of Lena \
             Marsh and is due to appear before Redmarsh Magistrates' Court on Tuesday.",
            Label::Copied,
        ),
    ];
    for (target, expected) in cases {
        let report = compare(source, target, &Options::default());
        let sentence = &report.target.sentences[0];
        assert_eq!(sentence.label, expected, "{target}");
        assert_eq!(report.links[sentence.links[0]].source, [0, 1], "{target}");
    }
}
