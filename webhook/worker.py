"""The intake worker: turns the messages the webhook queued into triaged, routed reports.

It runs wherever dispatchers run (a thread of `make run`, each `flask
dispatcher` process), before each sending round, so an urgent report's alerts
are queued and sent by the same loop that the webhook wakes. Messages are taken
oldest first; on PostgreSQL several workers share the queue with row locks
(SKIP LOCKED), and the message leaves the queue in the transaction that creates
its report and alerts, so each is processed exactly once.
"""

from __future__ import annotations

import logging

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from models import Database, InboundKind, InboundMessage
from webhook.intake import IntakeSettings, Prepared, prepare, process, untriaged_report

log = logging.getLogger(__name__)
BATCH = 20
MAX_ATTEMPTS = 5  # then the message becomes an untriaged report for an admin


def queue_length(db: Database) -> int:
    """How many acknowledged messages wait for triage (health checks, benches)."""
    from sqlalchemy import func

    with db.read_session() as session:
        return (
            session.scalar(select(func.count()).where(InboundMessage.kind == InboundKind.QUEUED))
            or 0
        )


def drain_queue(db: Database, settings: IntakeSettings, limit: int = 200) -> int:
    """Process up to `limit` queued messages; return how many left the queue."""
    done, after = 0, 0
    while done < limit:
        batch = _next_batch(db, min(BATCH, limit - done), after)
        if not batch:
            break
        for message_id, prepared in batch:
            if _process_one(db, settings, message_id, prepared):
                done += 1
        after = batch[-1][0]  # one attempt per message per call: a failing one waits
    return done


def _next_batch(db: Database, size: int, after: int) -> list[tuple[int, Prepared | None]]:
    """The oldest queued messages, triaged outside any write transaction."""
    with db.read_session() as session:
        messages = session.scalars(
            select(InboundMessage)
            .where(InboundMessage.kind == InboundKind.QUEUED, InboundMessage.id > after)
            .order_by(InboundMessage.id)
            .limit(size)
        ).all()
        return [(m.id, _prepared(session, m)) for m in messages]


def _prepared(session, message: InboundMessage) -> Prepared | None:  # noqa: ANN001
    try:
        return prepare(session, message)
    except Exception:  # triage again inside the transaction, where failures are counted
        log.exception("intake worker: triage of message %s failed", message.id)
        return None


def _process_one(
    db: Database, settings: IntakeSettings, message_id: int, prepared: Prepared | None
) -> bool:
    try:
        with db.session() as session:
            query = select(InboundMessage).where(
                InboundMessage.id == message_id, InboundMessage.kind == InboundKind.QUEUED
            )
            if not db.is_sqlite:
                query = query.with_for_update(skip_locked=True)
            message = session.scalar(query)
            if message is None:
                return False  # another worker has it, or has done it
            process(session, message, settings, prepared)
        return True
    except IntegrityError:
        # Two workers created the same report at once (a resend and its original,
        # a text and its location): the other one won; next round finds its report.
        log.info("intake worker: message %s met a concurrent report; will retry", message_id)
        _count_failure(db, message_id, quiet=True)
        return False
    except Exception:
        log.exception("intake worker: message %s failed", message_id)
        _count_failure(db, message_id)
        return False


def _count_failure(db: Database, message_id: int, *, quiet: bool = False) -> None:
    """Count a failed attempt; after MAX_ATTEMPTS keep the message as a report to review."""
    with db.session() as session:
        session.execute(
            update(InboundMessage)
            .where(InboundMessage.id == message_id, InboundMessage.kind == InboundKind.QUEUED)
            .values(attempts=InboundMessage.attempts + 1)
        )
        message = session.get(InboundMessage, message_id)
        if message is None or message.kind != InboundKind.QUEUED:
            return
        if message.attempts >= MAX_ATTEMPTS:
            if not quiet:
                log.error("intake worker: message %s kept for review untriaged", message_id)
            untriaged_report(session, message)
