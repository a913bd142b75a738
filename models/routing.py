"""Routing rules: which reports go to whom, how fast, and who comes next if nobody answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base

if TYPE_CHECKING:
    from models.area import Area
    from models.contact import Contact
    from models.unit import Unit


class RoutingRule(Base):
    """category (or any) × area (and everything under it) × urgency → a unit or a contact.

    `mode` is `immediate` (an alert now, escalating if unacknowledged) or
    `digest` (carried by the recipient's next scheduled digest).
    """

    __tablename__ = "routing_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str | None] = mapped_column(String(24))  # None: any category
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"))  # None: everywhere
    urgency: Mapped[str] = mapped_column(String(10), default="any")  # any | urgent | routine
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    # "units of the report's area of this kind", resolved at routing time.
    unit_kind: Mapped[str | None] = mapped_column(String(20))
    mode: Mapped[str] = mapped_column(String(10), default="immediate")
    escalation_minutes: Mapped[int] = mapped_column(default=15)
    # Ask the area's focal points to confirm (OUI/NON) reports from unknown
    # reporters or triaged with low confidence: "none", "alongside" the alert,
    # or "before" it (held until confirmed, denied or `verify_minutes` pass).
    verify: Mapped[str] = mapped_column(String(10), default="none")
    verify_minutes: Mapped[int] = mapped_column(default=20)
    # A fallback rule applies only to a report that no other rule brings to anyone
    # (no place resolved, or no unit of the kind covering its area): such a report
    # must still reach a watch room rather than nobody.
    fallback: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    area: Mapped[Area | None] = relationship()
    unit: Mapped[Unit | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    steps: Mapped[list[EscalationStep]] = relationship(
        back_populates="rule", order_by="EscalationStep.level", cascade="all, delete-orphan"
    )


class EscalationStep(Base):
    """Level N of a rule's escalation chain: who is alerted when level N-1 stays silent."""

    __tablename__ = "escalation_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("routing_rules.id", ondelete="CASCADE"))
    level: Mapped[int] = mapped_column(default=1)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    delay_minutes: Mapped[int] = mapped_column(default=15)

    rule: Mapped[RoutingRule] = relationship(back_populates="steps")
