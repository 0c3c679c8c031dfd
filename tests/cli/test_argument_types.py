"""The command line's number types, for any text at all: an int within bounds, or argparse's
refusal (a usage error), never another exception (issue 15, item 12: OverflowError, a
ValueError from '²', a ten-thousand-digit int())."""

import argparse

import pytest
from hypothesis import given
from hypothesis import strategies as st

import expat_desk.cli as cli
from expat_desk.cli import main
from expat_desk.cli_guard import EXIT_INTERRUPTED, SQLITE_MAX, case_reference, positive_id
from expat_desk.store import Store


@given(st.one_of(st.text(), st.integers().map(str), st.from_regex(r"-?[0-9]{1,30}")))
def test_an_id_is_a_positive_64_bit_int_in_ascii_digits_or_refused(text: str) -> None:
    try:
        value = positive_id(text)
    except argparse.ArgumentTypeError:
        assert not (text.isascii() and text.isdigit() and 1 <= int(text) <= SQLITE_MAX)
    else:
        assert type(value) is int and 1 <= value <= SQLITE_MAX
        assert text.isascii() and text.isdigit()


@given(st.text())
def test_a_case_is_an_id_or_a_number_to_look_up(text: str) -> None:
    try:
        ref = case_reference(text)
    except argparse.ArgumentTypeError:
        return
    assert (type(ref) is int and 1 <= ref <= SQLITE_MAX) or (type(ref) is str and ref)


def test_ctrl_c_is_one_line_and_its_own_exit_code(
    capsys, db_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def interrupted(store: object, args: object) -> int:
        raise KeyboardInterrupt

    Store.open(db_path).close()  # a database to run on
    monkeypatch.setattr(cli, "_clients", interrupted)
    capsys.readouterr()
    assert main(["--db", str(db_path), "clients"]) == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "expat-desk: interrupted\n"
