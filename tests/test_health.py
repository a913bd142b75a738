"""/healthz for load balancers: 200 when the database answers, 503 when it does not."""

from __future__ import annotations

import pytest


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "db": "ok", "queued": 0}


def test_healthz_shows_reports_waiting_for_the_intake_worker(client):
    from tests.conftest import Twilio

    Twilio(client, work=False).sms("attaque a Boni")
    assert client.get("/healthz").get_json()["queued"] == 1


def test_healthz_503_when_database_unreachable(config_overrides):
    from app import create_app

    app = create_app({**config_overrides, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"})
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["db"] == "unreachable"


def test_webhook_answers_503_when_database_unreachable(config_overrides):
    from app import create_app
    from tests.conftest import Twilio

    app = create_app({**config_overrides, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"})
    with app.app_context():
        response = Twilio(app.test_client()).sms("Attaque a Boni")
    assert response.status_code == 503


@pytest.mark.parametrize("missing", ["SECRET_KEY", "TWILIO_AUTH_TOKEN", "ENCRYPTION_KEYS"])
def test_production_refuses_to_start_without_secrets(config_overrides, missing, monkeypatch):
    from app import create_app
    from config import ConfigError

    for name in (
        "SECRET_KEY",
        "TWILIO_AUTH_TOKEN",
        "ENCRYPTION_KEYS",
        "NUMBER_HASH_KEY",
        "DATABASE_URL",
        "PUBLIC_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    overrides = {**config_overrides, "TABALE_ENV": "production"}
    overrides.pop(missing)
    with pytest.raises(ConfigError, match=missing):
        create_app(overrides)
