#!/usr/bin/env python3
"""Compare retold's sentence labels with a reader's on the invented lesson pairs in eval/lessons.

Usage (from the repository root, after `cargo build --release`):

    python3 eval/lessons.py [--cli target/release/retold] [--show]

Each eval/lessons/NN/ holds source.txt, target.txt and expected.json: one entry per target
sentence, in order, with its text, the label a reader gives it (copied, reworded or added) and
why. eval/lessons/lessons.json names the lesson each pair models and the verdict a reader
expects. The pairs were written and labelled for this project before retold was run on them.
Prints, per pair, how many sentences agree and the verdict; then the
confusion of labels, accuracy and per-label F1 over all sentences. --show lists every sentence
that disagrees. Exits 1 when a report does not split a target into the expected sentences
(`cargo test --test segment` checks that too).
"""
import argparse, json, os, subprocess, sys

LABELS = ("copied", "reworded", "added")
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lessons")


def compare(cli, pair):
    out = subprocess.run(
        [cli, "compare", os.path.join(pair, "source.txt"), os.path.join(pair, "target.txt"),
         "--format", "json"],
        capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{pair}: exit {out.returncode}: {out.stderr.strip()}")
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="target/release/retold")
    ap.add_argument("--show", action="store_true", help="list the sentences that disagree")
    args = ap.parse_args()
    lessons = json.load(open(os.path.join(HERE, "lessons.json"), encoding="utf-8"))
    confusion, verdicts, problems = {}, 0, []
    for lesson in lessons:
        pair = os.path.join(HERE, lesson["pair"])
        expected = json.load(open(os.path.join(pair, "expected.json"), encoding="utf-8"))
        report = compare(args.cli, pair)
        got = [(s["text"], s["label"]) for s in report["target"]["sentences"]]
        if [t for t, _ in got] != [e["text"] for e in expected]:
            problems.append(f"{lesson['pair']}: the report's sentences differ from expected.json")
            continue
        agree = 0
        for e, (_, label) in zip(expected, got):
            confusion[(e["label"], label)] = confusion.get((e["label"], label), 0) + 1
            agree += e["label"] == label
            if args.show and e["label"] != label:
                print(f"    {lesson['pair']} expected {e['label']:8} got {label:8} {e['text'][:70]}")
        verdict = report["summary"]["verdict"]
        verdicts += verdict == lesson["verdict"]
        mark = "" if verdict == lesson["verdict"] else f" (expected {lesson['verdict']})"
        print(f"{lesson['pair']}  {agree:2}/{len(expected):2} sentences  verdict {verdict}{mark}")
    total = sum(confusion.values())
    print("expected \\ got " + " ".join(f"{L:>9}" for L in LABELS))
    for x in LABELS:
        print(f"{x:>14} " + " ".join(f"{confusion.get((x, y), 0):9}" for y in LABELS))
    f1 = {}
    for L in LABELS:
        tp = confusion.get((L, L), 0)
        predicted = sum(v for (x, y), v in confusion.items() if y == L)
        actual = sum(v for (x, y), v in confusion.items() if x == L)
        f1[L] = 2 * tp / (predicted + actual) if predicted + actual else 0.0
    accuracy = sum(v for (x, y), v in confusion.items() if x == y) / total if total else 0.0
    print("per-label F1: " + "  ".join(f"{L} {f1[L]:.3f}" for L in LABELS))
    for p in problems:
        print(p)
    print(f"sentences {total}  accuracy {accuracy:.3f}  macro-F1 {sum(f1.values()) / 3:.3f}"
          f"  verdicts {verdicts}/{len(lessons)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
