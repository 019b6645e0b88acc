#!/usr/bin/env python3
"""Break the METER score down by story, to see which stories carry the errors.

Usage (from the repository root, after `cargo build --release`):

    python3 eval/stories.py [--cli target/release/retold] [--without STORY,...] DATASET.jsonl

Runs the CLI over every article of DATASET once, as ../shared/eval/score.py does (and with its
functions, loaded from beside the dataset), then prints one row per story (the articles about one
event, named by the fourth part of an article's id, such as `meter/courts/DATE/STORY/ARTICLE`):
its articles, its annotated characters, how many of them retold labels differently from the
annotators, and the whole dev split's macro-F1 with that story left out. `--without` leaves the
named stories out of the last line's score. Rows are sorted by how much leaving the story out
raises the score, so the stories the labels and the annotation disagree on most come first.
"""
import argparse, importlib.util, json, os, sys, tempfile
from concurrent.futures import ThreadPoolExecutor


def load_score(dataset):
    path = os.path.join(os.path.dirname(os.path.abspath(dataset)), "score.py")
    spec = importlib.util.spec_from_file_location("score", path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def story_of(item):
    parts = item["id"].split("/")
    return parts[3] if len(parts) > 4 else item["id"]


def macro_f1(score, confusions):
    total = {}
    for conf in confusions:
        for key, n in conf.items():
            total[key] = total.get(key, 0) + n
    per = score.f1s(total, score.LABELS)
    return sum(per.values()) / len(per)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("--cli", default="target/release/retold")
    ap.add_argument("--without", default="", help="stories to leave out of the last line, comma-separated")
    args = ap.parse_args()
    score = load_score(args.dataset)
    items = [json.loads(line) for line in open(args.dataset, encoding="utf-8")]
    items = [item for item in items if item.get("gold")]
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(lambda item: score.run_one(args.cli, item, tmp)[0], items))
    by_story = {}
    for item, report in zip(items, reports):
        conf = {}
        score.add(conf, score.gold_chars(item), score.report_chars(item["b"], report, []))
        by_story.setdefault(story_of(item), []).append(conf)
    whole = macro_f1(score, [c for confs in by_story.values() for c in confs])
    rows = []
    for story, confs in by_story.items():
        rest = [c for other, cs in by_story.items() if other != story for c in cs]
        chars = sum(sum(c.values()) for c in confs)
        wrong = sum(n for c in confs for (gold, got), n in c.items() if gold != got)
        rows.append((macro_f1(score, rest) - whole, story, len(confs), chars, wrong))
    print(f"{'story':16s} {'articles':>8s} {'chars':>7s} {'wrong':>6s}  macro-F1 without it")
    for gain, story, articles, chars, wrong in sorted(rows, reverse=True):
        print(f"{story:16s} {articles:8d} {chars:7d} {wrong:6d}  {whole + gain:.3f} ({gain:+.3f})")
    left_out = {s for s in args.without.split(",") if s}
    unknown = left_out - set(by_story)
    if unknown:
        sys.exit(f"no such story: {', '.join(sorted(unknown))}")
    kept = [c for story, confs in by_story.items() if story not in left_out for c in confs]
    articles = sum(len(cs) for story, cs in by_story.items() if story not in left_out)
    label = f"without {', '.join(sorted(left_out))}" if left_out else "all stories"
    print(f"{label}: {articles} articles, macro-F1 {macro_f1(score, kept):.3f}")


if __name__ == "__main__":
    main()
