//! The page says what the CLI says: its words for a changed fact are the core's, so a teacher
//! who reads the text report and the page sees one explanation.

#![cfg(not(target_arch = "wasm32"))]

use retold::Fact;

#[test]
fn the_page_describes_every_changed_fact_as_the_core_does() {
    let render = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/render.js"))
        .expect("www/render.js");
    for fact in Fact::ALL {
        let entry = format!("{}: '{}',", fact.as_str(), fact.describe());
        assert!(
            render.contains(&entry),
            "www/render.js's CHANGED_TEXT lacks `{entry}`"
        );
    }
}
