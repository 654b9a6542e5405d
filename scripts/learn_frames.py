"""Build ``quotegraph/data/frames.tsv``: verb frames that report in news.

For every verb outside the hand-written cue lexicon, and every frame it
appears in (``ccomp``, ``xcomp``, ``dobj``, ``prep:<p>``), count on an
annotated corpus how often the frame's complement is an annotated
attribution's content (word Jaccard >= 0.5) with the verb's subject as its
source. Frames seen at least ``--min-hits`` times with at least
``--min-precision`` precision are written out as a lexicon, one row per
(lemma, frame, category); the counts are printed for the developer to check
each row by hand, and neither they nor the corpus text go into the table.

    python scripts/learn_frames.py ../shared/eval/polnear.train.jsonl

Measure on a split the table was not built from (PolNeAR dev).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from quotegraph.extract import DEFAULT_OPTIONS
from quotegraph.pipeline import load_nlp
from quotegraph.quotes import find_quotes
from quotegraph.rules import frame_verbs, span_chars, verb_frames
from quotegraph.sources import source_phrase

_WORD = re.compile(r"\w+")
OUT = Path(__file__).resolve().parents[1] / "quotegraph" / "data" / "frames.tsv"


def words(text: str, span) -> set[int]:
    return {m.start() for m in _WORD.finditer(text, span[0], span[1])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="annotated JSONL in the format of ../shared/eval/README.md")
    ap.add_argument("--parsed", help="a DocBin of the same texts, parsed by quotegraph.load_nlp() (saves the parse)")
    ap.add_argument("--min-hits", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.4)
    ap.add_argument("-o", "--output", default=str(OUT))
    args = ap.parse_args()

    gold = [json.loads(line) for line in open(args.gold, encoding="utf-8")]
    nlp = load_nlp()
    if args.parsed:
        from spacy.tokens import DocBin

        docs = DocBin().from_disk(args.parsed).get_docs(nlp.vocab)
    else:
        docs = nlp.pipe((g["text"] for g in gold), batch_size=32)
    seen = collections.Counter()
    hits = collections.Counter()
    for n, (g, doc) in enumerate(zip(gold, docs)):
        text = g["text"]
        ctx = DEFAULT_OPTIONS.context(find_quotes(text))
        ctx.text = text
        golds = [(words(text, a["content"]), words(text, a["source"]) if a.get("source") else None) for a in g["attributions"]]
        for tok, lemma, source in frame_verbs(doc, ctx):
            src = source_phrase(source)
            src_words = words(text, (src.start_char, src.end_char))
            for frame, toks in verb_frames(tok, ctx):
                content = words(text, span_chars(toks))
                seen[lemma, frame] += 1
                for gc, gs in golds:
                    if content and len(content & gc) / len(content | gc) >= 0.5 and (gs is None or gs & src_words):
                        hits[lemma, frame] += 1
                        break
        if n % 100 == 0:
            print(f"{n} documents", file=sys.stderr)
    rows = []
    for key, n in seen.items():
        h = hits[key]
        if h >= args.min_hits and h / n >= args.min_precision:
            rows.append((key[0], key[1], "belief" if key[1] == "xcomp" else "speech", n, h, h / n))
    rows.sort()
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# verb frames that report: a lexicon of (lemma, frame, category), chosen with scripts/learn_frames.py\n")
        out.write("lemma\tframe\tcategory\n")
        for lemma, frame, category, n, h, p in rows:
            out.write(f"{lemma}\t{frame}\t{category}\n")
            print(f"{lemma}\t{frame}\t{category}\tseen {n}\thits {h}\tprecision {p:.3f}", file=sys.stderr)
    print(f"{len(rows)} frames written to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
