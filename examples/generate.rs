//! Writes the benchmark inputs to disk: `OUTDIR/SIZE/source.txt`, `target.txt` and `truth.json`.
//!
//! `cargo run --release --example generate -- OUTDIR [SIZE...]` (sizes from
//! `benches/support/generate.rs`: 5k 50k 100k 200k 400k 500k 800k 1m; all by default).

#[path = "../benches/support/generate.rs"]
mod generate;

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(out) = args.next().map(PathBuf::from) else {
        eprintln!("usage: generate OUTDIR [SIZE...]");
        std::process::exit(2);
    };
    let mut names: Vec<String> = args.collect();
    if names.is_empty() {
        names = generate::SIZES.iter().map(|(n, _)| n.to_string()).collect();
    }
    for name in &names {
        let pair = generate::sized(name);
        let dir = out.join(name);
        std::fs::create_dir_all(&dir).expect("create output directory");
        std::fs::write(dir.join("source.txt"), &pair.source).expect("write source");
        std::fs::write(dir.join("target.txt"), &pair.target).expect("write target");
        let t = &pair.truth;
        let truth = format!(
            "{{\"source_bytes\":{},\"target_bytes\":{},\"source_sentences\":{},\"target_sentences\":{},\
             \"copied\":{},\"edited\":{},\"reworded\":{},\"paraphrased\":{},\"split\":{},\"merged\":{},\
             \"dropped\":{},\"added\":{},\"headlines\":{}}}\n",
            pair.source.len(),
            pair.target.len(),
            t.source_sentences,
            t.target_sentences,
            t.copied,
            t.edited,
            t.reworded,
            t.paraphrased,
            t.split,
            t.merged,
            t.dropped,
            t.added,
            t.headlines
        );
        std::fs::write(dir.join("truth.json"), &truth).expect("write truth");
        println!("{name}: {}", truth.trim_end());
    }
}
