//! Wire copy that carries several updates of one story, each repeating the key paragraph: the
//! repeats must not make that paragraph's words the event's common vocabulary.

#![cfg(not(target_arch = "wasm32"))] // native only, like the fixture tests

use retold::{compare, Label, Options};

/// Four updates of an invented wire story, each opening with the same key sentence and adding
/// two of its own, as agency copy does.
fn wire_updates() -> String {
    let key = "Firefighters rescued 14 hikers trapped by a landslide on the Corrow Pass trail in \
               the Halden hills on Sunday afternoon.";
    let news = [
        "The landslide followed two days of heavy rain across the region. A spokesman for Halden \
         fire service said none of the hikers was badly hurt.",
        "Three of the hikers were taken to Marlow hospital as a precaution. The trail will stay \
         closed until engineers have checked the slope.",
        "Local councillor Petra Vance said warning signs had been put up last month. The Corrow \
         Pass trail is one of the busiest in the county.",
        "Police thanked walkers who had helped guide the rescuers to the site. A second slip \
         further down the valley blocked a farm road.",
    ];
    news.iter()
        .enumerate()
        .map(|(n, news)| {
            format!(
                "HIKERS RESCUED AFTER LANDSLIDE (update {})\n\n{key} {news}",
                n + 1
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn a_rewrite_of_the_paragraph_every_update_repeats_is_reworded() {
    let source = wire_updates();
    let target = "Fourteen walkers caught by a landslide on the Corrow Pass trail in the Halden \
                  hills were rescued by firefighters on Sunday.\n\n\
                  Volunteers served tea to the families at the village hall.";
    let report = compare(&source, target, &Options::default());
    let labels: Vec<Label> = report.target.sentences.iter().map(|s| s.label).collect();
    // Counted once per update, the key sentence's words were in four source sentences and the
    // target's, over 15 % of all: common vocabulary, which cannot make a rewrite.
    assert_eq!(labels, [Label::Reworded, Label::Added]);
    let link = report
        .links
        .iter()
        .find(|l| l.target == [0])
        .expect("a link");
    assert_eq!(link.label, Label::Reworded);
    assert!(
        link.source
            .iter()
            .all(|&s| report.source.sentences[s].text.starts_with("Firefighters")),
        "{:?}",
        link.source
    );
}
