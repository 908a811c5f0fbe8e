from .base import BasePage
from .contact import ContactFormField, ContactPage
from .contact_message import ContactMessage
from .footer import Footer
from .pages import HomePage, StandardPage

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactMessage",
    "ContactPage",
    "Footer",
    "HomePage",
    "StandardPage",
]
