//! Sentence splits for the segmentation tables.

use retold::segment::segment;

/// The sentences `segment` finds in `text`, as slices of it.
pub fn split(text: &str) -> Vec<&str> {
    segment(text)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

/// Asserts that each input of `table` splits into its expected sentences, listing every
/// failure at once.
pub fn check(table: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (input, expected) in table {
        let got = split(input);
        if got != *expected {
            failures.push(format!(
                "input:    {input:?}\nexpected: {expected:?}\ngot:      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}
