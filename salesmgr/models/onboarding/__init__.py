"""90-day onboarding and coaching plans for new hires (issue 13): the tables (``entities``), the template that
ships in ``resources/onboarding`` (``template_file``), editing templates (``templates``), plans for people
(``plans``), criteria the data completes (``criteria``), the weekly review's prepared agenda (``agenda``) and the
ramp metrics (``ramp``). Never imports Qt."""
