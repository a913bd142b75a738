"""WSGI entry point: `gunicorn wsgi:app`. Builds the application, nothing else."""

from app import create_app

app = create_app()
