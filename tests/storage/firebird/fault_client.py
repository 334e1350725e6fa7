"""A client of the fault test: save records through the records service until the stop file appears, whatever the server does.

Prints one line per attempt: `ok NAME` after a save returned, `err KIND MESSAGE` for a SupasoftError,
`raw TYPE MESSAGE` for anything else (which the test treats as a failure: no raw driver errors).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from supasoft.core.errors import SupasoftError
from supasoft.services.session import open_session

SAFETY_SECONDS = 600.0  # ends by itself should the test die without creating the stop file


def main(url: str, object_id: int, field_id: int, tag: str, stop_file: Path) -> int:
    deadline = time.monotonic() + SAFETY_SECONDS
    session = None
    n = 0
    while not stop_file.exists() and time.monotonic() < deadline:
        n += 1
        name = f"{tag}-{n}"
        try:
            if session is None:
                session = open_session(url, create=False)
            record = session.records.new(object_id)
            record.values[field_id] = name
            session.records.save(record)
            print(f"ok {name} {time.time():.3f}", flush=True)
            time.sleep(0.05)
        except SupasoftError as exc:
            print(f"err {type(exc).__name__} {time.time():.3f} {str(exc).splitlines()[0]}", flush=True)
            time.sleep(0.3)
        except Exception as exc:  # noqa: BLE001 - reported, and the test fails on it
            print(f"raw {type(exc).__name__} {time.time():.3f} {str(exc).splitlines()[0] if str(exc) else ''}", flush=True)
            time.sleep(0.3)
    if session is not None:
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], Path(sys.argv[5])))
