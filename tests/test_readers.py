"""Article readers: every format, folders, stdin, and broken input reported, not raised.

Fixture texts under tests/fixtures/readers/ and the texts built here are synthetic.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from sucesos.models import Article
from sucesos.readers import ReadError, detect_language, parse_date, read_articles
from sucesos.readers.text import split_header

FIXTURES = Path(__file__).parent / "fixtures" / "readers"

ES_BODY = (
    "Hombres armados atacaron a balazos a un grupo de personas en una fiesta en Salvatierra, "
    "Guanajuato; la Fiscalía confirmó la muerte de cuatro personas. Texto sintético."
)
EN_BODY = (
    "Gunmen opened fire on a group of people at a party in Salvatierra, Guanajuato, and the "
    "state prosecutor confirmed that four people were killed. Synthetic text."
)


def read(*paths: str | Path, **kwargs: object) -> tuple[list[Article], list[ReadError]]:
    errors: list[ReadError] = []
    articles = list(read_articles(list(paths), errors=errors, **kwargs))  # type: ignore[arg-type]
    return articles, errors


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


# --- plain text ------------------------------------------------------------------------


def test_txt_header_fills_fields_and_body_is_text() -> None:
    (article,), errors = read(FIXTURES / "celaya.txt")
    assert errors == []
    assert article.title == "Ataque armado en bar de Celaya deja tres muertos"
    assert article.source == "Diario Ejemplo"
    assert article.published == date(2024, 3, 12)
    assert article.url == "https://diario.example.org/seguridad/ataque-bar-celaya"
    assert article.language == "es"
    assert article.text.startswith("Hombres armados atacaron un bar")
    assert "Title:" not in article.text
    assert "\n\nSegún testigos" in article.text
    assert article.metadata == {
        "synthetic": "true",
        "_origin": str(FIXTURES / "celaya.txt"),
    }


def test_txt_without_header_is_all_body() -> None:
    # Starts "CULIACÁN: ..." on its own paragraph: a dateline, not a header.
    (article,), errors = read(FIXTURES / "plain.txt")
    assert errors == []
    assert article.title is None
    assert article.text.startswith("CULIACÁN: Gunmen ambushed")
    assert article.text.endswith("synthetic test text.")
    assert article.language == "en"


def test_split_header_needs_a_known_key_and_a_blank_line() -> None:
    assert split_header("Fecha: 2024-01-05\nFuente: Ejemplo\n\nCuerpo.")[0] == {
        "fecha": "2024-01-05",
        "fuente": "Ejemplo",
    }
    # Unknown keys only: a dateline paragraph, not a header.
    assert split_header("CULIACÁN: Hombres armados.\n\nMás texto.")[0] == {}
    # A non-header line inside the block: no header at all.
    assert split_header("Title: X\nno es encabezado\n\nCuerpo.")[0] == {}
    # No blank line: no body follows, so it is all body.
    assert split_header("Title: Solo título")[0] == {}


def test_txt_header_without_body_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "solo.txt"
    path.write_text("Title: Sin cuerpo\nSource: Ejemplo\n\n\n", "utf-8")
    articles, errors = read(path)
    assert articles == []
    assert [str(e) for e in errors] == [f"{path}: empty text"]


# --- HTML --------------------------------------------------------------------------------


def test_html_boilerplate_removed_and_metadata_read() -> None:
    (article,), errors = read(FIXTURES / "nota.html")
    assert errors == []
    assert article.title == "Enfrentamiento en Zamora deja cinco muertos"
    assert article.source == "Noticiero Ejemplo"
    assert article.url == "https://noticiero.example.com/estados/zamora-enfrentamiento"
    assert article.published_date == date(2024, 5, 3)
    assert article.language == "es"
    assert "Ario de Rayón, municipio de Zamora" in article.text
    assert "carpeta de investigación" in article.text
    for boilerplate in ("MENÚ-NAVEGACIÓN", "PUBLICIDAD-LATERAL", "AVISO-DE-PRIVACIDAD-PIE"):
        assert boilerplate not in article.text


def test_html_without_article_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "vacia.html"
    links = "".join(
        f"<a href='/{s}'>{s}</a> " for s in ("Inicio", "Estados", "Seguridad", "Opinión")
    )
    path.write_text(f"<html><body><nav>{links}</nav><p>Cookies.</p></body></html>", "utf-8")
    articles, errors = read(path)
    assert articles == []
    assert len(errors) == 1
    assert errors[0].path == str(path)
    assert "no article text" in errors[0].reason


def test_html_declared_latin1_charset_is_honoured(tmp_path: Path) -> None:
    body = "".join(f"<p>{ES_BODY} Párrafo {i}.</p>" for i in range(3))
    head = '<head><meta charset="iso-8859-1"><title>Nota</title></head>'
    page = f"<html>{head}<body><article>{body}</article></body></html>"
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("latin-1"))
    (article,), errors = read(path)
    assert errors == []  # declared and honoured: no fallback warning
    assert "Fiscalía confirmó" in article.text


# --- JSON / JSONL ------------------------------------------------------------------------


def test_jsonl_bad_line_among_good_ones() -> None:
    path = FIXTURES / "articles.jsonl"
    articles, errors = read(path)
    assert [a.metadata["_origin"] for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    assert [(e.path, e.line) for e in errors] == [(str(path), 3), (str(path), 6), (str(path), 7)]
    assert errors[0].reason.startswith("invalid JSON")
    assert str(errors[0]) == f"{path}:3: {errors[0].reason}"
    assert "not a JSON object" in errors[1].reason
    assert errors[2].reason == "empty text"
    assert all(e.skipped for e in errors)


def test_jsonl_fields_aliases_and_metadata() -> None:
    first, second, fourth = read(FIXTURES / "articles.jsonl")[0]
    assert first.id == "given-0001"  # a given id is kept
    assert first.metadata["synthetic"] is True
    assert second.source == "news.example.com"  # no source: the URL's host
    assert second.published == datetime(2024, 6, 2, 18, 0, tzinfo=UTC)
    assert second.language == "en"
    assert second.metadata["section"] == "world"
    assert fourth.published == date(2024, 3, 12)  # "fecha": "12/03/2024", day first
    assert "fecha" not in fourth.metadata


def test_json_array_and_single_object(tmp_path: Path) -> None:
    path = FIXTURES / "list.json"
    articles, errors = read(path)
    assert [a.metadata["_origin"] for a in articles] == [f"{path}#0", f"{path}#1"]
    assert articles[0].published == date(2024, 4, 3)  # "3 de abril de 2024"
    assert articles[1].published == date(2024, 4, 4)  # "April 4, 2024"
    assert [a.language for a in articles] == ["es", "en"]
    assert [str(e) for e in errors] == [f"{path}: item 2: not a JSON object"]

    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": ES_BODY, "synthetic": True}), "utf-8")
    (article,), errors = read(single)
    assert errors == []
    assert article.metadata == {"synthetic": True, "_origin": str(single)}


def test_json_file_holding_jsonl_and_broken_json(tmp_path: Path) -> None:
    lines = write_jsonl(tmp_path / "lines.json", [{"text": ES_BODY}, {"text": EN_BODY}])
    articles, errors = read(lines)
    assert errors == []
    assert [a.metadata["_origin"] for a in articles] == [f"{lines}:1", f"{lines}:2"]

    broken = tmp_path / "broken.json"
    broken.write_text('[\n  {"text": "uno"},\n  {"text": \n]\n', "utf-8")
    articles, errors = read(broken)
    assert articles == []
    assert errors[0].line == 4
    assert errors[0].reason.startswith("invalid JSON")


def test_round_trip_of_article_to_dict(tmp_path: Path) -> None:
    original = Article(
        text=ES_BODY,
        url="https://diario.example.org/nota/99",
        title="Ataque en fiesta",
        published=datetime(2024, 1, 2, 3, 4, 5),
        source="Diario Ejemplo",
        language="es",
        fetched_at=datetime(2024, 1, 3, 0, 0, 0),
        metadata={"synthetic": True},
    )
    path = write_jsonl(tmp_path / "out.jsonl", [original.to_dict()])
    (again,), errors = read(path)
    assert errors == []
    assert again.id == original.id
    assert (again.title, again.published, again.fetched_at) == (
        original.title,
        original.published,
        original.fetched_at,
    )
    assert again.metadata == {"synthetic": True, "_origin": f"{path}:1"}


# --- CSV ---------------------------------------------------------------------------------


def test_csv_extra_columns_are_metadata_and_multiline_cells_work() -> None:
    path = FIXTURES / "articles.csv"
    articles, errors = read(path)
    assert [a.metadata["_origin"] for a in articles] == [f"{path}:2", f"{path}:4"]
    first, second = articles
    assert first.text.endswith("El ataque ocurrió en un camino rural.")
    assert first.language == "es"  # empty column: detected
    assert first.published == date(2024, 4, 8)
    assert first.metadata == {"synthetic": "true", "section": "estados", "_origin": f"{path}:2"}
    assert second.id == "csv-0002"
    assert second.metadata["section"] == "world"
    assert [(e.line, e.reason) for e in errors] == [(5, "empty text")]


def test_csv_semicolon_and_tsv(tmp_path: Path) -> None:
    semi = tmp_path / "export.csv"
    semi.write_text(f'titulo;texto;fuente\nBalacera;"{ES_BODY}";Ejemplo\n', "utf-8")
    (article,), errors = read(semi)
    assert errors == []
    assert (article.title, article.source) == ("Balacera", "Ejemplo")

    tsv = tmp_path / "export.tsv"
    tsv.write_text(f"title\ttext\nShooting\t{EN_BODY}\n", "utf-8")
    (article,), errors = read(tsv)
    assert errors == []
    assert article.text == EN_BODY


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "sin_texto.csv"
    path.write_text("title,url\nUno,https://example.org/1\n", "utf-8")
    articles, errors = read(path)
    assert articles == []
    assert errors[0].line == 1
    assert errors[0].reason.startswith("no text column")


# --- encodings, binary, empty, caps --------------------------------------------------------


def test_latin1_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(f"Title: Ataque en Celaya\n\n{ES_BODY}\n".encode("latin-1"))
    (article,), errors = read(path)
    assert "Fiscalía confirmó" in article.text
    assert article.title == "Ataque en Celaya"
    assert len(errors) == 1
    assert errors[0].level == "warning" and not errors[0].skipped
    assert str(errors[0]) == f"{path}: warning: not valid UTF-8, decoded as cp1252"


def test_latin1_lines_in_jsonl_are_decoded_and_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": EN_BODY}).encode("utf-8")
    legacy = json.dumps({"text": ES_BODY}, ensure_ascii=False).encode("cp1252")
    path.write_bytes(good + b"\n" + legacy + b"\n" + legacy + b"\n")
    articles, errors = read(path)
    assert [a.text for a in articles] == [EN_BODY, ES_BODY, ES_BODY]
    assert [(e.line, e.level) for e in errors] == [(2, "warning")]
    assert "2 line(s) not valid UTF-8" in errors[0].reason


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("title,text\nUno,".encode("utf-8-sig") + ES_BODY.encode() + b"\n")
    (article,), errors = read(path)
    assert errors == []
    assert article.title == "Uno"


def test_utf16_whole_file_is_decoded_but_not_streamed(tmp_path: Path) -> None:
    txt = tmp_path / "utf16.txt"
    txt.write_bytes(f"Title: Nota\n\n{ES_BODY}\n".encode("utf-16"))
    jsonl = tmp_path / "utf16.jsonl"
    jsonl.write_bytes((json.dumps({"text": ES_BODY}) + "\n").encode("utf-16"))
    articles, errors = read(txt, jsonl)
    assert [(a.title, a.text) for a in articles] == [("Nota", ES_BODY)]
    assert [(e.path, e.reason) for e in errors] == [
        (str(jsonl), "UTF-16 encoded; convert to UTF-8 to stream it")
    ]


def test_binary_and_empty_files_are_skipped(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    good = write_jsonl(tmp_path / "good.jsonl", [{"text": ES_BODY}])
    articles, errors = read(binary, empty, good)
    assert len(articles) == 1
    assert [(e.path, e.reason) for e in errors] == [
        (str(binary), "binary file (NUL bytes), not text"),
        (str(empty), "empty file"),
    ]


def test_oversize_file_and_oversize_text(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ES_BODY * 50, "utf-8")
    articles, errors = read(big, max_file_bytes=1000)
    assert articles == []
    assert [str(e) for e in errors] == [f"{big}: file is over 1000 bytes"]

    records = write_jsonl(tmp_path / "caps.jsonl", [{"text": ES_BODY * 20}, {"text": EN_BODY}])
    articles, errors = read(records, max_text_chars=1000)
    assert [a.text for a in articles] == [EN_BODY]
    assert errors[0].line == 1
    assert errors[0].reason == f"text is {len(ES_BODY * 20)} characters (cap 1000)"


def test_overlong_jsonl_line_is_skipped_and_stream_goes_on(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "long.jsonl", [{"text": "x" * 5000}, {"text": EN_BODY}])
    articles, errors = read(path, max_file_bytes=1000)
    assert [a.text for a in articles] == [EN_BODY]
    assert [(e.line, e.reason) for e in errors] == [(1, "line longer than 1000 bytes")]


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    odd = tmp_path / "nota.docx"
    odd.write_bytes(b"PK\x03\x04")
    articles, errors = read(tmp_path / "no_existe.jsonl", odd)
    assert articles == []
    assert [e.reason for e in errors] == [
        "no such file or directory",
        "unsupported file type '.docx'",
    ]


def test_gzip_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": ES_BODY}) + "\n" + "{broken\n")
    articles, errors = read(path)
    assert [a.text for a in articles] == [ES_BODY]
    assert [(e.path, e.line) for e in errors] == [(str(path), 2)]


def test_corrupt_gzip_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate")
    articles, errors = read(path, FIXTURES / "plain.txt")
    assert len(articles) == 1
    assert errors[0].path == str(path)
    assert errors[0].reason.startswith("read failed")


def test_errors_none_logs_instead(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="sucesos.readers"):
        articles = list(read_articles([FIXTURES / "articles.jsonl"]))
    assert len(articles) == 3
    assert "articles.jsonl:3: invalid JSON" in caplog.text


# --- folders and stdin ---------------------------------------------------------------------


def test_folder_recursion_sorted_skips_hidden_and_unknown() -> None:
    articles, errors = read(FIXTURES)
    origins = [a.metadata["_origin"] for a in articles]
    rel = [Path(o.split(":")[0].split("#")[0]).relative_to(FIXTURES).as_posix() for o in origins]
    assert rel == [
        "articles.csv",
        "articles.csv",
        "articles.jsonl",
        "articles.jsonl",
        "articles.jsonl",
        "celaya.txt",
        "list.json",
        "list.json",
        "nota.html",
        "plain.txt",
        "nested/deeper/extra.jsonl",
    ]
    assert not any(".hidden" in o or "notes.md" in o or "README" in o for o in origins)
    assert all(e.skipped for e in errors)
    assert len(errors) == 5
    # Deterministic: a second pass gives the same ids in the same order.
    assert [a.id for a in read(FIXTURES)[0]] == [a.id for a in articles]


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"text": ES_BODY, "synthetic": True}) + "\nnot json\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    articles, errors = read("-")
    assert [a.metadata["_origin"] for a in articles] == ["<stdin>:1"]
    assert articles[0].metadata["synthetic"] is True
    assert [(e.path, e.line) for e in errors] == [("<stdin>", 2)]


def test_stdin_text_only_stream_and_sniffing(monkeypatch: pytest.MonkeyPatch) -> None:
    # A StringIO has no .buffer; a header-led text is sniffed as plain text.
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"Title: Balacera\n\n{ES_BODY}\n"))
    (article,), errors = read("-")
    assert errors == []
    assert (article.title, article.text) == ("Balacera", ES_BODY)

    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps([{"text": EN_BODY}])))
    (article,), errors = read("-")
    assert article.metadata["_origin"] == "<stdin>#0"


def test_stdin_explicit_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f'title,text\nUno,"{ES_BODY}"\n'))
    (article,), errors = read("-", stdin_format="csv")
    assert errors == []
    assert article.metadata["_origin"] == "<stdin>:2"


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "lazy.jsonl", [{"text": ES_BODY}])
    iterator = read_articles([path])
    path.unlink()  # nothing has been opened yet, so the iterator now finds nothing
    assert list(iterator) == []


# --- language, dates, ids ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asesinan a tres policías en Culiacán", "es"),
        ("Gunmen kill three police officers in Culiacán", "en"),
        ("Enfrentamiento deja 5 muertos", "es"),
        ("Shootout leaves 5 dead", "en"),
        ("Hallan cuerpos en la carretera", "es"),
        ("Bodies found on the highway", "en"),
        (ES_BODY, "es"),
        (EN_BODY, "en"),
        ("CJNG", None),
        ("12345 67", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_given_language_is_normalized_not_detected(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "lang.jsonl",
        [
            {"text": ES_BODY, "language": "es-MX"},
            {"text": ES_BODY, "language": "English"},  # wrong but given: kept
            {"text": EN_BODY, "language": "pt-BR"},
            {"text": EN_BODY},
        ],
    )
    assert [a.language for a in read(path)[0]] == ["es", "en", "pt", "en"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-12", date(2024, 3, 12)),
        ("12/03/2024", date(2024, 3, 12)),
        ("03/25/2024", date(2024, 3, 25)),
        ("2024-03-12T21:30:00-06:00", datetime.fromisoformat("2024-03-12T21:30:00-06:00")),
        ("Tue, 12 Mar 2024 21:30:00 GMT", datetime(2024, 3, 12, 21, 30, tzinfo=UTC)),
        ("12 de marzo de 2024", date(2024, 3, 12)),
        ("martes 12 de marzo de 2024, 21:30", datetime(2024, 3, 12, 21, 30)),
        (1710300000, datetime(2024, 3, 13, 3, 20, tzinfo=UTC)),
        ("ayer", None),
        ("12 de marzo", None),
        ("", None),
    ],
)
def test_parse_date(value: object, expected: object) -> None:
    assert parse_date(value) == expected


def test_unreadable_date_is_a_warning_and_kept(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "fecha.jsonl", [{"text": ES_BODY, "published": "hace rato"}])
    (article,), errors = read(path)
    assert article.published is None
    assert article.metadata["published_raw"] == "hace rato"
    assert [(e.line, e.level) for e in errors] == [(1, "warning")]


def test_stable_ids(tmp_path: Path) -> None:
    url = "https://diario.example.org/nota/7"
    path = write_jsonl(
        tmp_path / "ids.jsonl",
        [
            {"url": url, "text": ES_BODY},
            {"url": url, "text": "  " + ES_BODY.replace(" ", "  ") + "\n", "title": "Otro"},
            {"url": url + "?x=1", "text": ES_BODY},
            {"id": 12345, "url": url, "text": ES_BODY},
        ],
    )
    a, b, c, d = read(path)[0]
    assert a.id == b.id  # same url + normalized text, whatever the title or spacing
    assert a.id != c.id
    assert d.id == "12345"
    assert a.id == Article(text=ES_BODY, url=url).id
    # Same content from another format gives the same id.
    txt = tmp_path / "same.txt"
    txt.write_text(f"URL: {url}\n\n{ES_BODY}\n", "utf-8")
    assert read(txt)[0][0].id == a.id


def test_txt_without_header_takes_a_headline_first_line_as_title(tmp_path: Path) -> None:
    note = tmp_path / "nota.txt"
    note.write_text(
        "Emboscan a policías estatales en Culiacán (sintético)\n"
        "[Texto sintético] Hombres armados atacaron a una patrulla estatal.\n",
        "utf-8",
    )
    (article,), _ = read(note)
    assert article.title == "Emboscan a policías estatales en Culiacán (sintético)"
    assert article.text.startswith("Emboscan a policías")  # the body keeps it: offsets hold
