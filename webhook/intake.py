"""Intake: one inbound message, stored and answered, then understood and routed.

Two transactions, each all or nothing. `accept` (the webhook's request) stores
the message with the reference its acknowledgement gives and commits before
Twilio gets the reply: an acknowledged report is never lost. `process` (the
intake worker) triages it, creates the report, the incident and the outbox
rows of its alerts, and moves the message out of the queue, all in one commit:
a report is never kept without its alerts, and never routed twice.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache

from sqlalchemy import Connection, bindparam, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, joinedload

from alerts import pipeline
from locales import MESSAGE_LANGUAGE_SET, language_from_word
from models import Area, Contact, InboundKind, InboundMessage, Report, Reporter, utcnow
from models.statements import DriverStatement
from privacy import AddressCipher, hash_address
from triage import ReporterContext, Triage, alarm_level, panel_names
from triage import model as learned
from triage import triage as run_triage
from triage.language import identify
from triage.normalise import tokens
from webhook import replies
from webhook.commands import Command, parse_command
from webhook.form import InboundForm
from webhook.refs import new_ref

log = logging.getLogger(__name__)
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
    folded = body.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"\s+", " ", folded).strip()
    return hashlib.sha256(folded.encode()).hexdigest()


@dataclass(frozen=True)
class Prepared:
    """Triage done before the write transaction, with the context it was done in."""

    triage: Triage
    context: ReporterContext
    last_area_id: int | None = None  # the reporter's, when triaged: unchanged → still valid
    # The reporter's row as read then: `process` uses it when it runs in the same
    # session (PostgreSQL), instead of reading it again.
    reporter: Reporter | None = field(default=None, compare=False, repr=False)


def prepare(session: Session, message: InboundMessage) -> Prepared | None:
    """Triage a queued message outside the write transaction (it is pure computation).

    On SQLite every writer waits for the one write lock: the less the worker
    does while holding it, the more webhooks get through. Empty texts need none.
    """
    if not message.body:
        return None
    panel_names.refresh(session)  # villages and spellings admins added since
    # The whole row: on PostgreSQL `process` runs in this session and finds it loaded.
    row = session.execute(_REPORTER_AND_AREA, {"id": message.reporter_id}).first()
    reporter, pcode = (row.Reporter, row.pcode) if row else (None, None)
    context = _context(message, reporter.language if reporter else None, pcode)
    return Prepared(
        run_triage(message.body, channel=message.medium, reporter_context=context),
        context,
        reporter.last_area_id if reporter else None,
        reporter,
    )


_REPORTER_AND_AREA = (
    select(Reporter, Area.pcode)
    .outerjoin(Area, Area.id == Reporter.last_area_id)
    .where(Reporter.id == bindparam("id"))
)


def _context(
    message: InboundMessage, language: str | None, last_pcode: str | None
) -> ReporterContext:
    return ReporterContext(
        last_area_pcode=last_pcode,
        latitude=message.latitude,
        longitude=message.longitude,
        lang_hint=language,
    )


@dataclass(frozen=True)
class Draft:
    """What a message's answer needs from its text alone, worked out before the
    transaction: on SQLite every writer waits for the one write lock, so the
    lock is held for the statements only."""

    key: str
    command: Command | None = None
    digest: str = ""
    language: str = "fr"  # the acknowledgement's, unless the reporter chose one
    priority: int = 0
    candidate: str = ""  # a fresh reference, checked free by the first look


def draft(form: InboundForm, settings: IntakeSettings) -> Draft:
    key = hash_address(form.sender, settings.number_hash_key)
    command = parse_command(form.body) if form.body else None
    if command is not None or not (form.body or form.media or form.latitude is not None):
        return Draft(key=key, command=command)
    words = tokens(form.body)
    return Draft(
        key=key,
        digest=body_digest(form.body),
        language=quick_language(words),
        priority=alarm_level(form.body, words),
        candidate=new_ref(),
    )


@dataclass(frozen=True)
class Plan:
    """What `accept` will write, decided from the first look and the sender's last hour."""

    existing: IntakeResult | None = None
    command: Command | None = None
    enqueue: bool = False
    key: str = ""
    digest: str = ""
    reporter_id: int | None = None
    erased: bool = False
    contact_id: int | None = None
    kind: str = InboundKind.QUEUED
    ref: str | None = None
    report_id: int | None = None
    reply: str | None = None
    priority: int = 0


def plan(conn: Connection, form: InboundForm, settings: IntakeSettings, text: Draft) -> Plan:
    """Read what a message needs and decide its answer, writing nothing."""
    # One round trip for what every message needs: was it stored already (a
    # Twilio retry), who sent it, how much they sent lately (floods), whether
    # this text is a resend (same reference), and is the fresh reference free.
    now = utcnow()
    first = _FIRST_LOOK.first(
        conn,
        {
            "sid": form.message_sid,
            "key": text.key,
            "ref": text.candidate,
            "digest": text.digest if form.body else None,  # a resend has words
            "minute": now - timedelta(minutes=1),
            "hour": now - FLOOD_HOUR,
            "hour_limit": settings.flood_per_hour + 1,
            "resend_since": now - settings.dedup_window,
        },
    )
    if first.existing is not None:
        existing = conn.execute(_EXISTING, {"sid": form.message_sid}).one()
        return Plan(
            existing=IntakeResult(
                reply=existing.reply, created=False, kind=existing.kind, ref=existing.ref
            )
        )
    if not text.candidate:  # a command, or nothing at all
        return Plan(command=text.command)  # answered in the write transaction, through the ORM

    decided = {
        "enqueue": True,
        "key": text.key,
        "digest": text.digest,
        "reporter_id": first.reporter_id,
        "erased": bool(first.erased),
        "contact_id": first.contact_id,
    }
    if first.reporter_id is not None and (
        first.last_minute + 1 > settings.flood_per_minute
        or first.last_hour + 1 > settings.flood_per_hour
    ):
        # Kept and visible, attached to the sender's latest report, but no new
        # report, no alert and no reply: one phone cannot start an alert storm.
        report_id = conn.execute(_LATEST_REPORT, {"reporter": first.reporter_id}).scalar()
        return Plan(kind=InboundKind.FLOOD, report_id=report_id, **decided)
    ref = first.resent_ref or _location_ref(conn, form, first.reporter_id, now)
    ref = ref or (None if first.ref_taken else text.candidate) or _unique_ref(conn)
    return Plan(
        ref=ref,
        reply=replies.acknowledgement(first.language or text.language, ref),
        priority=text.priority,
        **decided,
    )


def one_statement(p: Plan) -> bool:
    """Whether storing this plan is a single statement — a queued message, its new
    sender inserted with it (not an erased reporter, a contact to note, a flood that
    notes the sender, nor a command) — and so needs no transaction of its own."""
    return (
        p.existing is None
        and p.enqueue
        and p.kind == InboundKind.QUEUED
        and not p.erased
        and p.contact_id is None
    )


def accept(
    conn: Connection,
    form: InboundForm,
    settings: IntakeSettings,
    text: Draft | None = None,
    planned: Plan | None = None,
) -> IntakeResult:
    """Store one inbound message and answer it; idempotent on Twilio's MessageSid.

    This is all the webhook does before replying. A report is committed here
    with the reference its acknowledgement gives (kind QUEUED); triage, the
    incident and the alerts follow in the intake worker (`process`), so a
    region texting at once after an attack is acknowledged at the speed of a
    few indexed statements while the worker catches up. Commands are answered
    here in full: they are few, and their reply depends on what they do.

    Core statements on one connection, not the ORM: its session cost as much
    as the statements themselves. `text` is `draft(form)`, made by the caller
    before the transaction; `planned` is `plan(...)` from an earlier read
    transaction (the webhook on SQLite, where the write lock is then held for
    the writes alone), else the plan is made in this one. A message stored
    meanwhile under the same MessageSid, or a reporter created meanwhile, makes
    the insert fail with IntegrityError: the caller starts again and finds them.
    """
    decided = planned or plan(conn, form, settings, text or draft(form, settings))
    if decided.existing is not None:
        return decided.existing
    if not decided.enqueue:
        # Joins the connection's transaction: the caller's commit is the one commit.
        with Session(bind=conn) as session:
            return _answer(session, form, settings, decided.command)
    return _store(conn, form, settings, decided)


def _store(conn: Connection, form: InboundForm, settings: IntakeSettings, p: Plan) -> IntakeResult:
    """The writes of a planned report: one to four prepared statements."""
    now = utcnow()
    decided = {
        "kind": p.kind,
        "priority": p.priority,
        "ref": p.ref,
        "reply": p.reply,
        "report_id": p.report_id,
    }
    if p.reporter_id is None and one_statement(p) and conn.dialect.name != "sqlite":
        # A first report: its sender and the message in one statement (one round trip
        # in autocommit instead of BEGIN, two inserts and COMMIT). A sender created
        # meanwhile by another request makes it fail whole: the caller tries again.
        sender = _reporter_fields(form, settings, p.key, now)
        message = {**_message_fields(form, now, None, None, p.digest), **decided, "attempts": 0}
        del message["reporter_id"]  # the new row's, from the CTE
        conn.execute(
            _new_reporter_and_message(frozenset(sender), frozenset(message)),
            {**sender, **{f"m_{k}": v for k, v in message.items()}},
        )
        return IntakeResult(reply=p.reply, created=True, kind=p.kind, ref=p.ref)
    queued = p.kind == InboundKind.QUEUED  # the worker notes when the sender last wrote
    reporter_id = _save_reporter(
        conn, form, settings, p.key, p.reporter_id, p.erased, now, touch=not queued
    )
    if p.contact_id is not None:
        conn.execute(_TOUCH_CONTACT, {"cid": p.contact_id, "inbound_": now})
    _NEW_MESSAGE.run(
        conn, {**_message_fields(form, now, reporter_id, p.contact_id, p.digest), **decided}
    )
    # On PostgreSQL the insert of a queued message NOTIFYs the dispatchers (a trigger).
    ref = p.ref
    if ref is None and p.report_id is not None:
        ref = conn.scalar(select(Report.ref).where(Report.id == p.report_id))
    return IntakeResult(reply=p.reply, created=True, kind=p.kind, ref=ref)


# Built once: each request only binds values (statement building showed in profiles).
# Every report runs these: compiled once, run on the driver (models.statements).
_NEW_MESSAGE = DriverStatement(insert(InboundMessage))
_NEW_REPORTER = DriverStatement(insert(Reporter).returning(Reporter.id))  # a first report's sender
_TOUCH_REPORTER = (
    update(Reporter)
    .where(Reporter.id == bindparam("rid"))
    .values(last_medium=bindparam("medium_"), last_seen_at=bindparam("seen_"))
)
_TOUCH_CONTACT = (
    update(Contact)
    .where(Contact.id == bindparam("cid"))
    .values(last_inbound_at=bindparam("inbound_"))
)


def _touch_erased():  # noqa: ANN202
    """A reporter erased by retention writes again: keep the number to reply (rare)."""
    return _TOUCH_REPORTER.values(address_encrypted=bindparam("encrypted_"), address_erased_at=None)


_EXISTING = select(InboundMessage.reply, InboundMessage.kind, InboundMessage.ref).where(
    InboundMessage.provider_sid == bindparam("sid")
)
_LATEST_REPORT = (
    select(Report.id)
    .where(Report.reporter_id == bindparam("reporter"))
    .order_by(Report.id.desc())
    .limit(1)
)
_READ_REPORTER = select(
    Reporter.id, Reporter.language, Reporter.address_encrypted.is_(None).label("erased")
).where(Reporter.address_hash == bindparam("key"))
_READ_CONTACT = select(Contact.id).where(Contact.phone_hash == bindparam("key")).limit(1)


def _sender(column):  # noqa: ANN001, ANN202
    return select(column).where(Reporter.address_hash == bindparam("key")).scalar_subquery()


# A reference is taken once a report or a stored message holds it.
_ref_taken = or_(
    exists().where(Report.ref == bindparam("ref")),
    exists().where(InboundMessage.ref == bindparam("ref")),
)
_mine = InboundMessage.reporter_id == _sender(Reporter.id)
_FIRST_LOOK = DriverStatement(
    select(
        select(InboundMessage.id)
        .where(InboundMessage.provider_sid == bindparam("sid"))
        .scalar_subquery()
        .label("existing"),
        _sender(Reporter.id).label("reporter_id"),
        _sender(Reporter.language).label("language"),
        _sender(Reporter.address_encrypted.is_(None)).label("erased"),
        _READ_CONTACT.scalar_subquery().label("contact_id"),
        _ref_taken.label("ref_taken"),
        select(func.count())
        .where(_mine, InboundMessage.received_at >= bindparam("minute"))
        .scalar_subquery()
        .label("last_minute"),
        select(func.count())
        .select_from(
            select(InboundMessage.id)
            .where(_mine, InboundMessage.received_at >= bindparam("hour"))
            .limit(bindparam("hour_limit"))  # enough to know it is a flood
            .subquery()
        )
        .scalar_subquery()
        .label("last_hour"),
        select(InboundMessage.ref)
        .where(
            _mine,
            InboundMessage.body_digest == bindparam("digest"),
            InboundMessage.received_at >= bindparam("resend_since"),
            InboundMessage.ref.is_not(None),
        )
        .order_by(InboundMessage.id.desc())
        .limit(1)
        .scalar_subquery()
        .label("resent_ref"),
    )
)
_REF_TAKEN = select(_ref_taken)  # a further draw, when the first look's code was taken
_LAST_TEXT = (
    select(InboundMessage.ref, InboundMessage.body)
    .where(
        InboundMessage.reporter_id == bindparam("reporter"),
        InboundMessage.received_at >= bindparam("since"),
        InboundMessage.ref.is_not(None),
    )
    .order_by(InboundMessage.id.desc())
    .limit(1)
)
FLOOD_HOUR = timedelta(hours=1)


def _message_fields(
    form: InboundForm,
    now,  # noqa: ANN001
    reporter_id: int | None,
    contact_id: int | None,
    digest: str,
) -> dict:
    """The columns every stored message has, whatever it turns out to be."""
    return {
        "provider_sid": form.message_sid,
        "medium": form.medium,
        "reporter_id": reporter_id,
        "contact_id": contact_id,
        "to_number": form.to,
        "body": form.body,
        "body_digest": digest,
        "num_media": len(form.media),
        "media": [{"url": m.url, "content_type": m.content_type} for m in form.media],
        "latitude": form.latitude,
        "longitude": form.longitude,
        "params": form.params,
        "received_at": now,
    }


def _save_reporter(
    conn: Connection,
    form: InboundForm,
    settings: IntakeSettings,
    key: str,
    reporter_id: int | None,
    erased: bool,
    now,  # noqa: ANN001
    touch: bool = True,
) -> int:
    """Create the sender's row, or note when and how they last wrote; return its id.

    `touch=False` leaves the note to the intake worker (`process`), one statement
    less on the webhook's path for every queued report."""
    if reporter_id is None:
        return _NEW_REPORTER.first(conn, _reporter_fields(form, settings, key, now)).id
    values = {"rid": reporter_id, "medium_": form.medium, "seen_": now}
    if erased:  # erased by retention and writing again: we need it to reply
        values["encrypted_"] = settings.cipher.encrypt(form.sender)
        conn.execute(_touch_erased(), values)
    elif touch:
        conn.execute(_TOUCH_REPORTER, values)
    return reporter_id


def _reporter_fields(form: InboundForm, settings: IntakeSettings, key: str, now) -> dict:  # noqa: ANN001
    """A new sender's row: the keyed hash to find them, the number encrypted to reply."""
    return {
        "address_hash": key,
        "address_kind": form.sender.kind,
        "country_code": form.sender.country_code,
        "address_encrypted": settings.cipher.encrypt(form.sender),
        "first_seen_at": now,
        "last_medium": form.medium,
        "last_seen_at": now,
    }


@cache
def _new_reporter_and_message(sender: frozenset[str], message: frozenset[str]):  # noqa: ANN202
    """INSERT the sender (a CTE) and the message naming it, as one statement; built
    once for the columns each is given (the other columns keep their defaults)."""
    reporter = (
        insert(Reporter)
        .values({name: bindparam(name) for name in sender})
        .returning(Reporter.id)
        .cte("new_reporter")
    )
    table = InboundMessage.__table__
    columns = [c.key for c in table.columns if c.key in message]
    values = [bindparam(f"m_{c}", type_=table.c[c].type) for c in columns]
    return insert(InboundMessage).from_select(
        [*columns, "reporter_id"], select(*values, reporter.c.id), include_defaults=False
    )


def _answer(
    session: Session, form: InboundForm, settings: IntakeSettings, command: Command | None
) -> IntakeResult:
    """A command or an empty message: answered now, through the ORM (few, and varied)."""
    now = utcnow()
    conn = session.connection()
    key = hash_address(form.sender, settings.number_hash_key)
    row = conn.execute(_READ_REPORTER, {"key": key}).first()
    reporter_id = _save_reporter(
        conn, form, settings, key, row.id if row else None, bool(row and row.erased), now
    )
    reporter = session.get(Reporter, reporter_id, populate_existing=True)
    contact = _contact(session, key)
    if contact is not None:
        contact.last_inbound_at = now
    message = InboundMessage(
        **_message_fields(
            form, now, reporter_id, contact.id if contact else None, body_digest(form.body)
        )
    )
    session.add(message)
    if command is not None:
        message.kind = InboundKind.COMMAND
        message.command = command.name
        message.reply = _run_command(session, command, reporter, contact, message)
    else:
        message.kind = InboundKind.IGNORED
        message.reply = replies.empty_message(reporter.language)
    session.flush()
    return IntakeResult(reply=message.reply, created=True, kind=message.kind)


def receive(session: Session, form: InboundForm, settings: IntakeSettings) -> IntakeResult:
    """Accept and process in one transaction: the simulator, scripts and tests of the whole path."""
    result = accept(session.connection(), form, settings)
    if result.created and result.kind == InboundKind.QUEUED:
        message = session.scalar(
            select(InboundMessage).where(InboundMessage.provider_sid == form.message_sid)
        )
        process(session, message, settings)  # type: ignore[arg-type]
        return IntakeResult(
            reply=result.reply,
            created=True,
            kind=message.kind,  # type: ignore[union-attr]
            ref=message.ref,  # type: ignore[union-attr]
        )
    return result


def process(
    session: Session,
    message: InboundMessage,
    settings: IntakeSettings,
    prepared: Prepared | None = None,
) -> Report:
    """The second half of intake for a queued message: triage, incident, alerts.

    Runs in the intake worker's transaction, which also moves the message out
    of the queue: a crash before the commit leaves it queued, and it is
    processed once, later.
    """
    if prepared is not None and prepared.reporter is not None and prepared.reporter in session:
        reporter = prepared.reporter
    else:
        reporter = session.get(Reporter, message.reporter_id)
    if reporter is None:  # queued messages always have one; a broken row goes to review
        return untriaged_report(session, message)
    if message.received_at >= reporter.last_seen_at:  # the webhook leaves this to us
        reporter.last_seen_at, reporter.last_medium = message.received_at, message.medium
    earlier = session.scalar(select(Report).where(Report.ref == message.ref))
    if earlier is not None and earlier.reporter_id == reporter.id:
        message.report_id = earlier.id
        if not message.body and not message.media and message.latitude is not None:
            # A location sent after the text: it completes that report.
            message.kind = InboundKind.REPORT
            if earlier.latitude is None:
                earlier.latitude, earlier.longitude = message.latitude, message.longitude
                pipeline.locate(session, earlier)
        else:
            message.kind = InboundKind.DUPLICATE  # the same text sent again
        return earlier
    if earlier is not None:
        # Another reporter's report drew the same code between the two checks
        # (a chance in millions): the report gets a new one, the admin sees why.
        log.warning("reference %s taken by another report; drawing a new one", message.ref)
        message.ref = _unique_ref(session.connection())
    report = _new_report(session, message, reporter, prepared)
    pipeline.on_new_report(session, report, reporter, settings.incident_window)
    session.flush()  # a report with no incident ("other") is written here
    message.kind = InboundKind.REPORT
    message.report_id = report.id
    return report


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


def _location_ref(
    conn: Connection,
    form: InboundForm,
    reporter_id: int | None,
    now,  # noqa: ANN001
) -> str | None:
    """WhatsApp sends a location as a message of its own, just after the text: the
    reference of the text it completes, if that report has no position yet."""
    if form.body or form.media or form.latitude is None or reporter_id is None:
        return None
    recent = conn.execute(
        _LAST_TEXT, {"reporter": reporter_id, "since": now - LOCATION_ATTACH_WINDOW}
    ).first()
    if recent is not None and recent.body and not _located(conn, recent.ref):
        return recent.ref
    return None


def _located(conn: Connection, ref: str) -> bool:
    """Whether the report of `ref` already has a position (its own or an earlier location's)."""
    return (
        conn.scalar(
            select(InboundMessage.id)
            .where(InboundMessage.ref == ref, InboundMessage.latitude.is_not(None))
            .limit(1)
        )
        is not None
    )


def quick_language(words: list[str]) -> str:
    """The language of an acknowledgement, before triage: whole words, no n-grams."""
    if not words:
        return "fr"
    lang, _ = identify(words, learned.current().quick_language_proba(words), None)
    return lang


def _new_report(
    session: Session,
    message: InboundMessage,
    reporter: Reporter,
    prepared: Prepared | None = None,
) -> Report:
    if (
        prepared is not None
        and prepared.last_area_id == reporter.last_area_id
        and prepared.context
        == _context(message, reporter.language, prepared.context.last_area_pcode)
    ):
        result = prepared.triage  # computed before the transaction, same context
    else:
        last_pcode = None
        if reporter.last_area_id is not None:
            last_pcode = session.scalar(select(Area.pcode).where(Area.id == reporter.last_area_id))
        context = _context(message, reporter.language, last_pcode)
        result = run_triage(message.body, channel=message.medium, reporter_context=context)
    reasons = list(result.review_reasons)
    if not message.body:
        reasons.append("media_only" if message.media else "location_only")
    report = Report(
        **_report_fields(session, message),
        lang=result.lang,
        category=result.category,
        urgent=result.urgent,
        confidence=result.confidence,
        dead=result.dead,
        injured=result.injured,
        places=list(result.places),
        place_pcode=result.area_pcode,
        media=list(message.media or []),
        needs_review=result.needs_review or bool(reasons),
        review_reasons=reasons,
        triage_data={"admin_pcode": result.admin_pcode, "area_level": result.area_level},
    )
    if result.admin_pcode:
        # The whole row: incidents, routing and alert texts read it from the session.
        area = session.scalar(_AREA_BY_PCODE, {"pcode": result.admin_pcode})
        if area is not None:
            report.area, report.area_id, report.area_path = area, area.id, area.path
            reporter.last_area_id = area.id
    reporter.report_count += 1
    session.add(report)  # flushed with its incident (`process`)
    return report


# With its parent: an alert names the place as "commune, cercle" (compose.place_name).
_AREA_BY_PCODE = (
    select(Area).where(Area.pcode == bindparam("pcode")).options(joinedload(Area.parent))
)


def _report_fields(session: Session, message: InboundMessage) -> dict:
    """What a report takes from its message, triaged or not."""
    return {
        "ref": message.ref or _unique_ref(session.connection()),
        "reporter_id": message.reporter_id,
        "medium": message.medium,
        "text": message.body,
        "latitude": message.latitude,
        "longitude": message.longitude,
        "created_at": message.received_at,
    }


def untriaged_report(session: Session, message: InboundMessage) -> Report:
    """A report for a message the worker could not process: kept and shown for review."""
    report = Report(
        **_report_fields(session, message),
        lang="fr",
        category="other",
        urgent=False,
        confidence=0.0,
        places=[],
        media=message.media if isinstance(message.media, list) else [],
        needs_review=True,
        review_reasons=["processing_failed"],
        triage_data={},
    )
    session.add(report)
    session.flush()
    message.kind, message.report_id = InboundKind.REPORT, report.id
    return report


def _unique_ref(conn: Connection) -> str:
    for _ in range(20):
        ref = new_ref()
        if not conn.execute(_REF_TAKEN, {"ref": ref}).scalar():
            return ref
    raise RuntimeError("could not draw a free reference code")
