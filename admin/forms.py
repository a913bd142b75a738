"""Panel forms (Flask-WTF: every one carries a CSRF token)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    EmailField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from locales import MESSAGE_LANGUAGES
from models import CATEGORIES, TIMEZONES, UnitKind

CATEGORY_CHOICES = [(c, c) for c in CATEGORIES]
ANY = [("", _l("any"))]


class LoginForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[DataRequired(), Length(max=200)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=200)])


class CorrectionForm(FlaskForm):
    category = SelectField(_l("Category"), choices=CATEGORY_CHOICES)
    urgent = SelectField(_l("Urgent"), choices=[("1", _l("yes")), ("0", _l("no"))])
    area = StringField(_l("Area P-code"), validators=[Optional(), Length(max=40)])


class NoteForm(FlaskForm):
    text = TextAreaField(_l("Note"), validators=[DataRequired(), Length(max=2000)])


class ActionForm(FlaskForm):
    """A bare POST (dismiss, reveal, approve…): only the CSRF token."""


class ContactForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    phone = StringField(_l("Phone"), validators=[DataRequired(), Length(max=32)])
    unit = SelectField(_l("Unit"), choices=[], validate_choice=False)
    role = StringField(_l("Role"), default="duty_officer", validators=[Length(max=40)])
    focal_area = StringField(_l("Focal point of area (P-code)"), validators=[Length(max=40)])
    channel = SelectField(_l("Channel"), choices=[("sms", "SMS"), ("whatsapp", "WhatsApp")])
    language = SelectField(_l("Language"), choices=[(c, c) for c in MESSAGE_LANGUAGES])
    timezone = SelectField(_l("Time zone"), choices=[(t, t) for t in TIMEZONES])
    quiet_start = StringField(_l("Quiet from (HH:MM)"), validators=[Length(max=5)])
    quiet_end = StringField(_l("Quiet until (HH:MM)"), validators=[Length(max=5)])
    active = BooleanField(_l("Active"), default=True)
    opted_out = BooleanField(_l("Opted out"))


class ImportForm(FlaskForm):
    file = FileField(_l("CSV file"), validators=[FileRequired()])


class UnitForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    kind = SelectField(_l("Kind"), choices=[(k.value, k.value) for k in UnitKind])
    areas = StringField(_l("Areas (P-codes, comma-separated)"), validators=[Length(max=500)])
    keywords = StringField(_l("Names in reports (comma-separated)"), validators=[Length(max=500)])
    active = BooleanField(_l("Active"), default=True)


class RuleForm(FlaskForm):
    name = StringField(_l("Name"), validators=[Length(max=200)])
    category = SelectField(_l("Category"), choices=ANY + CATEGORY_CHOICES)
    area = StringField(_l("Area P-code (empty: everywhere)"), validators=[Length(max=40)])
    urgency = SelectField(
        _l("Urgency"),
        choices=[("any", _l("any")), ("urgent", _l("urgent")), ("routine", _l("routine"))],
    )
    unit = SelectField(_l("Unit"), choices=[], validate_choice=False)
    contact = SelectField(_l("Contact"), choices=[], validate_choice=False)
    unit_kind = SelectField(
        _l("Or: units of this kind covering the area"),
        choices=ANY + [(k.value, k.value) for k in UnitKind] + [("focal_point", "focal_point")],
    )
    mode = SelectField(
        _l("Mode"), choices=[("immediate", _l("immediate")), ("digest", _l("digest"))]
    )
    escalation_minutes = IntegerField(
        _l("Escalate after (minutes)"), default=15, validators=[NumberRange(1, 1440)]
    )
    verify = SelectField(
        _l("Focal point verification"),
        choices=[("none", _l("none")), ("alongside", _l("alongside")), ("before", _l("before"))],
    )
    fallback = BooleanField(_l("Fallback: only when no other rule reaches anyone"))


class PreviewForm(FlaskForm):
    category = SelectField(_l("Category"), choices=CATEGORY_CHOICES)
    area = StringField(_l("Area P-code"), validators=[DataRequired(), Length(max=40)])
    urgent = BooleanField(_l("Urgent"))


class ScheduleForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=100)])
    kind = SelectField(_l("Kind"), choices=[("digest", _l("digest")), ("checkin", _l("check-in"))])
    cron = StringField(_l("Cron (min hour day month weekday)"), default="0 7 * * *")
    timezone = SelectField(_l("Time zone"), choices=[(t, t) for t in TIMEZONES])


class VillageForm(FlaskForm):
    name = StringField(_l("Village name"), validators=[DataRequired(), Length(max=200)])


class AliasForm(FlaskForm):
    alias = StringField(_l("Other spelling"), validators=[DataRequired(), Length(max=200)])


class SimulatorForm(FlaskForm):
    phone = StringField(_l("From (phone number)"), default="+22376123456")
    channel = SelectField(_l("Channel"), choices=[("sms", "SMS"), ("whatsapp", "WhatsApp")])
    body = TextAreaField(_l("Message"), validators=[DataRequired(), Length(max=1600)])


class LocaleForm(FlaskForm):
    locale = SelectField(_l("Language"), choices=[("fr", "Français"), ("en", "English")])
