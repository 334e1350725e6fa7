"""Ready-made configurations (Free Lite) and their demo data."""
