"""One module per part of the printed plan; each returns a list of flowables."""
