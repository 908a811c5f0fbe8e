from .academy import AcademyPage, CourseLanguage, CoursePage
from .hrcnet import HRCnetPage, NetworkMember
from .hrdap import HRDAPPage
from .index import ProgrammesIndexPage
from .model_law import ModelLawPage, NationalImplementation
from .trainings import TrainingEventPage, TrainingsIndexPage

__all__ = [
    "AcademyPage",
    "CourseLanguage",
    "CoursePage",
    "HRCnetPage",
    "HRDAPPage",
    "ModelLawPage",
    "NationalImplementation",
    "NetworkMember",
    "ProgrammesIndexPage",
    "TrainingEventPage",
    "TrainingsIndexPage",
]
