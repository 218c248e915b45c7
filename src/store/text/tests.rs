//! The store's texts exist in both languages. Unit tests run in the default language,
//! Bahasa Indonesia, and never switch it (tests share the process); the English words are
//! checked through `ALL` here and in their own test binaries (`tests/import_messages_en.rs`,
//! `tests/documents_english.rs`).

use super::*;

/// Texts that are the same words in both languages, on purpose: domain terms and codes.
const SAME_IN_BOTH: &[&str] = &["DOC_RANK"];

#[test]
fn every_text_exists_in_both_languages() {
    assert!(ALL.len() > 80, "the table lost entries: {}", ALL.len());
    assert_eq!(crate::lang::check_table(ALL, SAME_IN_BOTH), Ok(()));
}

#[test]
fn the_csv_columns_are_translated_but_for_their_terms() {
    let (id, en) = CSV_COLUMNS_BOTH;
    let translated = id.iter().zip(en).filter(|(a, b)| **a != *b).count();
    // No, NIP and Golongan stay; the rest are words.
    assert_eq!(translated, 12, "{id:?} / {en:?}");
}

#[test]
fn the_language_defaults_to_indonesian() {
    // Unit tests never set the language: the store speaks Bahasa Indonesia.
    assert_eq!(lang(), Lang::Id);
    assert_eq!(TOP_LEVEL(), "tingkat atas");
    assert_eq!(nothing_imported(2), "2 kesalahan; tidak ada yang diimpor");
    assert_eq!(
        &CSV_COLUMNS_BOTH.0[..],
        &*super::super::minutes::CSV_COLUMNS
    );
}

#[test]
fn store_errors_say_what_is_wrong_and_what_to_do() {
    let locked = crate::store::StoreError::Locked {
        dir: "/data/penata".into(),
    }
    .to_string();
    assert!(
        locked.starts_with("basis data di /data/penata sedang dipakai proses penata lain."),
        "{locked}"
    );
    assert!(locked.contains("--db DIR"), "{locked}");
    let corrupt = crate::store::StoreError::Corrupt {
        key: "meta/schema".into(),
        message: NOT_U32().into(),
    }
    .to_string();
    assert_eq!(
        corrupt,
        "rekaman tersimpan meta/schema tidak dapat dibaca (bukan angka 4 bita); basis data \
         mungkin rusak: pulihkan dari hasil ekspor"
    );
}

#[test]
fn serde_json_words_are_translated_and_unknown_ones_kept() {
    assert_eq!(json_message("trailing comma"), "ada koma berlebih di akhir");
    assert_eq!(
        json_message("invalid type: map, expected a list of records"),
        "jenis nilai tidak sah: sebuah objek, yang diharapkan a list of records"
    );
    assert_eq!(json_message("something new"), "something new");
}

#[test]
fn documents_write_numbers_and_times_the_indonesian_way() {
    assert_eq!(percent(87.5), "87,5%");
    assert_eq!(clock(9, 5), "09.05");
    assert_eq!(weekday(time::Weekday::Friday), "Jumat");
    assert_eq!(month(time::Month::August), "Agustus");
}

/// Store source files, without their tests, that may hold words shown to people.
fn store_sources() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.to_string_lossy().into_owned();
            if path.is_dir() {
                walk(&path, out);
            } else if name.ends_with(".rs") && !name.contains("tests") {
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
                out.push((name, code));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store"),
        &mut out,
    );
    out
}

#[test]
fn no_message_is_written_outside_the_bilingual_texts() {
    // A string literal of two or more words, in the code that builds messages, would be a
    // text in one language only. The synthetic data generator writes data (names of units
    // and people), not messages; the literals allowed are other programs' words or codes.
    let allowed = [
        "\" at line {} column {}\"",
        "\"could not acquire lock\"",
        "\"yyyy-mm-dd hh:mm\"",
    ];
    let mut found = Vec::new();
    for (file, code) in store_sources() {
        if file.ends_with("text.rs") || file.contains("generate") {
            continue;
        }
        for (n, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            let mut rest = line;
            while let Some(start) = rest.find('"') {
                let after = &rest[start + 1..];
                let Some(end) = after.find('"') else { break };
                let literal = &after[..end];
                // Placeholders (`{record}`) are values, not words.
                let mut plain = String::new();
                let mut depth = 0usize;
                for c in literal.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth = depth.saturating_sub(1),
                        c if depth == 0 => plain.push(c),
                        _ => {}
                    }
                }
                let words = plain
                    .split(' ')
                    .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                    .count();
                let quoted = format!("\"{literal}\"");
                if words >= 2 && !allowed.contains(&quoted.as_str()) {
                    found.push(format!("{file}:{}: {quoted}", n + 1));
                }
                rest = &after[end + 1..];
            }
        }
    }
    assert!(
        found.is_empty(),
        "texts in one language only; put them in store/text.rs with both languages:\n{}",
        found.join("\n")
    );
}
