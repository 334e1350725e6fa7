"""Number parsing benchmark: the slowest of a set of hostile number texts must parse or be refused in under 1 ms.

Every text goes through every numeric field type (integer, decimal, money, float), a filter value and a
formula literal where it applies. Prints one JSON line per text (slowest type, best of N runs) and a
summary line with the slowest of all. Run:
    .venv/bin/python bench/bench_numbers.py --runs 50
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from decimal import Decimal

from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import FieldDef

GOAL_MS = 1.0
HOSTILE: list[tuple[str, object]] = [
    ("1e999999999", "1e999999999"),
    ("-1E+999999999999999999999", "-1E+999999999999999999999"),
    ("1e-999999999", "1e-999999999"),
    ("-0e99999999999", "-0e99999999999"),
    ("'9' * 100000", "9" * 100_000),
    ("'9' * 400", "9" * 400),
    ("'9' * 390 + 'e-385'", "9" * 390 + "e-385"),
    ("'0.' + '0' * 100000 + '1'", "0." + "0" * 100_000 + "1"),
    ("'1' + ' ' * 100000", "1" + " " * 100_000),
    ("'1 234,5' * 20000", "1 234,5" * 20_000),
    ("'-' * 100000", "-" * 100_000),
    ("'1e' + '9' * 100000", "1e" + "9" * 100_000),
    ("1e401", "1e401"),
    ("1e308", "1e308"),
    ("Infinity", "Infinity"),
    ("NaN", "NaN"),
    ("Decimal('1e999999999')", Decimal("1e999999999")),
    ("10 ** 100000", 10**100_000),
    ("9223372036854775808", "9223372036854775808"),
    ("ordinary '1 234,50'", "1 234,50"),
]
TYPES = ("integer", "decimal", "money", "float")


def best_ms(call: Callable[[], object], runs: int) -> tuple[float, str]:
    """The fastest of `runs` calls in ms, and what the call answered (a value or the refusal)."""
    best, outcome = float("inf"), ""
    for _ in range(runs):
        started = time.perf_counter()
        try:
            result = call()
            outcome = f"= {str(result)[:24]}"
        except ValueError as exc:
            outcome = f"refused: {exc}"
        best = min(best, time.perf_counter() - started)
    return best * 1000, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="runs per text and type; the fastest counts")
    args = parser.parse_args()
    slowest = (0.0, "", "")
    for label, raw in HOSTILE:
        per_type = {}
        for type_ in TYPES:
            ft, f = field_types.get(type_), FieldDef(1, "F", type_)
            ms, outcome = best_ms(lambda ft=ft, f=f, raw=raw: ft.parse(raw, f), args.runs)
            per_type[type_] = (ms, outcome)
            if ms > slowest[0]:
                slowest = (ms, label, type_)
        worst = max(per_type, key=lambda t: per_type[t][0])
        print(json.dumps({"name": label, "slowest_type": worst, "ms": round(per_type[worst][0], 4),
                          "outcome": per_type[worst][1]}, ensure_ascii=False), flush=True)
    print(json.dumps({"name": "slowest hostile number", "ms": round(slowest[0], 4), "text": slowest[1],
                      "type": slowest[2], "goal_ms": GOAL_MS, "ok": slowest[0] < GOAL_MS}), flush=True)


if __name__ == "__main__":
    main()
