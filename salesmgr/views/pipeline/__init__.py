"""The Pipeline page: the paging table of deals, the deal editor, the stage editor and the stalled deals."""
