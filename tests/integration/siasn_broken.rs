//! The hand-made broken SIASN files of `fixtures/siasn/broken/` hold the one problem their
//! README says, where it says, and nothing else: the base set is valid, and a file that stands
//! in for `base/pns.csv` differs from it in the one row named.

use std::collections::{HashMap, HashSet};
use std::io::Cursor;
use std::path::PathBuf;

use calamine::{Data, Reader, Xlsx};
use penata::domain::{AsnKind, Nip, Rank};

fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/siasn/broken")
        .join(name)
}

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(path(name)).unwrap()
}

/// Rows of a CSV as a spreadsheet numbers them: index 0 is row 1 (the header). Every line
/// ends with CRLF but the last one of a truncated file.
fn rows(name: &str, sep: char) -> Vec<Vec<String>> {
    let text = String::from_utf8(bytes(name)).unwrap();
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "{name}: a bare LF"
    );
    csv::ReaderBuilder::new()
        .delimiter(sep as u8)
        .has_headers(false)
        .flexible(true)
        .quoting(sep == ',')
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn col(rows: &[Vec<String>], name: &str) -> usize {
    rows[0].iter().position(|h| h == name).unwrap()
}

fn nip(cell: &str) -> Result<Nip, penata::domain::NipError> {
    Nip::parse(cell.trim_start_matches('\''))
}

/// The rows (1-based, as a spreadsheet shows them) where a profile differs from the base PNS.
fn changed_rows(name: &str) -> Vec<usize> {
    let base = rows("base/pns.csv", ';');
    let other = rows(name, ';');
    let n = base.len().max(other.len());
    (0..n)
        .filter(|&i| base.get(i) != other.get(i))
        .map(|i| i + 1)
        .collect()
}

fn base_nips() -> HashSet<Nip> {
    let pns = rows("base/pns.csv", ';');
    let pppk = rows("base/pppk.csv", '|');
    let c = col(&pns, "NIP BARU");
    pns[1..]
        .iter()
        .chain(&pppk[1..])
        .map(|r| nip(&r[c]).unwrap())
        .collect()
}

fn hierarchy(name: &str) -> HashMap<String, String> {
    rows(name, ',')[1..]
        .iter()
        .map(|r| (r[0].clone(), r[2].clone()))
        .collect()
}

#[test]
fn the_base_set_is_valid() {
    for (file, sep, kind) in [
        ("base/pns.csv", ';', AsnKind::Pns),
        ("base/pppk.csv", '|', AsnKind::Pppk),
    ] {
        let rows = rows(file, sep);
        let [n, g] = ["NIP BARU", "GOL AKHIR NAMA"].map(|c| col(&rows, c));
        for r in &rows[1..] {
            assert_eq!(r.len(), rows[0].len(), "{file}");
            assert_eq!(nip(&r[n]).unwrap().kind(), kind, "{file}");
            assert_eq!(Rank::parse(&r[g]).unwrap().kind(), kind, "{file}");
        }
    }
    let units = hierarchy("base/hierarki.csv");
    let pns = rows("base/pns.csv", ';');
    let u = col(&pns, "UNOR ID");
    assert!(pns[1..].iter().all(|r| units.contains_key(&r[u])));
    for id in units.keys() {
        let (mut at, mut steps) = (id.clone(), 0);
        while let Some(parent) = units.get(&at).filter(|p| !p.is_empty()) {
            assert!(units.contains_key(parent), "{parent}");
            at = parent.clone();
            steps += 1;
            assert!(steps < units.len(), "a cycle through {id}");
        }
    }
}

#[test]
fn each_profile_stand_in_changes_the_one_row_named() {
    let row = |name: &str| {
        let changed = changed_rows(name);
        assert_eq!(changed.len(), 1, "{name}: rows {changed:?}");
        rows(name, ';').swap_remove(changed[0] - 1)
    };
    let head = rows("base/pns.csv", ';').swap_remove(0);
    let at = |c: &str| head.iter().position(|h| h == c).unwrap();
    assert_eq!(changed_rows("nip_invalid.csv"), [4]);
    assert!(nip(&row("nip_invalid.csv")[at("NIP BARU")]).is_err());
    assert_eq!(changed_rows("nip_scientific.csv"), [5]);
    assert_eq!(row("nip_scientific.csv")[at("NIP BARU")], "1,99001E+17");
    assert_eq!(changed_rows("golongan_unknown.csv"), [4]);
    assert!(Rank::parse(&row("golongan_unknown.csv")[at("GOL AKHIR NAMA")]).is_err());
    assert_eq!(changed_rows("unor_missing.csv"), [5]);
    let units = hierarchy("base/hierarki.csv");
    assert!(!units.contains_key(&row("unor_missing.csv")[at("UNOR ID")]));
    assert_eq!(changed_rows("pppk_in_pns.csv"), [6]);
    let pppk = nip(&row("pppk_in_pns.csv")[at("NIP BARU")]).unwrap();
    assert_eq!(pppk.kind(), AsnKind::Pppk);
    assert!(
        !base_nips().contains(&pppk),
        "a new person, not a duplicate"
    );
}

#[test]
fn the_nip_of_the_workbook_is_a_number_cell() {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes("nip_excel_number.xlsx"))).unwrap();
    let range = book.worksheet_range("Data Utama").unwrap();
    let cells: Vec<&Data> = range.rows().map(|r| &r[1]).collect();
    assert!(matches!(cells[2], Data::Float(f) if *f > 1.9e17));
    let text = cells
        .iter()
        .filter(|c| matches!(c, Data::String(_)))
        .count();
    assert_eq!(
        text,
        cells.len() - 1,
        "the header and the other NIPs are text"
    );
}

#[test]
fn the_duplicate_is_a_base_pns_nip_in_a_pppk_file() {
    let rows = rows("duplicate_across_files.csv", '|');
    let n = col(&rows, "NIP BARU");
    let nips: Vec<Nip> = rows[1..].iter().map(|r| nip(&r[n]).unwrap()).collect();
    let pns: HashSet<Nip> = base_nips()
        .into_iter()
        .filter(|n| n.kind() == AsnKind::Pns)
        .collect();
    let again: Vec<usize> = (0..nips.len())
        .filter(|&i| pns.contains(&nips[i]))
        .collect();
    assert_eq!(again, [2], "row 4 only");
}

#[test]
fn the_hierarchies_have_a_missing_parent_and_a_cycle() {
    let rows = rows("hierarki_parent_missing.csv", ',');
    let units = hierarchy("hierarki_parent_missing.csv");
    let orphans: Vec<usize> = (1..rows.len())
        .filter(|&i| !rows[i][2].is_empty() && !units.contains_key(&rows[i][2]))
        .map(|i| i + 1)
        .collect();
    assert_eq!(orphans, [6]);
    let units = hierarchy("hierarki_cycle.csv");
    let rows = rows_of("hierarki_cycle.csv");
    let start = &rows[4][0];
    let parent = &units[start];
    assert_eq!(
        &units[parent], start,
        "row 5 and its parent point at each other"
    );
    assert_eq!(changed_hierarchy_rows("hierarki_cycle.csv"), [5]);
    assert_eq!(changed_hierarchy_rows("hierarki_parent_missing.csv"), [6]);
}

fn rows_of(name: &str) -> Vec<Vec<String>> {
    rows(name, ',')
}

fn changed_hierarchy_rows(name: &str) -> Vec<usize> {
    let base = rows_of("base/hierarki.csv");
    let other = rows_of(name);
    (0..base.len())
        .filter(|&i| base[i] != other[i])
        .map(|i| i + 1)
        .collect()
}

#[test]
fn assessments_and_skp_have_their_one_bad_row() {
    let rows7 = rows("assessment_level_7.csv", ',');
    let mut bad = Vec::new();
    for (i, r) in rows7.iter().enumerate().skip(1) {
        for (c, v) in r.iter().enumerate().take(12).skip(3) {
            if !matches!(v.parse::<u8>(), Ok(1..=5)) {
                bad.push((i + 1, rows7[0][c].clone(), v.clone()));
            }
        }
    }
    assert_eq!(
        bad,
        [(3, "Orientasi pada Hasil".to_string(), "7".to_string())]
    );
    let known = base_nips();
    for (name, sep, row) in [
        ("assessment_unknown_nip.csv", ',', 4),
        ("skp_unknown_nip.csv", '\t', 5),
    ] {
        let rows = rows(name, sep);
        let n = col(&rows, "NIP");
        let unknown: Vec<usize> = (1..rows.len())
            .filter(|&i| !known.contains(&nip(&rows[i][n]).unwrap()))
            .map(|i| i + 1)
            .collect();
        assert_eq!(unknown, [row], "{name}");
    }
}

#[test]
fn truncated_and_windows_1252_files_are_what_they_say() {
    let text = String::from_utf8(bytes("truncated.csv")).unwrap();
    assert!(!text.ends_with('\n'));
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines.len(), 5);
    let fields = |l: &str| l.split(';').count();
    assert!(fields(lines[4]) < fields(lines[0]));
    assert!(lines[..4].iter().all(|l| fields(l) == fields(lines[0])));
    assert!(Xlsx::new(Cursor::new(bytes("truncated.xlsx"))).is_err());
    let raw = bytes("windows1252.csv");
    assert!(String::from_utf8(raw.clone()).is_err());
    assert_eq!(raw.iter().filter(|&&b| b >= 0x80).count(), 1);
    assert!(raw.windows(4).any(|w| w == b"Nur\x92"));
}
