"""Gathers bench/run.sh's measurements into bench/out/results.md (and results.json) and prints it.

    python3 bench/summarize.py [OUT_DIR] [CRITERION_DIR]

Reads: CRITERION_DIR/compare/SIZE/new/estimates.json (median), OUT/stages-*.txt,
OUT/time-*.txt (`/usr/bin/time -v` of the CLI), OUT/wasm-node.jsonl, OUT/chromium.jsonl,
OUT/peers.jsonl, OUT/machine.txt. Missing pieces are shown as "n/a".
"""

import json
import os
import re
import statistics
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "bench/out"
CRITERION = sys.argv[2] if len(sys.argv) > 2 else "target/criterion"
SIZES = ["5k", "50k", "100k", "200k", "400k", "500k", "800k", "1m"]
LADDER = [("50k", "100k"), ("100k", "200k"), ("200k", "400k"), ("400k", "800k"), ("500k", "1m")]
PEER_SIZES = ["5k", "50k", "100k", "200k", "500k", "1m"]


def criterion_ms(group, bench):
    path = os.path.join(CRITERION, group, bench, "new", "estimates.json")
    try:
        with open(path) as f:
            return json.load(f)["median"]["point_estimate"] / 1e6
    except (OSError, KeyError, ValueError):
        return None


def jsonl(name):
    rows = []
    try:
        with open(os.path.join(OUT, name)) as f:
            for line in f:
                line = line.strip()
                if line.startswith("{"):
                    rows.append(json.loads(line))
    except OSError:
        pass
    return rows


def cli_runs(size):
    walls, rss = [], []
    for name in sorted(os.listdir(OUT)) if os.path.isdir(OUT) else []:
        if not name.startswith(f"time-{size}-"):
            continue
        with open(os.path.join(OUT, name)) as f:
            text = f.read()
        wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
        peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
        if wall:
            h, m, s = wall.groups()
            walls.append((int(h or 0) * 60 + int(m)) * 60 + float(s))
        if peak:
            rss.append(int(peak.group(1)))
    if not walls:
        return None, None
    return statistics.median(walls) * 1000, max(rss) if rss else None


def ms(value):
    if value is None:
        return "n/a"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 10:
        return f"{value:.0f} ms"
    return f"{value:.2f} ms"


def check(value, limit):
    if value is None:
        return "n/a"
    return "yes" if value < limit else "**no**"


def main():
    native = {s: criterion_ms("compare", s) for s in SIZES}
    node = {r["size"]: r for r in jsonl("wasm-node.jsonl")}
    chromium = jsonl("chromium.jsonl")
    wasm_chromium = {r["size"]: r["median_ms"] for r in chromium if r["tool"] == "wasm-chromium"}
    ui = {r["size"]: r["median_ms"] for r in chromium if r["tool"] == "chromium-ui"}
    load = next((r for r in chromium if r["tool"] == "chromium-load"), None)
    peers = {(r["tool"], r["size"]): r for r in jsonl("peers.jsonl")}
    cli = {s: cli_runs(s) for s in ["200k", "1m"]}
    node_ms = lambda s: node.get(s, {}).get("median_ms")
    machine = ""
    try:
        with open(os.path.join(OUT, "machine.txt")) as f:
            machine = f.read().strip()
    except OSError:
        pass

    lines = ["# retold benchmark results", ""]
    if machine:
        lines += ["```", machine, "```", ""]

    lines += ["## Targets", "", "| workload | target | measured | met |", "|---|---|---|---|"]
    lines.append(f"| 5 KB pair, native (criterion median) | < 2 ms | {ms(native['5k'])} | {check(native['5k'], 2)} |")
    lines.append(f"| 5 KB pair, wasm in node | < 5 ms | {ms(node_ms('5k'))} | {check(node_ms('5k'), 5)} |")
    lines.append(f"| 5 KB pair, wasm in headless Chromium | < 5 ms | {ms(wasm_chromium.get('5k'))} | {check(wasm_chromium.get('5k'), 5)} |")
    lines.append(f"| 200 KB pair, native | < 150 ms | {ms(native['200k'])} | {check(native['200k'], 150)} |")
    lines.append(f"| 1 MB pair, native | < 1 s | {ms(native['1m'])} | {check(native['1m'], 1000)} |")
    lines.append(f"| 1 MB pair, wasm in node | < 2.5 s | {ms(node_ms('1m'))} | {check(node_ms('1m'), 2500)} |")
    lines.append(f"| 1 MB pair, wasm in headless Chromium | < 2.5 s | {ms(wasm_chromium.get('1m'))} | {check(wasm_chromium.get('1m'), 2500)} |")
    rss = cli["1m"][1]
    lines.append(f"| 1 MB pair, peak memory (CLI, max RSS) | < 300 MB | {'n/a' if rss is None else f'{rss / 1024:.0f} MB'} | {check(None if rss is None else rss / 1024, 300)} |")
    node_rss = node.get("1m", {}).get("first_run_max_rss_kb")
    all_rss = node.get("1m", {}).get("max_rss_kb")
    lines.append(f"| 1 MB pair, peak memory (node with the wasm, max RSS after one compare; after all runs {'n/a' if all_rss is None else f'{all_rss / 1024:.0f} MB'}) | < 300 MB | {'n/a' if node_rss is None else f'{node_rss / 1024:.0f} MB'} | {check(None if node_rss is None else node_rss / 1024, 300)} |")
    ratios = []
    for a, b in LADDER:
        if native[a] and native[b]:
            ratios.append((a, b, native[b] / native[a]))
    worst = max((r for _, _, r in ratios), default=None)
    lines.append(f"| growth per doubling, 50 KB .. 1 MB (worst step) | <= 2.3x | {'n/a' if worst is None else f'{worst:.2f}x'} | {'n/a' if worst is None else ('yes' if worst <= 2.3 else '**no**')} |")
    load_ms = load["median_ms"] if load else None
    lines.append(f"| page load to engine ready (served dist/, fresh context) | < 300 ms | {ms(load_ms)} | {check(load_ms, 300)} |")
    if load and load.get("file_median_ms") is not None:
        lines.append(f"| page load to engine ready (dist/retold.html from file://) | < 300 ms | {ms(load['file_median_ms'])} | {check(load['file_median_ms'], 300)} |")
    lines.append("")

    if load:
        lines += [f"Page load breakdown (served, median): DOMContentLoaded {ms(load.get('dom_content_loaded_ms'))}, "
                  f"wasm fetched {ms(load.get('wasm_fetched_ms'))}, engine ready {ms(load.get('median_ms'))}.", ""]
    colds = [f"{s}: node {ms(node.get(s, {}).get('first_run_ms'))}" for s in ["5k", "200k", "1m"] if s in node]
    colds += [f"{r['size']}: Chromium {ms(r.get('first_run_ms'))}" for r in chromium if r["tool"] == "wasm-chromium"]
    if colds:
        lines += ["First (cold) wasm call, before V8 has tiered the code up: " + "; ".join(colds) + ".", ""]

    lines += ["## compare() by size", "",
              "Medians. native: `cargo bench --bench compare` (criterion); wasm: `bench/wasm-node.mjs`, "
              "`bench/chromium.mjs` (main thread, the page's glue), after a warm-up; UI: click Compare to results shown in the page (worker, JSON, rendering).", "",
              "| size | native | wasm node | wasm Chromium | page UI | CLI wall (JSON out) |", "|---|---|---|---|---|---|"]
    for s in SIZES:
        cli_wall = cli.get(s, (None, None))[0] if s in cli else None
        lines.append(f"| {s} | {ms(native[s])} | {ms(node_ms(s))} | {ms(wasm_chromium.get(s))} | {ms(ui.get(s))} | {ms(cli_wall) if s in cli else ''} |")
    lines.append("")
    if ratios:
        lines += ["## Growth (native)", "", "| step | time ratio |", "|---|---|"]
        lines += [f"| {a} -> {b} | {r:.2f}x |" for a, b, r in ratios]
        lines.append("")

    lines += ["## Peers (same inputs, same machine, same run)", "",
              "text-matcher 0.1.6 (PyPI; its CLI pipeline in-process, NLTK stopwords provided locally) and a plain "
              "word diff (fast-diff-match-patch 2.1.0, words mapped to code points). Ratio = retold native / peer; "
              "speed-up = peer / retold. Goal: retold >= 20x faster than text-matcher at every size.", "",
              "| size | retold | text-matcher | retold/text-matcher | speed-up | word diff | retold/word diff |",
              "|---|---|---|---|---|---|---|"]
    for s in PEER_SIZES:
        tm = peers.get(("text-matcher", s), {})
        wd = peers.get(("word-diff", s), {})
        r = native[s]

        def cell(row):
            return ms(row["median_ms"]) if row.get("median_ms") is not None else (row.get("note") or "n/a")

        def ratio(row):
            if r is None:
                return "n/a"
            if row.get("median_ms") is None:
                m = re.search(r"> ([\d.]+)", row.get("note", "") or "")
                return f"< {r / (float(m.group(1)) * 1000):.4f}" if m else "n/a"
            return f"{r / row['median_ms']:.4f}"

        def speedup(row):
            if r is None or row.get("median_ms") is None:
                m = re.search(r"> ([\d.]+)", row.get("note", "") or "")
                return f"> {float(m.group(1)) * 1000 / r:.0f}x" if (m and r) else "n/a"
            return f"{row['median_ms'] / r:.0f}x"

        lines.append(f"| {s} | {ms(r)} | {cell(tm)} | {ratio(tm)} | {speedup(tm)} | {cell(wd)} | {ratio(wd)} |")
    lines.append("")

    for name in ["stages-5k.txt", "stages-200k.txt", "stages-1m.txt"]:
        path = os.path.join(OUT, name)
        if os.path.exists(path):
            with open(path) as f:
                lines += [f"## Stages ({name[7:-4]}, `examples/stages.rs`)", "", "```", f.read().strip(), "```", ""]

    text = "\n".join(lines)
    with open(os.path.join(OUT, "results.md"), "w") as f:
        f.write(text + "\n")
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump({"native_ms": native, "wasm_node": node, "chromium": chromium, "peers": list(peers.values()),
                   "cli": cli, "growth": ratios}, f, indent=1)
    print(text)


if __name__ == "__main__":
    main()
