"""Follow-ups: an article whose news is not violence (a march, a hearing, an identification,
an arrest) about a violent happening of long ago tells that happening again without a date
("A un año de la masacre, familiares marcharon este domingo. Aquella noche, hombres armados
mataron a diez personas", "A judge ordered a former officer to stand trial for the 2019
killing of a reporter. The reporter was shot six times outside his home"). Until the article
tells violence of its own, an undated sentence of violence set in none but the old
happening's towns goes on telling that happening: background."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sucesos.extract.assemble.draft import Found
from sucesos.extract.assemble.news import tense_settings
from sucesos.extract.dates import DateMatch, is_historical, period_end
from sucesos.extract.kinds import is_violent

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

_LIVE = ("reported", "disputed")


def _towns(found: Found, i: int) -> set[str]:
    return {
        p.location.admin2
        for p in found.places[i]
        if p.location.admin2 and p.location.precision in ("municipality", "locality")
    }


@dataclass
class FollowUp:
    """What the sentences told so far say of the article: the towns of an old violent
    happening it told as background (None before one), and whether it told violence as news."""

    old_towns: set[str] | None = None
    violent_news: bool = False
    # the last day the old happening's sentences name: a later sentence's date no later
    # than it is that happening's ("Fue el 30 de diciembre cuando ocurrió el ataque")
    old_until: date | None = None
    _seen: int = field(default=0)

    def note(self, doc: Doc, found: Found, upto: int, acts: dict[int, str]) -> None:
        """Take in the sentences before `upto` (`acts`: each event word's status)."""
        for j in range(self._seen, upto):
            violent = [t for t in found.triggers[j] if is_violent(t.category)]
            # court news tells the violence it judges as background (`sentence_drafts`)
            court = doc.status[j].judicial
            if not court and any(acts.get(t.start) in _LIVE for t in violent):
                self.violent_news = True
            elif violent and self._old(
                doc,
                found,
                j,
                # a tally's violence is many happenings: only its own dates may make it
                # old (a round-up of the last hours says "han sido escenario", and the
                # cases it tells after it are its news, not a retelling)
                words=not all(acts.get(t.start) == "statistic" for t in violent),
            ):
                self.old_towns = (self.old_towns or set()) | _towns(found, j)
                ends = [period_end(d) for d in self._own_dates(found, j)]
                if ends:
                    self.old_until = max([*ends, *([self.old_until] if self.old_until else [])])
        self._seen = max(self._seen, upto)

    def _old(self, doc: Doc, found: Found, j: int, words: bool = True) -> bool:
        """Whether sentence `j` dates its background long before the news: a background word
        (when `words`) or a date more than `background_days` before publication."""
        # what someone is arrested or accused for ("detienen al presunto responsable de la
        # masacre", "arrested five suspects in the killings of"): a crime before the news
        if words and (doc.status[j].background or doc.status[j].accused_at):
            return True
        published = doc.published
        if published is None:
            return False
        days = tense_settings().background_days
        return any(
            not d.future
            and d.start not in found.reporting
            and (is_historical(d, published) or period_end(d) < published - timedelta(days=days))
            for d in found.dates[j]
        )

    @staticmethod
    def _own_dates(found: Found, i: int) -> list[DateMatch]:
        """The dates of sentence `i` that date what it tells (not a day a source spoke)."""
        return [d for d in found.dates[i] if not d.future and d.start not in found.reporting]

    def retells(self, doc: Doc, found: Found, i: int) -> bool:
        """Whether sentence `i` tells the old happening again: no date of its own (a day a
        source spoke aside), only violence, no new happening ("otro ataque"), no town but
        the old happening's."""
        if self.violent_news or self.old_towns is None or doc.status[i].new_incident:
            return False
        until = self.old_until
        if any(until is None or period_end(d) > until for d in self._own_dates(found, i)):
            return False
        triggers = found.triggers[i]
        if not triggers or not all(is_violent(t.category) for t in triggers):
            return False
        return _towns(found, i) <= self.old_towns
