"""The Dashboard page: KPI tiles over four charts; ``loaders`` (no Qt) read what it shows."""
