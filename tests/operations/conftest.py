"""Backups and restores write media files: each test gets its own folder and a clean cache."""

from tests.security.conftest import fresh_cache, media_in_a_temporary_folder  # noqa: F401
