"""Supasoft: an open-source desktop CRM constructor."""

__version__ = "0.1.0"
