//! Tests of the generator: the output imports, is deterministic, and names look right.

use super::people::old_spelling;
use super::*;

fn make(n: u64, seed: u64) -> (Vec<u8>, Summary) {
    let mut buf = Vec::new();
    let summary = generate(Options { employees: n, seed }, &mut buf).unwrap();
    (buf, summary)
}

#[test]
fn output_imports_cleanly_and_counts_match() {
    let (buf, summary) = make(2_000, 7);
    let text = String::from_utf8(buf).unwrap();
    let org = match crate::store::format::parse_v1("gen.json", &text) {
        Ok(org) => org,
        Err(e) => panic!("generated file does not import:\n{e}"),
    };
    assert_eq!(org.employees().len() as u64, summary.employees);
    assert_eq!(summary.employees, 2_000);
    assert_eq!(org.units().len(), summary.units);
    assert_eq!(org.positions().len(), summary.positions);
    let placed = org
        .employees()
        .iter()
        .filter(|e| e.position.is_some())
        .count() as u64;
    assert_eq!(placed, summary.placed);
    assert!(placed < summary.employees, "some staff are not placed");
    let pppk = org
        .employees()
        .iter()
        .filter(|e| e.nip.kind() == crate::domain::AsnKind::Pppk)
        .count();
    assert!(pppk > 50 && pppk < 1_000, "a share of PPPK, got {pppk}");
    assert!(org.employees().iter().any(|e| e.name.contains(", S.")));
    assert!(org.employees().iter().any(|e| !e.notes.is_empty()));
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let (a, _) = make(500, 42);
    let (b, _) = make(500, 42);
    let (c, _) = make(500, 43);
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn small_and_empty_organizations_are_valid() {
    for n in [0, 1, 17] {
        let (buf, s) = make(n, 1);
        let text = String::from_utf8(buf).unwrap();
        assert!(
            crate::store::format::parse_v1("g.json", &text).is_ok(),
            "n={n}"
        );
        assert_eq!(s.employees, n);
    }
}

#[test]
fn old_spelling_table() {
    assert_eq!(old_spelling("Joko Suprapto"), "Djoko Soeprapto");
    assert_eq!(old_spelling("Cahyo"), "Tjahyo");
}
