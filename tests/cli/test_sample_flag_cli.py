"""`casebrowser --sample COMMAND`: the subcommands read the bundled sample store as the app does,
and never write into it."""
from click.testing import CliRunner

from store.paths import default_store, sample_store
from tui.cli import cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_sample_flag_makes_search_read_the_sample_store():
    result = run("--sample", "search", "GMP", "--json")
    assert result.exit_code == 0, result.output
    assert '"Greater Manchester Police"' in result.stdout
    assert sample_store().exists() and not default_store().exists()


def test_sample_flag_with_stats_says_it_is_the_sample():
    result = run("--sample", "stats")
    assert result.exit_code == 0, result.output
    assert "SAMPLE STORE" in result.stdout


def test_a_subcommands_own_db_wins_over_the_sample_flag(tmp_path):
    result = run("--sample", "search", "GMP", "--db", tmp_path / "none.db")
    assert result.exit_code == 1 and "none.db" in result.stderr


def test_sample_store_is_never_written_to(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officer sacked\n\nPC Jo Quennock of Kent Police was dismissed.\n")
    for args in (("ingest", article), ("reextract",)):
        result = run("--sample", *args)
        assert result.exit_code == 2, result.output
        assert "sample store" in result.stderr and "--db FILE" in result.stderr
    assert not default_store().exists()
