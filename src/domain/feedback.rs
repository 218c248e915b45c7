//! Voices from the public: what citizens say about a unit's service (a musrenbang request, a
//! complaint through SP4N-LAPOR!, a forum warga), recorded per unit so planners can weigh
//! it beside headcount and fit.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::org::{Organization, UnitIx};
use super::subtree::subtree_units;
use crate::lang::{Msg, msg};

/// How heavily a voice weighs: a passing remark, a recurring concern, or a service failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    /// Every value, from light to heavy.
    pub const ALL: [Severity; 3] = [Severity::Low, Severity::Medium, Severity::High];

    /// The value used in `penata/v1` files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    /// How planners read it (rendah, sedang, tinggi).
    pub fn label(self) -> &'static str {
        match self {
            Severity::Low => "rendah",
            Severity::Medium => "sedang",
            Severity::High => "tinggi",
        }
    }

    /// Parses the file-format value (`low`, `medium`, `high`).
    pub fn parse(s: &str) -> Option<Severity> {
        Self::ALL.into_iter().find(|v| v.code() == s)
    }

    /// Parses what a planner types: the code or the Indonesian label, any case.
    pub fn parse_loose(s: &str) -> Option<Severity> {
        let s = s.trim().to_lowercase();
        Self::ALL
            .into_iter()
            .find(|v| v.code() == s || v.label() == s)
    }

    /// The valid file-format values, for error messages.
    pub fn expected() -> String {
        Self::ALL.map(Severity::code).join(", ")
    }
}

/// The longest feedback text kept, in characters: a complaint's gist, not a whole letter.
pub const MAX_TEXT_CHARS: usize = 1000;
/// The longest source name, in characters (`SP4N-LAPOR!`, `musrenbang kecamatan 2026`).
pub const MAX_SOURCE_CHARS: usize = 80;

/// One voice from the public about a unit's service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// When the public said it (the forum, the complaint's date).
    pub date: Date,
    /// Where it came from, free text (`musrenbang`, `SP4N-LAPOR!`, `forum warga`); `None`
    /// when not known.
    pub source: Option<String>,
    /// What was said, one line.
    pub text: String,
    pub severity: Severity,
    /// Who recorded it (the OS user).
    pub recorded_by: String,
    /// When it was recorded.
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

/// What is wrong with a feedback record; each message says what would be valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedbackError {
    EmptyText,
    TextTooLong { chars: usize },
    EmptySource,
    SourceTooLong { chars: usize },
    ControlCharacter { field: &'static str, found: String },
    UnknownSeverity(String),
    NoRecorder,
}

impl FeedbackError {
    /// The message saying what is wrong, for the layer that shows it.
    pub fn msg(&self) -> Msg {
        match self {
            FeedbackError::EmptyText => msg!("domain-feedback-empty-text"),
            FeedbackError::TextTooLong { chars } => msg!(
                "domain-feedback-text-too-long",
                chars = *chars,
                max = MAX_TEXT_CHARS
            ),
            FeedbackError::EmptySource => msg!("domain-feedback-empty-source"),
            FeedbackError::SourceTooLong { chars } => msg!(
                "domain-feedback-source-too-long",
                chars = *chars,
                max = MAX_SOURCE_CHARS
            ),
            FeedbackError::ControlCharacter { field, found } => msg!(
                "domain-feedback-control",
                field = *field,
                found = found.as_str()
            ),
            FeedbackError::UnknownSeverity(s) => {
                msg!("domain-feedback-unknown-severity", found = s.as_str())
            }
            FeedbackError::NoRecorder => msg!("domain-feedback-no-recorder"),
        }
    }
}

/// English, for logs and error chains; a planner reads it worded in their language
/// (`lang.say(&e.msg())`).
impl std::fmt::Display for FeedbackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::Lang::En.say(&self.msg()))
    }
}

/// The first control or bidi character in `s` ([`crate::lang::safe`]), written as an escape
/// (`\n`) or by its code point (`U+0007 BELL`, `U+202E RIGHT-TO-LEFT OVERRIDE`).
fn control_char(s: &str) -> Option<String> {
    crate::lang::safe::first_refused(s, false).map(|c| match c {
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        c => crate::lang::safe::code_point(c),
    })
}

/// Checks a feedback text: not blank, at most [`MAX_TEXT_CHARS`], no control characters.
pub fn check_text(text: &str) -> Result<(), FeedbackError> {
    if text.trim().is_empty() {
        return Err(FeedbackError::EmptyText);
    }
    if let Some(found) = control_char(text) {
        return Err(FeedbackError::ControlCharacter {
            field: "text",
            found,
        });
    }
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(FeedbackError::TextTooLong { chars });
    }
    Ok(())
}

/// Checks a source name: not blank, at most [`MAX_SOURCE_CHARS`], no control characters.
pub fn check_source(source: &str) -> Result<(), FeedbackError> {
    if source.trim().is_empty() {
        return Err(FeedbackError::EmptySource);
    }
    if let Some(found) = control_char(source) {
        return Err(FeedbackError::ControlCharacter {
            field: "source",
            found,
        });
    }
    let chars = source.chars().count();
    if chars > MAX_SOURCE_CHARS {
        return Err(FeedbackError::SourceTooLong { chars });
    }
    Ok(())
}

/// Parses a severity as a planner types it; the error names the valid values.
pub fn parse_severity(s: &str) -> Result<Severity, FeedbackError> {
    Severity::parse_loose(s).ok_or_else(|| FeedbackError::UnknownSeverity(s.to_string()))
}

impl Feedback {
    /// Builds a checked record; text and source are trimmed first.
    pub fn new(
        date: Date,
        source: Option<&str>,
        text: &str,
        severity: Severity,
        recorded_by: &str,
        recorded_at: OffsetDateTime,
    ) -> Result<Feedback, FeedbackError> {
        let f = Feedback {
            date,
            source: source.map(|s| s.trim().to_string()),
            text: text.trim().to_string(),
            severity,
            recorded_by: recorded_by.trim().to_string(),
            recorded_at,
        };
        f.check()?;
        Ok(f)
    }

    /// Checks every rule, for records that did not come through [`Feedback::new`] (a store
    /// change refuses a record this rejects).
    pub fn check(&self) -> Result<(), FeedbackError> {
        check_text(&self.text)?;
        if let Some(s) = &self.source {
            check_source(s)?;
        }
        if self.recorded_by.trim().is_empty() {
            return Err(FeedbackError::NoRecorder);
        }
        Ok(())
    }

    /// Newest first: by the date it was said, then by when it was recorded.
    pub fn newest_first(a: &Feedback, b: &Feedback) -> std::cmp::Ordering {
        b.date
            .cmp(&a.date)
            .then_with(|| b.recorded_at.cmp(&a.recorded_at))
    }
}

/// A unit's feedback (with `subtree`, also its sub-units'), newest first, at most `limit`
/// entries, each with the unit it is about.
pub fn recent_feedback(
    org: &Organization,
    unit: UnitIx,
    subtree: bool,
    limit: usize,
) -> Vec<(UnitIx, &Feedback)> {
    let units = if subtree {
        subtree_units(org, Some(unit))
    } else {
        vec![unit]
    };
    let mut all: Vec<(UnitIx, &Feedback)> = units
        .into_iter()
        .flat_map(|u| org.unit(u).feedback.iter().map(move |f| (u, f)))
        .collect();
    // Stable: entries alike in date and time keep file order.
    all.sort_by(|a, b| Feedback::newest_first(a.1, b.1));
    all.truncate(limit);
    all
}

/// How many feedback entries a unit (with `subtree`, and its sub-units) holds, and how
/// many of them weigh `high`.
pub fn feedback_counts(org: &Organization, unit: UnitIx, subtree: bool) -> (usize, usize) {
    let units = if subtree {
        subtree_units(org, Some(unit))
    } else {
        vec![unit]
    };
    units
        .into_iter()
        .flat_map(|u| org.unit(u).feedback.iter())
        .fold((0, 0), |(all, high), f| {
            (all + 1, high + usize::from(f.severity == Severity::High))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Unit;
    use time::macros::{date, datetime};

    fn fb(day: Date, text: &str) -> Feedback {
        Feedback::new(
            day,
            Some("forum warga"),
            text,
            Severity::Medium,
            "ratna",
            datetime!(2026-11-23 09:00 +07:00),
        )
        .unwrap()
    }

    #[test]
    fn severity_codes_and_labels() {
        for s in Severity::ALL {
            assert_eq!(Severity::parse(s.code()), Some(s));
            assert_eq!(Severity::parse_loose(s.label()), Some(s));
        }
        assert_eq!(Severity::parse_loose(" HIGH "), Some(Severity::High));
        assert_eq!(Severity::parse_loose("Tinggi"), Some(Severity::High));
        assert_eq!(Severity::parse("tinggi"), None);
        assert_eq!(Severity::expected(), "low, medium, high");
        let err = parse_severity("urgent").unwrap_err();
        assert_eq!(err, FeedbackError::UnknownSeverity("urgent".into()));
        let said = crate::lang::Lang::Id.say(&err.msg());
        assert!(said.contains("low, medium, high"), "{said}");
    }

    #[test]
    fn text_and_source_rules() {
        let long = "a".repeat(MAX_TEXT_CHARS + 1);
        let cases: &[(&str, Option<&str>, Option<FeedbackError>)] = &[
            ("Antrean KTP-el sampai siang", None, None),
            ("  padded  ", Some(" musrenbang "), None),
            ("", None, Some(FeedbackError::EmptyText)),
            ("   ", None, Some(FeedbackError::EmptyText)),
            (
                &long,
                None,
                Some(FeedbackError::TextTooLong {
                    chars: MAX_TEXT_CHARS + 1,
                }),
            ),
            (
                "two\nlines",
                None,
                Some(FeedbackError::ControlCharacter {
                    field: "text",
                    found: "\\n".into(),
                }),
            ),
            (
                "bell\u{7}",
                None,
                Some(FeedbackError::ControlCharacter {
                    field: "text",
                    found: "U+0007 BELL".into(),
                }),
            ),
            (
                "terbalik\u{202e}",
                None,
                Some(FeedbackError::ControlCharacter {
                    field: "text",
                    found: "U+202E RIGHT-TO-LEFT OVERRIDE".into(),
                }),
            ),
            ("ok", Some(""), Some(FeedbackError::EmptySource)),
            (
                "ok",
                Some("lapor\tx"),
                Some(FeedbackError::ControlCharacter {
                    field: "source",
                    found: "\\t".into(),
                }),
            ),
        ];
        for (text, source, want) in cases {
            let got = Feedback::new(
                date!(2026 - 10 - 01),
                *source,
                text,
                Severity::Low,
                "budi",
                datetime!(2026-10-01 10:00 UTC),
            );
            match want {
                None => {
                    let f = got.unwrap();
                    assert_eq!(f.text, text.trim());
                    assert_eq!(f.source.as_deref(), source.map(str::trim));
                }
                Some(e) => assert_eq!(got.unwrap_err(), *e, "{text:?} {source:?}"),
            }
        }
        // Exactly at the limit is fine; multi-byte characters count once.
        let at_limit = "é".repeat(MAX_TEXT_CHARS);
        assert!(check_text(&at_limit).is_ok());
        let source = "s".repeat(MAX_SOURCE_CHARS + 1);
        assert_eq!(
            check_source(&source),
            Err(FeedbackError::SourceTooLong {
                chars: MAX_SOURCE_CHARS + 1
            })
        );
    }

    #[test]
    fn a_record_without_recorder_is_refused() {
        let mut f = fb(date!(2026 - 10 - 01), "ok");
        f.recorded_by = " ".into();
        assert_eq!(f.check(), Err(FeedbackError::NoRecorder));
    }

    #[test]
    fn recent_feedback_is_newest_first_and_limited() {
        let mut org = crate::domain::subtree::tests::org();
        let a = org.unit_ix("a").unwrap();
        let ab = org.unit_ix("a.b").unwrap();
        let c = org.unit_ix("c").unwrap();
        let (name, comps, mut units, positions, employees) = org.into_parts();
        let set = |units: &mut Vec<Unit>, id: &str, f: Vec<Feedback>| {
            units.iter_mut().find(|u| u.id == id).unwrap().feedback = f;
        };
        set(
            &mut units,
            "a",
            vec![
                fb(date!(2026 - 09 - 01), "a old"),
                fb(date!(2026 - 10 - 05), "a new"),
            ],
        );
        let mut late = fb(date!(2026 - 10 - 05), "a.b same day, recorded later");
        late.recorded_at = datetime!(2026-11-24 08:00 +07:00);
        late.severity = Severity::High;
        set(
            &mut units,
            "a.b",
            vec![fb(date!(2026 - 10 - 01), "a.b"), late],
        );
        set(&mut units, "c", vec![fb(date!(2026 - 12 - 01), "c newest")]);
        org = Organization::from_parts(name, comps, units, positions, employees);

        let texts = |v: Vec<(UnitIx, &Feedback)>| {
            v.into_iter()
                .map(|(u, f)| (u, f.text.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            texts(recent_feedback(&org, a, false, 10)),
            vec![(a, "a new".to_string()), (a, "a old".to_string())]
        );
        assert_eq!(
            texts(recent_feedback(&org, a, true, 3)),
            vec![
                (ab, "a.b same day, recorded later".to_string()),
                (a, "a new".to_string()),
                (ab, "a.b".to_string()),
            ]
        );
        assert!(recent_feedback(&org, c, true, 0).is_empty());
        assert_eq!(feedback_counts(&org, a, true), (4, 1));
        assert_eq!(feedback_counts(&org, a, false), (2, 0));
        assert_eq!(feedback_counts(&org, c, true), (1, 0));
    }
}
