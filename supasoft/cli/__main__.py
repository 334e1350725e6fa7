"""`python -m supasoft.cli ...`."""

from supasoft.cli import main

raise SystemExit(main())
