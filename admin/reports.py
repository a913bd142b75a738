"""The report inbox and the report page."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from admin import bp, review
from admin.forms import ActionForm, CorrectionForm, NoteForm
from admin.permissions import MANAGE, READ, REVIEW, can, requires
from models import (
    CATEGORIES,
    Alert,
    Area,
    Contact,
    DeliveryEvent,
    Incident,
    OutboundMessage,
    Report,
    ReportNote,
    ReportStatus,
)
from services import services


@bp.get("/reports")
@requires(READ)
def inbox():  # noqa: ANN201
    filters = review.InboxFilters.from_args(request.args)
    before = review.decode_cursor(request.args.get("before"))
    with services().db.read_session() as s:
        rows, cursor = review.inbox(s, filters, before)
        area = s.get(Area, filters.area_id) if filters.area_id else None
        regions = list(
            s.execute(
                select(Area.id, Area.name, Area.level)
                .where(Area.level.in_(["region", "cercle"]))
                .order_by(Area.country, Area.path)
            )
        )
    args = {k: v for k, v in request.args.items() if k != "before" and v}
    return render_template(
        "admin/inbox.html",
        rows=rows,
        cursor=cursor,
        filters=filters,
        args=args,
        area=area,
        areas=regions,
        categories=CATEGORIES,
        statuses=[s.value for s in ReportStatus],
    )


def _load(s, ref: str) -> Report:  # noqa: ANN001
    report = s.scalar(select(Report).where(Report.ref == ref))
    if report is None:
        abort(404)
    return report


@bp.get("/reports/<ref>")
@requires(READ)
def report_page(ref: str):  # noqa: ANN201
    with services().db.read_session() as s:
        report = _load(s, ref)
        incident = s.get(Incident, report.incident_id) if report.incident_id else None
        alerts = list(
            s.execute(
                select(Alert, Contact.name)
                .join(Contact, Contact.id == Alert.contact_id)
                .where(Alert.report_id == report.id)
                .order_by(Alert.level, Alert.id)
            )
        )
        messages = {
            m.id: m
            for m in s.scalars(
                select(OutboundMessage).where(
                    OutboundMessage.alert_id.in_([a.id for a, _ in alerts])
                )
            )
        }
        events = {}
        for event in s.scalars(
            select(DeliveryEvent)
            .where(DeliveryEvent.message_id.in_(list(messages)))
            .order_by(DeliveryEvent.id)
        ):
            events.setdefault(event.message_id, []).append(event)
        by_alert: dict[int, list] = {}
        for message in messages.values():
            by_alert.setdefault(message.alert_id, []).append((message, events.get(message.id, [])))
        notes = list(s.scalars(select(ReportNote).where(ReportNote.report_id == report.id)))
        corrections = list(report.corrections)
        siblings = (
            list(
                s.scalars(
                    select(Report).where(Report.incident_id == incident.id).order_by(Report.id)
                )
            )
            if incident
            else []
        )
        area = report.area
        form = CorrectionForm(
            category=report.category,
            urgent="1" if report.urgent else "0",
            area=area.pcode if area else "",
        )
        return render_template(
            "admin/report.html",
            report=report,
            area=area,
            incident=incident,
            alerts=alerts,
            by_alert=by_alert,
            notes=notes,
            corrections=corrections,
            siblings=siblings,
            form=form,
            note_form=NoteForm(),
            action=ActionForm(),
            can_review=can(REVIEW),
            can_reveal=can(MANAGE),
        )


@bp.post("/reports/<ref>/correct")
@requires(REVIEW)
def correct(ref: str):  # noqa: ANN201
    form = CorrectionForm()
    if not form.validate_on_submit():
        abort(400)
    with services().db.session() as s:
        report = _load(s, ref)
        try:
            changed = review.correct(
                s,
                report,
                current_user.id,
                category=form.category.data,
                urgent=form.urgent.data == "1",
                area_pcode=(form.area.data or "").strip() or None,
            )
        except ValueError:
            flash(_("Unknown area P-code."), "error")
            return redirect(url_for("admin.report_page", ref=ref))
    flash(_("Saved: %(fields)s.", fields=", ".join(changed) or _("reviewed")), "ok")
    return redirect(url_for("admin.report_page", ref=ref))


@bp.post("/reports/<ref>/dismiss")
@requires(REVIEW)
def dismiss(ref: str):  # noqa: ANN201
    if not ActionForm().validate_on_submit():
        abort(400)
    with services().db.session() as s:
        review.dismiss(s, _load(s, ref), current_user.id)
    flash(_("Report dismissed as spam."), "ok")
    return redirect(url_for("admin.report_page", ref=ref))


@bp.post("/reports/<ref>/note")
@requires(REVIEW)
def add_note(ref: str):  # noqa: ANN201
    form = NoteForm()
    if not form.validate_on_submit():
        abort(400)
    with services().db.session() as s:
        report = _load(s, ref)
        s.add(ReportNote(report_id=report.id, text=f"[{current_user.email}] {form.text.data}"))
    return redirect(url_for("admin.report_page", ref=ref))


@bp.post("/reports/<ref>/number")
@requires(MANAGE)
def reveal(ref: str):  # noqa: ANN201
    if not ActionForm().validate_on_submit():
        abort(400)
    svc = services()
    with svc.db.session() as s:
        report = _load(s, ref)
        number = review.reveal_number(s, report, current_user.id, svc.cipher)
    response = render_template("admin/number.html", ref=ref, number=number)
    return response, 200, {"Cache-Control": "no-store"}
