"""storage firebird package."""
