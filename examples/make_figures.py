"""Make the figures of docs/figures.md.

Run from anywhere (paths are relative to this file)::

    python examples/make_figures.py

1. The seed article (``../shared/seed/deir-al-zor.txt``): its provenance
   graph, ``docs/seed-provenance.png``.
2. The 840 PolNeAR training articles (``../shared/eval/polnear.train.jsonl``):
   extracted with :func:`quotegraph.extract_many`, merged into one quote graph,
   drawn as ``docs/polnear-sources.png`` (network of the top sources),
   ``docs/polnear-top-sources.png``, ``docs/polnear-kinds-by-outlet.png`` and
   ``docs/polnear-anonymous-share.png``, and written as GEXF to
   ``/tmp/polnear.gexf`` (or ``--gexf``).

The PolNeAR figures show source names only, never article text. With
``--results FILE`` the extraction results are read from FILE (JSON lines of
``DocumentResult.to_dict(with_text=True)``) when it exists, and written there
otherwise, so the figures can be redrawn without extracting again.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # a script: choose the backend before pyplot is imported

import matplotlib.pyplot as plt  # noqa: E402

import quotegraph  # noqa: E402
from quotegraph.export import write_graph  # noqa: E402
from quotegraph.graph import build_graph  # noqa: E402
from quotegraph.model import DocumentResult  # noqa: E402
from quotegraph.plots import (  # noqa: E402
    plot_anonymous_share,
    plot_article,
    plot_kinds_by_outlet,
    plot_sources_network,
    plot_top_sources,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DOCS = ROOT / "docs"


def polnear_records(path: Path):
    """PolNeAR lines as ``extract_many`` records: id, text, meta (outlet, date, title)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            meta = d.get("meta") or {}
            yield {
                "id": d["id"],
                "text": d["text"],
                "meta": {
                    "outlet": meta.get("publisher"),
                    "date": meta.get("publication_date"),
                    "title": meta.get("title"),
                },
            }


def save(ax, name: str) -> Path:
    path = DOCS / name
    ax.figure.savefig(path, dpi=110)
    plt.close(ax.figure)
    print(f"  wrote {path.relative_to(ROOT)}")
    return path


def seed_figure() -> None:
    t0 = time.perf_counter()
    text = (SHARED / "seed" / "deir-al-zor.txt").read_text(encoding="utf-8")
    title = text.strip().splitlines()[0]
    result = quotegraph.extract(text, id="deir-al-zor", meta={"title": title})
    G = build_graph([result])
    print(f"seed article: {len(result.attributions)} attributions, "
          f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges "
          f"({time.perf_counter() - t0:.1f} s with the model load)")
    save(plot_article(G), "seed-provenance.png")


def polnear_results(path: Path, cache: Path | None) -> list[DocumentResult]:
    if cache is not None and cache.exists():
        with cache.open(encoding="utf-8") as f:
            results = [DocumentResult.from_dict(json.loads(line)) for line in f]
        print(f"PolNeAR: {len(results)} results read from {cache}")
        return results
    t0 = time.perf_counter()
    results = list(quotegraph.extract_many(polnear_records(path), n_process=1))
    dt = time.perf_counter() - t0
    print(f"PolNeAR: extracted {len(results)} articles in {dt:.0f} s "
          f"({len(results) / dt:.1f} articles/s)")
    if cache is not None:
        with cache.open("w", encoding="utf-8") as f:
            for r in results:
                f.write(json.dumps(r.to_dict(with_text=True)) + "\n")
    return results


def polnear_figures(cache: Path | None, gexf: Path) -> None:
    results = polnear_results(SHARED / "eval" / "polnear.train.jsonl", cache)
    t0 = time.perf_counter()
    G = build_graph(results)
    kinds: dict[str, int] = {}
    for _, kind in G.nodes(data="kind"):
        kinds[kind] = kinds.get(kind, 0) + 1
    relays = sum(1 for *_, k in G.edges(data="kind") if k == "relays")
    print(f"  graph built in {time.perf_counter() - t0:.1f} s: {G.number_of_nodes()} nodes "
          f"({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}), "
          f"{G.number_of_edges()} edges ({relays} relays), "
          f"{G.graph['attributions']} attributions")
    save(plot_sources_network(G, top=30, include_local=False), "polnear-sources.png")
    save(plot_top_sources(G, top=20, include_local=False), "polnear-top-sources.png")
    save(plot_kinds_by_outlet(G), "polnear-kinds-by-outlet.png")
    save(plot_anonymous_share(G, freq="M", by_outlet=False, min_count=20),
         "polnear-anonymous-share.png")
    t0 = time.perf_counter()
    written = write_graph(G, gexf)
    size = sum(p.stat().st_size for p in written)
    print(f"  wrote {', '.join(map(str, written))} ({size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - t0:.1f} s")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=None,
                        help="JSON lines of PolNeAR results to reuse (or write)")
    parser.add_argument("--gexf", type=Path, default=Path("/tmp/polnear.gexf"))
    parser.add_argument("--seed-only", action="store_true", help="skip PolNeAR")
    args = parser.parse_args(argv)
    DOCS.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    seed_figure()
    if not args.seed_only:
        polnear_figures(args.results, args.gexf)
    print(f"total {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
