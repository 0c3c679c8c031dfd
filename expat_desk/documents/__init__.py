"""Documents a manager prints for a client (consent form, power of attorney, host's letter),
made as PDF with ReportLab from stored cases. No Qt here."""
