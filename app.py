"""The application factory: the one place a Tabalé web application is assembled."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, jsonify, request
from flask.sessions import SecureCookieSessionInterface
from flask_babel import Babel, get_locale
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.middleware.proxy_fix import ProxyFix

from config import load_config
from locales import DEFAULT, PANEL_LANGUAGES
from privacy import logs
from services import Services

log = logging.getLogger(__name__)


def _select_locale() -> str:
    """Panel language: the user's choice (set by the admin blueprint), else the browser's."""
    from flask import g

    chosen = getattr(g, "locale", None)
    if chosen in PANEL_LANGUAGES:
        return chosen
    return request.accept_languages.best_match(PANEL_LANGUAGES) or DEFAULT


def _load_panel_names(app: Flask) -> None:
    """Villages and spellings admins added, for the place matcher (best effort at start)."""
    from triage import panel_names

    try:
        with app.extensions["tabale"].db.read_session() as session:
            panel_names.load(session)
    except SQLAlchemyError:  # not migrated yet (`flask db upgrade` builds an app too)
        log.info("panel place names not loaded: database not ready")


class _SessionInterface(SecureCookieSessionInterface):
    """Twilio's webhooks carry no cookie and need no session: skip building the signer."""

    def open_session(self, app: Flask, request):  # noqa: ANN001, ANN201
        if request.path.startswith("/webhook/"):
            return self.make_null_session(app)
        return super().open_session(app, request)


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    """Build an application: defaults, then the environment, then `overrides` (tests)."""
    config = load_config(overrides)
    app = Flask(__name__, instance_path=config["INSTANCE_PATH"])
    app.config.update(config)
    app.session_interface = _SessionInterface()
    logs.install(config["LOG_LEVEL"])

    if config["TRUST_PROXY"]:
        n = int(config["TRUST_PROXY"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n, x_prefix=n)

    Babel(app, locale_selector=_select_locale)
    app.jinja_env.globals["get_locale"] = get_locale
    app.extensions["tabale"] = Services.build(app.config)

    from webhook import bp as webhook_bp

    app.register_blueprint(webhook_bp)
    import admin

    admin.init_app(app)
    from triage import model as triage_model

    triage_model.configure(Path(app.instance_path) / "triage-model.pkl")
    _load_panel_names(app)

    @app.get("/healthz")
    def healthz():  # noqa: ANN202
        """Liveness and database reachability, for load balancers and monitoring."""
        from webhook.worker import QUEUED_COUNT

        try:
            with app.extensions["tabale"].db.engine.connect() as conn:
                queued = conn.execute(QUEUED_COUNT).scalar()
        except SQLAlchemyError:
            return jsonify(status="degraded", db="unreachable"), 503
        # Reports acknowledged but not yet triaged: a growing number means the
        # dispatchers (which run the intake worker) are down or too few.
        return jsonify(status="ok", db="ok", queued=queued)

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_exc):  # noqa: ANN001, ANN202
        return "request too large\n", 413, {"Content-Type": "text/plain"}

    from cli import register_cli

    register_cli(app)
    return app
