"""The Records → Import… wizard: pick a file, map its columns, preview every row, import with progress and undo."""
