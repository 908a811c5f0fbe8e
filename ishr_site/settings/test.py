"""Test settings: fast hashing, plain static storage, no HTTPS redirect."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "tests-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests that sign in to the admin would otherwise all start with the second factor; the tests
# of the second factor itself turn it back on.
TWO_FACTOR_REQUIRED = False
