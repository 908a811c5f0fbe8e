"""Production puts background work on the database queue unless TASK_QUEUE says otherwise;
development and the tests run it immediately."""

import subprocess
import sys

from django.conf import settings

from tests.security.production import ROOT, production_environment, run_manage

QUEUE = "django_tasks_db.DatabaseBackend"
IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"


def production_task_backend(**environment):
    script = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.TASKS['default']['BACKEND'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT, env=production_environment(**environment),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return result


def test_production_uses_the_database_queue_and_passes_its_checks():
    assert production_task_backend().stdout.split()[-1] == QUEUE
    checked = run_manage("check")
    assert checked.returncode == 0, checked.stderr


def test_a_single_machine_can_run_background_work_in_the_web_process():
    assert production_task_backend(TASK_QUEUE="immediate").stdout.split()[-1] == IMMEDIATE


def test_an_unknown_queue_stops_the_start_with_what_to_set():
    result = production_task_backend(TASK_QUEUE="celery")
    assert result.returncode != 0
    assert "TASK_QUEUE='celery' is not supported" in result.stderr
    assert "make worker" in result.stderr


def test_the_tests_run_tasks_immediately():
    assert settings.TASKS["default"]["BACKEND"] == IMMEDIATE
