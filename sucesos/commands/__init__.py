"""The CLI's commands, one module each (registered lazily by `sucesos.cli`)."""
