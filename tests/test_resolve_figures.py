"""An event's headline figure is the one most of its sources support: one source's early,
partial or misread figure does not become the toll, a syndicated copy does not vote twice,
and with two sources the lower is kept. Outlet names are invented."""

from __future__ import annotations

from sucesos.resolve.figures import resolve_figures

FIVE = {
    "Diario del Norte": 13,
    "Wire Service": 14,
    "El Vespertino": 13,
    "Radio Local": 3,  # a partial count: the three who died in hospital
    "Evening Post": 13,
}


def test_one_low_source_among_five_does_not_set_the_toll() -> None:
    fatalities = resolve_figures({"fatalities": FIVE})["fatalities"]
    assert fatalities["value"] == 13


def test_the_range_still_shows_every_source() -> None:
    fatalities = resolve_figures({"fatalities": FIVE})["fatalities"]
    assert (fatalities["min"], fatalities["max"], fatalities["disputed"]) == (3, 14, True)


def test_with_two_sources_the_lower_figure_is_kept() -> None:
    two = {"Diario del Norte": 9, "Wire Service": 12}
    assert resolve_figures({"fatalities": two})["fatalities"]["value"] == 9


def test_copies_of_one_original_count_once() -> None:
    figures = {"Wire Service": 6, "Portal A": 6, "Portal B": 6, "Diario del Norte": 9,
               "El Vespertino": 10}  # fmt: skip
    copies = {"Portal A": "Wire Service", "Portal B": "Wire Service"}
    # three independent sources (6, 9, 10): the middle one, not the copies' 6
    resolved = resolve_figures({"fatalities": figures}, source_keys=copies)
    assert resolved["fatalities"]["value"] == 9
