"""Tabalé's data model: SQLAlchemy 2.0 typed models, one module per aggregate.

Importing this package registers every table on `Base.metadata`, which
Alembic compares with the migrations.
"""

from models.alert import Alert, AlertStatus
from models.area import Area, AreaAlias, AreaLevel
from models.base import Base, utcnow
from models.contact import Contact
from models.db import Database
from models.incident import Incident, IncidentStatus
from models.job_run import JobRun
from models.message import InboundKind, InboundMessage
from models.outbox import DeliveryEvent, OutboundMessage, OutboundStatus, Purpose
from models.pacing import SenderPace
from models.registration import RegistrationRequest, RequestStatus
from models.report import (
    CATEGORIES,
    Report,
    ReportCorrection,
    ReportNote,
    ReportStatus,
    Verification,
)
from models.reporter import Reporter
from models.routing import EscalationStep, RoutingRule
from models.schedule import TIMEZONES, Schedule, ScheduleKind
from models.unit import FORCE_KINDS, Unit, UnitKind
from models.user import AuditLog, LoginAttempt, Role, User

__all__ = [
    "CATEGORIES",
    "FORCE_KINDS",
    "Alert",
    "AlertStatus",
    "Area",
    "AreaAlias",
    "AreaLevel",
    "AuditLog",
    "Base",
    "Contact",
    "Database",
    "DeliveryEvent",
    "EscalationStep",
    "InboundKind",
    "InboundMessage",
    "JobRun",
    "LoginAttempt",
    "Incident",
    "IncidentStatus",
    "OutboundMessage",
    "OutboundStatus",
    "Purpose",
    "Report",
    "ReportCorrection",
    "ReportNote",
    "ReportStatus",
    "RegistrationRequest",
    "Reporter",
    "RequestStatus",
    "Role",
    "RoutingRule",
    "Schedule",
    "SenderPace",
    "ScheduleKind",
    "TIMEZONES",
    "Unit",
    "UnitKind",
    "User",
    "Verification",
    "utcnow",
]
