"""The admin web panel: network management, report review, situation, exports.

Server-rendered pages with a few lines of vanilla JavaScript, light enough for
a slow connection. Every view checks the user's role; every change is audited.
"""

from __future__ import annotations

from flask import Blueprint, Flask, g, redirect, url_for
from flask_login import LoginManager, current_user
from flask_wtf import CSRFProtect

bp = Blueprint(
    "admin",
    __name__,
    url_prefix="/admin",
    template_folder="templates",
    static_folder="static",
    static_url_path="/static",
)
login_manager = LoginManager()
csrf = CSRFProtect()

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
    "media-src 'self' https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


def init_app(app: Flask) -> None:
    """Authentication, CSRF (the Twilio webhook is exempt: it is signed), the blueprint."""
    from webhook import bp as webhook_bp

    login_manager.init_app(app)
    login_manager.login_view = "admin.login"
    login_manager.session_protection = "strong"
    csrf.init_app(app)
    csrf.exempt(webhook_bp)
    app.register_blueprint(bp)

    @app.get("/")
    def root():  # noqa: ANN202
        return redirect(url_for("admin.dashboard"))

    @app.after_request
    def security_headers(response):  # noqa: ANN001, ANN202
        if response.mimetype == "text/html":
            response.headers.setdefault("Content-Security-Policy", CSP)
            response.headers.setdefault("X-Content-Type-Options", "nosniff")
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response


@bp.before_request
def _user_locale() -> None:
    if current_user.is_authenticated:
        g.locale = current_user.locale


from admin import (  # noqa: E402, F401  (register the routes)
    auth,
    dashboard,
    network,
    reports,
    simulator,
    transfers,
)
