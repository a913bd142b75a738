"""`flask triage retrain` (corpus + admin corrections) and `flask triage classify TEXT`."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click
from flask import Flask


def model_path(app: Flask) -> Path:
    return Path(app.instance_path) / "triage-model.pkl"


def register(app: Flask) -> None:
    group = click.Group("triage", help="Report triage.")

    @group.command("retrain")
    def retrain() -> None:
        """Rebuild the learned models from the corpus and every admin correction."""
        from triage import model
        from triage.corrections import rows_from_corrections

        with app.extensions["tabale"].db.read_session() as session:
            extra = rows_from_corrections(session)
        trained = model.retrain(extra, model_path(app))
        click.echo(f"retrained on {trained.trained_on} rows ({len(extra)} from corrections)")

    @group.command("classify")
    @click.argument("text")
    def classify(text: str) -> None:
        from triage import triage

        click.echo(json.dumps(asdict(triage(text)), ensure_ascii=False, indent=2))

    app.cli.add_command(group)
