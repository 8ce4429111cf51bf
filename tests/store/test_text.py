import pytest

from store.identity import case_key, case_slug, content_hash
from store.text import fold, fold_name, strip_controls


@pytest.mark.parametrize("a, b", [
    ("Deniz Uğur", "deniz ugur"),
    ("O’Neill", "o'neill"),
    ("Rénée  ZOË", "renee zoe"),
    ("Łukasz Søren", "lukasz soren"),
    ("“quoted” — dash", '"quoted" - dash'),
])
def test_fold(a, b):
    assert fold(a) == b


def test_fold_name_keeps_letters_only():
    assert fold_name("PC O’Neill-Smith, 34") == "pc o neill smith 34"


@pytest.mark.parametrize("raw, clean", [
    ("a\x1b[31mred\x1b[0m b", "ared b"),
    ("title\x1b]0;pwned\x07 ok", "title ok"),
    ("x\x1b]8;;http://e.vil\x1b\\link\x1b]8;;\x1b\\y", "xlinky"),
    ("bell\x07 nul\x00 del\x7f", "bell nul del"),
    ("line\r\nnext\rlast", "line\nnext\nlast"),
    ("rtl\u202eevil", "rtlevil"),
    ("tab\tkept\n", "tab\tkept\n"),
    ("c1 csi \x9b31m end", "c1 csi  end"),
])
def test_strip_controls(raw, clean):
    assert strip_controls(raw) == clean


def test_case_keys_are_stable_and_readable():
    h = content_hash(b"article")
    assert case_key(h, case_slug("Michael Harrison", "officer", 0)) == f"{h[:12]}:michael-harrison"
    assert case_key(h, case_slug(None, "officer", 2)) == f"{h[:12]}:unnamed-officer-2"
