"""Resolution: one event per real-world event across articles and languages, every source's
figures side by side, disputes flagged, syndicated copies counted once, history kept, and a
wrong merge split again.

The stories are synthetic (tests/fixtures/stories/, marked) and go through the REAL
extractor; the demo corpus (synthetic too) adds the Irapuato bar attack told in Spanish and
English, two same-day attacks in Guanajuato and a syndicated copy.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from conftest import PLACES, make_article, make_record, write_jsonl

from sucesos import api
from sucesos.cli import main
from sucesos.models import Actor, Count, Location
from sucesos.resolve import SplitError, resolve_records, split_event
from sucesos.resolve.core import MemoryResolver, choose, compatible
from sucesos.resolve.figures import disagree
from sucesos.resolve.mentions import Cluster, Mention
from sucesos.resolve.syndication import fingerprint, similarity
from sucesos.store import Store, schema

STORIES = Path(__file__).parent / "fixtures" / "stories"
CULIACAN = STORIES / "culiacan.jsonl"
SHOP_ATTACK = {"syn-cln-01", "syn-cln-02", "syn-cln-03", "syn-cln-04"}


def _story(tmp_path: Path, exclude: set[str] = frozenset()) -> Path:  # type: ignore[assignment]
    items = [json.loads(line) for line in CULIACAN.read_text("utf-8").splitlines()]
    return write_jsonl(tmp_path / "story.jsonl", [i for i in items if i["id"] not in exclude])


def _event_of(store: Store, article_id: str, category_family: str = "violence") -> str:
    """The event that the article's record of the given family joined."""
    rep, ev = schema.reports, schema.events
    with store.engine.connect() as conn:
        found = conn.execute(
            sa.select(rep.c.event_id)
            .select_from(rep.join(ev, rep.c.event_id == ev.c.id))
            .where(rep.c.article_id == article_id, ev.c.category_family == category_family)
        ).all()
    assert len(found) == 1, (article_id, found)
    return str(found[0].event_id)


def _articles(event: dict[str, Any]) -> set[str]:
    return {r["article_id"] for r in event["reports"]}


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# --- stories through the real extractor -------------------------------------------------------


def test_one_attack_told_by_four_outlets_in_two_languages_is_one_event(
    tmp_path: Path, store: Store
) -> None:
    summary = api.ingest([_story(tmp_path, exclude={"syn-cln-fiesta"})], store=store)
    assert summary.errors == []
    event_id = _event_of(store, "syn-cln-01")
    event = store.event(event_id)
    assert event is not None
    assert _articles(event) == SHOP_ATTACK  # Spanish, English, the repost and the update
    assert event["admin2"] == "Culiacán" and event["date"] == "2026-03-07"
    # The repost is a copy of the first report: three independent sources, not four.
    assert event["n_sources"] == 3
    copy = next(r for r in event["reports"] if r["article_id"] == "syn-cln-03")
    assert copy["copy_of"] == "Diario Sintético de Culiacán"
    # Every source's toll side by side; the figure most sources support resolved (the middle
    # one of the three independent sources: the repost is its original's), with the range.
    fatalities = event["resolved"]["fatalities"]
    assert fatalities["sources"] == {
        "Diario Sintético de Culiacán": 8,
        "El Vigía Sintético": 9,
        "Northern Wire (synthetic)": 6,
        "Portal Regional Sintético": 8,
    }
    assert (fatalities["value"], fatalities["min"], fatalities["max"]) == (8, 6, 9)
    assert (event["fatalities"], event["fatalities_min"], event["fatalities_max"]) == (8, 6, 9)
    # Disputed, and the flag says who says what.
    assert event["disputed"] is True and event["status"] == "disputed"
    assert event["dispute"]["fatalities"] == fatalities["sources"]
    assert "Northern Wire (synthetic)" in event["figures"]["fatalities"]
    assert any("Gunmen kill six" in e["text"] for e in event["evidence"])
    assert any("Ocho personas murieron" in e["text"] for e in event["evidence"])
    # Every link is a version with its reason.
    reasons = [h["reason"] for h in event["history"]]
    assert len(reasons) == 4
    assert reasons[0].startswith("created from")
    assert any("syndicated copy of article syn-cln-01" in r for r in reasons)
    assert any("n_sources 1→2" in r for r in reasons)


def test_same_day_events_in_the_same_state_stay_apart(tmp_path: Path, store: Store) -> None:
    api.ingest([_story(tmp_path, exclude={"syn-cln-fiesta"})], store=store)
    shop = _event_of(store, "syn-cln-01")
    rep = schema.reports
    with store.engine.connect() as conn:
        by_article: dict[str, set[str]] = {}
        for row in conn.execute(sa.select(rep.c.article_id, rep.c.event_id)):
            by_article.setdefault(row.article_id, set()).add(row.event_id)
    for other in ("syn-nav-01", "syn-maz-01", "syn-cln-arr"):
        assert shop not in by_article[other], other  # neighbouring town, other city, arrests
    arrests = store.events(category="enforcement", municipality="Culiacán")
    assert arrests
    for found in arrests:
        assert _articles(store.event(found["id"]) or {"reports": []}) == {"syn-cln-arr"}
    assert len(store.events(municipality="Navolato", category="attack")) == 1
    assert len(store.events(municipality="Mazatlán")) == 1


def test_a_wrong_merge_is_split_again_and_the_history_shows_it(
    tmp_path: Path, db_path: Path
) -> None:
    assert _run("--db", str(db_path), "ingest", str(_story(tmp_path)))[0] == 0
    with api.open_store(db_path) as store:
        shop = _event_of(store, "syn-cln-01")
        merged = store.event(shop)
        assert merged is not None
        # A report of a party shooting the same night in the same city: nothing in it tells it
        # apart, so it joins the shop attack, widens its range to 4 and lowers its toll to 6.
        assert _articles(merged) == SHOP_ATTACK | {"syn-cln-fiesta"}
        assert (merged["fatalities"], merged["fatalities_min"]) == (6, 4)
    code, out, err = _run(
        "--db", str(db_path), "events", "split", shop[:10],
        "--article", "syn-cln-fiesta", "--reason", "a party, not the shop",
    )  # fmt: skip
    assert code == 0, err
    new_id = out.split("new event ")[1].split(";")[0]
    with api.open_store(db_path) as store:
        party, shop_event = store.event(new_id), store.event(shop)
        assert party is not None and shop_event is not None
        assert _articles(party) == {"syn-cln-fiesta"}
        assert (party["fatalities"], party["n_sources"], party["disputed"]) == (4, 1, False)
        assert _articles(shop_event) == SHOP_ATTACK
        assert (shop_event["fatalities"], shop_event["fatalities_min"]) == (8, 6)
        last = shop_event["history"][-1]["reason"]
        assert f"moved to event {new_id}" in last and "a party, not the shop" in last
        assert "fatalities 6→8" in last
        assert party["history"][0]["reason"].startswith(f"split from event {shop}")
        versions_before = store.count("event_versions")
    # Ingesting the same files again changes nothing: the split stays.
    assert _run("--db", str(db_path), "ingest", str(_story(tmp_path)))[0] == 0
    with api.open_store(db_path) as store:
        assert store.count("event_versions") == versions_before
        assert _articles(store.event(new_id) or {"reports": []}) == {"syn-cln-fiesta"}
    # `events show` prints the figures per source, the flag, the evidence and the history.
    code, out, _ = _run("--db", str(db_path), "events", "show", shop)
    assert code == 0
    assert "DISPUTED: fatalities:" in out and "Northern Wire (synthetic) 6" in out
    assert "syndicated copy of Diario Sintético de Culiacán" in out
    assert "Resolved figures" in out and "fatalities: 8 (6–9) DISPUTED" in out
    assert "Evidence:" in out and f"moved to event {new_id}" in out


def test_split_refuses_what_it_cannot_do(tmp_path: Path, store: Store) -> None:
    api.ingest([_story(tmp_path)], store=store)
    shop = _event_of(store, "syn-cln-01")
    with pytest.raises(SplitError, match="no article"):
        split_event(store, shop, articles=["syn-maz-01"])
    with pytest.raises(SplitError, match="every report"):
        split_event(store, shop, articles=sorted(SHOP_ATTACK | {"syn-cln-fiesta"}))
    with pytest.raises(SplitError, match="no event"):
        split_event(store, "no-such-event", articles=["syn-cln-01"])
    code, _, err = _run("--db", str(store.url.removeprefix("sqlite:///")), "events", "split", shop)
    assert code == 2 and "--record" in err


def test_split_by_record_id(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    (event_id,) = resolve_records(store, [make_record(a)], a)
    wrong = make_record(b, fatalities=5)
    resolve_records(store, [wrong], b)
    new_id = split_event(store, event_id, records=[wrong.id[:8]])
    old, new = store.event(event_id), store.event(new_id)
    assert old is not None and new is not None
    assert [r["record_id"] for r in new["reports"]] == [wrong.id]
    assert old["disputed"] is False and old["n_sources"] == 1
    assert [c["value"] for c in new["claims"] if c["what"] == "fatalities"] == [5]


def test_demo_corpus_bar_attack_same_day_attacks_and_copy(tmp_path: Path, store: Store) -> None:
    corpus = api.demo_corpus()
    names = ["b11", "b12", "b13", "b14", "a03", "a04"]
    api.ingest([corpus / f"{n}.json" for n in names], store=store)
    # b11 (es, 12 dead) and b12 (en, "at least 10") report one bar attack in Irapuato.
    rep, ev = schema.reports, schema.events
    with store.engine.connect() as conn:
        attack = {
            row.article_id: row.event_id
            for row in conn.execute(
                sa.select(rep.c.article_id, rep.c.event_id)
                .select_from(rep.join(ev, rep.c.event_id == ev.c.id))
                .where(ev.c.category.in_(["attack", "armed_clash"]))
            )
            if row.article_id in {"demo-b11", "demo-b12", "demo-b13", "demo-b14"}
        }
    assert attack["demo-b11"] == attack["demo-b12"]
    irapuato = store.event(attack["demo-b11"])
    assert irapuato is not None
    assert irapuato["resolved"]["fatalities"]["sources"] == {
        "Noticias del Bajío (sintético)": 12,
        "Pacific Rim Dispatch (synthetic)": 10,
    }
    # "at least 10" is a floor the prosecutor's 12 reaches: no disagreement on the dead,
    # but the wounded (5 and 7) still disagree.
    assert (irapuato["fatalities"], irapuato["fatalities_max"]) == (12, 12)
    assert irapuato["resolved"]["fatalities"]["bounds"] == ["Pacific Rim Dispatch (synthetic)"]
    assert irapuato["disputed"] is True and list(irapuato["dispute"]) == ["injured"]
    # b13 (Celaya) and b14 (León): same day, same state, two events.
    assert attack["demo-b13"] != attack["demo-b14"]
    # a04 reposts a03: found as a copy, and their shared events count one source.
    with store.engine.connect() as conn:
        fp = schema.article_fingerprints
        copies = dict(
            conn.execute(
                sa.select(fp.c.article_id, fp.c.copy_of).where(fp.c.copy_of.is_not(None))
            ).all()
        )
        shared = (
            conn.execute(
                sa.select(rep.c.event_id)
                .where(rep.c.article_id.in_(["demo-a03", "demo-a04"]))
                .group_by(rep.c.event_id)
                .having(sa.func.count(sa.distinct(rep.c.article_id)) == 2)
            )
            .scalars()
            .all()
        )
    assert copies == {"demo-a04": "demo-a03"}
    assert shared
    for event_id in shared:
        event = store.event(event_id)
        assert event is not None and event["n_sources"] == 1
    # The ACLED export codes the resolved toll and says who disagrees in notes.
    out = io.StringIO()
    api.export(store, "acled-csv", out)
    row = next(
        r for r in csv.DictReader(io.StringIO(out.getvalue()))
        if r["event_id_cnty"] == f"MEX{attack['demo-b11']}"
    )  # fmt: skip
    assert row["fatalities"] == "12" and row["tags"] == "disputed"
    assert "sources disagree on injured: " in row["notes"]
    assert "Noticias del Bajío (sintético) 5" in row["notes"]


def test_incremental_update_touches_only_the_joined_event(tmp_path: Path, store: Store) -> None:
    items = [json.loads(line) for line in CULIACAN.read_text("utf-8").splitlines()]
    first = [i for i in items if i["id"] not in {"syn-cln-04", "syn-cln-fiesta"}]
    api.ingest([write_jsonl(tmp_path / "a.jsonl", first)], store=store)
    with store.engine.connect() as conn:
        before = dict(conn.execute(sa.select(schema.events.c.id, schema.events.c.updated_at)).all())
    late = [i for i in items if i["id"] == "syn-cln-04"]
    summary = api.ingest([write_jsonl(tmp_path / "b.jsonl", late)], store=store)
    assert (summary.events_created, summary.events_updated) == (0, 1)
    with store.engine.connect() as conn:
        after = dict(conn.execute(sa.select(schema.events.c.id, schema.events.c.updated_at)).all())
    shop = _event_of(store, "syn-cln-01")
    assert {k for k in after if after[k] != before.get(k)} == {shop}
    event = store.event(shop)
    assert event is not None
    assert event["last_seen"] > event["first_seen"]
    assert "fatalities_max 8→9" in event["history"][-1]["reason"]


# --- the rules, on hand-made records ----------------------------------------------------------


def _loc(name: str, code: str, lat: float, lon: float, precision: str = "locality") -> Location:
    return Location(
        name=name,
        admin1="Sinaloa",
        admin1_code="MX-SIN",
        admin2=name,
        admin2_code=code,
        latitude=lat,
        longitude=lon,
        precision=precision,  # type: ignore[arg-type]
    )


def _mention(n: int, **changes: Any) -> Mention:
    article = make_article(n, source=f"Medio Sintético {n}")
    record = make_record(article, fatalities=changes.pop("fatalities", 3))
    for key, value in changes.items():
        setattr(record, key, value)
    return Mention.from_record(record)


def _cluster(m: Mention) -> Cluster:
    return Cluster.start(f"event-of-{m.record_id}", m)


def test_block_window_of_many_events_agrees_with_in_block() -> None:
    """`DayIndex.within` (a block's events found by bisection on their days) keeps exactly
    the stored events `in_block` keeps, in the order the block gave them, whatever their
    distance in days and stored date precision."""
    import random
    from dataclasses import replace

    from sucesos.resolve.match import DayIndex, in_block

    for precision in ("day", "week", "month"):
        m = _mention(1, date_precision=precision)
        assert m.day is not None
        start = _cluster(_mention(2))
        entries = [
            (replace(start, id=f"e{offset}-{stored}", day=m.day + offset), stored)
            for offset in range(-45, 46, 3)
            for stored in ("day", "week", "month", "year", None)
        ]
        entries.append((replace(start, id="undated", day=None), "day"))
        random.Random(precision).shuffle(entries)  # a block comes in no order of days
        expected = [c for c, stored in entries if in_block(m, c, stored)]
        assert DayIndex(entries).within(m) == expected
        assert 0 < len(expected) < len(entries)


def test_block_candidates_by_place_keep_every_event_a_mention_may_join() -> None:
    """`DayIndex.candidates` (a block's events in the mention's window that its place allows)
    drops only events `compatible` rejects, so `choose` decides the same, and in a block
    spread over many municipalities it hands `choose` fewer events than `within`."""
    import random
    from dataclasses import replace

    from sucesos.resolve.match import DayIndex

    rng = random.Random(11)
    start = _cluster(_mention(2))
    assert start.day is not None
    towns = [f"250{i:02d}" for i in range(1, 9)]
    entries = []
    for i in range(600):
        town = rng.choice([*towns, None])
        toll = rng.choice([None, 2, 3, 10, 12])
        entries.append(
            (
                replace(
                    start,
                    id=f"e{i}",
                    day=start.day + rng.randint(-20, 20),
                    municipality=town,
                    place_precision=rng.choice(["locality", "municipality", "state"]),
                    lat=24.6 + rng.random() * 0.3,
                    lon=-107.6 + rng.random() * 0.3,
                    fatalities_min=toll,
                    fatalities_max=None if toll is None else toll + rng.choice([0, 0, 2]),
                ),
                rng.choice(["day", "week", "month"]),
            )
        )
    index = DayIndex(entries)
    fewer = 0
    for n in range(120):
        town = rng.choice([*towns, None])
        precision = rng.choice(["locality", "municipality"])
        loc = _loc(
            "Lugar", town or "", 24.6 + rng.random() * 0.3, -107.6 + rng.random() * 0.3, precision
        )
        if town is None:
            loc = replace(loc, admin2=None, admin2_code=None)
        m = _mention(100 + n, locations=[loc], fatalities=rng.choice([None, 3, 10, 12]))
        m.day = start.day + rng.randint(-5, 5)
        window, candidates = index.within(m), index.candidates(m)
        assert [c for c in window if c in candidates] == candidates  # a part, in order
        assert all(c in candidates for c in window if compatible(m, c))
        assert choose(m, candidates) == choose(m, window)
        fewer += len(candidates) < len(window)
    assert fewer > 60


def test_neighbouring_localities_across_a_border_match_within_the_distance() -> None:
    # Two points 4 km apart on either side of a municipal border: one shooting.
    a = _mention(1, locations=[_loc("El Pozo", "25006", 24.70, -107.52)])
    b = _mention(2, locations=[_loc("Las Puentes", "25018", 24.69, -107.55)])
    assert compatible(b, _cluster(a))
    # 40 km apart in one large municipality: two places.
    c = _mention(3, locations=[_loc("Eldorado", "25006", 24.32, -107.37)])
    assert not compatible(c, _cluster(a))
    # Municipality-level places in different municipalities never match.
    d = _mention(4, locations=[Location(**PLACES["navolato"])])
    assert not compatible(d, _cluster(_mention(5)))


def test_named_perpetrators_that_differ_make_two_events() -> None:
    cjng = [Actor("Cártel de Jalisco Nueva Generación", "cartel", "perpetrator")]
    sinaloa = [Actor("Cártel de Sinaloa", "cartel", "perpetrator")]
    unknown = [Actor("Unidentified armed group", "armed_group", "perpetrator")]
    first = _cluster(_mention(1, actors=cjng))
    assert not compatible(_mention(2, actors=sinaloa), first)
    assert compatible(_mention(3, actors=unknown), first)
    assert compatible(_mention(4, actors=cjng + sinaloa), first)


def test_dates_use_the_wider_window_of_both_reports() -> None:
    day = _cluster(_mention(1, date="2024-09-13"))
    assert compatible(_mention(2, date="2024-09-14"), day)
    assert not compatible(_mention(3, date="2024-09-15"), day)
    assert compatible(_mention(4, date="2024-09-18", date_precision="week"), day)
    month = _cluster(_mention(5, date="2024-09-01", date_precision="month"))
    assert compatible(_mention(6, date="2024-09-25"), month)


def test_a_state_level_report_fitting_two_towns_is_left_apart() -> None:
    state = Location(name="Sinaloa", admin1="Sinaloa", admin1_code="MX-SIN", precision="state")
    vague = _mention(3, locations=[state])
    culiacan = _cluster(_mention(1))
    navolato = _cluster(_mention(2, locations=[Location(**PLACES["navolato"])]))
    assert choose(vague, [culiacan]) is culiacan
    assert choose(vague, [culiacan, navolato]) is None


def test_records_of_one_article_merge_only_when_they_repeat_each_other() -> None:
    article = make_article(1)
    first = Mention.from_record(make_record(article, n=0))
    repeat = Mention.from_record(make_record(article, n=1))
    other = Mention.from_record(make_record(article, n=2, fatalities=1))
    cluster = _cluster(first)
    assert compatible(repeat, cluster)
    assert not compatible(other, cluster)


def test_tolerance_and_attributions() -> None:
    assert disagree([12, 10]) and disagree([3, 5]) and disagree([0, 1])
    assert not disagree([100, 104]) and not disagree([7, 7]) and not disagree([4])


def test_two_named_sources_in_one_article_dispute_but_a_breakdown_does_not(
    store: Store,
) -> None:
    a = make_article(1)
    quoted = make_record(a, n=0, fatalities=3)
    quoted.counts = [Count("killed", 3, "civilians", "Fiscalía"), Count("killed", 5, "civilians",
                     "vecinos")]  # fmt: skip
    (event_id,) = resolve_records(store, [quoted], a)
    event = store.event(event_id)
    assert event is not None and event["disputed"] is True
    assert event["dispute"]["killed (civilians)"] == {
        "Diario Sintético del Pacífico (Fiscalía)": 3,
        "Diario Sintético del Pacífico (vecinos)": 5,
    }
    b = make_article(2, source="Otro Medio Sintético")
    parts = make_record(b, n=0, fatalities=12, attributed_to=None)
    parts.counts = [Count("killed", 12), Count("killed", 10, None, "la Fiscalía"),
                    Count("killed", 2, None, "la Fiscalía")]  # fmt: skip
    (other,) = resolve_records(store, [parts], b)
    event = store.event(other)
    assert event is not None and "killed" not in (event["dispute"] or {})


def test_a_report_without_a_death_toll_does_not_lower_the_figure(store: Store) -> None:
    a, b = make_article(1), make_article(2, source="Otro Medio Sintético")
    resolve_records(store, [make_record(a, fatalities=4)], a)
    silent = make_record(b, fatalities=0)
    silent.counts = []  # extraction's default 0: no death count in the text
    (event_id,) = resolve_records(store, [silent], b)
    event = store.event(event_id)
    assert event is not None
    assert (event["fatalities"], event["n_sources"], event["disputed"]) == (4, 2, False)


def test_fingerprints_find_copies_and_not_other_reports_of_the_event() -> None:
    story = [json.loads(line) for line in CULIACAN.read_text("utf-8").splitlines()]
    text = {i["id"]: i["text"] for i in story}
    original, copy = fingerprint(text["syn-cln-01"]), fingerprint(text["syn-cln-03"])
    other = fingerprint(text["syn-cln-02"] * 3)
    assert original is not None and copy is not None and other is not None
    assert similarity(original, copy) > 0.8
    assert similarity(original, other) < 0.2
    assert fingerprint("Ejecutan a un hombre en Culiacán") is None  # too short to tell


def test_fingerprint_values_equal_datasketch_update_batch() -> None:
    """The array computation of the MinHash values gives what datasketch's own per-shingle
    `update_batch` gives: stored signatures stay comparable with earlier ones."""
    import numpy as np
    from datasketch import MinHash

    from sucesos.resolve.syndication import SCHEME, band_keys, fingerprint_text, shingles

    story = [json.loads(line) for line in CULIACAN.read_text("utf-8").splitlines()]
    for item in story:
        found = shingles(item["text"])
        reference = MinHash(num_perm=128, scheme=SCHEME)
        reference.update_batch([s.encode("utf-8") for s in found])
        fast = fingerprint_text(item["text"])
        if len(found) < 25:
            assert fast is None
            continue
        assert fast is not None
        assert fast.signature == reference.hashvalues.astype(np.uint64).tobytes()
        assert fast.keys == tuple(band_keys(reference))


def test_permutations_and_bands_are_datasketchs_without_importing_it() -> None:
    """The permutations and LSH bands are datasketch's for the configured settings, and
    fingerprinting a text imports neither datasketch nor scipy (a second of CPU per ingest
    process)."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from sucesos.resolve.config import settings
    from sucesos.resolve.syndication import SCHEME, _bands, _permutations

    conf = settings()["syndication"]
    reference = MinHash(num_perm=int(conf["num_perm"]), scheme=SCHEME).permutations
    a, b = _permutations()
    assert np.array_equal(a, reference[0]) and np.array_equal(b, reference[1])
    assert a.dtype == reference.dtype
    lsh = MinHashLSH(threshold=float(conf["threshold"]), num_perm=int(conf["num_perm"]))
    assert _bands() == (lsh.b, lsh.r)
    words = " ".join(f"palabra{i}" for i in range(200))
    script = (
        "import sys\n"
        "from sucesos.resolve.syndication import fingerprint_text\n"
        f"assert fingerprint_text({words!r}) is not None\n"
        "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_store_and_memory_resolvers_cluster_alike(store: Store) -> None:
    """The in-memory core (used by the benchmark) and the store-backed resolver apply the same
    rules: the same records give the same partition."""
    specs: list[dict[str, Any]] = [
        {"place": "culiacan", "date": "2024-09-13"},
        {"place": "culiacan", "date": "2024-09-14", "fatalities": 5},
        {"place": "navolato", "date": "2024-09-13"},
        {"place": "culiacan", "date": "2024-09-13", "category": "arrest"},
        {"place": "culiacan", "date": "2024-09-20", "precision": "week"},
        {"place": "uruapan", "date": "2024-09-13"},
        {"place": "culiacan", "date": "2024-09-16"},
    ]
    memory = MemoryResolver()
    by_store: dict[str, str] = {}
    by_memory: dict[str, str] = {}
    for n, spec in enumerate(specs):
        article = make_article(n, source=f"Medio Sintético {n}")
        record = make_record(article, **spec)
        (by_store[record.id],) = resolve_records(store, [record], article)
        mention = Mention.from_record(record, published=article.published_date)
        by_memory[record.id] = memory.add(mention)[0].id

    def partition(labels: dict[str, str]) -> set[frozenset[str]]:
        groups: dict[str, set[str]] = {}
        for record_id, label in labels.items():
            groups.setdefault(label, set()).add(record_id)
        return {frozenset(g) for g in groups.values()}

    assert partition(by_store) == partition(by_memory)
    assert len(partition(by_store)) == 5


def test_memory_resolver_evicts_old_clusters() -> None:
    evicted: list[Cluster] = []
    memory = MemoryResolver(horizon_days=30, on_evict=evicted.append)
    for n in range(100):
        day = date(2024, 1, 1).toordinal() + n * 3
        m = _mention(n)
        m.day = day
        memory.add(m)
    assert memory.live <= 12 and len(evicted) + memory.live == 100
    memory.flush()
    assert memory.live == 0 and len(evicted) == 100


def test_migration_two_creates_the_fingerprint_tables(store: Store) -> None:
    names = set(sa.inspect(store.engine).get_table_names())
    assert {"article_fingerprints", "article_lsh"} <= names
    with store.engine.connect() as conn:
        versions = set(conn.execute(sa.select(schema.schema_migrations.c.version)).scalars())
    assert 2 in versions


def test_a_lower_bound_toll_neither_wins_nor_widens_the_range() -> None:
    """One outlet only names the dead leader ("the leader was killed": at least 1), the
    others give the clash's toll (5): the event's toll is 5, its range 5–5, and the bound
    stays among the sources."""
    from sucesos.resolve.figures import resolve_figures

    figures = {"fatalities": {"Diario A": 5, "Diario B": 1, "Diario C": 5}}
    fatal = resolve_figures(figures, bounds={"Diario B"})["fatalities"]
    assert (fatal["value"], fatal["min"], fatal["max"], fatal["disputed"]) == (5, 5, 5, False)
    assert fatal["sources"]["Diario B"] == 1


def test_a_bound_set_aside_is_named_so_pages_can_say_at_least() -> None:
    from sucesos.resolve.figures import resolve_figures

    figures = {"fatalities": {"Diario A": 5, "Diario B": 1, "Diario C": 7}}
    fatal = resolve_figures(figures, bounds={"Diario B"})["fatalities"]
    assert fatal["bounds"] == ["Diario B"]
    alone = resolve_figures({"fatalities": {"Diario B": 1}}, bounds={"Diario B"})["fatalities"]
    assert "bounds" not in alone and alone["value"] == 1


def test_a_toll_no_number_gives_is_a_bound_and_a_number_is_not() -> None:
    from sucesos.resolve.figures import toll_is_bound

    named = make_record(make_article(1), fatalities=None)
    named.counts = [Count("killed", 1, None, None, lower_bound=True)]
    counted = make_record(make_article(2), fatalities=1)
    assert toll_is_bound(named) and not toll_is_bound(counted)


def _state(name: str, code: str, lat: float, lon: float) -> Location:
    return Location(
        name=name,
        admin1=name,
        admin1_code=code,
        latitude=lat,
        longitude=lon,
        precision="state",
    )


def test_a_sum_over_several_states_never_joins_a_towns_incident() -> None:
    """A tally of "22 soldiers killed in attacks in Sinaloa, Durango and Sonora" is no figure
    of the shooting in Culiacán that day; one state alone may still be a vague report of it."""
    town = _cluster(_mention(1, fatalities=5))
    summed = _mention(
        2,
        fatalities=22,
        locations=[
            _state("Sinaloa", "MX-SIN", 25.0, -107.5),
            _state("Durango", "MX-DUR", 24.5, -104.6),
            _state("Sonora", "MX-SON", 29.3, -110.3),
        ],
    )
    assert summed.spread and not compatible(summed, town)
    vague = _mention(3, fatalities=5, locations=[_state("Sinaloa", "MX-SIN", 25.0, -107.5)])
    assert not vague.spread and compatible(vague, town)


def test_demo_tapalpa_clash_toll_is_the_one_its_sources_give(tmp_path: Path, store: Store) -> None:
    """The demo's Tapalpa clash: the leader and four bodyguards (5) by every source that
    counts them; the nationwide tolls of the day's other attacks (21, 12, 19 soldiers or
    gunmen) and an outlet that names only the leader neither raise nor widen it."""
    corpus = api.demo_corpus()
    names = ["a01", "a02", "a03", "a05", "a06", "b01", "b02"]
    api.ingest([corpus / f"{n}.json" for n in names], store=store)
    with store.engine.connect() as conn:
        (event_id,) = conn.execute(
            sa.select(schema.events.c.id).where(
                schema.events.c.admin2 == "Tapalpa",
                schema.events.c.category == "armed_clash",
            )
        ).scalars()
    event = store.event(event_id)
    assert event is not None
    assert (event["fatalities"], event["fatalities_min"], event["fatalities_max"]) == (5, 5, 5)


def test_demo_days_soldier_toll_over_the_country_stays_off_tapalpa(store: Store) -> None:
    """The demo's day of attacks on soldiers "in much of the country" (25 dead) is a sum over
    the country, told by a Jalisco outlet: it is not placed in Jalisco, and an advisory that
    recalls the Tapalpa killing of that day gives Tapalpa no toll of 25."""
    corpus = api.demo_corpus()
    api.ingest([corpus / f"{n}.json" for n in ("a01", "a20")], store=store)
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(schema.events.c.admin1, schema.events.c.admin2, schema.events.c.fatalities)
        ).all()
    assert not [r for r in rows if r.admin2 == "Tapalpa" and r.fatalities == 25]
    assert (None, None, 25) in [tuple(r) for r in rows]


def test_closest_toll_outranks_the_same_category_within_a_family() -> None:
    """Outlets name one massacre differently (an attack for one, a clash for another): a
    report joins the event whose death toll it repeats, not the one of its own category with
    another toll."""
    clash = _cluster(_mention(2, category="armed_clash", fatalities=13))
    shooting = _cluster(_mention(3, category="attack", fatalities=2))
    assert clash.family == shooting.family
    report = _mention(4, category="attack", fatalities=13)
    assert compatible(report, clash) and compatible(report, shooting)
    found = choose(report, [shooting, clash])
    assert found is not None and found.id == clash.id
