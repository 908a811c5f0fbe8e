from .base import BasePage
from .contact import ContactFormField, ContactPage
from .contact_message import ContactMessage
from .footer import Footer
from .pages import HomePage, StandardPage
from .vocabulary import Country, Region, Topic

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactMessage",
    "ContactPage",
    "Country",
    "Footer",
    "HomePage",
    "Region",
    "StandardPage",
    "Topic",
]
