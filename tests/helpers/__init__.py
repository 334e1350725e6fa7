"""Helpers shared by tests and benchmarks (child processes, fixtures that are not pytest fixtures)."""
