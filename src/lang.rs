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
/// `pub fn NAME() -> &'static str` and a row of the module's `ALL`, so a test can check that
/// both languages are there. Use it once per module (`crate::lang::texts! { ... }`).
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
}
