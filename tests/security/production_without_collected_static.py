"""Production settings for a test server started without `collectstatic`: static files are named
as in the source folder instead of by the (absent) manifest. Nothing else differs."""

from ishr_site.settings.production import *  # noqa: F403
from ishr_site.settings.production import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
