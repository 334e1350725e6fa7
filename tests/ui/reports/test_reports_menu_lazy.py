"""The Reports menu loads charts (pyqtgraph, numpy: ~0.6 s) only when a report or the dashboard opens, so the
program's first window is not kept waiting for them."""

from __future__ import annotations

import subprocess
import sys


def test_installing_the_reports_menu_does_not_load_pyqtgraph() -> None:
    code = "import sys, supasoft.reports.menu, supasoft.app; print('pyqtgraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False"
