"""Screens: cases (the main one), article, help."""
