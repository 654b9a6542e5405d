"""List five-word runs that lines added since a commit share with the
evaluation texts, so that no sentence of PolNeAR (which states no licence)
lands in the repository by accident.

    python scripts/check_leaks.py 952703c            # lines added since that commit
    python scripts/check_leaks.py 952703c --n 6      # longer runs only

Common English ("at the start of the") will show up too: read the list,
reword what is really a sentence of the corpus. Commit messages are not
checked; read those yourself (``git log -p``).
"""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

from quotegraph.evaluate import read_jsonl

_WORD = re.compile(r"[a-z0-9]+")
EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("since", help="a commit: lines added after it are checked")
    ap.add_argument("--n", type=int, default=5, help="words in a run (default 5)")
    ap.add_argument("--eval", default=str(EVAL), help="folder of the evaluation JSONL files")
    args = ap.parse_args()

    corpus: set[tuple[str, ...]] = set()
    for path in sorted(Path(args.eval).glob("polnear.*.jsonl")):
        for rec in read_jsonl(path):
            corpus |= ngrams(rec["text"], args.n)
    diff = subprocess.run(["git", "diff", "-U0", args.since, "--", "."], capture_output=True, text=True, check=True).stdout
    where = "?"
    hits = 0
    for line in diff.splitlines():
        if line.startswith("+++ "):
            where = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            shared = ngrams(line[1:], args.n) & corpus
            if shared:
                hits += 1
                print(f"{where}: {' | '.join(' '.join(g) for g in sorted(shared))}")
    print(f"{hits} added lines share a {args.n}-word run with the evaluation texts")


if __name__ == "__main__":
    main()
