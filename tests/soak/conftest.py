"""The soak's figures, printed at the end of the run (memory before and after, repaints)."""

import pytest

_lines: list[str] = []


@pytest.fixture(scope="session")
def soak_report():
    """Call it with a line to print in the run's summary."""
    return _lines.append


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for line in _lines:
        terminalreporter.write_line(line)
