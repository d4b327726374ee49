"""Syndicated copies: near-identical article texts (wire copies, reposts) count as one source.

Each stored article body gets a MinHash fingerprint (datasketch) of its word shingles; the
fingerprint is cut into LSH bands (band count and width from datasketch's `MinHashLSH` for
the configured threshold) whose keys are stored, so finding earlier copies is an indexed
lookup of the article's band keys, not a comparison with every article. A candidate is a
copy when the estimated Jaccard similarity of the two shingle sets reaches the threshold;
the copy then points at the original (`copy_of`, the first stored article of the text).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import sqlalchemy as sa

from sucesos.models import Article
from sucesos.resolve.config import settings
from sucesos.store import schema
from sucesos.store.keys import fold
from sucesos.store.writer import in_clauses

if TYPE_CHECKING:
    from datasketch import MinHash

# datasketch is imported where a MinHash is made, not with this module: it brings in scipy
# (about a second), which commands that only import the resolver (`sucesos extract`) skip.
_WORD = re.compile(r"\w+")
# Stored signatures only compare with signatures of the same permutation scheme: pinned.
SCHEME = "affine32"


# (threshold, permutations) -> (bands, rows per band) as datasketch's `MinHashLSH` chooses
# them (a test checks each): its choice integrates with scipy, whose import alone costs about a
# second of CPU per ingest process (and per extraction worker).
_KNOWN_BANDS = {(0.6, 128): (18, 7)}


@cache
def _bands() -> tuple[int, int]:
    """(bands, rows per band) that datasketch chooses for the threshold and permutations."""
    conf = settings()["syndication"]
    threshold, num_perm = float(conf["threshold"]), int(conf["num_perm"])
    known = _KNOWN_BANDS.get((threshold, num_perm))
    if known is not None:
        return known
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def shingles(text: str) -> set[str]:
    """The text's word shingles (folded: case and accents ignored)."""
    words = _WORD.findall(fold(text))
    k = int(settings()["syndication"]["shingle_words"])
    return {" ".join(words[i : i + k]) for i in range(max(0, len(words) - k + 1))}


def fingerprint(text: str) -> MinHash | None:
    """The MinHash of the text's shingles; None for texts too short to tell copies apart."""
    from datasketch import MinHash

    values = _hashvalues(text)
    if values is None:
        return None
    return MinHash(hashvalues=values, scheme=SCHEME, permutations=_permutations())


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (a, b) datasketch draws for the configured MinHash (its
    `_init_permutations` for the affine32 scheme: odd multipliers and offsets from
    `RandomState(1)`), drawn here once without importing datasketch (a test compares them)."""
    num_perm = int(settings()["syndication"]["num_perm"])
    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


_SEED = 1  # datasketch's default MinHash seed


# MurmurHash3's 32-bit finalizer (shift, multiplier, shift, multiplier, shift), the pre-mix
# datasketch's affine32 scheme applies to each hash before permuting it.
_FMIX32 = (
    np.uint32(16),
    np.uint32(0x85EBCA6B),
    np.uint32(13),
    np.uint32(0xC2B2AE35),
    np.uint32(16),
)


def _hashvalues(text: str) -> np.ndarray | None:
    """`MinHash.update_batch` of the text's shingles on a fresh affine32 MinHash, computed on
    whole arrays: the 32-bit SHA-1 hashes of every shingle in one buffer instead of one
    `struct.unpack` a shingle (a test checks the two agree). None for short texts."""
    found = shingles(text)
    if len(found) < int(settings()["syndication"]["min_shingles"]):
        return None
    sha1 = hashlib.sha1
    raw = b"".join([sha1(s.encode("utf-8")).digest()[:4] for s in found])
    hv = np.frombuffer(raw, dtype="<u4").astype(np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    a, b = _permutations()
    result: np.ndarray = (hv * a + b).min(axis=0)
    return result


def band_keys(mh: MinHash) -> list[str]:
    """The LSH band keys of a fingerprint: two texts share one with high probability when
    their similarity is above the threshold, and rarely when it is well below."""
    return _band_keys(mh.hashvalues)


def _band_keys(values: np.ndarray) -> list[str]:
    b, r = _bands()
    return [
        f"{i}:{hashlib.blake2b(values[i * r : (i + 1) * r].tobytes(), digest_size=12).hexdigest()}"
        for i in range(b)
    ]


def similarity(a: MinHash, b: MinHash) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(a.jaccard(b))


def _from_bytes(data: bytes) -> MinHash:
    from datasketch import MinHash

    values = np.frombuffer(data, dtype=np.uint64).copy()
    return MinHash(num_perm=len(values), hashvalues=values, scheme=SCHEME)


def register(conn: sa.Connection, article: Article) -> str | None:
    """Fingerprint a newly stored article; returns the id of the original it copies, if any.

    Run once per article, right after it is stored. Among earlier articles sharing a band
    key, the most similar one at or above the threshold is the match; its own original (or
    itself) becomes this article's `copy_of`, so every copy points at one original.
    """
    mh = fingerprint(article.text)
    if mh is None:
        return None
    keys = band_keys(mh)
    fp, lsh = schema.article_fingerprints, schema.article_lsh
    candidates = sa.select(lsh.c.article_id).where(lsh.c.band_key.in_(keys)).distinct()
    rows = conn.execute(
        sa.select(fp.c.article_id, fp.c.copy_of, fp.c.signature).where(
            fp.c.article_id.in_(candidates), fp.c.article_id != article.id
        )
    ).all()
    threshold = float(settings()["syndication"]["threshold"])
    best: tuple[float, str] | None = None
    for row in rows:
        found = (similarity(mh, _from_bytes(row.signature)), str(row.copy_of or row.article_id))
        if found[0] >= threshold and (best is None or found > best):
            best = found
    conn.execute(
        fp.insert(),
        {
            "article_id": article.id,
            "copy_of": best[1] if best else None,
            "similarity": round(best[0], 4) if best else None,
            "signature": mh.hashvalues.astype(np.uint64).tobytes(),
        },
    )
    conn.execute(lsh.insert(), [{"band_key": k, "article_id": article.id} for k in keys])
    return best[1] if best else None


@dataclass(frozen=True)
class Fingerprint:
    """An article body's MinHash values (uint64 bytes) and LSH band keys: computed where the
    article is extracted (a worker process), matched by the writer (`find_originals`)."""

    signature: bytes
    keys: tuple[str, ...]


def fingerprint_text(text: str) -> Fingerprint | None:
    """The text's fingerprint; None for texts too short to tell copies apart."""
    values = _hashvalues(text)
    if values is None:
        return None
    return Fingerprint(values.astype(np.uint64).tobytes(), tuple(_band_keys(values)))


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """`MinHash.jaccard` on raw hash values."""
    return float(np.count_nonzero(a == b)) / float(len(a))


def find_originals(
    conn: sa.Connection, new: Sequence[tuple[str, Fingerprint | None]]
) -> list[tuple[str | None, float | None]]:
    """(copy_of, similarity) for each new article, in order, as `register` would give them
    one by one: candidates are stored articles and earlier ones of `new` sharing a band key.

    The stored candidates of the whole batch come from one query per table.
    """
    keys = sorted({k for _, fp in new if fp is not None for k in fp.keys})
    lsh, fps = schema.article_lsh, schema.article_fingerprints
    by_key: dict[str, list[str]] = {}
    for clause in in_clauses(conn, lsh.c.band_key, keys):
        for key, article_id in conn.execute(
            sa.select(lsh.c.band_key, lsh.c.article_id).where(clause)
        ):
            by_key.setdefault(key, []).append(article_id)
    stored: dict[str, tuple[str, np.ndarray]] = {}
    wanted = sorted({a for ids in by_key.values() for a in ids})
    for clause in in_clauses(conn, fps.c.article_id, wanted):
        query = sa.select(fps.c.article_id, fps.c.copy_of, fps.c.signature).where(clause)
        for row in conn.execute(query):
            values = np.frombuffer(row.signature, dtype=np.uint64)
            stored[row.article_id] = (str(row.copy_of or row.article_id), values)
    threshold = float(settings()["syndication"]["threshold"])
    out: list[tuple[str | None, float | None]] = []
    for article_id, fp in new:
        if fp is None:
            out.append((None, None))
            continue
        mine = np.frombuffer(fp.signature, dtype=np.uint64)
        candidates = {a for k in fp.keys for a in by_key.get(k, ()) if a != article_id}
        best: tuple[float, str] | None = None
        for other in candidates:
            known = stored.get(other)
            if known is None:
                continue
            found = (_jaccard(mine, known[1]), known[0])
            if found[0] >= threshold and (best is None or found > best):
                best = found
        out.append((best[1], round(best[0], 4)) if best else (None, None))
        # Later articles of the batch see this one as stored.
        stored[article_id] = (best[1] if best else article_id, mine)
        for k in fp.keys:
            by_key.setdefault(k, []).append(article_id)
    return out


def originals(conn: sa.Connection, article_ids: list[str]) -> dict[str, str]:
    """{article id: id of the original it copies}, for the given articles that are copies."""
    if not article_ids:
        return {}
    fp = schema.article_fingerprints
    query = sa.select(fp.c.article_id, fp.c.copy_of).where(
        fp.c.article_id.in_(article_ids), fp.c.copy_of.is_not(None)
    )
    return {str(row.article_id): str(row.copy_of) for row in conn.execute(query)}
