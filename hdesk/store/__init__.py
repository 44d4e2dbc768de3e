"""Peewee models, schema versions and migrations, the Database object."""
