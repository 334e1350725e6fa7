"""Dashboards stored in the database: personal ones belong to their owner, shared ones are for everyone and need
`configure` to create, change or delete (as shared reports do). A tile names a saved report; a tile whose report
the viewer may not see is handed out as unavailable, without its name, and can never be run through here."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError
from supasoft.core.messages import Message
from supasoft.core.text_input import text_problem
from supasoft.services.report_library import ReportLibrary
from supasoft.storage import dashboard_store

MAX_NAME = 200
MAX_TILES = 24  # more is no longer a glance
VIEWS = ("table", "bar", "stacked", "line", "pie", "donut", "kpi")  # a table, a chart kind or one number
COLUMNS = (1, 2, 3, 4)
MAX_HEIGHT = 4  # grid rows one tile may take


@dataclass
class DashboardTile:
    """One saved report on a dashboard and how it is shown; `name` and `available` are filled for the viewer."""

    report_id: int
    view: str = "table"
    wide: bool = False  # takes a whole row of the grid
    width: int = 1  # grid columns it takes when not wide (as many as the grid has, at most)
    height: int = 1  # grid rows it takes
    name: str = ""
    available: bool = True


@dataclass
class DashboardEntry:
    """A dashboard as listed: its name, whether it is shared and whether it is the user's own."""

    id: int
    name: str
    shared: bool
    mine: bool


@dataclass
class Dashboard:
    """A dashboard as the viewer sees it: tiles in order on a grid of `columns`, and whether they may change it."""

    id: int
    name: str
    shared: bool
    mine: bool
    may_change: bool
    columns: int = 2
    tiles: list[DashboardTile] = field(default_factory=list)


class DashboardService:
    """Dashboards of the session's user (the RecordService carries the storage, the actor and the rights)."""

    def __init__(self, records: Any, library: ReportLibrary | None = None):
        self.storage = records.basis.storage
        self.access = records.access
        self.actor = records.actor
        self.library = library if library is not None else ReportLibrary(records)

    # --- reading ------------------------------------------------------------------------------------------
    def list(self) -> list[DashboardEntry]:
        """Shared dashboards and the user's own, by name."""
        with self.storage.connect() as conn:
            found = dashboard_store.visible_dashboards(conn, self.actor.user_id)
        return [DashboardEntry(d.id, d.name, d.shared, self._mine(d)) for d in found]

    def load(self, dashboard_id: int) -> Dashboard:
        """The dashboard with each tile marked available (a report the user may see) or not."""
        stored = self._stored(dashboard_id)
        columns, tiles = _decode(stored.spec)
        reports = {r.id: r.name for r in self.library.list()}
        for tile in tiles:
            tile.available = tile.report_id in reports
            tile.name = reports.get(tile.report_id, "")
        return Dashboard(stored.id, stored.name, stored.shared, self._mine(stored), self._may_change(stored),
                         columns, tiles)

    def may_share(self) -> bool:
        """Shared dashboards are for everyone: making or changing one needs the right to change the structure."""
        return self.access.allowed("configure")

    # --- changing -----------------------------------------------------------------------------------------
    def create(self, name: str, *, shared: bool = False, tiles: list[DashboardTile] | None = None, columns: int = 2) -> int:
        """A new dashboard of the user (shared: for everyone, needs `configure`); returns its id."""
        name = _checked_name(name)
        if shared:
            self._require_configure()
        spec = _encode(columns, tiles or [])
        with self.storage.begin() as conn:
            return dashboard_store.insert_dashboard(conn, name, self.actor.user_id, shared, spec)

    def save(self, dashboard_id: int, *, name: str | None = None, shared: bool | None = None,
             tiles: list[DashboardTile] | None = None, columns: int | None = None) -> None:
        """Rename, share or unshare, or arrange the tiles (what is None stays as it is)."""
        with self.storage.begin() as conn:
            existing = self._existing(conn, dashboard_id)
            self._require_change(existing)
            if shared is not None and shared != existing.shared:
                self._require_configure()
            old_columns, old_tiles = _decode(existing.spec)
            now_shared = existing.shared if shared is None else shared
            spec = _encode(old_columns if columns is None else columns, old_tiles if tiles is None else tiles)
            new_name = existing.name if name is None else _checked_name(name)
            dashboard_store.update_dashboard(conn, dashboard_id, new_name, now_shared, spec)

    def delete(self, dashboard_id: int) -> None:
        with self.storage.begin() as conn:
            existing = self._existing(conn, dashboard_id)
            self._require_change(existing)
            dashboard_store.delete_dashboard(conn, dashboard_id)

    # --- rules --------------------------------------------------------------------------------------------
    def _mine(self, stored: dashboard_store.StoredDashboard) -> bool:
        return not stored.shared and stored.owner_id == self.actor.user_id

    def _may_change(self, stored: dashboard_store.StoredDashboard) -> bool:
        return self._mine(stored) or self.access.allowed("configure")

    def _stored(self, dashboard_id: int) -> dashboard_store.StoredDashboard:
        with self.storage.connect() as conn:
            stored = dashboard_store.dashboard_by_id(conn, dashboard_id)
        if stored is None or not (stored.shared or stored.owner_id == self.actor.user_id):
            raise NotFound(Message("Dashboard #{id} does not exist", id=dashboard_id))
        return stored

    def _existing(self, conn: Any, dashboard_id: int) -> dashboard_store.StoredDashboard:
        existing = dashboard_store.dashboard_by_id(conn, dashboard_id)
        if existing is None or not (existing.shared or existing.owner_id == self.actor.user_id):
            raise NotFound(Message("Dashboard #{id} does not exist", id=dashboard_id))
        return existing

    def _require_change(self, stored: dashboard_store.StoredDashboard) -> None:
        if not self._may_change(stored):
            raise PermissionDenied(Message("Only the owner or someone who may change the structure can change this dashboard."))

    def _require_configure(self) -> None:
        if not self.access.allowed("configure"):
            raise PermissionDenied(Message("Only someone who may change the structure can share a dashboard."))


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise SchemaError(Message("A dashboard needs a name of at most {limit} characters", limit=MAX_NAME))
    problem = text_problem(name)
    if problem is not None:
        raise SchemaError(Message("The dashboard name {problem}", problem=problem))
    return name


def _encode(columns: int, tiles: list[DashboardTile]) -> str:
    """The stored spec: the grid's width and the tiles in order (their names are never stored)."""
    if columns not in COLUMNS:
        raise SchemaError(Message("A dashboard has 1 to {limit} columns", limit=COLUMNS[-1]))
    if len(tiles) > MAX_TILES:
        raise SchemaError(Message("A dashboard holds at most {limit} tiles", limit=MAX_TILES))
    for tile in tiles:
        if tile.view not in VIEWS or not isinstance(tile.report_id, int) or isinstance(tile.report_id, bool) \
                or not isinstance(tile.wide, bool) or not _span_ok(tile.width, COLUMNS[-1]) \
                or not _span_ok(tile.height, MAX_HEIGHT):
            raise SchemaError(Message("Unknown dashboard tile"))
    return json.dumps({"columns": columns, "tiles": [_encoded_tile(t) for t in tiles]})


def _span_ok(span: object, limit: int) -> bool:
    return isinstance(span, int) and not isinstance(span, bool) and 1 <= span <= limit


def _encoded_tile(tile: DashboardTile) -> dict[str, object]:
    """A tile as stored; a span of one cell is left out, so a spec without spans (older ones) means one cell."""
    return {"report_id": tile.report_id, "view": tile.view, **({"wide": True} if tile.wide else {}),
            **({"width": tile.width} if tile.width > 1 else {}), **({"height": tile.height} if tile.height > 1 else {})}


def _decoded_tile(plain: dict[str, Any]) -> DashboardTile:
    """A stored tile; a missing or unreadable span is one cell."""
    width, height = plain.get("width", 1), plain.get("height", 1)
    return DashboardTile(int(plain["report_id"]), plain.get("view") if plain.get("view") in VIEWS else "table",
                         plain.get("wide") is True, width if _span_ok(width, COLUMNS[-1]) else 1,
                         height if _span_ok(height, MAX_HEIGHT) else 1)


def _decode(spec: str) -> tuple[int, list[DashboardTile]]:
    """Columns and tiles of a stored spec; anything unreadable is left out rather than failing the whole board."""
    try:
        plain = json.loads(spec)
    except ValueError:
        return 2, []
    if not isinstance(plain, dict):
        return 2, []
    columns = plain.get("columns")
    tiles = [_decoded_tile(t) for t in plain.get("tiles", []) if isinstance(t, dict) and isinstance(t.get("report_id"), int)]
    return (columns if columns in COLUMNS else 2), tiles[:MAX_TILES]
