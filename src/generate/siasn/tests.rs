//! Tests of the SIASN files: the committed fixture set is what the generator makes, and the
//! files have the shapes and the mess the issue describes.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::PathBuf;

use calamine::{Data, DataType, Reader, Xlsx};

use super::profile::split_name;
use super::*;
use crate::domain::{AsnKind, Nip, Rank};
use crate::generate::{Options, generate};

/// The committed set: `penata generate --employees 330 --seed 13 -o FILE --siasn DIR`.
const EMPLOYEES: u64 = 330;
const SEED: u64 = 13;

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/siasn/kota-kecil")
}

fn kota() -> Organization {
    let mut json = Vec::new();
    generate(
        Options {
            employees: EMPLOYEES,
            seed: SEED,
        },
        &mut json,
    )
    .unwrap();
    crate::store::format::parse_v1("kota.json", &String::from_utf8(json).unwrap()).unwrap()
}

fn files(org: &Organization, seed: u64) -> HashMap<String, Vec<u8>> {
    let opts = SiasnOptions {
        seed,
        instansi: instansi_of(org),
    };
    siasn_files(org, &opts).unwrap().into_iter().collect()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixture_dir().join(name)).unwrap()
}

fn text(name: &str) -> String {
    String::from_utf8(fixture(name)).unwrap()
}

/// The rows of a CSV split on `sep`, the header normalized to capitals.
fn rows(name: &str, sep: char) -> (Vec<String>, Vec<Vec<String>>) {
    let text = text(name);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    assert!(text.ends_with("\r\n"), "{name} ends its lines with CRLF");
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "{name}: a bare LF"
    );
    let mut lines = text.split_terminator("\r\n");
    let head = lines.next().unwrap().split(sep).map(str::to_uppercase);
    let body = lines
        .map(|l| l.split(sep).map(String::from).collect())
        .collect();
    (head.collect(), body)
}

fn column(head: &[String], name: &str) -> usize {
    head.iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {head:?}"))
}

fn sheet(name: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(fixture(name))).unwrap();
    let first = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&first).unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

#[test]
fn the_committed_fixtures_are_what_the_generator_makes() {
    let made = files(&kota(), SEED);
    let mut committed: Vec<String> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "README.md")
        .collect();
    committed.sort();
    let mut names: Vec<&String> = made.keys().collect();
    names.sort();
    assert_eq!(names, committed.iter().collect::<Vec<_>>());
    for (name, bytes) in &made {
        assert!(
            *bytes == fixture(name),
            "{name} differs from the generator's: regenerate with the command in the README"
        );
    }
    let total: usize = made.values().map(Vec::len).sum();
    assert!(
        total < 500_000,
        "the fixture set stays small: {total} bytes"
    );
}

#[test]
fn the_same_organization_and_seed_give_the_same_bytes_and_ids() {
    let org = kota();
    assert_eq!(files(&org, 5), files(&org, 5));
    let (a, b) = (files(&org, 5), files(&org, 6));
    assert_ne!(a["SKP_2024_2025.csv"], b["SKP_2024_2025.csv"]);
    // The ids do not depend on the seed: next month's export keeps them.
    assert_eq!(a["HierarkiUnor.xlsx"], b["HierarkiUnor.xlsx"]);
}

#[test]
fn the_pns_export_is_messy_as_a_real_one() {
    let raw = fixture("Export_Data_ASN_PNS.csv");
    assert!(
        raw.starts_with("\u{feff}".as_bytes()),
        "the PNS file has a BOM"
    );
    let (head, body) = rows("Export_Data_ASN_PNS.csv", ';');
    assert!(head.len() >= 60, "{} columns", head.len());
    let used = [
        "PNS ID",
        "NIP BARU",
        "NAMA",
        "GELAR DEPAN",
        "GELAR BELAKANG",
        "TANGGAL LAHIR",
        "JENIS KELAMIN",
        "KEDUDUKAN HUKUM NAMA",
        "GOL AKHIR NAMA",
        "TMT CPNS",
        "JENIS JABATAN ID",
        "JENIS JABATAN NAMA",
        "ESELON ID",
        "ESELON NAMA",
        "JABATAN ID",
        "JABATAN NAMA",
        "TMT JABATAN",
        "TINGKAT PENDIDIKAN NAMA",
        "PENDIDIKAN NAMA",
        "UNOR ID",
        "UNOR NAMA",
        "INSTANSI INDUK NAMA",
    ];
    for c in used {
        column(&head, c);
    }
    let header = text("Export_Data_ASN_PNS.csv");
    let first = header.lines().next().unwrap();
    assert!(
        first.contains("Nama;") && first.contains("NIP BARU"),
        "mixed case"
    );
    let nip = column(&head, "NIP BARU");
    let born = column(&head, "TANGGAL LAHIR");
    let quoted = body.iter().filter(|r| r[nip].starts_with('\'')).count();
    assert!(
        quoted > 0 && quoted < body.len(),
        "some NIPs carry an apostrophe"
    );
    for r in &body {
        assert_eq!(r.len(), head.len());
        let n = Nip::parse(r[nip].trim_start_matches('\'')).unwrap();
        assert_eq!(n.kind(), AsnKind::Pns);
        let d = &n.as_str()[..8];
        assert_eq!(r[born], format!("{}-{}-{}", &d[6..8], &d[4..6], &d[..4]));
        let cpns = &n.as_str()[8..14];
        let tmt = &r[column(&head, "TMT CPNS")];
        assert_eq!(tmt, &format!("01-{}-{}", &cpns[4..], &cpns[..4]));
    }
    let kedudukan = column(&head, "KEDUDUKAN HUKUM NAMA");
    for k in ["CLTN", "Pemberhentian", "Aktif"] {
        assert!(body.iter().any(|r| r[kedudukan] == k), "{k}");
    }
    let jabatan = column(&head, "JABATAN NAMA");
    let unplaced = body.iter().filter(|r| r[jabatan].is_empty()).count();
    assert!(unplaced > 0, "the unplaced have an empty JABATAN");
}

#[test]
fn names_are_split_into_titles_and_kept_in_their_case() {
    assert_eq!(
        split_name("Hj. Dr. Siti Aminah, S.Kep., Ns., M.Kes."),
        ("Hj. Dr.".into(), "Siti Aminah", "S.Kep., Ns., M.Kes.")
    );
    assert_eq!(split_name("dr. Agus"), ("dr.".into(), "Agus", ""));
    assert_eq!(
        split_name("Tri Hartono"),
        (String::new(), "Tri Hartono", "")
    );
    let org = kota();
    let (head, body) = rows("Export_Data_ASN_PNS.csv", ';');
    let (_, pppk) = rows("Export_Data_ASN_PPPK.csv", '|');
    let [nip, depan, nama, belakang] =
        ["NIP BARU", "GELAR DEPAN", "NAMA", "GELAR BELAKANG"].map(|c| column(&head, c));
    let mut titled = 0;
    for r in body.iter().chain(&pppk) {
        let n = Nip::parse(r[nip].trim_start_matches('\'')).unwrap();
        let person = org.employee(org.employee_ix(&n).unwrap());
        let mut shown = [r[depan].as_str(), r[nama].as_str()].join(" ");
        shown = shown.trim().to_string();
        if !r[belakang].is_empty() {
            shown = format!("{shown}, {}", r[belakang]);
        }
        assert_eq!(shown, person.name);
        titled += usize::from(!r[depan].is_empty());
    }
    assert!(titled > 0, "some names have a gelar depan");
    assert_eq!(body.len() + pppk.len(), org.employees().len());
}

#[test]
fn the_pppk_export_is_a_pipe_file_with_serial_dates() {
    let (head, body) = rows("Export_Data_ASN_PPPK.csv", '|');
    assert!(!fixture("Export_Data_ASN_PPPK.csv").starts_with(b"\xef\xbb\xbf"));
    assert!(text("Export_Data_ASN_PPPK.csv").starts_with("Pns Id|Nip Baru|"));
    assert!(!body.is_empty());
    let [nip, born, gol] =
        ["NIP BARU", "TANGGAL LAHIR", "GOL AKHIR NAMA"].map(|c| column(&head, c));
    for r in &body {
        let n = Nip::parse(r[nip].trim_start_matches('\'')).unwrap();
        assert_eq!(n.kind(), AsnKind::Pppk);
        let serial: i64 = r[born].parse().unwrap();
        let date = time::macros::date!(1899 - 12 - 30) + time::Duration::days(serial);
        assert_eq!(Some(date), n.birth_date());
        assert!(Rank::parse(&r[gol]).unwrap().kind() == AsnKind::Pppk);
    }
}

#[test]
fn the_hierarchy_has_a_title_row_dashes_and_the_instansi_suffix() {
    let rows = sheet("HierarkiUnor.xlsx");
    assert!(rows[0][0].to_string().starts_with("DATA HIERARKI UNOR"));
    let header: Vec<String> = rows[2].iter().map(Data::to_string).collect();
    assert_eq!(header, ["ID", "NAMA_UNOR", "ID_ATASAN", "ESELON", "URUTAN"]);
    let units = &rows[3..];
    let guid_like = |s: &str| s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit());
    assert!(units.iter().all(|r| guid_like(&r[0].to_string())));
    assert!(units[0][2].is_empty(), "the root has no parent");
    let seksi: Vec<&Vec<Data>> = units
        .iter()
        .filter(|r| r[1] == "---Seksi Perencanaan dan Pengendalian - PEMERINTAH KOTA SEMARANG")
        .collect();
    let parents: std::collections::HashSet<String> =
        seksi.iter().map(|r| r[2].to_string()).collect();
    assert!(
        seksi.len() > 10 && parents.len() == seksi.len(),
        "one per bidang"
    );
    assert!(units.iter().any(|r| r[3] == "IV.a"));
}

#[test]
fn the_peta_jabatan_has_vacant_seats_and_over_formation() {
    let rows = sheet("Peta_Jabatan.xlsx");
    let header: Vec<String> = rows[0].iter().map(Data::to_string).collect();
    assert_eq!(
        header,
        [
            "UNOR ID",
            "NAMA UNOR",
            "JABATAN ID",
            "NAMA JABATAN",
            "JENIS JABATAN",
            "ESELON",
            "KEBUTUHAN",
            "BEZETTING"
        ]
    );
    let n = |d: &Data| d.to_string().parse::<f64>().unwrap();
    assert!(rows[1..].iter().any(|r| n(&r[6]) > n(&r[7])), "a vacancy");
    assert!(
        rows[1..].iter().any(|r| n(&r[6]) < n(&r[7])),
        "over formation"
    );
    assert_eq!(rows.len() - 1, kota().positions().len());
}

#[test]
fn the_assessment_has_the_nine_by_name_and_nips_as_text() {
    let rows = sheet("Rekap_Assessment.xlsx");
    let header: Vec<String> = rows[0].iter().map(Data::to_string).collect();
    assert_eq!(header[..3], ["NO", "NIP", "NAMA"]);
    assert_eq!(header[3], "Integritas");
    assert_eq!(header[11], "Perekat Bangsa");
    assert_eq!(header[header.len() - 2..], ["JPM", "KATEGORI"]);
    assert!(
        rows[1..]
            .iter()
            .all(|r| matches!(&r[1], Data::String(s) if s.len() == 18))
    );
    let level = |d: &Data| match d {
        Data::Float(f) => (1.0..=5.0).contains(f),
        Data::Empty => true,
        _ => false,
    };
    assert!(rows[1..].iter().all(|r| r[3..12].iter().all(level)));
    let (head, standards) = rows_of_standards();
    assert_eq!(
        head[3..12],
        [
            "INT", "KER", "KOM", "OPH", "PPU", "PDOL", "MPE", "PKE", "PBA"
        ]
    );
    assert!(standards.iter().any(|r| r[3] == "4"), "a JPT standard");
}

fn rows_of_standards() -> (Vec<String>, Vec<Vec<String>>) {
    rows("Standar_Kompetensi_Jabatan.csv", ',')
}

#[test]
fn the_skp_has_two_years_spelled_loosely() {
    let (head, body) = rows("SKP_2024_2025.csv", '\t');
    assert_eq!(head, ["NIP", "TAHUN", "PREDIKAT"]);
    assert!(
        body.iter()
            .any(|r| r[2].starts_with(' ') && r[2].ends_with(' '))
    );
    assert!(body.iter().any(|r| r[2] == "SANGAT BAIK" || r[2] == "BAIK"));
    let years: std::collections::HashSet<&str> = body.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(years.len(), 2);
    assert_eq!(body.len() % 2, 0);
}
