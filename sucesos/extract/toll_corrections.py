"""A toll corrected to a new figure, and figures told as a first report.

A correction gives the latest count of an incident, up or down: a verb of correcting before a
toll's noun ("horas después las autoridades rectificaron la cifra a 49", "officials revised the
death toll to seven") or its passive after the noun ("la cifra de muertos fue ajustada a
siete", "la cifra fue actualizada a seis decesos", "the toll was updated to six"). Its figure
is a `total` marked `corrected`: the figures of its kind told before it are earlier counts of
the same dead, which the record keeps listed but does not take as its toll
(`assemble.figures`). A figure told as a first report ("Inicialmente se había reportado la
muerte de cuatro personas; sin embargo…", "En un primer reporte, el vocero informó que cinco
personas habían fallecido") is `superseded`: no toll when the record has another figure of its
kind. Lexicon: `lexicon/counts.toml` [corrections], with the toll nouns of [tolls].
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from sucesos.extract.count_words import CountMention, Sentence, is_number, lexicons
from sucesos.extract.lexicon import PhraseMatcher, expand, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.tolls import toll_nouns, word_value

# Tokens from a verb of correcting to the noun of the toll it corrects ("rectificaron este
# lunes la cifra"), and from a toll's noun to the passive that corrects it ("la cifra de
# muertos por el ataque fue ajustada").
_NOUN_GAP = 4
_PASSIVE_GAP = 8
# Tokens from the noun of a corrected toll to the "a"/"to" of its figure.
_TO_GAP = 8


@dataclass(frozen=True)
class _CorrectionWords:
    correcting: PhraseMatcher[str]
    corrected: PhraseMatcher[str]
    figures: frozenset[str]
    initially: PhraseMatcher[str]
    contrast: PhraseMatcher[str]
    to: frozenset[str]


@cache
def _words() -> _CorrectionWords:
    data = load_data("lexicon/counts.toml")
    corrections = data["corrections"]
    return _CorrectionWords(
        PhraseMatcher((w, "correcting") for w in corrections["correcting"]),
        PhraseMatcher((w, "corrected") for w in corrections["corrected"]),
        frozenset(corrections["figures"]),
        PhraseMatcher((w, "initially") for w in corrections["initially"]),
        PhraseMatcher((w, "contrast") for w in corrections["contrast"]),
        frozenset(f for w in data["tolls"]["to"] for f in expand(w)),
    )


# asked on every sentence with a figure: one shared pass per article (`lexicon_scan.shared_scan`)
share_scan(lambda: _words().correcting)
share_scan(lambda: _words().corrected)
share_scan(lambda: _words().initially)


def toll_corrections(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """`counts` with the corrected tolls of sentence `s` marked (a figure read already) or
    added, and the figures told as a first report marked `superseded`."""
    words = _words()
    tokens = s.tokens
    if not tokens:
        return counts
    start, end = tokens[0].start, tokens[-1].end
    active = words.correcting.find(s.folded, start, end)
    passive = words.corrected.find(s.folded, start, end)
    initial = words.initially.find(s.folded, start, end)
    if not active and not passive and not initial:
        return counts
    out = list(counts)
    index_at, end_index = s.index_at, s.end_index
    nouns = _nouns(s)
    for verb in active:
        last = end_index.get(verb.end)
        if last is None:
            continue
        noun = next((n for n in range(last + 1, last + 1 + _NOUN_GAP) if n in nouns), None)
        if noun is not None:
            noun_end, what = nouns[noun]
            _correct(s, out, noun, _figure_after(s, noun_end + 1, _TO_GAP), what)
    for verb in passive:
        first, last = index_at.get(verb.start), end_index.get(verb.end)
        if first is None or last is None:
            continue
        noun = next((n for n in range(first - 1, first - 1 - _PASSIVE_GAP, -1) if n in nouns), None)
        if noun is not None:
            _correct(s, out, noun, _figure_after(s, last + 1, 1), nouns[noun][1])
    for cue in initial:
        until = next((m.start for m in words.contrast.find(s.folded, cue.end, end)), end)
        out = [
            replace(c, superseded=True) if cue.end <= c.start < until and not c.corrected else c
            for c in out
        ]
    return out


def _nouns(s: Sentence) -> dict[int, tuple[int, str | None]]:
    """The toll nouns of sentence `s` by first token: (last token, what it counts), None for
    a bare noun of a figure ("la cifra"), which names no kind."""
    tokens = s.tokens
    index_at, end_index = s.index_at, s.end_index
    nouns: dict[int, tuple[int, str | None]] = {
        k: (k, None) for k, t in enumerate(tokens) if t.word in _words().figures
    }
    for m in toll_nouns().find(s.folded, tokens[0].start, tokens[-1].end):
        first, last = index_at.get(m.start), end_index.get(m.end)
        if first is not None and last is not None:
            nouns[first] = (last, "bodies" if m.value == "bodies" else "killed")
    return nouns


def _figure_after(s: Sentence, k: int, reach: int) -> int | None:
    """The token of the number after the first "a"/"to" within `reach` tokens from token
    `k` ("…a 49", "…to at least seven"), or None."""
    tokens = s.tokens
    for j in range(k, min(len(tokens), k + reach)):
        if j > k and tokens[j].after_break:
            return None
        if tokens[j].word not in _words().to:
            continue
        n = j + 1
        while n < len(tokens) and tokens[n].word in lexicons().before_number:
            n += 1
        return n if n < len(tokens) and is_number(tokens[n].word) else None
    return None


def _correct(
    s: Sentence, out: list[CountMention], noun: int, k: int | None, what: str | None
) -> None:
    """The figure at token `k` made the corrected toll of `what` (of the figure read there
    when a bare noun names no kind; of the dead when the sentence counts them)."""
    if k is None:
        return
    at = s.tokens[k].start
    read = next((j for j, c in enumerate(out) if c.start == at), None)
    if read is not None:
        if what in (None, out[read].what):
            out[read] = replace(out[read], total=True, corrected=True)
        return
    if what is None and any(c.what == "killed" for c in out):
        what = "killed"  # "eran 52 los fallecidos…, rectificaron la cifra a 49"
    value = word_value(s.tokens[k].word)
    if what is not None and value:
        start = s.tokens[noun].start
        out.append(CountMention(start, start, what, value, None, total=True, corrected=True))
