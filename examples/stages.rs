//! Times each stage of `retold::compare` on a pair of files (or a generated size), median of N runs.
//!
//! `cargo run --release --example stages -- SOURCE TARGET [RUNS]` or
//! `cargo run --release --example stages -- --size 1m [RUNS]`; add `--compare-only` after RUNS to
//! run nothing but `compare` (for a profiler).
//! Prints one line per stage: median wall and mean on-CPU milliseconds, and the share of
//! `compare` (on-CPU).
//! `report` is `compare` without diffs minus the four stages and the summary (assembling the
//! `Report`: sentence texts, offsets, links); `diffs` is `compare` minus `compare` without diffs.

#[path = "../benches/support/generate.rs"]
mod generate;

use std::hint::black_box;
use std::time::Instant;

use retold::summary::{summarize, Labelled};
use retold::{align, classify, normalize, segment, Options};

/// Nanoseconds this thread has spent on a CPU (Linux: /proc/thread-self/schedstat), so the
/// figures hold up when other processes share the cores; `None` elsewhere. The kernel updates it
/// only at ticks and switches, so it is read around a whole batch of runs, not each run.
fn on_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Median wall milliseconds of `runs` calls, and mean on-CPU milliseconds over them all.
fn median_ms(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut wall = Vec::with_capacity(runs);
    let cpu_start = on_cpu_ns();
    for _ in 0..runs {
        let start = Instant::now();
        f();
        wall.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let cpu = match (cpu_start, on_cpu_ns()) {
        (Some(a), Some(b)) => b.saturating_sub(a) as f64 / 1e6 / runs as f64,
        _ => f64::NAN,
    };
    wall.sort_by(f64::total_cmp);
    (wall[wall.len() / 2], cpu)
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
    if rest.iter().any(|a| a == "--compare-only") {
        // For profilers (perf, callgrind): nothing but `compare`, RUNS times.
        for _ in 0..runs {
            black_box(retold::compare(
                black_box(&source),
                black_box(&target),
                &options,
            ));
        }
        return;
    }
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
                lines: &tokens.lines[0],
            },
            Labelled {
                text: &target,
                segments: &ts,
                judgements: &labels.target,
                lines: &tokens.lines[1],
            },
            &labels.links,
            tokens.language,
            tokens.languages_differ(),
            tokens.translation,
        ));
    });
    let t_no_diffs = median_ms(runs, || {
        black_box(retold::compare(&source, &target, &no_diffs));
    });
    let t_compare = median_ms(runs, || {
        black_box(retold::compare(&source, &target, &options));
    });
    let minus = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0, a.1 - b.1);
    let stages = [t_segment, t_normalize, t_align, t_classify, t_summary]
        .iter()
        .fold((0.0, 0.0), |sum, t| (sum.0 + t.0, sum.1 + t.1));
    let report_only = minus(t_no_diffs, stages);
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
        ("diffs", minus(t_compare, t_no_diffs)),
        ("compare", t_compare),
    ] {
        println!(
            "{name:<10} {:>10.3} ms wall {:>10.3} ms on-CPU {:>6.1} % of on-CPU",
            ms.0,
            ms.1,
            100.0 * ms.1 / t_compare.1
        );
    }
}
