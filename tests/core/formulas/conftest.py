"""Fixtures for the formula tests."""

from __future__ import annotations

import pytest
from formula_helpers import Calc


@pytest.fixture
def calc() -> Calc:
    return Calc()
