"""Text utilities shared by the extraction stages: folding and sentence splitting.

Folding keeps the string length, so an offset found in folded text is the same offset in
the original: every stage matches on `fold(text)` and reports spans of `text`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate

# Accented and special characters mapped one-for-one, so offsets survive folding.
_FOLD_PAIRS = tuple(
    zip(
        "áéíóúüñàèìòùâêîôûäëïöçãõºª°’‘\u00a0–—",
        "aeiouunaeiouaeiouaeiocaooao'' --",
        strict=True,
    )
)


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[0] if base else " "


class _RareLetters(dict[int, str]):
    """`str.translate` table for the characters the replacements leave: each gets its entry
    on first sight (itself when ASCII, else its decomposition's first letter)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = ch if ch.isascii() else _fold_char(ch)
        self[code] = value
        return value


_RARE_LETTERS = _RareLetters()


def fold(text: str) -> str:
    """Lower-cased, accent-free copy of `text` with exactly the same length.

    `str.lower` plus one-for-one replacements of the Latin accents covers news text at a
    fraction of the cost of Unicode decomposition, which is kept for the rare other letters
    (once per character: a translation table remembers it).
    """
    low = text.lower()
    if low.isascii():
        return low
    if len(low) != len(text):  # a letter whose lower case is longer ("İ")
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for accented, plain in _FOLD_PAIRS:
        if accented in low:
            low = low.replace(accented, plain)
    if not low.isascii():
        low = low.translate(_RARE_LETTERS)
    return low


# A clause mark inside a sentence, spelled once: punctuation, brackets, quotes, dashes.
# Each reader joins the groups it needs (`clause_marks`):
#  - a word that opens a clause follows punctuation, a dash, a closing quote or an
#    apostrophe (read on the text as written: "…», dijo el alcalde");
#  - a speaker's name ends at punctuation, a bracket or a quote, and starts after
#    punctuation, an opening bracket or a quote (read on folded text, where the long dashes
#    are hyphens, which also join names: "Acapulco-Zihuatanejo", so those leave dashes out).
CLAUSE_PUNCTUATION = ",;:"
QUOTES = '"“”«»'
CLOSING_QUOTES = "\"”»'’"
DASHES = "—–-"


def clause_marks(*groups: str) -> str:
    """A regular-expression class of the marks in `groups` ("[,;:(]")."""
    return "[" + re.escape("".join(dict.fromkeys("".join(groups)))) + "]"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int

    @property
    def is_headline(self) -> bool:
        return self.paragraph == 0


# A sentence ends at . ! ? followed by space and an upper-case letter, a quote or a digit, or
# at a line break. Abbreviations common in Mexican news ("Edo.", "Gral.", "No.") are kept whole.
_ABBREVIATIONS = {
    "sr", "sra", "dr", "dra", "lic", "ing", "gral", "col", "av", "no", "núm", "edo", "mr", "mrs",
    "ms", "st", "gen", "lt", "sgt", "gov", "sen", "rep", "jr", "u.s", "e.u", "p.m", "a.m", "aprox",
    # places and titles of Mexican datelines and addresses ("Cd. Victoria", "Fracc. Las
    # Palmas", "Km. 25", "Sta. María", "Profr. Juan")
    "cd", "mpio", "fracc", "carr", "km", "sta", "sto", "profr", "profa", "mtro", "mtra", "cmdte",
    "tte",
}  # fmt: skip
# A month's abbreviation before a day is no sentence end ("On Sept. 3, 2021, …", "el 3 de
# ago. 2020"): these only count when a digit follows.
_MONTH_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene",
    "abr", "ago", "dic",
}  # fmt: skip
# Pages flattened by a scraper often lose the space between two sentences ("…por
# separado.En la capital…"): a period right after a lower-case word of three letters or more
# and right before a capitalised word ends a sentence too (not "Cd.Victoria", "U.S.", "3.5").
# A match starts at the final mark (or the line break), so the regex engine finds candidates
# by their first character instead of trying every position of the text; the sentence ends
# right after the mark (`_cut`).
_BOUNDARY = re.compile(
    r"[.!?…](?:[\"'”»)]*\s+(?=[\"'“«¿¡(]?[A-ZÁÉÍÓÚÑ0-9])"
    r"|(?<=[a-záéíóúñü]{3}[.!?])(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñü]))|\n+"
)


def _cut(text: str, match: re.Match[str]) -> int:
    """Where the sentence before a `_BOUNDARY` match ends: after its final mark."""
    start = match.start()
    return start if text[start] == "\n" else start + 1


# No abbreviation is longer than this (with its period): only this much before a period is
# looked at, so deciding each boundary costs the same however long the sentence already is.
_ABBREVIATION_WINDOW = max(map(len, _ABBREVIATIONS | _MONTH_ABBREVIATIONS)) + 2
_LAST_WORD = re.compile(r"(\S+)[.]$")
_DAY_AHEAD = re.compile(r"\s{1,3}\d")


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """True when text[start:end] ends with a known abbreviation and its period ("Gral.")."""
    if end <= start or text[end - 1] != ".":
        return False
    low = max(start, end - _ABBREVIATION_WINDOW)
    word = _LAST_WORD.search(text, low, end)
    if word is None:
        return False
    if word.start() == low and low > start and not text[low - 1].isspace():
        return False  # the word goes on before the window: too long to be an abbreviation
    name = word.group(1).lower().rstrip(".")
    if name in _MONTH_ABBREVIATIONS:
        return _DAY_AHEAD.match(text, end) is not None
    return name in _ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with character offsets; a blank line starts a new paragraph.

    Linear in the length of the text: each boundary is decided by looking at a few
    characters before it, never at the whole sentence so far."""
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for match in _BOUNDARY.finditer(text):
        cut = _cut(text, match)
        separator = text[cut : match.end()]
        if "\n" not in separator and _ends_with_abbreviation(text, start, cut):
            continue
        _append(sentences, text, start, cut, paragraph)
        start = match.end()
        if "\n" in separator:
            paragraph += 1
    _append(sentences, text, start, len(text), paragraph)
    if paragraph == 0 and len(sentences) > 1:
        # A text with no line break (a page flattened to one block): its first sentence is
        # the headline or lead, the rest its body, not all of it a headline.
        sentences[1:] = [replace(s, paragraph=1) for s in sentences[1:]]
    return sentences


# Page furniture: lines of a web page that are not the article's prose. A crosshead (a short
# line with no final punctuation between paragraphs: "Enfrentamientos armados") titles the
# paragraph after it, which tells the same acts; a run of such lines at the end of the text
# lists other articles of the site ("Detienen a tres en Celaya" as a link). Their event words
# report nothing of their own.
CROSSHEAD_WORDS = 6
LINK_LIST_LINES = 3
LIST_ITEM_WORDS = 3  # "Cuatro abatidos", "two arrested": an item of a list, not a title
HEADLINE_WORDS = 25  # a longer line with no final punctuation is prose that lost its period
CAPTION_WORDS = 60  # a caption's line is short: a longer one is prose after a credit
_FINAL_PUNCTUATION = ".!?:;…\"'”»)"
# A line that opens with a list mark ("- ", "• ", "1. ", "2) "): an item of a list, such as
# the results of an operation ("El saldo: - Cinco abatidos - Dos detenidos"), not a crosshead.
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s")


def page_furniture(sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences that are page furniture (crossheads, lists of links to other
    stories, a section label and the headlines under it, photo captions and credits), never
    the first line (the title or the lead)."""

    def whole_line(k: int) -> bool:
        paragraph = sentences[k].paragraph
        before = k == 0 or sentences[k - 1].paragraph != paragraph
        after = k == len(sentences) - 1 or sentences[k + 1].paragraph != paragraph
        return before and after

    def bare(k: int) -> bool:
        return (
            sentences[k].paragraph > 0
            and whole_line(k)
            and sentences[k].text.rstrip()[-1:] not in _FINAL_PUNCTUATION
        )

    def listed(k: int) -> bool:
        """An item of a list: a list mark, or a line after one ending in a colon."""
        if _LIST_ITEM.match(sentences[k].text):
            return True
        return k > 0 and sentences[k - 1].text.rstrip().endswith(":")

    def opens_line(k: int) -> bool:
        return sentences[k].paragraph > 0 and sentences[k - 1].paragraph != sentences[k].paragraph

    folds: dict[int, str] = {}  # the lines that open a paragraph, folded once for the labels

    def folded(k: int) -> str:
        if k not in folds:
            folds[k] = fold(sentences[k].text)
        return folds[k]

    out = {
        k
        for k in range(len(sentences) - 1)
        if bare(k) and len(sentences[k].text.split()) <= CROSSHEAD_WORDS and not listed(k)
    }
    # a line that links to another story ("ALSO READ | …", "Lee también: …")
    labels, captions, sections = _link_labels(), _caption_labels(), _section_labels()
    out |= {k for k in range(1, len(sentences)) if opens_line(k) and labels.match(folded(k))}
    # a photo's caption or credit ("Foto: Cuartoscuro", "Imagen ilustrativa / …"): its line
    for k in range(1, len(sentences)):
        if opens_line(k) and captions.match(folded(k)):
            paragraph = sentences[k].paragraph
            line = [j for j in range(k, len(sentences)) if sentences[j].paragraph == paragraph]
            if sum(len(sentences[j].text.split()) for j in line) <= CAPTION_WORDS:
                out.update(line)

    def teaser(k: int) -> bool:
        """A link's title cut short with an ellipsis ("Five killed in attack on…"), a whole
        line: in a closing list of links, as bare as the others."""
        text = sentences[k].text.rstrip()
        return sentences[k].paragraph > 0 and whole_line(k) and text.endswith(("...", "…"))

    def headline(k: int) -> bool:
        """A line a list of links may hold: bare or cut short, and no longer than a title."""
        return (bare(k) or teaser(k)) and len(sentences[k].text.split()) <= HEADLINE_WORDS

    # the page's own header (title, deck, byline) comes before the first line of prose
    def prose(j: int) -> bool:
        return not whole_line(j) or sentences[j].text.rstrip()[-1:] in _FINAL_PUNCTUATION

    body = next((j + 1 for j in range(len(sentences)) if prose(j)), len(sentences))

    # a section label on its own line ("Lo más leído", "More from Reuters") and the titles
    # listed under it, up to the first line of prose; after the page's header, where a menu's
    # labels stand before the title
    for k in range(body, len(sentences)):
        if opens_line(k) and whole_line(k) and sections.fullmatch(folded(k)):
            out.add(k)
            j = k + 1
            while j < len(sentences) and headline(j):
                out.add(j)
                j += 1

    # a run of titles of other stories after the first line of prose: at the end of the
    # page, or between the lead and the body; not the short items of a list a colon opens
    # ("El saldo: / Cuatro abatidos / Tres detenidos / …")
    def titled(k: int) -> bool:
        return headline(k) and not listed(k) and len(sentences[k].text.split()) > LIST_ITEM_WORDS

    k = body
    while k < len(sentences):
        j = k
        while j < len(sentences) and titled(j):
            j += 1
        opened = sentences[k - 1].text.rstrip().endswith(":")
        if j - k >= LINK_LIST_LINES and not opened:
            out.update(range(k, j))
        k = j + 1
    tail = len(sentences)
    while tail > 0 and (bare(tail - 1) or teaser(tail - 1)):
        tail -= 1
    if len(sentences) - tail >= LINK_LIST_LINES:
        out.update(range(tail, len(sentences)))
    return out


@cache
def _link_labels() -> re.Pattern[str]:
    """The labels that open a line linking to another story (`cues.toml` [furniture])."""
    furniture = _furniture()
    labels, bare = (
        _alternation(_phrases(furniture["link_labels"])),
        _alternation(furniture["bare_link_labels"]),
    )
    # a label then a mark ("Related: …"), or a label no prose opens with then the title
    return re.compile(rf"\W*(?:(?:{labels})\s*[:|»>\-\u2013\u2014]|(?:{bare})\s+\w)")


@cache
def _section_labels() -> re.Pattern[str]:
    """A line that is only the label of a list of other stories ("Lo más leído", "Related
    stories:"): the link labels and the section labels of `cues.toml` [furniture]."""
    furniture = _furniture()
    labels = _alternation(_phrases(furniture["link_labels"]) + furniture["section_labels"])
    openers = _alternation(furniture["section_label_openers"])
    return re.compile(rf"\W*(?:{labels}|(?:{openers})(?:\s+\w+){{1,3}})\W*")


@cache
def _caption_labels() -> re.Pattern[str]:
    """The labels that open a photo's caption or credit (`cues.toml` [furniture])."""
    furniture = _furniture()
    marked, bare = (
        _alternation(furniture["caption_labels"]),
        _alternation(furniture["bare_caption_labels"]),
    )
    return re.compile(rf"\W*(?:(?:{marked})\s*[:|/\-\u2013\u2014]|(?:{bare})\b)")


def _furniture() -> dict[str, list[str]]:
    from sucesos.extract.lexicon import load_data  # lexicon reads this module

    furniture: dict[str, list[str]] = load_data("lexicon/cues.toml")["furniture"]
    return furniture


def _phrases(patterns: list[str]) -> list[str]:
    """Every phrase the lexicon patterns stand for (`lexicon.expand`)."""
    from sucesos.extract.lexicon import expand  # lexicon reads this module

    return [phrase for pattern in patterns for phrase in expand(pattern)]


def _alternation(words: list[str]) -> str:
    from sucesos.extract.lexicon import alternation  # lexicon reads this module

    return alternation(words)


# A "sentence" longer than this (a table, a list without periods, text with no punctuation)
# is cut at the last space before the limit (or at the limit when there is none): the stages
# that look within a sentence then cost the same per character however the text runs on.
MAX_SENTENCE_CHARS = 1500


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = limit if cut < 0 else cut
        _append_one(out, text, start, cut, paragraph)
        start = cut
    _append_one(out, text, start, end, paragraph)


def _append_one(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], paragraph))


# Escapes the regex reads, not characters in the literal: a lone surrogate in a string
# literal is refused by compilers such as mypyc.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SURROGATES = range(0xD800, 0xE000)


def _safe_char(match: re.Match[str]) -> str:
    return "\ufffd" if ord(match.group()) in _SURROGATES else " "


def sanitize(text: str) -> str:
    """`text` with control characters as spaces and lone surrogates as U+FFFD, one for one
    (same length, so offsets hold). Readers already do this (`sucesos.readers.normalize`);
    extraction does it again for articles built in code, so no string can make it fail."""
    return _UNSAFE.sub(_safe_char, text)


class Spans:
    """Spans (start, end) of a text that answer whether one of them holds a given piece, in
    O(log n) a question: scanning every span for every piece costs the product of their
    numbers, the square of a long article's length."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end so far

    def hold(self, start: int, end: int) -> bool:
        """Whether some span contains the whole of `start`..`end`."""
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and self.reach[k] >= end
