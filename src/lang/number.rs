//! Numbers in the language's own way, from the Unicode CLDR data of ICU4X: `1.018` and `87,5`
//! in Bahasa Indonesia, `1,018` and `87.5` in English. Used by the Fluent bundles for every
//! number a message shows (`NUMBER($x, maximumFractionDigits: 1)` sets the places), and by
//! [`crate::lang::Lang`] for numbers a widget shows outside a message.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::GroupingStrategy;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// The two formatters of one language: with the thousands separator and without.
pub struct Numbers {
    grouped: Option<DecimalFormatter>,
    plain: Option<DecimalFormatter>,
}

impl Numbers {
    fn new(code: &str) -> Numbers {
        let locale = icu_locale_core::Locale::try_from_str(code)
            .or_else(|_| icu_locale_core::Locale::try_from_str(super::localizer::FALLBACK));
        let make = |grouping: GroupingStrategy| {
            let locale = locale.as_ref().ok()?;
            DecimalFormatter::try_new(locale.into(), grouping.into()).ok()
        };
        Numbers {
            grouped: make(GroupingStrategy::Auto),
            plain: make(GroupingStrategy::Never),
        }
    }

    /// `value` with between `min` and `max` decimals (rounded to `max`), grouped or not.
    pub fn format(&self, value: f64, min: usize, max: usize, grouping: bool) -> String {
        let max = max.max(min);
        let mut digits = format!("{value:.max$}");
        if let Some(dot) = digits.find('.') {
            // Drop the zeros after the places asked for.
            let keep = dot + 1 + min;
            while digits.len() > keep && digits.ends_with('0') {
                digits.pop();
            }
            if digits.ends_with('.') {
                digits.pop();
            }
        }
        // -0.0 rounds to a zero with a sign: say 0.
        if digits.starts_with('-') && digits.bytes().all(|b| matches!(b, b'-' | b'0' | b'.')) {
            digits.remove(0);
        }
        let formatter = if grouping { &self.grouped } else { &self.plain };
        match (formatter, Decimal::try_from_str(&digits)) {
            (Some(f), Ok(d)) => f.format_to_string(&d),
            _ => digits,
        }
    }
}

impl Memoizable for Numbers {
    type Args = ();
    type Error = std::convert::Infallible;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(Numbers::new(&lang.to_string()))
    }
}

/// The formatters of a language, made once.
pub fn numbers(code: &str) -> Arc<Numbers> {
    static CACHE: LazyLock<Mutex<HashMap<String, Arc<Numbers>>>> = LazyLock::new(Mutex::default);
    let mut cache = match CACHE.lock() {
        Ok(c) => c,
        Err(poisoned) => poisoned.into_inner(),
    };
    cache
        .entry(code.to_owned())
        .or_insert_with(|| Arc::new(Numbers::new(code)))
        .clone()
}

/// Fluent's hook for values: numbers in the bundle's language, everything else as Fluent
/// does it. Without `maximumFractionDigits` a number shows up to three decimals, as in
/// `Intl.NumberFormat`.
pub fn fluent_formatter(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(FluentNumber { value, options }) = value else {
        return None;
    };
    if !value.is_finite() {
        return None;
    }
    let min = options.minimum_fraction_digits.unwrap_or(0);
    let max = options.maximum_fraction_digits.unwrap_or(3);
    memoizer
        .with_try_get::<Numbers, _, _>((), |n| n.format(*value, min, max, options.use_grouping))
        .ok()
}
