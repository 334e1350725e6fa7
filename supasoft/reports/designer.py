"""The report designer: an object, its fields into Rows, Columns and Values, a filter, sort, top N and totals."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supasoft.core.meta import FilterGroup
from supasoft.core.reports.spec import Grouping, Measure, Param, ReportSort, ReportSpec
from supasoft.reports.field_tree import FieldTree, is_date
from supasoft.reports.zones import ZoneEntry, ZoneList, func_labels
from supasoft.services.session import Session
from supasoft.shell.fields import describe_path, reachable
from supasoft.shell.filter_dialog import FilterBuilderDialog, describe_filter
from supasoft.shell.lookup import RecordsLookup
from supasoft.shell.views import visible_views

PERIOD = "period"  # the name of the date range a report asks when it runs


class ReportDesigner(QWidget):
    """Builds a ReportSpec from widgets; `changed` fires on every edit (the tab re-runs the preview)."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report_designer")
        self.session = session
        self.filter: FilterGroup | None = None
        self._loading = False
        self.object_box = QComboBox(self)
        self.object_box.setObjectName("report_object")
        config = session.configuration.config
        for obj in sorted(config.objects, key=lambda o: (o.order, o.id)):
            if reportable(session, obj.id):
                self.object_box.addItem(obj.plural, obj.id)
        self.object_box.activated.connect(lambda _i: self.set_object(self.object_box.currentData()))
        self.fields = FieldTree(session.access.path_visible, self)
        self.fields.itemDoubleClicked.connect(lambda _item, _col: self.add_to(self.rows))
        add_bar = QHBoxLayout()
        add_bar.setContentsMargins(0, 0, 0, 0)
        self.zones: dict[str, ZoneList] = {}
        self.rows = ZoneList("rows", self.tr("Rows"), self)
        self.columns = ZoneList("columns", self.tr("Columns"), self)
        self.values = ZoneList("values", self.tr("Values"), self)
        for zone, text, tip in ((self.rows, self.tr("To rows"), self.tr("Group the rows by the chosen field")),
                                (self.columns, self.tr("To columns"), self.tr("Group the columns by the chosen field")),
                                (self.values, self.tr("To values"), self.tr("Calculate on the chosen field"))):
            button = QPushButton(text, self)
            button.setObjectName(f"add_to_{zone.kind}")
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, z=zone: self.add_to(z))
            add_bar.addWidget(button)
            zone.changed.connect(self._zone_changed)
            self.zones[zone.kind] = zone
        self.filter_button = QPushButton(self.tr("Filter…"), self)
        self.filter_button.setObjectName("report_filter")
        self.filter_button.clicked.connect(self.edit_filter)
        self.view_button = QPushButton(self.tr("From a view"), self)  # the filter of a saved table view
        self.view_button.setObjectName("report_filter_from_view")
        self.view_button.setToolTip(self.tr("Use the filter of a saved view of this table"))
        self.view_menu = QMenu(self.view_button)
        self.view_menu.aboutToShow.connect(self._fill_views)
        self.view_button.setMenu(self.view_menu)
        self.filter_label = QLabel(self)
        self.filter_label.setWordWrap(True)
        self.filter_label.setStyleSheet("color: palette(dark);")
        self.ask_box = QComboBox(self)
        self.ask_box.setObjectName("report_ask")
        self.ask_box.setToolTip(self.tr("A date range asked each time the report runs"))
        self.ask_box.activated.connect(lambda _i: self._emit())
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("report_sort")
        self.sort_box.activated.connect(lambda _i: self._emit())
        self.top_box = QSpinBox(self)
        self.top_box.setObjectName("report_top")
        self.top_box.setRange(0, 10_000)
        self.top_box.setSpecialValueText(self.tr("All"))
        self.top_box.valueChanged.connect(lambda _v: self._emit())
        self.subtotals_box = QCheckBox(self.tr("Subtotals"), self)
        self.subtotals_box.setChecked(True)
        self.totals_box = QCheckBox(self.tr("Grand totals"), self)
        self.totals_box.setChecked(True)
        for box in (self.subtotals_box, self.totals_box):
            box.toggled.connect(lambda _on: self._emit())

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Object:"), self.object_box)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_button)
        filter_row.addWidget(self.view_button)
        filter_row.addWidget(self.filter_label, 1)
        options = QFormLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addRow(self.tr("Ask when run:"), self.ask_box)
        options.addRow(self.tr("Sort rows:"), self.sort_box)
        options.addRow(self.tr("Top rows:"), self.top_box)
        totals = QHBoxLayout()
        totals.addWidget(self.subtotals_box)
        totals.addWidget(self.totals_box)
        totals.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Fields (open a reference for the linked record's fields):"), self))
        layout.addWidget(self.fields, 1)
        layout.addLayout(add_bar)
        for zone in (self.rows, self.columns, self.values):
            layout.addWidget(zone)
        layout.addLayout(filter_row)
        layout.addLayout(options)
        layout.addLayout(totals)
        if self.object_box.count():
            self.set_object(self.object_box.itemData(0))

    # --- building ------------------------------------------------------------------------------------
    @property
    def object_id(self) -> int:
        return int(self.object_box.currentData())

    def set_object(self, object_id: int) -> None:
        """Start over on another object: its fields, empty zones, no filter."""
        self.object_box.setCurrentIndex(max(0, self.object_box.findData(object_id)))
        config = self.session.configuration.config
        self.fields.load(config, object_id)
        was_loading, self._loading = self._loading, True
        for zone in self.zones.values():
            zone.set_object(config, object_id)
        self.filter = None
        self._loading = was_loading
        self._show_filter()
        self._fill_sort()
        self._fill_ask()
        self._emit()

    def structure_changed(self) -> None:
        """The structure changed (maybe elsewhere): new field names, and fields gone from the report removed."""
        config = self.session.configuration.config
        if self.object_box.findData(self.object_id) < 0 or all(o.id != self.object_id for o in config.objects):
            return
        self.fields.load(config, self.object_id)
        was_loading, self._loading = self._loading, True
        for zone in self.zones.values():
            zone.config = config
            zone.set_entries([e for e in zone.entries if e.path is None or zone.field_known(e.path)])
        self._loading = was_loading
        self._fill_sort()
        self._emit()

    def add_to(self, zone: ZoneList) -> None:
        path = self.fields.current_path()
        if path is not None:
            zone.add(path)

    def edit_filter(self) -> None:
        config = self.session.configuration.config
        dialog = FilterBuilderDialog(config, self.object_id, self.filter, RecordsLookup(self.session.records), None, self)
        if dialog.exec():
            self.set_filter(dialog.result_group())

    def _fill_views(self) -> None:
        """The saved views of the object the user sees (shared and their own) that have a filter."""
        self.view_menu.clear()
        config = self.session.configuration.config
        views = [v for v in visible_views(config, self.object_id, self.session.actor) if v.filter is not None and v.filter.items]
        for view in views:
            action = self.view_menu.addAction(view.name)
            action.triggered.connect(lambda _c=False, group=view.filter: self.set_filter(copy.deepcopy(group)))
        if not views:
            self.view_menu.addAction(self.tr("No saved view of this table has a filter")).setEnabled(False)

    def set_filter(self, group: FilterGroup | None) -> None:
        self.filter = group if group is not None and group.items else None
        self._show_filter()
        self._emit()

    def _show_filter(self) -> None:
        text = describe_filter(self.session.configuration.config, self.object_id, self.filter, self.session.records.display)
        self.filter_label.setText(text or self.tr("All records"))

    def _fill_sort(self) -> None:
        current = _plain(self.sort_box.currentData())
        self.sort_box.blockSignals(True)
        self.sort_box.clear()
        self.sort_box.addItem(self.tr("Groups in order"), ("label", 0, False))
        self.sort_box.addItem(self.tr("Groups in reverse order"), ("label", 0, True))
        for i, entry in enumerate(self.values.entries or [ZoneEntry(None)]):
            title = self.values.title_of(entry) if self.values.entries else func_labels()["count"]
            self.sort_box.addItem(self.tr("By %s, largest first") % title, ("measure", i, True))
            self.sort_box.addItem(self.tr("By %s, smallest first") % title, ("measure", i, False))
        self.sort_box.setCurrentIndex(max(0, index_of(self.sort_box, current)))
        self.sort_box.blockSignals(False)

    def _fill_ask(self) -> None:
        """Nothing, or a date field (own or of a linked record) whose range is asked when the report runs."""
        config = self.session.configuration.config
        self.ask_box.clear()
        self.ask_box.addItem(self.tr("Nothing"), None)
        for info in reachable(config, self.object_id, depth=1):
            if is_date(info.field) and self.session.access.path_visible(self.object_id, info.path):
                self.ask_box.addItem(self.tr("%s from … to …") % info.title, info.path)

    def params(self) -> list[Param]:
        path = self.ask_box.currentData()
        if path is None:
            return []
        info = describe_path(self.session.configuration.config, self.object_id, tuple(path))
        return [Param(PERIOD, tuple(path), "between", info.title if info is not None else "")]

    def _zone_changed(self) -> None:
        self._fill_sort()
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    # --- the spec ------------------------------------------------------------------------------------
    def spec(self) -> ReportSpec:
        """The report as the widgets show it (a count of records when no value is chosen)."""
        by, measure, descending = self.sort_box.currentData() or ("label", 0, False)
        measures = [Measure(e.path, e.func, e.show) for e in self.values.entries] or [Measure()]  # type: ignore[arg-type]
        return ReportSpec(
            object_id=self.object_id,
            rows=[Grouping(e.path or (), e.date_part) for e in self.rows.entries],  # type: ignore[arg-type]
            columns=[Grouping(e.path or (), e.date_part) for e in self.columns.entries],  # type: ignore[arg-type]
            measures=measures,
            filter=self.filter,
            params=self.params(),
            sort=ReportSort(by, measure, descending),
            top_n=self.top_box.value() or None,
            subtotals=self.subtotals_box.isChecked(),
            grand_totals=self.totals_box.isChecked(),
        )

    def set_spec(self, spec: ReportSpec) -> None:
        """Show a saved report in the widgets (one `changed` at the end)."""
        self._loading = True
        self.set_object(spec.object_id)
        self.rows.set_entries([ZoneEntry(g.path, g.date_part) for g in spec.rows])
        self.columns.set_entries([ZoneEntry(g.path, g.date_part) for g in spec.columns])
        plain_count = len(spec.measures) == 1 and spec.measures[0] == Measure()
        self.values.set_entries([] if plain_count else [ZoneEntry(m.path, None, m.func, m.show) for m in spec.measures])
        self.filter = spec.filter
        self._show_filter()
        self._fill_sort()
        self.sort_box.setCurrentIndex(max(0, index_of(self.sort_box, (spec.sort.by, spec.sort.measure, spec.sort.descending))))
        asked = next((p.path for p in spec.params if p.op == "between"), None)
        self.ask_box.setCurrentIndex(max(0, index_of(self.ask_box, asked)))
        self.top_box.setValue(spec.top_n or 0)
        self.subtotals_box.setChecked(spec.subtotals)
        self.totals_box.setChecked(spec.grand_totals)
        self._loading = False
        self.changed.emit()


def _plain(value: object) -> object:
    """Qt hands a tuple kept as item data back as a list: compare them as tuples."""
    return tuple(value) if isinstance(value, list) else value


def index_of(box: QComboBox, value: object) -> int:
    """The item whose data equals `value` (findData cannot match tuples), or -1."""
    wanted = _plain(value)
    return next((i for i in range(box.count()) if _plain(box.itemData(i)) == wanted), -1)


def reportable(session: Session, object_id: int) -> bool:
    """Whether the user may build reports on an object (read it, and the report right)."""
    return session.access.allowed("read", object_id) and session.access.allowed("report", object_id)


def default_report_name() -> str:
    return QCoreApplication.translate("ReportDesigner", "New report")
