//! The invalid import fixtures (`fixtures/invalid`), read the way the CLI reads them, for the
//! message tests (`tests/integration/import_messages.rs`, and `tests/import_messages_en.rs`
//! for the domain validation's English).
#![allow(dead_code)]

use penata::domain::Organization;
use penata::lang::Lang;
use penata::store::format::parse_v1;
use penata::store::import::{ImportData, ImportErrors, read_import};

fn fixture(path: &str) -> Vec<u8> {
    let full = format!("{}/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The small example, standing for the stored organization that spreadsheet rows meet.
pub fn example() -> Organization {
    let text = String::from_utf8(fixture("example-small.json")).unwrap();
    parse_v1("example-small.json", &text).unwrap()
}

/// Reads an invalid fixture (JSON through `parse_v1`, so that non-object JSON is tested too).
pub fn errors_of(name: &str, current: &Organization) -> ImportErrors {
    let bytes = fixture(&format!("invalid/{name}"));
    let result = if name.ends_with(".json") {
        let text = std::str::from_utf8(&bytes).unwrap();
        parse_v1(name, text).map(ImportData::Organization)
    } else {
        read_import(name, &bytes, current)
    };
    match result {
        Ok(_) => panic!("{name} was accepted"),
        Err(e) => e,
    }
}

/// Every fixture's file name, sorted.
pub fn fixture_names() -> Vec<String> {
    let dir = format!("{}/fixtures/invalid", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// What a fixture's first error must be.
pub enum First {
    /// The whole line as printed.
    Is(&'static str),
    /// The line starts with this (where the message itself belongs to the domain's
    /// validation, whose wording its own tests check): the place, exactly.
    StartsWith(&'static str),
}

/// Checks every fixture against `table` (file, number of errors, first error, worded in
/// `lang`) and that every fixture file is in it; lists every mismatch at once, as a table row
/// to paste.
pub fn check(table: &[(&str, usize, First)], lang: Lang) {
    let current = example();
    let mut failures = Vec::new();
    for (name, count, first) in table {
        let errors = errors_of(name, &current);
        let got = lang.say(&errors.errors[0].msg());
        let ok = match first {
            First::Is(want) => got == *want,
            First::StartsWith(want) => got.starts_with(want),
        };
        if !ok || errors.total() != *count {
            failures.push(format!("    (\"{name}\", {}, {got:?}),", errors.total()));
        }
    }
    for name in fixture_names() {
        if !table.iter().any(|(n, _, _)| *n == name) {
            let errors = errors_of(&name, &current);
            failures.push(format!(
                "    not in the table: (\"{name}\", {}, {:?}),",
                errors.total(),
                lang.say(&errors.errors[0].msg())
            ));
        }
    }
    assert!(failures.is_empty(), "mismatches:\n{}", failures.join("\n"));
}
