"""The dispatcher: claims outbox rows, sends them through the channel, records the outcome.

Many dispatchers may run at once, in threads or processes on any machine.
Rows are claimed under a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL; the
write lock on SQLite). A worker that dies leaves its rows in `sending`; when
the lease runs out another worker reclaims them and, because the provider may
already have the message, first asks the provider (`find_sent`) before sending
again. That, plus the status callback carrying our idempotency key, is what
makes a kill -9 in the middle of a batch neither lose nor duplicate a message.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from alerts.channels import Channel, ChannelError, OutgoingMessage, SendResult
from alerts.outbox import prepare_body
from alerts.pacing import SenderPacer
from models import Contact, Database, DeliveryEvent, OutboundMessage, OutboundStatus, Reporter
from models.base import utcnow
from privacy import AddressCipher, InvalidAddress, mask

log = logging.getLogger(__name__)

RECONCILE_DELAY = timedelta(seconds=30)
WHATSAPP_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class DispatchSettings:
    public_base_url: str
    batch: int = 50
    lease: timedelta = timedelta(seconds=120)
    max_attempts: int = 8
    backoff_base: float = 5.0
    backoff_max: float = 900.0
    whatsapp_template_sid: str | None = None
    sender: str = "default"  # the number or messaging service the rate limit applies to
    sender_rate: float = 0.0  # messages per second for that sender, all workers together

    @classmethod
    def from_config(cls, config: dict) -> DispatchSettings:
        return cls(
            public_base_url=config["PUBLIC_BASE_URL"],
            batch=config["DISPATCH_BATCH"],
            lease=timedelta(seconds=config["DISPATCH_LEASE_SECONDS"]),
            max_attempts=config["DISPATCH_MAX_ATTEMPTS"],
            whatsapp_template_sid=config.get("TWILIO_WHATSAPP_TEMPLATE_SID"),
            sender=(
                config.get("TWILIO_MESSAGING_SERVICE_SID")
                or config.get("TWILIO_SMS_FROM")
                or config.get("CHANNEL", "default")
            ),
            sender_rate=float(config.get("SENDER_RATE_PER_SECOND") or 0),
        )


@dataclass(frozen=True)
class Claimed:
    id: int
    reconcile: bool  # a previous attempt may have reached the provider


def backoff(attempts: int, base: float, cap: float) -> float:
    """Exponential backoff with jitter, so a provider outage is not hammered in lockstep."""
    delay = min(cap, base * (2 ** max(0, attempts - 1)))
    return delay * (0.5 + random.random() / 2)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Dispatcher:
    """Sends due outbox rows. `run_once` is what tests and benches call directly."""

    def __init__(
        self,
        db: Database,
        channel: Channel,
        cipher: AddressCipher,
        settings: DispatchSettings,
        name: str | None = None,
        intake: Callable[[], int] | None = None,
    ) -> None:
        self.db = db
        # The intake worker (webhook.worker.drain_queue): reports the webhook
        # queued become alerts just before the round that sends them.
        self.intake = intake
        self.channel = channel
        self.cipher = cipher
        self.settings = settings
        self.name = name or worker_name()
        self.pacer = SenderPacer(db, settings.sender, settings.sender_rate)

    # -- claiming -----------------------------------------------------------
    def claim(self, now: datetime | None = None) -> list[Claimed]:
        """Take up to `batch` due rows under a lease, in one short transaction."""
        now = now or utcnow()
        O = OutboundMessage  # noqa: E741, N806  (short alias keeps the query readable)
        due = or_(
            (O.status == OutboundStatus.QUEUED) & (O.next_attempt_at <= now),
            (O.status == OutboundStatus.UNKNOWN) & (O.next_attempt_at <= now),
            (O.status == OutboundStatus.SENDING) & (O.lease_until < now),
        )
        with self.db.session() as session:
            query = select(O.id, O.status).where(due).order_by(O.next_attempt_at, O.id)
            query = query.limit(self.settings.batch)
            if not self.db.is_sqlite:
                query = query.with_for_update(skip_locked=True)
            rows = session.execute(query).all()
            if not rows:
                return []
            session.execute(
                update(O)
                .where(O.id.in_([r.id for r in rows]))
                .values(
                    status=OutboundStatus.SENDING,
                    claimed_by=self.name,
                    lease_until=now + self.settings.lease,
                    last_attempt_at=now,
                    attempts=O.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
        return [Claimed(r.id, r.status != OutboundStatus.QUEUED) for r in rows]

    # -- sending ------------------------------------------------------------
    def run_once(self, now: datetime | None = None) -> int:
        """Claim and send one batch; return how many rows were handled."""
        claimed = self.claim(now)
        recorders: list[Callable[[Session], None]] = []
        for item in claimed:
            if self.pacer.enabled:
                # One slot at a time, taken just before sending: a worker that
                # falls behind cannot bunch its messages with another's.
                wait = (self.pacer.reserve(1)[0] - utcnow()).total_seconds()
                if wait > 0:
                    time.sleep(wait)
            recorder = self._handle(item)
            if recorder is not None:
                recorders.append(recorder)
        if recorders:
            # One write transaction for the whole batch: on SQLite the write lock is
            # shared with the webhook. A crash before it commits leaves the rows
            # claimed; they are reclaimed after the lease and reconciled first.
            with self.db.session() as session:
                for record in recorders:
                    record(session)
        return len(claimed)

    def drain(self, max_rounds: int = 100) -> int:
        """Send until nothing is due (tests, benches, CLI)."""
        total = 0
        for _ in range(max_rounds):
            processed = self.intake() if self.intake is not None else 0
            handled = self.run_once()
            total += handled
            if not handled and not processed:
                break
        return total

    def run_forever(self, stop: threading.Event, wake: threading.Event, poll: float) -> None:
        """Worker loop: a batch, then sleep until woken by a new row or the poll interval."""
        log.info("dispatcher %s started", self.name)
        while not stop.is_set():
            try:
                processed = self.intake() if self.intake is not None else 0
                handled = self.run_once() + processed
            except Exception:  # the loop must survive a database restart
                log.exception("dispatcher %s: batch failed; retrying", self.name)
                handled = 0
            if not handled:
                wake.wait(poll)
                wake.clear()
        log.info("dispatcher %s stopped", self.name)

    def _handle(self, item: Claimed) -> Callable[[Session], None] | None:
        """Send one claimed row; return how to record the outcome."""
        with self.db.read_session() as session:
            row = session.get(OutboundMessage, item.id)
            if row is None or row.claimed_by != self.name:
                return None
            try:
                outgoing = self._outgoing(session, row)
            except InvalidAddress as exc:
                detail = str(exc)
                return lambda s: self._finish(s, row.id, OutboundStatus.FAILED, detail=detail)
        if row.valid_until is not None and row.valid_until < utcnow():
            return lambda s: self._finish(
                s, row.id, OutboundStatus.EXPIRED, detail="validity period passed"
            )
        if item.reconcile:
            try:
                found = self.channel.find_sent(
                    outgoing.to,
                    outgoing.medium,
                    outgoing.body,
                    since=(row.created_at - timedelta(minutes=1)),
                )
            except ChannelError as exc:
                error = exc
                return lambda s: self._retry(s, row, error, detail="reconcile failed")
            if found is not None:
                detail = "reconciled: provider already had it"
                return lambda s: self._sent(s, row.id, found, outgoing, detail=detail)
        try:
            result = self.channel.send(outgoing)
        except ChannelError as exc:
            error = exc
            return lambda s: self._failed(s, row, error)
        return lambda s: self._sent(s, row.id, result, outgoing)

    def _outgoing(self, session: Session, row: OutboundMessage) -> OutgoingMessage:
        """What to send, adapted to WhatsApp's 24-hour rule.

        Outside the window opened by the recipient's last message, WhatsApp
        accepts only approved templates: use the configured one, or send the
        same words by SMS rather than not at all.
        """
        medium, body, content_sid, variables = row.medium, row.body, None, None
        if medium == "whatsapp" and not self._in_whatsapp_window(session, row):
            if self.settings.whatsapp_template_sid:
                content_sid, variables = self.settings.whatsapp_template_sid, {"1": body[:1000]}
            else:
                medium, body = "sms", prepare_body(body, "sms")
        to = self._address(session, row, medium)
        remaining = None
        if row.valid_until is not None:
            remaining = int((row.valid_until - utcnow()).total_seconds())
            remaining = max(1, min(36000, remaining))
        callback = (
            f"{self.settings.public_base_url}/webhook/twilio/status"
            f"?k={quote(row.idempotency_key, safe='')}"
        )
        return OutgoingMessage(
            to=to,
            body=body,
            medium=medium,
            status_callback=callback,
            validity_period=remaining,
            idempotency_key=row.idempotency_key,
            content_sid=content_sid,
            content_variables=variables,
        )

    def _in_whatsapp_window(self, session: Session, row: OutboundMessage) -> bool:
        if row.contact_id is not None:
            contact = session.get(Contact, row.contact_id)
            last = contact.last_inbound_at if contact else None
        else:
            reporter = session.get(Reporter, row.reporter_id)
            last = reporter.last_seen_at if reporter else None
        return last is not None and utcnow() - last < WHATSAPP_WINDOW

    def _address(self, session: Session, row: OutboundMessage, medium: str) -> str:
        if row.contact_id is not None:
            contact = session.get(Contact, row.contact_id)
            if contact is None:
                raise InvalidAddress("contact deleted")
            if medium == "whatsapp" and contact.whatsapp_id:
                return contact.whatsapp_id
            return contact.phone
        reporter = session.get(Reporter, row.reporter_id)
        if reporter is None or reporter.address_encrypted is None:
            raise InvalidAddress("reporter address erased")
        address = self.cipher.decrypt(reporter.address_encrypted)
        if address.kind == "wa" and medium != "whatsapp":
            raise InvalidAddress("a WhatsApp id cannot receive SMS")
        return address.value

    # -- recording ----------------------------------------------------------
    def _fenced(self, session: Session, row_id: int) -> OutboundMessage | None:
        """The row, if this worker still holds it (its lease was not taken over)."""
        row = session.get(OutboundMessage, row_id, with_for_update=not self.db.is_sqlite)
        if row is None or row.claimed_by != self.name or row.status != OutboundStatus.SENDING:
            return None
        return row

    def _sent(
        self,
        session: Session,
        row_id: int,
        result: SendResult,
        outgoing: OutgoingMessage,
        detail: str | None = None,
    ) -> None:
        now = utcnow()
        row = self._fenced(session, row_id)
        if row is None:
            return
        if outgoing.medium != row.medium:
            detail = detail or "outside the WhatsApp window: sent by SMS"
            row.medium, row.body = outgoing.medium, outgoing.body
        row.status = OutboundStatus.SENT
        row.provider_sid = result.provider_sid
        row.sent_at = now
        row.lease_until = None
        row.error_code = None
        row.events.append(DeliveryEvent(status=OutboundStatus.SENT, detail=detail, created_at=now))
        log.info("sent outbox %s as %s", row_id, result.provider_sid)

    def _finish(
        self,
        session: Session,
        row_id: int,
        status: str,
        *,
        code: int | None = None,
        detail: str | None = None,
    ) -> None:
        row = self._fenced(session, row_id)
        if row is None:
            return
        row.status = status
        row.error_code = code
        row.error_message = detail
        row.lease_until = None
        row.events.append(
            DeliveryEvent(status=status, error_code=code, detail=detail, created_at=utcnow())
        )
        log.warning("outbox %s %s: %s", row_id, status, detail)

    def _retry(
        self,
        session: Session,
        row: OutboundMessage,
        exc: ChannelError,
        *,
        detail: str,
        status: str = OutboundStatus.QUEUED,
    ) -> None:
        if row.attempts >= self.settings.max_attempts:
            if row.medium == "whatsapp":
                self._fallback_sms(session, row.id, exc, "attempts exhausted on WhatsApp")
            else:
                self._finish(
                    session,
                    row.id,
                    OutboundStatus.FAILED,
                    code=exc.code,
                    detail=f"{detail}; attempts exhausted",
                )
            return
        delay = backoff(row.attempts, self.settings.backoff_base, self.settings.backoff_max)
        if exc.retry_after:
            delay = max(delay, exc.retry_after)
        if status == OutboundStatus.UNKNOWN:
            delay = max(delay, RECONCILE_DELAY.total_seconds())
        fenced = self._fenced(session, row.id)
        if fenced is None:
            return
        fenced.status = status
        fenced.next_attempt_at = utcnow() + timedelta(seconds=delay)
        fenced.lease_until = None
        fenced.error_code = exc.code
        fenced.error_message = str(exc)[:500]
        fenced.events.append(
            DeliveryEvent(
                status=status,
                error_code=exc.code,
                detail=f"{detail}: {exc}"[:300],
                created_at=utcnow(),
            )
        )
        log.warning("outbox %s: %s, retry in %.0fs", row.id, detail, delay)

    def _fallback_sms(self, session: Session, row_id: int, exc: ChannelError, detail: str) -> None:
        row = self._fenced(session, row_id)
        if row is None:
            return
        row.medium = "sms"
        row.body = prepare_body(row.body, "sms")
        row.status = OutboundStatus.QUEUED
        row.next_attempt_at = utcnow()
        row.lease_until = None
        row.attempts = 0
        row.events.append(
            DeliveryEvent(
                status="fallback_sms",
                error_code=exc.code,
                detail=detail[:300],
                created_at=utcnow(),
            )
        )
        log.warning("outbox %s: %s, falling back to SMS", row_id, detail)

    def _failed(self, session: Session, row: OutboundMessage, exc: ChannelError) -> None:
        if exc.opted_out:
            self._mark_opted_out(session, row)
            self._finish(
                session, row.id, OutboundStatus.FAILED, code=exc.code, detail="recipient opted out"
            )
        elif exc.fallback_sms and row.medium == "whatsapp":
            self._fallback_sms(session, row.id, exc, f"WhatsApp refused ({exc.code})")
        elif exc.ambiguous:
            self._retry(session, row, exc, detail="outcome unknown", status=OutboundStatus.UNKNOWN)
        elif exc.retryable:
            self._retry(session, row, exc, detail="provider failure")
        else:
            self._finish(
                session, row.id, OutboundStatus.FAILED, code=exc.code, detail=str(exc)[:300]
            )

    def _mark_opted_out(self, session: Session, row: OutboundMessage) -> None:
        if row.contact_id is not None:
            contact = session.get(Contact, row.contact_id)
            if contact is not None:
                contact.opted_out = True
        elif row.reporter_id is not None:
            reporter = session.get(Reporter, row.reporter_id)
            if reporter is not None:
                reporter.opted_out = True


__all__ = ["Dispatcher", "DispatchSettings", "backoff", "mask", "worker_name"]
