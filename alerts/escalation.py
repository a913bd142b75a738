"""Escalation: an urgent alert nobody acknowledged goes up the chain.

Level 0 is the rule's target. Each level N ≥ 1 is the rule's escalation step
N (a contact or a whole unit); a rule without steps escalates to the
commanders of the alerted contact's unit. Every step is an `Alert` row of its
own, so the panel shows the whole chain and who finally answered.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.routing import send_alert
from models import Alert, AlertStatus, Contact, EscalationStep, IncidentStatus, RoutingRule, Unit

log = logging.getLogger(__name__)


def next_recipients(session: Session, alert: Alert) -> tuple[list[Contact], int | None]:
    """Who level `alert.level + 1` alerts, and the delay before the level after it."""
    rule = session.get(RoutingRule, alert.rule_id) if alert.rule_id else None
    level = alert.level + 1
    if rule is not None and rule.steps:
        step = next((s for s in rule.steps if s.level == level), None)
        if step is None:
            return [], None
        return _step_contacts(session, step), step.delay_minutes
    if level == 1 and alert.contact.unit_id is not None:
        commanders = session.scalars(
            select(Contact).where(
                Contact.unit_id == alert.contact.unit_id,
                Contact.role == "commander",
                Contact.id != alert.contact_id,
            )
        ).all()
        return list(commanders), None
    return [], None


def _step_contacts(session: Session, step: EscalationStep) -> list[Contact]:
    if step.contact_id is not None:
        contact = session.get(Contact, step.contact_id)
        return [contact] if contact else []
    unit = session.get(Unit, step.unit_id) if step.unit_id else None
    return list(unit.contacts) if unit else []


def escalate_due(session: Session, now: datetime) -> int:
    """Escalate every sent, unacknowledged immediate alert whose delay has passed."""
    due = session.scalars(
        select(Alert)
        .where(
            Alert.status == AlertStatus.SENT,
            Alert.mode == "immediate",
            Alert.due_at.is_not(None),
            Alert.due_at <= now,
        )
        .order_by(Alert.due_at)
        .limit(200)
        .with_for_update(skip_locked=True)
    ).all()
    escalated = 0
    for alert in due:
        incident = alert.incident
        alert.due_at = None
        if incident.status != IncidentStatus.OPEN:
            continue  # acknowledged or closed meanwhile
        contacts, delay = next_recipients(session, alert)
        contacts = [c for c in contacts if c.reachable]
        if not contacts:
            # End of the chain: the alert stays "sent", unacknowledged, on the dashboard.
            log.warning("alert %s: unacknowledged at the end of its chain", alert.id)
            continue
        alert.status = AlertStatus.ESCALATED
        rule = session.get(RoutingRule, alert.rule_id) if alert.rule_id else None
        delay = delay or (rule.escalation_minutes if rule else 15)
        for contact in contacts:
            higher = Alert(
                incident_id=incident.id,
                report_id=alert.report_id,
                contact_id=contact.id,
                rule_id=alert.rule_id,
                level=alert.level + 1,
                mode="immediate",
                status=AlertStatus.PENDING,
                created_at=now,
            )
            session.add(higher)
            session.flush()
            send_alert(
                session,
                higher,
                alert.report,
                incident,
                contact,
                escalate_after=timedelta(minutes=delay),
                now=now,
            )
            escalated += 1
        log.info(
            "alert %s escalated to level %d (%d contact(s))",
            alert.id,
            alert.level + 1,
            len(contacts),
        )
    return escalated
