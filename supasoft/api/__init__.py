"""The REST API server: endpoints generated from the structure, on the same services and rights as the desktop."""
