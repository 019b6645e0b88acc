//! The fixture pairs in `tests/fixtures/NN-slug/{source,target}.txt`, read and compared, and
//! the lesson pairs in `eval/lessons/NNN/`.

use std::path::{Path, PathBuf};

use retold::{compare, OffsetUnit, Options, Report};

/// The directory that holds every fixture pair.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The source and target texts of the fixture in `dir`.
pub fn read_pair(dir: &Path) -> (String, String) {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    (read("source.txt"), read("target.txt"))
}

/// File `file` of lesson pair `pair` in `eval/lessons/` (see `eval/lessons.py`):
/// `lesson("350", "source.txt")`.
pub fn lesson(pair: &str, file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("eval/lessons")
        .join(pair)
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The report for one fixture, with the CLI's options (character offsets), checked well formed.
pub fn report(name: &str) -> Report {
    let (source, target) = read_pair(&fixtures_dir().join(name));
    let report = compare(&source, &target, &Options::default());
    super::check_report(&source, &target, &report, OffsetUnit::Char, true);
    report
}
