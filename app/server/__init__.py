"""nextbest's graphs behind LangGraph's own server (``langgraph dev``, Studio, the SDK)."""
