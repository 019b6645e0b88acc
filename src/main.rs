//! The `retold` command line: compare two articles and print the report as text or JSON.

// The CLI is native only; on wasm32 (e.g. `cargo test --target wasm32-unknown-unknown --test
// wasm`, which builds every bin) it compiles to nothing.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

mod terminal;

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Inputs larger than this are refused before they are read whole, so a wrong file (a video, a
/// database dump) gives a clear message instead of exhausting memory. 16 MiB is over a hundred
/// times a long newspaper feature.
const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

/// See how one news article was made from another.
///
/// retold compares a TARGET article with its presumed SOURCE (wire copy, a press release, another
/// outlet's story) and labels every target sentence copied, reworded or added, and every source
/// sentence copied, reworded or omitted, with a word diff of each linked pair.
#[derive(Debug, Parser)]
#[command(name = "retold", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare TARGET with SOURCE and print the report.
    ///
    /// Both files must be UTF-8 text (a byte-order mark and CRLF line endings are fine), or
    /// UTF-16 with a byte-order mark (Windows Notepad's "Unicode"), of at most 16 MiB. Blank
    /// lines separate paragraphs. A line break ends a sentence, unless the line is a wrapped
    /// part of one: it ends with a comma or a word like `the`, or the next line opens lowercase.
    /// A word hyphenated across a line break, as text copied from a PDF has it (`com-` then
    /// `plete`), reads as the whole word.
    ///
    /// Exit codes: 0 on success, 2 when an input cannot be read (missing, a directory, not
    /// UTF-8 or UTF-16 text, too large) or the arguments are wrong.
    Compare {
        /// The original article (wire copy, press release); `-` reads standard input.
        source: PathBuf,
        /// The article to examine; `-` reads standard input.
        target: PathBuf,
        /// Output format: `text` for people, `json` for programs (the format in the README).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// When to colour text output: `auto` colours a terminal unless NO_COLOR is set.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A readable report: verdict, then each target sentence with its label and diff.
    Text,
    /// The JSON report: source, target, links and summary; offsets count Unicode characters.
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("retold: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let Command::Compare {
        source,
        target,
        format,
        color,
    } = cli.command;
    if source == Path::new("-") && target == Path::new("-") {
        return Err("only one of SOURCE and TARGET can be `-` (standard input)".into());
    }
    // A named file first: a missing one is reported at once, not after standard input ends.
    let (source_text, target_text) = if source == Path::new("-") {
        let target_text = read_input(&target)?;
        (read_input(&source)?, target_text)
    } else {
        (read_input(&source)?, read_input(&target)?)
    };
    let report = retold::compare(&source_text, &target_text, &retold::Options::default());
    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written: std::io::Result<()> = match format {
        Format::Json if terminal => {
            serde_json::to_writer_pretty(&mut out, &report).map_err(std::io::Error::from)
        }
        Format::Json => serde_json::to_writer(&mut out, &report).map_err(std::io::Error::from),
        Format::Text => {
            let colour = match color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            terminal::write_report(&mut out, &report, &names(&source, &target), colour)
        }
    };
    written
        .and_then(|()| {
            if format == Format::Json {
                writeln!(out)?;
            }
            out.flush()
        })
        .or_else(|e| {
            // A reader that stopped early (`| head`) got what it wanted.
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                Ok(())
            } else {
                Err(format!("cannot write the report: {e}"))
            }
        })
}

fn names(source: &Path, target: &Path) -> (String, String) {
    let name = |p: &Path| {
        if p == Path::new("-") {
            "standard input".to_string()
        } else {
            p.display().to_string()
        }
    };
    (name(source), name(target))
}

/// Reads one input whole, refusing directories, oversized files and invalid UTF-8.
fn read_input(path: &Path) -> Result<String, String> {
    let (name, bytes) = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("standard input".to_string(), bytes)
    } else {
        // Shown as the report's header shows it: a line break or an escape code in a file
        // name cannot split the one-line error or drive the terminal.
        let name = terminal::visible(&path.display().to_string()).into_owned();
        let metadata = std::fs::metadata(path).map_err(|e| describe(&name, &e))?;
        if metadata.is_dir() {
            return Err(format!("{name} is a directory, not a text file"));
        }
        if metadata.len() > MAX_INPUT_BYTES {
            return Err(too_large(&name, Some(metadata.len())));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| describe(&name, &e))?;
        (name, bytes)
    };
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        // A file that grew while it was read is as unknown in size as standard input.
        return Err(too_large(&name, None));
    }
    if let Some(text) = decode_utf16(&bytes) {
        // UTF-32's mark starts like UTF-16's, and then every other unit is NUL.
        return text.filter(|text| !text.contains('\0')).ok_or_else(|| {
            format!("{name} starts like UTF-16 text but is not valid UTF-16; save it as UTF-8 and try again")
        });
    }
    // Text has no NUL: one means UTF-16 without its byte-order mark, or a binary file, which
    // would otherwise compare as garbage with a straight face.
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!(
            "{name} holds a NUL byte at offset {at}: it is not plain text (UTF-16 without a \
             byte-order mark, or a binary file); save it as UTF-8 and try again"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{name} is not valid UTF-8 text (invalid byte at offset {at}); save it as UTF-8 and try again")
    })
}

/// Decodes text that a UTF-16 byte-order mark announces (`FF FE` little-endian, as Windows
/// Notepad saves "Unicode", or `FE FF` big-endian), without the mark, as Python's
/// `open(path, encoding="utf-16")` reads it, so report offsets index that text. `None` when the
/// bytes have no such mark; `Some(None)` when they are not valid UTF-16 after it.
fn decode_utf16(bytes: &[u8]) -> Option<Option<String>> {
    let (body, little) = match bytes {
        [0xFF, 0xFE, body @ ..] => (body, true),
        [0xFE, 0xFF, body @ ..] => (body, false),
        _ => return None,
    };
    if body.len() % 2 != 0 {
        return Some(None);
    }
    let units = body.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    Some(
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .ok(),
    )
}

fn describe(name: &str, error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => format!("{name}: no such file"),
        std::io::ErrorKind::PermissionDenied => format!("{name}: permission denied"),
        _ => format!("cannot read {name}: {error}"),
    }
}

/// The message for an input over the limit. Standard input is read only up to the limit, so its
/// size is unknown: it is "over" the limit, not a figure that would understate it.
fn too_large(name: &str, size: Option<u64>) -> String {
    let limit = MAX_INPUT_BYTES / (1024 * 1024);
    match size {
        Some(size) => format!(
            "{name} is too large ({:.1} MiB); the limit is {limit} MiB per article",
            size as f64 / (1024.0 * 1024.0),
        ),
        None => format!("{name} is too large: over the limit of {limit} MiB per article"),
    }
}
