"""Migrations and models must agree: a model change without a migration fails here."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import models


def test_models_and_migrations_agree(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = [d for d in compare_metadata(context, models.Base.metadata) if not _scheduler_own(d)]
    assert diff == []


def _scheduler_own(diff: tuple) -> bool:
    """APScheduler creates and owns its job store table; it is not one of our models."""
    kind, obj = diff[0], diff[1]
    if kind == "remove_table":
        return obj.name == "apscheduler_jobs"
    if kind == "remove_index":
        return obj.table.name == "apscheduler_jobs"
    return False
