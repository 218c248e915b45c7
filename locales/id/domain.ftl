# Pesan ranah: masalah validasi organisasi dari berkas, kesalahan NIP dan golongan, aturan
# tanggapan, penolakan dan konflik operasi rencana, invarian `penata check`, dan saran 9-box.

domain-record-top-level = tingkat atas
domain-record = { $label }
domain-what-organization-name = nama organisasi
domain-dict-empty = kamus kompetensi kosong
domain-dict-see-list = lihat daftar competencies
domain-dict-known-codes = kode yang dikenal: { $list }
domain-what-competency-code = kode kompetensi seperti INT
domain-what-competency-name = nama kompetensi
domain-what-position-id = id jabatan yang unik
domain-what-position-unit = id unit tempat jabatan berada
domain-what-position-title = nama jabatan
domain-rule-formation = harus bilangan bulat 0 atau lebih (kebutuhan formasi jabatan; 0 = sedang dihapus)
domain-what-task-name = nama tugas
domain-too-long = { $field } sepanjang { $chars } karakter, melebihi { $max } yang disimpan penata: persingkat
domain-workload-too-big = volume x menit berjumlah lebih dari { $max } menit setahun (beban kerja { $people } orang): periksa volume dan menitnya
domain-rule-volume = harus bilangan bulat 0 atau lebih (berapa kali tugas dikerjakan setahun)
domain-rule-minutes = harus bilangan bulat 0 atau lebih (menit setiap kali)
domain-what-unit-id = id unit yang unik
domain-what-unit-name = nama unit
domain-what-feedback-date = tanggal disampaikan, YYYY-MM-DD
domain-what-feedback-text = apa yang disampaikan masyarakat
domain-what-recorded-by = siapa yang mencatat tanggapan
domain-what-recorded-at = waktu pencatatan, tanggal-waktu RFC 3339
domain-what-employee-name = nama lengkap dengan gelar
domain-what-rank = golongan seperti III/c (PNS) atau IX (PPPK)
domain-what-note-at = tanggal-waktu RFC 3339
domain-what-note-author = siapa yang menulis catatan
domain-what-note-text = isi catatan

domain-unknown-field = { $lead }kolom { $key } tidak dikenal; kolom yang boleh: { $allowed }
domain-empty = { $field } kosong: { $what } wajib diisi
domain-missing = { $field } tidak ada: { $what } wajib diisi
domain-not-text = { $field } { $found }: harus berupa teks ({ $what })
domain-choice-missing = { $field } tidak ada: harus salah satu dari { $expected }
domain-not-a-choice = { $field } { $found }: harus salah satu dari { $expected }
domain-not-a-choice-or-null = { $field } { $found }: harus salah satu dari { $expected }, atau null
domain-number-missing = { $field } tidak ada: { $rule }
domain-bad-number = { $field } { $found }: { $rule }
# A whole number too large for a count.
domain-number-too-large = { $field } { $found }: terlalu besar; paling banyak { $max }
domain-levels-not-a-map = { $field } { $found }: harus objek kode kompetensi ke level 1-5, misalnya {"{"}"INT": 3{"}"}
domain-not-in-dictionary = { $field } { $code }: tidak ada di kamus kompetensi ({ $hint })
domain-bad-level = { $field } { $code } { $found }: level harus bilangan bulat 1-5
domain-not-a-record = { $found } bukan rekaman: harus objek dengan { $fields }
domain-duplicate = { $key } { $value }: { $key } yang sama dengan { $other }
domain-duplicate-nip = NIP yang sama dengan { $other }
domain-elsewhere-line = { $list }[{ $index }] (baris { $line })
domain-elsewhere = { $list }[{ $index }]
domain-bad-code = code { $code }: harus 1-16 huruf, angka, - atau _
domain-unknown-unit = unit { $unit }: tidak ada unit dengan id ini
domain-not-a-list-of = { $field } { $found }: harus daftar {"{"}{ $fields }{"}"}
domain-entry-not-an-object = { $within } { $found }: harus objek dengan { $fields }
domain-parent-empty = parent kosong: gunakan null untuk unit teratas
domain-parent-not-an-id = parent { $found }: harus id unit, atau null untuk unit teratas
domain-unknown-parent = parent { $parent }: tidak ada unit dengan id ini (gunakan null untuk unit teratas)
domain-unit-too-deep = unit ini berada { $depth } tingkat di bawah unit teratas, melebihi { $max } tingkat yang dibolehkan penata: pasang unit ini (atau unit di atasnya) lebih tinggi di pohon
domain-unit-cycle = parent { $parent }: tautan parent { $path } membentuk siklus; unit harus membentuk pohon (unit tidak boleh menjadi leluhurnya sendiri)
domain-unit-cycle-long = parent { $parent }: tautan parent { $path } ({ $count } unit) membentuk siklus; unit harus membentuk pohon (unit tidak boleh menjadi leluhurnya sendiri)
domain-bad-date = { $field } { $value }: harus tanggal kalender YYYY-MM-DD seperti 2026-10-14
domain-bad-date-time = { $field } { $value }: harus tanggal-waktu RFC 3339 seperti { $example }
domain-bad-value = { $field } { $value }: { $reason }
domain-source-not-text = { $field } { $found }: harus berupa teks (asal tanggapan, misalnya musrenbang), atau null
domain-nip-missing = nip tidak ada: NIP 18 digit wajib diisi
domain-nip-not-text = nip { $found }: harus teks 18 digit dalam tanda kutip, misalnya "198503122010012003"
domain-bad-rank = rank { $reason }
domain-position-not-an-id = position { $found }: harus id jabatan, atau null untuk pegawai yang belum ditempatkan
domain-unknown-position = position { $position }: tidak ada jabatan dengan id ini (gunakan null untuk pegawai yang belum ditempatkan)
domain-pppk-rank-on-pns-nip = rank { $rank } adalah golongan PPPK, tetapi NIP-nya NIP PNS (digit 13-14 berupa bulan): gunakan golongan PNS I/a-IV/e
domain-pns-rank-on-pppk-nip = rank { $rank } adalah golongan PNS, tetapi NIP-nya NI PPPK (digit 13-14 bernilai 21-29): gunakan golongan PPPK I-XVII

domain-nip-masked = NIP disamarkan (digit disembunyikan oleh --mask-nip): ekspor yang disamarkan tidak dapat diimpor sebagai data sebenarnya; impor ekspor yang dibuat tanpa --mask-nip
domain-nip-length = harus 18 digit (spasi di antara kelompok digit boleh), ditemukan { $found } digit
domain-nip-not-digit = hanya boleh berisi digit dan spasi, ditemukan { $found }
domain-nip-birth-date = tanggal lahir { $date } bukan tanggal kalender
domain-nip-kind-digits = digit 13-14 bernilai { $digits }: harus bulan TMT CPNS 01-12 (PNS) atau 21-29 (NI PPPK)
domain-nip-too-young = TMT CPNS { $tmt } sebelum usia 18 tahun (lahir { $born }); periksa NIP
domain-nip-pppk-too-young = tahun pengangkatan { $year } sebelum usia 18 tahun (lahir { $born }); periksa NIP
domain-nip-sex = digit jenis kelamin { $digit }: harus 1 (laki-laki) atau 2 (perempuan)
domain-nip-sequence = nomor urut 000: harus 001-999
domain-not-a-golongan = { $found } bukan golongan: gunakan I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e (PNS) atau I-XVII (PPPK)
domain-feedback-empty-text = teks tanggapan kosong: tuliskan apa yang disampaikan masyarakat
domain-feedback-text-too-long = teks tanggapan { $chars } karakter: batasi { $max } karakter (intinya; simpan surat lengkapnya di tempat lain)
domain-feedback-empty-source = sumber kosong: hilangkan bila sumbernya tidak diketahui
domain-feedback-source-too-long = sumber { $chars } karakter: batasi { $max } karakter (misalnya musrenbang, SP4N-LAPOR!, forum warga)
domain-feedback-control = { $field ->
        [text] teks tanggapan
        [source] sumber
       *[other] { $field }
    } berisi karakter kendali ({ $found }): tulis dalam satu baris tanpa tab atau escape
domain-feedback-unknown-severity = tingkat "{ $found }": harus salah satu dari low, medium, high (atau rendah, sedang, tinggi)
domain-feedback-no-recorder = pencatat tanggapan tidak diketahui: recorded_by tidak boleh kosong

domain-not-placed = belum ditempatkan
domain-move-unknown-person = tidak ada pegawai dengan NIP { $nip }; cari pegawai dengan: penata search NAMA
domain-move-unknown-seat = tidak ada jabatan dengan id { $id }; lihat id jabatan dengan: penata show NIP atau penata export
domain-move-already-holds = { $name } sudah memangku { $title } ({ $id }) dalam rencana ini; pilih jabatan lain
domain-move-not-placed = { $name } belum ditempatkan dalam rencana ini; tidak ada yang perlu dilepas dari jabatan
domain-move-abolished = { $title } ({ $id }) sedang dihapus (formasi 0); pilih jabatan lain
domain-conflict = perpindahan { $number } ({ $nip }): { $why }
domain-conflict-person-gone = pegawai sudah tidak ada di organisasi
domain-conflict-seat-gone = jabatan { $id } sudah tidak ada
domain-conflict-seat-abolished = jabatan { $id } sedang dihapus (formasi 0)
domain-conflict-seat-changed = jabatannya kini { $actual }, bukan { $expected } seperti saat perpindahan dibuat
domain-plan-name-empty = nama rencana tidak boleh kosong
domain-plan-name-too-long = nama rencana paling banyak { $max } karakter; "{ $name }" berisi { $count }
domain-plan-name-spaces = nama rencana "{ $name }" diawali atau diakhiri spasi; hapus spasinya

domain-check-duplicate = dua { $kind ->
        [position] jabatan
        [employee] pegawai
       *[other] { $kind }
    } memakai id yang sama { $id }
domain-check-unknown-parent = unit { $unit } menyebut parent { $parent }, yang tidak ada
domain-check-unit-cycle = unit { $unit } menjadi leluhurnya sendiri (unit tidak membentuk hutan)
domain-check-unknown-unit = jabatan { $position } berada di unit { $unit }, yang tidak ada
domain-check-unknown-seat = pegawai { $nip } memangku jabatan { $position }, yang tidak ada
domain-check-holder-index = pegawai { $nip }: { $detail }
domain-check-no-holder-list = tidak ada di daftar pemangku mana pun
domain-check-listed-in-seats = tercatat di { $count } jabatan ({ $seats }) tetapi memangku { $holds }
domain-check-seat-list = { $first }, { $rest }
domain-check-no-seat = tidak memangku jabatan

domain-ninebox-advice-promote = Dipromosikan dan dipertahankan
domain-ninebox-advice-retain = Dipertahankan; kelompok rencana suksesi; rotasi atau pengayaan jabatan
domain-ninebox-advice-place = Penempatan sesuai; bimbingan kinerja; pengembangan kompetensi
domain-ninebox-advice-rotate = Rotasi; pengembangan kompetensi
domain-ninebox-advice-coach = Bimbingan kinerja; pengembangan kompetensi
domain-ninebox-advice-discipline = Diproses sesuai ketentuan disiplin
domain-band-below = Di bawah ekspektasi
domain-band-as-expected = Sesuai ekspektasi
domain-band-above = Di atas ekspektasi
domain-siasn-text-empty = { $field } kosong: hapus kuncinya (atau isi null) kalau tidak ada nilainya
domain-siasn-text-long = { $field } panjangnya { $count } karakter: paling banyak { $max }
domain-siasn-text-control = { $field } { $value }: tidak boleh berisi karakter kontrol seperti tab atau ganti baris
domain-siasn-not-text = { $field } { $found }: harus berupa teks, atau null
domain-birth-date-not-nip = birth_date { $date } berbeda dengan tanggal lahir di NIP, { $nip_date }: NIP diawali tanggal lahir
domain-tmt-cpns-before-birth = tmt_cpns { $tmt } lebih awal dari tanggal lahir { $born }
domain-rule-skp-year = harus tahun 1990 sampai 2100 (tahun penilaian SKP)
domain-skp-repeated-year = { $field } { $year } tercantum dua kali: satu entri SKP per tahun
domain-text-refused = { $field } berisi { $char }, karakter kendali atau pengatur arah teks yang dijalankan terminal, bukan ditampilkan: hapus karakter itu (ketik ulang teksnya, atau bersihkan berkasnya)
domain-field-plan-name = nama rencana
domain-field-reason = alasan mutasi
domain-field-remark = catatan keputusan
domain-field-note = catatan
