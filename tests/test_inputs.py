"""Input readers: every format, odd encodings, and bad files reported by name and line."""

import gzip
import io
import json
import tracemalloc

import pytest

from quotegraph.inputs import InputDocument, InputError, read_inputs

ARTICLE = "The harbour will reopen in May, the port director said on Monday."
ARTICLE_2 = "“Nobody told us,” said a ferry captain who asked not to be named."


def split(items):
    docs = [i for i in items if isinstance(i, InputDocument)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(docs) + len(errors) == len(items)
    return docs, errors


def test_inputs_text_file_and_folder_recursive(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "b.txt").write_text(ARTICLE_2, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    for name in ("quotegraph.db", "quotegraph.db-wal", "quotegraph.db-shm"):  # a store kept in the corpus folder
        (tmp_path / name).write_bytes(b"SQLite format 3\x00" + bytes(100))
    docs, errors = split(list(read_inputs(tmp_path)))
    assert errors == []
    assert [(d.id, d.text, d.meta) for d in docs] == [
        ("a", ARTICLE, {}),
        ("sub/deeper/b", ARTICLE_2, {}),
    ]
    assert docs[1].origin == str(tmp_path / "sub" / "deeper" / "b.txt")


def test_inputs_single_file_id_is_stem_and_text_kept_verbatim(tmp_path):
    text = "Line one,\r\nshe said.\r\n"
    (tmp_path / "report-7.txt").write_bytes(text.encode("utf-8"))
    (doc,) = read_inputs(str(tmp_path / "report-7.txt"))
    assert doc.id == "report-7"
    assert doc.text == text  # no newline translation: offsets point into what is stored


def test_inputs_glob_pattern(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.txt").write_text(ARTICLE)
    (tmp_path / "x" / "two.md").write_text(ARTICLE_2)
    (tmp_path / "x" / "three.csv").write_text("text\nhello\n")
    docs, errors = split(list(read_inputs(str(tmp_path / "**" / "*.txt"))))
    assert [d.text for d in docs] == [ARTICLE] and errors == []
    nothing = list(read_inputs(str(tmp_path / "*.nope")))
    assert len(nothing) == 1 and "no file matches" in nothing[0].message


def test_inputs_missing_path_is_an_error_not_an_exception(tmp_path):
    (err,) = read_inputs(tmp_path / "absent.txt")
    assert isinstance(err, InputError)
    assert err.origin.endswith("absent.txt") and "no such file" in err.message


def test_inputs_stdin_text_and_jsonl():
    (doc,) = read_inputs("-", stdin=io.BytesIO(ARTICLE.encode("utf-8")))
    assert (doc.id, doc.text, doc.origin) == ("stdin", ARTICLE, "<stdin>")
    lines = b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n'
    docs = list(read_inputs(["-"], stdin=io.BytesIO(lines)))
    assert [(d.id, d.text) for d in docs] == [("s1", "One."), ("s2", "Two.")]
    docs = list(read_inputs(["-"], fmt="jsonl", stdin=io.BytesIO(lines)))
    assert [d.origin for d in docs] == ["<stdin>:1", "<stdin>:2"]


def test_inputs_jsonl_fields_normalised_and_others_kept(tmp_path):
    records = [
        {"id": 17, "text": ARTICLE, "title": "Port to reopen", "date": "2024-03-04",
         "url": "https://courier.example/port", "outlet": "The Courier", "authors": ["A. Reed", "B. Lund"],
         "section": "local"},
        {"text": ARTICLE_2, "source_domain": "bay.example"},
    ]  # fmt: skip
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    docs, errors = split(list(read_inputs(path)))
    assert errors == []
    assert docs[0].id == "17"
    assert docs[0].meta == {
        "title": "Port to reopen", "date": "2024-03-04", "url": "https://courier.example/port",
        "outlet": "The Courier", "author": "A. Reed, B. Lund", "section": "local",
    }  # fmt: skip
    assert (docs[1].id, docs[1].meta, docs[1].origin) == ("news:2", {"outlet": "bay.example"}, f"{path}:2")


def test_inputs_news_please_record(tmp_path):
    record = {
        "maintext": ARTICLE, "title": "Port to reopen", "date_publish": "2024-03-04 09:12:00",
        "source_domain": "courier.example", "url": "https://courier.example/p", "authors": ["A. Reed"],
        "language": "en", "description": None,
    }  # fmt: skip
    (tmp_path / "np.json").write_text(json.dumps(record), encoding="utf-8")
    (doc,) = read_inputs(tmp_path / "np.json")
    assert doc.text == ARTICLE and doc.id == "np"
    assert doc.meta == {
        "title": "Port to reopen", "date": "2024-03-04 09:12:00", "outlet": "courier.example",
        "url": "https://courier.example/p", "author": "A. Reed", "language": "en", "description": None,
    }  # fmt: skip


def test_inputs_field_map_and_dotted_names(tmp_path):
    record = {"uid": "k9", "body_text": ARTICLE, "info": {"paper": "Gazette", "when": "2020-01-02"}}
    (tmp_path / "odd.jsonl").write_text(json.dumps(record) + "\n")
    (doc,) = read_inputs(
        tmp_path / "odd.jsonl",
        text_field="body_text",
        id_field="uid",
        field_map={"outlet": "info.paper", "date": "info.when"},
    )
    assert (doc.id, doc.text) == ("k9", ARTICLE)
    assert doc.meta["outlet"] == "Gazette" and doc.meta["date"] == "2020-01-02"
    with pytest.raises(ValueError, match="field_map keys"):
        list(read_inputs(tmp_path / "odd.jsonl", field_map={"speaker": "x"}))
    (err,) = read_inputs(tmp_path / "odd.jsonl", text_field="missing")
    assert err.origin.endswith("odd.jsonl:1") and "'missing'" in err.message


def test_inputs_json_list_and_json_lines_named_json(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"text": ARTICLE}, {"text": ""}, {"text": ARTICLE_2}]))
    docs, errors = split(list(read_inputs(tmp_path / "list.json")))
    assert [d.id for d in docs] == ["list:1", "list:3"]
    assert [(e.origin.rsplit("/", 1)[1], e.message) for e in errors] == [("list.json[2]", "empty text in field 'text'")]
    (tmp_path / "lines.json").write_text(json.dumps({"text": "A."}) + "\n" + json.dumps({"text": "B."}) + "\n")
    assert [d.text for d in read_inputs(tmp_path / "lines.json")] == ["A.", "B."]
    (tmp_path / "num.json").write_text("42")
    (err,) = read_inputs(tmp_path / "num.json")
    assert "expected a JSON object" in err.message


def test_inputs_gzip_jsonl(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": ARTICLE}) + "\n")
        fh.write(json.dumps({"text": ARTICLE_2}) + "\n")
    assert [(d.id, d.text) for d in read_inputs(path)] == [("g1", ARTICLE), ("batch:2", ARTICLE_2)]
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    (doc,) = read_inputs(tmp_path / "story.txt.gz")
    assert (doc.id, doc.text) == ("story", ARTICLE)


def test_inputs_truncated_gzip_keeps_earlier_records(tmp_path):
    raw = gzip.compress(("\n".join(json.dumps({"text": f"Doc {i} said."}) for i in range(2000)) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(raw[: len(raw) * 2 // 3])
    docs, errors = split(list(read_inputs(path)))
    assert len(docs) > 100
    assert len(errors) == 1 and "cannot read file" in errors[0].message and errors[0].origin == str(path)


def test_inputs_csv_with_named_columns_and_multiline_cells(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text(
        "doc,body,paper,published,link,section\n"
        f'c1,"{ARTICLE}\nSecond paragraph, she said.",Gazette,2022-02-02,https://g.example/1,metro\n'
        f"c2,{ARTICLE_2.replace(',', '')},Herald,,,\n",
        encoding="utf-8",
    )
    docs, errors = split(
        list(read_inputs(path, text_field="body", id_field="doc",
                         field_map={"outlet": "paper", "date": "published", "url": "link"}))
    )  # fmt: skip
    assert errors == []
    assert [d.id for d in docs] == ["c1", "c2"]
    assert docs[0].text.endswith("Second paragraph, she said.")
    assert docs[0].meta == {"outlet": "Gazette", "date": "2022-02-02", "url": "https://g.example/1", "section": "metro"}
    assert docs[1].meta == {"outlet": "Herald"}
    assert [d.origin for d in docs] == [f"{path}:2", f"{path}:4"]  # c1 spans lines 2-3


def test_inputs_tsv_default_columns(tmp_path):
    (tmp_path / "t.tsv").write_text("id\ttext\toutlet\nt1\tIt is fine, he said.\tWire\n")
    (doc,) = read_inputs(tmp_path / "t.tsv")
    assert (doc.id, doc.text, doc.meta) == ("t1", "It is fine, he said.", {"outlet": "Wire"})


def test_inputs_csv_bad_rows_reported_by_line(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("id,text\nr1,Good one.\nr2\nr3,\nr4,Also good.\n")
    docs, errors = split(list(read_inputs(path)))
    assert [d.id for d in docs] == ["r1", "r4"]
    assert [(e.origin, e.message) for e in errors] == [
        (f"{path}:3", "1 cells where the header has 2"),
        (f"{path}:4", "empty text in field 'text'"),
    ]


def test_inputs_csv_large_cell(tmp_path):
    long_text = "Word said. " * 30000  # beyond the csv module's 128 KiB default
    (tmp_path / "big.csv").write_text(f"text\n{long_text}\n")
    (doc,) = read_inputs(tmp_path / "big.csv")
    assert doc.text == long_text


def test_inputs_encodings(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Le maire a déclaré « non », a-t-il dit.".encode("latin-1"))
    (tmp_path / "cp.txt").write_bytes("He said “no” – twice.".encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes("\ufeffA BOM is stripped, she said.".encode("utf-8"))
    (tmp_path / "wide.txt").write_bytes("Sixteen bits, he said.".encode("utf-16"))
    docs = {d.id: d for d in read_inputs(tmp_path)}
    assert docs["latin"].text == "Le maire a déclaré « non », a-t-il dit."
    assert docs["latin"].meta == {"encoding": "cp1252"}
    assert docs["cp"].text == "He said “no” – twice." and docs["cp"].meta == {"encoding": "cp1252"}
    assert docs["bom"].text == "A BOM is stripped, she said." and docs["bom"].meta == {}
    assert docs["wide"].text == "Sixteen bits, he said."
    (err,) = read_inputs(tmp_path / "latin.txt", encoding="utf-8")
    assert "cannot decode as utf-8" in err.message


def test_inputs_latin1_line_in_jsonl(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "caf\xe9 owner said"}\n' + '{"text": "café"}\n'.encode("utf-8"))
    first, second = read_inputs(path)
    assert first.text == "café owner said" and first.meta == {"encoding": "cp1252"}
    assert second.text == "café" and second.meta == {}


def test_inputs_html_extracted_with_metadata(tmp_path):
    pytest.importorskip("trafilatura")
    html = """<html><head><title>Ferry strike | Bay Courier</title>
    <meta name="author" content="Ines Varga"><meta property="og:site_name" content="Bay Courier">
    <meta property="article:published_time" content="2023-09-14"></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Ferry crews walk out</h1>
    <p>Ferry crews stopped work on Thursday morning, leaving hundreds of commuters waiting on the quay.</p>
    <p>"We gave the company every chance to talk," said Tomas Lind, a deckhand for eleven years.</p>
    </article><footer>All rights reserved</footer></body></html>"""
    (tmp_path / "strike.html").write_text(html, encoding="utf-8")
    (doc,) = read_inputs(tmp_path)
    assert doc.id == "strike"
    assert "said Tomas Lind" in doc.text and "All rights reserved" not in doc.text and "<p>" not in doc.text
    assert doc.meta["title"] == "Ferry crews walk out"
    assert doc.meta["author"] == "Ines Varga" and doc.meta["date"] == "2023-09-14"
    assert doc.meta["outlet"] == "Bay Courier" and doc.meta["extracted_from"] == "html"


def test_inputs_html_without_trafilatura_says_how_to_install(tmp_path, monkeypatch):
    import builtins

    from quotegraph.inputs import MissingDependencyError

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    (tmp_path / "p.html").write_text("<html><body><p>Hi.</p></body></html>")
    with pytest.raises(MissingDependencyError, match=r"pip install 'quotegraph\[html\]'"):
        list(read_inputs(tmp_path / "p.html"))


def test_inputs_mixed_bad_folder(tmp_path):
    """Good files are all read; every bad one is reported by name, and by line where there is one."""
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    (tmp_path / "old.txt").write_bytes("Il a dit « ça suffit ».".encode("latin-1"))
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "f1", "text": "First, they said."}) + "\n"
        + '{"id": "f2", "text": "broken\n'
        + json.dumps({"id": "f3", "text": "Third, they said."}) + "\n"
        + json.dumps(["not", "a", "record"]) + "\n"
    )  # fmt: skip
    (tmp_path / "sheet.csv").write_text("headline,story\nA,B\n")
    (tmp_path / "empty.jsonl").write_text("")
    docs, errors = split(list(read_inputs(tmp_path)))
    assert sorted(d.id for d in docs) == ["f1", "f3", "good", "old"]
    reported = {e.origin[len(str(tmp_path)) + 1 :]: e.message for e in errors}
    assert reported == {
        "blank.txt": "empty file",
        "empty.jsonl": "empty file",
        "empty.txt": "empty file",
        "feed.jsonl:2": "not valid JSON: Unterminated string starting at (column 22)",
        "feed.jsonl:4": "expected a JSON object, found list",
        "photo.jpg": "binary file (contains NUL bytes), not text",
        "sheet.csv:1": "no text column (looked for text, maintext, content, body, article, full_text); "
        "the columns are headline, story",
    }


def test_inputs_csv_without_the_named_column(tmp_path):
    (tmp_path / "a.csv").write_text("id,text\n1,Fine, said he.\n")
    (err,) = read_inputs(tmp_path / "a.csv", text_field="body")
    assert (err.origin, err.message) == (f"{tmp_path / 'a.csv'}:1", "no text column 'body'; the columns are id, text")
    (err,) = read_inputs(tmp_path / "a.csv", id_field="uid")
    assert "no id column 'uid'" in err.message


def test_inputs_unknown_format_refused():
    with pytest.raises(ValueError, match="unknown input format 'pdf'"):
        list(read_inputs("x", fmt="pdf"))


def test_inputs_jsonl_is_streamed(tmp_path):
    """Peak memory while reading does not grow with the file."""

    def peak(n):
        path = tmp_path / f"n{n}.jsonl"
        with open(path, "w") as fh:
            for i in range(n):
                fh.write(json.dumps({"id": i, "text": f"Document {i} is here, the clerk said. " * 20}) + "\n")
        tracemalloc.start()
        count = sum(1 for _ in read_inputs(path))
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == n
        return top

    small, large = peak(200), peak(4000)  # the large file is ~3.5 MB
    assert large < small + 500_000


def test_inputs_nested_meta_and_annotations(tmp_path):
    """Records in the evaluation format: metadata in a nested "meta" object,
    gold annotations beside the text; the metadata is normalised, the
    annotations stay out of it."""
    path = tmp_path / "gold.jsonl"
    record = {
        "id": "d1",
        "text": "The mayor said the bridge would reopen.",
        "meta": {"publisher": "courier", "publication_date": "2016-05-02", "title": "Bridge", "annotator": "x1"},
        "attributions": [{"id": "E1", "content": [15, 38]}],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = list(read_inputs([path]))
    assert doc.meta["outlet"] == "courier"
    assert doc.meta["date"] == "2016-05-02"
    assert doc.meta["title"] == "Bridge"
    assert doc.meta["annotator"] == "x1"
    assert "attributions" not in doc.meta and "meta" not in doc.meta


def test_inputs_folder_walk_skips_code_and_notebooks(tmp_path):
    (tmp_path / "article.txt").write_text("The mayor said the bridge would reopen.", encoding="utf-8")
    (tmp_path / "make_figures.py").write_text("print('hello')\n", encoding="utf-8")
    (tmp_path / "teaching.ipynb").write_text('{"cells": []}', encoding="utf-8")
    assert [d.id for d in read_inputs([tmp_path])] == ["article"]
    # named on its own, any file is read
    assert [d.id for d in read_inputs([tmp_path / "make_figures.py"])] == ["make_figures.py"]
