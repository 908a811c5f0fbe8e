"""WSGI entry point; production settings unless DJANGO_SETTINGS_MODULE says otherwise."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ishr_site.settings.production")

application = get_wsgi_application()

# The 770,000 objects Django and Wagtail create at start-up live as long as the worker. Left
# to the garbage collector, they count towards when it looks for unreachable objects in full,
# so the small reference cycles each request leaves were collected only after tens of
# thousands of requests, and a worker grew by about 10 KB per request meanwhile (1.5 MB per
# 150 requests, measured). Frozen, they are never scanned and the cycles go within seconds.
gc.freeze()
