# Layar aplikasi: setiap kata yang ditampilkan aplikasi terminal.

# @same
ui-app = penata
ui-plan = Rencana
# @same
ui-baseline = baseline
ui-read-only = HANYA BACA
ui-masked = NIP disamarkan
ui-read-only-refused = Hanya baca: tidak ada yang diubah (buka tanpa --read-only untuk mengubah)
ui-hidden = (disamarkan)
ui-unplaced = Belum ditempatkan
ui-too-small = Terminal terlalu kecil
ui-too-small-need = perlu minimal
ui-details = Rincian
ui-empty-org = Organisasi kosong: impor data dengan `penata import`.
ui-nothing-selected = Tidak ada yang dipilih.
ui-more-below = J/K gulir
ui-more-help = j/k gulir
# @same
ui-unit = Unit
# @same
ui-formation = Formasi
ui-filled = Terisi
ui-vacant = Lowong
ui-over = Lebih
ui-avg-fit = Rerata JPM
ui-readiness = Kesiapan
ui-positions = Jabatan
ui-sub-units = Sub-unit
ui-people = Pegawai
ui-parent-unit = Induk
ui-feedback = Masukan
ui-position-type = Jenis
ui-holders = Pemangku
ui-no-holders = Belum ada pemangku.
ui-competency = Kompetensi
# @same
ui-standard = Std
ui-default-standard = standar bawaan jenis jabatan
ui-no-requirements = Jabatan ini tidak mensyaratkan kompetensi.
ui-need = Kebutuhan
ui-need-unit = orang menurut ABK
# @same
ui-nip = NIP
# @same
ui-rank = Golongan
ui-seat = Jabatan
# @same
ui-unit-path = Unit
# @same
ui-fit = JPM
ui-performance = Kinerja
ui-potential = Potensi
ui-notes = Catatan
ui-level = Nilai
# @same
ui-gap = Gap
ui-not-assessed = belum dinilai
ui-not-placed = belum ditempatkan
ui-no-fit = tidak ada standar
ui-fit-not-assessed = belum dinilai (kompetensi yang disyaratkan belum diuji)
ui-no-notes = Belum ada catatan.
# @same
ui-unknown = -
ui-incomplete-fit = ada kompetensi belum dinilai (dihitung 0)
ui-ready = Siap
ui-hesitant = Ragu
ui-resisting = Menolak
ui-readiness-unknown = Belum dinilai
ui-search-title = Cari pegawai, NIP, unit, jabatan
# @same
ui-search-prompt = /
ui-search-empty = Ketik nama, NIP, unit atau jabatan.
ui-search-none = Tidak ditemukan.
ui-hit-employee = Pegawai
# @same
ui-hit-unit = Unit
ui-hit-position = Jabatan
ui-hits = { $count } hasil
ui-help-title = Bantuan: tombol
ui-help-type-to-search = huruf, angka: ketik kata kunci
ui-help-browse = Menjelajah struktur
ui-help-search = Mencari
ui-help-help = Bantuan
ui-help-global = Di mana saja
ui-help-legend = Tanda
ui-legend-headcount = 7/9 -2   terisi/formasi, kurang 2;  9/8 +1  lebih 1
ui-legend-fit = JPM (Job Person Match) dan kategori:
ui-legend-fit-incomplete = {"*"}        ada kompetensi belum dinilai (dihitung 0)
ui-legend-mark = { $mark }        ditandai (Spasi) atau sedang dibawa untuk dipindah
ui-legend-from = { $from } Jabatan asal pegawai yang dipindah dalam rencana aktif
ui-legend-readiness = Kesiapan: { $ready } siap  { $hesitant } ragu  { $resisting } menolak  { $unknown } belum dinilai
ui-mode-browse = JELAJAH
ui-mode-search = CARI
ui-mode-help = BANTUAN
ui-mode-carrying = PINDAH
ui-mode-plans = RENCANA
ui-mode-prompt = ISI
ui-mode-confirm = KONFIRMASI
ui-mode-compare = BANDINGKAN
ui-mode-review = RAPAT
ui-mode-talent = TALENTA
ui-mode-readiness = KESIAPAN
ui-mode-note = CATATAN
ui-help-carrying = Memindahkan pegawai
ui-help-plans = Daftar rencana
ui-help-prompt = Mengisi satu baris
ui-help-confirm = Konfirmasi
ui-help-compare = Perbandingan dengan baseline
ui-help-review = Rapat pembahasan
ui-help-talent = Tampilan talenta (kandidat, kesenjangan, 9-box, beban kerja, pensiun, dasbor)
ui-help-readiness = Mengisi kesiapan pegawai
ui-help-note = Menulis catatan (Enter baris baru; panah, Home/End, Ctrl-Z batal ketik)
ui-candidates-title = Kandidat
ui-gaps-title = Kesenjangan kompetensi & kebutuhan diklat
ui-ninebox-title = 9-box talenta
ui-workload-title = Formasi menurut beban kerja
ui-retire-title = Proyeksi pensiun (BUP)
ui-dashboard-title = Dasbor
ui-candidates-on-position = Pilih jabatan (atau pemangkunya) untuk melihat kandidat.
ui-candidates-no-standard = Standar kompetensi jabatan ini kosong: tidak ada dasar untuk memeringkat kandidat.
ui-candidates-none = Tidak ada kandidat dengan saringan ini (yang belum pernah dinilai tidak diperingkat).
# @same
ui-opens-vacancy-mark = {" "}*
ui-opens-vacancy = diambil: jabatan itu jadi lowong
ui-seat-now = Jabatan kini
ui-gaps-word = Kurang
ui-no-gaps = Memenuhi semua standar kompetensi jabatan ini.
ui-gaps-needs-head = Kompetensi                                Orang Total gap  Maks Blm dinilai
ui-gaps-people-head = Nama                       Jabatan                    Kompetensi Lvl  Kurang
ui-gaps-none = Tidak ada kesenjangan: semua memenuhi standar jabatannya.
ui-box = Kotak
ui-unrated = Belum dinilai
ui-people-short = org
ui-total = Jumlah
ui-ninebox-axes = Kinerja (SKP) x potensi, PermenPANRB 3/2020
ui-ninebox-keys = panah pindah kotak, Enter lihat orangnya
ui-ninebox-members-head = Nama                         K   JPM Kinerja         Jabatan
ui-workload-rule = Kebutuhan = jumlah (volume x menit) / 75.000 menit efektif setahun (PermenPANRB 1/2020)
ui-workload-grades = EJ = menit / (pemangku x 75.000); PJ: A >1,00 B 0,90-1,00 C 0,70-0,89 D 0,50-0,69 E <0,50
ui-workload-none = Belum ada jabatan dengan uraian beban kerja di unit ini.
ui-retire-people-head = Tgl pensiun BUP Nama                         Jabatan
ui-retire-none = Tidak ada yang mencapai BUP dalam 5 tahun.
ui-dashboard-bars = Formasi vs terisi per sub-unit
ui-dashboard-own = (jabatan unit ini)
ui-dashboard-no-children = Unit ini tidak punya sub-unit.
ui-dashboard-fit = Kesesuaian (JPM)
ui-dashboard-readiness = Kesiapan
# @same
ui-dashboard-ninebox = 9-box
ui-dashboard-retiring = Pensiun (kumulatif)
ui-annotate-people-only = Pilih seorang pegawai dulu.
ui-readiness-title = Kesiapan
ui-readiness-keys = huruf atau Enter memilih, Esc batal
ui-readiness-unchanged = Kesiapan tidak berubah.
ui-note-title = Catatan untuk
ui-note-placeholder = Tulis catatan (boleh beberapa baris)...
ui-note-keys = Ctrl-S simpan, Esc batal, Enter baris baru
ui-note-empty = Catatan masih kosong.
ui-note-too-long = Catatan terlalu panjang (paling banyak 2000 huruf).
ui-note-discarded = Catatan dibatalkan, tidak disimpan.
ui-note-saved = Catatan disimpan.
ui-annotate-failed = Tidak tersimpan
ui-mark-people-only = Hanya pegawai yang bisa ditandai.
ui-pick-people-first = Pilih pegawai (atau tandai dengan Spasi) dulu.
ui-no-active-plan = Belum ada rencana aktif: tekan P lalu n untuk membuat.
ui-carry-cancelled = Dikembalikan, tidak ada yang dipindah.
ui-drop-nowhere = Letakkan di jabatan, unit, atau Belum ditempatkan.
ui-unit-without-positions = Unit ini tidak punya jabatan.
ui-choose-position = Pilih jabatan, lalu Enter.
ui-nothing-to-undo = Tidak ada yang bisa dibatalkan.
ui-nothing-to-redo = Tidak ada yang bisa diulang.
ui-plan-gone = Rencana itu sudah tidak ada.
ui-on-baseline = Menampilkan baseline (tanpa rencana).
ui-already-applied = Rencana ini sudah diterapkan.
ui-carrying = Membawa
ui-marked = ditandai
ui-drop-on-position = Letakkan di
ui-drop-on-unit = Unit: pilih jabatan
ui-drop-unplace = Lepas ke Belum ditempatkan
ui-drop-nothing = Arahkan ke jabatan, unit atau Belum ditempatkan.
ui-fit-now = JPM kini
ui-fit-there = di sana
ui-after-drop = Formasi sesudah
ui-over-after = lebih
ui-vacant-after = masih lowong
ui-plans-title = Rencana
ui-plans-empty = Belum ada rencana. Tekan n untuk membuat.
ui-plan-active-mark = aktif
ui-plan-applied-mark = diterapkan
ui-moves = { $count } perpindahan
ui-prompt-new-plan = Nama rencana baru (Enter buat, Esc batal)
ui-prompt-rename = Nama baru
ui-prompt-duplicate = Nama salinan
ui-prompt-reason = Alasan (boleh kosong, Enter lewati)
ui-prompt-remark = Catatan keputusan (boleh kosong, Enter lewati)
ui-confirm-keys = y = ya, n/Esc = tidak
ui-compare-title = Perbandingan
ui-compare-moves = Perpindahan
ui-compare-units = Per unit (terisi/formasi, rerata JPM)
ui-compare-overall = Keseluruhan
ui-compare-none = Rencana ini belum berisi perpindahan.
ui-people-moved = { $count } orang pindah
ui-improved = JPM naik
ui-worsened = JPM turun
ui-filled-vacancies = { $count } lowongan terisi
ui-opened-vacancies = { $count } lowongan baru
ui-review-title = Rapat pembahasan
ui-review-empty = Rencana ini belum berisi perpindahan.
ui-review-from = Dari
ui-review-to = Ke
ui-review-reason = Alasan
ui-review-decision = Keputusan
ui-review-undecided = belum diputuskan
ui-review-tally = Rekap: setuju { $setuju }  tunda { $tunda }  tolak { $tolak }  belum diputuskan { $undecided }
ui-conflict = Konflik

## Teks yang dibangun dari nilai.

# @same
ui-candidates-col-rank = #
ui-candidates-col-name = Nama
ui-candidates-col-category = K
# @same
ui-candidates-col-fit = JPM
ui-candidates-col-now = kini
# @same
ui-candidates-col-gap = gap
ui-candidates-col-performance = Ki
# @same
ui-candidates-col-potential = Po
# @same
ui-candidates-col-rank-grade = Gol.
ui-candidates-col-seat = Jabatan kini (* jadi lowong)

ui-potential-head-low = Potensi rendah
ui-potential-head-medium = Potensi menengah
ui-potential-head-high = Potensi tinggi
ui-performance-row-above = Di atas eksp.
ui-performance-row-meets = Sesuai eksp.
ui-performance-row-below = Di bawah eksp.

ui-workload-col-position = Jabatan
ui-workload-col-minutes = mnt/th
ui-workload-col-need = Butuh
ui-workload-col-round = Bulat
# @same
ui-workload-col-formation = Form
ui-workload-col-holders = Pmk
# @same
ui-workload-col-ej = EJ
# @same
ui-workload-col-pj = PJ

ui-retire-col-unit = Unit (lowong karena pensiun)
ui-retire-col-one = 1 th
ui-retire-col-two = 2 th
ui-retire-col-five = 5 th

ui-loading = Memuat { $employees } pegawai... tombol yang ditekan dijalankan setelah selesai
ui-loading-details = Rincian tampil setelah data pegawai dimuat. Belum ditempatkan: { $unplaced }.
ui-demo-loaded = Data contoh "{ $organization }" ({ $employees } pegawai) dimuat. Impor data sendiri: penata import FILE
ui-feedback-count = { $high ->
        [0] { $all } dari masyarakat
       *[other] { $all } dari masyarakat, { $high } tinggi
    }
ui-severity-low = rendah
ui-severity-medium = sedang
ui-severity-high = tinggi
ui-readiness-saved = Kesiapan disimpan: { $readiness }.
ui-potential-tinggi = Tinggi
ui-potential-menengah = Menengah
ui-potential-rendah = Rendah
ui-potential-short-tinggi = T
# @same
ui-potential-short-menengah = M
ui-potential-short-rendah = R
ui-filter-unplaced = belum ditempatkan
ui-filter-over-formation = dari jabatan lebih formasi
ui-filter-same-unit = unit yang sama
# @same
ui-filter-min-rank = gol. >= { $rank }
ui-filter-any-level = termasuk jabatan lebih tinggi
ui-filter-all = semua
ui-filter = Saring: { $filters }  (u o s a +/-)
ui-gaps-summary = { $people } pegawai dinilai, { $gaps } kekurangan pada { $needs } kompetensi (Tab: per kompetensi / per orang)
ui-workload-summary = { $rows } jabatan berbeban kerja; { $disagree } formasinya berbeda dari kebutuhan (Bulat)
ui-retire-part = { $count } ({ $years } th)
ui-retire-summary = Lowong karena pensiun: { $parts }; sudah lewat BUP: { $overdue }
ui-dashboard-feedback = Masukan masyarakat: { $all }, { $high } tinggi (terbaru)
ui-dashboard-retiring-counts = 1 th { $one }  2 th { $two }  5 th { $five }
ui-dashboard-headcount = Terisi { $filled } dari formasi { $formation }
ui-plan-default-name = Rencana { $number }
ui-plan-copy-name = { $from } (salinan)
ui-refused = Ditolak: { $why }
ui-conflicts-skipped = { $count } perpindahan bentrok dengan baseline dan tidak ditampilkan.
ui-mouse-on = Mouse aktif (M: matikan agar teks bisa dipilih).
ui-mouse-off = Mouse mati: teks bisa dipilih (M: aktifkan lagi).
ui-mask-on = NIP, tanggal lahir dan catatan disamarkan di layar ({ $key }: tampilkan lagi).
ui-mask-off = NIP, tanggal lahir dan catatan tampil lagi ({ $key }: samarkan).
ui-plan-created = Rencana "{ $name }" dibuat.
ui-plan-deleted = Rencana "{ $name }" dihapus.
ui-plan-active = Rencana aktif: { $name }
ui-plan-applied = Rencana "{ $name }" diterapkan ke baseline.
ui-confirm-delete = Hapus rencana "{ $name }"?
ui-delete-detail = { $moves } perpindahan ikut terhapus; tidak bisa dibatalkan.
ui-confirm-apply = Terapkan rencana "{ $name }" ke baseline?
ui-moved = Dipindah: { $who } -> { $to }
ui-undone = Dibatalkan: { $who } kembali ke { $from }
ui-redone = Diulang: { $who } -> { $to }
ui-apply-count = { $applied } dari { $all } perpindahan akan diterapkan.
ui-apply-not-approved = { $count } perpindahan tidak disetujui rapat dan tidak diterapkan.
ui-apply-conflicts = { $count } perpindahan BENTROK dan TIDAK diterapkan (selesaikan atau hapus dulu):
ui-decision-setuju = SETUJU
ui-decision-tunda = TUNDA
ui-decision-tolak = TOLAK

## Aksi.

ui-action-up = naik satu baris
    .hint = naik
ui-action-down = turun satu baris
    .hint = turun
ui-action-page-up = naik satu layar
ui-action-page-down = turun satu layar
ui-action-home = ke baris pertama
ui-action-end = ke baris terakhir
ui-action-expand = buka (atau masuk ke isi)
    .hint = buka
ui-action-collapse = tutup (atau ke induk)
    .hint = tutup
ui-action-to-parent = ke induk
ui-action-expand-subtree = buka seluruh cabang
ui-action-collapse-subtree = tutup seluruh cabang
ui-action-toggle-details = rincian layar penuh / kembali
    .hint = rincian
ui-action-details-up = gulir rincian ke atas
ui-action-details-down = gulir rincian ke bawah
ui-action-open-search = cari pegawai, NIP, unit, jabatan
    .hint = cari
ui-action-search-input = ketik kata kunci
ui-action-search-backspace = hapus huruf sebelum kursor
ui-action-search-clear = hapus dari awal baris sampai kursor
ui-action-line-left = kursor mundur satu huruf
ui-action-line-right = kursor maju satu huruf
ui-action-line-home = kursor ke awal baris
ui-action-line-end = kursor ke akhir baris
ui-action-line-delete = hapus huruf di kursor
ui-action-line-delete-word = hapus satu kata sebelum kursor
ui-action-search-up = hasil sebelumnya
    .hint = naik
ui-action-search-down = hasil berikutnya
    .hint = turun
ui-action-search-accept = lompat ke hasil
    .hint = lompat
ui-action-search-cancel = batal, kembali ke posisi semula
    .hint = batal
ui-action-help = bantuan (daftar tombol)
    .hint = bantuan
ui-action-close-help = tutup bantuan
    .hint = tutup
ui-action-help-up = gulir ke atas
    .hint = naik
ui-action-help-down = gulir ke bawah
    .hint = turun
ui-action-quit = keluar
    .hint = keluar
ui-action-resize = ubah ukuran
ui-action-dismiss-toast = tutup pesan
ui-action-toggle-mark = tandai / lepas tanda pegawai
ui-action-pick-up = angkat yang bertanda (atau yang dipilih)
    .hint = pindah
ui-action-drop = letakkan di baris ini (lalu alasan)
    .hint = letakkan
ui-action-cancel-carry = batal, kembalikan semua
    .hint = batal
ui-action-undo = batalkan perpindahan terakhir rencana
ui-action-redo = ulangi perpindahan yang dibatalkan
ui-action-toggle-mouse = mouse aktif/mati (mati: teks bisa dipilih)
# @same
ui-action-mouse-event = mouse
ui-action-open-plans = daftar rencana
    .hint = rencana
ui-action-close = tutup, kembali
    .hint = tutup
ui-action-plan-switch = jadikan rencana aktif
    .hint = aktifkan
ui-action-plan-baseline = kembali ke baseline (tanpa rencana)
ui-action-plan-new = rencana baru
    .hint = baru
ui-action-plan-rename = ganti nama rencana
ui-action-plan-duplicate = salin rencana
ui-action-plan-delete = hapus rencana (dengan konfirmasi)
ui-action-plan-compare = bandingkan dengan baseline
    .hint = bandingkan
ui-action-plan-review = rapat pembahasan (satu per satu)
    .hint = rapat
ui-action-plan-apply = terapkan ke baseline (dengan konfirmasi)
ui-action-prompt-accept = simpan
    .hint = simpan
ui-action-confirm-yes = ya, lakukan
    .hint = ya
ui-action-confirm-no = tidak, kembali
    .hint = tidak
ui-action-decide-setuju = setuju
ui-action-decide-tunda = tunda
ui-action-decide-tolak = tolak
ui-action-toggle-mask = samarkan / tampilkan data pribadi
    .hint = samarkan
ui-action-open-candidates = kandidat terbaik untuk jabatan ini
    .hint = kandidat
ui-action-open-gaps = kesenjangan kompetensi & kebutuhan diklat
ui-action-open-nine-box = 9-box talenta unit ini
ui-action-open-workload = formasi menurut beban kerja
ui-action-open-retirements = proyeksi pensiun 1/2/5 tahun
ui-action-open-dashboard = dasbor unit
ui-action-choose = pilih (kandidat: bawa untuk dipindah ke sini)
    .hint = pilih
ui-action-left = ke kiri
ui-action-right = ke kanan
ui-action-switch-list = ganti daftar
ui-action-filter-unplaced = saring: hanya yang belum ditempatkan
ui-action-filter-over-formation = saring: hanya dari jabatan lebih formasi
ui-action-filter-same-unit = saring: hanya unit yang sama
ui-action-filter-any-level = sertakan pemangku jabatan lebih tinggi
ui-action-min-rank-up = naikkan golongan minimum
ui-action-min-rank-down = turunkan golongan minimum
ui-action-open-readiness = isi kesiapan (siap/ragu/menolak)
ui-action-set-readiness-siap = siap
ui-action-set-readiness-ragu = ragu
ui-action-set-readiness-menolak = menolak
ui-action-set-readiness-none = belum dinilai
ui-action-open-note = tulis catatan
ui-action-edit = ketik
ui-action-save-note = simpan catatan
    .hint = simpan

# An SKP predicate and its year, in the details (`Sangat Baik 2025`). @same
ui-skp-year = { $predicate } { $year }
# The education level and field, from SIASN.
ui-education = Pendidikan
# The date the person took their current seat (a domain term). @same
ui-tmt-jabatan = TMT jabatan
