//! The verdict on a web page a reader pastes whole: its menus, labels, links and copyright line
//! are the site's furniture, not material of the article's own, while a line it writes is.

use retold::{compare, Label, Options, Verdict};

const WIRE: &str =
    "A burst water main flooded six streets in central Dunmore on Saturday morning, \
    forcing the closure of the town's bus station.\n\n\
    Engineers from Dunmore Water said the 90-year-old pipe had split along a length of about \
    four metres shortly after 5am.\n\n\
    Around 30 homes lost their supply for most of the day, and bottled water was handed out at \
    the leisure centre on Quay Road.\n\n\
    \"We are sorry for the disruption and our crews will work through the night,\" a company \
    spokeswoman said.\n\n\
    The bus station is expected to reopen on Monday.";

/// The wire story inside a news site's page, with `own` written into it after the story.
fn page(own: &str) -> String {
    format!(
        "Skip to main content\n\nHome | News | Sport | Business | What's On | Weather\n\n\
         Burst main floods Dunmore streets\n\nPublished 3 hours ago\n\nShare this article\n\n\
         {WIRE}\n\nRead more: Council leader quits after budget row\n\n\
         Read more: Residents fear for the future of the town's last bank branch\n\n{own}Related stories\n\nMore from Dunmore\n\n\
         © 2026 Dunmore Evening Star.\n\nAll rights reserved."
    )
}

#[test]
fn a_wire_story_pasted_with_its_page_furniture_is_wholly_derived() {
    let report = compare(WIRE, &page(""), &Options::default());
    let copied = report
        .target
        .sentences
        .iter()
        .filter(|s| s.label == Label::Copied)
        .count();
    assert_eq!(copied, 5);
    assert_eq!(report.summary.verdict, Verdict::WhollyDerived);
}

#[test]
fn a_list_of_links_under_its_label_is_furniture_too() {
    let links = format!(
        "{WIRE}\n\nRelated links:\n\nDunmore bus station refurbishment to start in the \
         spring\n\nCouncillors back new cycle lane on the Quay Road\n\nLeisure centre pool \
         to close for three weeks of repairs"
    );
    let report = compare(WIRE, &links, &Options::default());
    let added = report
        .target
        .sentences
        .iter()
        .filter(|s| s.label == Label::Added);
    assert_eq!(added.count(), 4);
    assert_eq!(report.summary.verdict, Verdict::WhollyDerived);
}

#[test]
fn a_page_that_adds_a_paragraph_of_its_own_is_partially_derived() {
    let own = "Residents of Mill Lane said it was the third flood on their street in two years, \
               and called on the council to demand a full survey of the town's pipes before \
               the winter.\n\nShop owners in the market square said they had lost a day's \
               trade and would seek compensation from the company.\n\n";
    let report = compare(WIRE, &page(own), &Options::default());
    assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
}

#[test]
fn a_corrected_reissue_with_its_correction_note_is_wholly_derived() {
    // The re-issue fixes a figure, so that sentence is added as a changed fact, and appends the
    // note that says so: an editor's note on the story's own versions, no material of its own.
    let corrected = WIRE.replace("Around 30 homes", "Around 40 homes")
        + "\n\nThis story has been corrected to give the right number of households affected, \
           which an earlier version understated.";
    let report = compare(WIRE, &corrected, &Options::default());
    let labels: Vec<Label> = report.target.sentences.iter().map(|s| s.label).collect();
    assert_eq!(
        labels,
        [
            Label::Copied,
            Label::Copied,
            Label::Added,
            Label::Copied,
            Label::Copied,
            Label::Added
        ]
    );
    assert_eq!(report.summary.verdict, Verdict::WhollyDerived);
}
