"""Two-factor authentication (TOTP) for the admin, on django-otp's documented API.

Every signed-in admin user must also prove they hold their authenticator app before any other
admin page opens: users with a confirmed device are sent to enter a code, users without one to
set one up. (No Wagtail 2FA package works on Wagtail 8; see SECURITY.md.)
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from django_otp import user_has_device

ADMIN_PREFIX = "/admin/"
# Pages a signed-in but not yet verified user may still reach.
OPEN_URL_NAMES = [
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "security_two_factor_verify",
    "security_two_factor_setup",
]


class StaffTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._open_paths = None

    def open_paths(self):
        if self._open_paths is None:
            self._open_paths = {reverse(name) for name in OPEN_URL_NAMES}
        return self._open_paths

    def __call__(self, request):
        if self.needs_second_factor(request):
            user = request.user
            target = "security_two_factor_verify"
            if not user_has_device(user, confirmed=True):
                target = "security_two_factor_setup"
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse(target)}?{query}")
        return self.get_response(request)

    def needs_second_factor(self, request):
        if not getattr(settings, "TWO_FACTOR_REQUIRED", True):
            return False
        if not request.path.startswith(ADMIN_PREFIX) or request.path in self.open_paths():
            return False
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        return not user.is_verified()
