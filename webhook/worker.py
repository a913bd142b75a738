"""The intake worker: turns the messages the webhook queued into triaged, routed reports.

It runs wherever dispatchers run (a thread of `make run`, each `flask
dispatcher` process), before each sending round, so an urgent report's alerts
are queued and sent by the same loop that the webhook wakes. Messages are taken
by priority (`triage.alarm_level`, decided at the webhook: casualties, distress or
violence under way, then violence named, then the rest), then oldest first;
on PostgreSQL several workers share the queue with row locks (SKIP LOCKED).
A message leaves the queue in the transaction that creates its report and
alerts, so each is processed exactly once.
"""

from __future__ import annotations

import logging

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from models import Database, InboundKind, InboundMessage
from webhook.intake import IntakeSettings, Prepared, prepare, process, untriaged_report

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5  # then the message becomes an untriaged report for an admin


# Acknowledged messages waiting for triage: /healthz, the situation page, benches.
QUEUED_COUNT = select(func.count()).where(InboundMessage.kind == InboundKind.QUEUED)


def queue_length(db: Database) -> int:
    with db.read_session() as session:
        return session.scalar(QUEUED_COUNT) or 0


def drain_queue(db: Database, settings: IntakeSettings, limit: int = 200) -> int:
    """Process up to `limit` queued messages, oldest first; return how many left the queue.

    Each message is tried once per call: one that fails waits for the next call
    instead of holding the others back.
    """
    done, after = 0, _START
    while done < limit:
        size = min(BATCH, limit - done)
        if db.is_sqlite:
            outcome = _next_sqlite(db, settings, after, size)
        else:
            outcome = _next(db, settings, after, size)
        if outcome is None:
            break
        after, processed = outcome
        done += processed
    return done


#: Messages taken at a time. PostgreSQL claims and processes them in one transaction
#: (one claim and one commit — a WAL flush, 1–2 ms here — for up to four reports);
#: SQLite reads and triages them in one read transaction, then writes each alone.
BATCH = 4


# The queue's order: the highest priority first (2, then 1, then 0), then oldest
# first. A call walks it once with a (priority, id) cursor, from above the highest.
_START = (3, 0)


# Built once (building them cost more than running them); a cursor binds values.
_NEXT = (
    select(InboundMessage)
    .where(
        InboundMessage.kind == InboundKind.QUEUED,
        or_(
            InboundMessage.priority < bindparam("priority"),
            and_(
                InboundMessage.priority == bindparam("priority"),
                InboundMessage.id > bindparam("after"),
            ),
        ),
    )
    .order_by(InboundMessage.priority.desc(), InboundMessage.id)
    .limit(bindparam("size"))
)
_CLAIM_NEXT = _NEXT.with_for_update(skip_locked=True)
_STILL_QUEUED = select(InboundMessage).where(
    InboundMessage.id == bindparam("id"), InboundMessage.kind == InboundKind.QUEUED
)
_CLAIM_AGAIN = _STILL_QUEUED.with_for_update(skip_locked=True)


def _bind(cursor: tuple[int, int], size: int = 1) -> dict[str, int]:
    return {"priority": cursor[0], "after": cursor[1], "size": size}


def _next(
    db: Database, settings: IntakeSettings, after: tuple[int, int], size: int
) -> tuple[tuple[int, int], int] | None:
    """PostgreSQL: claim the next `size` messages no other worker holds, and process
    them in one transaction.

    If one fails, the whole transaction is rolled back (nothing of the others is
    kept either) and each is tried again alone, so a bad message holds no other
    back and its failure is counted against it only.
    """
    claimed: list[int] = []
    try:
        with db.session() as session:
            messages = list(session.scalars(_CLAIM_NEXT, _bind(after, size)))
            if not messages:
                return None
            claimed = [m.id for m in messages]
            cursor = (messages[-1].priority, messages[-1].id)
            for message in messages:
                process(session, message, settings, _prepared(session, message))
        return cursor, len(messages)
    except Exception as exc:
        if not claimed:
            raise  # the database itself: the dispatcher's loop logs it and retries
        if len(claimed) == 1:
            _failed(db, claimed[0], exc)
            return cursor, 0
        log.info("intake worker: a batch of %d failed; each message alone", len(claimed))
    return cursor, sum(_one(db, settings, mid, None, _CLAIM_AGAIN) for mid in claimed)


def _one(
    db: Database,
    settings: IntakeSettings,
    message_id: int,
    prepared: Prepared | None,
    claim,  # noqa: ANN001 — the statement that finds it still queued (and locks it)
) -> bool:
    """One message in its own transaction, its failure counted against it."""
    try:
        with db.session() as session:
            message = session.scalar(claim, {"id": message_id})
            if message is None:
                return False  # another worker processed it meanwhile
            process(session, message, settings, prepared)
        return True
    except Exception as exc:  # noqa: BLE001 — counted, logged, retried on the next call
        _failed(db, message_id, exc)
        return False


def _next_sqlite(
    db: Database, settings: IntakeSettings, after: tuple[int, int], size: int
) -> tuple[tuple[int, int], int] | None:
    """SQLite: read and triage the next `size` messages before taking the write lock
    (every webhook waits for it), then process each in its own short write transaction.

    A message's triage stays valid if its reporter changed meanwhile only when
    its context did not (`process` checks, and triages again otherwise).
    """
    with db.read_session() as session:
        messages = list(session.scalars(_NEXT, _bind(after, size)))
        if not messages:
            return None
        batch = [(m.id, _prepared(session, m)) for m in messages]
        cursor = (messages[-1].priority, messages[-1].id)
    return cursor, sum(_one(db, settings, mid, prepared, _STILL_QUEUED) for mid, prepared in batch)


def _prepared(session, message: InboundMessage) -> Prepared | None:  # noqa: ANN001
    try:
        return prepare(session, message)
    except Exception:  # triage again inside the transaction, where failures are counted
        log.exception("intake worker: triage of message %s failed", message.id)
        return None


def _failed(db: Database, message_id: int, exc: Exception) -> None:
    if isinstance(exc, IntegrityError):
        # Two workers created the same report at once (a resend and its original,
        # a text and its location): the other one won; the next call finds its report.
        log.info("intake worker: message %s met a concurrent report; will retry", message_id)
    else:
        log.error("intake worker: message %s failed", message_id, exc_info=exc)
    _count_failure(db, message_id)


def _count_failure(db: Database, message_id: int) -> None:
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
            log.error("intake worker: message %s kept for review untriaged", message_id)
            untriaged_report(session, message)
