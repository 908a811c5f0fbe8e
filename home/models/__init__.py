from .base import BasePage
from .contact import ContactFormField, ContactPage
from .contact_message import ContactMessage
from .footer import Footer
from .pages import HomePage, HomePagePriority, StandardPage
from .vocabulary import Country, Region, Topic

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactMessage",
    "ContactPage",
    "Country",
    "Footer",
    "HomePage",
    "HomePagePriority",
    "Region",
    "StandardPage",
    "Topic",
]
