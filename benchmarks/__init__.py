"""Expat Desk's speed and memory figures (issue 14), each measured beside its baseline.

    python -m benchmarks [--db PATH] [--clients N] [--runs N] [--only NAME[,NAME]]
                         [--data DIR] [--json PATH] [--markdown PATH]

Families (--only): start (figures 1, 2), search (3), scroll (4), select (5), tick (6),
due (7), documents (8), export (9, 10). The app is driven through its public paths: the
window found by its widgets' objectNames, the store's public methods; the few names inside
the app a figure needs are in benchmarks/window.py alone. benchmarks/RESULTS.md keeps the
last table; nothing here asserts, and no test times anything.
"""
