"""Benchmark: API requests per second for a list page and a create, beside a bare Starlette handler doing the same SQL.

Run: .venv/bin/python bench/bench_api.py [--records 2000] [--requests 300] [--database URL]
Both servers run in this process under uvicorn on 127.0.0.1 and are called one request at a time over a kept-alive
connection, in 5 alternating rounds (medians reported). ours = the API (token check, rights, the services, to_api values, the request log); bare = a Starlette
handler that runs the same page query (the storage layer's select_list, 100 rows) or the same insert (a code, the
row) with no checks, no history and no formulas. Prints one JSON line per measurement:
{"name", "ours_rps", "bare_rps", "ratio", "goal_ratio", "ok"}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from starlette.applications import Starlette  # noqa: E402
from starlette.concurrency import run_in_threadpool  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import JSONResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402

from supasoft.api.codec import jsonable  # noqa: E402
from supasoft.api.server import BackgroundServer  # noqa: E402
from supasoft.core.meta import FieldDef  # noqa: E402
from supasoft.services.api_tokens import ApiTokenService  # noqa: E402
from supasoft.services.session import open_session  # noqa: E402
from supasoft.storage.physical import column_name  # noqa: E402
from supasoft.storage.record_rows import page_rows  # noqa: E402
from supasoft.storage.store import now  # noqa: E402

GOAL_RATIO = 0.5
ROUNDS = 5
PAGE = 100


def build(session, records: int) -> int:
    cfg = session.configuration
    obj = cfg.add_object("Client", "Clients")
    for name, kind, extra in (("Name", "string", {"length": 100}), ("City", "string", {"length": 50}),
                              ("Amount", "money", {"precision": 15, "scale": 2})):
        cfg.add_field(obj.id, FieldDef(0, name, kind, **extra))
    obj = cfg.config.object_by_id(obj.id)
    ids = [f.id for f in obj.fields]
    session.records.insert_many(obj.id, [{ids[0]: f"Client {i}", ids[1]: "Kraków", ids[2]: f"{i}.50"} for i in range(records)],
                                history=False)
    return obj.id


def bare_app(session, object_id: int) -> Starlette:
    """The same SQL without the services: the page query and the insert, straight on the storage layer."""
    storage = session.storage
    repo = session.records.repo()
    obj = session.records.config.object_by_id(object_id)
    columns = [(f.id,) for f in obj.fields]

    def page() -> list:
        select, _ = repo.select_list(obj, columns, ctx=session.records.context())
        with storage.connect() as conn:
            return [jsonable(list(r)) for r in page_rows(conn, storage.ops, select, 0, PAGE)]

    def create(values: dict) -> int:
        stamp = now()
        with storage.begin() as conn:
            row = {column_name(f): values.get(f.name) for f in obj.fields}
            row.update(rec_code=storage.take_codes(conn, obj.id), rec_version=1, created_at=stamp, updated_at=stamp)
            return repo.insert(conn, obj, row)

    async def list_route(request: Request) -> JSONResponse:
        return JSONResponse({"items": await run_in_threadpool(page)})

    async def create_route(request: Request) -> JSONResponse:
        body = await request.json()
        return JSONResponse({"id": await run_in_threadpool(create, body["values"])}, status_code=201)

    return Starlette(routes=[Route("/records", list_route, methods=["GET"]), Route("/records", create_route, methods=["POST"])])


def rate(client: httpx.Client, count: int, call) -> float:
    for i in range(10):  # warm up: sessions opened, statements cached
        call(client, i)
    started = time.perf_counter()
    for i in range(count):
        answer = call(client, i)
        assert answer.status_code in (200, 201), answer.text
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--database", help="a Firebird URL of an empty database (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        session = open_session(args.database or Path(folder) / "bench.db")
        object_id = build(session, args.records)
        _, secret = ApiTokenService(session.storage, session.actor).create(None, "bench", can_write=True)
        ours = BackgroundServer(session, rate_per_minute=10_000_000).start()
        bare = uvicorn.Server(uvicorn.Config(bare_app(session, object_id), host="127.0.0.1", port=0, log_level="warning"))
        import threading

        threading.Thread(target=bare.run, daemon=True).start()
        while not bare.started:
            time.sleep(0.02)
        bare_url = f"http://127.0.0.1:{bare.servers[0].sockets[0].getsockname()[1]}"
        path = f"/api/v1/objects/{object_id}/records"
        try:
            with httpx.Client(base_url=ours.url, headers={"Authorization": f"Bearer {secret}"}) as api, \
                    httpx.Client(base_url=bare_url) as plain:
                cases = {
                    "list page (100 rows)": (lambda c, i: c.get(path, params={"limit": PAGE}), lambda c, i: c.get("/records")),
                    "create": (lambda c, i: c.post(path, json={"values": {"Name": f"New {i}", "City": "Łódź", "Amount": "10.00"}}),
                               lambda c, i: c.post("/records", json={"values": {"Name": f"New {i}", "City": "Łódź", "Amount": "10.00"}})),
                }
                for name, (our_call, bare_call) in cases.items():
                    ours_runs, bare_runs = [], []
                    for _ in range(ROUNDS):  # alternating rounds, medians: other load on the machine hits both alike
                        ours_runs.append(rate(api, args.requests // ROUNDS, our_call))
                        bare_runs.append(rate(plain, args.requests // ROUNDS, bare_call))
                    ours_rps, bare_rps = statistics.median(ours_runs), statistics.median(bare_runs)
                    ratio = ours_rps / bare_rps
                    print(json.dumps({"name": name, "ours_rps": round(ours_rps, 1), "bare_rps": round(bare_rps, 1),
                                      "ratio": round(ratio, 2), "goal_ratio": GOAL_RATIO, "ok": ratio >= GOAL_RATIO}))
        finally:
            ours.stop()
            bare.should_exit = True
            session.close()


if __name__ == "__main__":
    main()
