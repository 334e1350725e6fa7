"""Webhook delivery latency to a local receiver: a card save commits, the background sender (woken by the save)
signs and POSTs the event, the receiver on 127.0.0.1 gets it. Goal: p50 under 50 ms. Also what writing the
outbox event costs a save (saves with a hook vs without). Prints one JSON line; exits 1 when p50 misses the goal.
    .venv/bin/python bench/bench_webhooks.py [--events 200] [--firebird]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from supasoft.core.meta import FieldDef  # noqa: E402
from supasoft.services.session import open_session  # noqa: E402
from supasoft.services.webhook_sender import WebhookSender  # noqa: E402
from supasoft.services.webhooks import HookSpec, WebhookService  # noqa: E402

GOAL_MS = 50.0


def load_receiver() -> ModuleType:
    """tests/helpers/webhook_receiver.py by path (the bench runs as a plain script)."""
    path = ROOT / "tests" / "helpers" / "webhook_receiver.py"
    spec = importlib.util.spec_from_file_location("supasoft_webhook_receiver", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def new_firebird_database() -> tuple[str, Path]:
    """(URL, file) of a new database in the folder of the test server's database ($SUPASOFT_FB_URL)."""
    import os
    import uuid

    from sqlalchemy.engine import make_url

    from supasoft.storage.firebird.engine import create_firebird_database

    base = make_url(os.environ["SUPASOFT_FB_URL"])
    file = Path(base.database or "").parent / f"bench-webhooks-{uuid.uuid4().hex[:8]}.fdb"
    url = base.set(database=str(file)).render_as_string(hide_password=False)
    create_firebird_database(url)
    return url, file


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--firebird", action="store_true",
                        help="a new database on the Firebird server beside $SUPASOFT_FB_URL's (default: a new SQLite file)")
    args = parser.parse_args()
    receiver = load_receiver().Receiver().start()
    with tempfile.TemporaryDirectory(prefix="supasoft-webhooks-") as folder:
        fdb = new_firebird_database() if args.firebird else None
        session = open_session(fdb[0] if fdb else Path(folder) / "bench.db")
        try:
            client = session.configuration.add_object("Client", "Clients")
            name = session.configuration.add_field(client.id, FieldDef(0, "Name", "string", length=100)).id
            session.configuration.add_field(client.id, FieldDef(0, "Limit", "money"))

            def save(text: str) -> float:
                record = session.records.new(client.id)
                record.values[name] = text
                session.records.save(record)
                return time.perf_counter()

            plain = []
            for n in range(min(args.events, 100)):
                before = time.perf_counter()
                plain.append((save(f"plain {n}") - before) * 1000)
            WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config).add(
                HookSpec("Bench", client.id, receiver.url, allow_private=True))
            sender = WebhookSender(session.storage, poll=5.0)
            session.records.subscribe(sender.wake)
            sender.start()
            latencies, hooked = [], []
            try:
                for n in range(args.events):
                    before = time.perf_counter()
                    committed = save(f"client {n}")
                    hooked.append((committed - before) * 1000)
                    got = receiver.wait_for(n + 1, timeout=10)
                    if len(got) < n + 1:
                        raise SystemExit(f"event {n} did not arrive within 10 s")
                    latencies.append((got[n].at - committed) * 1000)
            finally:
                sender.stop()
            kind = session.storage.kind
        finally:
            session.close()
            if fdb:
                fdb[1].unlink(missing_ok=True)
    receiver.stop()
    result = {
        "name": "webhook_delivery", "database": kind, "events": args.events,
        "latency_ms": {"p50": round(statistics.median(latencies), 2), "p95": round(percentile(latencies, 0.95), 2),
                       "max": round(max(latencies), 2)},
        "save_ms": {"without_hook_p50": round(statistics.median(plain), 2), "with_hook_p50": round(statistics.median(hooked), 2)},
        "goal_p50_ms": GOAL_MS,
    }
    print(json.dumps(result))
    return 0 if result["latency_ms"]["p50"] < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
