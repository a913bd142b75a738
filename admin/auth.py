"""Login, logout, language switch, the audit log view, and `flask users create`."""

from __future__ import annotations

import click
from flask import Flask, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import select

from admin import bp, login_manager
from admin.accounts import PanelUser, authenticate, create_user, throttled
from admin.forms import LocaleForm, LoginForm
from admin.permissions import MANAGE, requires
from models import AuditLog, User
from services import services


@login_manager.user_loader
def load_user(user_id: str) -> PanelUser | None:
    with services().db.read_session() as s:
        user = s.get(User, int(user_id)) if user_id.isdigit() else None
        return PanelUser.of(user) if user is not None and user.active else None


def _client_ip() -> str:
    return (request.remote_addr or "unknown")[:64]


@bp.route("/login", methods=["GET", "POST"])
def login():  # noqa: ANN201
    form = LoginForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        with services().db.session() as s:
            if throttled(s, email, _client_ip()):
                flash(_("Too many failed attempts. Try again in 15 minutes."), "error")
                return render_template("admin/login.html", form=form), 429
            user = authenticate(s, email, form.password.data, _client_ip())
            panel_user = PanelUser.of(user) if user else None
        if panel_user is None:
            flash(_("Wrong email or password."), "error")
            return render_template("admin/login.html", form=form), 401
        session.clear()  # a fresh session: no fixation
        login_user(panel_user)
        target = request.args.get("next", "")
        if not target.startswith("/admin/") or target.startswith("//"):
            target = url_for("admin.dashboard")
        return redirect(target)
    return render_template("admin/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():  # noqa: ANN201
    logout_user()
    session.clear()
    return redirect(url_for("admin.login"))


@bp.post("/locale")
@login_required
def set_locale():  # noqa: ANN201
    form = LocaleForm()
    if form.validate_on_submit():
        with services().db.session() as s:
            user = s.get(User, current_user.id)
            user.locale = form.locale.data
    return redirect(
        request.referrer
        if (request.referrer or "").find("/admin/") >= 0
        else url_for("admin.dashboard")
    )


@bp.get("/audit")
@requires(MANAGE)
def audit_log():  # noqa: ANN201
    with services().db.read_session() as s:
        users = dict(s.execute(select(User.id, User.email)).all())
        entries = list(s.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(300)))
    return render_template("admin/audit.html", entries=entries, users=users)


def register(app: Flask) -> None:
    """`flask users create`: the first admin of a new installation."""
    users = click.Group("users", help="Panel accounts.")

    @users.command("create")
    @click.option("--email", prompt=True)
    @click.option("--role", type=click.Choice(["admin", "analyst", "viewer"]), default="admin")
    @click.option("--name", default="")
    @click.password_option()
    def create(email: str, role: str, name: str, password: str) -> None:
        with app.extensions["tabale"].db.session() as s:
            try:
                create_user(s, email, password, role, name)
            except ValueError as exc:
                raise click.ClickException(str(exc)) from exc
        click.echo(f"created {role} {email}")

    app.cli.add_command(users)
