"""Shared Qt widgets (table model, field editors, busy runner); row_source stays importable without Qt."""
