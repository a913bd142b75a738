"""Data builders: the network a test needs, in a line each."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select

from models import Area, Contact, RoutingRule, Unit
from privacy import hash_address, parse_address

_phones = iter(range(100, 10_000))


class Builders:
    def __init__(self, db, hash_key: str) -> None:  # noqa: ANN001
        self.db = db
        self.hash_key = hash_key

    def area(self, pcode: str) -> Area:
        with self.db.read_session() as s:
            area = s.scalar(select(Area).where(Area.pcode == pcode))
            assert area is not None, pcode
            return area

    def unit(
        self,
        name: str,
        kind: str = "security",
        pcodes: tuple[str, ...] = ("ML0502",),
        keywords: str = "",
    ) -> Unit:
        with self.db.session() as s:
            areas = list(s.scalars(select(Area).where(Area.pcode.in_(pcodes))))
            unit = Unit(name=name, kind=kind, areas=areas, keywords=keywords)
            s.add(unit)
        return unit

    def contact(
        self,
        name: str = "Duty officer",
        *,
        unit: Unit | None = None,
        phone: str | None = None,
        channel: str = "sms",
        language: str = "fr",
        role: str = "duty_officer",
        focal_area: str | None = None,
        quiet: tuple[time, time] | None = None,
        timezone: str = "Africa/Bamako",
        whatsapp_id: str | None = None,
    ) -> Contact:
        phone = phone or f"+2237000{next(_phones):04d}"
        address = parse_address(phone)
        with self.db.session() as s:
            area_id = None
            if focal_area:
                area_id = s.scalar(select(Area.id).where(Area.pcode == focal_area))
            contact = Contact(
                name=name,
                phone=address.value,
                phone_hash=hash_address(address, self.hash_key),
                unit_id=unit.id if unit else None,
                channel=channel,
                language=language,
                role=role,
                is_focal_point=focal_area is not None,
                area_id=area_id,
                quiet_start=quiet[0] if quiet else None,
                quiet_end=quiet[1] if quiet else None,
                timezone=timezone,
                whatsapp_id=whatsapp_id,
            )
            s.add(contact)
        return contact

    def rule(self, **fields) -> RoutingRule:  # noqa: ANN003
        with self.db.session() as s:
            area_pcode = fields.pop("area", None)
            if area_pcode:
                fields["area_id"] = s.scalar(select(Area.id).where(Area.pcode == area_pcode))
            for key in ("unit", "contact"):
                obj = fields.pop(key, None)
                if obj is not None:
                    fields[f"{key}_id"] = obj.id
            steps = fields.pop("steps", [])
            rule = RoutingRule(**fields)
            rule.steps = steps
            s.add(rule)
        return rule

    def default_rules(self) -> None:
        from alerts.defaults import seed_default_rules

        with self.db.session() as s:
            seed_default_rules(s)

    def report(
        self,
        text: str = "attaque",
        *,
        category: str = "attack",
        urgent: bool = True,
        area: str | None = "ML0502",
        reporter_key: str = "r1",
        dead: int | None = None,
        confidence: float = 0.9,
        created_at=None,
        trusted: bool = True,
    ):  # noqa: ANN001
        """A triaged report run through the real pipeline (incident, routing, outbox)."""
        from alerts import pipeline
        from models import Report, Reporter, utcnow
        from webhook.refs import new_ref

        with self.db.session() as s:
            reporter = s.scalar(select(Reporter).where(Reporter.address_hash == reporter_key))
            if reporter is None:
                reporter = Reporter(address_hash=reporter_key, trusted=trusted, report_count=0)
                s.add(reporter)
                s.flush()
            reporter.report_count += 1
            area_row = s.scalar(select(Area).where(Area.pcode == area)) if area else None
            report = Report(
                ref=new_ref(),
                reporter_id=reporter.id,
                text=text,
                category=category,
                urgent=urgent,
                confidence=confidence,
                dead=dead,
                area_id=area_row.id if area_row else None,
                area_path=area_row.path if area_row else None,
                created_at=created_at or utcnow(),
            )
            s.add(report)
            s.flush()
            pipeline.on_new_report(s, report, reporter)
            return report
