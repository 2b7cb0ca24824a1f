"""Speed, memory and scale of the advisor, next to plain rank-bm25 and bm25s; prints Markdown.

    python benchmarks/bench.py                      # cold start, warm questions, 1k/10k/100k
    python benchmarks/bench.py --sizes 1000,10000   # other corpus sizes
    python benchmarks/bench.py --quick              # fewer runs, 1k and 10k only

Three measurements, each in one run so the numbers sit side by side:

1. Cold start: `advisor ask` as a fresh process (index cache already built) next to
   `python -c "import numpy, yaml, click, rank_bm25"`, interleaved, medians and ratio.
2. Warm questions: the bundled corpus loaded once, each question of the public eval set asked
   for the first time (after the hard set has warmed the process), p50 / p99.
3. Scale: a generated corpus (Markdown articles, passages of about 80 words from a Zipf-like
   vocabulary). Every engine gets the same analysed terms and the same questions, each in
   its own process so peak memory (ru_maxrss) is its own: the advisor's inverted index
   (built from the terms, and loaded from its cache in a fresh process), rank-bm25's
   `get_scores` over every passage (with the advisor's Lucene IDF, so top 10 must match
   exactly) and bm25s (skipped, with a note, when not installed: `pip install .[bench]`).

Child processes run with bytecode caching on (PYTHONDONTWRITEBYTECODE unset), as an
installed package does.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
PUBLIC_QUESTIONS = REPO.parent / "shared" / "eval" / "questions.yaml"
FALLBACK_QUESTIONS = REPO / "tests" / "eval" / "public.yaml"
WARMUP_QUESTIONS = REPO / "tests" / "eval" / "hard.yaml"
FLOOR = "import numpy, yaml, click, rank_bm25"
VOCABULARY = 30_000
PASSAGES_PER_ARTICLE = 1000
QUESTIONS = 200
SEED = 5


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


# --- 1. cold start --------------------------------------------------------------------------


def cold_start(runs: int, cache: Path) -> str:
    script = shutil.which("advisor", path=str(Path(sys.executable).parent))
    ask = [script] if script else [sys.executable, "-m", "advisor.cli"]
    ask += ["ask", "do I need a PhD?"]
    floor = [sys.executable, "-c", FLOOR]
    env = child_env(ADVISOR_CACHE_DIR=str(cache))
    first = timed_run(ask, env)  # builds the index cache
    times: dict[str, list[float]] = {"ask": [], "floor": []}
    for _ in range(runs):
        times["floor"].append(timed_run(floor, env))
        times["ask"].append(timed_run(ask, env))
    ask_ms, floor_ms = (1000 * statistics.median(times[k]) for k in ("ask", "floor"))
    return "\n".join(
        [
            f"| cold start (median of {runs}) | wall time |",
            "|---|---|",
            f"| `python -c \"{FLOOR}\"` (floor) | {floor_ms:.0f} ms |",
            f"| `advisor ask \"do I need a PhD?\"` | {ask_ms:.0f} ms |",
            f"| ratio ask / floor (target <= 1.5) | **{ask_ms / floor_ms:.2f}** |",
            f"| first `advisor ask` (builds the cache) | {1000 * first:.0f} ms |",
        ]
    )


def timed_run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


# --- 2. warm questions ----------------------------------------------------------------------


def warm_questions(cache: Path, rounds: int) -> str:
    import yaml

    from advisor import Advisor

    questions_file = PUBLIC_QUESTIONS if PUBLIC_QUESTIONS.is_file() else FALLBACK_QUESTIONS
    questions = [q["q"] for q in yaml.safe_load(questions_file.read_text(encoding="utf-8"))]
    warmup = [q["q"] for q in yaml.safe_load(WARMUP_QUESTIONS.read_text(encoding="utf-8"))]
    latencies = []
    for _ in range(rounds):  # a fresh advisor each round: every question is asked for the
        advisor = Advisor.load(cache_dir=cache)  # first time in a warm process
        for question in warmup:
            advisor.ask(question)
        for question in questions:
            start = time.perf_counter()
            advisor.ask(question)
            latencies.append(1000 * (time.perf_counter() - start))
    return "\n".join(
        [
            f"| warm question, bundled corpus ({len(latencies)} asks of "
            f"{questions_file.name}) | p50 | p99 |",
            "|---|---|---|",
            f"| `Advisor.ask` (targets 2 ms / 10 ms) | **{percentile(latencies, 0.5):.2f} ms** "
            f"| **{percentile(latencies, 0.99):.2f} ms** |",
        ]
    )


# --- 3. scale: the generated corpus ---------------------------------------------------------


def generate_corpus(directory: Path, passages: int) -> None:
    """Articles of PASSAGES_PER_ARTICLE passages (one paragraph of 70-90 words each, in
    sentences of 12 words), ten passages to a section, words drawn Zipf-like."""
    rng = np.random.default_rng(SEED)
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "pi", "na", "qu", "zen"]
    words = sorted({"".join(rng.choice(syllables, size=rng.integers(2, 5))) for _ in range(
        VOCABULARY * 2)})[:VOCABULARY]
    rng.shuffle(words)
    weights = 1 / np.arange(1, len(words) + 1)
    (directory / "articles").mkdir(parents=True)
    for first in range(0, passages, PASSAGES_PER_ARTICLE):
        count = min(PASSAGES_PER_ARTICLE, passages - first)
        lines = [f"---\ntitle: Generated article {first // PASSAGES_PER_ARTICLE}\n---\n"]
        lengths = rng.integers(70, 91, size=count)
        drawn = iter(rng.choice(len(words), size=int(lengths.sum()), p=weights / weights.sum()))
        for n, length in enumerate(lengths):
            if n % 10 == 0:
                lines.append(f"## Section {n // 10}\n")
            tokens = [words[next(drawn)] for _ in range(length)]
            sentences = [tokens[i : i + 12] for i in range(0, length, 12)]
            lines.append(" ".join(" ".join(s).capitalize() + "." for s in sentences) + "\n")
        name = f"article-{first // PASSAGES_PER_ARTICLE:04d}.md"
        (directory / "articles" / name).write_text("\n".join(lines), encoding="utf-8")
    (directory / "words.json").write_text(json.dumps(words[:5000]), encoding="utf-8")


def prepare(corpus_dir: Path, work: Path) -> None:
    """Analyse every passage and the questions once, for all engines (so none pays for
    analysis and all see the same input): terms as ids into one vocabulary."""
    from advisor.analysis import Analyzer
    from advisor.corpus import load_corpus

    analyzer = Analyzer()
    vocabulary: dict[str, int] = {}
    ids: list[int] = []
    ends = []
    for passage in load_corpus(corpus_dir).passages:
        terms = analyzer.terms(passage.index_text)
        ids.extend(vocabulary.setdefault(term, len(vocabulary)) for term in terms)
        ends.append(len(ids))
    np.save(work / "ids.npy", np.asarray(ids, dtype=np.int32))
    np.save(work / "ends.npy", np.asarray(ends, dtype=np.int64))
    (work / "vocabulary.json").write_text(json.dumps(list(vocabulary)), encoding="utf-8")
    rng = np.random.default_rng(SEED + 1)
    words = json.loads((corpus_dir / "words.json").read_text(encoding="utf-8"))
    weights = 1 / np.arange(1, len(words) + 1)
    weights /= weights.sum()
    questions = []
    for _ in range(QUESTIONS):
        asked = rng.choice(words, size=rng.integers(3, 11), replace=False, p=weights)
        questions.append(dict.fromkeys(analyzer.terms(" ".join(asked)), 1.0))
    (work / "questions.json").write_text(json.dumps(questions), encoding="utf-8")


def passage_terms(work: Path) -> list[list[str]]:
    vocabulary = json.loads((work / "vocabulary.json").read_text(encoding="utf-8"))
    ids, ends = np.load(work / "ids.npy").tolist(), np.load(work / "ends.npy").tolist()
    return [[vocabulary[i] for i in ids[a:b]] for a, b in zip([0, *ends[:-1]], ends, strict=True)]


def questions(work: Path) -> list[dict[str, float]]:
    return json.loads((work / "questions.json").read_text(encoding="utf-8"))


def engine_advisor(corpus_dir: Path, work: Path) -> dict[str, Any]:
    """Build from the shared terms (timed), and the full `advisor index` (text to cache)."""
    from advisor import Advisor
    from advisor.analysis import Analyzer
    from advisor.cache import CorpusCache
    from advisor.corpus import load_corpus
    from advisor.index import PassageIndex, Postings

    terms = passage_terms(work)
    corpus = load_corpus(corpus_dir)
    start = time.perf_counter()
    PassageIndex(corpus.passages, Analyzer(), Postings.from_terms(terms))
    build = time.perf_counter() - start
    start = time.perf_counter()
    Advisor.build(CorpusCache(corpus_dir, work / "cache"))
    return {"build_s": build, "full_index_s": time.perf_counter() - start}


def engine_advisor_cached(corpus_dir: Path, work: Path) -> dict[str, Any]:
    """A fresh process: load the cache, then answer (what `advisor ask` and the bot do)."""
    from advisor.cache import CorpusCache

    asked = questions(work)
    start = time.perf_counter()
    snapshot = CorpusCache(corpus_dir, work / "cache").load()
    load = time.perf_counter() - start
    assert snapshot is not None, "the cache was not built"
    positions = {p.id: i for i, p in enumerate(snapshot.index.passages)}
    return {"load_s": load} | time_questions(
        asked,
        lambda weights: [positions[h.passage.id] for h in snapshot.index.search(weights, 10)],
    )


def engine_rank_bm25(corpus_dir: Path, work: Path) -> dict[str, Any]:
    from advisor.reference import LuceneBM25

    terms, asked = passage_terms(work), questions(work)
    start = time.perf_counter()
    model = LuceneBM25(terms)
    build = time.perf_counter() - start

    def top(weights: dict[str, float]) -> list[int]:
        scores = model.get_scores(list(weights))
        best = np.argsort(-scores, kind="stable")[:10]
        return [int(i) for i in best if scores[i] > 0]

    return {"build_s": build} | time_questions(asked, top)


def engine_bm25s(corpus_dir: Path, work: Path) -> dict[str, Any]:
    import bm25s

    terms, asked = passage_terms(work), questions(work)
    start = time.perf_counter()
    model = bm25s.BM25(k1=1.5, b=0.75, method="lucene")
    model.index(terms, show_progress=False)
    build = time.perf_counter() - start
    model.save(work / "bm25s", show_progress=False)
    start = time.perf_counter()
    model = bm25s.BM25.load(work / "bm25s", show_progress=False)
    load = time.perf_counter() - start
    vocabulary = model.vocab_dict

    def top(weights: dict[str, float]) -> list[int]:
        known = [term for term in weights if term in vocabulary]
        if not known:
            return []
        found, scores = model.retrieve([known], k=10, show_progress=False)
        return [int(d) for d, s in zip(found[0], scores[0], strict=True) if s > 0]

    return {"build_s": build, "load_s": load} | time_questions(asked, top)


ENGINES = {
    "advisor": engine_advisor,
    "advisor-cached": engine_advisor_cached,
    "rank-bm25": engine_rank_bm25,
    "bm25s": engine_bm25s,
}


def time_questions(asked: list[dict[str, float]], top: Any) -> dict[str, Any]:
    for weights in asked[:5]:
        top(weights)
    latencies, results = [], []
    for weights in asked:
        start = time.perf_counter()
        results.append(top(weights))
        latencies.append(1000 * (time.perf_counter() - start))
    return {
        "p50_ms": percentile(latencies, 0.5),
        "p99_ms": percentile(latencies, 0.99),
        "top10": results,
    }


def run_engine(name: str, corpus_dir: Path, work: Path) -> dict[str, Any] | None:
    """One engine in its own process; None when it is not installed."""
    command = [sys.executable, __file__, "--engine", name, str(corpus_dir), str(work)]
    run = subprocess.run(command, env=child_env(), capture_output=True, text=True)
    if run.returncode != 0:
        if "ModuleNotFoundError" in run.stderr:
            return None
        raise RuntimeError(f"{name} failed:\n{run.stderr}")
    return json.loads(run.stdout.splitlines()[-1])


def scale(sizes: list[int], work_root: Path) -> str:
    rows = [
        "| passages | engine | build (from terms) | full index (text to cache) | cache load "
        "| question p50 | question p99 | peak RSS | top 10 vs rank-bm25 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    notes = []
    for size in sizes:
        work = work_root / f"n{size}"
        corpus_dir = work / "corpus"
        generate_corpus(corpus_dir, size)
        prepare(corpus_dir, work)
        results = {name: run_engine(name, corpus_dir, work) for name in ENGINES}
        if results["bm25s"] is None:
            notes.append("bm25s is not installed (`pip install .[bench]`): its rows are empty.")
        reference = results["rank-bm25"]["top10"]
        advisor = {**results["advisor"], **results["advisor-cached"]}
        shown = {"advisor": advisor, "rank-bm25": results["rank-bm25"], "bm25s": results["bm25s"]}
        for name, result in shown.items():
            if result is None:
                rows.append(f"| {size:,} | {name} | - | - | - | - | - | - | not installed |")
                continue
            same = sum(a == b for a, b in zip(result["top10"], reference, strict=True))
            overlap = statistics.mean(
                len(set(a) & set(b)) / max(len(b), 1)
                for a, b in zip(result["top10"], reference, strict=True)
            )
            agreement = (
                f"{same}/{len(reference)} identical"
                if name != "bm25s"
                else f"{overlap:.1%} overlap (float32)"
            )
            rss = f"{result['peak_mb']:.0f} MB"
            if name == "advisor":  # answering from the cache; building it
                rss = f"{rss} (build {results['advisor']['peak_mb']:.0f} MB)"
            rows.append(
                f"| {size:,} | {name} | {seconds(result.get('build_s'))} "
                f"| {seconds(result.get('full_index_s'))} | {seconds(result.get('load_s'))} "
                f"| {result['p50_ms']:.2f} ms | {result['p99_ms']:.2f} ms | {rss} "
                f"| {agreement} |"
            )
        speedup = results["rank-bm25"]["p50_ms"] / advisor["p50_ms"]
        notes.append(f"{size:,} passages: advisor p50 is {speedup:.0f}x faster than rank-bm25.")
        shutil.rmtree(work)
    return "\n".join(rows + [""] + [f"- {note}" for note in notes])


def seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


# --- the report -----------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    if Path("/proc/cpuinfo").is_file():
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    if hasattr(os, "sysconf") and "SC_PHYS_PAGES" in os.sysconf_names:
        memory = f", {os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.0f} GB RAM"
    return (
        f"{os.cpu_count()} CPUs ({cpu}){memory}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes: 1000,10000")
    parser.add_argument("--quick", action="store_true", help="fewer runs; 1k and 10k only")
    parser.add_argument(
        "--engine", nargs=3, metavar=("NAME", "CORPUS", "WORK"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.engine:  # a child process: one engine, results as JSON on the last line
        name, corpus_dir, work = args.engine
        result = ENGINES[name](Path(corpus_dir), Path(work))
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.quick:
        sizes = [s for s in sizes if s <= 10_000]
    with tempfile.TemporaryDirectory(prefix="advisor-bench-") as scratch:
        work = Path(scratch)
        print(f"Machine: {machine()}\n")
        print(cold_start(5 if args.quick else 20, work / "cache") + "\n")
        print(warm_questions(work / "cache", 2 if args.quick else 10) + "\n")
        print(scale(sizes, work))


if __name__ == "__main__":
    main()
