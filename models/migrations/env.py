"""Alembic environment: the URL comes from the caller (models.migrate), never a file."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

import models

config = context.config
url = config.attributes.get("database_url") or config.get_main_option("sqlalchemy.url")
target_metadata = models.Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=url, target_metadata=target_metadata, literal_binds=True, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
