//! The language of everything penata says: screen, command-line messages, errors and help.
//!
//! It is chosen once per process (`--lang`, the settings file, the locale; see
//! `docs/settings.md`) with [`set_lang`] and never changes while the process runs. Until then
//! it is Bahasa Indonesia. Texts pick their language with [`pick`] (a fixed text) or a `match`
//! over [`lang()`] (a text built from values), so the compiler sees both languages of every
//! text.

use std::sync::atomic::{AtomicU8, Ordering};

pub use crate::settings::Lang;

/// 0 Bahasa Indonesia (the default), 1 English.
static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the language of every text for the rest of the process.
pub fn set_lang(lang: Lang) {
    let v = match lang {
        Lang::Id => 0,
        Lang::En => 1,
    };
    LANG.store(v, Ordering::Relaxed);
}

/// The language texts are in; Bahasa Indonesia until [`set_lang`] says otherwise.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Id,
    }
}

/// Picks the text of the current language.
pub fn pick<T>(id: T, en: T) -> T {
    match lang() {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// A table of fixed texts: `NAME => "Bahasa Indonesia", "English";` becomes
/// `pub fn NAME() -> &'static str` and a row of the module's `ALL`, so the module's tests can
/// check the table with `check_table`. Use it once per module (`crate::lang::texts! { ... }`).
macro_rules! texts {
    ($($(#[$meta:meta])* $name:ident => $id:expr, $en:expr;)*) => {
        $(
            $(#[$meta])*
            #[allow(non_snake_case)]
            pub fn $name() -> &'static str {
                $crate::lang::pick($id, $en)
            }
        )*
        /// Every fixed text: (name, Bahasa Indonesia, English).
        pub const ALL: &[(&str, &str, &str)] = &[$((stringify!($name), $id, $en)),*];
    };
}
pub(crate) use texts;

/// The `{...}` placeholders a template fills in, sorted: the two languages may put them in a
/// different order, but must fill in the same ones.
#[cfg(test)]
fn placeholders(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = s
        .match_indices('{')
        .filter_map(|(i, _)| s[i..].find('}').map(|j| &s[i..=i + j]))
        .collect();
    out.sort_unstable();
    out
}

/// Checks a `texts!` table (a module's `ALL`): every text has both languages, each name is
/// used once, a template has the same placeholders in both languages, and the two languages
/// differ, except for the names in `same_in_both` (domain terms and codes said the same way),
/// which must be in the table and the same in both. The error names every entry that is wrong
/// and what is wrong with it, one a line.
#[cfg(test)]
pub(crate) fn check_table(all: &[(&str, &str, &str)], same_in_both: &[&str]) -> Result<(), String> {
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (name, id, en) in all {
        if !seen.insert(*name) {
            problems.push(format!("{name} is in the table twice"));
        }
        if id.trim().is_empty() {
            problems.push(format!("{name} has no Indonesian text"));
        }
        if en.trim().is_empty() {
            problems.push(format!("{name} has no English text"));
        }
        let (id_marks, en_marks) = (placeholders(id), placeholders(en));
        if id_marks != en_marks {
            problems.push(format!(
                "{name}: the placeholders differ between the languages: {id_marks:?} / {en_marks:?}"
            ));
        }
        match (same_in_both.contains(name), id == en) {
            (false, true) => problems.push(format!("{name} is not translated: {id:?}")),
            (true, false) => problems.push(format!(
                "{name} is listed as the same in both languages but differs: {id:?} / {en:?}"
            )),
            _ => {}
        }
    }
    for name in same_in_both {
        if !seen.contains(name) {
            problems.push(format!(
                "{name} is listed as the same in both languages but is not in the table"
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// A number with `places` decimals and the language's decimal mark: `87,5` in Bahasa
/// Indonesia, `87.5` in English.
pub fn decimal(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    match lang() {
        Lang::Id => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A percentage with one decimal: `87,5%`, `87.5%`.
pub fn percent(p: f64) -> String {
    format!("{}%", decimal(p, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_the_default_languages_decimal_comma() {
        // Lib tests run in the default language (never set here: tests share the process).
        assert_eq!(lang(), Lang::Id);
        assert_eq!(decimal(87.54, 1), "87,5");
        assert_eq!(percent(100.0), "100,0%");
        assert_eq!(decimal(1.005, 0), "1");
    }

    #[test]
    fn placeholders_are_found_in_any_order() {
        assert_eq!(placeholders("a {x} b {mark}"), vec!["{mark}", "{x}"]);
        assert_eq!(
            placeholders("{mark} then {x}"),
            placeholders("a {x} b {mark}")
        );
        assert_eq!(placeholders("no values"), Vec::<&str>::new());
        // An unclosed brace fills nothing in.
        assert_eq!(placeholders("a { b"), Vec::<&str>::new());
    }

    #[test]
    fn the_table_check_names_each_fault() {
        let good = [("A", "satu {n}", "one {n}"), ("NIP", "NIP", "NIP")];
        assert_eq!(check_table(&good, &["NIP"]), Ok(()));
        type Table<'a> = &'a [(&'a str, &'a str, &'a str)];
        // (table, names the same in both languages, what the error must say)
        let faults: [(Table, &[&str], &str); 8] = [
            (&[("A", " ", "one")], &[], "A has no Indonesian text"),
            (&[("A", "satu", "")], &[], "A has no English text"),
            (
                &[("A", "satu", "one"), ("A", "dua", "two")],
                &[],
                "A is in the table twice",
            ),
            (
                &[("A", "satu {n}", "one {m}")],
                &[],
                "A: the placeholders differ",
            ),
            (
                &[("A", "{n} satu", "one")],
                &[],
                "A: the placeholders differ",
            ),
            (&[("A", "Unit", "Unit")], &[], "A is not translated"),
            (
                &[("A", "satu", "one")],
                &["A"],
                "A is listed as the same in both languages but differs",
            ),
            (
                &[("A", "satu", "one")],
                &["B"],
                "B is listed as the same in both languages but is not in the table",
            ),
        ];
        for (table, same, expected) in faults {
            let err = check_table(table, same).unwrap_err();
            assert!(err.contains(expected), "{table:?}: {err}");
        }
        // Every fault is told, not only the first.
        let err = check_table(&[("A", "", "x"), ("B", "y", "y")], &[]).unwrap_err();
        assert_eq!(err.lines().count(), 2, "{err}");
    }
}
