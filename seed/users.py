"""The demo administrator `make run` prints, so a newcomer can log in at once."""

from __future__ import annotations

import secrets
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from admin.accounts import hash_password
from models import Role, User

DEMO_EMAIL = "admin@tabale.local"
CREDENTIALS_FILE = "demo-admin.txt"


def ensure_demo_admin(session: Session, instance_path: str) -> tuple[str, str]:
    """The demo admin's login, created with a random password on first run.

    The password is kept in the instance folder (never in the repository) so
    every `make run` can print it again.
    """
    path = Path(instance_path) / CREDENTIALS_FILE
    user = session.scalar(select(User).where(User.email == DEMO_EMAIL))
    if user is not None and path.exists():
        return DEMO_EMAIL, path.read_text(encoding="utf-8").strip()
    password = secrets.token_urlsafe(12)
    if user is None:
        user = User(email=DEMO_EMAIL, name="Demo admin", role=Role.ADMIN)
        session.add(user)
    user.password_hash = hash_password(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(password + "\n", encoding="utf-8")
    path.chmod(0o600)
    return DEMO_EMAIL, password
