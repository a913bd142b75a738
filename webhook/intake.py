"""Intake: one inbound message, stored, understood and answered in one transaction.

The view calls `receive` inside a database transaction. Everything it does —
the inbound row, the reporter, the report, its triage, the incident and the
outbox rows of its alerts — commits together or not at all, so Twilio never
gets an acknowledgement for a report that was not kept, and a report is never
kept without its alerts.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts import pipeline
from locales import MESSAGE_LANGUAGE_SET, language_from_word
from models import Area, Contact, InboundKind, InboundMessage, Report, Reporter, utcnow
from privacy import AddressCipher, hash_address
from triage import ReporterContext, Triage, panel_names
from triage import triage as run_triage
from webhook import replies
from webhook.commands import Command, parse_command
from webhook.form import InboundForm
from webhook.refs import new_ref

LOCATION_ATTACH_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class IntakeSettings:
    """What intake needs from the configuration, as plain values (tests build it directly)."""

    number_hash_key: str
    cipher: AddressCipher
    dedup_window: timedelta = timedelta(seconds=120)
    public_base_url: str = "http://localhost:5000"
    incident_window: timedelta = timedelta(hours=6)
    flood_per_minute: int = 6
    flood_per_hour: int = 40


@dataclass(frozen=True)
class IntakeResult:
    reply: str | None
    created: bool
    kind: str
    ref: str | None = None


def body_digest(body: str) -> str:
    """Digest of the text as a phone would resend it: case, spacing and accents folded."""
    folded = unicodedata.normalize("NFKD", body.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"\s+", " ", folded).strip()
    return hashlib.sha256(folded.encode()).hexdigest()


@dataclass(frozen=True)
class Prepared:
    """Triage done before the write transaction, with the context it was done in."""

    triage: Triage
    context: ReporterContext


def prepare(session: Session, form: InboundForm, settings: IntakeSettings) -> Prepared | None:
    """Triage a report outside the write transaction (it is pure computation).

    On SQLite every writer waits for the one write lock: the less a webhook
    does while holding it, the more webhooks and dispatchers get through.
    Commands and empty messages need no triage.
    """
    if not form.body or parse_command(form.body) is not None:
        return None
    panel_names.refresh(session)  # villages and spellings admins added since
    key = hash_address(form.sender, settings.number_hash_key)
    row = session.execute(
        select(Reporter.language, Area.pcode)
        .outerjoin(Area, Area.id == Reporter.last_area_id)
        .where(Reporter.address_hash == key)
    ).first()
    context = _context(form, row.language if row else None, row.pcode if row else None)
    return Prepared(run_triage(form.body, channel=form.medium, reporter_context=context), context)


def _context(form: InboundForm, language: str | None, last_pcode: str | None) -> ReporterContext:
    return ReporterContext(
        last_area_pcode=last_pcode,
        latitude=form.latitude,
        longitude=form.longitude,
        lang_hint=language,
    )


def receive(
    session: Session,
    form: InboundForm,
    settings: IntakeSettings,
    prepared: Prepared | None = None,
) -> IntakeResult:
    """Handle one inbound message; idempotent on Twilio's MessageSid."""
    existing = session.scalar(
        select(InboundMessage).where(InboundMessage.provider_sid == form.message_sid)
    )
    if existing is not None:
        return IntakeResult(reply=existing.reply, created=False, kind=existing.kind)

    now = utcnow()
    reporter = _reporter(session, form, settings, now)
    contact = _contact(session, reporter.address_hash)
    if contact is not None:
        contact.last_inbound_at = now
    message = InboundMessage(
        provider_sid=form.message_sid,
        medium=form.medium,
        reporter_id=reporter.id,
        contact_id=contact.id if contact else None,
        to_number=form.to,
        body=form.body,
        body_digest=body_digest(form.body),
        num_media=len(form.media),
        media=[{"url": m.url, "content_type": m.content_type} for m in form.media],
        latitude=form.latitude,
        longitude=form.longitude,
        params=form.params,
        received_at=now,
    )
    session.add(message)

    command = parse_command(form.body) if form.body else None
    if command is not None:
        message.kind = InboundKind.COMMAND
        message.command = command.name
        message.reply = _run_command(session, command, reporter, contact, message)
    elif not form.body and not form.media and form.latitude is None:
        message.kind = InboundKind.IGNORED
        message.reply = replies.empty_message(reporter.language)
    elif _flooding(session, reporter, settings, now):
        # Kept and visible, attached to the sender's latest report, but no new
        # report, no alert and no reply: one phone cannot start an alert storm.
        message.kind = InboundKind.FLOOD
        message.report_id = session.scalar(
            select(Report.id)
            .where(Report.reporter_id == reporter.id)
            .order_by(Report.id.desc())
            .limit(1)
        )
        message.reply = None
    else:
        message.kind, report = _report_for(
            session, form, reporter, message, settings, now, prepared
        )
        message.report_id = report.id
        message.reply = _acknowledge(report, reporter)
    session.flush()
    ref = None
    if message.report_id is not None:
        ref = session.get(Report, message.report_id).ref  # type: ignore[union-attr]
    return IntakeResult(reply=message.reply, created=True, kind=message.kind, ref=ref)


def _reporter(session: Session, form: InboundForm, settings: IntakeSettings, now) -> Reporter:  # noqa: ANN001
    key = hash_address(form.sender, settings.number_hash_key)
    reporter = session.scalar(select(Reporter).where(Reporter.address_hash == key))
    if reporter is None:
        reporter = Reporter(
            address_hash=key,
            address_kind=form.sender.kind,
            country_code=form.sender.country_code,
            first_seen_at=now,
        )
        session.add(reporter)
    if reporter.address_encrypted is None:
        # New, or erased by retention and writing again: we need it to reply.
        reporter.address_encrypted = settings.cipher.encrypt(form.sender)
        reporter.address_erased_at = None
    reporter.last_medium = form.medium
    reporter.last_seen_at = now
    session.flush()
    return reporter


def _flooding(session: Session, reporter: Reporter, settings: IntakeSettings, now) -> bool:  # noqa: ANN001
    """More messages from this sender than a person in trouble plausibly sends."""
    from sqlalchemy import case, func

    minute_ago = now - timedelta(minutes=1)
    last_minute, last_hour = session.execute(
        select(
            func.count(case((InboundMessage.received_at >= minute_ago, 1))),
            func.count(InboundMessage.id),
        ).where(
            InboundMessage.reporter_id == reporter.id,
            InboundMessage.received_at >= now - timedelta(hours=1),
        )
    ).one()
    return (last_minute or 0) > settings.flood_per_minute or (
        last_hour or 0
    ) > settings.flood_per_hour


def _contact(session: Session, address_hash: str) -> Contact | None:
    return session.scalar(select(Contact).where(Contact.phone_hash == address_hash).limit(1))


def _run_command(
    session: Session,
    command: Command,
    reporter: Reporter,
    contact: Contact | None,
    message: InboundMessage,
) -> str | None:
    if command.name == "help":
        return replies.help_text(reporter.language)
    if command.name == "stop":
        reporter.opted_out = True
        if contact is not None:
            contact.opted_out = True
        return replies.opted_out(reporter.language)
    if command.name == "start":
        reporter.opted_out = False
        if contact is not None:
            contact.opted_out = False
        return replies.opted_in(reporter.language)
    if command.name == "language":
        return _set_language(command.arg, reporter, contact)
    return pipeline.handle_followup(session, command, reporter, contact, message)


def _set_language(code: str, reporter: Reporter, contact: Contact | None) -> str:
    lang = language_from_word(code)
    if lang is None:
        return replies.language_unknown(reporter.language)
    reporter.language = lang
    if contact is not None:
        contact.language = lang
    if lang not in MESSAGE_LANGUAGE_SET:
        return replies.language_unavailable(lang)
    return replies.language_set(lang)


def _report_for(
    session: Session,
    form: InboundForm,
    reporter: Reporter,
    message: InboundMessage,
    settings: IntakeSettings,
    now,  # noqa: ANN001
    prepared: Prepared | None = None,
) -> tuple[str, Report]:
    """The report this message makes: an existing one for a resend, else a new one."""
    since = now - settings.dedup_window
    if form.body:
        earlier = session.scalar(
            select(InboundMessage)
            .where(
                InboundMessage.reporter_id == reporter.id,
                InboundMessage.body_digest == message.body_digest,
                InboundMessage.received_at >= since,
                InboundMessage.report_id.is_not(None),
            )
            .order_by(InboundMessage.id.desc())
            .limit(1)
        )
        if earlier is not None:
            return InboundKind.DUPLICATE, session.get(Report, earlier.report_id)  # type: ignore[return-value]
    elif form.latitude is not None and not form.media:
        recent = session.scalar(
            select(Report)
            .where(
                Report.reporter_id == reporter.id,
                Report.created_at >= now - LOCATION_ATTACH_WINDOW,
                Report.latitude.is_(None),
            )
            .order_by(Report.id.desc())
            .limit(1)
        )
        if recent is not None:
            recent.latitude, recent.longitude = form.latitude, form.longitude
            pipeline.locate(session, recent)
            return InboundKind.REPORT, recent
    report = _new_report(session, form, reporter, now, prepared)
    pipeline.on_new_report(session, report, reporter, settings.incident_window)
    return InboundKind.REPORT, report


def _new_report(
    session: Session,
    form: InboundForm,
    reporter: Reporter,
    now,  # noqa: ANN001
    prepared: Prepared | None = None,
) -> Report:
    last_pcode = None
    if reporter.last_area_id is not None:
        last_pcode = session.scalar(select(Area.pcode).where(Area.id == reporter.last_area_id))
    context = _context(form, reporter.language, last_pcode)
    if prepared is not None and prepared.context == context:
        result = prepared.triage  # computed before the transaction, same context
    else:
        result = run_triage(form.body, channel=form.medium, reporter_context=context)
    reasons = list(result.review_reasons)
    if not form.body:
        reasons.append("media_only" if form.media else "location_only")
    report = Report(
        ref=_unique_ref(session),
        reporter_id=reporter.id,
        medium=form.medium,
        text=form.body,
        lang=result.lang,
        category=result.category,
        urgent=result.urgent,
        confidence=result.confidence,
        dead=result.dead,
        injured=result.injured,
        places=list(result.places),
        place_pcode=result.area_pcode,
        latitude=form.latitude,
        longitude=form.longitude,
        media=[{"url": m.url, "content_type": m.content_type} for m in form.media],
        needs_review=result.needs_review or bool(reasons),
        review_reasons=reasons,
        created_at=now,
        triage_data={"admin_pcode": result.admin_pcode, "area_level": result.area_level},
    )
    if result.admin_pcode:
        # The whole row: incidents, routing and alert texts read it from the session.
        area = session.scalar(select(Area).where(Area.pcode == result.admin_pcode))
        if area is not None:
            report.area, report.area_id, report.area_path = area, area.id, area.path
            reporter.last_area_id = area.id
    reporter.report_count += 1
    session.add(report)
    session.flush()
    return report


def _unique_ref(session: Session) -> str:
    for _ in range(20):
        ref = new_ref()
        if session.scalar(select(Report.id).where(Report.ref == ref)) is None:
            return ref
    raise RuntimeError("could not draw a free reference code")


def _acknowledge(report: Report, reporter: Reporter) -> str:
    lang = reporter.language or report.lang
    if report.category == "other" and report.text:
        return replies.acknowledgement_not_incident(lang, report.ref)
    return replies.acknowledgement(lang, report.ref)
