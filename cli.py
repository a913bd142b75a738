"""Command-line entry points (`flask --app wsgi <command>`): migrate, seed, serve, work."""

from __future__ import annotations

import logging
import os
import threading

import click
from flask import Flask
from flask.cli import AppGroup

log = logging.getLogger(__name__)


def _dispatcher(app: Flask, name: str | None = None):  # noqa: ANN202
    from alerts.dispatcher import Dispatcher, DispatchSettings
    from webhook.worker import drain_queue

    svc = app.extensions["tabale"]
    return Dispatcher(
        svc.db,
        svc.channel,
        svc.cipher,
        DispatchSettings.from_config(app.config),
        name=name,
        # A few reports per round, then send: an urgent alert leaves right after its
        # report is routed, not after a whole backlog has been.
        intake=lambda: drain_queue(svc.db, svc.intake, limit=4),
    )


def start_background(app: Flask, stop: threading.Event) -> list[threading.Thread]:
    """The dispatcher (and, when elected, the scheduler) inside this process: `make run`."""
    from alerts.wakeup import listen

    svc = app.extensions["tabale"]
    dispatcher = _dispatcher(app)
    listen(svc.db.url, svc.dispatch_event, stop)  # other web processes' reports

    def work() -> None:
        from triage import warm_up

        warm_up()  # the intake worker triages: load the model before the first report
        with app.app_context():
            dispatcher.run_forever(stop, svc.dispatch_event, app.config["DISPATCH_POLL_SECONDS"])

    threads = [threading.Thread(target=work, name="dispatcher", daemon=True)]
    for thread in threads:
        thread.start()
    from alerts import scheduling

    scheduling.start_if_elected(app, stop)
    return threads


def register_cli(app: Flask) -> None:
    db_cli = AppGroup("db", help="Database migrations.")

    @db_cli.command("upgrade")
    def db_upgrade() -> None:
        """Apply every Alembic migration."""
        from models.migrate import upgrade

        upgrade(app.config["DATABASE_URL"])
        click.echo("database up to date")

    @db_cli.command("revision")
    @click.argument("message")
    def db_revision(message: str) -> None:
        """Write a migration from the models' changes."""
        from models.migrate import revision

        revision(app.config["DATABASE_URL"], message)

    app.cli.add_command(db_cli)

    @app.cli.command("seed")
    @click.option("--demo/--no-demo", default=True, help="Also create the demo network.")
    def seed(demo: bool) -> None:
        """Load the gazetteer's administrative areas (and a demo network)."""
        from alerts.defaults import ensure_default_rules, seed_default_schedules
        from seed.areas import load_admin_units
        from seed.demo import seed_demo

        if demo and app.config["CHANNEL"] == "twilio":
            raise click.ClickException("refusing to seed demo contacts with CHANNEL=twilio")
        svc = app.extensions["tabale"]
        with svc.db.session() as session:
            added = load_admin_units(session)
            click.echo(f"areas: {added} added")
            seed_default_schedules(session)
            click.echo(f"default routing rules: {ensure_default_rules(session)} added")
            if demo:
                done = seed_demo(session, app.config["NUMBER_HASH_KEY"])
                click.echo("demo network: " + ("created" if done else "already there"))
        if demo:
            from seed.users import ensure_demo_admin

            with svc.db.session() as session:
                email, password = ensure_demo_admin(session, app.instance_path)
            click.echo(f"demo admin: {email} / {password}  (panel: /admin/)")

    @app.cli.command("serve")
    @click.option("--host", default=lambda: os.environ.get("HOST", "127.0.0.1"))
    @click.option("--port", type=int, default=lambda: int(os.environ.get("PORT", "5000")))
    def serve(host: str, port: int) -> None:
        """Web panel + webhook + dispatcher + scheduler in one process (development)."""
        from werkzeug.serving import run_simple

        from triage import warm_up

        warm_up(freeze=True)
        stop = threading.Event()
        start_background(app, stop)
        click.echo(f"Tabalé on http://{host}:{port}/  (channel: {app.config['CHANNEL']})")
        try:
            run_simple(host, port, app, threaded=True, use_reloader=False)
        finally:
            stop.set()

    @app.cli.command("dispatcher")
    @click.option("--once", is_flag=True, help="Send what is due, then exit.")
    def dispatcher_cmd(once: bool) -> None:
        """A dispatcher worker: run as many as throughput needs, on any machine."""
        dispatcher = _dispatcher(app)
        if once:
            click.echo(f"sent {dispatcher.drain()} message(s)")
            return
        from alerts.wakeup import listen
        from triage import warm_up

        warm_up(freeze=True)  # the intake worker triages: load the model before the first report
        stop, wake = threading.Event(), threading.Event()
        listen(app.extensions["tabale"].db.url, wake, stop)
        try:
            dispatcher.run_forever(stop, wake, app.config["DISPATCH_POLL_SECONDS"])
        except KeyboardInterrupt:
            stop.set()

    keys = AppGroup("keys", help="Encryption keys of reporters' numbers.")

    @keys.command("rotate")
    def keys_rotate() -> None:
        """Re-encrypt every stored number under the first key of ENCRYPTION_KEYS."""
        from sqlalchemy import select

        from models import Reporter

        svc = app.extensions["tabale"]
        done = 0
        with svc.db.session() as session:
            for reporter in session.scalars(
                select(Reporter).where(Reporter.address_encrypted.is_not(None))
            ):
                reporter.address_encrypted = svc.cipher.rotate(reporter.address_encrypted)
                done += 1
        click.echo(f"re-encrypted {done} number(s) under the newest key")

    app.cli.add_command(keys)

    from admin.auth import register as register_users
    from triage.cli import register as register_triage

    register_users(app)
    register_triage(app)

    @app.cli.command("scheduler")
    def scheduler_cmd() -> None:
        """The scheduler: start one per machine; one is elected, the others wait to take over."""
        from alerts import scheduling

        stop = threading.Event()
        try:
            scheduling.run_elected(app, stop)
        except KeyboardInterrupt:
            stop.set()
