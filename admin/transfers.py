"""Files in and out: contact CSV import/export, report CSV, CAP documents and feed."""

from __future__ import annotations

import csv
import io

from flask import (
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from admin import audit, bp
from admin.forms import ImportForm
from admin.network import CONTACT_FIELDS, apply_contact
from admin.permissions import MANAGE, READ, requires
from admin.review import InboxFilters
from exports.cap import alert_cap_xml, cap_atom_feed
from exports.csv import reports_csv
from models import Contact
from privacy.addresses import InvalidAddress
from services import services

CONTACT_COLUMNS = [
    "name", "phone", "unit", "role", "focal_area", "channel", "language", "timezone",
    "quiet_start", "quiet_end", "active",
]  # fmt: skip
MAX_IMPORT_BYTES = 2 * 1024 * 1024


def import_contacts(
    session, data: bytes, hash_key: str, user_id: int | None
) -> tuple[int, list[tuple[int, str]]]:  # noqa: ANN001
    """All rows or none: the number imported, or the errors by line number."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return 0, [(0, _("the file is not UTF-8 text"))]
    reader = csv.DictReader(io.StringIO(text))
    missing = {"name", "phone"} - set(reader.fieldnames or [])
    if missing:
        return 0, [(1, _("missing columns: %(cols)s", cols=", ".join(sorted(missing))))]
    errors: list[tuple[int, str]] = []
    created: list[Contact] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        contact = Contact()
        try:
            apply_contact(
                session, contact, {k: (v or "").strip() for k, v in row.items() if k}, hash_key
            )
            if contact.phone in seen:
                raise ValueError(_("this number appears twice in the file"))
            seen.add(contact.phone)
        except (InvalidAddress, ValueError) as exc:
            errors.append((line, str(exc) or _("invalid phone number")))
            continue
        created.append(contact)
    if errors:
        return 0, errors
    session.add_all(created)
    session.flush()
    for contact in created:
        audit.record(
            session,
            user_id,
            "import",
            "contact",
            contact.id,
            None,
            audit.snapshot(contact, CONTACT_FIELDS),
        )
    return len(created), []


@bp.post("/contacts/import")
@requires(MANAGE)
def contacts_import():  # noqa: ANN201
    form = ImportForm()
    if not form.validate_on_submit():
        abort(400)
    data = form.file.data.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        flash(_("File too large."), "error")
        return redirect(url_for("admin.contacts"))
    svc = services()
    with svc.db.session() as s:
        count, errors = import_contacts(s, data, svc.config["NUMBER_HASH_KEY"], current_user.id)
        if errors:
            s.rollback()
    if errors:
        return render_template("admin/import_errors.html", errors=errors), 422
    flash(_("%(n)s contacts imported.", n=count), "ok")
    return redirect(url_for("admin.contacts"))


@bp.get("/contacts.csv")
@requires(READ)
def contacts_export():  # noqa: ANN201
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CONTACT_COLUMNS + ["opted_out"])
    with services().db.read_session() as s:
        for c in s.scalars(
            select(Contact)
            .options(selectinload(Contact.unit), selectinload(Contact.area))
            .order_by(Contact.name)
        ):
            writer.writerow([
                _cell(c.name), c.phone, _cell(c.unit.name) if c.unit else "", c.role,
                c.area.pcode if c.area else "", c.channel, c.language, c.timezone,
                c.quiet_start.strftime("%H:%M") if c.quiet_start else "",
                c.quiet_end.strftime("%H:%M") if c.quiet_end else "",
                int(c.active), int(c.opted_out),
            ])  # fmt: skip
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=contacts.csv"},
    )


def _cell(value: str) -> str:
    """No spreadsheet formula injection through a name."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@bp.get("/exports/reports.csv")
@requires(READ)
def reports_export():  # noqa: ANN201
    filters = InboxFilters.from_args(request.args).as_report_filters()
    db = services().db

    def generate():  # noqa: ANN202
        with db.read_session() as s:
            yield from reports_csv(s, filters)

    return Response(
        stream_with_context(generate()),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=tabale-reports.csv"},
    )


@bp.get("/alerts/<int:alert_id>/cap.xml")
@requires(READ)
def alert_cap(alert_id: int):  # noqa: ANN201
    with services().db.read_session() as s:
        try:
            document = alert_cap_xml(s, alert_id)
        except LookupError:
            abort(404)
    return Response(document, mimetype="application/cap+xml")


@bp.get("/feeds/cap.atom")
@requires(READ)
def cap_feed():  # noqa: ANN201
    base = services().config["PUBLIC_BASE_URL"]
    with services().db.read_session() as s:
        document = cap_atom_feed(s, base)
    return Response(document, mimetype="application/atom+xml")
