"""The library's own vocabulary: the kinds of resource (a fixed list). Topics, countries and
regions are the site's shared vocabulary (`home.models.vocabulary`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    HANDBOOK = "handbook", _("Handbook")
    MANUAL = "manual", _("Manual")
    STUDY = "study", _("Study")
    REPORT = "report", _("Report")
    POLICY_BRIEF = "policy-brief", _("Policy brief")
    SUBMISSION = "submission", _("Submission")
    SCORECARD = "scorecard", _("Scorecard")
    ANNUAL_REPORT = "annual-report", _("Annual report")
    LEGAL_TOOL = "legal-tool", _("Legal tool")
    STRATEGY = "strategy", _("Strategy")
