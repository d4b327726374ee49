"""The garbage collector runs less often while an ingest runs, in the writer and in the
extraction workers (issue 11: the writer's cost per headline; a worker's per article), and
while `sucesos extract` runs, with the loaded data left out of its passes (issue 9)."""

from __future__ import annotations

import gc
import json
from pathlib import Path

from sucesos import api
from sucesos.workers import YOUNG_COLLECTION, ExtractionPool


def _thresholds(_: object) -> tuple[tuple[int, int, int], int]:
    return gc.get_threshold(), gc.get_freeze_count()


def test_the_writer_collects_its_young_objects_less_often_while_an_ingest_runs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "y1", "text": "Asesinan a un comerciante en una colonia de Uruapan, Michoacán"},
        {"id": "y2", "text": "Hallan dos cuerpos en un camino de terracería de Guasave, Sinaloa"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    with api.open_store(tmp_path / "y.db") as store:
        api.ingest([path], store=store, explain=lambda *_: seen.append(gc.get_threshold()))
    assert len(seen) == 2 and all(t[0] >= YOUNG_COLLECTION for t in seen)
    assert gc.get_threshold() == before  # given back when the ingest ends


def test_extraction_workers_leave_their_inherited_heap_out_of_collections() -> None:
    with ExtractionPool(2) as pool:
        assert pool.pool is not None
        found = pool.pool.map(_thresholds, [0, 0], chunksize=1)
    for threshold, frozen in found:
        assert threshold[0] >= YOUNG_COLLECTION
        assert frozen > 0


def test_extract_leaves_the_loaded_data_out_of_collections_while_it_runs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "z1", "text": "Matan a balazos a un taxista en una avenida de Irapuato"},
        {"id": "z2", "text": "Gunmen killed two police officers at a checkpoint in Zacatecas"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    before = gc.get_threshold()
    seen = [_thresholds(None) for _ in api.extract_articles([path])]
    assert len(seen) == 2
    assert all(frozen > 0 and threshold[0] >= YOUNG_COLLECTION for threshold, frozen in seen)
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, 0)  # given back at the end
