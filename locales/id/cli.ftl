# Pesan baris perintah: hasil, ringkasan, judul tabel, pertanyaan, peringatan dan galatnya
# sendiri.

## Kata bersama

cli-not-assessed = belum dinilai
cli-unplaced = Belum ditempatkan
cli-not-placed = belum ditempatkan
cli-org-summary = { $units } unit, { $positions } jabatan, { $employees } pegawai
cli-cannot-read = tidak dapat membaca { $what }: { $reason }
cli-cannot-write = tidak dapat menulis { $what }: { $reason }
cli-cannot-write-output = tidak dapat menulis keluaran: { $reason }
cli-cannot-make-workbook = tidak dapat membuat buku kerja: { $reason }
cli-workbook-to-terminal = buku kerja .xlsx adalah berkas biner, bukan untuk terminal: tulis dengan -o FILE.xlsx
cli-exported = { $what } diekspor ke { $path }
cli-not-a-terminal = bukan terminal, mencetak pohon unit (jalankan penata di terminal untuk aplikasinya)
cli-read-only-empty = --read-only: tidak ada organisasi di { $dir } untuk dipresentasikan; jalankan penata sekali tanpa --read-only (memuat demo) atau impor dengan: penata import FILE
cli-read-only-refused = --read-only: penata { $command } mengubah data, jadi ditolak; jalankan tanpa --read-only untuk membuat perubahan itu
cli-mask-refused = --mask: penata { $command } mencetak NIP atau catatan secara utuh, jadi ditolak; ekspor (export, candidates, gaps, ninebox, plan export, plan diff) menyamarkan dengan --mask atau --mask-nip
cli-version = { $version } (format data { $format }, skema basis data { $schema })
cli-no-employee = tidak ada pegawai dengan NIP { $nip } (cari pegawai dengan: penata search NAMA)
cli-no-unit = tidak ada unit dengan id "{ $id }" (daftar unit dengan: penata tree --ids)
cli-no-unit-like-none = tidak ada unit dengan id "{ $id }" (daftar id unit dengan: penata tree --ids)
cli-no-unit-like = tidak ada unit dengan id "{ $id }"; unit yang mirip:
    { $like }
    (daftar semua id unit dengan: penata tree --ids)
cli-no-position = tidak ada jabatan dengan id "{ $id }" (lihat id-nya dengan: penata export)
cli-not-a-date = { $given } bukan tanggal berbentuk YYYY-MM-DD

## import, export

cli-nothing-written = uji coba: tidak ada yang ditulis
cli-replacing-demo = {" "}(menggantikan organisasi demo)
cli-import-would-replace = basis data di { $dir } sudah berisi "{ $org }" ({ $employees } pegawai). Berkas penata/v1 menggantikan seluruh organisasi: tambahkan --replace untuk menegaskannya, atau pakai basis data lain dengan --db DIR.
cli-import-valid = { $name } sah: { $summary } ({ cli-nothing-written })
cli-imported-org = "{ $org }" diimpor dari { $name }: { $summary }{ $replaced }
cli-import-employees-valid = { $name } sah: { $added } pegawai akan ditambah, { $updated } diperbarui ({ cli-nothing-written })
cli-imported-employees = { $name } diimpor: { $added } pegawai ditambah, { $updated } diperbarui
cli-employee-list-of = daftar pegawai "{ $org }": { $employees } pegawai

## search, show, tree

cli-empty-query = kata pencarian kosong: berikan nama atau angka NIP
cli-no-match = tidak ada pegawai yang cocok dengan "{ $query }"
cli-show-born = Lahir
cli-show-seat = Jabatan
cli-show-formation-filled = terisi
cli-show-competency-head = Kompetensi  standar  level  gap
cli-show-no-standard = - (jabatan ini tidak mensyaratkan standar kompetensi)
cli-show-fit-not-assessed = - belum dinilai (belum ada kompetensi yang disyaratkan jabatan ini yang dinilai)
cli-show-performance = Kinerja
cli-show-potential = Potensial
cli-show-readiness = Kesiapan
cli-show-notes = Catatan
cli-level-not-assessed = - (belum dinilai)

## plan, move, undo, redo, decide

cli-nothing-deleted = tidak ada yang dihapus
cli-no-plans = belum ada rencana; buat dengan: penata plan new NAMA
cli-yes-no = {"["}y/T]
cli-nothing-applied-resolve = tidak ada yang diterapkan. Selesaikan perpindahan yang berkonflik dalam rencana (batalkan atau pindahkan lagi), atau terapkan yang lain dengan --skip-conflicts
cli-nothing-applied = tidak ada yang diterapkan
cli-bad-delimiter = pakai satu karakter tanda baca seperti ; atau , (atau tab)
cli-already-applied = rencana "{ $plan }" sudah diterapkan ke baseline pada { $date }
cli-apply-conflicts = { $count } perpindahan dalam rencana "{ $plan }" berkonflik dengan baseline:
cli-not-approved-stay-out = { $count } perpindahan tidak diputuskan setuju dan tidak ikut diterapkan (rencana sudah ditinjau)
cli-nothing-to-apply = rencana "{ $plan }" tidak berisi perpindahan untuk diterapkan
cli-apply-question = Terapkan { $moves } perpindahan dari rencana "{ $plan }" ke baseline ({ $seats } jabatan berubah)?
cli-applied = rencana "{ $plan }" diterapkan: { $moves } perpindahan, { $seats } jabatan berubah
cli-n-moves = { $count } perpindahan
cli-n-approved-moves = { $count } perpindahan disetujui
cli-exported-plan = rencana "{ $plan }" ({ $what }) diekspor ke { $path }
cli-no-plan-short = tidak ada rencana bernama "{ $name }" (lihat rencana dengan: penata plan list)
cli-no-plan = tidak ada rencana bernama "{ $name }"; daftar rencana dengan: penata plan list, atau buat dengan: penata plan new "{ $name }"
cli-position-gone = { $id } (sudah tidak ada)
cli-plan-created = rencana "{ $name }" dibuat
cli-plan-renamed = rencana "{ $old }" diganti namanya menjadi "{ $new }"
cli-plan-copied = rencana "{ $name }" disalin ke "{ $new }"
cli-delete-plan-question = Hapus rencana "{ $name }" beserta { $moves } perpindahannya?
cli-plan-deleted = rencana "{ $name }" dihapus
cli-needs-confirmation = { $question } Ini perlu konfirmasi: jalankan di terminal atau tambahkan --yes
cli-cannot-read-answer = tidak dapat membaca jawaban: { $reason }
cli-plan-list-line = { $name }  { $moves } perpindahan{ $redo }  oleh { $by } pada { $on }{ $applied }
cli-plan-list-undone = {" "}(+{ $count } dibatalkan)
cli-plan-list-applied = , diterapkan { $date }
cli-plan-head = Rencana "{ $name }" oleh { $by }, dibuat { $at }
cli-plan-applied-on = Diterapkan ke baseline { $at }
cli-no-moves-yet = Belum ada perpindahan; pindahkan pegawai dengan: penata move NIP POSITION_ID --plan "{ $plan }"
cli-move-by = oleh { $author } { $at }
cli-move-by-reason = oleh { $author } { $at }; alasan: { $reason }
cli-move-decision = keputusan: { $code }{ $remark }
cli-move-conflict = KONFLIK: { $reason }
cli-tally = Keputusan: { $setuju } setuju, { $tunda } tunda, { $tolak } tolak, { $undecided } belum diputuskan
cli-undone-can-return = { $count } perpindahan yang dibatalkan dapat dikembalikan dengan: penata redo --plan "{ $plan }"
cli-moves-conflict = { $count } perpindahan berkonflik dengan baseline dan tidak akan diterapkan
cli-plan-applied-already = rencana "{ $plan }" sudah diterapkan ke baseline pada { $date }; untuk melanjutkan, gandakan: penata plan duplicate "{ $plan }" BARU
cli-moved = { $who } dipindahkan: { $from } -> { $to } dalam rencana { $plan }
cli-nothing-to-undo = tidak ada yang dapat dibatalkan dalam rencana "{ $plan }"
cli-nothing-to-redo = tidak ada yang dapat diulang dalam rencana "{ $plan }"
cli-undid = perpindahan { $who } dibatalkan: { $from } -> { $to } dalam rencana { $plan }
cli-redid = perpindahan { $who } diulang: { $from } -> { $to } dalam rencana { $plan }
cli-bad-decision = keputusan "{ $given }" bukan salah satu dari: setuju, tunda, tolak
cli-moves-from-one = perpindahan dinomori mulai 1
cli-decided = perpindahan { $no } ({ $who }) dalam rencana { $plan }: { $code }

## plan diff

cli-undecided = belum diputuskan
cli-not-in-org = (tidak ada di organisasi)
cli-diff-moves = Perpindahan
cli-diff-units = Unit
cli-diff-no-unit-changes = (tidak ada perubahan unit)
cli-diff-overall = Keseluruhan
cli-diff-col-headcount = terisi/formasi
cli-diff-col-fit = JPM rata-rata
cli-diff-col-in = masuk
cli-diff-col-out = keluar
cli-diff-col-filled = kosong diisi
cli-diff-col-opened = kosong baru
cli-diff-fit-by = JPM { $before } -> { $after }; oleh { $by } { $at }
cli-diff-fit-by-reason = JPM { $before } -> { $after }; oleh { $by } { $at }; alasan: { $reason }
cli-diff-decision = keputusan: { $decision }{ $remark }
cli-diff-conflict = ! konflik: { $conflict }
cli-diff-head = Rencana "{ $plan }" atas { $org }
cli-diff-tally = { $moves } perpindahan: setuju { $setuju }, tunda { $tunda }, tolak { $tolak }, belum diputuskan { $undecided }
cli-diff-no-moves = (belum ada: penata move NIP POSITION --plan { $plan })
cli-diff-overall-fit = JPM rata-rata { $before } -> { $after }{ $delta }, terisi { $seatedbefore } -> { $seatedafter } dari formasi { $formation }
cli-diff-people-moved = { $people } orang berganti jabatan: JPM mereka { $before } -> { $after }{ $delta }, { $up } naik, { $down } turun
cli-diff-vacancies = lowongan terisi { $filled }, lowongan baru { $opened }

## log, check

cli-audit-broken = log audit rusak pada entri { $seq }: { $reason }
cli-audit-replay = data tidak cocok dengan log audit: { $finding }
cli-audit-head = kepala: entri { $seq }, hash { $hash }
cli-audit-anchor-held = jangkar { $hash }: entri { $seq }, masih ada dalam rantai (tidak ada yang ditulis ulang sebelumnya)
cli-audit-anchor-missing = jangkar { $hash } tidak ada dalam rantai audit: riwayat telah ditulis ulang atau dikembalikan sejak dokumen yang mencetaknya dibuat (atau hash salah ketik)
cli-audit-anchor-bad = --anchor { $hash }: berikan hash yang tercetak di notulen (16 sampai 64 digit heksadesimal)
cli-minutes-audit-head = Rantai audit saat dokumen ini dibuat: entri { $seq }, hash { $hash }. Periksa kemudian dengan: penata log --verify --anchor { $hash }
cli-minutes-audit-empty = Rantai audit saat dokumen ini dibuat: belum ada entri.
cli-audit-intact = log audit utuh: { $entries } entri, rantai hash terverifikasi
cli-plan-unreadable = rencana "{ $plan }" terdaftar tetapi tidak dapat dibaca
cli-plan-error = rencana "{ $plan }": { $reason }
cli-check-ok = ok: { $summary }, { $plans } rencana, log audit { $audit } entri utuh
cli-problems-found = { $count } masalah ditemukan

## candidates, ninebox, gaps, workload, retirements

cli-no-candidates = (tidak ada kandidat yang cocok)
cli-opens-vacancy = , membuka lowongan
cli-now = sekarang
cli-performance = kinerja
cli-potential = potensial
cli-readiness = kesiapan
cli-exported-candidates = { $count } kandidat untuk { $position } diekspor ke { $path }
cli-candidates-head = Kandidat untuk { $title } ({ $id }), { $filled }/{ $formation } terisi
cli-no-standard = jabatan { $id } tidak mensyaratkan standar kompetensi untuk pemeringkatan
cli-exported-ninebox = 9-box { $scope } ({ $people } pegawai) diekspor ke { $path }
cli-bad-box = --box { $given }: berikan nomor kotak 1-9, atau unrated
cli-ninebox-head = 9-box talenta: { $scope }
cli-ninebox-axes = Kinerja \ Potensial
cli-low = Rendah
cli-middle = Menengah
cli-high = Tinggi
cli-unrated = Belum dinilai
cli-total = Jumlah
cli-box = Kotak
cli-exported-gaps = kesenjangan kompetensi { $scope } ({ $people } pegawai) diekspor ke { $path }
cli-gaps-head = Kebutuhan pelatihan: { $scope } ({ $people } pegawai)
cli-everyone-meets = semua memenuhi standar jabatannya
cli-per-employee = Per pegawai
cli-competency = Kompetensi
cli-employees = pegawai
# @same: the column is headed in English in both languages today.
cli-total-gap = total gap
cli-max = maks
cli-standard = standar
cli-workload-head = Analisis beban kerja: { $scope }
cli-no-workload = tidak ada jabatan di sini yang memiliki data beban kerja
cli-workload-position = Jabatan
cli-workload-need = kebutuhan
cli-workload-diff = selisih
cli-workload-holders = pemangku
cli-workload-grade = nilai
cli-workload-total = Jumlah: formasi { $formation }, kebutuhan { $need }, pemangku { $holders }
cli-workload-rule = kebutuhan = beban kerja (volume x menit) / 75.000 menit efektif setahun; EJ = beban kerja / (75.000 x pemangku)
cli-bad-today = --today { $given }: pakai YYYY-MM-DD
cli-retirements-head = Proyeksi pensiun (BUP): { $scope } per { $today }
cli-no-retirements = tidak ada jabatan yang lowong dalam 5 tahun
cli-year-1 = 1 thn
cli-year-2 = 2 thn
cli-year-5 = 5 thn
cli-past-bup = lewat BUP
cli-vacant-within = Jabatan yang lowong dalam { $years } tahun
cli-none = (tidak ada)

## feedback, note

cli-feedback-list-only = --subtree dan --limit untuk mendaftar: kosongkan teksnya untuk mendaftar masukan
cli-feedback-date-needs-text = --date adalah tanggal masukan yang dicatat: berikan juga teksnya
cli-and-sub-units = {" "}beserta sub-unit
cli-no-feedback = belum ada yang dicatat (tambahkan dengan: penata feedback UNIT_ID TEKS)
cli-feedback-recorded = dicatat untuk { $unit }: { $code } ({ $label }), { $date }{ $source }
cli-bad-feedback-date = --date { $given }: harus tanggal YYYY-MM-DD seperti { $today }
cli-feedback-date-ahead = --date { $day } melewati hari ini ({ $today }): berikan hari masyarakat menyampaikannya
cli-feedback-head = Masukan masyarakat: { $unit }{ $scope } ({ $all }, { $high } tinggi)
cli-empty-note = catatan kosong: berikan isinya
cli-bad-readiness = --readiness { $given }: pakai { $expected }, atau belum
cli-noted = catatan untuk { $name } disimpan
cli-noted-readiness = catatan untuk { $name } disimpan; kesiapan { $readiness }

## generate, man, config

cli-generated = { $path } dibuat: { $summary } ({ $placed } ditempatkan), benih { $seed }
cli-generated-siasn = { $count } berkas SIASN ditulis ke { $dir }
cli-wrote = { $path } ditulis
cli-settings-file = berkas pengaturan: { $path }{ $note } [{ $source }]
cli-not-present = {" "}(tidak ada: nilai bawaan)
cli-cannot-write-man = tidak dapat menulis halaman manual ke { $dir }: { $reason }
cli-wrote-man = halaman manual ditulis ke { $dir }
