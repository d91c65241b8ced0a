"""The pipeline: its stages and each deal's path through them (``entities``), the Pipeline page's rows and edits
(``opportunities``) and editing the stages as a whole (``stages``). The funnel metrics are in ``models.metrics``."""
