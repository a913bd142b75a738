"""A queued message wakes the dispatchers from the database itself (PostgreSQL).

The webhook sent `NOTIFY tabale_work` after storing each report: one more round
trip per request, on the path that must answer Twilio quickly. A trigger on the
insert sends the same notification, delivered at commit as before, for every
path that queues a message. SQLite has no NOTIFY; its dispatchers poll.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 23:02:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The channel `alerts.wakeup.listen` listens on (a migration does not import the app).
CHANNEL = "tabale_work"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION tabale_wake_dispatchers() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', '');
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER inbound_queued_wakes_dispatchers
        AFTER INSERT ON inbound_messages
        FOR EACH ROW WHEN (NEW.kind = 'queued')
        EXECUTE FUNCTION tabale_wake_dispatchers()
        """
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS inbound_queued_wakes_dispatchers ON inbound_messages")
    op.execute("DROP FUNCTION IF EXISTS tabale_wake_dispatchers()")
