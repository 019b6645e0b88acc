//! The page says what the CLI says: its words for a changed fact are the core's, so a teacher
//! who reads the text report and the page sees one explanation.

#![cfg(not(target_arch = "wasm32"))]

use retold::{Fact, Why};

#[test]
fn the_page_describes_every_changed_fact_as_the_core_does() {
    let render = captions();
    for fact in Fact::ALL {
        let entry = format!("{}: '{}',", fact.as_str(), fact.describe());
        assert!(
            render.contains(&entry),
            "www/captions.js's CHANGED_TEXT lacks `{entry}`"
        );
    }
}

/// The page's captions, where its words for facts and reasons live.
fn captions() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/captions.js"))
        .expect("www/captions.js")
}

#[test]
fn the_page_words_every_reason_the_core_gives() {
    let captions = captions();
    for why in Why::ALL {
        let case = format!("case '{}':", why.as_str());
        assert!(
            captions.contains(&case),
            "www/captions.js's explainReason lacks `{case}`"
        );
    }
}
