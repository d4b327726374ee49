"""The rules of round-up sentences (`incidents.toml` [roundup]), loaded once: the joints a
round-up is cut at and the words its clauses with no verb of their own are read by. Shared by
`roundups` (the clauses) and `elided` (the figure of a clause with no verb of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sucesos.extract.lexicon import alternation, load_data


@dataclass(frozen=True)
class RoundupRules:
    joints: re.Pattern[str]
    breakdowns: re.Pattern[str]
    gap_after: frozenset[str]
    one_more: frozenset[str]
    one_person: frozenset[str]
    object_marks: frozenset[str]
    adding: frozenset[str]
    rest: re.Pattern[str]
    determiners: frozenset[str]


@cache
def roundup_rules() -> RoundupRules:
    data: dict[str, Any] = load_data("incidents.toml")["roundup"]
    words = alternation(data["joints"])
    before = alternation(data["comma_before"])
    parts = alternation(data["breakdowns"])
    return RoundupRules(
        # a joint ends where the next clause begins
        joints=re.compile(
            rf";\s*(?:(?:{words})\s+)?|,?\s+(?:{words})\s+|[,:]\s+(?=(?:{before})\s)"
            rf"|,\s+(?=(?:{parts})\s)"
        ),
        breakdowns=re.compile(rf"\b(?:{parts})\b"),
        gap_after=frozenset(data["gap_after"]),
        one_more=frozenset(data["one_more"]),
        one_person=frozenset(data["one_person"]),
        object_marks=frozenset(data["object_marks"]),
        adding=frozenset(data["adding"]),
        # the first words of a sentence (after a joining word) that tell what a total left
        rest=re.compile(rf"\W*(?:(?:{words}|pero|but)\s+)?(?:{alternation(data['residuals'])})\b"),
        determiners=frozenset(data["subject_determiners"]),
    )
