# Kesalahan berkas pengaturan dan berkas bawaan yang diberi komentar (`penata config init`).

settings-at-line = baris { $line }: { $problem }
settings-unknown-key = kunci `{ $key }` tidak dikenal: gunakan salah satu dari { $allowed }
settings-unknown-value = nilai `{ $value }` tidak dikenal: gunakan salah satu dari { $allowed }
settings-either = { $first } atau { $second }
settings-wrong-type = jenis nilai salah: { $found }, seharusnya { $expected }
settings-key-spec = tombol harus teks seperti "C" atau daftar seperti ["q", "ctrl-q"]
settings-not-toml = bukan TOML yang sah ({ $message }); periksa baris ini
settings-no-key = [keys.{ $mode }] { $action } tidak berisi tombol: sebutkan paling sedikit satu, atau hapus barisnya agar tombol bawaan berlaku
settings-out-of-range = { $value } bukan { $what }: gunakan bilangan bulat dari { $min } sampai { $max }
settings-level = level kompetensi
settings-retirement-age = batas usia pensiun (BUP)
settings-input-mb = ukuran berkas dalam MB
settings-fit-thresholds = ambang kategori JPM harus memenuhi 0 < middle < high (persen), ditemukan middle = { $middle } dan high = { $high }: turunkan middle atau naikkan high

settings-type-as-read = { $name }
settings-type-with-value = { $name }{ $rest }
settings-type-a-boolean = true atau false
settings-type-boolean = true/false
settings-type-f64 = angka
settings-type-i64 = bilangan bulat
settings-type-u8 = bilangan bulat
settings-type-integer = bilangan bulat
settings-type-floating-point = pecahan
settings-type-string = teks
settings-type-a-string = teks
settings-type-a-sequence = daftar
settings-type-sequence = daftar
settings-type-map = tabel
settings-type-a-map = tabel

settings-default-head =
    # Pengaturan penata (TOML). Hapus tanda '#' di awal baris untuk mengubah pengaturan itu.
    # `penata config show` menampilkan yang berlaku dan asal setiap nilai.

    # Direktori basis data (--db dan $PENATA_DB tetap didahulukan).
    # database = "/srv/penata/db"

    # Bahasa layar dan pesan: "id" atau "en" (--lang didahulukan; tanpa keduanya,
    # locale berawalan id_ berarti Bahasa Indonesia, selain itu English).
    # language = "id"

    # Warna: "default", "high_contrast" atau "monochrome" (NO_COLOR memaksa monochrome).
    # theme = "default"

    # Samarkan NIP dalam ekspor secara bawaan (tanggal lahir dan nomor urut disembunyikan).
    # mask_nip = false

    # Ukuran berkas terbesar yang dibaca impor, dalam MB (1-4096). Naikkan untuk ekspor
    # yang lebih besar; berkas yang lebih besar ditolak sebelum dibaca.
    # max_input_mb = 200

    # Kategori Job Person Match: profil "mapping" (Optimal >= 90, Cukup Optimal >= 78)
    # atau "selection" (MS >= 80, MMS >= 68). Ambang dalam persen, 0 < middle < high.
settings-default-standards = # Level kompetensi bawaan (1-5) untuk jabatan yang tidak mencantumkan persyaratan, per jenis.
settings-default-retirement = # Batas usia pensiun (BUP) per jenis jabatan.
settings-default-keys =
    # Tombol pengganti per mode: [keys.MODE] AKSI = "TOMBOL" atau ["TOMBOL", "TOMBOL"]. Layar
    # bantuan (?) mencantumkan aksi setiap mode; `penata config keys` mencetak namanya.
    # Tombol: satu karakter ("C", "*"), ctrl-x, alt-x, enter, esc, tab, space, backspace,
    # delete, up, down, left, right, pageup, pagedown, home, end, f1-f12.
    # [keys.browse]
    # candidates = "C"
