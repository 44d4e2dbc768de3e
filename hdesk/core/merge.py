"""Merge rules for copies of a database edited apart (DESIGN.md "Exchange and merge").

Each field holds a set of live values, each stamped with the site that wrote it, that site's
counter and a hybrid logical clock. Each record carries a version vector (site -> highest
counter seen). Merging keeps a value unless the other side's vector covers it, so merging is
commutative, associative and idempotent, and an edit made after seeing another is never lost
to a wrong PC clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Stamp:
    """A live value of one field: `value` is the JSON text of the stored value."""

    hlc: int
    site: str
    counter: int
    value: str


def covered(stamp: Stamp, vector: Mapping[str, int]) -> bool:
    """True when a copy whose version vector is `vector` has seen the write `stamp`."""
    return vector.get(stamp.site, 0) >= stamp.counter


def merge_values(
    local: Iterable[Stamp],
    incoming: Iterable[Stamp],
    local_vv: Mapping[str, int],
    incoming_vv: Mapping[str, int],
) -> frozenset[Stamp]:
    """The live values of a field after merging two copies of its record."""
    mine, theirs = frozenset(local), frozenset(incoming)
    keep = {s for s in mine if s in theirs or not covered(s, incoming_vv)}
    keep |= {s for s in theirs if s in mine or not covered(s, local_vv)}
    return frozenset(keep)


def merge_vectors(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    """Pointwise maximum of two version vectors."""
    out = dict(a)
    for site, counter in b.items():
        if counter > out.get(site, 0):
            out[site] = counter
    return out


def winner(stamps: Iterable[Stamp]) -> Stamp | None:
    """The value shown when several are live: highest (hlc, site)."""
    best = None
    for s in stamps:
        if best is None or (s.hlc, s.site) > (best.hlc, best.site):
            best = s
    return best


def exists_value(stamps: Iterable[Stamp]) -> bool:
    """A record is shown when any live value of its hidden exists-field says so.

    Every edit re-asserts existence, so a delete concurrent with an edit elsewhere keeps
    the record (and the two live values show as a conflict).
    """
    return any(s.value == "true" for s in stamps)


class HybridClock:
    """Hybrid logical clock in milliseconds: max(previous + 1, wall clock, seen).

    Args:
        last: the last value this site issued or saw (stored in the database).
        wall: a function returning the wall clock in ms (replaceable in tests).
    """

    def __init__(self, last: int = 0, wall: Callable[[], int] | None = None):
        self.last = last
        self._wall = wall or (lambda: int(time.time() * 1000))

    def tick(self) -> int:
        self.last = max(self.last + 1, self._wall())
        return self.last

    def see(self, remote: int) -> bool:
        """Advance past a remote timestamp; return True when it is over a day in the future."""
        future = remote > self._wall() + DAY_MS
        if remote > self.last:
            self.last = remote
        return future
