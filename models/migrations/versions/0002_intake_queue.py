"""Intake queue: the webhook acknowledges and commits; a worker triages and routes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 12:13:41.855109
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ref", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("attempts", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column("priority", sa.SmallInteger(), server_default="0", nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_inbound_messages_ref"), ["ref"], unique=False)
        # Messages stored before this revision were handled in their request.
        batch_op.create_index(
            "ix_inbound_queued",
            ["priority", "id"],
            unique=False,
            postgresql_where=sa.text("kind = 'queued'"),
            sqlite_where=sa.text("kind = 'queued'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_inbound_queued",
            postgresql_where=sa.text("kind = 'queued'"),
            sqlite_where=sa.text("kind = 'queued'"),
        )
        batch_op.drop_index(batch_op.f("ix_inbound_messages_ref"))
        batch_op.drop_column("priority")
        batch_op.drop_column("attempts")
        batch_op.drop_column("ref")
