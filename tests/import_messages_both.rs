//! One refused file read in both languages, in one test: the language is process-wide, so
//! this binary holds a single test that switches it itself (no other test can race it).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

mod import_fixtures;

use import_fixtures::{errors_of, example};
use penata::lang::set_lang;
use penata::settings::Lang;
use penata::store::text;

#[test]
fn the_same_file_says_the_same_thing_in_both_languages() {
    // One refused spreadsheet, read once per language: the place keeps its shape and its
    // numbers, and each language's words are the text functions' words.
    let current = example();
    let read = |lang| {
        set_lang(lang);
        let errors = errors_of("csv-unknown-position.csv", &current);
        (errors.errors[0].clone(), errors.to_string())
    };
    let (id, id_all) = read(Lang::Id);
    let (en, en_all) = read(Lang::En);
    assert_eq!((id.file.as_str(), id.line), (en.file.as_str(), en.line));
    assert_eq!(id.record, "baris 2 nip 198811202014022001");
    assert_eq!(en.record, "row 2 nip 198811202014022001");
    assert_ne!(id.message, en.message);
    set_lang(Lang::Id);
    assert_eq!(
        id.message,
        text::unknown_position("jabatan", "\"disdukcapil.sopir\"")
    );
    set_lang(Lang::En);
    assert_eq!(
        en.message,
        text::unknown_position("jabatan", "\"disdukcapil.sopir\"")
    );
    set_lang(Lang::Id);
    assert!(id_all.ends_with("tidak ada yang diimpor"), "{id_all}");
    assert!(en_all.ends_with("nothing was imported"), "{en_all}");
}
