"""A report as a chart (pyqtgraph): grouped or stacked bars, lines or a pie; a click on a bar, point or slice
drills down."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from supasoft.reports.chart_pie import Slice, draw_pie, slice_at, slice_center
from supasoft.reports.kpi import Kpi, KpiView

#: Series colours (colour-blind friendly: Okabe-Ito, then Tol's), in order.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#332288",
           "#999933", "#882255", "#44AA99", "#999999")
BAR_SPAN = 0.8  # the part of a category's width its bars take
DONUT_HOLE = 0.5  # a donut's hole: half the radius
MAX_LABELS = 40  # more bars than this: no values written on them (they would overlap)

#: Called with (category index, series index) when a bar or point is clicked.
Drill = Callable[[int, int], None]


@dataclass
class ChartData:
    """What a chart draws: one category per row group, one series per column group (or measure)."""

    categories: list[str] = field(default_factory=list)
    series: list[tuple[str, list[float | None]]] = field(default_factory=list)
    totals: list[float | None] = field(default_factory=list)  # each category's total (a pie's slices)
    x_title: str = ""
    y_title: str = ""
    kpi: Kpi = field(default_factory=Kpi)
    series_colours: list[str] = field(default_factory=list)  # one per series when they are a choice's values
    category_colours: list[str] = field(default_factory=list)  # one per category (pie slices), likewise

    def series_colour(self, index: int) -> str:
        """A series' colour: its choice's own, else the palette's in order."""
        return self.series_colours[index] if index < len(self.series_colours) else PALETTE[index % len(PALETTE)]

    def category_palette(self) -> tuple[str, ...]:
        """The slices' colours in category order: their choices' own, else the palette's."""
        if len(self.category_colours) == len(self.categories):
            return tuple(self.category_colours)
        return tuple(PALETTE[i % len(PALETTE)] for i in range(len(self.categories)))


class ReportChart(QWidget):
    """The chart of a report with a kind chooser; every bar (or point) knows the cell it came from."""

    KINDS = ("bar", "stacked", "line", "pie", "donut", "kpi")
    TOTAL = -1  # the series index of a pie slice: the row group's total

    def __init__(self, on_drill: Drill | None = None, parent: QWidget | None = None,
                 on_key: Callable[[Any], None] | None = None):
        super().__init__(parent)
        self.on_drill = on_drill
        self.kpi_view = KpiView(self)
        if on_key is not None:
            self.kpi_view.clicked.connect(on_key)
        self.data = ChartData()
        self.hits: list[tuple[QRectF, int, int]] = []  # view rectangle -> (category, series)
        self.slices: list[Slice] = []
        self.labels: list[pg.TextItem] = []  # the values written on the chart
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("chart_kind")
        texts = (self.tr("Bars"), self.tr("Stacked bars"), self.tr("Lines"), self.tr("Pie"), self.tr("Donut"),
                 self.tr("One number (against the period before)"))
        for kind, text in zip(self.KINDS, texts, strict=True):
            self.kind_box.addItem(text, kind)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.redraw())
        self.plot = pg.PlotWidget(self, background="w", axisItems={"left": LocaleAxis("left")})
        self.plot.setObjectName("chart_plot")
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.installEventFilter(self)  # the labels fit the plot's own width, known only once it is laid out
        self.legend = self.plot.getPlotItem().addLegend(offset=(-10, 10), labelTextColor="k",
                                                       brush=pg.mkBrush(255, 255, 255, 220))
        self.measure_box = QComboBox(self)  # which value the chart draws, when the report has several
        self.measure_box.setObjectName("chart_measure")
        self.measure_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_box.currentIndexChanged.connect(lambda _i: self._measure_changed())
        self.measure_label = QLabel(self.tr("Value:"), self)
        self.data_for: Callable[[int], ChartData] | None = None
        self.preferred_measure = 0  # the value a saved report drew, until the first result fills the chooser
        self.kind_row = QWidget(self)
        bar = QHBoxLayout(self.kind_row)
        bar.setContentsMargins(0, 0, 0, 0)
        self.kind_label = QLabel(self.tr("Chart:"), self)
        bar.addWidget(self.kind_label)
        bar.addWidget(self.kind_box)
        bar.addWidget(self.measure_label)
        bar.addWidget(self.measure_box)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_row)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.plot)
        self.pages.addWidget(self.kpi_view)
        self.empty_view = QLabel(self.tr("No groups to draw: put a field in Rows, or widen the filter or the dates "
                                         "asked."), self)
        self.empty_view.setObjectName("chart_empty")
        self.empty_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_view.setWordWrap(True)
        self.empty_view.setStyleSheet("color: palette(dark);")
        self.pages.addWidget(self.empty_view)
        layout.addWidget(self.pages, 1)

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.redraw()

    def set_source(self, measures: list[str], data_for: Callable[[int], ChartData]) -> None:
        """Draw a report's values: `data_for(i)` gives the chart of measure i; several offer a choice."""
        self.data_for = data_for
        current = self.measure_box.currentIndex() if self.measure_box.count() else self.preferred_measure
        self.measure_box.blockSignals(True)
        self.measure_box.clear()
        self.measure_box.addItems(measures)
        self.measure_box.setCurrentIndex(current if 0 <= current < len(measures) else 0)
        self.measure_box.blockSignals(False)
        for widget in (self.measure_label, self.measure_box):
            widget.setVisible(len(measures) > 1)
        self.set_data(data_for(max(self.measure_box.currentIndex(), 0)))

    def measure(self) -> int:
        return max(self.measure_box.currentIndex(), 0)

    def _measure_changed(self) -> None:
        if self.data_for is not None:
            self.set_data(self.data_for(self.measure()))

    def redraw(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        self.hits = []
        self.labels = []
        data = self.data
        self.slices = []
        kind = self.kind()
        self.pages.setCurrentWidget(self.kpi_view if kind == "kpi" else self.plot)
        self.kpi_view.set_kpi(data.kpi)
        if kind != "kpi" and not data.categories:  # no empty axes scaled "(x0.001)": say why nothing is drawn
            self.pages.setCurrentWidget(self.empty_view)
            return
        pie = kind in ("pie", "donut")
        for side in ("left", "bottom"):
            item.showAxis(side, not pie)
        item.getViewBox().setAspectLocked(pie)
        self.legend.setVisible(len(data.series) > 1 or (pie and bool(data.categories)))
        if pie:
            self.slices = draw_pie(item, self.legend, data.categories, data.totals, data.category_palette(),
                                   DONUT_HOLE if kind == "donut" else 0.0)
            item.setRange(xRange=(-1.1, 2.6), yRange=(-1.1, 1.1), padding=0)  # the legend stands on the right
            return
        if kind == "line":
            self._lines(item)
        else:
            self._bars(item, stacked=kind == "stacked")
        self._set_ticks()
        item.getAxis("bottom").setTextPen("k")
        item.getAxis("left").setTextPen("k")
        item.setLabel("bottom", data.x_title, color="k")
        item.setLabel("left", data.y_title, color="k")
        self._fit_x()
        low, high = self._value_span()
        headroom = 0.15  # the values written on top of the bars
        item.setYRange(low - (high - low) * 0.01, high + (high - low) * headroom, padding=0)

    def _set_ticks(self) -> None:
        """Category labels cut to the room each has; with many categories only every n-th is named."""
        categories = self.data.categories
        per_category = max(self.plot.width() - 80, 200) / max(len(categories), 1)
        limit = max(3, int(0.8 * per_category / max(self.fontMetrics().averageCharWidth(), 1)) - 1)
        step = 1 if per_category >= 24 else int(24 / per_category) + 1
        ticks = [(i, _short(c, limit)) for i, c in enumerate(categories) if i % step == 0]
        self.plot.getPlotItem().getAxis("bottom").setTicks([ticks])
        self._fit_labels(per_category)

    def _fit_labels(self, per_category: float) -> None:
        """The values written on the bars show only while each fits above its own bar: never overlapping or cut."""
        if not self.labels:
            return
        side_by_side = self.kind() == "bar" and len(self.data.series) > 1
        room = per_category / len(self.data.series) if side_by_side else per_category
        metrics = QFontMetrics(self.labels[0].textItem.font())
        widest = max(metrics.horizontalAdvance(label.toPlainText()) for label in self.labels)
        for label in self.labels:
            label.setVisible(widest + 4 <= room)

    def _fit_x(self) -> None:
        """Every category in view, and room on the right for the legend so it covers no bar."""
        if self.kind() in ("pie", "donut", "kpi"):
            return
        count = max(len(self.data.categories), 1)
        span = count + 0.2
        if len(self.data.series) > 1:
            legend = self.legend.boundingRect().width() + 20
            view = self.plot.getPlotItem().getViewBox().width()
            span = span * view / max(view - legend, 60) if view > legend else span * 1.4
        self.plot.getPlotItem().setXRange(-0.6, -0.6 + span, padding=0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The plot got its size (a chart drawn while its tab was hidden is first laid out when shown): fit the labels."""
        if watched is self.plot and event.type() == QEvent.Type.Resize and self.kind() not in ("pie", "donut", "kpi"):
            self._set_ticks()
            self._fit_x()
        return super().eventFilter(watched, event)

    def _value_span(self) -> tuple[float, float]:
        """The lowest and highest value drawn (0 included), for a y range with room for the legend."""
        tops = [r.bottom() for r, _c, _s in self.hits] + [r.top() for r, _c, _s in self.hits] + [0.0]
        low, high = min(tops), max(tops)
        return (low, high) if high > low else (low, low + 1)

    def _bars(self, item: pg.PlotItem, stacked: bool) -> None:
        series = self.data.series
        width = BAR_SPAN if stacked else BAR_SPAN / max(len(series), 1)
        base = [0.0] * len(self.data.categories)
        for s, (name, values) in enumerate(series):
            colour = QColor(self.data.series_colour(s))
            xs, heights, bottoms = [], [], []
            for c, value in enumerate(values):
                v = float(value or 0)
                x = c if stacked else c - BAR_SPAN / 2 + width * (s + 0.5)
                y0 = base[c] if stacked else 0.0
                xs.append(x)
                heights.append(v)
                bottoms.append(y0)
                self.hits.append((QRectF(x - width / 2, min(y0, y0 + v), width, abs(v)), c, s))
                if stacked:
                    base[c] += v
            bars = pg.BarGraphItem(x=xs, height=heights, y0=bottoms, width=width, brush=colour, pen=None, name=name)
            item.addItem(bars)
            if not stacked:
                self._label(item, [(x, y0 + h) for x, h, y0 in zip(xs, heights, bottoms, strict=True) if h])
        if stacked:
            self._label(item, [(c, top) for c, top in enumerate(base) if top])

    def _lines(self, item: pg.PlotItem) -> None:
        for s, (name, values) in enumerate(self.data.series):
            colour = QColor(self.data.series_colour(s))
            xs = [c for c, v in enumerate(values) if v is not None]
            ys = [float(v) for v in values if v is not None]
            item.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolBrush=colour, symbolPen=None,
                      symbolSize=8, name=name)
            for x, y in zip(xs, ys, strict=True):
                self.hits.append((QRectF(x - 0.2, y, 0.4, 0.0), x, s))
            self._label(item, list(zip(xs, ys, strict=True)))

    def _label(self, item: pg.PlotItem, points: list[tuple[float, float]]) -> None:
        """Each bar's or point's value above it, while they are few enough to read."""
        if len(self.hits) > MAX_LABELS:
            return
        locale = QLocale()
        for x, y in points:
            text = locale.toString(y, "f", 0 if float(y).is_integer() else 2)
            label = pg.TextItem(text, color="k", anchor=(0.5, 1.0 if y >= 0 else 0.0))
            label.setPos(x, y)
            self.labels.append(label)
            item.addItem(label)

    # --- clicks ------------------------------------------------------------------------------------
    def hit_at(self, view_point: QPointF) -> tuple[int, int] | None:
        """The (category, series) of the bar or point under a point in data coordinates."""
        vb = self.plot.getPlotItem().getViewBox()
        px, py = vb.viewPixelSize()
        for rect, c, s in self.hits:
            grown = rect.adjusted(0, -6 * py, 0, 6 * py) if self.kind() == "line" else rect
            if grown.contains(view_point) or (rect.height() == 0 and abs(view_point.x() - rect.center().x()) <= rect.width() / 2
                                              and abs(view_point.y() - rect.y()) <= 6 * py):
                return c, s
        return None

    def center_of(self, category: int, series: int) -> QPointF:
        """Where a bar, point or slice (series TOTAL) is on the widget (tests click there)."""
        vb = self.plot.getPlotItem().getViewBox()
        if series == self.TOTAL:
            return QPointF(self.plot.mapFromScene(vb.mapViewToScene(slice_center(self.slices, category))))
        for rect, c, s in self.hits:
            if (c, s) == (category, series):
                return QPointF(self.plot.mapFromScene(vb.mapViewToScene(rect.center())))
        raise KeyError((category, series))

    def _clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.on_drill is None:  # type: ignore[attr-defined]
            return
        vb = self.plot.getPlotItem().getViewBox()
        point = vb.mapSceneToView(event.scenePos())  # type: ignore[attr-defined]
        if self.kind() in ("pie", "donut"):
            category = slice_at(self.slices, point)
            hit = None if category is None else (category, self.TOTAL)
        else:
            hit = self.hit_at(point)
        if hit is not None:
            self.on_drill(*hit)


def _short(text: str, limit: int = 18) -> str:
    """Cut to `limit` characters; a group within groups ("Acme Ltd / 2026-Q3") keeps its own part whole and as much
    of the outer group as fits, so two clients' "2026-Q3" bars stay told apart."""
    if len(text) <= limit:
        return text
    head, joint, tail = text.rpartition(" / ")
    if not joint:
        return text[: limit - 1] + "\u2026"
    room = limit - len(tail) - len(joint)  # what is left for the outer groups, the ellipsis included
    if room >= 3:
        return head[: room - 1] + "\u2026" + joint + tail
    return tail if len(tail) <= limit else tail[: limit - 1] + "\u2026"


class LocaleAxis(pg.AxisItem):
    """Value ticks in the user's locale (1 234,5 in Polish)."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph API
        decimals = 0 if spacing * scale >= 1 else min(6, len(f"{spacing * scale:.6f}".rstrip("0").split(".")[1]))
        locale = QLocale()
        return [locale.toString(v * scale, "f", decimals) for v in values]
