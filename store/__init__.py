"""casebrowser's data core: reading, cleaning, extracting, storing and searching articles.

Nothing here imports Textual. Submodules load lazily so that a command that only needs one
part (say, `casebrowser extract`) does not pay for the rest at start-up.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
