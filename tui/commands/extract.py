"""casebrowser extract PATH... — what the extractor finds, as JSON Lines, without a store."""
from __future__ import annotations

import json
import sys

import click


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=False))
@click.option("--pretty", is_flag=True, help="Indent each JSON object (not JSON Lines any more).")
def command(paths: tuple[str, ...], pretty: bool) -> None:
    """Print one JSON object per article: source, title, publication, published, cases,
    quotes and figures, every field with the span of its evidence in the article text.

    Nothing is stored. Files that cannot be read are reported on stderr (exit status 1).
    """
    from store.clean import clean
    from store.extract import extract
    from store.model import case_json, figure_json, quote_json
    from store.readers import collect, read_file

    found = collect(paths)
    failures = [str(e) for e in found.errors]
    for path in found.files:
        result = read_file(path)
        failures.extend(str(e) for e in result.errors)
        for doc in result.documents:
            try:
                doc = clean(doc)
                ex = extract(doc)
            except Exception as err:  # one article's trouble must not hide the others
                failures.append(f"{doc.source}: could not be processed ({type(err).__name__}: {err})")
                continue
            record = {
                "source": doc.source, "hash": doc.hash, "format": doc.format, "title": doc.title,
                "publication": doc.publication, "byline": doc.byline, "published": doc.published,
                "url": doc.url, "extractor_version": ex.version,
                "cases": [case_json(c) for c in ex.cases],
                "quotes": [quote_json(q) for q in ex.quotes],
                "figures": [figure_json(f) for f in ex.figures],
            }
            click.echo(json.dumps(record, ensure_ascii=False, indent=2 if pretty else None))
    for f in failures:
        click.echo(f"failed: {f}", err=True)
    sys.exit(1 if failures else 0)
