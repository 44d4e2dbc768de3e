"""USB exchange between offices: export, checked import, merge, conflicts, history."""
