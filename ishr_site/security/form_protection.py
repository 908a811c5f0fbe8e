"""Spam protection for public forms without a third-party captcha.

A honeypot field that people never see (and bots fill in), and a rate limit per visitor
address kept only in the cache as a hash, so no address is ever written to the database.
Any form page (contact, applications) gets both by putting this mixin first in its bases.
"""

from django import forms
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from .limits import over_rate

HONEYPOT_FIELD = "website"


class SpamProtectedFormMixin:
    #: How many submissions one address may make to one form, e.g. "5/h".
    submission_rate = "5/h"

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return form

    def process_form_submission(self, form):
        form.cleaned_data.pop(HONEYPOT_FIELD, None)
        return super().process_form_submission(form)

    def is_rate_limited(self, request):
        return over_rate(
            request, f"form-page:{self.translation_key}", self.submission_rate, method="POST"
        )

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and request.POST.get(HONEYPOT_FIELD):
            # A bot: thank it as usual, but keep and send nothing.
            response = self.render_landing_page(request, None, *args, **kwargs)
        elif request.method == "POST" and self.is_rate_limited(request):
            context = self.get_context(request)
            context["form"] = self.get_form(request.POST, page=self, user=request.user)
            context["rate_limited"] = True
            response = TemplateResponse(request, self.get_template(request), context, status=429)
        else:
            response = super().serve(request, *args, **kwargs)
        # The form carries a CSRF token (and so a cookie): never cached, not even privately.
        add_never_cache_headers(response)
        return response
