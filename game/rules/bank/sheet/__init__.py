"""The spreadsheet route: a bank as one table an adviser edits in Excel or LibreOffice, as a CSV
file or a workbook (.xlsx), and back into the bank's YAML files.

``columns`` says what each column holds and turns a row into question data; ``csvfile`` and
``xlsxfile`` read and write the two formats; ``rows`` checks the rows with the bank's own model
and rules; ``merge`` writes only the questions that changed into the bank's files.
"""
