"""Traffic a roadblock halted is that roadblock's (issue 9, part of an incident): the buses
held up or the road closure a blockade caused is not a transport disruption record of its own
beside the roadblock. Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

TOLD = [
    (
        "es",
        "Hombres armados bloquearon la carretera a Monterrey en Reynosa, Tamaulipas, la "
        "mañana del martes con tráileres atravesados, lo que retrasó el paso del transporte "
        "público durante tres horas.",
    ),
    (
        "en",
        "Gunmen blocked the highway to Monterrey in Reynosa, Tamaulipas, on Tuesday morning "
        "with trucks turned sideways. The blockade forced a road closure that stranded "
        "drivers for three hours.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TOLD)
def test_the_traffic_a_roadblock_halted_is_the_roadblocks(language: str, text: str) -> None:
    events = live(extract(Article(text=text, published=date(2026, 4, 14), language=language)))
    assert [e.category for e in events] == ["roadblock"]
    assert "transport_disruption" in events[0].kinds
