"""The bundled demo corpus: synthetic news articles written by the sucesos team."""
