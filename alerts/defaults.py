"""Default routing, following TAXONOMY.md's routing column.

Categories marked immediate alert at once whatever the urgency; the others
alert at once when urgent and wait for the digest otherwise. Seeded as rules
(data) that admins can change, except the abuse guard in routing.py.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from models import RoutingRule

ROUTES: dict[str, tuple[str, ...]] = {
    "attack": ("security", "border", "focal_point"),
    "kidnapping": ("security", "focal_point"),
    "cattle_theft": ("security", "pastoral"),
    "banditry": ("security",),
    "land_dispute": ("authority", "mediation"),
    "intercommunal": ("mediation", "security"),
    "armed_presence": ("security", "border", "focal_point"),
    "explosive": ("security", "demining", "focal_point"),
    "trafficking": ("border",),
    "displacement": ("humanitarian", "authority"),
    "security_forces_abuse": ("oversight", "mediation"),
    "service_disruption": ("authority",),
    "natural_hazard": ("authority", "humanitarian"),
}
ALWAYS_IMMEDIATE = frozenset({"attack", "kidnapping", "explosive"})
# Beyond TAXONOMY's column, for urgent reports only: people fleeing now means danger
# near ("ils fuient, ils disent que les jihadistes arrivent"), so the area's security
# unit hears it too; a routine flight (families arrived last week) stays with aid.
URGENT_ALSO: dict[str, tuple[str, ...]] = {"displacement": ("security",)}


def default_rules() -> list[RoutingRule]:
    """The rules a fresh installation starts with."""
    rules = []
    for category, kinds in ROUTES.items():
        for kind in kinds:
            if category in ALWAYS_IMMEDIATE:
                rules.append(_rule(f"{category} → {kind}", category, kind, "any", "immediate"))
            else:
                rules.append(_urgent_rule(category, kind))
                rules.append(
                    _rule(f"{category} → {kind} (digest)", category, kind, "routine", "digest")
                )
    rules += [
        _urgent_rule(category, kind) for category, kinds in URGENT_ALSO.items() for kind in kinds
    ]
    return rules


def _urgent_rule(category: str, kind: str) -> RoutingRule:
    return _rule(f"{category} urgent → {kind}", category, kind, "urgent", "immediate")


def _rule(name: str, category: str, kind: str, urgency: str, mode: str) -> RoutingRule:
    return RoutingRule(name=name, category=category, unit_kind=kind, urgency=urgency, mode=mode)


def seed_default_rules(session: Session) -> int:
    rules = default_rules()
    session.add_all(rules)
    return len(rules)


def ensure_default_rules(session: Session) -> int:
    """Seed the default rules on a fresh installation; never touch rules admins made."""
    from sqlalchemy import func, select

    if session.scalar(select(func.count(RoutingRule.id))):
        return 0
    return seed_default_rules(session)


def seed_default_schedules(session: Session) -> int:
    """Daily digest at 07:00 and daily check-in of silent focal points at 09:00, Bamako time."""
    from sqlalchemy import func, select

    from models import Schedule, ScheduleKind

    if session.scalar(select(func.count(Schedule.id))):
        return 0
    session.add_all(
        [
            Schedule(
                name="Daily digest 07:00",
                kind=ScheduleKind.DIGEST,
                cron="0 7 * * *",
                timezone="Africa/Bamako",
                is_default=True,
            ),
            Schedule(
                name="Check-in of silent focal points 09:00",
                kind=ScheduleKind.CHECKIN,
                cron="0 9 * * *",
                timezone="Africa/Bamako",
            ),
        ]
    )
    return 2
