"""Test settings: fast hashing, plain static storage, no HTTPS redirect."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "tests-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Uploaded and generated files go to a throwaway folder, never the project's media/ (a test
# that starts the site in another process says which folder with MEDIA_ROOT).
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="ishr-test-media-"))
# Close connections after each request, so the test servers' threads never hold the test
# database open when it is dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Tests that sign in to the admin would otherwise all start with the second factor; the tests
# of the second factor itself turn it back on.
TWO_FACTOR_REQUIRED = False
# Tests look at how pages are rendered; the page cache has its own tests
# (tests/caching/test_page_cache.py), which switch it on.
PAGE_CACHE_SECONDS = 0
# Tasks run inside the request that queues them, whatever TASK_QUEUE a developer's .env says;
# the tests of the queue itself (tests/tasks/) start the site and workers with it.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
