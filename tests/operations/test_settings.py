"""Configuration from the environment; production refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def run_check(settings_module, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check("ishr_site.settings.production", ALLOWED_HOSTS="www.ishr.ch")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_check("ishr_site.settings.production", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_production_starts_with_both():
    result = run_check(
        "ishr_site.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="www.ishr.ch",
        REDIS_URL="redis://127.0.0.1:6379/8",
    )
    assert result.returncode == 0, result.stderr


def test_base_settings_are_secure_by_default():
    from ishr_site.settings import base

    if "DEBUG" not in os.environ:
        assert base.DEBUG is False
    assert os.environ.get("SECRET_KEY", "") == base.SECRET_KEY
    assert base.SESSION_COOKIE_HTTPONLY


def database_settings(**env):
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environment.update(env)
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'ishr_site.settings.base'; "
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['ENGINE'], d['NAME'], d.get('HOST', ''))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_database_defaults_to_a_sqlite_file_in_the_project():
    engine, name = database_settings()[:2]
    assert engine == "django.db.backends.sqlite3"
    assert Path(name) == PROJECT / "db.sqlite3"


def test_database_url_selects_postgresql():
    engine, name, host = database_settings(DATABASE_URL="postgres://u:p@db.example:5432/ishr")
    assert (engine, name, host) == ("django.db.backends.postgresql", "ishr", "db.example")
