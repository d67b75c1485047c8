"""Reports over many patients: the indicators of the region."""
