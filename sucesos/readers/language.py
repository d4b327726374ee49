"""Language of an article: normalize a given tag, or detect Spanish vs. English.

The pipeline only handles Spanish and English, so detection is a two-way choice:
py3langid (offline, bundled model) restricted to ``es``/``en`` for ordinary texts, and a
cheap function-word vote for very short texts (titles, one-line snippets), where a
character n-gram model is unreliable.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

SUPPORTED = ("es", "en")

# Below this many words the n-gram model is shaky; the function-word vote decides first.
SHORT_TEXT_WORDS = 8
# For short texts where the vote is undecided, py3langid must be at least this sure.
SHORT_TEXT_MIN_PROB = 0.9
# Detection looks at this many characters at most: enough to be sure, cheap on long texts.
DETECT_CHARS = 1000
# Texts longer than this cannot be "short" in practice; skip the word split for them.
_SHORT_TEXT_CHARS = 120

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

_NAMES = {
    "es": "es",
    "spa": "es",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "castellano": "es",
    "en": "en",
    "eng": "en",
    "english": "en",
    "inglés": "en",
    "ingles": "en",
}


def normalize_language(value: Any) -> str | None:
    """A given language tag as a short code: ``es-MX``, ``spa``, ``Español`` → ``es``.

    Returns None for empty values; other languages keep their primary subtag lowercased
    (``pt-BR`` → ``pt``) so callers can tell them apart from undetected ones.
    """
    if value is None:
        return None
    tag = str(value).strip().lower()
    if not tag:
        return None
    if tag in _NAMES:
        return _NAMES[tag]
    primary = re.split(r"[-_]", tag, maxsplit=1)[0]
    return _NAMES.get(primary, primary)


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = json.loads(
        resources.files("sucesos.readers").joinpath("stopwords.json").read_text("utf-8")
    )
    return {lang: frozenset(raw[lang]) for lang in SUPPORTED}


@cache
def _identifier() -> Any:
    """py3langid restricted to es and en, loaded lazily and once. Reading its bundled model
    costs a second of CPU (it is decompressed); the restricted model is kept in the build
    cache (`sucesos.extract.build_cache`, 40 MB: the tokenizer's table), which a later process
    reads in a fifth of the time."""
    from py3langid.langid import LanguageIdentifier

    from sucesos.extract import build_cache

    model = build_cache.cached(f"langid-{_model_stamp()}", _restricted_model, shared=True)
    ptc, pc, classes, nextmove, row, output = model
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _model_stamp() -> str:
    """The installed py3langid model's size and time stamp (the cache entry's name)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    stat = (Path(MODEL_DIR) / MODEL_FILE).stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def _restricted_model() -> tuple[Any, ...]:
    """The model's tables with only the es and en columns (a fraction of the whole: the
    whole model pickles to 67 MB)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))
    return (
        identifier.nb_ptc.copy(),
        identifier.nb_pc.copy(),
        list(identifier.nb_classes),
        identifier.tk_nextmove,
        identifier.tk_row,
        identifier.tk_output,
    )


def stopword_vote(words: list[str]) -> str | None:
    """``es`` or ``en`` by counting function words, or None on a tie (including 0–0)."""
    lists = _stopwords()
    scores = {lang: sum(w in lists[lang] for w in words) for lang in SUPPORTED}
    if scores["es"] == scores["en"]:
        return None
    return "es" if scores["es"] > scores["en"] else "en"


def detect_language(text: str) -> str | None:
    """Return ``es`` or ``en`` for the given text, or None when it gives no clue.

    None means: no letters at all, or a very short text with no function words that
    py3langid is not sure about either (e.g. an acronym such as "CJNG").
    """
    sample = text[:DETECT_CHARS]
    if len(sample) > _SHORT_TEXT_CHARS:
        if not _WORD.search(sample):
            return None
        words = []
    else:
        words = [w.lower() for w in _WORD.findall(sample)]
        if not words:
            return None
    if words and len(words) < SHORT_TEXT_WORDS:
        vote = stopword_vote(words)
        if vote:
            return vote
        lang, prob = _identifier().classify(sample)
        return str(lang) if prob >= SHORT_TEXT_MIN_PROB else None
    lang, _prob = _identifier().classify(sample)
    return str(lang)
