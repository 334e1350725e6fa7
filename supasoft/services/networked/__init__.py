"""The networked edition's services (Firebird server): administration, table health, change events, migration.

They reach the server only through storage (storage.networked and storage.ops), never storage/firebird directly.
"""
