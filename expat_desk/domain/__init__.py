"""The rules of the centre's services: pure Python, no Qt and no database.

Nothing here imports another part of Expat Desk, so every layer may use it.
"""
