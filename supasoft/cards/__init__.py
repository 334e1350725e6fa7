"""Record cards: one window per record with its form, detail sets, children and history."""

from supasoft.cards.card_window import CardWindow
from supasoft.cards.card_windows import CardWindows
from supasoft.cards.conflict_dialog import ConflictDialog

__all__ = ["CardWindow", "CardWindows", "ConflictDialog"]
