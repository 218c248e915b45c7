# Bantuan baris perintah (`--help`, halaman manual, pelengkapan) dan galat penggunaannya.

## Judul dan kata-kata clap

help-flag = Tampilkan bantuan
help-flag-more = Tampilkan bantuan (lebih lengkap dengan '--help')
help-flag-long = Tampilkan bantuan (ringkasannya dengan '-h')
help-version-flag = Tampilkan versi
help-command = Tampilkan bantuan ini atau bantuan perintah yang disebut
help-usage = Penggunaan:
help-commands = Perintah
help-arguments = Argumen
help-options = Opsi
help-default = {"["}bawaan: { $value }]
help-choices = {"["}pilihan: { $values }]
help-choices-heading = Pilihan:

## Galat penggunaan

help-error = galat:
help-more-info = Untuk informasi lebih lanjut, jalankan '--help'.
help-error-unknown-argument = argumen '{ $arg }' tidak dikenal
help-error-unknown-command = perintah '{ $command }' tidak dikenal
help-error-value-missing = '{ $arg }' memerlukan nilai, tetapi tidak ada yang diberikan
help-error-bad-value = nilai '{ $value }' tidak sah untuk '{ $arg }'
help-error-bad-value-valid = nilai '{ $value }' tidak sah untuk '{ $arg }'; nilai yang sah: { $valid }
help-error-invalid = nilai '{ $value }' tidak sah untuk '{ $arg }'{ $why }
help-error-missing = argumen wajib belum diberikan: { $arg }
help-error-no-command = perintah belum diberikan
help-error-conflict = '{ $arg }' tidak dapat dipakai bersama '{ $prior }'
help-error-too-many = nilai '{ $value }' tidak diharapkan untuk '{ $arg }'
help-error-count = jumlah nilai untuk '{ $arg }' tidak sesuai
help-error-no-equals = '{ $arg }' memerlukan tanda '=' sebelum nilainya
help-error-utf8 = argumen berisi teks yang bukan UTF-8
help-error-other = argumen tidak sah ({ $detail })
help-error-tip = saran: mungkin maksudnya '{ $suggestion }'

## Perintah dan argumen

help-penata = Merencanakan penataan jabatan ASN di terminal
    .long =
        Merencanakan penataan jabatan ASN di terminal

        Tanpa perintah, membuka aplikasi layar penuh pada basis data (organisasi demo bawaan saat pertama kali dijalankan).
    .db = Direktori basis data [bawaan: $PENATA_DB, jika tidak ada direktori data platform]
    .no-color = Jangan pernah memakai warna (juga bila variabel lingkungan NO_COLOR diisi)
    .config = Berkas pengaturan [bawaan: $PENATA_CONFIG, jika tidak ada direktori konfigurasi platform]
    .lang = Bahasa: id atau en [bawaan: berkas pengaturan, jika tidak ada locale (id_* berarti id)]
    .read-only = Tidak mengubah apa pun: aplikasi menolak setiap perubahan, perintah yang menulis ditolak, dan basis data hanya dibaca (tidak pernah dibuat atau ditingkatkan)
    .mask = Samarkan NIP, tanggal lahir dan catatan: di layar aplikasi (tombol N mengubahnya), di ekspor perintah; perintah yang akan mencetaknya utuh ditolak

help-shared = Argumen yang dimiliki beberapa perintah
    .json = Cetak JSON
    .output = Tulis ke FILE (dibuat hanya dapat dibaca pemiliknya), bukan ke keluaran standar; FILE berakhiran .xlsx menjadi buku kerja Excel kecuali --format menyatakan lain
    .mask-nip = Samarkan tanggal lahir (dan nomor urut) di setiap NIP: 19850312 201001 2 003 menjadi ******** 201001 2 ***. Berkas yang disamarkan tidak dapat diimpor
    .unmasked = Tulis NIP lengkap walaupun berkas pengaturan menyatakan `mask_nip = true`
    .no-notes = Tanpa catatan tentang pegawai (beserta keterangan kesiapannya) dan tanpa keterangan rapat atas perpindahan
    .plan = Rencana
    .name = Nama rencana
    .yes = Jangan meminta konfirmasi
    .format--json = JSON, seperti yang dicetak --json
    .format--xlsx = Buku kerja Excel (perlu -o FILE atau pipa)
    .unit = Unit yang subpohonnya dilihat [bawaan: seluruh organisasi]

help-import = Impor organisasi (JSON penata/v1), lembar kerja pegawai (CSV atau .xlsx), atau ekspor SIASN dan buku kerja kantor sebuah BKPSDM
    .file = Organisasi JSON penata/v1, daftar pegawai berupa CSV atau buku kerja Excel .xlsx, atau gabungan ekspor SIASN (profil ASN, hierarki unit, peta jabatan, SKP) dan buku kerja kantor (standar kompetensi, rekap asesmen), dikenali dari isinya
    .sheet = Lembar kerja .xlsx yang dibaca [bawaan: yang pertama]
    .dry-run = Periksa dan laporkan tanpa menulis apa pun
    .replace = Izinkan berkas penata/v1 menggantikan organisasi yang bukan demo
    .drop-missing = Hapus pegawai yang tidak ada di ekspor SIASN baru, alih-alih menyimpannya
    .report = Tulis juga temuan impor SIASN (berkas, ringkasan, temuan, pegawai keluar) sebagai buku kerja Excel, hanya dapat dibaca pemiliknya

help-export = Ekspor organisasi sebagai JSON penata/v1, atau daftar pegawai sebagai CSV atau .xlsx
    .format = Apa yang ditulis [bawaan: menurut ekstensi -o (.xlsx, .csv), jika tidak json]
    .format--json = Seluruh organisasi sebagai penata/v1 (dapat diimpor kembali apa adanya)
    .format--csv = Daftar pegawai (NIP;Nama;Golongan;Jabatan), UTF-8 dengan BOM, untuk lembar kerja
    .format--xlsx = Daftar pegawai sebagai buku kerja Excel, dengan lembar kedua berisi jabatan
    .format--siasn = Peta jabatan dan hierarki unit dengan kolom SIASN, dalam satu buku kerja Excel yang dapat dibaca lagi oleh penata import (perlu -o BERKAS atau pipa)

help-search = Cari pegawai menurut nama (mirip, gelar dan ejaan lama diabaikan) atau NIP
    .query = Nama (urutan kata bebas, gelar dan ejaan lama diabaikan) atau angka NIP
    .limit = Tampilkan paling banyak N hasil
    .json = Cetak larik JSON (nip, name, rank, position, unit, score, ...)

help-show = Tampilkan seluruh data satu pegawai dengan jabatan, jalur unit dan kecocokan
    .nip = NIP pegawai (18 angka; spasi di antara kelompok boleh)

help-tree = Cetak pohon unit dengan terisi/formasi per unit
    .depth = Tampilkan hanya N tingkat unit teratas (1 = hanya akar)
    .ids = Cetak juga id setiap unit (yang diterima argumen UNIT_ID)

help-plan = Rencana penataan: new, list, show, rename, duplicate, delete, apply, diff, export

help-plan-new = Buat rencana kosong (skenario atas organisasi saat ini)
    .name = Nama rencana (1-64 karakter)

help-plan-list = Daftar rencana beserta jumlah perpindahannya

help-plan-show = Tampilkan perpindahan rencana beserta alasan, keputusan dan konfliknya dengan baseline

help-plan-rename = Ganti nama rencana
    .old = Nama rencana sekarang
    .new = Nama barunya

help-plan-duplicate = Salin perpindahan rencana ke rencana baru (keputusan tidak disalin)
    .new = Nama rencana baru

help-plan-delete = Hapus rencana beserta perpindahannya

help-plan-apply = Terapkan rencana ke baseline (untuk rencana yang sudah ditinjau, hanya perpindahan yang diputuskan setuju)
    .skip-conflicts = Terapkan perpindahan tanpa konflik dan tinggalkan yang berkonflik

help-plan-diff = Bandingkan rencana dengan baseline: perpindahan, unit, kecocokan
    .json = Cetak perbandingan sebagai JSON

help-plan-export = Tulis berita acara rapat atau lampiran SK (md, csv, json, sk)
    .format = Apa yang ditulis [bawaan: xlsx bila -o menyebut berkas .xlsx, jika tidak md]
    .format--md = Berita acara rapat peninjauan, Markdown
    .format--csv = Satu baris per perpindahan untuk lembar kerja (UTF-8 dengan BOM, bawaan `;`)
    .format--json = Perbandingan sebagai JSON
    .format--sk = Tabel lampiran SK mutasi, hanya perpindahan yang disetujui, Markdown
    .format--xlsx = Perbandingan sebagai buku kerja Excel: perpindahan, unit, ringkasan (perlu -o FILE atau pipa)
    .delimiter = Pemisah kolom CSV: `;` (yang diharapkan lembar kerja berbahasa Indonesia), `,` atau `tab`
    .date = Tanggal yang dicetak pada berita acara dan SK (YYYY-MM-DD) [bawaan: hari ini]

help-move = Pindahkan pegawai ke jabatan (atau `-` untuk melepas penempatan) dalam rencana
    .nip = NIP pegawai (18 angka)
    .position = Id jabatan tujuan, atau `-` untuk melepas penempatan (belum ditempatkan)
    .plan = Rencana tempat perpindahan dicatat
    .reason = Alasan satu baris, ditampilkan di perbandingan dan berita acara

help-undo = Batalkan perpindahan terakhir suatu rencana

help-redo = Kembalikan perpindahan terakhir yang dibatalkan

help-decide = Catat keputusan peninjauan (setuju, tunda, tolak) atas perpindahan dalam rencana
    .move-no = Nomor perpindahan seperti yang didaftar `penata plan show` (mulai 1)
    .decision = setuju, tunda atau tolak
    .remark = Keterangan (boleh kosong) yang dicatat bersama keputusan

help-log = Tampilkan log audit setiap perubahan, atau periksa rantai hash-nya
    .plan = Hanya entri tentang rencana ini (juga dari sebelum namanya diganti)
    .verify = Periksa rantai hash alih-alih mencetak: keluar dengan status 1 dan menyebut entri rusak pertama; mencetak kepala rantai (nomor dan hash entri terakhirnya)
    .anchor = Dengan --verify: keluar dengan status 0 hanya jika rantai masih memuat entri dengan hash ini (kepala yang tercetak di notulen sebelumnya; paling sedikit 16 digit heksadesimal)

help-check = Periksa invarian basis data; keluar dengan status 1 beserta temuannya

help-candidates = Urutkan semua orang untuk satu jabatan menurut kecocokan di sana (JPM), lalu kinerja, lalu potensi
    .position = Id jabatan (lihat penata show NIP atau penata export)
    .limit = Tampilkan paling banyak N kandidat
    .unplaced = Hanya pegawai yang belum ditempatkan
    .over-formation = Hanya pegawai yang jabatannya melebihi formasi
    .subtree = Hanya pegawai yang duduk di subpohon unit ini
    .min-rank = Hanya pegawai dengan golongan ini atau lebih tinggi (III/c; golongan PPPK seperti IX untuk PPPK)
    .any-level = Termasuk pegawai di jabatan struktural di atas jabatan ini (bawaannya tidak: turun tingkat adalah hukuman disiplin, bukan penempatan)
    .format = Format keluaran; xlsx: peringkat dan jabatannya [bawaan: xlsx bila -o menyebut berkas .xlsx, jika tidak text]
    .json = Cetak larik JSON, terbaik dulu: nip, name, jpm, category, gaps, ... (sama dengan --format json)

help-ninebox = Hitung pegawai per kotak talenta 9-box (kinerja x potensi) di subpohon unit
    .unit = Unit yang subpohonnya dipetakan [bawaan: seluruh organisasi, termasuk yang belum ditempatkan]
    .which = Daftar pegawai di satu kotak (1-9, atau `unrated` untuk belum dinilai)
    .format = Format keluaran; xlsx: kisi dan pegawai beserta kotaknya [bawaan: xlsx bila -o menyebut berkas .xlsx, jika tidak text]
    .json = Cetak JSON: jumlah per kotak "1".."9" ditambah "unrated" (sama dengan --format json)

help-gaps = Kesenjangan kompetensi terhadap standar setiap jabatan, dan kebutuhan pelatihan yang dihasilkannya
    .plan = Lihat hasil suatu rencana, bukan baseline
    .format = Format keluaran: text, csv (satu baris per pegawai dan kompetensi), json atau xlsx [bawaan: xlsx bila -o menyebut berkas .xlsx, jika tidak text]
    .format--xlsx = Buku kerja Excel: kebutuhan pelatihan dan kesenjangan per pegawai (perlu -o FILE atau pipa)
    .needs = Hanya kebutuhan pelatihan per kompetensi (text, csv dan xlsx)

help-note = Tambahkan catatan bertanggal pada pegawai (penulis: pengguna OS), dapat sekaligus mengatur kesiapan
    .nip = NIP pegawai (18 angka)
    .text = Isi catatan (beri tanda kutip; beberapa kata digabung dengan spasi)
    .readiness = Atur juga kesiapan terhadap perubahan: siap, ragu, menolak atau belum (belum dinilai)

help-feedback = Catat pendapat masyarakat tentang layanan suatu unit, atau daftarnya (tanpa teks)
    .unit = Id unit (lihat dengan: penata tree --ids)
    .text = Apa yang disampaikan masyarakat (beri tanda kutip; beberapa kata digabung dengan spasi). Kosongkan untuk mendaftar masukan unit itu
    .source = Asalnya, teks bebas: musrenbang, SP4N-LAPOR!, forum warga, ... Saat mendaftar: hanya entri yang sumbernya memuat teks ini
    .severity = Bobotnya: low, medium atau high (rendah, sedang, tinggi) [bawaan saat mencatat: medium]. Saat mendaftar: hanya entri dengan bobot ini
    .date = Hari masyarakat menyampaikannya, YYYY-MM-DD [bawaan: hari ini]
    .subtree = Saat mendaftar: juga masukan untuk sub-unit dari unit itu
    .limit = Saat mendaftar: paling banyak N entri, yang terbaru dulu
    .json = Cetak JSON (entri yang dicatat, atau daftarnya)

help-workload = Jumlah pegawai yang dibutuhkan beban kerja (ABK) dan predikat efektivitas di samping formasi
    .json = Cetak larik JSON (position, minutes, need, formation, holders, ej, grade, ...)

help-retirements = Jabatan yang akan lowong karena pemangkunya mencapai BUP, per unit dalam 1, 2, 5 tahun
    .years = Daftar jabatan yang lowong dalam N tahun
    .today = Hitung dari tanggal ini (YYYY-MM-DD), bukan hari ini
    .json = Cetak JSON: jumlah per unit dan jabatan beserta tanggal lowongnya

help-generate = Tulis organisasi sintetis seukuran provinsi (penata/v1) untuk uji kinerja
    .employees = Jumlah pegawai yang dibuat
    .seed = Benih pembangkit: benih yang sama menghasilkan berkas yang sama
    .output = Tulis ke FILE (dibuat hanya dapat dibaca pemiliknya)
    .siasn = Tulis juga organisasi sebagai berkas ekspor SIASN ke DIR (dibuat hanya untuk pemiliknya)

help-completions = Cetak skrip pelengkapan shell (bash, zsh, fish, elvish, powershell)
    .shell = Shell yang dilengkapi

help-man = Cetak halaman manual (roff), atau tulis semua halaman ke direktori
    .dir = Tulis penata.1 dan satu halaman per perintah (penata-import.1, ...) ke DIR, bukan mencetak penata.1 ke keluaran standar

help-config = Berkas pengaturan: path, show (beserta asal setiap nilai), init, keys

help-config-path = Cetak letak berkas pengaturan (atau letaknya kelak)

help-config-show = Cetak pengaturan yang berlaku dan asal masing-masing (bawaan, berkas, env/opsi)

help-config-init = Tulis berkas pengaturan berkomentar dengan semua nilai bawaan (hanya dapat dibaca pemiliknya)
    .force = Timpa berkas yang sudah ada

help-config-keys = Daftar setiap aksi per mode dengan tombol yang berlaku (nama untuk [keys.MODE])
