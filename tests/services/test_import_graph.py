"""The services import one another without cycles (imports for type hints count too), and stay off the engine.

A cycle makes the order of imports matter and hides which service really depends on which; collaborators
come in through constructors (or a Protocol for what is needed), not by importing the other module back.
"""

from __future__ import annotations

import grimp
import pytest

SERVICES = "supasoft.services"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("supasoft", include_external_packages=True)


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected groups of more than one module among the services (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if m == SERVICES or m.startswith(SERVICES + "."))
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i in modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            followers = edges[node]
            if position < len(followers):
                work.append((node, position + 1))
                nxt = followers[position]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return groups


def test_services_import_each_other_without_cycles(graph: grimp.ImportGraph) -> None:
    cycles = _cycles(graph)
    assert not cycles, "import cycles among the services:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check above can fail: two modules importing each other are reported."""
    fake = grimp.ImportGraph()
    for name in (SERVICES, f"{SERVICES}.a", f"{SERVICES}.b", f"{SERVICES}.c"):
        fake.add_module(name)
    fake.add_import(importer=f"{SERVICES}.a", imported=f"{SERVICES}.b")
    fake.add_import(importer=f"{SERVICES}.b", imported=f"{SERVICES}.a")
    fake.add_import(importer=f"{SERVICES}.c", imported=f"{SERVICES}.a")
    assert _cycles(fake) == [[f"{SERVICES}.a", f"{SERVICES}.b"]]


SESSION_AREA = ("users", "user_grants", "user_rights", "access", "record_history", "session", "maintenance",
                "backups", "setup", "networked.server_admin", "networked.server_health", "networked.migrate",
                "networked.change_feed")


@pytest.mark.parametrize("name", SESSION_AREA)
def test_session_services_use_no_sqlalchemy_and_no_engine_package(graph: grimp.ImportGraph, name: str) -> None:
    """Statements live in storage repositories; engine differences behind storage.ops and storage.networked."""
    module = f"{SERVICES}.{name}"
    imported = graph.find_modules_directly_imported_by(module)
    assert not {m for m in imported if m == "sqlalchemy" or m.startswith("sqlalchemy.")}, module
    assert not {m for m in imported if m.startswith("supasoft.storage.firebird")}, module
