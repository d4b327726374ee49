"""Measure extraction against human-coded gold data (the `sucesos eval` command).

- `sucesos.evaluation.headlines`: headline and snippet sets (Monitor PPD, UCDP GED, CASE
  2021), one article-level prediction per record; `.gold` reads their records and label
  tables, `.reduce` turns an article's events into that one prediction.
- `sucesos.evaluation.articles`: full articles with every event coded, scored event by event.
"""

from sucesos.evaluation.articles import (
    ArticleGoldError,
    ArticleScores,
    evaluate_articles,
    format_article_scores,
    is_article_gold,
    score_articles,
)
from sucesos.evaluation.gold import case_label_map, read_gold, record_to_article, state_key
from sucesos.evaluation.headlines import (
    TARGETS,
    EvalReport,
    Metric,
    SetReport,
    Target,
    evaluate_files,
    format_report,
    score_record,
)
from sucesos.evaluation.reduce import Prediction, reduce_events

__all__ = [
    "TARGETS",
    "ArticleGoldError",
    "ArticleScores",
    "EvalReport",
    "Metric",
    "Prediction",
    "SetReport",
    "Target",
    "case_label_map",
    "evaluate_articles",
    "evaluate_files",
    "format_article_scores",
    "format_report",
    "is_article_gold",
    "read_gold",
    "record_to_article",
    "reduce_events",
    "score_articles",
    "score_record",
    "state_key",
]
