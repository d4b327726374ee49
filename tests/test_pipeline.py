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


def test_page_furniture_is_found_once_and_read_from_the_doc() -> None:
    """The sentences stage marks page furniture on the Doc; triggers and counts read that
    mark (found once per article, not once per stage)."""
    from datetime import date

    from sucesos.extract.pipeline import default_pipeline, stage_counts, stage_triggers
    from sucesos.extract.text import page_furniture
    from sucesos.models import Article

    text = (
        "Reportan saldo violento en el municipio\n\n"
        "Ataque armado en bar\n\n"
        "Hombres armados asesinaron a tres personas en un bar de Celaya este lunes."
    )
    doc = default_pipeline().run(Article(text=text, published=date(2025, 3, 4), language="es"))
    assert doc.furniture == frozenset(page_furniture(doc.sentences)) == {1}
    assert [c.value for c in doc.counts] == [3]
    # a sentence marked as furniture on the Doc gives neither event words nor figures
    doc.furniture = frozenset({2})
    stage_triggers(doc)
    stage_counts(doc)
    assert all(t.start < doc.sentences[2].start for t in doc.triggers)
    assert doc.counts == []


def test_text_with_no_event_word_or_figure_skips_the_stages_of_events() -> None:
    """Wanting only events, a text with no event word and no figure skips the stages that
    serve only events (places, dates, actors, sources, status): the same (no) events."""
    from sucesos.extract.pipeline import default_pipeline
    from sucesos.models import Article

    pipeline = default_pipeline()
    quiet = Article(text="El festival de música llega a Zapopan, Jalisco, el sábado.", id="q")
    full = pipeline.run(quiet)
    fast = pipeline.run(quiet, events_only=True)
    assert full.places and not fast.places  # the stage ran only when the whole Doc was asked
    assert full.events == fast.events == pipeline(quiet) == []
    news = Article(text="Asesinan a dos hombres en Zapopan, Jalisco, el sábado.", id="n")
    assert pipeline.run(news, events_only=True).places  # an event word: every stage runs
    assert pipeline(news) == pipeline.run(news).events


def test_stages_of_events_are_skipped_only_after_triggers_and_counts() -> None:
    """A pipeline without a counts stage cannot tell a text has no figure: nothing skips."""
    stages = [s for s in DEFAULT_STAGES if s.name not in ("counts", "grounds", "events")]
    from sucesos.models import Article

    doc = Pipeline(stages).run(
        Article(text="El festival llega a Zapopan, Jalisco, el sábado.", id="q"), events_only=True
    )
    assert doc.places
