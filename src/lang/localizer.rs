//! The message resources of every language, parsed once, and the lookup that falls back to
//! English for a message a language does not have yet.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::number;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// One language's resource files: `(file name, Fluent source)`.
pub type Files<'a> = &'a [(&'a str, &'a str)];

/// The language every lookup falls back to.
pub const FALLBACK: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// The messages of several languages, each a Fluent bundle, with a fallback language.
pub struct Localizer {
    /// (language code, its bundle), in code order.
    bundles: Vec<(String, Bundle)>,
    fallback: Option<usize>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let codes: Vec<&str> = self.bundles.iter().map(|(c, _)| c.as_str()).collect();
        f.debug_struct("Localizer")
            .field("languages", &codes)
            .finish()
    }
}

/// The resources built into the binary (`locales/`), parsed on first use.
static BUILTIN: LazyLock<Localizer> =
    LazyLock::new(|| Localizer::from_sources(embedded::SOURCES, FALLBACK).0);

impl Localizer {
    /// The messages built into penata.
    pub fn builtin() -> &'static Localizer {
        &BUILTIN
    }

    /// The embedded sources themselves: (language code, its files). For the resource checks.
    pub fn builtin_sources() -> &'static [(&'static str, Files<'static>)] {
        embedded::SOURCES
    }

    /// Builds the bundles from sources; what cannot be used (a syntax error, a message
    /// defined twice) is left out and described in the second value, one problem a line.
    pub fn from_sources(sources: &[(&str, Files<'_>)], fallback: &str) -> (Localizer, Vec<String>) {
        let mut problems = Vec::new();
        let mut bundles = Vec::new();
        for (code, files) in sources {
            let langid: LanguageIdentifier = match code.parse() {
                Ok(id) => id,
                Err(_) => {
                    problems.push(format!("{code}: not a language code"));
                    continue;
                }
            };
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            // Terminals and documents get the text itself: no invisible isolation marks
            // around values (they are bidi controls, which penata never prints).
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(number::fluent_formatter));
            // NUMBER(), for the places of a decimal.
            if let Err(e) = bundle.add_builtins() {
                problems.push(format!("{code}: {e}"));
            }
            for (file, source) in *files {
                let resource = match FluentResource::try_new((*source).to_owned()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            problems.push(format!("{code}/{file}: {e}"));
                        }
                        r
                    }
                };
                if let Err(errors) = bundle.add_resource(resource) {
                    for e in errors {
                        problems.push(format!("{code}/{file}: {e}"));
                    }
                }
            }
            bundles.push(((*code).to_owned(), bundle));
        }
        bundles.sort_by(|a, b| a.0.cmp(&b.0));
        let fallback = bundles.iter().position(|(c, _)| c == fallback);
        (Localizer { bundles, fallback }, problems)
    }

    fn bundle(&self, code: &str) -> Option<&Bundle> {
        self.bundles
            .binary_search_by(|(c, _)| c.as_str().cmp(code))
            .ok()
            .map(|i| &self.bundles[i].1)
    }

    /// The language codes this localizer has.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.iter().map(|(c, _)| c.as_str())
    }

    /// Whether the language itself (not its fallback) has the message `id`
    /// (`message` or `message.attribute`).
    pub fn has(&self, code: &str, id: &str) -> bool {
        self.bundle(code)
            .is_some_and(|b| lookup(b, id, None).is_some())
    }

    /// The message `id` (`message` or `message.attribute`) in the language `code` with its
    /// values; in the fallback language when `code` lacks it; `None` when no language has it
    /// (the resource checks make sure that never ships).
    pub fn find(&self, code: &str, id: &str, args: Option<&FluentArgs>) -> Option<Cow<'_, str>> {
        self.bundle(code)
            .and_then(|b| lookup(b, id, args))
            .or_else(|| {
                self.fallback
                    .and_then(|i| lookup(&self.bundles[i].1, id, args))
            })
    }

    /// Like [`Localizer::find`], saying the id itself when no language has the message.
    pub fn format(&self, code: &str, id: &str, args: Option<&FluentArgs>) -> String {
        match self.find(code, id, args) {
            Some(text) => text.into_owned(),
            None => id.to_owned(),
        }
    }
}

/// Formats `id` from one bundle; `None` when the bundle has no such message or attribute.
fn lookup<'a>(bundle: &'a Bundle, id: &str, args: Option<&FluentArgs>) -> Option<Cow<'a, str>> {
    let (name, attribute) = match id.split_once('.') {
        Some((n, a)) => (n, Some(a)),
        None => (id, None),
    };
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    // A missing value leaves its `{$name}` in the text; the resource checks make sure every
    // message gets the values it names.
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors))
}
