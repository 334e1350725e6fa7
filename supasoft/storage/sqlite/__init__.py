"""storage sqlite package."""
