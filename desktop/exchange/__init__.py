"""Handover to and from the municipality: FHIR R4 mapping, encrypted package and PDF (Qt-free)."""

from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.fhir import PlanDocument

__all__ = ["ExchangeRefused", "PlanDocument"]
