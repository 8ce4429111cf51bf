"""Stored articles are re-extracted only when EXTRACTOR_VERSION changes, so any change to what
reading, cleaning or extraction produce must come with a new version. This test holds a
fingerprint of the pipeline's output over the sample articles for the current version: change
the output without bumping the version and it fails."""
import hashlib
import json
from pathlib import Path

from store.clean import clean
from store.extract import EXTRACTOR_VERSION, extract
from store.paths import sample_articles_dir
from store.readers import collect, read_file

RECORD = Path(__file__).resolve().parent.parent / "extractor_fingerprint.json"


def fingerprint() -> str:
    h = hashlib.sha256()
    for path in collect([sample_articles_dir()]).files:
        for doc in read_file(path).documents:
            cleaned = clean(doc)
            h.update(cleaned.text.encode())
            h.update(repr(extract(cleaned)).encode())
    return h.hexdigest()[:16]


def test_output_changes_only_with_a_new_extractor_version():
    recorded = json.loads(RECORD.read_text())
    now = fingerprint()
    if recorded["version"] == EXTRACTOR_VERSION:
        assert recorded["fingerprint"] == now, (
            f"reading, cleaning or extraction output changed but EXTRACTOR_VERSION is still {EXTRACTOR_VERSION}: "
            f"bump it in store/extract/__init__.py (stores re-extract on the next ingest) and record "
            f'{{"version": "<new>", "fingerprint": "{now}"}} in {RECORD.name}')
    else:
        raise AssertionError(f"EXTRACTOR_VERSION is {EXTRACTOR_VERSION} but {RECORD.name} records "
                             f"{recorded['version']}: record {{\"version\": \"{EXTRACTOR_VERSION}\", "
                             f"\"fingerprint\": \"{now}\"}}")
