"""configurator package."""
