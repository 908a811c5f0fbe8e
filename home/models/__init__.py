from .base import BasePage
from .footer import Footer
from .pages import HomePage, StandardPage

__all__ = ["BasePage", "Footer", "HomePage", "StandardPage"]
