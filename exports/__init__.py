"""Exports: CSV of reports (never a reporter's number) and Common Alerting Protocol 1.2."""
