"""The connection type services pass along, so they can type it without importing sqlalchemy."""

from __future__ import annotations

from sqlalchemy import Connection

__all__ = ["Connection"]
