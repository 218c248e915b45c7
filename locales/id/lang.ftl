# Bahasa itu sendiri: pilihannya di baris perintah dan di berkas pengaturan.

lang-unknown = bahasa "{ $found }" tidak dikenal: gunakan id atau en

## Apa yang salah dengan sebuah berkas (kegagalan baca/tulis), sesudah "tidak dapat membaca BERKAS: "
io-not-found = berkas atau folder tidak ada
io-permission-denied = tidak ada izin (minta akses kepada pemilik berkas atau administrator)
io-is-a-directory = itu adalah folder, bukan berkas
io-not-a-directory = sebagian dari path bukan folder
io-disk-full = disk penuh: kosongkan sebagian ruang, lalu coba lagi
io-read-only-fs = disk dipasang hanya-baca: pakai --read-only, atau pilih tempat yang bisa ditulisi
io-already-exists = sudah ada
io-file-too-large = berkas terlalu besar untuk disk ini
io-unexpected-end = berkas berakhir terlalu cepat (mungkin terpotong atau rusak)
io-broken-pipe = pembaca berhenti lebih awal
io-busy = berkas sedang dipakai program lain
io-timed-out = disk tidak menjawab tepat waktu
io-os-error = kesalahan baca/tulis (kode sistem { $code })
# Kata-kata pustaka sendiri tentang apa yang gagal.
io-other = kesalahan baca/tulis: { $text }
