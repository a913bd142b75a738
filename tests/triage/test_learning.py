"""The learned half: cross-validated quality floors, and corrections changing the model."""

from __future__ import annotations

from bench.triage import folds
from triage import model as learned
from triage import triage
from triage.corpus import corpus_rows, language_rows


def test_cross_validated_quality_stays_above_its_floor():
    rows = corpus_rows()
    extra = language_rows()
    correct = urgent_found = urgent_total = 0
    for held in folds(rows, 3):
        held_set = set(held)
        model = learned.train([r for i, r in enumerate(rows) if i not in held_set], extra)
        for i in held:
            result = triage(rows[i]["text"], model=model)
            correct += result.category == rows[i]["category"]
            if rows[i]["urgent"]:
                urgent_total += 1
                urgent_found += result.urgent
    assert correct / len(rows) >= 0.70
    assert urgent_found / urgent_total >= 0.85


def test_a_correction_teaches_the_model(tmp_path):
    text = "les kouloukoulou sont revenus au village de Sio, tout le monde a peur"
    corrections = [
        {"text": f"les kouloukoulou sont revenus a {place}", "category": "armed_presence",
         "urgent": True, "lang": "fr"}
        for place in ("Sio", "Konna", "Boni", "Mopti", "Sevare", "Djenne", "Koro", "Bankass")
    ]  # fmt: skip
    before = triage(text).category
    try:
        retrained = learned.retrain(corrections, tmp_path / "model.pkl")
        assert (tmp_path / "model.pkl").exists()
        assert triage(text, model=retrained).category == "armed_presence"
    finally:
        learned.configure(None)
        learned.retrain([], None)
    assert before != "armed_presence" or True  # the model may already guess it; the point is after


def test_a_model_saved_by_an_older_layout_is_not_used(tmp_path, caplog):
    """After an upgrade changes the models' layout, a retrained file from before it
    must not break intake: the corpus model is used and the log says to retrain."""
    import dataclasses
    import pickle

    stale = dataclasses.replace(learned.current())
    del stale.__dict__["version"]  # as pickled before the field existed
    path = tmp_path / "model.pkl"
    path.write_bytes(pickle.dumps(stale))
    try:
        learned.configure(path)
        assert learned.current().__dict__.get("version") == learned.VERSION
        assert triage("attaque a Mondoro, 2 morts").category == "attack"
        assert "flask triage retrain" in caplog.text
    finally:
        learned.configure(None)


def test_a_server_warms_up_then_sets_its_long_lived_objects_aside_from_the_collector():
    import gc

    from triage import warm_up

    before = gc.get_freeze_count()
    try:
        warm_up(freeze=True)
        assert gc.get_freeze_count() > before  # the model and the gazetteer among them
        assert triage("attaque a Bandiagara, 2 morts").category == "attack"  # still usable
    finally:
        gc.unfreeze()
