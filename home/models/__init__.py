from .base import BasePage
from .contact import ContactFormField, ContactPage
from .footer import Footer
from .pages import HomePage, StandardPage

__all__ = ["BasePage", "ContactFormField", "ContactPage", "Footer", "HomePage", "StandardPage"]
