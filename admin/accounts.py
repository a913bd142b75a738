"""Panel accounts: argon2 password hashes, login throttling, user creation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask_login import UserMixin
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models import LoginAttempt, Role, User, utcnow

_hasher = PasswordHasher()
WINDOW = timedelta(minutes=15)
MAX_PER_ACCOUNT = 5
MAX_PER_IP = 20
MIN_PASSWORD = 10


@dataclass
class PanelUser(UserMixin):
    """What a request knows of its user (a detached copy, not a live row)."""

    id: int
    email: str
    name: str
    role: str
    locale: str
    active: bool

    @property
    def is_active(self) -> bool:  # type: ignore[override]
        return self.active

    @classmethod
    def of(cls, user: User) -> PanelUser:
        return cls(user.id, user.email, user.name, user.role, user.locale, user.active)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def throttled(session: Session, email: str, ip: str) -> bool:
    since = utcnow() - WINDOW
    per_account = session.scalar(
        select(func.count()).where(LoginAttempt.email == email, LoginAttempt.created_at >= since)
    )
    per_ip = session.scalar(
        select(func.count()).where(LoginAttempt.ip == ip, LoginAttempt.created_at >= since)
    )
    return (per_account or 0) >= MAX_PER_ACCOUNT or (per_ip or 0) >= MAX_PER_IP


def authenticate(session: Session, email: str, password: str, ip: str) -> User | None:
    """The user, or None (a failed attempt is recorded). Raises nothing."""
    email = email.strip().lower()
    user = session.scalar(select(User).where(User.email == email))
    if user is not None and user.active and check_password(user.password_hash, password):
        session.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
        user.last_login_at = utcnow()
        return user
    session.add(LoginAttempt(email=email, ip=ip))
    return None


def create_user(session: Session, email: str, password: str, role: str, name: str = "") -> User:
    if role not in {r.value for r in Role}:
        raise ValueError(f"unknown role {role!r}")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"password shorter than {MIN_PASSWORD} characters")
    email = email.strip().lower()
    if session.scalar(select(User).where(User.email == email)) is not None:
        raise ValueError(f"{email} already exists")
    user = User(email=email, name=name or email, role=role, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    return user
