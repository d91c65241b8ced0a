"""Quarterly targets and SMART goals (issue 12): the quota plan of a fiscal year (``plan``: target, quotas, gap;
``distribute``: splitting a target exactly; ``locks``: locked quarters and the plan's audit log; ``capacity``:
capacity, pipeline coverage and the forecast beside the plan) and the goals (``goals``: entities; ``catalogue``:
the metrics; ``status``; ``templates``). Never imports Qt."""
