# Kata-kata impor dari ekspor SIASN dan buku kerja kantor: letak temuan, kesalahan lintas
# berkas, dan ringkasan hasil impor. Nama kolom SIASN (UNOR ID, JABATAN ID, NIP, KEBUTUHAN)
# tetap seperti tertulis di berkas.

## Letak temuan

# A file's name, as it is. @same
import-file-name = { $file }
# A workbook's name and the sheet.
import-file-in-sheet = { $file } (lembar "{ $sheet }")
# A finding about the set of files. @same
import-at-set = { $message }
# A finding about one file. @same
import-at-file = { $file }: { $message }
# A finding about one row.
import-at-row = { $file } baris { $row }: { $message }
# A finding about one cell.
import-at-cell = { $file } baris { $row }, kolom { $column }: { $message }
# A finding about one cell, with its value.
import-at-value = { $file } baris { $row }, kolom { $column } = "{ $value }": { $message }
# An error: the import is refused.
import-error = kesalahan: { $finding }
# A note: listed for the planner, changes nothing.
import-note = catatan: { $finding }

## Unit

import-unit-twice = unit { $id } tercantum dua kali (pertama di { $file } baris { $row }); satu baris untuk satu ID
import-unit-own-parent = unit { $id } menjadi atasannya sendiri; isi ID_ATASAN dengan ID unit di atasnya, atau kosongkan untuk unit teratas
import-unit-parent-missing = atasan { $parent } dari "{ $unit }" tidak ada di hierarki; tambahkan unit itu, atau perbaiki ID_ATASAN
import-unit-cycle = atasan unit-unit ini berputar melingkar: { $chain }; perbaiki ID_ATASAN salah satunya
import-units-from-profiles = tidak ada berkas hierarki unit: pohon dibangun dari unit di ekspor ASN ({ $created } unit induk dibuat); tambahkan ekspor HierarkiUnor untuk pohon yang sebenarnya
import-unor-not-in-hierarchy = UNOR ID { $id } tidak ada di hierarki unit; ekspor ulang hierarkinya, atau perbaiki ID-nya
import-unor-unknown = UNOR ID { $id } bukan unit yang dikenal; sertakan berkas hierarki unit (HierarkiUnor) dalam impor
import-unit-name-ambiguous = ada { $count } unit bernama "{ $name }"; gunakan UNOR ID, bukan nama
import-unit-name-unknown = tidak ada unit bernama "{ $name }"; gunakan UNOR ID, atau tambahkan unit itu ke hierarki

## Jabatan

import-seat-twice = jabatan "{ $title }" tercantum dua kali di unit ini (pertama di { $file } baris { $row }); satu baris untuk satu jabatan
import-seat-needs-title = jabatan { $id } belum dikenal: isi juga NAMA JABATAN-nya
import-seat-needs-title-or-id = baris ini tidak menyebut jabatan: isi JABATAN ID atau NAMA JABATAN
import-title-normalized = "{ $title }" dianggap jabatan "{ $matched }" (nama yang sama setelah singkatan dan huruf besar-kecil diabaikan); periksa apakah memang jabatan yang sama
import-bezetting-differs = "{ $title }": berkas menyebut { $file } pemangku, ekspor ASN berisi { $holders }
import-seat-not-in-peta = "{ $title }" di { $unit } punya { $holders } pemangku tetapi tidak ada kebutuhannya di peta jabatan; formasinya disamakan dengan jumlah pemangku
import-vacancies-unknown = tidak ada peta jabatan: formasi tiap jabatan = jumlah pemangkunya, jadi lowongan tidak diketahui; sertakan peta jabatan untuk melihatnya
import-standard-unmatched = standar untuk "{ $seat }" tidak cocok dengan jabatan mana pun; isi UNOR ID dan JABATAN ID seperti di peta jabatan

## Pegawai

import-name-invalid = nama kosong atau berisi karakter kendali; perbaiki NAMA
import-golongan-missing = golongan kosong; isi GOL AKHIR NAMA (III/a, IV/b, atau IX untuk PPPK)
import-tmt-before-birth = TMT CPNS { $tmt } lebih awal dari tanggal lahir { $born }
import-nip-twice = NIP { $nip } muncul dua kali (pertama di { $file } baris { $row }); satu orang satu baris, di berkas PNS atau berkas PPPK
import-assessment-unknown-nip = NIP { $nip } pada hasil asesmen ini tidak ada di ekspor ASN mana pun; perbaiki NIP-nya, atau sertakan ekspor profil orang itu
import-skp-unknown-nip = NIP { $nip } pada baris SKP ini tidak ada di ekspor ASN mana pun; perbaiki NIP-nya, atau sertakan ekspor profil orang itu
import-assessed-twice = NIP { $nip } diasesmen dua kali (pertama di { $file } baris { $row }); simpan hasil terbaru saja
import-skp-conflict = NIP { $nip } punya dua predikat SKP untuk { $year } ("{ $other }" di { $file } baris { $row }); simpan satu

## Perintah

import-file-too-big = { $what } berukuran { $mb } MB, melebihi { $max } MB yang dibaca penata; pecah ekspornya (per OPD, atau PNS dan PPPK terpisah) lalu impor bagian-bagiannya bersama, atau naikkan max_input_mb di berkas pengaturan (penata config init)
import-not-a-file = { $what } bukan berkas biasa (melainkan perangkat, pipa, atau soket): simpan datanya ke sebuah berkas lalu impor berkas itu
import-json-alone = { $name } adalah organisasi penata/v1: impor sendiri, jangan bersama berkas lain
import-sheet-one-file = --sheet menyebut lembar kerja satu buku kerja: berikan berkas itu saja
import-refused = { $errors } kesalahan: tidak ada yang diimpor. Perbaiki berkasnya lalu impor lagi (--dry-run memeriksa tanpa menulis).
import-refreshed = "{ $org }" diperbarui dari berkas; rencana tetap ada (perpindahan yang menjadi usang karena pembaruan tampil sebagai konflik)
import-created = "{ $org }" diimpor dari berkas
import-kind-profile = ekspor profil ASN
import-kind-hierarchy = hierarki unit
# @same
import-kind-peta = peta jabatan
# @same
import-kind-standard = standar kompetensi jabatan
import-kind-assessment = rekap asesmen
# @same
import-kind-skp = SKP
# The worksheet a workbook was read from.
import-file-sheet = {" "}(lembar "{ $sheet }")
import-file-line = { $name }{ $sheet }: { $kind }, { $rows } baris
import-file-ignored = {"  "}{ $count } kolom diabaikan: { $columns }
import-more-findings = dan { $errors } kesalahan serta { $notes } catatan lain, tidak dicantumkan
import-summary-units = unit: { $units } ({ $new } baru, { $renamed } berganti nama, { $moved } pindah induk)
import-summary-seats = jabatan: { $seats } ({ $new } baru, { $renamed } berganti nama)
import-summary-people = pegawai: { $people } ({ $new } baru, { $updated } diperbarui, { $moved } pindah jabatan di baseline)
import-summary-vacancies = lowongan: { $vacancies }
import-summary-vacancies-unknown = lowongan: tidak diketahui (tanpa peta jabatan)
import-summary-ratings = standar untuk { $standards } jabatan, { $assessed } pegawai dengan hasil asesmen, { $skp } tahun SKP, { $competencies } kompetensi baru
import-leavers-kept = { $count } pegawai tidak ada di ekspor baru dan tetap disimpan (tambahkan --drop-missing untuk menghapusnya):
import-leavers-dropped = { $count } pegawai tidak ada di ekspor baru dan dihapus (--drop-missing):
import-and-more = {"  "}dan { $count } lainnya
import-inactive = { $count } pegawai bukan pegawai aktif (kedudukan hukum) dan tidak diimpor:
import-severity-error = kesalahan
import-severity-note = catatan
# What penata export --format siasn wrote.
import-peta-of = peta jabatan dan hierarki unit "{ $org }"
# Assessment or SKP rows of people the new export does not import.
import-rows-for-absent = baris asesmen atau SKP milik { $count } pegawai dikesampingkan: mereka tidak ada di ekspor ASN baru, atau tidak aktif
# The JPM an assessment rekap wrote differs from penata's for the same levels.
import-jpm-differs = JPM di rekap { $written } berbeda dengan { $computed }% yang dihitung penata dari level yang sama dan standar "{ $seat }"; periksa standar atau rekapnya
# A file that is a JSON array, not a penata/v1 object.
import-json-array = { $name } berisi daftar JSON, bukan organisasi penata/v1 (satu objek JSON dengan "format" bernilai "penata/v1"); ekspor ulang dengan penata export, atau lihat docs/format.md
