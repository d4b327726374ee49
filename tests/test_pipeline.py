"""The extraction pipeline checks at construction that every stage has what it needs."""

from __future__ import annotations

import pytest

from sucesos.extract.pipeline import DEFAULT_STAGES, Pipeline, PipelineError, Stage


def test_default_pipeline_builds() -> None:
    assert Pipeline(DEFAULT_STAGES).stage_names[0] == "sentences"


def test_stage_without_its_input_is_refused() -> None:
    stages = [s for s in DEFAULT_STAGES if s.name != "sentences"]
    with pytest.raises(PipelineError, match=r"\[E024\] stage 'triggers' needs sentences"):
        Pipeline(stages)


def test_stage_before_its_provider_is_refused() -> None:
    events = next(s for s in DEFAULT_STAGES if s.name == "events")
    with pytest.raises(PipelineError, match=r"\[E024\] stage 'events'"):
        Pipeline([events, *[s for s in DEFAULT_STAGES if s is not events]])


def test_unknown_doc_field_is_refused() -> None:
    with pytest.raises(PipelineError, match=r"\[E023\]"):
        Stage("custom", lambda doc: None, needs=("paragraphs",))


def test_repeated_stage_name_is_refused() -> None:
    with pytest.raises(PipelineError, match=r"\[E022\]"):
        Pipeline([*DEFAULT_STAGES, DEFAULT_STAGES[0]])
