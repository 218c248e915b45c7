//! Every invalid import fixture gives its message in Bahasa Indonesia (the default, and
//! `--lang id`): the place (file, line, record), what is wrong and what to do. Messages the
//! store writes are checked word for word; where the message is the domain validation's
//! (its own tests check its wording), the place is. The store words them in the language it
//! is given, so one file is also read and worded in both languages here;
//! `tests/import_messages_en.rs` checks the same fixtures in English (with the domain's
//! English, which still follows the process language).

use crate::import_fixtures::{First, check, errors_of, example};
use penata::lang::Lang;

/// One fixture per rule: (file, number of errors, the first error as printed).
const INVALID: &[(&str, usize, First)] = &[
    (
        "competency-code-duplicate.json",
        1,
        First::StartsWith("competency-code-duplicate.json:7: competencies[2] code INT: "),
    ),
    (
        "competency-code-shape.json",
        1,
        First::StartsWith("competency-code-shape.json:6: competencies[1] code KEU DAERAH: "),
    ),
    (
        "competency-group-bad.json",
        1,
        First::StartsWith("competency-group-bad.json:6: competencies[1] code KEU: "),
    ),
    (
        "competency-unknown-field.json",
        1,
        First::StartsWith("competency-unknown-field.json:5: competencies[0] code INT: "),
    ),
    (
        "csv-cell-count.csv",
        1,
        First::Is(
            "csv-cell-count.csv:2: baris 2 nip 198811202014022001: baris ini berisi 2 sel, sedangkan judulnya 3 kolom: samakan dengan judul kolom",
        ),
    ),
    (
        "csv-cell-without-header.csv",
        1,
        First::Is(
            "csv-cell-without-header.csv:2: baris 2 nip 198811202014022001: sel \"catatan\" berada di kolom tanpa judul: beri nama kolom itu (nip, nama (atau name), golongan (atau rank), jabatan (atau position))",
        ),
    ),
    (
        "csv-duplicate-column.csv",
        1,
        First::Is(
            "csv-duplicate-column.csv:1: baris 1 (judul kolom): kolom \"nama\" dan \"Name\" berarti sama: pertahankan satu saja",
        ),
    ),
    (
        "csv-empty.csv",
        1,
        First::Is(
            "csv-empty.csv: berkas kosong: yang diharapkan objek JSON penata/v1, buku kerja .xlsx, atau baris judul CSV dengan kolom nip, nama (atau name), golongan (atau rank), jabatan (atau position)",
        ),
    ),
    (
        "csv-new-name-empty.csv",
        1,
        First::Is(
            "csv-new-name-empty.csv:2: baris 2 nip 198811202014022001: nama kosong: pegawai baru (NIP belum tersimpan) memerlukan nama",
        ),
    ),
    (
        "csv-new-without-rank-column.csv",
        1,
        First::Is(
            "csv-new-without-rank-column.csv:2: baris 2 nip 198811202014022001: tidak ada kolom golongan: pegawai baru (NIP belum tersimpan) memerlukan golongan",
        ),
    ),
    (
        "csv-nip-bad.csv",
        1,
        First::StartsWith("csv-nip-bad.csv:2: baris 2 nip 198811312014022001: "),
    ),
    (
        "csv-nip-duplicate.csv",
        1,
        First::Is(
            "csv-nip-duplicate.csv:3: baris 3 nip 198811202014022001: nip 198811202014022001 juga ada di baris 2: satu pegawai satu baris",
        ),
    ),
    (
        "csv-nip-empty.csv",
        1,
        First::Is("csv-nip-empty.csv:2: baris 2: nip kosong: setiap baris memerlukan NIP pegawai"),
    ),
    (
        "csv-nip-masked.csv",
        1,
        First::StartsWith("csv-nip-masked.csv:2: baris 2 nip \"******** 201402 2 ***\": "),
    ),
    (
        "csv-nip-scientific.csv",
        1,
        First::Is(
            "csv-nip-scientific.csv:2: baris 2 nip \"1,98811E+17\": nip \"1,98811E+17\" diubah menjadi angka oleh spreadsheet: format kolom nip sebagai Teks lalu ekspor ulang",
        ),
    ),
    (
        "csv-no-nip-column.csv",
        1,
        First::Is(
            "csv-no-nip-column.csv:1: baris 1 (judul kolom): tidak ada kolom nip: baris judul menamai kolom nip, nama (atau name), golongan (atau rank), jabatan (atau position)",
        ),
    ),
    (
        "csv-not-utf8.csv",
        1,
        First::Is(
            "csv-not-utf8.csv:3: berkas ini bukan teks UTF-8 (bita 0xE9): di Excel gunakan Save As dan pilih \"CSV UTF-8 (Comma delimited)\"; simpan berkas JSON sebagai UTF-8",
        ),
    ),
    (
        "csv-rank-bad.csv",
        1,
        First::StartsWith("csv-rank-bad.csv:2: baris 2 nip 198811202014022001: golongan "),
    ),
    (
        "csv-rank-kind.csv",
        1,
        First::StartsWith("csv-rank-kind.csv:2: baris 2 nip 199204052022211001: "),
    ),
    (
        "csv-unknown-column.csv",
        1,
        First::Is(
            "csv-unknown-column.csv:1: baris 1 (judul kolom): kolom \"unit\" tidak dikenal: kolom yang boleh adalah nip, nama (atau name), golongan (atau rank), jabatan (atau position)",
        ),
    ),
    (
        "csv-unknown-position.csv",
        1,
        First::Is(
            "csv-unknown-position.csv:2: baris 2 nip 198811202014022001: jabatan \"disdukcapil.sopir\": tidak ada jabatan dengan id ini (kosongkan sel untuk pegawai yang belum ditempatkan)",
        ),
    ),
    (
        "employee-competency-level.json",
        1,
        First::StartsWith(
            "employee-competency-level.json:17: employees[0] nip 198503122010012003: ",
        ),
    ),
    (
        "employee-competency-unknown.json",
        1,
        First::StartsWith(
            "employee-competency-unknown.json:17: employees[0] nip 198503122010012003: ",
        ),
    ),
    (
        "employee-name-empty.json",
        1,
        First::StartsWith("employee-name-empty.json:18: employees[1] nip 199204052022211001: "),
    ),
    (
        "employee-nip-bad-date.json",
        1,
        First::StartsWith("employee-nip-bad-date.json:17: employees[0] nip 197802302005012004: "),
    ),
    (
        "employee-nip-duplicate.json",
        1,
        First::StartsWith("employee-nip-duplicate.json:18: employees[1] nip 198503122010012003: "),
    ),
    (
        "employee-nip-length.json",
        1,
        First::StartsWith("employee-nip-length.json:17: employees[0] nip 19850312201001200: "),
    ),
    (
        "employee-nip-masked.json",
        1,
        First::StartsWith(
            "employee-nip-masked.json:17: employees[0] nip \"******** 201001 2 ***\": ",
        ),
    ),
    (
        "employee-nip-missing.json",
        1,
        First::StartsWith("employee-nip-missing.json:18: employees[1]: "),
    ),
    (
        "employee-nip-number.json",
        1,
        First::StartsWith("employee-nip-number.json:17: employees[0]: "),
    ),
    (
        "employee-not-object.json",
        1,
        First::StartsWith("employee-not-object.json:16: employees[2]: "),
    ),
    (
        "employee-note-at.json",
        1,
        First::StartsWith("employee-note-at.json:17: employees[0] nip 198503122010012003: "),
    ),
    (
        "employee-note-author-empty.json",
        1,
        First::StartsWith(
            "employee-note-author-empty.json:17: employees[0] nip 198503122010012003: ",
        ),
    ),
    (
        "employee-note-text-missing.json",
        1,
        First::StartsWith(
            "employee-note-text-missing.json:17: employees[0] nip 198503122010012003: ",
        ),
    ),
    (
        "employee-note-unknown-field.json",
        1,
        First::StartsWith(
            "employee-note-unknown-field.json:17: employees[0] nip 198503122010012003: ",
        ),
    ),
    (
        "employee-performance-bad.json",
        1,
        First::StartsWith(
            "employee-performance-bad.json:17: employees[0] nip 198503122010012003: ",
        ),
    ),
    (
        "employee-position-missing.json",
        1,
        First::StartsWith(
            "employee-position-missing.json:18: employees[1] nip 199204052022211001: ",
        ),
    ),
    (
        "employee-potential-bad.json",
        1,
        First::StartsWith("employee-potential-bad.json:17: employees[0] nip 198503122010012003: "),
    ),
    (
        "employee-rank-bad.json",
        1,
        First::StartsWith("employee-rank-bad.json:17: employees[0] nip 198503122010012003: "),
    ),
    (
        "employee-rank-kind.json",
        1,
        First::StartsWith("employee-rank-kind.json:18: employees[1] nip 199204052022211001: "),
    ),
    (
        "employee-readiness-bad.json",
        1,
        First::StartsWith("employee-readiness-bad.json:17: employees[0] nip 198503122010012003: "),
    ),
    (
        "employee-unknown-field.json",
        1,
        First::StartsWith("employee-unknown-field.json:18: employees[1] nip 199204052022211001: "),
    ),
    (
        "format-missing.json",
        1,
        First::Is(
            "format-missing.json:1: tingkat atas: format tidak ada: tambahkan \"format\": \"penata/v1\"",
        ),
    ),
    (
        "format-wrong.json",
        1,
        First::Is(
            "format-wrong.json:2: tingkat atas: format \"penata/v2\": penata ini membaca berkas \"penata/v1\"",
        ),
    ),
    (
        "json-syntax.json",
        1,
        First::Is("json-syntax.json:18: JSON tidak sah: ada koma berlebih di akhir (kolom 108)"),
    ),
    (
        "list-missing.json",
        2,
        First::Is(
            "list-missing.json:1: tingkat atas: positions tidak ada: tambahkan \"positions\": [] bila isinya kosong",
        ),
    ),
    (
        "list-not-list.json",
        3,
        First::Is(
            "list-not-list.json:8: tingkat atas: units berupa sebuah objek: harus berupa daftar",
        ),
    ),
    (
        "not-an-object.json",
        1,
        First::Is(
            "not-an-object.json:1: jenis nilai tidak sah: sebuah daftar, yang diharapkan satu objek JSON {\"format\": \"penata/v1\", \"organization\": ..., \"competencies\": [...], \"units\": [...], \"positions\": [...], \"employees\": [...]}",
        ),
    ),
    (
        "organization-empty.json",
        1,
        First::StartsWith("organization-empty.json:3: "),
    ),
    (
        "position-formation-fraction.json",
        1,
        First::StartsWith("position-formation-fraction.json:14: positions[1] id dinas.umum.staf: "),
    ),
    (
        "position-formation-negative.json",
        1,
        First::StartsWith("position-formation-negative.json:14: positions[1] id dinas.umum.staf: "),
    ),
    (
        "position-id-duplicate.json",
        1,
        First::StartsWith("position-id-duplicate.json:14: positions[1] id dinas.kadis: "),
    ),
    (
        "position-requirement-level.json",
        1,
        First::StartsWith("position-requirement-level.json:13: positions[0] id dinas.kadis: "),
    ),
    (
        "position-requirement-unknown-code.json",
        1,
        First::StartsWith(
            "position-requirement-unknown-code.json:13: positions[0] id dinas.kadis: ",
        ),
    ),
    (
        "position-type-bad.json",
        1,
        First::StartsWith("position-type-bad.json:13: positions[0] id dinas.kadis: "),
    ),
    (
        "position-unit-missing.json",
        1,
        First::StartsWith("position-unit-missing.json:14: positions[1] id dinas.umum.staf: "),
    ),
    (
        "position-unknown-field.json",
        1,
        First::StartsWith("position-unknown-field.json:14: positions[1] id dinas.umum.staf: "),
    ),
    (
        "position-workload-bad.json",
        1,
        First::StartsWith("position-workload-bad.json:14: positions[1] id dinas.umum.staf: "),
    ),
    (
        "unit-cycle.json",
        1,
        First::StartsWith("unit-cycle.json:11: units[2] id a: "),
    ),
    (
        "unit-feedback-date-bad.json",
        1,
        First::StartsWith("unit-feedback-date-bad.json:10: units[1] id dinas.umum: "),
    ),
    (
        "unit-feedback-not-list.json",
        1,
        First::StartsWith("unit-feedback-not-list.json:10: units[1] id dinas.umum: "),
    ),
    (
        "unit-feedback-severity-bad.json",
        1,
        First::StartsWith("unit-feedback-severity-bad.json:10: units[1] id dinas.umum: "),
    ),
    (
        "unit-feedback-text-control.json",
        1,
        First::StartsWith("unit-feedback-text-control.json:10: units[1] id dinas.umum: "),
    ),
    (
        "unit-feedback-text-empty.json",
        1,
        First::StartsWith("unit-feedback-text-empty.json:10: units[1] id dinas.umum: "),
    ),
    (
        "unit-feedback-unknown-field.json",
        1,
        First::StartsWith("unit-feedback-unknown-field.json:10: units[1] id dinas.umum: "),
    ),
    (
        "unit-id-duplicate.json",
        1,
        First::StartsWith("unit-id-duplicate.json:11: units[2] id dinas.umum: "),
    ),
    (
        "unit-name-missing.json",
        1,
        First::StartsWith("unit-name-missing.json:10: units[1] id dinas.umum: "),
    ),
    (
        "unit-parent-missing.json",
        1,
        First::StartsWith("unit-parent-missing.json:10: units[1] id dinas.umum: "),
    ),
    (
        "unit-self-parent.json",
        1,
        First::StartsWith("unit-self-parent.json:9: units[0] id dinas: "),
    ),
    (
        "unknown-top-key.json",
        1,
        First::Is(
            "unknown-top-key.json:20: tingkat atas: kunci \"employes\" tidak dikenal: kunci yang boleh adalah format, organization, competencies, units, positions, employees",
        ),
    ),
];

#[test]
fn every_invalid_fixture_gives_its_message_in_indonesian() {
    check(INVALID, Lang::Id);
}

#[test]
fn the_summary_is_in_indonesian() {
    let errors = errors_of("csv-empty.csv", &example()).say(Lang::Id);
    assert!(
        errors.ends_with("\n1 kesalahan; tidak ada yang diimpor"),
        "{errors}"
    );
}

#[test]
fn the_same_file_says_the_same_thing_in_both_languages() {
    // One refused spreadsheet, read once and worded in each language: the place keeps its
    // shape and its numbers, and each language has its own words.
    let errors = errors_of("csv-unknown-position.csv", &example());
    let first = &errors.errors[0];
    let record = first.record.as_ref().unwrap();
    assert_eq!(Lang::Id.say(record), "baris 2 nip 198811202014022001");
    assert_eq!(Lang::En.say(record), "row 2 nip 198811202014022001");
    assert_eq!(
        Lang::Id.say(&first.message),
        "jabatan \"disdukcapil.sopir\": tidak ada jabatan dengan id ini (kosongkan sel untuk \
         pegawai yang belum ditempatkan)"
    );
    assert_eq!(
        Lang::En.say(&first.message),
        "jabatan \"disdukcapil.sopir\": no position has this id (leave the cell empty for staff \
         not yet placed)"
    );
    assert!(errors.say(Lang::Id).ends_with("tidak ada yang diimpor"));
    assert!(errors.say(Lang::En).ends_with("nothing was imported"));
    assert!(
        Lang::En
            .say(&errors.msg())
            .ends_with("1 error; nothing was imported")
    );
}
