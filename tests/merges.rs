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
