# The words of reading SIASN exports and office workbooks (ASN profile, unit hierarchy, peta
# jabatan, standar kompetensi, assessment rekap, SKP): what is wrong with a file, a row or a
# cell, and what would be valid. The file, row, column and value are shown beside each
# message, so a message says what is wrong with the value, not where it is. Column headings
# (NIP, NAMA, UNOR ID ...) are SIASN's and stay as written.

## Whole files

# A text file that stops in the middle.
siasn-truncated = the file ends in the middle of a row or cell (a quote is not closed, a character is cut off, or the last row is shorter than the header and has no line end): it is probably incomplete; export or save it again in full
# A file with nothing in it.
siasn-empty = the file is empty: export it again from SIASN, or save the workbook with its rows
# No header row penata knows among the first ten rows.
siasn-unknown-kind = no header row in the first 10 rows names the columns of a file penata reads (first row: { $found }). An ASN profile needs NIP (or NIP BARU), NAMA and UNOR ID, UNOR NAMA or JABATAN NAMA; a unit hierarchy ID, NAMA_UNOR and ID_ATASAN; a peta jabatan KEBUTUHAN and JABATAN ID or NAMA JABATAN; a standar kompetensi JABATAN ID or NAMA JABATAN and competency columns (INT, KS, KOM, OH, PP, PDO, MP, PK, PB) without NIP; an assessment rekap NIP and competency columns; an SKP file NIP, TAHUN and PREDIKAT
# A worksheet of a workbook that was not read, while others were.
siasn-sheet-ignored = sheet { $sheet } was not read: none of its first 10 rows is a header row penata knows
# More findings in one file than are listed.
siasn-more-findings = { $count ->
    [one] { $count } more finding in this file is not listed: fix the ones above and read the file again
   *[other] { $count } more findings in this file are not listed: fix the ones above and read the file again
}

## NIP

# A row without a NIP.
siasn-nip-missing = the NIP is empty: every row needs the person's 18-digit NIP
# A NIP stored as a spreadsheet number.
siasn-nip-number = the NIP is stored as a number, digits lost: format the column as Text and export again
# A NIP that is not valid; the reason says why.
siasn-nip-invalid = not a valid NIP: { $reason }
# The same NIP twice in one file.
siasn-duplicate-nip = the same NIP is on row { $first }: one row per person
# A NI PPPK among the PNS.
siasn-pppk-in-pns = a NI PPPK (digits 13-14 are 21-29) in a file of PNS: PPPK come in their own file; check the NIP or move the row
# A PNS NIP among the PPPK.
siasn-pns-in-pppk = a PNS NIP (digits 13-14 are a month) in a file of PPPK: PNS come in their own file; check the NIP or move the row

## ASN profile

# A person without a name.
siasn-name-missing = the name is empty: every person needs NAMA
# The birth date column and the NIP disagree.
siasn-birth-date-mismatch = the birth date differs from the one in the NIP ({ $nip }); penata keeps both equal, so correct TANGGAL LAHIR or the NIP in SIASN and export again
# The sex column and the NIP disagree.
siasn-sex-mismatch = the sex differs from the NIP's sex digit: check which is right
# A value that is not a date.
siasn-bad-date = not a date: write dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd, or use an Excel date
# A value that is not a jenis jabatan.
siasn-bad-jenis = not a jenis jabatan: use 1 (Struktural), 2 (Fungsional) or 4 (Pelaksana), or the name
# A value that is not an eselon.
siasn-bad-eselon = not an eselon: write II.a, III.b, IV.a (or II/a, IIa), a SIASN id such as 21 or 32, or Non Eselon

## Units and seats

# A hierarchy row without its ID.
siasn-unit-id-missing = the unit ID is empty: every unit needs its ID
# A hierarchy row without a name.
siasn-unit-name-missing = the unit name is empty: every unit needs NAMA_UNOR
# The same unit ID twice in the hierarchy.
siasn-duplicate-unit = the same unit ID is on row { $first }: one row per unit
# A peta jabatan or standard row that names no seat.
siasn-seat-missing = the row names no seat: fill JABATAN ID or NAMA JABATAN
# A peta jabatan row that names no unit.
siasn-seat-unit-missing = the row names no unit: fill UNOR ID or the unit's name
# A value that is not a count of seats or an order.
siasn-bad-count = not a count: write a whole number, 0 or more

## Competencies

# A value that is not a competency level.
siasn-bad-level = not a level: competency levels are whole numbers 1 to 5; leave the cell empty when not assessed or not required
# Columns read as technical competencies.
siasn-technical-columns = these columns are read as technical competencies (levels 1-5): { $columns }

## SKP

# The same person and year twice in the SKP file.
siasn-duplicate-skp = this NIP already has an SKP for this year on row { $first }: one row per person and year
# A value that is not a year.
siasn-bad-year = not a year: write the four digits, such as 2024
# A value that is not an SKP predicate.
siasn-bad-predicate = not an SKP predicate: use Sangat Baik, Baik, Butuh Perbaikan, Kurang (Misconduct) or Sangat Kurang
# An SKP row without a predicate.
siasn-predicate-missing = no predicate: the row is left out (not yet rated?)
# An old (PP 46/2011) predicate read as today's nearest.
siasn-old-predicate = an old SKP predicate (PP 46/2011), read as { $read }
