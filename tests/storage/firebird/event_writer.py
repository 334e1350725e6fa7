"""Process A of the events test: save records through the records service and print when each committed."""

from __future__ import annotations

import sys
import time

from supasoft.services.session import open_session


def main(url: str, object_id: int, field_id: int, count: int, pause: float) -> int:
    session = open_session(url, create=False)
    try:
        for n in range(count):
            record = session.records.new(object_id)
            record.values[field_id] = f"from A {n}"
            before = time.time()
            saved = session.records.save(record)
            print(f"committed {saved.id} {before:.6f} {time.time():.6f}", flush=True)
            time.sleep(pause)
    finally:
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])))
