"""Routing: from a report to the people who must hear of it, by rule.

Rules are data (admin-editable). A rule names a category (or any), an area
(and so everything under it), an urgency, and a target: one contact, one
unit, or "the units of this kind covering the report's area". One guard is not
data and cannot be edited away: a complaint about security forces never
reaches a security or border unit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Boolean, String, bindparam, case, exists, select
from sqlalchemy.orm import Session

from alerts import compose, outbox, quiet, verification
from models import (
    FORCE_KINDS,
    Alert,
    AlertStatus,
    Area,
    Contact,
    Incident,
    Purpose,
    Report,
    Reporter,
    RoutingRule,
    Unit,
    utcnow,
)
from models.unit import unit_areas

log = logging.getLogger(__name__)

ABUSE = "security_forces_abuse"
FOCAL_POINT = "focal_point"  # a rule target: the focal points of the report's area
#: An alert older than this is not worth delivering: the situation has moved on.
ALERT_VALIDITY = timedelta(hours=4)


@dataclass(frozen=True)
class Target:
    contact: Contact
    rule: RoutingRule
    mode: str  # immediate | digest


def _area_ids(report: Report) -> list[int]:
    return [int(p) for p in (report.area_path or "").strip("/").split("/") if p]


def matching_rules(session: Session, report: Report) -> list[RoutingRule]:
    """Active rules whose category, area and urgency all match the report."""
    urgency = "urgent" if report.urgent else "routine"
    params = {"category": report.category, "urgency": urgency, "areas": _area_ids(report)}
    return list(session.scalars(_MATCHING_RULES, params))


# Built once, bound per report: building the statements cost as much as running them.
_MATCHING_RULES = (
    select(RoutingRule)
    .where(
        RoutingRule.active.is_(True),
        RoutingRule.category.is_(None) | (RoutingRule.category == bindparam("category")),
        RoutingRule.urgency.in_(("any", bindparam("urgency"))),
        RoutingRule.area_id.is_(None) | RoutingRule.area_id.in_(bindparam("areas", expanding=True)),
    )
    .order_by(RoutingRule.id)
)


def focal_points(session: Session, report: Report) -> list[Contact]:
    """Focal points of the report's place: of an area above it, or of a village inside it."""
    ancestors = _area_ids(report)
    if not ancestors:
        return []
    where = Area.id.in_(ancestors)
    if report.area is not None and report.area.level in ("commune", "village"):
        where = where | Area.path.startswith(report.area.path)
    query = (
        select(Contact)
        .join(Area, Area.id == Contact.area_id)
        .where(Contact.is_focal_point.is_(True), where)
    )
    return list(session.scalars(query))


def named_units(session: Session, text: str) -> set[int]:
    """Units a complaint names through their keywords ("gendarmerie de Djibo")."""
    folded = text.casefold()
    hits = set()
    for unit in session.scalars(select(Unit).where(Unit.keywords != "")):
        words = [w.strip().casefold() for w in unit.keywords.split(",") if w.strip()]
        if any(w in folded for w in words):
            hits.add(unit.id)
    return hits


def unrouted(found: list[Target]) -> bool:
    """Whether only fallback rules (or none) reached anyone: the rules leave a gap."""
    return all(t.rule.fallback for t in found)


@dataclass(frozen=True)
class _Candidate:
    """A contact some matching rule may name, with what the rules ask of it."""

    contact: Contact
    unit_kind: str | None  # its unit's kind, if the unit is active
    covers: bool  # its unit covers the report's area or an area above it
    focal: bool  # a focal point of the report's place


def _candidates(session: Session, report: Report, rules: list[RoutingRule]) -> list[_Candidate]:
    """Every contact any of the rules may name, in one query.

    The intake worker routes each report inside its transaction: reading the
    rules' contacts, the covering units, their contacts and the focal points
    one query each made routing the largest part of a report's processing
    under a surge (py-spy: the worker waiting on the database). Which rule
    takes which candidate is decided here, in Python (`_rule_contacts`).
    """
    ancestors = _area_ids(report)
    named = {r.contact_id for r in rules if r.contact_id is not None}
    by_unit = {r.unit_id for r in rules if r.contact_id is None and r.unit_id is not None}
    kinds = {
        r.unit_kind for r in rules if r.contact_id is None and r.unit_id is None and r.unit_kind
    }
    focal_wanted = FOCAL_POINT in kinds and bool(ancestors)
    kinds.discard(FOCAL_POINT)
    if not (named or by_unit or (kinds and ancestors) or focal_wanted):
        return []
    area = report.area
    rows = session.execute(
        _CANDIDATES,
        {
            "areas": ancestors,
            # the focal point of a village inside the commune named
            "inside": area.path + "%" if area is not None and area.level in _LOCAL else None,
            "named": sorted(named),
            "units": sorted(by_unit),
            "kinds": sorted(kinds) if ancestors else [],
            "focal": focal_wanted,
        },
    ).all()
    return [
        _Candidate(row.Contact, row.unit_kind, bool(row.covers), bool(ancestors and row.focal))
        for row in rows
    ]


_LOCAL = ("commune", "village")
_covers = exists().where(
    unit_areas.c.unit_id == Contact.unit_id,
    unit_areas.c.area_id.in_(bindparam("areas", expanding=True)),
)
_focal = Contact.is_focal_point.is_(True) & (
    Contact.area_id.in_(bindparam("areas", expanding=True))
    | Area.path.like(bindparam("inside", type_=String))
)
_CANDIDATES = (
    select(
        Contact,
        case((Unit.active.is_(True), Unit.kind)).label("unit_kind"),
        _covers.label("covers"),
        _focal.label("focal"),
    )
    .outerjoin(Unit, Unit.id == Contact.unit_id)
    .outerjoin(Area, Area.id == Contact.area_id)
    .where(
        Contact.id.in_(bindparam("named", expanding=True))
        | Contact.unit_id.in_(bindparam("units", expanding=True))
        | (Unit.kind.in_(bindparam("kinds", expanding=True)) & Unit.active.is_(True) & _covers)
        | (bindparam("focal", type_=Boolean) & _focal)
    )
    .order_by(Contact.id)
)


def _rule_contacts(rule: RoutingRule, candidates: list[_Candidate]) -> list[Contact]:
    """The contacts a rule names: one contact, the focal points of the place, a unit's
    contacts, or those of the active units of a kind covering the place."""
    if rule.contact_id is not None:
        return [c.contact for c in candidates if c.contact.id == rule.contact_id]
    if rule.unit_kind == FOCAL_POINT:
        return [c.contact for c in candidates if c.focal]
    if rule.unit_id is not None:
        return [c.contact for c in candidates if c.contact.unit_id == rule.unit_id and c.unit_kind]
    if rule.unit_kind:
        return [c.contact for c in candidates if c.covers and c.unit_kind == rule.unit_kind]
    return []


def targets(session: Session, report: Report) -> list[Target]:
    """Who should hear of this report, each once, with the most urgent mode any rule gives.

    Fallback rules answer only when the others reach nobody: a report without a
    resolved place, or in an area no unit of the rule's kind covers, goes to the
    watch room instead of being stored unheard.
    """
    rules = matching_rules(session, report)
    excluded: set[int] = named_units(session, report.text) if report.category == ABUSE else set()
    candidates = _candidates(session, report, rules)
    found = _targets_of(report, [r for r in rules if not r.fallback], candidates, excluded)
    if not found:
        found = _targets_of(report, [r for r in rules if r.fallback], candidates, excluded)
    return found


def _targets_of(
    report: Report, rules: list[RoutingRule], candidates: list[_Candidate], excluded: set[int]
) -> list[Target]:
    chosen: dict[int, Target] = {}
    for rule in rules:
        for contact in _rule_contacts(rule, candidates):
            if not contact.reachable:
                continue
            if (
                report.category == ABUSE
                and contact.unit is not None
                and (contact.unit.kind in FORCE_KINDS or contact.unit.id in excluded)
            ):
                log.warning("rule %s would send a complaint to a force unit: blocked", rule.id)
                continue
            current = chosen.get(contact.id)
            if current is None or (current.mode == "digest" and rule.mode == "immediate"):
                chosen[contact.id] = Target(contact, rule, rule.mode)
    return list(chosen.values())


def route(
    session: Session,
    report: Report,
    incident: Incident,
    *,
    is_new: bool,
    now: datetime | None = None,
) -> list[Alert]:
    """Create the alerts for a report, and queue the immediate ones.

    A corroborating report of an incident already alerted to a contact adds no
    new alert for that contact: the count shows in escalations and digests. But
    an urgent report ("ils sont en train de prendre les boeufs") joining an
    incident whose alert still waits for a digest ("on a volé nos boeufs") must
    not wait with it: that alert goes out now, carrying the urgent report.
    """
    now = now or report.created_at or utcnow()
    already: dict[int, list[Alert]] = {}
    with session.no_autoflush:  # a new report is inserted once, its review reasons final
        if not is_new:
            for earlier in session.scalars(select(Alert).where(Alert.incident_id == incident.id)):
                already.setdefault(earlier.contact_id, []).append(earlier)
        found = targets(session, report)
    if unrouted(found) and "unrouted" not in (report.review_reasons or []):
        # the panel shows it for review: the rules or the units' areas have a gap
        report.needs_review = True
        report.review_reasons = [*(report.review_reasons or []), "unrouted"]
    created = []
    to_send: list[tuple[Alert, Contact, datetime | None, bool]] = []
    verify_modes = {t.rule.verify for t in found} - {"none"}
    reporter = session.get(Reporter, report.reporter_id) if report.reporter_id else None
    check = bool(verify_modes) and verification.needs_verification(report, reporter)
    if check and is_new:
        session.flush()  # the questions' keys name the report
        verification.ask(session, report)
    for target in found:
        contact = target.contact
        if contact.id in already:
            alert = _waiting_for_a_digest(already[contact.id])
            if alert is None or target.mode != "immediate":
                continue
            # the alert waiting for a digest goes now, carrying the urgent report
            alert.mode, alert.report, alert.due_at = "immediate", report, None
        else:
            alert = Alert(
                incident=incident,  # both may be new: inserted by the same flush
                report=report,
                contact_id=contact.id,
                rule_id=target.rule.id,
                level=0,
                mode=target.mode,
                status=AlertStatus.PENDING,
                created_at=now,
            )
            session.add(alert)  # inserted with the others, below
        if target.mode == "immediate" and check and target.rule.verify == "before":
            alert.due_at = now + timedelta(minutes=target.rule.verify_minutes)  # held
        elif target.mode == "immediate":
            escalate_after = timedelta(minutes=target.rule.escalation_minutes)
            not_before = _mark_sent(alert, incident, contact, escalate_after, now)
            to_send.append((alert, contact, not_before, alert.id is None))
        created.append(alert)
    if to_send:
        # The report, its incident and the new alerts (already marked sent) are
        # inserted by one flush; the alerts' ids name their messages, inserted
        # together by the last one.
        session.flush()
        for alert, contact, not_before, fresh in to_send:
            _queue_message(session, alert, report, incident, contact, not_before, fresh=fresh)
    session.flush()
    return created


def _waiting_for_a_digest(alerts: list[Alert]) -> Alert | None:
    """The contact's alert of this incident if all it has had is one waiting for a
    digest (none sent, none held for verification)."""
    if len(alerts) == 1 and alerts[0].mode == "digest" and alerts[0].status == AlertStatus.PENDING:
        return alerts[0]
    return None


def send_alert(
    session: Session,
    alert: Alert,
    report: Report,
    incident: Incident,
    contact: Contact,
    *,
    escalate_after: timedelta | None,
    now: datetime | None = None,
) -> None:
    """Queue an alert's message now (or after quiet hours for non-urgent ones)."""
    now = now or utcnow()
    not_before = _mark_sent(alert, incident, contact, escalate_after, now)
    fresh = alert.id is None
    if fresh:
        session.flush()  # the message's key names the alert
    _queue_message(session, alert, report, incident, contact, not_before, fresh=fresh)
    session.flush()


def _mark_sent(
    alert: Alert,
    incident: Incident,
    contact: Contact,
    escalate_after: timedelta | None,
    now: datetime,
) -> datetime | None:
    """Mark an alert sent and return when its message may go (quiet hours).

    Marked before its message is queued: a new alert is then inserted already
    sent, in one statement, and either both are committed or neither.
    """
    not_before = None if incident.urgent else quiet.next_allowed(contact, now)
    alert.status = AlertStatus.SENT
    alert.sent_at = now
    if incident.urgent and escalate_after is not None:
        alert.due_at = max(now, not_before or now) + escalate_after
    return not_before


def _queue_message(
    session: Session,
    alert: Alert,
    report: Report,
    incident: Incident,
    contact: Contact,
    not_before: datetime | None,
    *,
    fresh: bool,
) -> None:
    """The alert's message in the outbox, inserted by the caller's next flush.

    `fresh`: the alert was inserted in this transaction, so no message can hold
    its key yet (alerts are never deleted, so their ids are never reused, and the
    key's unique index would refuse a second message anyway): no lookup."""
    body = compose.fitted(
        lambda n: compose.alert_text(report, incident, contact, level=alert.level, excerpt_chars=n),
        contact.channel,
    )
    outbox.enqueue(
        session,
        key=f"alert:{alert.id}",
        purpose=Purpose.ESCALATION if alert.level else Purpose.ALERT,
        body=body,
        medium=contact.channel,
        contact=contact,
        alert_id=alert.id,
        valid_for=ALERT_VALIDITY if incident.urgent else None,
        not_before=not_before,
        new_key=fresh,
        flush=False,
    )


__all__ = ["Area", "Target", "matching_rules", "route", "send_alert", "targets"]
