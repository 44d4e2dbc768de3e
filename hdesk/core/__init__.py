"""Domain rules and value types: standard library only, no Qt, no peewee."""
