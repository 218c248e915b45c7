# Kata-kata penyimpanan: kesalahan, pesan impor, berkas pengaturan, rantai audit, dan
# dokumen rapat. Kode, kunci, nama perintah, opsi, dan format tetap seperti ditulis.

## Teks apa adanya

# @same
store-as-is = { $text }

## StoreError

store-locked =
    basis data di { $dir } sedang dipakai proses penata lain.
    Tutup penata yang lain (atau tunggu sampai selesai), atau gunakan basis data lain dengan --db DIR.
store-newer-schema =
    basis data di { $dir } memakai versi skema { $found }, sedangkan penata ini hanya memahami sampai versi { $supported }.
    Gunakan penata yang lebih baru, atau arahkan --db ke direktori lain.
store-create-dir = direktori data { $dir } tidak dapat dibuat: { $source }; periksa izin direktori induknya, atau pilih direktori lain dengan --db DIR
store-open-failed = basis data di { $dir } tidak dapat dibuka: { $message }
store-corrupt = rekaman tersimpan { $key } tidak dapat dibaca ({ $message }); basis data mungkin rusak: pulihkan dari hasil ekspor
store-db-error = kesalahan basis data: { $message }
# Log audit diputar ulang terhadap data (`penata check`), satu pesan per perbedaan.
store-replay-unknown-plan = entri { $seq } menyangkut rencana "{ $plan }", yang tidak dibuat oleh entri sebelumnya
store-replay-no-such-move = entri { $seq } memutuskan perpindahan { $no } pada rencana "{ $plan }", yang tidak pernah dibuat menurut log
store-replay-plan-unlogged = rencana "{ $plan }" ada di data, tetapi tidak ada entri audit yang membuatnya
store-replay-plan-missing = rencana "{ $plan }" dibuat di log dan tidak dihapus, tetapi tidak ada di data
store-replay-count = rencana "{ $plan }": menurut log ada { $logged } { $what }, data memuat { $found }
store-replay-move-differs = rencana "{ $plan }", perpindahan { $no }: { $field } berbeda dari yang dicatat log
store-replay-no-import = organisasi "{ $org }" ada di data, tetapi tidak ada entri audit yang mengimpornya
store-replay-org-differs = impor terakhir di log adalah "{ $logged }", data memuat "{ $found }"
store-replay-employees-differ = impor di log berjumlah { $logged } pegawai, data memuat { $found }
store-replay-note-missing = catatan dari entri { $seq } pada { $nip } tidak ada di data
store-replay-note-unlogged = catatan pada { $nip } yang ditulis sejak impor terakhir tidak memiliki entri audit
store-replay-readiness-differs = kesiapan { $nip } berbeda dari yang dicatat entri { $seq }
# Direktori tidak berisi basis data, dan perintahnya hanya membaca (tidak pernah membuatnya).
store-no-database =
    tidak ada basis data di { $dir }.
    Impor organisasi dengan: penata import BERKAS (atau jalankan penata tanpa perintah untuk mulai dengan organisasi demo), atau arahkan --db ke direktori basis data.
# sled menemukan berkasnya rusak.
store-sled-corrupt = berkas basis data rusak; pulihkan direktori basis data dari cadangan, atau impor organisasi lagi (penata import BERKAS --replace)
# Berkas snapshot sled rusak dan lognya tidak dapat menggantikannya.
store-sled-snapshot-damaged =
    berkas basis data { $file } rusak, dan bagian lain basis data tidak dapat menggantikannya.
    Pulihkan direktori basis data dari cadangan, atau impor organisasi lagi (penata import BERKAS --replace) ke direktori kosong.

## Kegagalan internal

store-panicked = operasi sebelumnya pada basis data terhenti karena kesalahan program (panic); jalankan penata lagi
store-no-live-generation = basis data tidak memiliki data yang aktif; impor data dengan `penata import`
store-import-thread-panicked = utas penulis impor terhenti karena kesalahan program (panic); tidak ada yang diimpor
store-decode-thread-panicked = utas pembaca data terhenti karena kesalahan program (panic); jalankan penata lagi
store-open-thread-panicked = utas pembuka basis data terhenti karena kesalahan program (panic); jalankan penata lagi
store-apply-own-transaction = penerapan rencana berjalan dalam transaksinya sendiri (kesalahan program)
store-schema-zero = tercatat versi skema 0, yang tidak pernah ada. Arahkan --db ke direktori lain, atau pulihkan dari hasil ekspor
store-no-schema = berisi data tetapi tanpa versi skema, jadi bukan basis data penata atau sudah rusak. Arahkan --db ke direktori lain, atau pulihkan dari hasil ekspor
store-no-organization = basis data tidak berisi organisasi; impor data dengan `penata import`

## Rekaman tersimpan yang rusak

store-not-u32 = bukan angka 4 bita
store-not-u64 = bukan angka 8 bita
store-not-utf8 = bukan UTF-8
store-key-not-utf8 = kuncinya bukan UTF-8
store-no-upgrade = tidak ada peningkatan skema dari versi ini
store-no-such-employee = pegawai tersebut tidak ada
store-checksum-mismatch = checksum tidak cocok
store-snapshot-too-large = bagian pegawai pada snapshot melebihi 4 GiB
store-key-not-id = kunci rekaman tidak cocok dengan id-nya
store-move-missing = perpindahan yang dihitung kepala rencana tidak ada
store-audit-head-bad = bukan nomor urut dan hash
store-feedback-date-range = tanggal masukan di luar rentang
store-feedback-time-range = waktu masukan di luar rentang
store-profile-date-range = tanggal profil di luar rentang
store-note-time-range = waktu catatan di luar rentang
store-rank-range = golongan di luar rentang
store-not-count = bukan jumlah 8 bita
store-key-not-nip = kuncinya bukan NIP yang sah
store-cannot-encode = tidak dapat dikodekan: { $error }
store-unknown-code = kode { $what } { $code } tidak dikenal
store-what-jenjang = jenjang jabatan
store-what-group = kelompok kompetensi
store-what-severity = tingkat masukan
store-what-position-type = jenis jabatan
store-what-performance = kinerja
store-what-potential = potensi
store-what-readiness = kesiapan
store-unknown-decision = keputusan { $code } tidak dikenal
store-moves-count = { $stored } perpindahan tersimpan, seharusnya { $expected }
store-snapshot-remove = snapshot { $path } tidak dapat dihapus: { $error }; periksa izin direktorinya
store-snapshot-write = snapshot tidak dapat ditulis: { $error }; periksa ruang disk dan izin direktori basis data
store-snapshot-header = kepala snapshot tidak dapat dikodekan: { $error }

## Rencana, pegawai, unit

store-no-plan = tidak ada rencana bernama "{ $name }"; lihat daftarnya dengan: penata plan list
store-plan-exists = rencana bernama "{ $name }" sudah ada; pilih nama lain
store-plan-applied = rencana "{ $name }" sudah diterapkan ke baseline pada { $when }; untuk melanjutkan perencanaan, gandakan rencana itu: penata plan duplicate "{ $name }" BARU
store-no-move = rencana "{ $plan }" memiliki { $moves } perpindahan; tidak ada perpindahan { $number }
store-plan-changed-while-applying = rencana "{ $name }" berubah saat sedang diterapkan; terapkan lagi
store-employee-left-baseline = pegawai { $nip } sudah tidak ada di baseline; terapkan rencana lagi
store-no-employee = tidak ada pegawai dengan NIP { $nip }; cari dengan: penata search NAMA
store-no-unit = tidak ada unit dengan id "{ $id }" (lihat daftar unit dengan: penata tree --ids)

## Basis data, berkas pengaturan, demo

store-no-home-for-db = tidak ada direktori home untuk menyimpan basis data; berikan --db DIR atau atur { $env }
store-no-home-for-settings = tidak ada direktori home untuk menyimpan pengaturan; berikan --config FILE atau atur { $env }
store-settings-missing = berkas pengaturan { $path } tidak ada: buat dengan `penata config init --config { $path }`, atau sebut berkas lain dengan --config atau { $env }
store-settings-unreadable = berkas pengaturan { $path } tidak dapat dibaca: { $error }; periksa izin berkasnya
store-settings-bad =
    berkas pengaturan { $path }, { $what }
    Perbaiki baris itu (atau hapus untuk memakai nilai bawaan); `penata config init --force` menulis berkas baru yang berkomentar.
store-settings-exists = { $path } sudah ada; berikan --force untuk menggantinya dengan pengaturan bawaan yang berkomentar
store-settings-unwritable = berkas pengaturan { $path } tidak dapat ditulis: { $error }; periksa izin direktorinya
store-demo-invalid =
    organisasi demo bawaan tidak sah (kesalahan program):
    { $error }
store-demo-loaded = mulai pertama: organisasi demo "{ $organization }" ({ $employees } pegawai) dimuat ke { $dir }. Impor data Anda sendiri dengan: penata import FILE

## Rantai audit

store-audit-entry-missing = entri { $expected } tidak ada (entri berikutnya { $next })
store-audit-entries-removed = entri { $from } sampai { $to } telah dihapus
store-audit-truncated = entri terpotong
store-audit-prev-hash = entri tidak memuat hash entri sebelumnya
store-audit-edited = isinya tidak cocok dengan hash-nya (telah diubah)
store-audit-unreadable = isinya tidak terbaca atau menyebut nomor lain
store-audit-head-missing = rekaman kepala log tidak ada
store-audit-head-mismatch = rekaman kepala log tidak cocok dengan entri terakhir

## Ekspor

store-export-year = tahun { $year } di luar rentang tanggal Excel

## Impor: ringkasan dan seluruh berkas

# A problem of an import, in its file. @same
store-import-in-file = { $file }: { $message }
# A problem of an import, at a line of its file. @same
store-import-in-file-line = { $file }:{ $line }: { $message }
# A problem of an import, in a record of its file. @same
store-import-in-record = { $file }: { $record }: { $message }
# A problem of an import, in a record at a line of its file. @same
store-import-in-record-line = { $file }:{ $line }: { $record }: { $message }
# A report of several lines: the first, then the rest. @same
store-lines =
    { $first }
    { $rest }

store-nothing-imported = { $errors } kesalahan; tidak ada yang diimpor
store-more-not-shown = ... dan { $more } lainnya tidak ditampilkan (hanya { $listed } yang pertama dicantumkan)
store-sheet-not-workbook = --sheet { $sheet } menyebut lembar kerja, tetapi berkas ini bukan buku kerja .xlsx (berkas CSV dan penata/v1 tidak memiliki lembar): hilangkan --sheet
store-old-xls = berkas ini berupa buku kerja Excel 97-2003 lama (.xls): buka di Excel lalu simpan sebagai "Excel Workbook (.xlsx)" atau "CSV UTF-8"
store-utf16 = berkas ini berupa teks UTF-16 (Excel "Unicode Text"): simpan sebagai "CSV UTF-8 (Comma delimited)"
store-not-utf8-file = berkas ini bukan teks UTF-8 (bita 0x{ $byte }): di Excel gunakan Save As dan pilih "CSV UTF-8 (Comma delimited)"; simpan berkas JSON sebagai UTF-8
store-csv-empty = berkas kosong: yang diharapkan objek JSON penata/v1, buku kerja .xlsx, atau baris judul CSV dengan kolom { store-allowed-columns }
store-csv-header-unreadable = baris judul tidak dapat dibaca: { $error }
store-csv-row-unreadable = baris ini tidak dapat dibaca: { $error }
store-xlsx-unreadable = berkas ini bukan buku kerja .xlsx yang dapat dibaca ({ $error }): simpan ulang dari Excel sebagai "Excel Workbook (.xlsx)"
store-no-worksheet = buku kerja ini tidak memiliki lembar kerja: simpan data pegawai di lembar pertama
store-no-such-sheet = tidak ada lembar { $wanted }: buku kerja ini memiliki lembar { $sheets }; sebut salah satunya dengan --sheet
store-xlsx-bomb = buku kerja ini menjadi { $mb } MB setelah dibuka, melebihi { $max } MB yang dibaca penata: ini bukan ekspor yang dapat dibaca penata (atau berkasnya rusak); ekspor ulang datanya, atau pecah
store-xlsx-strings-too-big = teks buku kerja ini (shared strings) lebih dari { $max } MB: ekspor ulang datanya, atau pecah
store-xlsx-strings-many = buku kerja ini menyatakan lebih dari { $max } teks berbeda: ekspor ulang datanya, atau pecah
store-sheet-too-wide = lembar { $name } berisi nilai di sel { $cell }, di luar { $max } kolom yang dibaca penata: hapus isinya, atau geser datanya ke kiri
store-sheet-too-many-cells = lembar { $name } berisi lebih dari { $max } sel: pecah datanya ke beberapa berkas
store-sheet-unreadable = lembar { $name } tidak dapat dibaca ({ $error }): simpan ulang buku kerja dari Excel
store-sheet-empty = lembar { $name } kosong: baris pertamanya menamai kolom { store-allowed-columns }
store-excel-error = sel { $cell } menampilkan kesalahan Excel { $error }: perbaiki rumusnya atau ketik nilainya

## Impor: JSON penata/v1

store-top-level = tingkat atas
store-a-list = sebuah daftar
store-an-object = sebuah objek
store-unknown-top-key = kunci { $key } tidak dikenal: kunci yang boleh adalah { $allowed }
store-repeated-top-key = kunci { $key } muncul lebih dari sekali: pertahankan satu saja
store-format-missing = format tidak ada: tambahkan "format": "{ $format }"
store-format-other = format { $found }: penata ini membaca berkas "{ $format }"
store-format-wrong = format { $found }: harus "{ $format }"
store-list-missing = { $key } tidak ada: tambahkan "{ $key }": [] bila isinya kosong
store-list-wrong = { $key } berupa { $found }: harus berupa daftar
store-invalid-json = JSON tidak sah: { $message } (kolom { $column })
# @same
store-spliced = { $before }{ $what }{ $after }
store-json-invalid-type = jenis nilai tidak sah: { $found }, yang diharapkan { $expected }
store-expecting-file = satu objek JSON {"{"}"format": "{ $format }", "organization": ..., "competencies": [...], "units": [...], "positions": [...], "employees": [...]{"}"}
store-expecting-records = daftar rekaman
store-expecting-record = sebuah rekaman
store-expecting-key = sebuah kunci
store-expecting-value = nilai JSON apa pun
store-expecting-levels = tingkat kompetensi
store-expecting-notes = daftar catatan
store-json-found-sequence = sebuah daftar
store-json-found-map = sebuah objek
store-json-found-unit = null
store-json-found-string = teks { $value }
store-json-found-integer = bilangan bulat { $value }
store-json-found-float = bilangan pecahan { $value }
store-json-found-boolean = nilai benar/salah { $value }
store-json-eof-list = berkas berakhir di tengah daftar
store-json-eof-object = berkas berakhir di tengah objek
store-json-eof-string = berkas berakhir di tengah teks
store-json-eof-value = berkas berakhir sebelum nilai
store-json-expected-colon = seharusnya `:`
store-json-expected-list-comma = seharusnya `,` atau `]`
store-json-expected-object-comma = seharusnya `,` atau `{"}"}`
store-json-expected-ident = seharusnya true, false, atau null
store-json-expected-value = seharusnya sebuah nilai
store-json-expected-quote = seharusnya `"`
store-json-invalid-escape = escape tidak sah
store-json-invalid-number = angka tidak sah
store-json-number-out-of-range = angka di luar rentang
store-json-invalid-code-point = kode Unicode tidak sah
store-json-control-character = ada karakter kendali (\u0000-\u001F) di dalam teks
store-json-key-not-string = kunci harus berupa teks
store-json-lone-surrogate = surrogate tunggal dalam escape heksadesimal
store-json-trailing-comma = ada koma berlebih di akhir
store-json-trailing-characters = ada karakter berlebih setelah akhir JSON
store-json-hex-escape-end = escape heksadesimal berakhir terlalu cepat
store-json-recursion-limit = susunan bertingkat terlalu dalam

## Impor: baris spreadsheet (CSV dan .xlsx)

store-allowed-columns = nip, nama (atau name), golongan (atau rank), jabatan (atau position)
store-row = baris { $row }
store-sheet-row = lembar { $sheet } baris { $row }
# @same
store-record-nip = { $record } nip { $nip }
store-header-record = { $record } (judul kolom)
store-at-cell = sel { $cell }: { $message }
store-unknown-column = kolom { $name } tidak dikenal: kolom yang boleh adalah { store-allowed-columns }
store-same-columns = kolom { $first } dan { $second } berarti sama: pertahankan satu saja
store-no-nip-column = tidak ada kolom nip: baris judul menamai kolom { store-allowed-columns }
store-cell-count = baris ini berisi { $cells } sel, sedangkan judulnya { $columns } kolom: samakan dengan judul kolom
store-cell-without-header = sel { $value } berada di kolom tanpa judul: beri nama kolom itu ({ store-allowed-columns })
store-nip-empty = nip kosong: setiap baris memerlukan NIP pegawai
store-nip-as-number = nip tersimpan sebagai angka { $shown }, yang hanya menyimpan 15 dari 18 digit: format kolom NIP sebagai Teks lalu ketik ulang NIP-nya
store-nip-scientific = nip { $nip } diubah menjadi angka oleh spreadsheet: format kolom nip sebagai Teks lalu ekspor ulang
store-nip-twice = nip { $nip } juga ada di baris { $first }: satu pegawai satu baris
store-name-empty = { $column } kosong: pegawai baru (NIP belum tersimpan) memerlukan nama
store-no-name-column = tidak ada kolom nama: pegawai baru (NIP belum tersimpan) memerlukan nama
store-rank-empty = { $column } kosong: pegawai baru memerlukan golongan, misalnya III/c (PNS) atau IX (PPPK)
store-no-rank-column = tidak ada kolom golongan: pegawai baru (NIP belum tersimpan) memerlukan golongan
store-unknown-position = { $column } { $id }: tidak ada jabatan dengan id ini (kosongkan sel untuk pegawai yang belum ditempatkan)
# @same
store-column-says = { $column } { $message }

## Dokumen rapat (berita acara, lampiran SK, CSV perpindahan)

store-doc-not-placed = Belum ditempatkan
store-doc-unknown-person = (tidak ada di data)
store-doc-undecided = belum diputuskan
store-doc-title = Berita Acara Rapat Pembahasan Penataan Jabatan
store-doc-day-date = Hari, tanggal
store-doc-plan = Rencana penataan
store-doc-proposals = Jumlah usulan
store-doc-section-moves = A. Usulan perpindahan pegawai
store-doc-no-moves = Rencana ini belum memuat usulan perpindahan.
# @same
store-doc-rank = Pangkat/golongan
store-doc-from = Dari
store-doc-to = Ke
store-doc-reason = Alasan
store-doc-proposed-by = Diusulkan oleh
store-doc-attention = Perhatian: tidak sesuai lagi dengan data saat ini
store-doc-decision = Keputusan rapat
store-doc-remark = catatan
store-doc-section-units = B. Perubahan per unit kerja
store-doc-no-units = Tidak ada unit kerja yang berubah.
store-doc-units-header = | Unit kerja | Terisi/formasi sebelum | Terisi/formasi sesudah | JPM rata-rata sebelum | JPM rata-rata sesudah | Formasi kosong terisi | Formasi kosong baru |
store-doc-section-fit = C. Ringkasan kesesuaian jabatan (Job Person Match)
store-doc-section-closing = D. Penutup
store-doc-closing = Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.
store-doc-chair = Pimpinan Rapat,
store-doc-secretary = Notulis,
store-doc-official = Pejabat yang berwenang,
store-doc-sk-title = LAMPIRAN KEPUTUSAN
store-doc-sk-number = Nomor
store-doc-sk-date = Tanggal
store-doc-sk-subject = Tentang
store-doc-sk-list = Daftar Pegawai Aparatur Sipil Negara yang Dipindahkan
store-doc-sk-none = Belum ada usulan yang disetujui rapat.
store-doc-sk-header = | No | NIP | Nama | Pangkat/Golongan | Jabatan lama | Jabatan baru | Unit kerja |
store-doc-date-time = { $date } pukul { $hour }.{ $minute } { $zone }
store-doc-seat-gone = { $position } (jabatan tidak ada lagi)
store-doc-tally = { $moves } (setuju { $setuju }, tunda { $tunda }, tolak { $tolak }, belum diputuskan { $undecided })
store-doc-opening = Pada hari ini, { $date }, telah dilaksanakan rapat pembahasan rencana penataan jabatan "{ $plan }" di lingkungan { $organization }, dengan hasil sebagai berikut.
store-doc-fit-overall = Rata-rata JPM seluruh pegawai yang menduduki jabatan: { $before } menjadi { $after } ({ $filled_before } menjadi { $filled_after } pegawai)
store-doc-fit-moved = Pegawai yang berpindah: { $people }; rata-rata JPM mereka { $before } menjadi { $after }; naik { $improved }, turun { $worsened }
store-doc-vacancies = Formasi kosong yang terisi: { $filled }; formasi yang menjadi kosong: { $opened }
store-doc-categories = Kategori: { $high_label } >= { $high }%, { $middle_label } { $middle }% sampai < { $high }%, { $low_label } < { $middle }%
store-doc-sk-subject-text = Pemindahan Pegawai Aparatur Sipil Negara dalam Jabatan di Lingkungan { $organization }
store-doc-day-and-date = { $weekday }, { $date }
# @same
store-doc-date = { $day } { $month } { $year }
store-doc-monday = Senin
store-doc-tuesday = Selasa
store-doc-wednesday = Rabu
store-doc-thursday = Kamis
store-doc-friday = Jumat
store-doc-saturday = Sabtu
store-doc-sunday = Minggu
store-doc-january = Januari
store-doc-february = Februari
store-doc-march = Maret
store-doc-april = April
store-doc-may = Mei
store-doc-june = Juni
store-doc-july = Juli
store-doc-august = Agustus
# @same
store-doc-september = September
store-doc-october = Oktober
# @same
store-doc-november = November
store-doc-december = Desember

## CSV perpindahan

# @same
store-csv-no = No
# @same
store-csv-nip = NIP
store-csv-name = Nama
# @same
store-csv-golongan = Golongan
store-csv-former-position = Jabatan lama
store-csv-former-unit = Unit lama
store-csv-new-position = Jabatan baru
store-csv-new-unit = Unit baru
store-csv-jpm-before = JPM sebelum
store-csv-jpm-after = JPM sesudah
store-csv-reason = Alasan
store-csv-decision = Keputusan
store-csv-remark = Catatan rapat
store-csv-by = Oleh
store-csv-time = Waktu

## Berkas yang ditulis penata (store::files)

store-write-directory = tujuan itu sebuah direktori; sebutkan nama berkas di dalamnya
store-write-block-device = tujuan itu perangkat blok (disk); penata hanya menulis ke berkas, pipa, atau terminal
store-write-char-device = tujuan itu perangkat yang bukan terminal; penata hanya menulis ke berkas, pipa, atau terminal
store-write-socket = tujuan itu soket; penata hanya menulis ke berkas, pipa, atau terminal
store-dir-not-private =
    direktori basis data { $dir } dapat dibaca akun lain (mode { $mode }).
    Jadikan hanya milik Anda dengan `chmod 700 { $dir }`, lalu jalankan perintah itu lagi.
store-cannot-restrict = direktori basis data { $dir } tidak dapat dijadikan hanya dapat dibaca oleh Anda: { $error }; direktori itu harus milik akun Anda (atau pilih direktori lain dengan --db DIR)
