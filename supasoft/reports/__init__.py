"""Reports in the Qt UI: the designer, the pivot table and charts, drill-down to records, the Reports menu."""
