"""core formulas package."""
