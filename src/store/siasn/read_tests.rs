use time::macros::date;

use super::*;
use crate::domain::{Performance, Rank};
use crate::lang::Lang;
use crate::store::siasn::rows::{At, CompetencyKey, Eselon, FileKind, JenisJabatan};

const A: &str = "198503122010012003";
const B: &str = "197608172003121002";
const C: &str = "198811202014022001";
const PPPK: &str = "199001012021211001";
const PPPK2: &str = "199202022022212002";

fn read(files: &[(&str, &str)]) -> Parsed {
    let files: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|(n, t)| ((*n).to_owned(), t.as_bytes().to_vec()))
        .collect();
    read_files(&files)
}

/// Each finding as `file:row column "value": message` in English, for assertions.
fn said(p: &Parsed) -> Vec<String> {
    p.findings
        .iter()
        .map(|f| {
            format!(
                "{}{}:{} {} {:?}: {}",
                f.file,
                f.sheet
                    .as_deref()
                    .map(|s| format!("[{s}]"))
                    .unwrap_or_default(),
                f.row.map(|r| r.to_string()).unwrap_or_default(),
                f.column.as_deref().unwrap_or(""),
                f.value.as_deref().unwrap_or(""),
                Lang::En.say(&f.message)
            )
        })
        .collect()
}

fn ids(p: &Parsed) -> Vec<&'static str> {
    p.findings.iter().map(|f| f.message.id).collect()
}

#[test]
fn a_pipe_profile_with_a_title_row_apostrophes_and_serial_dates() {
    let text = format!(
        "DAFTAR PEGAWAI PEMERINTAH KOTA BINJAI\r\n\
         \r\n\
         pns id|Nip Baru|NAMA|Gelar Depan|gelar_belakang|TGL LAHIR|Jenis Kelamin|KEDUDUKAN HUKUM NAMA|\
         GOL AKHIR NAMA|TMT CPNS|JENIS JABATAN ID|ESELON NAMA|JABATAN ID|NAMA JABATAN|TMT JABATAN|\
         TINGKAT PENDIDIKAN NAMA|PENDIDIKAN NAMA|UNOR ID|UNOR NAMA|INSTANSI INDUK NAMA|AGAMA NAMA\r\n\
         A8ACA7|'{A}|Siti Rahmah|dr.|M.Kes|12-03-1985|P|Aktif|Pembina (IV/a)|01/01/2010|1|III.a|J1|\
         Kepala Bidang P2P|2020-01-02|S-2|S-2 Kesehatan Masyarakat|U1|-- Bidang P2P - PEMERINTAH KOTA BINJAI|\
         Pemerintah Kota Binjai|Islam\r\n\
         A8ACA8|{B}|budi SANTOSO|||27989|L|CLTN|iii c|37622|4|Non Eselon||Pengadministrasi Umum|44927|\
         SLTA|SMA IPA|U2|Subbagian Umum|Pemerintah Kota Binjai|Kristen\r\n"
    );
    let p = read(&[("pns.csv", &text)]);
    assert!(p.findings.is_empty(), "{:#?}", said(&p));
    assert_eq!(p.files.len(), 1);
    let f = &p.files[0];
    assert_eq!((f.kind, f.rows, f.pppk), (FileKind::Profile, 2, false));
    assert_eq!(f.ignored, ["AGAMA NAMA"]);
    let a = &p.profiles[0];
    assert_eq!(a.at, At { file: 0, row: 4 });
    assert_eq!(a.nip.as_str(), A);
    assert_eq!(a.name, "dr. Siti Rahmah, M.Kes");
    assert_eq!(a.pns_id.as_deref(), Some("A8ACA7"));
    assert_eq!(a.birth_date, Some(date!(1985 - 03 - 12)));
    assert!(a.active);
    assert_eq!(
        a.rank,
        Some(Rank::Pns {
            golongan: 4,
            ruang: 0
        })
    );
    assert_eq!(a.tmt_cpns, Some(date!(2010 - 01 - 01)));
    assert_eq!(a.jenis, Some(JenisJabatan::Struktural));
    assert_eq!(
        a.eselon,
        Some(Eselon {
            level: 3,
            sub: Some(0)
        })
    );
    assert_eq!(a.jabatan.as_deref(), Some("Kepala Bidang P2P"));
    assert_eq!(a.tmt_jabatan, Some(date!(2020 - 01 - 02)));
    assert_eq!(a.education_level.as_deref(), Some("S-2"));
    assert_eq!(a.unor_name.as_deref(), Some("Bidang P2P"));
    assert!(a.unor_path.is_empty());
    assert_eq!(a.instansi.as_deref(), Some("Pemerintah Kota Binjai"));
    let b = &p.profiles[1];
    assert_eq!(b.at.row, 5);
    assert_eq!(b.name, "budi SANTOSO");
    assert_eq!(b.birth_date, Some(date!(1976 - 08 - 17)));
    assert_eq!((b.kedudukan.as_deref(), b.active), (Some("CLTN"), false));
    assert_eq!(
        b.rank,
        Some(Rank::Pns {
            golongan: 3,
            ruang: 2
        })
    );
    assert_eq!(b.tmt_cpns, Some(date!(2003 - 01 - 01)));
    assert_eq!(b.tmt_jabatan, Some(date!(2023 - 01 - 01)));
    assert_eq!((b.jenis, b.eselon), (Some(JenisJabatan::Pelaksana), None));
    assert_eq!(b.jabatan_id, None);
}

#[test]
fn comma_semicolon_and_tab_files_with_quotes_and_a_bom() {
    let comma = format!("\u{feff}NIP,NAMA,UNOR NAMA\n\"{A}\",\"Rina, S.Ak.\",Bagian Umum\n");
    let semi = format!("NIP;NAMA;JABATAN NAMA\r\n{B};\"Andi \"\"Ucok\"\" Lubis\";Camat\r\n");
    let tab = format!("NIP\tNAMA\tUNOR ID\n{C}\tDewi\tU9\n");
    let p = read(&[("a.csv", &comma), ("b.csv", &semi), ("c.txt", &tab)]);
    assert!(p.findings.is_empty(), "{:#?}", said(&p));
    let names: Vec<&str> = p.profiles.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Rina, S.Ak.", "Andi \"Ucok\" Lubis", "Dewi"]);
    assert_eq!(p.profiles[2].unor_id.as_deref(), Some("U9"));
    assert_eq!(p.profiles[2].at, At { file: 2, row: 2 });
}

#[test]
fn rows_are_numbered_as_the_spreadsheet_shows_them() {
    let text = format!("NIP,NAMA,UNOR NAMA\n\n{A},\"Rina\nLestari\",X\n{B},,X\n");
    let p = read(&[("p.csv", &text)]);
    assert_eq!(p.profiles[0].at.row, 3);
    assert_eq!(
        said(&p),
        ["p.csv:4 NAMA \"\": the name is empty: every person needs NAMA"]
    );
}

#[test]
fn every_bad_profile_cell_names_row_column_and_value() {
    let text = format!(
        "NIP BARU;NAMA;TANGGAL LAHIR;GOLONGAN;JENIS JABATAN;ESELON;UNOR NAMA;JENIS KELAMIN\n\
         1.98503E+17;Ani;;;;;X;\n\
         {A};Ani;31-02-1985;III/f;3;VI.a;X;L\n\
         {A};Ani lagi;;;;;X;\n\
         {PPPK};Pak Kontrak;01-01-1991;IX;;;X;\n\
         ;Tanpa NIP;;;;;X;\n"
    );
    let p = read(&[("p.csv", &text)]);
    let shown = said(&p);
    let expected = [
        "p.csv:2 NIP BARU \"1.98503E+17\": the NIP is stored as a number, digits lost: format the column as Text and export again",
        "p.csv:3 TANGGAL LAHIR \"31-02-1985\": not a date: write dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd, or use an Excel date",
        "p.csv:3 JENIS KELAMIN \"L\": the sex differs from the NIP's sex digit: check which is right",
        "p.csv:3 GOLONGAN \"III/f\": \"III/f\" is not a golongan: use I/a-I/d, II/a-II/d, III/a-III/d, IV/a-IV/e (PNS) or I-XVII (PPPK)",
        "p.csv:3 JENIS JABATAN \"3\": not a jenis jabatan: use 1 (Struktural), 2 (Fungsional) or 4 (Pelaksana), or the name",
        "p.csv:3 ESELON \"VI.a\": not an eselon: write II.a, III.b, IV.a (or II/a, IIa), a SIASN id such as 21 or 32, or Non Eselon",
        "p.csv:4 NIP BARU \"198503122010012003\": the same NIP is on row 3: one row per person",
        "p.csv:5 TANGGAL LAHIR \"1991-01-01\": the birth date differs from the one in the NIP (1990-01-01); penata keeps both equal, so correct TANGGAL LAHIR or the NIP in SIASN and export again",
        "p.csv:6 NIP BARU \"\": the NIP is empty: every row needs the person's 18-digit NIP",
        "p.csv:5 NIP BARU \"199001012021211001\": a NI PPPK (digits 13-14 are 21-29) in a file of PNS: PPPK come in their own file; check the NIP or move the row",
    ];
    assert_eq!(shown, expected);
    // The row with bad optional cells is kept, those fields empty.
    assert_eq!(p.profiles.len(), 2);
    assert_eq!((p.profiles[0].rank, p.profiles[0].jenis), (None, None));
    assert!(p.has_errors());
}

#[test]
fn a_file_of_pppk_is_pppk_and_a_pns_in_it_is_an_error() {
    let text = format!("NIP,NAMA,JABATAN\n{PPPK},Satu,Guru\n{PPPK2},Dua,Guru\n{A},Tiga,Guru\n");
    let p = read(&[("pppk.csv", &text)]);
    assert!(p.files[0].pppk);
    assert_eq!(ids(&p), ["siasn-pns-in-pppk"]);
    assert_eq!(p.findings[0].row, Some(4));
}

#[test]
fn a_hierarchy_with_depth_dashes_and_the_instansi_suffix() {
    let text = "ID,NAMA_UNOR,ID_ATASAN,ESELON,URUTAN\n\
                ROOT,PEMERINTAH KOTA BINJAI,,,\n\
                U1,- Dinas Kesehatan - PEMERINTAH KOTA BINJAI,ROOT,II.b,1\n\
                U2,-- Bidang P2P - PEMERINTAH KOTA BINJAI,U1,32,2\n\
                U2,--- Seksi Surveilans,U2,IV.a,x\n\
                ,Tanpa ID,U1,,\n";
    let p = read(&[("sotk.csv", text)]);
    let names: Vec<&str> = p.units.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(
        names,
        ["PEMERINTAH KOTA BINJAI", "Dinas Kesehatan", "Bidang P2P"]
    );
    assert_eq!(p.units[0].parent, None);
    assert_eq!(p.units[2].parent.as_deref(), Some("U1"));
    assert_eq!(
        p.units[2].eselon,
        Some(Eselon {
            level: 3,
            sub: Some(1)
        })
    );
    assert_eq!(p.units[2].order, Some(2));
    assert_eq!(p.files[0].kind, FileKind::Hierarchy);
    assert_eq!(
        ids(&p),
        ["siasn-duplicate-unit", "siasn-unit-id-missing"],
        "{:#?}",
        said(&p)
    );
}

#[test]
fn a_peta_jabatan_with_short_headings() {
    let text = "UNOR ID;NAMA UNOR;JABATAN ID;NAMA JABATAN;JENIS JABATAN;ESELON;K;B\n\
                U2;Bidang P2P;J1;Kepala Bidang P2P;Struktural;III.a;1;1\n\
                U2;Bidang P2P;;Epidemiolog Kesehatan Ahli Muda;JFT;;3;\n\
                U2;Bidang P2P;;;;;2;1\n\
                ;;J9;Analis;;;1;0\n\
                U2;;J7;Pengadministrasi;JFU;;dua;1\n";
    let p = read(&[("peta.csv", text)]);
    assert_eq!(p.files[0].kind, FileKind::PetaJabatan);
    assert_eq!(p.seats.len(), 3);
    assert_eq!(p.seats[0].kebutuhan, 1);
    assert_eq!(p.seats[0].bezetting, Some(1));
    assert_eq!(p.seats[1].jenis, Some(JenisJabatan::Fungsional));
    assert_eq!((p.seats[1].kebutuhan, p.seats[1].bezetting), (3, None));
    assert_eq!(p.seats[2].jenis, Some(JenisJabatan::Pelaksana));
    assert_eq!(
        ids(&p),
        [
            "siasn-seat-missing",
            "siasn-seat-unit-missing",
            "siasn-bad-count"
        ]
    );
    assert_eq!(p.findings[2].column.as_deref(), Some("K"));
}

#[test]
fn a_standard_with_codes_names_and_a_technical_competency() {
    let text = "NO\tJABATAN ID\tNAMA JABATAN\tUNOR ID\tIntegritas\tKER\tKOM\tStatistik\tKeterangan\n\
                1\tJ1\tKepala Bidang P2P\tU2\t3\t3\t3\t4\tbaru\n\
                2\t\tEpidemiolog\tU2\t2\t6\t\t3\t\n";
    let p = read(&[("standar.tsv", text)]);
    assert_eq!(p.files[0].kind, FileKind::Standard);
    assert_eq!(p.files[0].ignored, ["NO", "Keterangan"]);
    let s = &p.standards[0];
    assert_eq!(
        s.levels,
        [
            (CompetencyKey::Core("INT"), 3),
            (CompetencyKey::Core("KS"), 3),
            (CompetencyKey::Core("KOM"), 3),
            (CompetencyKey::Technical("Statistik".into()), 4),
        ]
    );
    assert_eq!(p.standards[1].levels.len(), 2, "KS 6 is refused");
    assert_eq!(ids(&p), ["siasn-bad-level", "siasn-technical-columns"]);
    assert_eq!(p.findings[0].column.as_deref(), Some("KER"));
    assert_eq!(p.findings[0].value.as_deref(), Some("6"));
}

#[test]
fn an_unknown_column_with_other_values_is_not_a_competency() {
    let text = format!("NIP,INT,Catatan,Skor Teknis\n{A},3,7,2\n{B},2,ya,9\n");
    let p = read(&[("asesmen.csv", &text)]);
    assert_eq!(p.files[0].kind, FileKind::Assessment);
    // `Catatan` had a 7 (not a level) but also text, so it is no competency and its 7 is
    // not an error; `Skor Teknis` holds only digits, so its 9 is.
    assert_eq!(ids(&p), ["siasn-technical-columns", "siasn-bad-level"]);
    assert_eq!(p.files[0].ignored, ["Catatan"]);
    assert_eq!(
        p.assessments[0].levels,
        [
            (CompetencyKey::Core("INT"), 3),
            (CompetencyKey::Technical("Skor Teknis".into()), 2)
        ]
    );
}

#[test]
fn skp_rows_every_year() {
    let text = format!(
        "nip|tahun|predikat kinerja\n\
         {A}|2023|SANGAT BAIK\n\
         {A}|2024|baik\n\
         {B}|2020|Cukup\n\
         {B}|2024|\n\
         {A}|2024|Baik\n\
         {C}|24|Baik\n\
         {C}|2024|Istimewa\n"
    );
    let p = read(&[("skp.csv", &text)]);
    let got: Vec<(u16, Performance)> = p.skp.iter().map(|r| (r.year, r.predicate)).collect();
    assert_eq!(
        got,
        [
            (2023, Performance::SangatBaik),
            (2024, Performance::Baik),
            (2020, Performance::ButuhPerbaikan)
        ]
    );
    assert_eq!(
        ids(&p),
        [
            "siasn-old-predicate",
            "siasn-predicate-missing",
            "siasn-duplicate-skp",
            "siasn-bad-year",
            "siasn-bad-predicate"
        ]
    );
    assert_eq!(p.findings[0].severity, Severity::Note);
}

#[test]
fn files_to_save_again() {
    let latin1 = b"NIP,NAMA\n1,Jos\xe9\n".to_vec();
    let utf16: Vec<u8> = [0xFF, 0xFE, b'N', 0, b'I', 0, b'P', 0].to_vec();
    let xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1].to_vec();
    let cut = format!("NIP,NAMA,UNOR NAMA\n{A},\"Rina").into_bytes();
    let cut_char = b"NIP,NAMA\n1,Jos\xc3".to_vec();
    let zip_cut = b"PK\x03\x04garbage".to_vec();
    let files = vec![
        ("latin1.csv".to_owned(), latin1),
        ("unicode.txt".to_owned(), utf16),
        ("lama.xls".to_owned(), xls),
        ("cut.csv".to_owned(), cut),
        ("cut2.csv".to_owned(), cut_char),
        ("rusak.xlsx".to_owned(), zip_cut),
        ("kosong.csv".to_owned(), b" \n".to_vec()),
        ("lain.csv".to_owned(), b"Judul\nA,B,C\n".to_vec()),
    ];
    let p = read_files(&files);
    assert_eq!(
        ids(&p),
        [
            "store-not-utf8-file",
            "store-utf16",
            "store-old-xls",
            "siasn-truncated",
            "siasn-truncated",
            "store-xlsx-unreadable",
            "siasn-empty",
            "siasn-unknown-kind"
        ]
    );
    assert_eq!(p.findings[0].row, Some(2));
    assert!(
        said(&p)[7].contains("(first row: Judul)"),
        "{}",
        said(&p)[7]
    );
    assert!(p.files.is_empty() && p.has_errors());
}

#[test]
fn findings_are_capped_per_file_and_the_rest_counted() {
    let mut text = String::from("NIP,NAMA,UNOR NAMA\n");
    for _ in 0..250 {
        text.push_str("123,X,Y\n");
    }
    let p = read(&[("p.csv", &text), ("q.csv", "NIP,NAMA,UNOR NAMA\n1,X,Y\n")]);
    assert_eq!(p.findings.len(), LISTED_PER_FILE + 2);
    let more = &p.findings[LISTED_PER_FILE];
    assert_eq!(more.message.id, "siasn-more-findings");
    assert_eq!(more.severity, Severity::Error);
    assert!(Lang::En.say(&more.message).starts_with("50 more findings"));
    assert_eq!(p.findings[LISTED_PER_FILE + 1].file, "q.csv");
}

#[test]
fn the_delimiter_is_sniffed_past_a_title_row() {
    assert_eq!(delimiter("Judul, laporan\nA|B|C|D\n"), b'|');
    assert_eq!(delimiter("A;B;\"x;y;z;w\",C\n"), b';');
    assert_eq!(delimiter("A\tB\tC\n"), b'\t');
    assert_eq!(delimiter("A\n"), b',');
}

/// 100,000 profile rows of a province, as SIASN writes them (run in release:
/// `cargo test --release --lib siasn -- --ignored`).
#[test]
#[ignore = "a timing, meaningful only in release"]
fn a_province_of_profiles_reads_in_well_under_a_second() {
    let mut text = String::from(
        "PNS ID,NIP BARU,NAMA,GELAR DEPAN,GELAR BELAKANG,TANGGAL LAHIR,JENIS KELAMIN,\
         KEDUDUKAN HUKUM NAMA,GOL AKHIR NAMA,TMT CPNS,JENIS JABATAN ID,ESELON ID,JABATAN ID,\
         JABATAN NAMA,TMT JABATAN,TINGKAT PENDIDIKAN NAMA,PENDIDIKAN NAMA,UNOR ID,UNOR NAMA,\
         INSTANSI INDUK NAMA,AGAMA NAMA,ALAMAT,EMAIL\n",
    );
    for i in 0..100_000u32 {
        let (day, month, seq) = (1 + (i / 999) % 28, 1 + (i / 999 / 28) % 12, 1 + i % 999);
        let nip = format!("1985{month:02}{day:02}2010011{seq:03}");
        text.push_str(&format!(
            "A{i:08X},'{nip},Pegawai Nomor {i},dr.,M.Kes,{day:02}-{month:02}-1985,L,Aktif,III/c,01-01-2010,2,,\
             J{},Analis Kebijakan Ahli Muda,01-02-2020,S-2,S-2 Kesehatan,U{},\
             -- Bidang {} - PEMERINTAH KOTA BINJAI,Pemerintah Kota Binjai,Islam,Jl. Merdeka No. {i},\
             p{i}@binjaikota.go.id\n",
            i % 300,
            i % 900,
            i % 900
        ));
    }
    let files = vec![("pns.csv".to_owned(), text.into_bytes())];
    let start = std::time::Instant::now();
    let p = read_files(&files);
    let took = start.elapsed();
    assert_eq!(p.files[0].rows, 100_000);
    assert!(p.findings.is_empty(), "{:?}", said(&p).first());
    eprintln!(
        "100,000 profile rows in {took:?}, {} profiles, {} findings",
        p.profiles.len(),
        p.findings.len()
    );
    if !cfg!(debug_assertions) {
        assert!(took.as_millis() < 1000, "{took:?}");
    }
}

#[test]
fn the_unit_path_from_level_columns_or_from_the_name() {
    let levels = format!(
        "NIP,NAMA,UNOR (1),UNOR (2),UNOR (3),UNOR NAMA\n\
         {A},Siti,- Dinas Kesehatan - PEMERINTAH KOTA BINJAI,-- Bidang P2P,,Bidang P2P\n"
    );
    let named = format!("NIP,NAMA,UNOR NAMA\n{B},Budi,Dinas Kesehatan / Bidang P2P / Seksi X\n");
    let p = read(&[("a.csv", &levels), ("b.csv", &named)]);
    assert!(p.findings.is_empty(), "{:#?}", said(&p));
    assert_eq!(p.profiles[0].unor_path, ["Dinas Kesehatan", "Bidang P2P"]);
    assert_eq!(
        p.profiles[1].unor_path,
        ["Dinas Kesehatan", "Bidang P2P", "Seksi X"]
    );
    assert_eq!(
        p.profiles[1].unor_name.as_deref(),
        Some("Dinas Kesehatan / Bidang P2P / Seksi X")
    );
}

#[path = "read_xlsx_tests.rs"]
mod xlsx;
