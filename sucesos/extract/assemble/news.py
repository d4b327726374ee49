"""Whether a sentence is news (`reported`), background (`historical`) or a tally
(`statistic`), from its status cues, its dates and its figures."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sucesos.extract.counts import CountMention
from sucesos.extract.dates import DateMatch, is_historical

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

# Figures that give a sentence "statistic" status only with an aggregate noun next to them.
_AGGREGATE_NOUNS = re.compile(
    r"\b(homicidios|asesinatos|ejecuciones|feminicidios|desapariciones|victimas|muertes|"
    r"homicides|murders|killings|deaths|disappearances|victims)\b"
)
_STRONG_STATISTIC = re.compile(
    r"por ciento|percent|%|tasa de|rate|en lo que va|so far this year|por cada 100|per 100|"
    r"promedio|average|cifras|figures show|estadistic|statistic|sesnsp|inegi|secretariado"
)


def sentence_news_status(
    doc: Doc, i: int, dates: list[DateMatch], counts: list[CountMention]
) -> str:
    cues = doc.status[i]
    sentence = doc.sentences[i]
    folded = doc.folded[sentence.start : sentence.end]
    current = [d for d in dates if not is_historical(d, doc.published) and not d.future]
    past = [d for d in dates if is_historical(d, doc.published)]
    if (
        counts
        and cues.statistic
        and (_STRONG_STATISTIC.search(folded) or _AGGREGATE_NOUNS.search(folded))
    ):
        return "statistic"
    if (cues.background or past) and not current and not sentence.is_headline:
        return "historical"
    if past and not current:
        return "historical"
    return "reported"
