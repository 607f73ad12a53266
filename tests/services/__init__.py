"""Real servers for the tests (Postgres, Chroma, Ray), shared by the suite."""
