"""Veto hooks: a synchronous, signed POST before a change is committed; a refusal stops the save with its message.

The receiver allows with any 2xx answer and refuses with 409 or 422 (or another 4xx), optionally with
{"message": "..."}; the message reaches the user in the card or the API caller, and the transaction rolls back.
No answer in time (or an unreachable receiver, or a 5xx) allows or refuses as the hook's on_timeout says.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from supasoft.core.errors import SupasoftError
from supasoft.core.messages import Message
from supasoft.services import webhook_http
from supasoft.storage.webhook_store import StoredHook

DEFAULT_TIMEOUT = 5.0  # seconds a veto hook may take
MESSAGE_LIMIT = 500  # characters of the receiver's message shown


class VetoRefused(SupasoftError):
    """A veto hook refused the change (or did not answer and its hook refuses then); nothing was saved."""


def ask_veto(hook: StoredHook, payload: dict[str, Any], post: Callable[..., Any] | None = None) -> None:
    """Ask the hook; return to allow, raise VetoRefused to refuse."""
    body = json.dumps(payload, ensure_ascii=False, default=str).encode()
    headers = webhook_http.signed_headers(hook.secret, body, {"X-Supasoft-Event": str(payload["event"]),
                                                               "X-Supasoft-Hook": str(hook.id), "X-Supasoft-Veto": "1"})
    timeout = float(hook.settings.get("timeout") or DEFAULT_TIMEOUT)
    try:
        answer = (post or webhook_http.post)(hook.url, body, headers, timeout=timeout,
                                             allow_private=bool(hook.settings.get("allow_private")))
    except webhook_http.AddressRefused:
        raise
    except OSError:
        answer = None
    if answer is not None and 200 <= answer.status < 300:
        return
    if answer is not None and 400 <= answer.status < 500:
        raise VetoRefused(Message("{hook} refused the change: {message}", hook=hook.name, message=_message(answer.body)))
    if hook.settings.get("on_timeout", "refuse") == "allow":
        return
    raise VetoRefused(Message("{hook} did not answer in time, so the change was not saved", hook=hook.name))


def _message(body: bytes) -> Any:
    """The refusal's text: {"message": ...} from JSON, else the plain body; one line, cut to a readable length."""
    text = body.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
        if isinstance(data, dict) and data.get("message") is not None:
            text = str(data["message"])
    except ValueError:
        pass
    text = " ".join(text.split())
    return (text[:MESSAGE_LIMIT] + "…") if len(text) > MESSAGE_LIMIT else (text or Message("no reason given"))
