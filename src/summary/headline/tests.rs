//! Unit tests of the headline: what it says of the shares, the changes and where the added
//! paragraphs stand.

use crate::summary::tests::{assert_opens, headline, OTHER_STORY, STORY, WIRE};
use crate::{compare, Label, Options, Verdict};

/// The headline never contradicts the shares or the changed sentences it reports.
#[test]
fn the_headline_agrees_with_the_shares_and_the_changes() {
    // No sentence added, yet new clauses hung on the derived ones: the headline says so.
    let report = compare(
        "Police arrested twelve people in the city centre on Saturday night after a fight \
         outside a nightclub.\n\nThe club will stay shut until further notice.",
        "Police arrested twelve people in the city centre on Saturday night after a fight \
         outside a nightclub on Bridge Street, officers from the regional drugs squad said \
         after a long night.\n\nThe club will stay shut until further notice, its owners \
         and the licensing board said yesterday.",
        &Options::default(),
    );
    assert_eq!(report.summary.target.counts.added, 0);
    assert!(report.summary.target.shares.added > 0.1);
    assert_eq!(
        report.summary.verdict,
        Verdict::WhollyDerived,
        "no sentence of its own"
    );
    assert_opens(&report, "Every sentence of this article comes from the source: 0 sentences copied, 2 reworded, 0 added, but new phrases within its sentences make up ");
    // A reworded sentence made of words kept as written is no "reworded" article.
    let report = compare(
        "Shares in Northgate Energy rose sharply on Tuesday after the company reported record \
         profits.",
        "Shares in Northgate Energy jumped sharply on Tuesday after the company posted record \
         profits.",
        &Options::default(),
    );
    assert_eq!(report.summary.target.counts.reworded, 1);
    assert!(report.summary.target.shares.copied > report.summary.target.shares.reworded);
    assert_opens(&report, "All of this article comes from the source:");
    // An article whose one derived sentence changes a fact has something from the source.
    let report = compare(
        WIRE,
        "The Harlow dam opened on Tuesday after eight years of work.\n\nFishing is popular \
         on the lake.\n\nThe village hall hosts a quiz night.\n\nParking is free on \
         Sundays.\n\nThe bakery sells rye bread.",
        &Options::default(),
    );
    assert_eq!(report.summary.verdict, Verdict::Independent);
    assert_opens(&report, "Most of this article is independent of the source: 0 sentences copied, 0 reworded, 5 added.");
}

#[test]
fn says_all_when_nothing_was_added() {
    assert_eq!(
        headline(WIRE),
        "All of this article is copied from the source: 3 sentences copied, 0 reworded, 0 added."
    );
    let reworded = WIRE.replace("cut the ribbon before", "opened it in front of");
    assert!(headline(&reworded).starts_with("All of this article comes from the source:"));
    let padded = format!("{WIRE}\n\nTensions grew.");
    assert!(headline(&padded).starts_with("Most of this article is copied from the source:"));
}

#[test]
fn names_the_closing_paragraphs_that_were_added() {
    let target = format!(
        "{WIRE}\n\nRegional tensions over water have grown for decades.\n\n\
         Neighbouring provinces have long argued about river rights."
    );
    assert!(headline(&target)
        .ends_with("3 sentences copied, 0 reworded, 2 added (the last 2 paragraphs)."));
}

#[test]
fn says_including_when_other_sentences_were_added_too() {
    let target =
        "The Harlow dam opened on Tuesday after seven years of work. Crowds sang loudly.\n\n\
        Governor Ilse Marrow cut the ribbon before four hundred guests.\n\n\
        The reservoir holds three hundred million cubic metres of water.\n\n\
        Regional tensions over water have grown for decades.\n\n\
        Neighbouring provinces have long argued about river rights.";
    assert!(
        headline(target).ends_with("(including the last 2 paragraphs)."),
        "{}",
        headline(target)
    );
}

#[test]
fn says_nothing_of_place_for_a_lone_added_paragraph_among_others() {
    let target = "The Harlow dam opened on Tuesday after seven years of work.\n\n\
        Crowds sang loudly on the banks.\n\n\
        Governor Ilse Marrow cut the ribbon before four hundred guests.\n\n\
        The reservoir holds three hundred million cubic metres of water.";
    assert!(
        headline(target).ends_with("1 added."),
        "{}",
        headline(target)
    );
}

/// Opening paragraphs that repeat the source's with another fact are no padding: the headline
/// names the changed facts, not "the first 2 paragraphs".
#[test]
fn says_nothing_of_place_for_paragraphs_that_change_a_fact() {
    let wire = format!(
        "{WIRE}\n\nEngineers will inspect the spillway every spring.\n\n\
         The old ferry across the valley will stop running in May."
    );
    let target = wire
        .replace("seven years", "eight years")
        .replace("four hundred", "five hundred");
    let report = compare(&wire, &target, &Options::default());
    assert_eq!(report.summary.target.counts.added, 2);
    let headline = &report.summary.headline;
    assert!(
        headline.contains("3 sentences copied, 0 reworded, 2 added. 2 added sentences repeat"),
        "{headline}"
    );
    // The same two paragraphs, new rather than changed, are the opening padding they look like.
    let padded = format!(
        "Water is scarce across the whole region this year.\n\n\
         Farmers have asked for help since the spring.\n\n{}",
        wire.split_once("\n\n").map_or("", |(_, rest)| rest)
    );
    let headline = compare(&wire, &padded, &Options::default())
        .summary
        .headline;
    assert!(
        headline.contains("2 added (the first 2 paragraphs)."),
        "{headline}"
    );
}

/// "Most ... is copied" says more than half of the text is copied: a sentence that repeats a
/// source sentence with another number came from the source, but it is not copied, and an
/// article made only of such sentences and new ones repeats the source with other facts.
#[test]
fn most_copied_means_more_than_half_copied() {
    let source =
        "The council approved the bridge on Tuesday. Work starts in May. It will cost £4.5m.";
    let report = compare(
        source,
        "The council approved the bridge on Tuesday. Residents cheered the news loudly. It will \
         cost £5.5m.",
        &Options::default(),
    );
    assert!(report.summary.target.shares.copied < 0.5);
    assert_opens(&report, "Most of this article comes from the source, with material of its own added: 1 sentence copied, 0 reworded, 2 added.");
    let report = compare(
        "Conservative Gareth Lowe came second with 1,107 votes. Turnout was 27.4%.",
        "Conservative Gareth Lowe came second with 1,170 votes. Mr Lowe said he was proud of \
         his campaign.",
        &Options::default(),
    );
    assert_eq!(report.summary.verdict, Verdict::PartiallyDerived);
    assert_opens(&report, "Part of this article repeats the source's sentences with other facts: 0 sentences copied, 0 reworded, 2 added.");
}

/// An invented council story in English, German and French, and an English one on another story.
const ENGLISH: &str =
    "The town council of Harlow approved the new swimming pool on Tuesday after a long \
    debate. The pool will cost four million pounds and open in the spring of next year. \
    Councillors said that the old pool had been closed for two years because of damage to its \
    roof. The mayor said that the town had waited far too long for a place where children \
    could learn to swim, and that the work would start in May.";
const GERMAN: &str = "Der Stadtrat von Harlow hat am Dienstag nach einer langen Debatte das neue \
    Schwimmbad genehmigt. Das Bad wird vier Millionen Pfund kosten und im Frühjahr des nächsten \
    Jahres öffnen. Die Stadträte sagten, dass das alte Bad seit zwei Jahren wegen eines Schadens \
    an seinem Dach geschlossen sei. Der Bürgermeister sagte, dass die Stadt viel zu lange auf \
    einen Ort gewartet habe, an dem die Kinder schwimmen lernen können, und dass die Arbeiten im \
    Mai beginnen würden.";
const FRENCH: &str =
    "Le conseil municipal de Harlow a approuvé mardi la nouvelle piscine après un \
    long débat. La piscine coûtera quatre millions de livres et ouvrira au printemps de l'année \
    prochaine. Les conseillers ont dit que l'ancienne piscine était fermée depuis deux ans à cause \
    des dégâts sur son toit. Le maire a dit que la ville avait attendu bien trop longtemps un lieu \
    où les enfants pourraient apprendre à nager, et que les travaux commenceraient en mai.";
/// The same story in Swedish, a language retold reads by English rules.
const SWEDISH: &str = "Kommunfullmäktige i Harlow godkände på tisdagen det nya simhuset efter \
    en lång debatt. Badet kommer att kosta fyra miljoner pund och öppna under våren nästa år. \
    Ledamöterna sade att det gamla badet hade varit stängt i två år på grund av skador på taket. \
    Borgmästaren sade att staden hade väntat alldeles för länge på en plats där barnen kan lära \
    sig att simma, och att arbetet skulle börja i maj.";

#[test]
fn a_translation_names_both_languages() {
    for (source, target, languages) in [
        (
            ENGLISH,
            GERMAN,
            "The source is in English and the target in German:",
        ),
        (
            GERMAN,
            ENGLISH,
            "The source is in German and the target in English:",
        ),
        (
            ENGLISH,
            FRENCH,
            "The source is in English and the target in French:",
        ),
    ] {
        let report = compare(source, target, &Options::default());
        assert!(report.summary.translation.is_some());
        let headline = &report.summary.headline;
        assert!(headline.contains(languages), "{headline}");
        assert!(!headline.contains("Words are compared as"), "{headline}");
        // The council's approval keeps its name, its weekday and its cognates.
        assert_eq!(report.target.sentences[0].label, Label::Reworded);
    }
}

#[test]
fn articles_in_different_languages_are_told_a_translation_reads_as_independent() {
    let note = "seem to be in different languages";
    // Swedish is none of the languages retold reads a translation from.
    let report = compare(ENGLISH, SWEDISH, &Options::default());
    assert_eq!(report.summary.translation, None);
    assert_eq!(report.summary.verdict, Verdict::Independent);
    assert!(
        report.summary.headline.contains(note),
        "{}",
        report.summary.headline
    );
    // Same language, another story; or a text too short to tell a language by.
    for (source, target) in [
        (ENGLISH, OTHER_STORY),
        (ENGLISH, "Der Rat hat das neue Bad am Dienstag genehmigt."),
    ] {
        let headline = compare(source, target, &Options::default())
            .summary
            .headline;
        assert!(!headline.contains(note), "{headline}");
    }
}

/// A pasted web page's tags glue sentences together and read as words, so the headline says
/// which article holds them; plain text, or a lone `<` in a sum, says nothing.
#[test]
fn an_article_pasted_as_web_page_markup_is_named_in_the_headline() {
    let plain = "The council approved the budget on Monday. The vote was 30 to 12.";
    let markup = "<h1>Budget</h1>\n<p style=\"margin:0\">The council approved the budget on \
                  Monday.</p><p>The vote was 30 to 12.</p>";
    let note = "web page markup";
    for (source, target, who) in [
        (plain, markup, Some("The target holds")),
        (markup, plain, Some("The source holds")),
        (markup, markup, Some("Both articles hold")),
        (plain, plain, None),
        (
            plain,
            "If a < b, the council approved the budget on Monday.",
            None,
        ),
    ] {
        let headline = compare(source, target, &Options::default())
            .summary
            .headline;
        match who {
            Some(who) => assert!(headline.contains(&format!("{who} {note}")), "{headline}"),
            None => assert!(!headline.contains(note), "{headline}"),
        }
    }
}

/// A text of marks alone has no sentence to compare, but the reader typed something: the
/// headline says it has no words, not that it is empty.
#[test]
fn a_text_of_marks_alone_has_no_words_and_is_not_called_empty() {
    let story = STORY.join(" ");
    for (source, target, start) in [
        (
            story.as_str(),
            "!!!",
            "The target has no words, only marks: there is nothing",
        ),
        (
            story.as_str(),
            "  \n",
            "The target is empty: there is nothing",
        ),
        (
            "— — —",
            story.as_str(),
            "The source has no words, only marks: everything",
        ),
    ] {
        assert_opens(&compare(source, target, &Options::default()), start);
    }
}
