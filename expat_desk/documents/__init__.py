"""Documents made from a case: consent, power of attorney and the host party's letter (PDF).

No Qt here. ReportLab is imported only when a document is laid out (documents.render).
"""
