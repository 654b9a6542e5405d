"""Time build_graph and write_gexf on PolNeAR train and on synthetic corpora.

Usage::

    python benchmarks/bench_graph.py [--polnear PATH] [--sizes 10000 100000]
        [--schema ../shared/gexf-schema/1.3]

PolNeAR is read from ``../shared/eval/polnear.train.jsonl`` at run time (its
texts are copyrighted and never stored in the repository); gold source text
stands in for the resolved source entity, ``meta.publisher`` for the outlet.
Synthetic corpora have 10 attributions per document, a pool of named and
anonymous sources, one nested attribution in five and claims restated with a
one-word edit across documents one time in three.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from quotegraph.export import validate_gexf, write_gexf
from quotegraph.graph import build_graph
from quotegraph.model import Attribution, DocumentResult

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("direct", "indirect", "mixed", "according_to")


def polnear(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            meta = r.get("meta", {})
            doc = DocumentResult(str(r["id"]), r["text"], meta={
                "title": meta.get("title"), "outlet": meta.get("publisher"),
                "date": meta.get("publication_date"), "byline": meta.get("author")})
            for a in r["attributions"]:
                attr = Attribution.from_dict(
                    {**a, "type": a.get("type") if a.get("type") in TYPES else "indirect"})
                attr.source_entity = a.get("source_text")
                doc.attributions.append(attr)
            yield doc


def synthetic(n_attributions: int, seed: int = 0):
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(5000)]
    people = [f"Person{i} Surname{i}" for i in range(n_attributions // 50 + 10)]
    media = ["Reuters", "Associated Press", "AFP", "The New York Times"]
    pool: list[str] = []
    for d in range(n_attributions // 10):
        parts, atts = [], []
        pos = 0
        for i in range(10):
            if pool and rng.random() < 1 / 3:
                claim = rng.choice(pool).split()
                claim[rng.randrange(len(claim))] = rng.choice(words)  # a small edit
                claim = " ".join(claim)
            else:
                claim = " ".join(rng.choices(words, k=rng.randint(6, 30)))
                pool.append(claim)
            r = rng.random()
            source, kind = ((rng.choice(media), "media") if r < 0.2 else
                            ("officials", "anonymous") if r < 0.3 else
                            (rng.choice(people), "person"))
            sentence = f"{source} said {claim}. "
            s = pos + len(source) + 6
            atts.append(Attribution(
                f"a{i}", (s, s + len(claim)), (pos, pos + len(source)),
                source_entity=source, source_kind=kind, type=rng.choice(TYPES),
                parent=f"a{i - 1}" if i and rng.random() < 0.2 else None))
            parts.append(sentence)
            pos += len(sentence)
        yield DocumentResult(f"s{d}", "".join(parts), attributions=atts,
                             meta={"outlet": rng.choice(media),
                                   "date": f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"})


def run(name: str, docs: list[DocumentResult], schema: Path | None) -> None:
    n_att = sum(len(d.attributions) for d in docs)
    t0 = time.perf_counter()
    G = build_graph(docs)
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.gexf"
        write_gexf(G, path)
        t2 = time.perf_counter()
        size = path.stat().st_size
        valid = ""
        if schema is not None and schema.is_dir():
            validate_gexf(path, schema)
            valid = f", valid ({time.perf_counter() - t2:.1f} s to validate)"
    kinds = {}
    for _, k in G.nodes(data="kind"):
        kinds[k] = kinds.get(k, 0) + 1
    print(f"{name}: {len(docs)} docs, {n_att} attributions -> {kinds}, "
          f"{G.number_of_edges()} edges; build {t1 - t0:.2f} s, "
          f"GEXF {t2 - t1:.2f} s ({size / 1e6:.1f} MB){valid}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=Path,
                    default=ROOT.parent / "shared" / "eval" / "polnear.train.jsonl")
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--schema", type=Path, default=ROOT.parent / "shared" / "gexf-schema" / "1.3")
    args = ap.parse_args(argv)
    if args.polnear.is_file():
        run("PolNeAR train", list(polnear(args.polnear)), args.schema)
    else:
        print(f"{args.polnear} not found: skipping PolNeAR", file=sys.stderr)
    for n in args.sizes:
        run(f"synthetic {n}", list(synthetic(n)), args.schema)
    return 0


if __name__ == "__main__":
    sys.exit(main())
