"""Shared constants of the access-rights UI tests."""

PASSWORD = "correct horse"
