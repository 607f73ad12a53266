"""The goal-phrasings corpus and its scorer (issue 20): plain sentences → goal changes."""
