//! Times each stage of `retold::compare` on a pair of files (or a generated size), median of N runs.
//!
//! `cargo run --release --example stages -- SOURCE TARGET [RUNS]` or
//! `cargo run --release --example stages -- --size 1m [RUNS]`.
//! Prints one line per stage: median milliseconds and share of the whole `compare`.
//! `report` is `compare` without diffs minus the four stages and the summary (assembling the
//! `Report`: sentence texts, offsets, links); `diffs` is `compare` minus `compare` without diffs.

#[path = "../benches/support/generate.rs"]
mod generate;

use std::hint::black_box;
use std::time::Instant;

use retold::summary::{summarize, Labelled};
use retold::{align, classify, normalize, segment, Options};

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (source, target, rest) = if args.first().map(String::as_str) == Some("--size") {
        let pair = generate::sized(args.get(1).expect("--size NAME"));
        (pair.source, pair.target, &args[2..])
    } else if args.len() >= 2 {
        let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
        (read(&args[0]), read(&args[1]), &args[2..])
    } else {
        eprintln!("usage: stages SOURCE TARGET [RUNS] | stages --size NAME [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = rest.first().map_or(5, |r| r.parse().expect("RUNS"));
    let options = Options::default();
    let no_diffs = Options {
        diffs: false,
        ..Options::default()
    };

    let ss = segment::segment(&source);
    let ts = segment::segment(&target);
    let tokens = normalize::normalize(&source, &ss, &target, &ts);
    let candidates = align::align(&tokens);
    let labels = classify::classify(&tokens, &candidates, &options);

    let t_segment = median_ms(runs, || {
        black_box(segment::segment(black_box(&source)));
        black_box(segment::segment(black_box(&target)));
    });
    let t_normalize = median_ms(runs, || {
        black_box(normalize::normalize(&source, &ss, &target, &ts));
    });
    let t_align = median_ms(runs, || {
        black_box(align::align(&tokens));
    });
    let t_classify = median_ms(runs, || {
        black_box(classify::classify(&tokens, &candidates, &options));
    });
    let t_summary = median_ms(runs, || {
        black_box(summarize(
            Labelled {
                text: &source,
                segments: &ss,
                judgements: &labels.source,
            },
            Labelled {
                text: &target,
                segments: &ts,
                judgements: &labels.target,
            },
        ));
    });
    let t_no_diffs = median_ms(runs, || {
        black_box(retold::compare(&source, &target, &no_diffs));
    });
    let t_compare = median_ms(runs, || {
        black_box(retold::compare(&source, &target, &options));
    });
    let report_only = t_no_diffs - (t_segment + t_normalize + t_align + t_classify + t_summary);
    println!(
        "input: {} + {} bytes, {} + {} sentences, {} keys, {} links; median of {runs} runs",
        source.len(),
        target.len(),
        ss.len(),
        ts.len(),
        tokens.weights.len(),
        labels.links.len()
    );
    for (name, ms) in [
        ("segment", t_segment),
        ("normalize", t_normalize),
        ("align", t_align),
        ("classify", t_classify),
        ("summary", t_summary),
        ("report", report_only),
        ("diffs", t_compare - t_no_diffs),
        ("compare", t_compare),
    ] {
        println!("{name:<10} {ms:>10.3} ms {:>6.1} %", 100.0 * ms / t_compare);
    }
}
