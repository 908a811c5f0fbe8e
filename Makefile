# The project's front door: `make run` for the demo site, `make test` for the test suite.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1
MANAGE := $(PY) manage.py
# Production keeps login lockouts and form rate limits in Redis, shared by every worker.
REDIS_URL ?= redis://127.0.0.1:6379/1

.PHONY: run setup demo serve worker test lint format translations messages lighthouse bench backup restore mirror clean

$(VENV)/.installed: requirements.txt tests/requirements.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r tests/requirements.txt
	touch $@

## setup: install dependencies, compile translations, create or update the database
setup: $(VENV)/.installed translations
	$(MANAGE) migrate --no-input

## demo: load the bilingual demo content (safe to run again)
demo: setup
	$(MANAGE) load_demo_content

## run: set up, load demo content and serve on http://$(HOST):$(PORT)
run: demo
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

## serve: production mode (gunicorn, production settings, compressed static files)
serve: export REDIS_URL := $(REDIS_URL)
serve: $(VENV)/.installed translations
	DJANGO_SETTINGS_MODULE=ishr_site.settings.production $(MANAGE) collectstatic --no-input -v0
	DJANGO_SETTINGS_MODULE=ishr_site.settings.production $(MANAGE) migrate --no-input
	@test "$${TASK_QUEUE:-database}" = immediate || echo "Background work (reading uploaded \
	files, e-mailing contact messages) waits in the database queue: run \`make worker\` beside \
	this server, with the same environment (or set TASK_QUEUE=immediate to run it in here)."
	DJANGO_SETTINGS_MODULE=ishr_site.settings.production $(VENV)/bin/gunicorn ishr_site.wsgi \
		--bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-2} --no-control-socket \
		--access-logfile - --access-logformat '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'

## worker: run the background work queued by `make serve` (reading uploaded files, e-mailing
## contact messages, Wagtail's own tasks), with production settings and the same environment;
## one or more beside the app servers. Stop it with Ctrl+C or SIGTERM: it finishes its task first
worker: export REDIS_URL := $(REDIS_URL)
worker: $(VENV)/.installed translations
	DJANGO_SETTINGS_MODULE=ishr_site.settings.production $(MANAGE) db_worker --no-reload

## test: the whole test suite (SQLite unless DATABASE_URL says otherwise), one pytest-xdist
## worker per core; PYTEST_WORKERS=1 for a single worker, PYTEST_WORKERS=0 for none (one process)
PYTEST_WORKERS ?= auto
test: $(VENV)/.installed translations
	$(PY) -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

## lighthouse: Lighthouse (mobile) scores and transfer sizes of the key pages, both languages
lighthouse: demo
	$(PY) tests/benchmarks/lighthouse.py

## bench: requests/s, latency, errors, queries and memory of the key pages at 100 and 10,000
## resources, cached and uncached (PostgreSQL and Redis on 127.0.0.1, wrk); BENCH_ARGS=--full for 60 s
bench: $(VENV)/.installed translations
	$(PY) tests/benchmarks/bench.py $(BENCH_ARGS)

## lint: ruff and template layout checks
lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## translations: compile locale/*/LC_MESSAGES/django.po to .mo
translations: $(VENV)/.installed
	$(MANAGE) compile_translations

## messages: refresh locale/fr/LC_MESSAGES/django.po from the code and templates (needs gettext)
messages: $(VENV)/.installed
	$(MANAGE) makemessages --locale fr --ignore '.venv/*' --ignore 'node_modules/*' --no-obsolete

## backup: database dump and media files in backups/ishr-backup-<time>.tar.gz
backup: $(VENV)/.installed
	$(MANAGE) backup --output backups

## mirror: a static copy of the public site in $(MIRROR_DIR), with a .zip and its SHA-256 beside it
MIRROR_DIR ?= mirror/ishr-mirror
mirror: setup
	$(MANAGE) export_mirror --output "$(MIRROR_DIR)"

## restore: replace the database and media with BACKUP=backups/ishr-backup-<time>.tar.gz
restore: $(VENV)/.installed
	@test -n "$(BACKUP)" || { echo "Say which archive: make restore BACKUP=backups/ishr-backup-….tar.gz"; exit 1; }
	$(MANAGE) restore $(RESTORE_ARGS) "$(BACKUP)"

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles
