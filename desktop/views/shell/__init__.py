"""The shell: the main window around everything, the patient dialog and the user guide."""
