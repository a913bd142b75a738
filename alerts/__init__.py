"""Alerts: incidents, routing, the outbox and its dispatcher, channels, schedules."""
