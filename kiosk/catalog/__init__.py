"""The catalog: schema, workbook reading and validation, build, and read-only queries (Qt-free)."""
