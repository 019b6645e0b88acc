//! Criterion benchmarks of `retold::compare` on generated article pairs (see `support/generate.rs`).
//!
//! Groups:
//! - `compare/SIZE`: the whole comparison, each side about SIZE bytes (5k ... 1m). The doubling
//!   ladder 50k -> 100k -> 200k -> 400k -> 800k and 500k -> 1m gives the growth per doubling.
//! - `stages/STAGE/SIZE`: segment (both texts), normalize, align, classify, and `compare` with and
//!   without diffs, at 200k and 1m.
//!
//! - `hostile/CASE`: the segmenter on runs that once made it quadratic (`"It passed."` and then
//!   40,000 spaces or closing brackets took half a minute; now well under a millisecond).
//!
//! `cargo bench --bench compare` runs it all (about 3 minutes on 2 cores);
//! `cargo bench --bench compare -- --quick compare/5k` runs one quickly.

#[path = "support/generate.rs"]
mod generate;

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use retold::{align, classify, normalize, segment, Options};

/// Fewer samples, each one iteration, for the large inputs: keeps the full run short.
fn configure(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    bytes: usize,
) {
    if bytes >= 200_000 {
        group.sampling_mode(SamplingMode::Flat);
        group.sample_size(10);
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(if bytes >= 500_000 { 8 } else { 4 }));
    } else {
        group.sampling_mode(SamplingMode::Auto);
        group.sample_size(if bytes >= 50_000 { 30 } else { 100 });
        group.warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(3));
    }
}

fn compare(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("compare");
    for &(name, bytes) in generate::SIZES {
        let pair = generate::sized(name);
        configure(&mut group, bytes);
        group.throughput(Throughput::Bytes(
            (pair.source.len() + pair.target.len()) as u64,
        ));
        group.bench_with_input(BenchmarkId::from_parameter(name), &pair, |b, pair| {
            b.iter(|| retold::compare(black_box(&pair.source), black_box(&pair.target), &options))
        });
    }
    group.finish();
}

/// Wordless runs after a full stop: UAX #29 reads past it over the whole run from each of its
/// characters, unless the segmenter cuts the run first.
fn hostile(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile");
    for (name, run) in [("space_run_40k", " "), ("bracket_run_40k", ")")] {
        let text = format!("It passed.{}Then it rained.", run.repeat(40_000));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| segment::segment(black_box(&text))));
    }
    group.finish();
}

fn stages(c: &mut Criterion) {
    let options = Options::default();
    let no_diffs = Options {
        diffs: false,
        ..Options::default()
    };
    let mut group = c.benchmark_group("stages");
    for name in ["200k", "1m"] {
        let pair = generate::sized(name);
        let (source, target) = (pair.source.as_str(), pair.target.as_str());
        configure(&mut group, source.len());
        let ss = segment::segment(source);
        let ts = segment::segment(target);
        let tokens = normalize::normalize(source, &ss, target, &ts);
        let candidates = align::align(&tokens);
        group.bench_function(BenchmarkId::new("segment", name), |b| {
            b.iter(|| {
                (
                    segment::segment(black_box(source)),
                    segment::segment(black_box(target)),
                )
            })
        });
        group.bench_function(BenchmarkId::new("normalize", name), |b| {
            b.iter(|| normalize::normalize(black_box(source), &ss, black_box(target), &ts))
        });
        group.bench_function(BenchmarkId::new("align", name), |b| {
            b.iter(|| align::align(black_box(&tokens)))
        });
        group.bench_function(BenchmarkId::new("classify", name), |b| {
            b.iter(|| classify::classify(black_box(&tokens), &candidates, &options))
        });
        group.bench_function(BenchmarkId::new("compare_no_diffs", name), |b| {
            b.iter(|| retold::compare(black_box(source), black_box(target), &no_diffs))
        });
    }
    group.finish();
}

criterion_group!(benches, compare, stages, hostile);
criterion_main!(benches);
