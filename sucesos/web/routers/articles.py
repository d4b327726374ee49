"""/api/articles: read one stored article; ingest new ones (needs the token)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Path, status
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from sucesos import api
from sucesos.readers.errors import ReadError, Reporter
from sucesos.readers.normalize import clean_text
from sucesos.readers.records import ReadContext, article_from_record
from sucesos.store import queries
from sucesos.web.dependencies import StoreDep, read_access, require_token

router = APIRouter(prefix="/api", tags=["articles"])

MAX_ARTICLES = 1000  # per request; bigger dumps go through `sucesos ingest`


def _clean(value: Any) -> Any:
    # Before pydantic's own check, which refuses a lone surrogate (a "\udc80" escape): the
    # text is normalized as every reader does it (sucesos.readers.normalize), not refused.
    return clean_text(value).text if isinstance(value, str) else value


Text = Annotated[str, BeforeValidator(_clean)]


class ArticleIn(BaseModel):
    """One news article. Only `text` is required; other fields are kept as metadata."""

    model_config = ConfigDict(extra="allow")

    text: Text = Field(min_length=1, max_length=2_000_000)
    id: Text | None = Field(default=None, max_length=200)
    url: Text | None = Field(default=None, max_length=2000)
    title: Text | None = Field(default=None, max_length=2000)
    published: Text | None = Field(default=None, max_length=64, examples=["2026-11-24"])
    source: Text | None = Field(default=None, max_length=200)
    language: Text | None = Field(default=None, max_length=16)


@router.get("/articles/{article_id}", dependencies=[Depends(read_access)])
def get_article(
    store: StoreDep, article_id: Annotated[str, Path(min_length=1, max_length=200)]
) -> dict[str, Any]:
    """One stored article, its text exactly as stored, and the events it reports."""
    with store.engine.connect() as conn:
        article = queries.get_article(conn, article_id)
    if article is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id!r}")
    return article


@router.post("/articles", dependencies=[Depends(require_token)])
def post_articles(
    store: StoreDep,
    body: Annotated[
        ArticleIn | list[ArticleIn],
        Body(description=f"One article or a list of up to {MAX_ARTICLES}."),
    ],
) -> dict[str, Any]:
    """Ingest one or many articles (extract, resolve, store) and return what changed.

    Articles already stored (same id) are skipped. Needs `Authorization: Bearer <token>`.
    """
    items = body if isinstance(body, list) else [body]
    if not items:
        raise HTTPException(422, "no articles given")
    if len(items) > MAX_ARTICLES:
        raise HTTPException(
            413,
            f"{len(items)} articles in one request; at most {MAX_ARTICLES}",
        )
    problems: list[ReadError] = []
    ctx = ReadContext(Reporter(problems))
    articles = []
    for i, item in enumerate(items):
        record = item.model_dump(exclude_none=True)
        article = article_from_record(record, ctx, "request", item=i)
        if article is not None:
            articles.append(article)
    errors = [str(p) for p in problems if p.skipped]
    if not articles:
        raise HTTPException(422, errors or "nothing to ingest")
    summary = api.ingest_articles(articles, store=store)
    return {
        **summary.to_dict(),
        "errors": errors + summary.errors,
        "article_ids": [a.id for a in articles],
    }
