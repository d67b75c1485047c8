"""Paper and handover: print, sign, version history, export to the municipality and import,
with PlanActions, the controller that puts them in the menu."""
