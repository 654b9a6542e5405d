"""quotegraph.report: the teaching page is safe with hostile text and shows every span;
the plot and report commands; the page in headless Chromium; the teaching notebook runs."""

from __future__ import annotations

import base64
import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner
from lxml import etree

from quotegraph import report
from quotegraph.cli import cli
from quotegraph.model import Attribution, DocumentResult

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CHROMIUM = Path("/usr/bin/chromium")

TEXT = (
    "Mayor <b>Ann</b> said: “<script>document.title='pwned'</script> &amp; &lt;i&gt; costs 5 < 6 > 4.”\n\n"
    "Reuters reported that officials said the bridge & the road are shut. It was \"bad\" for all.\n"
)


def span(part: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(part, start)
    return i, i + len(part)


@pytest.fixture
def hostile() -> DocumentResult:
    """Markup, entities and a script in the text and metadata; nested and overlapping spans."""
    quote = span("“<script>document.title='pwned'</script> &amp; &lt;i&gt; costs 5 < 6 > 4.”")
    return DocumentResult("evil\"<id>", TEXT, meta={
        "title": "</title><script>alert(1)</script> Roads & <i>bridges</i>",
        "outlet": "<img src=x onerror=alert(2)>", "date": "2024-03-01"}, attributions=[
        Attribution("a1", quote, span("Mayor <b>Ann</b>"), span("said"), type="direct",
                    source_entity="Ann \"<b>\"", source_kind="person", rule="direct<quote>", confidence=0.9),
        Attribution("a2", span("officials said the bridge & the road are shut"), span("Reuters"),
                    span("reported"), source_entity="Reuters", source_kind="media", rule="verb"),
        Attribution("a3", span("the bridge & the road are shut"), span("officials"), span("said", 60),
                    source_kind="anonymous", parent="a2", rule="verb"),
        # overlaps a3's content and runs past a2's: not nestable as elements
        Attribution("a4", span("road are shut. It was \"bad\""), span("It"), None,
                    source_entity="<svg onload=alert(3)>", source_kind="unknown", rule="odd"),
    ])  # fmt: skip


def _tree(page: str):
    return lxml.html.document_fromstring(page)


def _check_safe(doc, text: str) -> None:
    scripts = doc.xpath("//script")
    assert len(scripts) == 1 and scripts[0].text == report._SCRIPT
    assert not doc.xpath("//b | //i | //svg | //link | //iframe | //object")
    assert all(img.get("src", "").startswith("data:image/svg+xml;base64,") for img in doc.xpath("//img"))
    assert not [el for el in doc.iter() if isinstance(el.tag, str) and any(a.startswith("on") for a in el.attrib)]
    (article,) = doc.xpath('//div[@id="article"]')
    assert article.text_content() == text


def test_report_hostile_text_is_escaped_and_kept_exactly(hostile):
    page = report.article_report(hostile, diagram=False)
    doc = _tree(page)
    _check_safe(doc, TEXT)
    assert doc.findtext(".//title") == "</title><script>alert(1)</script> Roads & <i>bridges</i>"
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    csp = doc.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp.split("script-src")[1]


def test_report_highlights_nested_and_overlapping_spans(hostile):
    doc = _tree(report.article_report(hostile, diagram=False))
    segs = doc.xpath('//div[@id="article"]//span[contains(concat(" ", @class, " "), " hl ")]')
    by_text = {}
    for s in segs:
        by_text.setdefault(s.text_content(), []).append(s)
    # numbers follow content start: a1=1, a2=2, a3=3, a4=4
    (who,) = by_text["Mayor <b>Ann</b>"]
    assert who.get("class") == "hl s" and who.get("data-p") == "1"
    assert by_text["said"][0].get("class") == "hl q"
    (officials,) = by_text["officials"]
    assert officials.get("data-a") == "2 3" and officials.get("data-p") == "3" and "s" in officials.get("class").split()
    (bridge,) = by_text["the bridge & the "]
    assert bridge.get("data-a") == "2 3" and bridge.get("data-p") == "3"
    (road,) = by_text["road are shut"]
    assert road.get("data-a") == "2 3 4" and road.get("data-p") == "4"
    (tail,) = by_text[". "]
    assert tail.get("data-a") == "4"
    assert officials.get("title").startswith("#3 officials (anonymous) — said · indirect · rule verb · inside #2 Reuters")
    assert officials.get("title").endswith("inside the content of #2")
    # one card per attribution, the rule and the parent named
    cards = doc.xpath('//div[contains(@class, "att")]')
    assert [c.get("id") for c in cards] == ["att-1", "att-2", "att-3", "att-4"]
    assert "direct<quote>" in cards[0].text_content()
    assert "#2 Reuters" in cards[2].text_content()
    # start markers carry the number without adding text
    assert [m.get("data-n") for m in doc.xpath('//span[@class="num"]')] == ["1", "2", "3", "4"]
    rows = doc.xpath('//table[@id="attributions"]/tbody/tr')
    assert [r.get("data-p") for r in rows] == ["1", "2", "3", "4"]
    assert len(doc.xpath('//table[@id="sources"]/tbody/tr')) == 4


def test_report_no_attributions_and_out_of_range_spans():
    doc = DocumentResult("d", "a < b", attributions=[Attribution("x", (2, 99))])
    page = report.article_report(doc)
    tree = _tree(page)
    assert tree.xpath('//div[@id="article"]')[0].text_content() == "a < b"
    assert "none found" in page and "No attributions" in page


def test_report_diagram_is_an_svg_image(hostile):
    doc = _tree(report.article_report(hostile))
    (img,) = doc.xpath('//img[@id="diagram"]')
    svg = base64.b64decode(img.get("src").split(",", 1)[1])
    root = etree.fromstring(svg)
    assert root.tag.endswith("svg")
    assert not root.xpath("//*[local-name()='script']")


def test_report_corpus_page(hostile):
    other = DocumentResult("d2", "Officials said so.", meta={"outlet": "B"}, attributions=[
        Attribution("b1", (15, 17), (0, 9), source_kind="anonymous")])
    page = report.corpus_report([hostile, other], title="<Class> corpus")
    doc = _tree(page)
    assert len(doc.xpath("//script")) == 1
    assert doc.findtext(".//h1") == "<Class> corpus"
    for table in ("summary", "by-outlet", "top-sources", "kinds-by-outlet", "cues", "documents"):
        assert doc.xpath(f'//table[@id="{table}"]'), table
    assert {i.get("id") for i in doc.xpath("//img")} >= {"fig-top-sources", "fig-kinds-by-outlet", "fig-network"}
    outlets = [r[0].text_content() for r in doc.xpath('//table[@id="by-outlet"]/tbody/tr')]
    assert outlets == ["<img src=x onerror=alert(2)>", "B"]


# ---------------------------------------------------------------------- CLI


@pytest.fixture
def predictions(tmp_path, hostile) -> Path:
    other = DocumentResult("d2", "Officials said so. Ann said no.", meta={"outlet": "B", "date": "2024-04-02"},
                           attributions=[Attribution("b1", (15, 17), (0, 9), source_kind="anonymous"),
                                         Attribution("b2", (28, 30), (19, 22), source_entity="Ann",
                                                     source_kind="person")])  # fmt: skip
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(r.to_dict(with_text=True)) + "\n" for r in (hostile, other)), encoding="utf-8")
    return path


def test_report_cli_article_and_corpus(predictions, tmp_path):
    runner = CliRunner()
    out = tmp_path / "a.html"
    res = runner.invoke(cli, ["report", str(predictions), "--id", "d2", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "report on document d2" in res.output
    assert _tree(out.read_text(encoding="utf-8")).xpath('//div[@id="article"]')[0].text_content().startswith("Officials")
    out = tmp_path / "c.html"
    res = runner.invoke(cli, ["report", "--corpus", str(predictions), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    assert _tree(out.read_text(encoding="utf-8")).xpath('//table[@id="by-month"]')
    res = runner.invoke(cli, ["report", str(predictions), "-o", str(tmp_path / "x.txt")])
    assert res.exit_code == 2 and "FILE.html" in res.output


@pytest.mark.parametrize("kind, suffix", [("article", ".png"), ("sources-network", ".svg"), ("top-sources", ".pdf"),
                                          ("kinds-by-outlet", ".png"), ("anonymous-share", ".svg")])  # fmt: skip
def test_report_cli_plot(predictions, tmp_path, kind, suffix):
    out = tmp_path / f"fig{suffix}"
    args = ["plot", kind, str(predictions), "-o", str(out)] + (["--id", "d2"] if kind == "article" else [])
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    head = out.read_bytes()[:8]
    assert head.startswith({".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}[suffix])


def test_report_cli_plot_errors(predictions, tmp_path):
    runner = CliRunner()
    res = runner.invoke(cli, ["plot", "top-sources", str(predictions), "-o", str(tmp_path / "x.gif")])
    assert res.exit_code == 2 and "FILE.png" in res.output
    res = runner.invoke(cli, ["plot", "pie", str(predictions), "-o", str(tmp_path / "x.png")])
    assert res.exit_code == 2
    res = runner.invoke(cli, ["plot", "article", "-o", str(tmp_path / "x.png")])
    assert res.exit_code == 2 and "--id" in res.output


# ------------------------------------------------------------------ Chromium


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium package (apt-get install -y chromium)")
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
           f"--user-data-dir={tmp_path / 'chromium-profile'}", *args]  # fmt: skip
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


def test_report_chromium_dom(hostile, tmp_path):
    page = tmp_path / "report.html"
    report.write_report(report.article_report(hostile), str(page))
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri() + "#a3").stdout
    doc = _tree(dom)
    assert doc.body.get("data-ready") == "1"  # the page's own script ran under its CSP
    assert doc.findtext(".//title").startswith("</title><script>")  # not 'pwned'
    _check_safe(doc, TEXT)
    segs = doc.xpath('//div[@id="article"]//span[contains(concat(" ", @class, " "), " hl ")]')
    assert len(segs) >= 10
    assert doc.xpath('//img[@id="diagram"][starts-with(@src, "data:image/svg+xml;base64,")]')
    # the #a3 link opened card 3 and marked its spans and table row
    assert doc.xpath('//div[@id="att-3"]')[0].get("hidden") is None
    assert doc.xpath('//div[@id="att-1"]')[0].get("hidden") is not None
    active = doc.xpath('//*[contains(concat(" ", @class, " "), " active ")]')
    assert active and all("3" in (el.get("data-a") or el.get("data-p")).split() for el in active)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.slow
def test_report_chromium_screenshot(nlp, tmp_path):
    """The README screenshot: an example article, card 2 open. QUOTEGRAPH_SCREENSHOT=PATH keeps it."""
    import quotegraph

    text = (EXAMPLES / "harbour-strike.txt").read_text(encoding="utf-8")
    result = quotegraph.extract(text, id="harbour-strike", nlp=nlp,
                                meta={"title": "Dock Workers Walk Out At Port Halvard",
                                      "outlet": "quotegraph examples", "date": "2024-03-11"})  # fmt: skip
    page = tmp_path / "report.html"
    report.write_report(report.article_report(result), str(page))
    shot = tmp_path / "report.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri() + "#a2")
    assert _png_size(shot) == (1200, 1600)
    assert shot.stat().st_size > 50_000
    if os.environ.get("QUOTEGRAPH_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["QUOTEGRAPH_SCREENSHOT"])


# ------------------------------------------------------------------ notebook


@pytest.mark.slow
def test_report_teaching_notebook_runs(tmp_path, monkeypatch):
    """examples/teaching.ipynb runs top to bottom (nbclient; in-process when it is not installed)."""
    monkeypatch.setenv("QUOTEGRAPH_OUT", str(tmp_path))
    try:
        import ipykernel  # noqa: F401
        import nbformat
        from nbclient import NotebookClient
    except ImportError:
        monkeypatch.chdir(EXAMPLES)
        cells = json.loads((EXAMPLES / "teaching.ipynb").read_text(encoding="utf-8"))["cells"]
        env: dict = {"__name__": "__main__"}
        for cell in cells:
            if cell["cell_type"] == "code":
                source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                exec(compile(source, "teaching.ipynb", "exec"), env)  # noqa: S102
    else:
        nb = nbformat.read(EXAMPLES / "teaching.ipynb", as_version=4)
        NotebookClient(nb, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(EXAMPLES)}}).execute()
        errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
        assert not errors
    assert (tmp_path / "harbour-strike.html").exists()
    assert (tmp_path / "corpus.html").exists()
