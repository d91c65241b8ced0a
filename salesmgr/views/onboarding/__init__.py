"""The Onboarding page (issue 13)."""
