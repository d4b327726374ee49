"""The build cache (`sucesos.extract.build_cache`): built matchers and the gazetteer index are
read back instead of rebuilt, a change of data makes a new entry, and a corrupt, truncated or
unwritable cache is rebuilt or skipped, never fatal."""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sucesos.extract import build_cache
from sucesos.extract.lexicon import PhraseMatcher
from sucesos.extract.text import fold


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(build_cache.ENV_CACHE, str(folder))
    return folder


def counting(value: object) -> tuple[Callable[[], object], list[int]]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value

    return build, calls


def entry_path(cache_dir: Path, name: str) -> Path:
    return cache_dir / build_cache.fingerprint() / f"{name}.pickle"


def test_a_built_value_is_read_back_instead_of_rebuilt(cache_dir: Path) -> None:
    build, calls = counting({"asesinan": ["homicide"]})
    assert build_cache.cached("lexicon-test", build) == {"asesinan": ["homicide"]}
    assert build_cache.cached("lexicon-test", build) == {"asesinan": ["homicide"]}
    assert len(calls) == 1
    assert entry_path(cache_dir, "lexicon-test").is_file()


def test_a_matcher_read_from_the_cache_finds_what_a_built_one_finds(cache_dir: Path) -> None:
    phrases = [("{asesinar}", "homicide"), ("balacera", "clash"), ("emboscad*", "ambush")]
    text = fold("Asesinaron a dos agentes tras una balacera; los emboscados huyeron.")
    built = PhraseMatcher(phrases)
    entries = list((cache_dir / build_cache.fingerprint()).glob("matcher-*.pickle"))
    read_back = PhraseMatcher(phrases)
    assert len(entries) == 1
    assert read_back.find(text) == built.find(text)
    assert [m.value for m in read_back.find(text)] == ["homicide", "clash", "ambush"]


def test_other_phrases_make_another_entry(cache_dir: Path) -> None:
    first = PhraseMatcher([("balacera", "clash")])
    second = PhraseMatcher([("balacera", "clash"), ("tiroteo", "clash")])
    folder = cache_dir / build_cache.fingerprint()
    assert len(list(folder.glob("matcher-*.pickle"))) == 2
    assert first.find(fold("un tiroteo")) == []
    assert len(second.find(fold("un tiroteo"))) == 1


def test_a_change_of_data_or_code_is_rebuilt(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build, calls = counting(["Celaya"])
    monkeypatch.setattr(build_cache, "fingerprint", lambda: "a" * 24)
    build_cache.cached("gazetteer-test", build)
    monkeypatch.setattr(build_cache, "fingerprint", lambda: "b" * 24)
    build_cache.cached("gazetteer-test", build)
    assert len(calls) == 2
    assert sorted(p.name for p in cache_dir.iterdir()) == ["a" * 24, "b" * 24]


def test_the_fingerprint_changes_with_the_data_and_the_extraction_code(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "data" / "lexicon").mkdir(parents=True)
    (package / "extract" / "__pycache__").mkdir(parents=True)
    lexicon = package / "data" / "lexicon" / "triggers.toml"
    lexicon.write_text('homicide = ["{asesinar}"]\n')
    module = package / "extract" / "kinds.py"
    module.write_text("PRIORITY = 1\n")
    first = build_cache.tree_hash(package, "0.1.0")
    (package / "extract" / "__pycache__" / "kinds.pyc").write_bytes(b"compiled")
    (package / "extract" / "notes.txt").write_text("not code")
    assert build_cache.tree_hash(package, "0.1.0") == first
    lexicon.write_text('homicide = ["{asesinar}", "{ejecutar}"]\n')
    second = build_cache.tree_hash(package, "0.1.0")
    module.write_text("PRIORITY = 2\n")
    third = build_cache.tree_hash(package, "0.1.0")
    assert len({first, second, third, build_cache.tree_hash(package, "0.2.0")}) == 4


def test_a_corrupt_entry_is_rebuilt_and_rewritten(
    cache_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    build, calls = counting(("Culiacán", "25006"))
    build_cache.cached("index-test", build)
    entry_path(cache_dir, "index-test").write_bytes(b"not a pickle at all")
    with caplog.at_level(logging.WARNING, logger="sucesos.extract"):
        assert build_cache.cached("index-test", build) == ("Culiacán", "25006")
    assert "[E003]" in caplog.text
    assert build_cache.cached("index-test", build) == ("Culiacán", "25006")
    assert len(calls) == 2  # built, rebuilt after the corruption, then read back


def test_a_truncated_entry_is_rebuilt(cache_dir: Path) -> None:
    build, calls = counting(list(range(5000)))
    build_cache.cached("truncated-test", build)
    path = entry_path(cache_dir, "truncated-test")
    path.write_bytes(path.read_bytes()[:100])
    assert build_cache.cached("truncated-test", build) == list(range(5000))
    assert len(calls) == 2


def test_an_entry_holding_another_name_is_rebuilt(cache_dir: Path) -> None:
    build, calls = counting("right")
    build_cache.cached("one-test", build)
    path = entry_path(cache_dir, "one-test")
    path.write_bytes(pickle.dumps(("other-test", "wrong")))
    assert build_cache.cached("one-test", build) == "right"
    assert len(calls) == 2


def test_an_unwritable_cache_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache folder cannot be made under a file")
    monkeypatch.setenv(build_cache.ENV_CACHE, str(blocker / "cache"))
    build, calls = counting({"Juárez": "08037"})
    with caplog.at_level(logging.WARNING, logger="sucesos.extract"):
        assert build_cache.cached("blocked-test", build) == {"Juárez": "08037"}
        assert build_cache.cached("other-blocked-test", build) == {"Juárez": "08037"}
    assert caplog.text.count("[E004]") == 1  # once per process, not once per entry
    assert len(calls) == 2


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(build_cache.ENV_CACHE, "off")
    monkeypatch.chdir(tmp_path)
    build, calls = counting(1)
    build_cache.cached("off-test", build)
    build_cache.cached("off-test", build)
    assert len(calls) == 2
    assert build_cache.cache_root() is None


def _build_at_once(folder: str, barrier: multiprocessing.synchronize.Barrier) -> None:
    os.environ[build_cache.ENV_CACHE] = folder

    def build() -> list[str]:
        barrier.wait(timeout=60)  # every process has built and now writes at the same time
        return ["Tijuana", "Mexicali", "Ensenada"] * 1000

    build_cache.cached("race-test", build)


def test_processes_writing_at_once_leave_one_whole_entry(cache_dir: Path) -> None:
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(4)
    workers = [
        context.Process(target=_build_at_once, args=(str(cache_dir), barrier)) for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    folder = cache_dir / build_cache.fingerprint()
    assert [p.name for p in folder.iterdir()] == ["race-test.pickle"]  # no temporary file left
    build, calls = counting(None)
    assert build_cache.cached("race-test", build) == ["Tijuana", "Mexicali", "Ensenada"] * 1000
    assert calls == []


EXTRACT_ONE = """
import datetime, json
from sucesos.extract import extract
from sucesos.models import Article
text = ("Hombres armados asesinaron a tres personas en un bar de Irapuato, Guanajuato, la noche "
        "del sábado, informó la Fiscalía del estado. Horas después, en Celaya, policías "
        "municipales detuvieron a dos sospechosos.")
records = extract(Article(text=text, title="Ataque armado en Irapuato", language="es",
                          published=datetime.date(2026, 11, 14), source="Diario de Prueba"))
print(json.dumps([r.to_dict() for r in records], sort_keys=True, default=str))
"""


def test_extraction_is_the_same_with_a_cold_a_warm_and_no_cache(tmp_path: Path) -> None:
    def run(cache: str) -> list[dict[str, object]]:
        env = {**os.environ, build_cache.ENV_CACHE: cache}
        out = subprocess.run(
            [sys.executable, "-c", EXTRACT_ONE], env=env, capture_output=True, text=True, check=True
        )
        assert "[E00" not in out.stderr
        return json.loads(out.stdout)  # type: ignore[no-any-return]

    cold = run(str(tmp_path / "cache"))
    assert any((tmp_path / "cache").rglob("gazetteer-index.pickle"))
    warm = run(str(tmp_path / "cache"))
    off = run("off")
    assert cold == warm == off
    assert [r["fatalities"] for r in cold if r["category"] != "arrest"] == [3]


def test_language_detection_is_the_same_from_the_cached_model(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sucesos.readers import language

    texts = [
        "Hombres armados irrumpieron en una fiesta y dispararon contra los asistentes; la "
        "fiscalía estatal confirmó cuatro muertos y abrió una investigación.",
        "Gunmen stormed a party and opened fire on the guests; state prosecutors confirmed "
        "four dead and opened an investigation into the attack.",
        "Balacera en Zamora",
        "CJNG",
    ]

    def detect() -> list[tuple[str, float]]:
        language._identifier.cache_clear()
        return [language._identifier().classify(t) for t in texts]

    cold = detect()
    assert [p.name[:7] for p in (cache_dir / "shared").iterdir()] == ["langid-"]
    warm = detect()
    monkeypatch.setenv(build_cache.ENV_CACHE, "off")
    off = detect()
    language._identifier.cache_clear()
    assert cold == warm == off
    assert [lang for lang, _ in cold[:2]] == ["es", "en"]


def test_only_the_most_recently_used_other_versions_are_kept(tmp_path: Path) -> None:
    """Every edit of the data or the extraction code makes a new fingerprint folder: besides
    the one in use, only the few most recently used stay."""
    now = time.time()
    names = [f"{i:024x}" for i in range(6)]
    for i, name in enumerate(names):
        (tmp_path / name).mkdir()
        (tmp_path / name / "entry.pickle").write_bytes(b"x" * 10)
        os.utime(tmp_path / name, (now - 60 * i, now - 60 * i))  # names[0] used last
    (tmp_path / "shared").mkdir()
    build_cache._remove_stale(tmp_path, keep=names[5])
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([*names[: build_cache._KEEP_OTHERS], names[5], "shared"])
