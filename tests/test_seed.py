"""`flask seed`: areas, schedules and default rules for production; a network for the demo."""

from __future__ import annotations

from sqlalchemy import func, select

from models import Contact, RoutingRule, Schedule


def test_seed_without_demo_gives_defaults_and_no_contacts(app, db):
    result = app.test_cli_runner().invoke(args=["seed", "--no-demo"])
    assert result.exit_code == 0, result.output
    with db.read_session() as s:
        assert s.scalar(select(func.count(RoutingRule.id))) > 10
        assert s.scalar(select(func.count(Schedule.id))) >= 2
        assert s.scalar(select(func.count(Contact.id))) == 0
    again = app.test_cli_runner().invoke(args=["seed", "--no-demo"])
    assert "default routing rules: 0 added" in again.output


def test_demo_network_is_refused_with_the_real_twilio_channel(app):
    result = app.test_cli_runner().invoke(args=["seed", "--demo"])
    assert result.exit_code != 0 and "CHANNEL=twilio" in result.output


def test_demo_seed_prints_the_admin_login_every_time(config_overrides):
    from app import create_app

    demo = create_app({**config_overrides, "CHANNEL": "console"})
    first = demo.test_cli_runner().invoke(args=["seed", "--demo"])
    second = demo.test_cli_runner().invoke(args=["seed", "--demo"])
    assert "demo admin: admin@tabale.local / " in first.output
    assert first.output.split("demo admin:")[1] == second.output.split("demo admin:")[1]
    demo.extensions["tabale"].db.dispose()
