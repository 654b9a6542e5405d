"""The dask engine on one machine: ``extract_dask`` over a LocalCluster against
one local process, on the same PolNeAR train texts, and whether both find the
same attributions.

Usage::

    python benchmarks/bench_dask.py [--docs 150] [--workers 2] [--partition-size 25]
    python benchmarks/bench_dask.py --scheduler tcp://10.0.0.5:8786   # a real cluster

The cluster is started (and the model loaded on every worker) inside the
timed run: that is what a caller of ``quotegraph extract --engine dask``
pays. A second run over the same folder shows the cost of a resumed run
with every partition done. PolNeAR is read from ``../shared/eval/`` at run
time and never stored in the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "polnear.train.jsonl"


def _lines(results) -> list[str]:
    out = []
    for r in results:
        d = r.to_dict()
        out += [json.dumps({"doc": r.id, **a}, sort_keys=True) for a in d["attributions"]]
        out += [json.dumps({"doc": r.id, "source": s}, sort_keys=True) for s in d["sources"]]
    return sorted(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    ap.add_argument("--partition-size", type=int, default=25)
    ap.add_argument("--scheduler", default=None, help="address of a running scheduler instead of a LocalCluster")
    ap.add_argument("--fast", action="store_true", help="the selective path on the workers")
    args = ap.parse_args(argv)
    if not DATA.is_file():
        print(f"{DATA} not found", file=sys.stderr)
        return 2
    from quotegraph import extract_many, load_nlp
    from quotegraph.distributed import extract_dask, read_results

    with DATA.open(encoding="utf-8") as fh:
        records = [{"id": str(r["id"]), "text": r["text"]} for r in map(json.loads, islice(fh, args.docs))]
    print(f"{len(records)} docs, load average {os.getloadavg()[0]:.2f}", flush=True)

    nlp = load_nlp()
    t0 = time.perf_counter()
    local = list(extract_many(records, nlp=nlp, fast=args.fast))
    t_local = time.perf_counter() - t0
    print(f"local, 1 process (model already loaded): {t_local:.1f} s, {len(records) / t_local:.2f} docs/s", flush=True)

    with tempfile.TemporaryDirectory(prefix="qg-dask-") as tmp:
        out = Path(tmp) / "parts"
        t0 = time.perf_counter()
        summary = extract_dask(records, out, scheduler=args.scheduler, n_workers=args.workers,
                               partition_size=args.partition_size, fast=args.fast)  # fmt: skip
        t_dask = time.perf_counter() - t0
        print(f"dask, {args.scheduler or f'LocalCluster of {args.workers} processes'} (start and model loads "
              f"included): {t_dask:.1f} s, {len(records) / t_dask:.2f} docs/s; {summary}", flush=True)
        t0 = time.perf_counter()
        again = extract_dask(records, out, scheduler=args.scheduler, n_workers=args.workers,
                             partition_size=args.partition_size, fast=args.fast)  # fmt: skip
        print(f"resumed run, all partitions done: {time.perf_counter() - t0:.1f} s; {again}", flush=True)
        same = _lines(read_results(out)) == _lines(local)
    print(f"ratio dask / local: {t_local / t_dask:.2f}x; same attributions and sources as local: {same}")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
