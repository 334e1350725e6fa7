"""The composition root: settings -> storage and services -> the Qt main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from supasoft import __version__

PROGRAM_DIR = Path(__file__).resolve().parent.parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="supasoft", description="Supasoft CRM constructor")
    parser.add_argument("--version", action="version", version=f"supasoft {__version__}")
    parser.add_argument("--config", type=Path, help="client.ini to use (default: the one beside the program)")
    parser.add_argument("--database", help="open this database file instead of the one in client.ini")
    parser.add_argument("--selftest", action="store_true", help="open the database and the main window, then exit 0 or 1")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop client."""
    args = build_parser().parse_args(argv)
    from supasoft.shell.launcher import launch

    return launch(args, PROGRAM_DIR)


if __name__ == "__main__":
    sys.exit(main())
