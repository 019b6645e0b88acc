use super::super::function_words::{
    DUTCH, ELIDED, FRENCH, GERMAN, ITALIAN, NEGATIONS, PORTUGUESE, REPORTS, SPANISH,
};
use super::Language;
use crate::normalize::{normalize, Tokens};
use crate::segment::segment;

fn tokens(source: &str, target: &str) -> Tokens {
    normalize(source, &segment(source), target, &segment(target))
}

/// The words of a tokenized sentence as written, with whether each reads as a name.
fn names(text: &str, sentence: &[crate::normalize::Token]) -> Vec<(String, bool)> {
    sentence
        .iter()
        .map(|t| (text[t.start..t.end].to_string(), t.proper))
        .collect()
}

#[test]
fn the_language_is_the_one_whose_frequent_words_the_articles_write() {
    for (text, language) in [
        (
            "The council said the bridge was closed to traffic after the storm.",
            Language::English,
        ),
        (
            "Die Stadt hat das neue Bad eröffnet, und es ist nicht klein.",
            Language::German,
        ),
        (
            "Les syndicats ont appelé à la grève dans les transports pour jeudi.",
            Language::French,
        ),
        (
            "El ayuntamiento dijo que las obras del puente terminarán en mayo.",
            Language::Spanish,
        ),
        (
            "Il sindaco ha detto che i lavori della strada sono finiti, anche se non tutti.",
            Language::Italian,
        ),
        (
            "O prefeito disse que as obras da ponte não terminam antes do verão.",
            Language::Portuguese,
        ),
        (
            "De gemeente heeft het plan voor een nieuwe brug niet goedgekeurd.",
            Language::Dutch,
        ),
        ("Die Lage ist ernst.", Language::German),
        // Too few telling words, or a name that spells one, stays English.
        ("Der Spiegel reports", Language::English),
        ("", Language::English),
        ("12,000 — 3.5%", Language::English),
        ("北京市政府表示", Language::English),
    ] {
        assert_eq!(Language::detect([text, ""]), language, "{text}");
        assert_eq!(Language::detect(["", text]), language, "{text}");
    }
}

#[test]
fn both_articles_count_and_english_wins_a_tie() {
    let english = "The bridge is closed.";
    let german = "Die Brücke ist gesperrt.";
    assert_eq!(Language::detect([english, german]), Language::English);
    let longer = "Die Brücke ist seit dem Sturm für den Verkehr gesperrt, und das bleibt so.";
    assert_eq!(Language::detect([english, longer]), Language::German);
}

#[test]
fn the_function_word_tables_are_folded_and_without_repeats() {
    let mut lists: Vec<&[&str]> = vec![GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, ELIDED];
    lists.extend(NEGATIONS);
    lists.extend(REPORTS);
    for list in lists {
        let mut seen = std::collections::HashSet::new();
        for word in list {
            assert!(
                word.chars().all(|c| c.is_ascii_lowercase() || c == '\''),
                "{word} is not folded"
            );
            assert!(seen.insert(word), "{word} twice");
        }
    }
}

#[test]
fn a_language_stems_and_weighs_its_own_words() {
    // German: inflections share a stem, and function words weigh as stop words.
    let t = tokens(
        "Die Säcke wurden gestapelt.",
        "Die gestapelten Säcke hielten.",
    );
    assert_eq!(t.language, Language::German);
    let (source, target) = (&t.source[0], &t.target[0]);
    assert_eq!(source[3].key, target[1].key, "gestapelt, gestapelten");
    assert!(!t.is_content(source[0].key), "die");
    assert!(!t.is_content(source[2].key), "wurden");
    assert!(t.is_content(source[1].key), "Säcke");
    // English reads as before: "die" is a content word there.
    let t = tokens("Many people die of it.", "Many people die of it.");
    assert_eq!(t.language, Language::English);
    assert!(t.is_content(t.source[0][2].key), "die");
}

#[test]
fn french_and_italian_elided_words_stand_apart() {
    let t = tokens(
        "Les ouvriers ont quitté l'usine d'Arnay.",
        "Les ouvriers ont quitté une usine.",
    );
    assert_eq!(t.language, Language::French);
    let words = |side: &[crate::normalize::Token], text: &str| -> Vec<String> {
        side.iter()
            .map(|w| text[w.start..w.end].to_string())
            .collect()
    };
    let source = "Les ouvriers ont quitté l'usine d'Arnay.";
    assert_eq!(
        words(&t.source[0], source),
        ["Les", "ouvriers", "ont", "quitté", "l'", "usine", "d'", "Arnay"]
    );
    assert_eq!(t.source[0][5].key, t.target[0][5].key, "usine");
    assert!(!t.is_content(t.source[0][4].key), "l'");
    // "aujourd'hui" is one word, and in English an apostrophe splits nothing new.
    let text = "Les syndicats ont dit aujourd'hui que la grève est finie.";
    let t = tokens(text, "");
    assert!(names(text, &t.source[0])
        .iter()
        .any(|(w, _)| w == "aujourd'hui"));
    let text = "The L'Oréal plant and the d'Arcy family.";
    let t = tokens(text, "");
    assert!(names(text, &t.source[0])
        .iter()
        .any(|(w, _)| w == "L'Oréal"));
}

#[test]
fn a_german_capital_makes_a_name_only_beside_another() {
    let source = "Die Stadt teilte am Morgen mit, dass Bürgermeisterin Anna Kessler kommt. \
                  Dann sagte Kessler, die SPD sei dafür.";
    let t = tokens(source, "");
    assert_eq!(t.language, Language::German);
    let words: Vec<(String, bool)> = t
        .source
        .iter()
        .flat_map(|sentence| names(source, sentence))
        .collect();
    let proper = |word: &str| words.iter().find(|(w, _)| w == word).map(|&(_, p)| p);
    assert_eq!(proper("Morgen"), Some(false));
    assert_eq!(proper("Stadt"), Some(false));
    assert_eq!(proper("Anna"), Some(true));
    assert_eq!(proper("Kessler"), Some(true));
    assert_eq!(proper("SPD"), Some(true));
    // "Dann" opens its sentence; "Kessler" after "sagte" is the name found beside "Anna".
    let second: Vec<(String, bool)> = names(source, &t.source[1]);
    assert_eq!(second[2], ("Kessler".to_string(), true));
    // In English a capital inside a sentence still makes a name.
    let text = "The council met in the Morning Room.";
    let t = tokens(text, "");
    assert!(names(text, &t.source[0])
        .iter()
        .any(|(w, p)| w == "Room" && *p));
}

#[test]
fn each_language_negates_and_reports_with_its_own_words() {
    let negated = |text: &str, word: &str| {
        let t = tokens(text, "");
        let at = t.source[0]
            .iter()
            .position(|w| &text[w.start..w.end] == word)
            .expect(word);
        t.negations.contains(&t.source[0][at].key)
    };
    assert!(negated(
        "Les postes de la régie seront supprimés sans licenciement.",
        "sans"
    ));
    assert!(negated(
        "Die Stelle wird nicht besetzt, und es gibt keine Hilfe.",
        "keine"
    ));
    assert!(negated("El puente no se abrirá sin permiso.", "sin"));
    // A German noun that spells an English negation is none in German.
    assert!(!negated(
        "Die Menschen in Not bekommen das Geld nicht sofort.",
        "Not"
    ));
    assert!(negated("The money did not come.", "not"));
    let t = tokens("„Es ist ernst“, sagte Lang, und das ist so.", "");
    let said = t.source[0][3].key;
    assert!(t.reports.binary_search(&said).is_ok(), "sagte");
}
