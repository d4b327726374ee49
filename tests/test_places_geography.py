"""Geography beyond the text's own place names: colonias, outlet and address priors, everyday
names, Juárez, and the reasons given for dropped names.

All sentences, outlets and addresses below are invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sucesos import api
from sucesos.cli import main
from sucesos.extract import extract
from sucesos.extract.outlets import OutletPriors, extract_batch, outlet_key, outlet_table
from sucesos.extract.places import Dropped, find_places
from sucesos.extract.places_address import address_hint
from sucesos.models import Article


def muns(text: str, **kw: str) -> list[str | None]:
    return [m.location.admin2_code for m in find_places(text, **kw) if m.location.admin2_code]


def states(text: str, **kw: str) -> list[str | None]:
    return [m.location.admin1_code for m in find_places(text, **kw)]


def event_place(article: Article, **kw: str) -> tuple[str | None, str | None]:
    records = extract(article, **kw)
    assert records, "the invented sentence must report an event"
    loc = records[0].locations[0]
    return loc.admin1_code, loc.admin2_code


# ---- colonias ------------------------------------------------------------------------------


def test_colonia_resolves_to_its_municipality() -> None:
    # "Alejandro Redo" is a colonia of Culiacán only; the text names no town.
    assert muns("Balean a un repartidor en la colonia Alejandro Redo") == ["25006"]


def test_colonia_named_like_a_municipality_elsewhere_is_not_that_municipality() -> None:
    # Apodaca is a municipality of Nuevo León and a colonia of Cajeme, Sonora.
    found = muns("Hallan un vehículo baleado en la colonia Apodaca", home_state="MX-SON")
    assert found == ["26018"]
    assert "19006" not in muns("Hallan un vehículo baleado en la colonia Apodaca")


def test_colonia_with_the_town_after_it_takes_that_town() -> None:
    found = find_places("Detienen a dos en la colonia Hidalgo de Culiacán")
    assert {m.location.admin2_code for m in found} == {"25006"}
    assert all(m.location.precision == "municipality" for m in found)


def test_a_colonia_of_a_town_is_that_town_not_a_colonia_named_after_it() -> None:
    # "una colonia de Torreón": a neighbourhood of the town, though colonias named
    # Torreón exist elsewhere; likewise a "fraccionamiento de" or "colonias de" a town.
    assert muns("Asesinan a dos hombres en una colonia de Torreón, Coahuila") == ["05035"]
    assert muns("Hubo disparos en colonias de Culiacán durante la noche") == ["25006"]


def test_common_colonia_name_without_a_town_is_dropped_not_guessed() -> None:
    dropped: list[Dropped] = []
    assert muns("Riña en la colonia Guadalupe", home_state="MX-SIN") == []
    find_places("Riña en la colonia Guadalupe", home_state="MX-SIN", dropped=dropped)
    assert any("several municipalities" in d.reason for d in dropped)


# ---- outlet priors -------------------------------------------------------------------------


def test_outlet_table_prior_breaks_a_tie_between_same_named_towns() -> None:
    text = "Enfrentamiento armado en Matamoros deja tres muertos"
    coahuila = Article(text=text, source="El Siglo de Torreón")
    tamaulipas = Article(text=text, url="https://www.elmanana.com/nota/123")
    assert event_place(coahuila) == ("MX-COA", "05017")
    assert event_place(tamaulipas) == ("MX-TAM", "28022")


def test_outlet_names_are_one_key_whatever_their_spelling() -> None:
    assert outlet_key("El Periódico  Correo") == outlet_key("periodico correo")
    table = outlet_table()
    assert table.find("LA VOZ DE MICHOACAN", None) is table.find(
        None, "https://lavozdemichoacan.com.mx/x"
    )


def test_first_pass_learns_an_unknown_outlets_home_state() -> None:
    towns = ["Culiacán", "Navolato", "Guasave", "Mazatlán", "Elota"]
    batch = [
        Article(text=f"Asesinan a un hombre en {town}", source="Gaceta Inventada", id=f"a{i}")
        for i, town in enumerate(towns)
    ]
    batch.append(Article(text="Matan a un tendero en su local", source="Gaceta Inventada"))
    results = dict((a.id, r) for a, r in extract_batch(batch, OutletPriors()))
    last = results[batch[-1].id]
    assert not isinstance(last, Exception)
    assert last[0].locations[0].admin1_code == "MX-SIN"


def test_extract_cli_learns_outlets_from_its_input(tmp_path: Path) -> None:
    lines = [
        {"id": f"b{i}", "text": f"Asesinan a un hombre en {t}", "source": "Voz Inventada"}
        for i, t in enumerate(["Celaya", "Irapuato", "Salamanca", "León", "Silao"])
    ]
    lines.append(
        {"id": "last", "text": "Matan a un tendero en su local", "source": "Voz Inventada"}
    )
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    last = [json.loads(x) for x in result.stdout.splitlines() if '"last"' in x]
    assert last[0]["locations"][0]["admin1_code"] == "MX-GUA"


def test_store_learned_home_state_reaches_extract(tmp_path: Path) -> None:
    store = api.open_store(tmp_path / "s.db")
    try:
        priors = api.outlet_priors(store)
        priors.learned.observe("Eco Inventado", "MX-DUR", 9)
        article = Article(text="Matan a un tendero en su local", source="Eco Inventado")
        assert priors.home_state(article) == "MX-DUR"
    finally:
        store.close()


# ---- address hints -------------------------------------------------------------------------


def test_address_section_places_a_report_that_names_no_place() -> None:
    article = Article(
        text="Matan a un tendero en su local",
        url="https://noticias-inventadas.mx/seguridad/culiacan/asesinan-a-un-hombre",
    )
    assert event_place(article) == ("MX-SIN", "25006")


def test_address_is_below_what_the_text_says() -> None:
    article = Article(
        text="Asesinan a un hombre en Tepic",
        url="https://noticias-inventadas.mx/seguridad/culiacan/asesinan-a-un-hombre",
    )
    assert event_place(article) == ("MX-NAY", "18017")


def test_address_segment_shared_by_towns_needs_the_outlets_state() -> None:
    url = "https://inventado.mx/juarez/nota-1"
    hint = address_hint(url, "MX-CHH")
    assert hint is not None and hint.location.admin2_code == "08037"
    assert address_hint(url) is None


def test_outlet_name_naming_its_city_places_a_report_that_names_no_place() -> None:
    article = Article(text="Asesinan a un taxista frente a una tienda", source="El Faro de Uruapan")
    assert event_place(article) == ("MX-MIC", "16102")


def test_outlet_name_town_counts_only_in_the_outlets_home_state() -> None:
    article = Article(text="Asesinan a un taxista frente a una tienda", source="El Faro de Uruapan")
    assert event_place(article, home_state="MX-JAL") == ("MX-JAL", None)


def test_outlet_name_town_shared_by_states_needs_the_home_state() -> None:
    article = Article(text="Asesinan a un taxista frente a una tienda", source="Voz de Juárez")
    assert event_place(article, home_state="MX-NLE") == ("MX-NLE", "19031")


def test_city_paper_of_the_table_places_a_report_that_names_no_place_in_its_city() -> None:
    article = Article(
        text="Asesinan a un taxista frente a una tienda", url="https://www.elsoldetampico.com.mx/n1"
    )
    assert event_place(article) == ("MX-TAM", "28038")


def test_state_capital_paper_places_a_report_that_names_no_place_only_in_its_state() -> None:
    article = Article(
        text="Asesinan a un taxista frente a una tienda", url="https://www.noroeste.com.mx/nota-1"
    )
    assert event_place(article) == ("MX-SIN", None)


# ---- everyday names ------------------------------------------------------------------------


def test_short_forms_and_abbreviations() -> None:
    assert states("Operativo en la CDMX y el Edomex") == ["MX-CMX", "MX-MEX"]
    assert muns("Balacera en GDL deja un herido") == ["14039"]
    assert muns("Reportan un robo en TJ") == ["02004"]


def test_text_capitalised_only_at_sentence_starts_writes_names_in_lowercase() -> None:
    assert muns("Balean a un repartidor junto al mercado de zapopan") == ["14120"]


def test_lowercase_name_in_capitalised_prose_is_a_word() -> None:
    assert muns("Balean a un repartidor junto al mercado de zapopan en Tonalá") == ["14101"]


def test_abbreviation_in_lowercase_prose_is_a_word() -> None:
    assert muns("El equipo llegó con gdl y sin refuerzos") == []


def test_everyday_names_of_cities() -> None:
    assert muns("Asaltan una joyería en la capital tapatía") == ["14039"]
    assert muns("Balacera en la Sultana del Norte") == ["19039"]


def test_demonyms_are_weak_evidence() -> None:
    found = find_places("Detienen a policías mexiquenses por extorsión")
    assert [m.location.admin1_code for m in found] == ["MX-MEX"]
    assert found[0].score <= 0.55
    assert muns("La policía tapatía detuvo a dos") == ["14039"]


def test_english_forms_of_states() -> None:
    assert states("Gunmen kill four in Nuevo Leon state") == ["MX-NLE"]
    assert states("Police in the State of Mexico found two bodies") == ["MX-MEX"]


# ---- Juárez --------------------------------------------------------------------------------


def test_juarez_with_its_state_named() -> None:
    assert muns("Ataque armado en Juárez, Nuevo León") == ["19031"]


def test_juarez_from_the_outlets_state() -> None:
    assert muns("Ataque armado en Juárez", home_state="MX-CHH") == ["08037"]
    assert muns("Ataque armado en Juárez", home_state="MX-NLE") == ["19031"]


def test_juarez_as_a_surname_is_no_place() -> None:
    assert muns("El agente Pedro Juárez declaró ante el juez") == []
    assert muns("Juárez dijo que no habrá impunidad") == []


def test_juarez_as_a_headline_kicker() -> None:
    assert muns("Juarez: two men shot outside a bar") == ["08037"]


# ---- precision filters and reasons ---------------------------------------------------------


def test_streets_of_a_city_are_where_it_happened() -> None:
    assert muns("Balean a un hombre en calles de Culiacán") == ["25006"]
    assert muns("Two men were shot on the streets of Tijuana") == ["02004"]


def test_building_of_a_town_several_states_share_takes_the_outlets_state() -> None:
    assert muns("Llega herido de bala al hospital de Nogales", home_state="MX-SON") == ["26043"]


def test_building_of_a_town_several_states_share_without_a_prior_is_dropped() -> None:
    assert muns("Llega herido de bala al hospital de Nogales") == []


def test_name_closing_a_headline_after_a_comma_is_where_it_happened() -> None:
    assert muns("Balean a un joven afuera de su casa en la colonia Las Granjas, León") == ["11020"]


def test_one_place_spelled_two_ways_is_one_candidate() -> None:
    assert muns("Ejecutan a dos hombres en Cd Juarez") == ["08037"]


def test_street_cue_blocks_only_the_name_right_after_it() -> None:
    found = find_places("Balacera en la calle Morelos, en Cuernavaca")
    assert [m.location.admin2_code for m in found] == ["17007"]


def test_dropped_mention_has_its_reason() -> None:
    dropped: list[Dropped] = []
    find_places("Balacera en la calle Morelos de Cuernavaca", dropped=dropped)
    reasons = {d.surface: d.reason for d in dropped}
    assert "street" in reasons["Morelos"]


def test_extract_verbose_prints_a_reason_per_dropped_mention(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "v1", "text": "Balacera en la calle Morelos de Cuernavaca"}))
    result = CliRunner().invoke(main, ["extract", "-v", str(path)])
    assert result.exit_code == 0
    assert "v1: place dropped: 'Morelos'" in result.stderr
    assert "street" in result.stderr


def _ingest_verbose(tmp_path: Path, workers: str) -> str:
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "v1", "text": "Balacera en la calle Morelos de Cuernavaca"},
        {"id": "v2", "text": "Asaltan una farmacia en la avenida Hidalgo de Tepic"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    db = tmp_path / "v.db"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", "-v", "-w", workers, str(path)])
    assert result.exit_code == 0, result.output
    return result.stderr


def test_ingest_verbose_prints_one_reason_per_dropped_mention(tmp_path: Path) -> None:
    lines = [ln for ln in _ingest_verbose(tmp_path, "1").splitlines() if "place dropped" in ln]
    assert len(lines) == len(set(lines))  # one line a mention
    assert any(ln.startswith("v1: place dropped: 'Morelos' at 21: a street") for ln in lines)
    assert any(ln.startswith("v2: place dropped: 'Hidalgo' at 35: a street") for ln in lines)


def test_ingest_verbose_reasons_come_back_from_worker_processes(tmp_path: Path) -> None:
    assert "v2: place dropped: 'Hidalgo'" in _ingest_verbose(tmp_path, "2")


def test_every_local_outlet_says_what_shows_its_home_state() -> None:
    import tomllib
    from importlib import resources

    table = tomllib.loads(resources.files("sucesos.data").joinpath("outlets.toml").read_text())
    local = [row for row in table["outlet"] if not row.get("national")]
    assert local
    for row in local:
        assert row.get("identity", "").startswith(("its name", "its web domain", "a page")), row


def test_starter_feeds_agree_with_the_outlet_table() -> None:
    import tomllib
    from importlib import resources

    feeds = tomllib.loads(resources.files("sucesos.data").joinpath("feeds.toml").read_text())
    for feed in feeds["feed"]:
        outlet = outlet_table().find(feed["name"], feed["url"])
        assert outlet is not None, feed["name"]
        assert outlet.home_state == feed.get("home_state"), feed["name"]


def test_small_ambiguous_place_falls_back_to_the_state() -> None:
    # Two small villages of this name, in Aguascalientes and San Luis Potosí.
    text = "Asesinan a un hombre en Paso Blanco"
    assert find_places(text) == []
    found = find_places(text, home_state="MX-SLP")
    assert [(m.location.precision, m.location.admin1_code) for m in found] == [("state", "MX-SLP")]


def test_place_must_lie_in_the_town_named_right_after_it() -> None:
    dropped: list[Dropped] = []
    found = find_places("Hallan un cuerpo en Las Delicias de Irapuato", dropped=dropped)
    assert [m.location.admin2_code for m in found] == ["11017"]
    assert any("town named right after" in d.reason for d in dropped)


def test_eval_scores_through_the_same_geography_as_extract(tmp_path: Path) -> None:
    from sucesos.evaluation import evaluate_files

    towns = ["Culiacán", "Navolato", "Guasave", "Mazatlán", "Elota", "Ahome"]
    rows = [
        {
            "id": f"g{i}",
            "set": "monitor_ppd",
            "text": f"Asesinan a un hombre en {t}",
            "source": "Gaceta Inventada",
            "gold": {"admin1": "Sinaloa"},
        }
        for i, t in enumerate(towns)
    ]
    rows.append(
        {
            "id": "g-last",
            "set": "monitor_ppd",
            "source": "Gaceta Inventada",
            "text": "Matan a un tendero en su local",
            "gold": {"admin1": "Sinaloa"},
        }
    )
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    report = evaluate_files([str(path)], progress=False)
    assert report.sets["monitor_ppd"].metrics["state_recall"].value == 1.0


def test_official_names_without_the_person_they_honour() -> None:
    assert muns("Emboscada en el municipio de Coalcomán") == ["16015"]
    assert muns("Enfrentamiento en el municipio de Heliodoro Castillo") == ["12032"]
    # Named after a person: without a locative cue it is the person.
    assert muns("Heliodoro Castillo encabezó la tropa") == []


def test_a_state_a_road_or_trip_leads_to_is_not_where_it_happened() -> None:
    es = Article(
        text="Civiles armados incendiaron dos tráileres en Escuinapa, Sinaloa, y cerraron el "
        "paso hacia el estado de Nayarit.",
        language="es",
    )
    en = Article(
        text="Gunmen torched two trucks in Escuinapa, Sinaloa, on the highway heading to the "
        "state of Nayarit.",
        language="en",
    )
    for article in (es, en):
        records = extract(article)
        assert records and all(loc.admin1_code == "MX-SIN" for r in records for loc in r.locations)


def test_a_town_on_the_road_to_it_still_places_the_event() -> None:
    # "en una brecha rumbo a <town>": local reports place the find by the town it leads to
    article = Article(text="Hallan un cuerpo en una brecha rumbo a Tecomán, Colima.", language="es")
    assert event_place(article) == ("MX-COL", "06009")


def test_a_town_written_with_its_article_is_no_surname() -> None:
    text = "Hombres armados emboscaron a una patrulla en El Mezquital y mataron a tres agentes."
    assert "MX-DUR" in states(text)


def test_a_short_form_after_an_article_stays_a_surname_or_locality() -> None:
    # "Pinal" is the short form of Pinal de Amoles (Querétaro); "El Pinal" is a hamlet's name
    assert "MX-QUE" not in states("Ejecutan a un hombre en El Pinal, a las afueras de la ciudad.")
