# Kata-kata pembacaan berkas ekspor SIASN dan buku kerja kantor (profil ASN, hierarki unor,
# peta jabatan, standar kompetensi, rekap asesmen, SKP): apa yang salah pada berkas, baris
# atau sel, dan apa yang benar. Berkas, baris, kolom dan nilainya ditampilkan di samping
# pesan. Judul kolom (NIP, NAMA, UNOR ID ...) milik SIASN dan tetap seperti ditulis.

## Berkas utuh

# Berkas teks yang terpotong.
siasn-truncated = berkas berhenti di tengah baris atau sel (tanda kutip tidak ditutup, karakter terpotong, atau baris terakhir lebih pendek dari judul kolom dan tanpa akhir baris): kemungkinan tidak lengkap; ekspor atau simpan ulang seluruhnya
# Berkas kosong.
siasn-empty = berkas kosong: ekspor ulang dari SIASN, atau simpan buku kerja beserta barisnya
# Tidak ada baris judul yang dikenal di 10 baris pertama.
siasn-unknown-kind = tidak ada baris judul di 10 baris pertama yang memuat kolom berkas yang dibaca penata (baris pertama: { $found }). Profil ASN memerlukan NIP (atau NIP BARU), NAMA, dan UNOR ID, UNOR NAMA atau JABATAN NAMA; hierarki unor memerlukan ID, NAMA_UNOR dan ID_ATASAN; peta jabatan memerlukan KEBUTUHAN dan JABATAN ID atau NAMA JABATAN; standar kompetensi memerlukan JABATAN ID atau NAMA JABATAN dan kolom kompetensi (INT, KS, KOM, OH, PP, PDO, MP, PK, PB) tanpa NIP; rekap asesmen memerlukan NIP dan kolom kompetensi; berkas SKP memerlukan NIP, TAHUN dan PREDIKAT
# Lembar kerja yang tidak dibaca, sementara lembar lain dibaca.
siasn-sheet-ignored = lembar { $sheet } tidak dibaca: tidak satu pun dari 10 baris pertamanya merupakan baris judul yang dikenal penata
# Temuan di satu berkas lebih banyak daripada yang dicantumkan.
siasn-more-findings = { $count } temuan lain di berkas ini tidak dicantumkan: perbaiki yang di atas lalu baca ulang berkasnya

## NIP

# Baris tanpa NIP.
siasn-nip-missing = NIP kosong: setiap baris harus memuat NIP 18 angka
# NIP tersimpan sebagai angka di lembar kerja.
siasn-nip-number = NIP tersimpan sebagai angka sehingga digitnya hilang: ubah format kolom menjadi Text lalu ekspor ulang
# NIP tidak sah; alasannya menyusul.
siasn-nip-invalid = NIP tidak sah: { $reason }
# NIP yang sama dua kali dalam satu berkas.
siasn-duplicate-nip = NIP yang sama ada di baris { $first }: satu orang satu baris
# NI PPPK di antara PNS.
siasn-pppk-in-pns = NI PPPK (digit 13-14 bernilai 21-29) di berkas PNS: PPPK ada di berkasnya sendiri; periksa NIP atau pindahkan barisnya
# NIP PNS di antara PPPK.
siasn-pns-in-pppk = NIP PNS (digit 13-14 berupa bulan) di berkas PPPK: PNS ada di berkasnya sendiri; periksa NIP atau pindahkan barisnya

## Profil ASN

# Pegawai tanpa nama.
siasn-name-missing = nama kosong: setiap pegawai harus memiliki NAMA
# Tanggal lahir berbeda dengan NIP.
siasn-birth-date-mismatch = tanggal lahir berbeda dengan yang tercantum di NIP ({ $nip }); penata menjaga keduanya sama, jadi perbaiki TANGGAL LAHIR atau NIP di SIASN lalu ekspor ulang
# Jenis kelamin berbeda dengan NIP.
siasn-sex-mismatch = jenis kelamin berbeda dengan digit jenis kelamin di NIP: periksa mana yang benar
# Nilai yang bukan tanggal.
siasn-bad-date = bukan tanggal: tulis dd-mm-yyyy, dd/mm/yyyy atau yyyy-mm-dd, atau gunakan tanggal Excel
# Nilai yang bukan jenis jabatan.
siasn-bad-jenis = bukan jenis jabatan: gunakan 1 (Struktural), 2 (Fungsional) atau 4 (Pelaksana), atau namanya
# Nilai yang bukan eselon.
siasn-bad-eselon = bukan eselon: tulis II.a, III.b, IV.a (atau II/a, IIa), kode SIASN seperti 21 atau 32, atau Non Eselon

## Unit dan jabatan

# Baris hierarki tanpa ID.
siasn-unit-id-missing = ID unor kosong: setiap unor harus memiliki ID
# Baris hierarki tanpa nama.
siasn-unit-name-missing = nama unor kosong: setiap unor harus memiliki NAMA_UNOR
# ID unor yang sama dua kali.
siasn-duplicate-unit = ID unor yang sama ada di baris { $first }: satu unor satu baris
# Baris peta jabatan atau standar yang tidak menyebut jabatan.
siasn-seat-missing = baris ini tidak menyebut jabatan: isi JABATAN ID atau NAMA JABATAN
# Baris peta jabatan yang tidak menyebut unor.
siasn-seat-unit-missing = baris ini tidak menyebut unor: isi UNOR ID atau nama unornya
# Nilai yang bukan jumlah atau urutan.
siasn-bad-count = bukan jumlah: tulis bilangan bulat, 0 atau lebih

## Kompetensi

# Nilai yang bukan level kompetensi.
siasn-bad-level = bukan level: level kompetensi berupa bilangan bulat 1 sampai 5; kosongkan sel bila belum dinilai atau tidak dipersyaratkan
# Kolom yang dibaca sebagai kompetensi teknis.
siasn-technical-columns = kolom berikut dibaca sebagai kompetensi teknis (level 1-5): { $columns }

## SKP

# Orang dan tahun yang sama dua kali di berkas SKP.
siasn-duplicate-skp = NIP ini sudah memiliki SKP tahun yang sama di baris { $first }: satu baris per orang per tahun
# Nilai yang bukan tahun.
siasn-bad-year = bukan tahun: tulis empat angka, misalnya 2024
# Nilai yang bukan predikat SKP.
siasn-bad-predicate = bukan predikat SKP: gunakan Sangat Baik, Baik, Butuh Perbaikan, Kurang (Misconduct) atau Sangat Kurang
# Baris SKP tanpa predikat.
siasn-predicate-missing = predikat kosong: baris ini dilewati (belum dinilai?)
# Predikat SKP lama (PP 46/2011) dibaca sebagai padanan terdekat.
siasn-old-predicate = predikat SKP lama (PP 46/2011), dibaca sebagai { $read }
