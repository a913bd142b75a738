"""Network management: areas, units, contacts, routing rules, schedules, registrations."""

from __future__ import annotations

from datetime import time

from apscheduler.triggers.cron import CronTrigger
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from admin import audit, bp
from admin.forms import (
    ActionForm,
    AliasForm,
    ContactForm,
    PreviewForm,
    RuleForm,
    ScheduleForm,
    UnitForm,
    VillageForm,
)
from admin.permissions import MANAGE, READ, can, requires
from alerts import routing
from models import (
    Area,
    AreaAlias,
    Contact,
    RegistrationRequest,
    Report,
    Reporter,
    RequestStatus,
    RoutingRule,
    Schedule,
    Unit,
    utcnow,
)
from privacy import hash_address
from privacy.addresses import InvalidAddress, normalise_phone
from seed.areas import set_path
from services import services
from triage.panel_names import as_place
from triage.places import register_names

CONTACT_FIELDS = (
    "name", "phone", "unit_id", "role", "area_id", "is_focal_point", "channel", "language",
    "timezone", "quiet_start", "quiet_end", "active", "opted_out",
)  # fmt: skip


# -- areas ------------------------------------------------------------------------
@bp.get("/areas")
@requires(READ)
def areas():  # noqa: ANN201
    parent_id = request.args.get("parent", type=int)
    with services().db.read_session() as s:
        parent = s.get(Area, parent_id) if parent_id else None
        query = select(Area).where(
            Area.parent_id == parent_id if parent_id else Area.parent_id.is_(None)
        )
        children = list(s.scalars(query.options(selectinload(Area.aliases)).order_by(Area.name)))
        trail = []
        node = parent
        while node is not None:
            trail.insert(0, node)
            node = node.parent
        counts = dict(
            s.execute(
                select(Area.parent_id, func.count())
                .where(Area.parent_id.in_([c.id for c in children]))
                .group_by(Area.parent_id)
            ).all()
        )
        return render_template(
            "admin/areas.html", parent=parent, children=children, trail=trail, counts=counts,
            village_form=VillageForm(), alias_form=AliasForm(), can_manage=can(MANAGE),
        )  # fmt: skip


@bp.post("/areas/<int:area_id>/villages")
@requires(MANAGE)
def add_village(area_id: int):  # noqa: ANN201
    form = VillageForm()
    if not form.validate_on_submit():
        abort(400)
    with services().db.session() as s:
        parent = s.get(Area, area_id) or abort(404)
        village = Area(
            name=form.name.data.strip(), level="village", country=parent.country, parent=parent,
            lat=parent.lat, lon=parent.lon,
        )  # fmt: skip
        s.add(village)
        set_path(s, village)
        register_names([(village.name, as_place(village, parent))])
        audit.record(
            s,
            current_user.id,
            "create",
            "area",
            village.id,
            None,
            {"name": village.name, "parent": parent.name},
        )
    flash(_("Village added."), "ok")
    return redirect(url_for("admin.areas", parent=area_id))


@bp.post("/areas/<int:area_id>/aliases")
@requires(MANAGE)
def add_alias(area_id: int):  # noqa: ANN201
    form = AliasForm()
    if not form.validate_on_submit():
        abort(400)
    with services().db.session() as s:
        area = s.get(Area, area_id) or abort(404)
        s.add(AreaAlias(area_id=area.id, alias=form.alias.data.strip()))
        register_names([(form.alias.data.strip(), as_place(area, area.parent))])
        audit.record(
            s, current_user.id, "create", "area_alias", area.id, None, {"alias": form.alias.data}
        )
    flash(_("Spelling added."), "ok")
    return redirect(url_for("admin.areas", parent=area.parent_id or ""))


def area_by_pcode(s, pcode: str | None) -> Area | None:  # noqa: ANN001
    pcode = (pcode or "").strip()
    return s.scalar(select(Area).where(Area.pcode == pcode)) if pcode else None


# -- units ------------------------------------------------------------------------
@bp.get("/units")
@requires(READ)
def units():  # noqa: ANN201
    with services().db.read_session() as s:
        rows = list(
            s.scalars(
                select(Unit)
                .options(selectinload(Unit.areas), selectinload(Unit.contacts))
                .order_by(Unit.name)
            )
        )
        return render_template(
            "admin/units.html", units=rows, form=UnitForm(), can_manage=can(MANAGE)
        )


@bp.route("/units/new", methods=["POST"])
@bp.route("/units/<int:unit_id>", methods=["POST"])
@requires(MANAGE)
def save_unit(unit_id: int | None = None):  # noqa: ANN201
    form = UnitForm()
    if not form.validate_on_submit():
        abort(400)
    with services().db.session() as s:
        unit = s.get(Unit, unit_id) if unit_id else Unit()
        if unit is None:
            abort(404)
        before = {"name": unit.name, "kind": unit.kind} if unit_id else None
        codes = [c.strip() for c in (form.areas.data or "").split(",") if c.strip()]
        found = list(s.scalars(select(Area).where(Area.pcode.in_(codes)))) if codes else []
        if len(found) != len(codes):
            flash(_("Unknown area P-code."), "error")
            return redirect(url_for("admin.units"))
        unit.name, unit.kind = form.name.data.strip(), form.kind.data
        unit.keywords, unit.active, unit.areas = form.keywords.data or "", form.active.data, found
        s.add(unit)
        s.flush()
        audit.record(
            s,
            current_user.id,
            "update" if unit_id else "create",
            "unit",
            unit.id,
            before,
            {"name": unit.name, "kind": unit.kind, "areas": ",".join(codes)},
        )
    flash(_("Unit saved."), "ok")
    return redirect(url_for("admin.units"))


# -- contacts ---------------------------------------------------------------------
def _unit_choices(s) -> list[tuple[str, str]]:  # noqa: ANN001
    return [("", "—")] + [
        (str(i), n) for i, n in s.execute(select(Unit.id, Unit.name).order_by(Unit.name))
    ]


def parse_hhmm(value: str | None) -> time | None:
    value = (value or "").strip()
    if not value:
        return None
    hours, _, minutes = value.partition(":")
    return time(int(hours), int(minutes or 0))


def apply_contact(s, contact: Contact, values: dict, hash_key: str) -> None:  # noqa: ANN001
    """Validate and set a contact's fields (shared by the form and the CSV import)."""
    phone = normalise_phone(values["phone"])
    clash = s.scalar(
        select(Contact.id).where(Contact.phone == phone, Contact.id != (contact.id or 0))
    )
    if clash:
        raise ValueError(_("this number already belongs to another contact"))
    unit_id = None
    if values.get("unit"):
        unit = (
            s.get(Unit, int(values["unit"]))
            if str(values["unit"]).isdigit()
            else s.scalar(select(Unit).where(Unit.name == values["unit"]))
        )
        if unit is None:
            raise ValueError(_("unknown unit %(unit)s", unit=values["unit"]))
        unit_id = unit.id
    area = area_by_pcode(s, values.get("focal_area"))
    if values.get("focal_area") and area is None:
        raise ValueError(_("unknown area %(pcode)s", pcode=values["focal_area"]))
    try:
        quiet = parse_hhmm(values.get("quiet_start")), parse_hhmm(values.get("quiet_end"))
    except ValueError as exc:
        raise ValueError(_("quiet hours must be HH:MM")) from exc
    channel = values.get("channel") or "sms"
    if channel not in ("sms", "whatsapp"):
        raise ValueError(_("channel must be sms or whatsapp"))
    contact.name = values["name"].strip()
    if not contact.name:
        raise ValueError(_("a name is required"))
    contact.phone = phone
    contact.phone_hash = hash_address(f"tel:{phone}", hash_key)
    contact.unit_id, contact.area_id, contact.is_focal_point = (
        unit_id,
        area.id if area else None,
        area is not None,
    )
    contact.role = values.get("role") or "duty_officer"
    contact.channel, contact.language = channel, values.get("language") or "fr"
    contact.timezone = values.get("timezone") or "Africa/Bamako"
    contact.quiet_start, contact.quiet_end = quiet
    contact.active = values.get("active", True) not in (False, "0", "no", "false", "")
    contact.opted_out = values.get("opted_out", False) in (True, "1", "yes", "true")


@bp.get("/contacts")
@requires(READ)
def contacts():  # noqa: ANN201
    from admin.forms import ImportForm

    with services().db.read_session() as s:
        rows = list(
            s.scalars(
                select(Contact)
                .options(selectinload(Contact.unit), selectinload(Contact.area))
                .order_by(Contact.name)
            )
        )
        form = ContactForm()
        form.unit.choices = _unit_choices(s)
        return render_template(
            "admin/contacts.html",
            contacts=rows,
            form=form,
            import_form=ImportForm(),
            can_manage=can(MANAGE),
        )


@bp.route("/contacts/<int:contact_id>", methods=["GET"])
@requires(READ)
def contact_page(contact_id: int):  # noqa: ANN201
    with services().db.read_session() as s:
        contact = s.get(Contact, contact_id) or abort(404)
        form = ContactForm(
            name=contact.name, phone=contact.phone, unit=str(contact.unit_id or ""),
            role=contact.role, focal_area=contact.area.pcode if contact.area else "",
            channel=contact.channel, language=contact.language, timezone=contact.timezone,
            quiet_start=contact.quiet_start.strftime("%H:%M") if contact.quiet_start else "",
            quiet_end=contact.quiet_end.strftime("%H:%M") if contact.quiet_end else "",
            active=contact.active, opted_out=contact.opted_out,
        )  # fmt: skip
        form.unit.choices = _unit_choices(s)
        return render_template(
            "admin/contact.html", contact=contact, form=form, can_manage=can(MANAGE)
        )


@bp.route("/contacts/new", methods=["POST"])
@bp.route("/contacts/<int:contact_id>", methods=["POST"])
@requires(MANAGE)
def save_contact(contact_id: int | None = None):  # noqa: ANN201
    svc = services()
    form = ContactForm()
    with svc.db.session() as s:
        form.unit.choices = _unit_choices(s)
        if not form.validate_on_submit():
            abort(400)
        contact = s.get(Contact, contact_id) if contact_id else Contact()
        if contact is None:
            abort(404)
        before = audit.snapshot(contact, CONTACT_FIELDS) if contact_id else None
        try:
            apply_contact(
                s,
                contact,
                {f.name: f.data for f in form if f.name != "csrf_token"},
                svc.config["NUMBER_HASH_KEY"],
            )
        except (InvalidAddress, ValueError) as exc:
            s.rollback()
            flash(_("Contact not saved: %(reason)s", reason=str(exc)), "error")
            return redirect(url_for("admin.contacts"))
        s.add(contact)
        s.flush()
        audit.record(
            s,
            current_user.id,
            "update" if contact_id else "create",
            "contact",
            contact.id,
            before,
            audit.snapshot(contact, CONTACT_FIELDS),
        )
    flash(_("Contact saved."), "ok")
    return redirect(url_for("admin.contacts"))


# -- routing rules and schedules ------------------------------------------------
@bp.get("/rules")
@requires(READ)
def rules():  # noqa: ANN201
    with services().db.read_session() as s:
        rows = list(
            s.scalars(
                select(RoutingRule)
                .options(
                    selectinload(RoutingRule.area),
                    selectinload(RoutingRule.unit),
                    selectinload(RoutingRule.contact),
                    selectinload(RoutingRule.steps),
                )
                .order_by(RoutingRule.id)
            )
        )
        form = RuleForm()
        form.unit.choices = _unit_choices(s)
        form.contact.choices = [("", "—")] + [
            (str(i), n)
            for i, n in s.execute(select(Contact.id, Contact.name).order_by(Contact.name))
        ]
        preview_form = PreviewForm(
            request.args if request.args.get("area") else None, meta={"csrf": False}
        )
        preview = None
        if request.args.get("area"):
            preview = preview_targets(
                s,
                request.args.get("category", "attack"),
                request.args.get("area", ""),
                request.args.get("urgent") == "y",
            )
        return render_template(
            "admin/rules.html",
            rules=rows,
            form=form,
            preview_form=preview_form,
            preview=preview,
            schedules=list(s.scalars(select(Schedule).order_by(Schedule.id))),
            schedule_form=ScheduleForm(),
            action=ActionForm(),
            can_manage=can(MANAGE),
        )


def preview_targets(s, category: str, pcode: str, urgent: bool) -> list[str] | None:  # noqa: ANN001
    """Who a report of `category` in `pcode` would alert, without creating anything."""
    area = area_by_pcode(s, pcode)
    if area is None:
        return None
    probe = Report(
        ref="PREVIEW",
        text="",
        category=category,
        urgent=urgent,
        area_id=area.id,
        area_path=area.path,
    )
    names = [
        f"{t.contact.name} ({t.mode}{', ' + _('fallback') if t.rule.fallback else ''})"
        for t in routing.targets(s, probe)
    ]
    return names


@bp.post("/rules/new")
@requires(MANAGE)
def save_rule():  # noqa: ANN201
    form = RuleForm()
    form.unit.choices = form.contact.choices = []
    if not form.validate_on_submit():
        abort(400)
    with services().db.session() as s:
        area = area_by_pcode(s, form.area.data)
        if form.area.data and area is None:
            flash(_("Unknown area P-code."), "error")
            return redirect(url_for("admin.rules"))
        unit, contact = form.unit.data or "", form.contact.data or ""
        rule = RoutingRule(
            name=form.name.data or "",
            category=form.category.data or None,
            area_id=area.id if area else None,
            urgency=form.urgency.data,
            unit_id=int(unit) if unit.isdigit() else None,
            contact_id=int(contact) if contact.isdigit() else None,
            unit_kind=form.unit_kind.data or None,
            mode=form.mode.data,
            escalation_minutes=form.escalation_minutes.data,
            verify=form.verify.data,
            fallback=form.fallback.data,
        )
        if not (rule.unit_id or rule.contact_id or rule.unit_kind):
            flash(_("A rule needs a unit, a contact or a kind of unit."), "error")
            return redirect(url_for("admin.rules"))
        s.add(rule)
        s.flush()
        audit.record(
            s,
            current_user.id,
            "create",
            "rule",
            rule.id,
            None,
            audit.snapshot(
                rule,
                (
                    "category",
                    "area_id",
                    "urgency",
                    "unit_id",
                    "contact_id",
                    "unit_kind",
                    "mode",
                    "fallback",
                ),
            ),
        )
    flash(_("Rule saved."), "ok")
    return redirect(url_for("admin.rules"))


@bp.post("/rules/<int:rule_id>/toggle")
@requires(MANAGE)
def toggle_rule(rule_id: int):  # noqa: ANN201
    if not ActionForm().validate_on_submit():
        abort(400)
    with services().db.session() as s:
        rule = s.get(RoutingRule, rule_id) or abort(404)
        rule.active = not rule.active
        audit.record(
            s,
            current_user.id,
            "toggle",
            "rule",
            rule.id,
            {"active": not rule.active},
            {"active": rule.active},
        )
    return redirect(url_for("admin.rules"))


@bp.post("/schedules/new")
@requires(MANAGE)
def save_schedule():  # noqa: ANN201
    form = ScheduleForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        CronTrigger.from_crontab(form.cron.data, timezone=form.timezone.data)
    except ValueError:
        flash(_("Invalid cron expression."), "error")
        return redirect(url_for("admin.rules"))
    with services().db.session() as s:
        schedule = Schedule(
            name=form.name.data,
            kind=form.kind.data,
            cron=form.cron.data,
            timezone=form.timezone.data,
        )
        s.add(schedule)
        s.flush()
        audit.record(
            s,
            current_user.id,
            "create",
            "schedule",
            schedule.id,
            None,
            {"cron": schedule.cron, "timezone": schedule.timezone},
        )
    flash(_("Schedule saved; the scheduler picks it up at its next restart."), "ok")
    return redirect(url_for("admin.rules"))


# -- focal point registrations -----------------------------------------------------
@bp.get("/registrations")
@requires(READ)
def registrations():  # noqa: ANN201
    with services().db.read_session() as s:
        rows = list(
            s.scalars(
                select(RegistrationRequest)
                .order_by(RegistrationRequest.status.desc(), RegistrationRequest.id.desc())
                .limit(200)
            )
        )
        areas = {
            a.id: a
            for a in s.scalars(
                select(Area).where(Area.id.in_([r.area_id for r in rows if r.area_id]))
            )
        }
        return render_template(
            "admin/registrations.html",
            rows=rows,
            areas=areas,
            action=ActionForm(),
            can_manage=can(MANAGE),
        )


@bp.post("/registrations/<int:request_id>/<decision>")
@requires(MANAGE)
def decide_registration(request_id: int, decision: str):  # noqa: ANN201
    if decision not in ("approve", "refuse") or not ActionForm().validate_on_submit():
        abort(400)
    svc = services()
    with svc.db.session() as s:
        req = s.get(RegistrationRequest, request_id) or abort(404)
        if req.status != RequestStatus.PENDING:
            abort(409)
        req.decided_by_id, req.decided_at = current_user.id, utcnow()
        if decision == "refuse":
            req.status = RequestStatus.REFUSED
        else:
            reporter = s.get(Reporter, req.reporter_id)
            address = (
                svc.cipher.decrypt(reporter.address_encrypted)
                if reporter and reporter.address_encrypted
                else None
            )
            if address is None or address.kind != "tel":
                flash(_("This request has no usable phone number."), "error")
                return redirect(url_for("admin.registrations"))
            existing = s.scalar(select(Contact).where(Contact.phone == address.value))
            contact = existing or Contact(
                phone=address.value,
                phone_hash=hash_address(f"tel:{address.value}", svc.config["NUMBER_HASH_KEY"]),
            )
            contact.name = contact.name or req.text[:200]
            contact.is_focal_point, contact.area_id = True, req.area_id
            contact.channel, contact.language = req.medium, req.language
            s.add(contact)
            s.flush()
            req.status, req.contact_id = RequestStatus.APPROVED, contact.id
        audit.record(
            s,
            current_user.id,
            decision,
            "registration",
            req.id,
            {"status": "pending"},
            {"status": req.status},
        )
    flash(_("Decision recorded."), "ok")
    return redirect(url_for("admin.registrations"))
