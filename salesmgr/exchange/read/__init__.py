"""Reading CRM exports: what a file really is and whether it is safe (``safety``), readers into a ``Table``
(``readers``, ``table``) and the value parsers for money, percentages and dates (``values``, ``dates``)."""
