"""Allow `python -m supasoft` to start the desktop app."""

from supasoft.app import main

raise SystemExit(main())
