"""Use cases on top of the store: records, plan queries, PDF, exchange, spreadsheets. No Qt."""
