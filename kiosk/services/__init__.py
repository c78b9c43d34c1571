"""Qt glue between the catalog and the screens: session, catalog, idle, language, printing."""
