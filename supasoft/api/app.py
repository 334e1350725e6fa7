"""The Starlette application: routes, the token check, the rate limit, error answers and the request log.

Every route but /openapi.json and /docs needs `Authorization: Bearer <token>`; the call then runs in the token
user's own session (services/api_sessions.py), so the rights are the ones that user has in the desktop client.
Service errors become HTTP answers: 401 bad token, 403 refused, 404 missing or forbidden record, 409 stale
version, 422 invalid values, 429 too many requests (with Retry-After), 400 any other problem of the input.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from supasoft.api import endpoints
from supasoft.api.codec import ApiInputError, Codec
from supasoft.api.docs import docs_page
from supasoft.api.guard import RateLimiter, RequestLog
from supasoft.core.errors import ConflictError, NotFound, PermissionDenied, SupasoftError, ValidationError
from supasoft.services.api_sessions import ApiSessions
from supasoft.services.api_tokens import ApiRequest, ApiToken, ApiTokenService, TokenRefused
from supasoft.services.webhook_veto import VetoRefused

PREFIX = "/api/v1"
DEFAULT_RATE = 600  # requests a minute per token
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
MAX_BODY = 64 * 1024 * 1024  # bytes: the largest file upload or JSON body accepted
Handler = Callable[..., Any]
log = logging.getLogger(__name__)


class ApiServer:
    """What the routes share: the token service, the users' sessions, the rate limiter and the request log."""

    def __init__(self, session: Any, *, rate_per_minute: int = DEFAULT_RATE, burst: int | None = None,
                 log_every: float = 1.0, sessions: ApiSessions | None = None):
        self.tokens = ApiTokenService(session.storage, session.actor)
        self.sessions = sessions or ApiSessions(session.storage.database.url)
        self.limiter = RateLimiter(rate_per_minute, burst)
        self.log = RequestLog(self.tokens.record, self.tokens.mark_used, log_every)

    def start(self) -> None:
        self.log.start()

    def stop(self) -> None:
        self.log.stop()
        self.sessions.close()

    async def call(self, request: Request, handler: Handler, *, write: bool = False, public: bool = False) -> Response:
        """Authenticate, limit, run the handler in the token user's session (in a worker thread), answer, log."""
        started = time.perf_counter()
        used: list[ApiToken] = []
        try:
            if public:
                response = await run_in_threadpool(handler, request)
            else:
                body = await _body(request) if request.method in WRITES else b""
                response = await run_in_threadpool(self._serve, request, handler, body, write, used)
        except Exception as exc:  # noqa: BLE001 - every failure becomes an answer, never a traceback to the caller
            response = answer_for(exc)
        token = used[0] if used else None
        self.log.add(ApiRequest(dt.datetime.now(), token.id if token else None, token.user_id if token else None,
                                request.method, request.url.path, response.status_code,
                                round((time.perf_counter() - started) * 1000)))
        return response

    def _serve(self, request: Request, handler: Handler, body: bytes, write: bool, used: list[ApiToken]) -> Response:
        """In a worker thread (one hop per request): the token, its rate, then the handler in the user's session."""
        try:
            token = self.tokens.authenticate(_bearer(request))
            used.append(token)
            wait = self.limiter.take(token.id)
            if wait > 0:
                return _error(429, "Too many requests: slow down", headers={"Retry-After": str(max(1, round(wait + 0.5)))})
            with self.sessions.of(token) as session:
                return handler(endpoints.Call(session, Codec(session), token, request, body, write))
        except Exception as exc:  # noqa: BLE001 - every failure becomes an answer, never a traceback to the caller
            return answer_for(exc)


class BodyTooLarge(SupasoftError):
    """A request body over MAX_BODY bytes (answered 413 before it is read whole)."""


async def _body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise BodyTooLarge(f"The request body is larger than {MAX_BODY // (1024 * 1024)} MB")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise BodyTooLarge(f"The request body is larger than {MAX_BODY // (1024 * 1024)} MB")
    return body


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, secret = header.partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise TokenRefused("Send the API token as 'Authorization: Bearer <token>'")
    return secret.strip()


def _error(status: int, message: str, headers: dict[str, str] | None = None, **more: Any) -> JSONResponse:
    return JSONResponse({"error": message, **more}, status_code=status, headers=headers)


def answer_for(exc: BaseException) -> Response:
    """The HTTP answer of an error: its status and the human message (never SQL text or a traceback)."""
    if isinstance(exc, TokenRefused):
        return _error(401, str(exc), headers={"WWW-Authenticate": "Bearer"})
    if isinstance(exc, ConflictError):
        return _error(409, str(exc), version=exc.stored_version, fields=[f.field_name for f in exc.fields])
    if isinstance(exc, endpoints.StaleVersion):
        return _error(409, str(exc), version=exc.version, fields=exc.fields)
    if isinstance(exc, PermissionDenied):
        return _error(403, str(exc))
    if isinstance(exc, NotFound):
        return _error(404, str(exc))
    if isinstance(exc, ValidationError):
        return _error(422, str(exc), problems=[{"field": p.field_name, "message": str(p.message)} for p in exc.problems])
    if isinstance(exc, VetoRefused):
        return _error(422, str(exc), vetoed=True)
    if isinstance(exc, BodyTooLarge):
        return _error(413, str(exc))
    if isinstance(exc, ApiInputError):
        return _error(400, str(exc))
    if isinstance(exc, SupasoftError):
        return _error(400, str(exc))
    if isinstance(exc, json.JSONDecodeError):
        return _error(400, "The body is not valid JSON")
    log.error("API request failed", exc_info=exc)
    return _error(500, f"The server could not answer ({type(exc).__name__}); see its log")


def create_app(session: Any, **options: Any) -> Starlette:
    """The API over an opened session's database (the server's own session checks tokens and keeps the log)."""
    server = ApiServer(session, **options)

    def route(path: str, handler: Handler, methods: list[str], **kind: Any) -> Route:
        async def endpoint(request: Request) -> Response:
            return await server.call(request, handler, **kind)
        return Route(path, endpoint, methods=methods)

    page = docs_page()

    def docs(request: Request) -> Response:
        return HTMLResponse(page)

    routes = [
        route("/openapi.json", endpoints.openapi, ["GET"]),
        route("/docs", docs, ["GET"], public=True),
        route(f"{PREFIX}/structure", endpoints.structure, ["GET"]),
        route(f"{PREFIX}/objects/{{object}}/records", endpoints.list_records, ["GET"]),
        route(f"{PREFIX}/objects/{{object}}/records", endpoints.create_record, ["POST"], write=True),
        route(f"{PREFIX}/objects/{{object}}/records/bulk", endpoints.bulk, ["POST"], write=True),
        route(f"{PREFIX}/objects/{{object}}/records/{{id:int}}", endpoints.get_record, ["GET"]),
        route(f"{PREFIX}/objects/{{object}}/records/{{id:int}}", endpoints.update_record, ["PATCH"], write=True),
        route(f"{PREFIX}/objects/{{object}}/records/{{id:int}}", endpoints.delete_record, ["DELETE"], write=True),
        route(f"{PREFIX}/objects/{{object}}/records/{{id:int}}/files/{{field}}", endpoints.download, ["GET"]),
        route(f"{PREFIX}/objects/{{object}}/records/{{id:int}}/files/{{field}}", endpoints.upload, ["PUT"], write=True),
        route(f"{PREFIX}/reports", endpoints.reports, ["GET"]),
        route(f"{PREFIX}/reports/{{id:int}}", endpoints.run_report, ["GET"]),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        server.start()
        try:
            yield
        finally:
            await run_in_threadpool(server.stop)

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.server = server
    return app
