"""Workbooks for supervisors (the weekly workload), made with openpyxl from the store. No Qt."""
