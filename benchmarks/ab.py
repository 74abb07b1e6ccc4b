"""The extractor and ``factdb ingest`` of a git revision beside the working tree, taken in turns.

    python benchmarks/ab.py 3e4735a                  # 1 MB of seed text, a 10 MB corpus, 2 rounds
    python benchmarks/ab.py HEAD~3 --mb 2 --rounds 3
    python benchmarks/ab.py 3e4735a --instructions   # + instructions per MB (valgrind, ~1 min)

This machine's speed drifts by a third over hours (it is shared), so a figure
measured on another day says little about a change; runs of the two trees in
turns, minutes apart, do. The revision is checked out into a temporary git
worktree and each run puts one tree's source first on the path, ahead of the
installed factdb. Printed per round and tree: extraction MB/s of CPU time on the
seed article text (the best of three passes, as ``extract.py`` reads it), and the
wall-clock and CPU seconds of ``factdb ingest`` on the corpus (one job, a fresh
SQLite file), with the corpus MB/s. With ``--instructions``, each tree's extraction
of 0.2 MB of the seed text and of the corpus pages also runs once under valgrind's
callgrind, counting only the extraction loop, with a fixed hash seed: instruction counts
do not drift with the machine, so they show a change of a few percent that timings cannot.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus

# Put ``tree`` first on the path; an editable install finds packages through a finder on
# sys.meta_path, which would otherwise win over sys.path.
_BOOT = """
import sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
sys.path[:0] = [{tree!r}, {bench!r}]
"""
_EXTRACT = """
import time
from extract import corpus
from factdb.extract import extract
texts = corpus({mb})
size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
best = float("inf")
for _ in range(3):
    start = time.process_time()
    for text in texts:
        extract(text)
    best = min(best, time.process_time() - start)
print(size / best)
"""
# the extraction loop alone, counted by callgrind (instrumentation switched on around it)
_COUNTED = """
import os, subprocess
from pathlib import Path
from extract import corpus
from factdb.extract import extract, extract_article
from factdb.pages import parse_page
if {pages!r}:
    work = []
    size = 0
    for path in sorted(Path({pages!r}).glob("*.txt")):
        page = parse_page(path)
        work += [(page.text, article) for article in page.articles]
        size += len(page.text.encode("utf-8"))
        if size >= {mb} * 1e6:
            break
    run = lambda: [extract_article(text, article) for text, article in work]
else:
    texts = corpus({mb})
    run = lambda: [extract(text) for text in texts]
run()  # patterns compiled, caches warm
control = ["callgrind_control", "-i"]
subprocess.run([*control, "on", str(os.getpid())], stdout=subprocess.DEVNULL, check=True)
run()
subprocess.run([*control, "off", str(os.getpid())], stdout=subprocess.DEVNULL, check=True)
"""
_CLI = """
from factdb.cli import app
sys.argv[0] = "factdb"
app()
"""


def extract_rate(tree: Path, mb: float) -> float:
    code = _BOOT.format(tree=str(tree), bench=str(HERE)) + _EXTRACT.format(mb=mb)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def instructions(tree: Path, pages: Path | None, mb: float = 0.2) -> float:
    """Millions of instructions to extract ``mb`` of the seed text, or of ``pages``."""
    code = _BOOT.format(tree=str(tree), bench=str(HERE)) + _COUNTED.format(pages=str(pages or ""), mb=mb)
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", code],
        capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # set iteration order moves the count by up to 1%
    )
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if collected is None:
        raise SystemExit(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(collected[1]) / 1e6


def ingest_time(tree: Path, pages: Path, work: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``factdb ingest`` on ``pages`` into a new SQLite file."""
    db = work / f"ab-{time.monotonic_ns()}.sqlite"
    code = _BOOT.format(tree=str(tree), bench=str(HERE)) + _CLI
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, "--db", str(db), "ingest", str(pages)],
        capture_output=True, check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rev", help="the git revision to compare the working tree with")
    parser.add_argument("--mb", type=float, default=1.0, help="MB of seed text for the extractor (default 1)")
    parser.add_argument("--corpus-mb", type=float, default=10.0, help="MB of corpus pages to ingest (default 10)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--instructions", action="store_true", help="also count instructions with valgrind")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="factdb-ab-") as tmp:
        work, base = Path(tmp), Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.rev], check=True)
        try:
            pages = work / "corpus"
            corpus.write(pages, mb=args.corpus_mb, seed=1)
            size = sum(p.stat().st_size for p in pages.glob("*.txt")) / 1e6
            print(f"extract: {args.mb:g} MB of seed text, CPU; ingest: {size:.2f} MB corpus, jobs 1, SQLite")
            print(f"{'round':>5} {'tree':>12} {'extract MB/s':>13} {'ingest s':>9} {'ingest cpu s':>13} {'ingest MB/s':>12}")
            for round_ in range(1, args.rounds + 1):
                for name, tree in ((args.rev, base), ("working", ROOT)):
                    rate = extract_rate(tree, args.mb)
                    wall, cpu = ingest_time(tree, pages, work)
                    print(f"{round_:>5} {name:>12} {rate:13.2f} {wall:9.1f} {cpu:13.1f} {size / wall:12.2f}", flush=True)
            if args.instructions:
                print("millions of instructions to extract 0.2 MB (callgrind):")
                print(f"{'tree':>12} {'seed text':>10} {'corpus':>10}")
                for name, tree in ((args.rev, base), ("working", ROOT)):
                    print(f"{name:>12} {instructions(tree, None):10.0f} {instructions(tree, pages):10.0f}", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=True)


if __name__ == "__main__":
    main()
