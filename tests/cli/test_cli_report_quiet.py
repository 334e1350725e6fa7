"""A scheduled `report run --out FILE.pdf` on a machine without a display prints only its own line, not Qt's notes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from supasoft.services.session import Session


def test_a_pdf_on_a_headless_machine_prints_only_what_it_wrote(lite: Session, tmp_path: Path) -> None:
    database = str(lite.storage.database.path)
    lite.close()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "sales.pdf"
    done = subprocess.run([sys.executable, "-m", "supasoft.cli", "--database", database, "report", "run",
                           "Sales by month", "--out", str(out)], capture_output=True, text=True, env=env, timeout=300,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000
    assert done.stderr == "" and done.stdout.startswith(f"Wrote {out}")
