"""One client process of the concurrency test: load a record, add 1 to its counter, save; on a conflict reload and retry.

Usage: python counter_client.py URL OBJECT_ID FIELD_ID IDS(comma-separated) SAVES SEED
Prints one JSON line: successful saves per record, conflicts by error class, and any other error.
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback


def main() -> int:
    url, object_id, field_id, ids_text, saves_text, seed = sys.argv[1:7]
    from supasoft.core.errors import ConflictError
    from supasoft.services.session import open_session

    oid, fid, saves = int(object_id), int(field_id), int(saves_text)
    ids = [int(x) for x in ids_text.split(",")]
    rng = random.Random(int(seed))
    done: dict[int, int] = dict.fromkeys(ids, 0)
    conflicts: dict[str, int] = {}
    result: dict[str, object] = {"saves": done, "conflicts": conflicts, "error": None}
    started = time.monotonic()
    session = open_session(url, lock_timeout=10)
    try:
        total = 0
        while total < saves:
            rid = rng.choice(ids)
            record = session.records.get(oid, rid)
            record.values[fid] = (record.values[fid] or 0) + 1
            try:
                session.records.save(record)
            except ConflictError as exc:  # expected: someone saved this record meanwhile
                name = type(exc).__name__
                conflicts[name] = conflicts.get(name, 0) + 1
                continue
            done[rid] += 1
            total += 1
    except BaseException as exc:  # noqa: BLE001 - anything but a ConflictError is a failure to report
        result["error"] = f"{type(exc).__module__}.{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
    finally:
        session.close()
    result["seconds"] = round(time.monotonic() - started, 2)
    print(json.dumps(result), flush=True)
    return 0 if result["error"] is None else 1


if __name__ == "__main__":
    sys.exit(main())
