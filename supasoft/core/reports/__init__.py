"""Reports as plain data: what a report asks (spec), what it answers (PivotResult), and how a cell drills down."""
