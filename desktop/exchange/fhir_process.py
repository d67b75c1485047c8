"""FHIR R4 for issue 10's plan-level process fields, both directions: who signs the plan as
ansvarlig koordinator (a CarePlan extension naming the CareTeam role). Used by ``fhir`` and
``fhir_read`` with one call each way; docs/fhir-mapping.md documents it."""

from __future__ import annotations

from typing import Any

from desktop.records import RESPONSIBLE_HOSPITAL, RESPONSIBLE_MUNICIPAL, Plan

PREFIX = "urn:individuell-plan:fhir:"
EXT_RESPONSIBLE = PREFIX + "StructureDefinition:responsible-coordinator"
# the CareTeam participant's role text of the coordinator who signs (fhir.ROLE_*)
_ROLES = {RESPONSIBLE_HOSPITAL: "Koordinator i spesialisthelsetjenesten",
          RESPONSIBLE_MUNICIPAL: "Koordinator i kommunen"}


def plan_extensions(plan: Plan) -> list[dict]:
    """The CarePlan's extension for a chosen responsible coordinator (none for the default)."""
    role = _ROLES.get(plan.responsible)
    return [{"url": EXT_RESPONSIBLE, "valueString": role}] if role else []


def read_plan(plan: Plan, care_plan: Any) -> None:
    """Set plan.responsible from the CarePlan (an unknown or missing value: the default)."""
    extensions = care_plan.get("extension") if isinstance(care_plan, dict) else None
    for ext in extensions if isinstance(extensions, list) else []:
        if isinstance(ext, dict) and ext.get("url") == EXT_RESPONSIBLE:
            text = str(ext.get("valueString") or "").casefold()
            plan.responsible = next((key for key, role in _ROLES.items()
                                     if role.casefold() == text), "")
