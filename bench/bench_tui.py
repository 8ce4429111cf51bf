"""The app's speed on a big store: prints figures, asserts nothing.

    PYTHONPATH=. python bench/bench_tui.py                    # 100,000 cases (built once, cached)
    PYTHONPATH=. python bench/bench_tui.py --store my.db --runs 5

Figures (targets from the TUI issue: first frame under 0.5 s, keystroke to repaint under 0.1 s):

  start → first frame     a fresh `python` process that imports the app the way `casebrowser`
                          does, opens the store read-only and runs the app headless, until the
                          first frame holding the first page of rows is painted; measured from
                          just before the process is spawned. Also, when tmux is installed, the
                          real `python -m tui --db STORE` in a tmux pane, until the pane shows
                          the case count (terminal output included; polled every 5 ms).
  keystroke → repaint     in one running app (headless, 200x50): every key of a query but the
                          last is typed and settled; then the clock runs from the last key event
                          reaching the app (as from the terminal driver) until the table draws
                          that query's results. This includes the search bar's debounce
                          (tui.screens.cases.DEBOUNCE), the search in its thread, and the paint.

The store: bench/gen_corpus.py's synthetic corpus when it is present, else bench_search.py's
generated store (both fictional), cached under bench/.cache/.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

CHILD = r"""
import sys, time
from pathlib import Path
import tui.cli                          # what `casebrowser` imports first
from tui.launch import choose_store     # then what the no-subcommand path runs
path, _ = choose_store(sys.argv[1], False)
from tui.app import make_app
app = make_app(path)

def check():
    table = app.screen.query_one("#table")
    if table.painted_generation >= 1 and table.total:   # a frame holding the first page
        print(time.time(), flush=True)
        app.exit()

app.call_later(lambda: app.set_interval(0.001, check))
app.run(headless=True, size=(200, 50))
"""


def ensure_store(cases: int, store: str | None) -> Path:
    if store:
        return Path(store)
    cache = HERE / ".cache"
    cache.mkdir(exist_ok=True)
    try:
        from gen_corpus import build_store   # the synthetic corpus (built once, then reused)
        return build_store(cases, 0)
    except ImportError:
        import bench_search
        path = cache / f"search-{cases}.db"
        if not path.exists():
            bench_search.build(path, cases)
        return path


def env_for(tmp: str) -> dict:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), HOME=tmp, XDG_DATA_HOME=str(Path(tmp) / "data"))
    env.pop("CASEBROWSER_DB", None)
    return env


def cold_start(path: Path, runs: int) -> list[float]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            t0 = time.time()
            done = subprocess.run([sys.executable, "-c", CHILD, str(path)], env=env_for(tmp),
                                  capture_output=True, text=True, timeout=120)
            if done.returncode:
                raise SystemExit(done.stderr)
            out.append(float(done.stdout.strip().splitlines()[-1]) - t0)
    return out


def cold_start_tmux(path: Path, runs: int, total: int) -> list[float]:
    tmux = shutil.which("tmux")
    if not tmux:
        return []
    out = []
    want = f"of {total:,} cases"
    with tempfile.TemporaryDirectory() as tmp:
        sock = f"cb-bench-{os.getpid()}"
        env = env_for(tmp)
        cmd = " ".join(["env", f"PYTHONPATH={ROOT}", f"HOME={tmp}", f"XDG_DATA_HOME={tmp}/data",
                        "TERM=xterm-256color", sys.executable, "-m", "tui", "--db", str(path)])
        try:
            # A session that outlives the runs, so the server does not exit between them.
            subprocess.run([tmux, "-L", sock, "-f", "/dev/null", "new-session", "-d", "-s", "keep",
                            "sleep 600"], env=env, check=True)
            for i in range(runs):
                t0 = time.time()
                subprocess.run([tmux, "-L", sock, "new-session", "-d", "-s", f"b{i}", "-x", "200", "-y", "50",
                                cmd], env=env, check=True)
                while time.time() - t0 < 30:
                    pane = subprocess.run([tmux, "-L", sock, "capture-pane", "-p", "-t", f"b{i}"],
                                          capture_output=True, text=True).stdout
                    if want in pane:
                        out.append(time.time() - t0)
                        break
                    time.sleep(0.005)
                subprocess.run([tmux, "-L", sock, "send-keys", "-t", f"b{i}", "C-q"])
                time.sleep(0.3)
                subprocess.run([tmux, "-L", sock, "kill-session", "-t", f"b{i}"], capture_output=True)
        finally:
            subprocess.run([tmux, "-L", sock, "kill-server"], capture_output=True)
    return out


async def keystrokes(path: Path, queries: list[str]) -> list[tuple[str, float, int]]:
    from textual import events
    from textual.keys import _character_to_key

    from tui.app import make_app
    app = make_app(path)
    results = []
    async with app.run_test(size=(200, 50)) as pilot:
        screen = app.screen

        async def settle():
            while screen.busy:
                await asyncio.sleep(0.001)
            await pilot.pause()

        await settle()
        # The search vocabulary is built in the background at start; wait for it, as a person
        # reading the first screen would.
        while any(w.is_running for w in app.workers):
            await asyncio.sleep(0.01)
        for query in queries:
            await pilot.press("slash")
            for ch in query[:-1]:
                await pilot.press(ch)
            await settle()
            before = screen._seq
            ch = query[-1]
            name = ch if ch.isalnum() else _character_to_key(ch)
            started = time.perf_counter()
            app._driver.send_message(events.Key(name, ch))    # as the terminal driver would
            while screen.table.painted_generation <= before:  # until a frame shows the results
                await asyncio.sleep(0.0005)
            results.append((query, time.perf_counter() - started, screen.table.total))
            screen.search_bar.value = ""
            await settle()
            await pilot.press("escape")
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--store", help="a store to measure instead of the generated one")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    path = ensure_store(args.cases, args.store)
    from store import db
    conn = db.connect(path, readonly=True)
    total = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    name = conn.execute("SELECT officer FROM cases WHERE officer IS NOT NULL AND id % 997 = 5 LIMIT 1").fetchone()[0]
    conn.close()
    from tui.screens.cases import DEBOUNCE
    print(f"store: {path} ({total:,} cases)")

    times = cold_start(path, args.runs)
    print(f"\nstart → first frame with rows, headless ({args.runs} runs): "
          f"median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms, "
          f"worst {max(times) * 1000:.0f} ms")
    real = cold_start_tmux(path, args.runs, total)
    if real:
        print(f"start → case count on screen, real terminal (tmux, {len(real)} runs): "
              f"median {statistics.median(real) * 1000:.0f} ms, best {min(real) * 1000:.0f} ms, "
              f"worst {max(real) * 1000:.0f} ms")
    else:
        print("(tmux not installed: no real-terminal figure)")

    first, last = name.split()[0], name.split()[-1]
    typo = last[:2] + last[3] + last[2] + last[4:] if len(last) > 4 else last
    queries = [f"{first} {typo}".lower(), last.lower(), "gmp", "west mercai", "force:kent outcome:dismissed",
               "year:2019..2021", '"use of force"', "bribery vetting"]
    rows = asyncio.run(keystrokes(path, queries))
    print(f"\nlast keystroke → repainted table (debounce {DEBOUNCE * 1000:.0f} ms included):")
    for query, seconds, n in rows:
        print(f"  {query!r:<36} {seconds * 1000:7.1f} ms   {n:>7,} cases")
    print(f"  median {statistics.median(s for _, s, _ in rows) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
