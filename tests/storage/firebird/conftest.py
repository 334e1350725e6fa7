"""Fixtures for the live Firebird tests: both drivers, short lock timeouts, unique table names, engines disposed."""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest

FB_URL = os.environ.get("SUPASOFT_FB_URL", "")
SKIP_REASON = "SUPASOFT_FB_URL is not set (start a server: bash scripts/firebird-server.sh start; eval \"$(bash scripts/firebird-server.sh env)\")"
DRIVERS = ("firebird", "fdb")


def driver_url(driver: str) -> str:
    """The test database URL for one driver; the fdb URL is derived from SUPASOFT_FB_URL unless set."""
    if not FB_URL:
        pytest.skip(SKIP_REASON)
    if driver == "fdb":
        pytest.importorskip("fdb", reason="fdb driver not installed")
        return os.environ.get("SUPASOFT_FB_FDB_URL") or FB_URL.replace("firebird+firebird://", "firebird+fdb://", 1)
    pytest.importorskip("firebird.driver", reason="firebird-driver not installed")
    return FB_URL


@pytest.fixture(params=DRIVERS)
def fb_driver(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def fb_url(fb_driver: str) -> str:
    return driver_url(fb_driver)


@pytest.fixture
def make_engine(fb_url: str) -> Iterator[Callable[..., Any]]:
    """Factory for extra engines on the test database; every one is disposed at teardown."""
    from supasoft.storage.firebird.engine import create_firebird_engine

    engines: list[Any] = []

    def make(url: str | None = None, **kwargs: Any) -> Any:
        kwargs.setdefault("lock_timeout", 2)
        kwargs.setdefault("connect_timeout", 5)
        engine = create_firebird_engine(url or fb_url, **kwargs)
        engines.append(engine)
        return engine

    make.engines = engines  # type: ignore[attr-defined]
    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def engine(make_engine: Callable[..., Any]) -> Any:
    return make_engine()


@pytest.fixture
def table_name(fb_url: str, make_engine: Any) -> Iterator[str]:
    """A fresh table name (<= 31 chars); the table is dropped afterwards from a new attachment."""
    from sqlalchemy import text

    from supasoft.storage.firebird.engine import create_firebird_engine

    name = f"t_{uuid.uuid4().hex[:12]}"
    yield name
    for engine in make_engine.engines:  # an attachment that used the table can keep it "in use"
        engine.dispose()
    cleaner = create_firebird_engine(fb_url, lock_timeout=2, connect_timeout=5)
    try:
        with cleaner.begin() as conn:
            exists = conn.execute(
                text("select count(*) from rdb$relations where rdb$relation_name = :n"), {"n": name.upper()}
            ).scalar()
        if exists:
            with cleaner.begin() as conn:
                conn.execute(text(f"drop table {name}"))
    except Exception as exc:  # a leftover table in a throw-away test database must not hide the real failure
        warnings.warn(f"could not drop {name}: {exc}", stacklevel=1)
    finally:
        cleaner.dispose()
