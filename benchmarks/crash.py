"""Crash safety, measured: 200 writers killed with SIGKILL at random moments.

    python -m benchmarks.crash [--rounds 200] [--seed 1]

Runs the harness in tests/crash (the test suite runs a few rounds of it); prints how many
changes were reported committed and whether any round lost or damaged one. POSIX only.
Not one of the figures of `python -m benchmarks`: it counts what survives, not how fast.
"""

import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(
        str(Path(__file__).parents[1] / "tests" / "crash" / "harness.py"), run_name="__main__"
    )
