"""Where the response cache (`sucesos.web.cache`) keeps answers: `LocalAnswers`, in the
memory of one process (one `sucesos serve` process, tests, the demo), or
`sucesos.web.shared_cache.SharedAnswers`, one file for all the workers of a server.

Both give the same three calls: `generation(token)` (what answers are keyed by, for a
request that read the data token `token` before computing), `get(key)` and `put(key,
answer)`, where `key` starts with that generation.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Answer:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class Answers(Protocol):
    def generation(self, token: str) -> str: ...

    def get(self, key: tuple[str, ...]) -> Answer | None: ...

    def put(self, key: tuple[str, ...], answer: Answer) -> None: ...


class LocalAnswers:
    """Answers by key in this process, dropping the least recently used past `capacity`
    bytes of bodies (one answer may use at most an eighth of it). The generation is the
    data token itself: in one process, one token."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.size = 0
        self._items: OrderedDict[tuple[str, ...], Answer] = OrderedDict()

    def generation(self, token: str) -> str:
        return token

    def get(self, key: tuple[str, ...]) -> Answer | None:
        answer = self._items.get(key)
        if answer is not None:
            self._items.move_to_end(key)
        return answer

    def put(self, key: tuple[str, ...], answer: Answer) -> None:
        if len(answer.body) > self.capacity // 8:
            return
        old = self._items.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self._items[key] = answer
        self.size += len(answer.body)
        while self.size > self.capacity:
            _, dropped = self._items.popitem(last=False)
            self.size -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._items)
