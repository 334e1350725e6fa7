"""Passwords are hashed with argon2id at OWASP's recommended cost (the tests themselves use a cheap setting)."""

from __future__ import annotations

from argon2 import PasswordHasher, Type

from supasoft.services.users import PASSWORD_HASHING


def test_production_hashing_is_argon2id_at_owasp_cost() -> None:
    hasher = PasswordHasher(**PASSWORD_HASHING)
    assert hasher.type is Type.ID
    assert PASSWORD_HASHING["memory_cost"] >= 19456 and PASSWORD_HASHING["time_cost"] >= 2
    stored = hasher.hash("anna-pass-1")
    assert stored.startswith("$argon2id$") and "m=19456,t=2,p=1" in stored
    assert PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).verify(stored, "anna-pass-1")  # verify reads the cost from the hash
