"""Times the peers on the generated inputs: text-matcher (a text-reuse detector) and a plain word
diff (fast-diff-match-patch, words mapped to code points). Prints one JSON object per line:
{"tool", "size", "median_ms", "runs", "note"}.

    python bench/peers.py INPUTS_DIR SIZE... [--tools text-matcher,word-diff] [--timeout S] [--budget S]

Each (tool, size) runs in a child process with a wall-clock timeout, so a peer that takes too
long is reported as "> S s" instead of hanging. Timing is in-process (no interpreter start-up or
import), with a warm-up call first, like the criterion timing of retold::compare. The median of
up to 5 runs is reported; fewer when one run exceeds the per-size budget.

text-matcher reads NLTK's English stopword list; NLTK data cannot be downloaded here, so
`ensure_stopwords` writes the list (NLTK's `english`, 179 words) into OUT/nltk_data and sets
NLTK_DATA before nltk is imported.
"""

import json
import os
import statistics
import subprocess
import sys
import time

# NLTK's english stopword list (corpora/stopwords/english), as text-matcher loads it.
NLTK_ENGLISH_STOPWORDS = """i me my myself we our ours ourselves you you're you've you'll you'd your yours
yourself yourselves he him his himself she she's her hers herself it it's its itself they them
their theirs themselves what which who whom this that that'll these those am is are was were be
been being have has had having do does did doing a an the and but if or because as until while of
at by for with about against between into through during before after above below to from up down
in out on off over under again further then once here there when where why how all any both each
few more most other some such no nor not only own same so than too very s t can will just don
don't should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't doesn
doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't needn
needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't""".split()

HERE = os.path.dirname(os.path.abspath(__file__))
NLTK_DATA = os.path.join(HERE, "out", "nltk_data")


def ensure_stopwords():
    directory = os.path.join(NLTK_DATA, "corpora", "stopwords")
    path = os.path.join(directory, "english")
    if not os.path.exists(path):
        os.makedirs(directory, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(NLTK_ENGLISH_STOPWORDS) + "\n")
    os.environ["NLTK_DATA"] = NLTK_DATA


def read_pair(inputs, size):
    with open(os.path.join(inputs, size, "source.txt"), encoding="utf-8") as f:
        source = f.read()
    with open(os.path.join(inputs, size, "target.txt"), encoding="utf-8") as f:
        target = f.read()
    return source, target


def text_matcher_runner():
    """text-matcher's CLI pipeline for one pair (text_matcher.text_matcher.cli, minus file I/O)."""
    from text_matcher.matcher import Matcher, Text

    def run(source, target):
        saved = sys.stdout
        sys.stdout = open(os.devnull, "w")  # it prints every match, as the CLI does
        try:
            a = Text(source, "source")
            b = Text(target, "target")
            matcher = Matcher(a, b, threshold=3, cutoff=5, ngramSize=3, removeStopwords=False)
            count, _, _ = matcher.match()
        finally:
            sys.stdout.close()
            sys.stdout = saved
        return count

    return run


def word_diff_runner():
    """A plain word diff of the whole texts: Google's diff-match-patch (C++) on words as code points."""
    import re

    import fast_diff_match_patch

    token = re.compile(r"\w+|\s+|[^\w\s]+")

    def run(source, target):
        ids = {}
        words = {}

        def encode(text):
            chars = []
            for word in token.findall(text):
                code = ids.get(word)
                if code is None:
                    code = len(ids) + 0x100
                    if code >= 0xD800:
                        code += 0x800  # skip the surrogates
                    ids[word] = code
                    words[code] = word
                chars.append(chr(code))
            return "".join(chars)

        a = encode(source)
        b = encode(target)
        ops = fast_diff_match_patch.diff(a, b, timelimit=0, checklines=False, cleanup="Semantic",
                                         counts_only=False)
        # Back to words, as a word diff shows them.
        decoded = [(op, "".join(words[ord(c)] for c in chars)) for op, chars in ops]
        assert "".join(text for op, text in decoded if op != "+") == source
        return len(decoded)

    return run


RUNNERS = {"text-matcher": text_matcher_runner, "word-diff": word_diff_runner}


def measure(tool, inputs, size, budget):
    """Child process: warm up, then time up to 5 runs (fewer past `budget` seconds)."""
    ensure_stopwords()
    run = RUNNERS[tool]()
    run("The council approved the bridge on Tuesday. Work starts in May.",
        "The council approved the bridge on Tuesday. Residents cheered the news.")
    source, target = read_pair(inputs, size)
    times = []
    spent = 0.0
    while len(times) < 5:
        start = time.perf_counter()
        result = run(source, target)
        elapsed = time.perf_counter() - start
        times.append(elapsed * 1000.0)
        spent += elapsed
        if spent > budget:
            break
    print(json.dumps({"tool": tool, "size": size, "median_ms": statistics.median(times),
                      "runs": len(times), "result": result}))


def main(argv):
    if argv and argv[0] == "--child":
        measure(argv[1], argv[2], argv[3], float(argv[4]))
        return 0
    tools = list(RUNNERS)
    timeout = 120.0
    budget = 10.0
    positional = []
    i = 0
    while i < len(argv):
        if argv[i] == "--tools":
            tools = argv[i + 1].split(",")
            i += 2
        elif argv[i] == "--timeout":
            timeout = float(argv[i + 1])
            i += 2
        elif argv[i] == "--budget":
            budget = float(argv[i + 1])
            i += 2
        else:
            positional.append(argv[i])
            i += 1
    if len(positional) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    inputs, sizes = positional[0], positional[1:]
    for tool in tools:
        timed_out = False
        for size in sizes:
            if timed_out:
                # Larger inputs only take longer.
                print(json.dumps({"tool": tool, "size": size, "median_ms": None,
                                  "note": f"> {timeout:g} s (skipped: a smaller size timed out)"}),
                      flush=True)
                continue
            try:
                child = subprocess.run(
                    [sys.executable, os.path.abspath(__file__), "--child", tool, inputs, size, str(budget)],
                    capture_output=True, text=True, timeout=timeout, check=True)
                print(child.stdout.strip().splitlines()[-1], flush=True)
            except subprocess.TimeoutExpired:
                timed_out = True
                print(json.dumps({"tool": tool, "size": size, "median_ms": None,
                                  "note": f"> {timeout:g} s (timed out)"}), flush=True)
            except subprocess.CalledProcessError as error:
                print(json.dumps({"tool": tool, "size": size, "median_ms": None,
                                  "note": "failed: " + error.stderr.strip().splitlines()[-1]}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
