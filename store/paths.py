"""Where things live: the user's store, the bundled sample articles, the sample store."""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "casebrowser"
ENV_DB = "CASEBROWSER_DB"


def data_dir() -> Path:
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_store() -> Path:
    """`CASEBROWSER_DB` when set, else casebrowser.db in the platform's user data directory."""
    env = os.environ.get(ENV_DB)
    return Path(env).expanduser() if env else data_dir() / "casebrowser.db"


def sample_store() -> Path:
    """The sample store is built from the bundled articles and kept apart from the user's."""
    return data_dir() / "sample.db"


def sample_data_dir() -> Path:
    """The bundled fictional articles: inside the installed package, or the source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "sample_data", here.parent / "sample_data"):
        if (candidate / "articles").is_dir():
            return candidate
    raise FileNotFoundError("the bundled sample articles are missing from this installation")


def sample_articles_dir() -> Path:
    return sample_data_dir() / "articles"


def sample_gold() -> Path:
    return sample_data_dir() / "gold.json"
