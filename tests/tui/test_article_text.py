"""The article's text as the reader draws it: a pasted table's tabs become column rules in
place, so every span (quotes, evidence, search terms) still lands on its words."""
from tui.widgets.article_text import CELL_RULE, Styles, article_body


def test_tabs_between_table_cells_are_drawn_as_rules_and_spans_keep_their_place():
    text = "Outcomes\n\nPC\tSexual comments\tGross misconduct\tDismissed\n\nThe table was released."
    start = text.index("Dismissed")
    rendered = article_body(text, [], Styles(), evidence=[(start, start + len("Dismissed"))])
    plain = rendered.text.plain
    assert "\t" not in plain and f"PC{CELL_RULE}Sexual comments{CELL_RULE}" in plain
    assert len(plain) == len(text)
    marked = [plain[s.start:s.end] for s in rendered.text.spans]
    assert marked == ["Dismissed"]
