//! Semantic validation of an organization read from a file, before it becomes an
//! [`Organization`].
//!
//! Pure: the store's readers turn a file into raw records ([`RawFile`]) whose fields keep
//! whatever was found ([`Raw`]); this module checks every rule, collects every problem (up
//! to [`MAX_PROBLEMS`], counting the rest) and builds the organization only when there are
//! none. Every check is linear in the input (hash sets, one pass per kind), so a file with a
//! million employees validates in one sweep; raw records are consumed as they are checked so
//! the data is not held twice over.

use std::collections::{HashMap, HashSet};

use super::competency::{Competency, CompetencyGroup, Level, Levels, is_valid_code};
use super::employee::Employee;
use super::nip::{AsnKind, Nip};
use super::org::Organization;
use super::rank::Rank;
use crate::lang::{Msg, msg};

mod employees;
mod positions;
mod raw;
mod siasn;
mod units;

pub use raw::*;
pub use siasn::MAX_SIASN_TEXT;
pub use units::{MAX_UNIT_DEPTH, too_deep};

/// Checks every rule and builds the organization; `None` when `problems` is not empty
/// afterwards (including problems the caller recorded before).
pub fn validate(file: RawFile, problems: &mut Problems) -> Option<Organization> {
    Checker::new(problems).finish(file)
}

/// Validates a file while it is being read. Employees (nearly all of a large file) are
/// checked one at a time as the reader meets them, so their raw form never piles up; the
/// smaller lists and the references between records are checked by [`Checker::finish`].
pub struct Checker<'p> {
    v: Validator<'p>,
    /// Index in the file of the next employee.
    next: usize,
    employees: Vec<Employee>,
    /// Per accepted employee: its index in the file and its line.
    origin: Vec<(usize, Option<usize>)>,
    seen: NipSeen,
}

impl<'p> Checker<'p> {
    /// Starts a check that records its problems in `problems`.
    pub fn new(problems: &'p mut Problems) -> Self {
        Checker {
            v: Validator { problems },
            next: 0,
            employees: Vec::new(),
            origin: Vec::new(),
            seen: NipSeen::new(),
        }
    }

    /// Makes room for the employees the reader expects, so a large list is not regrown.
    pub fn reserve(&mut self, employees: usize) {
        self.employees.reserve(employees);
        self.origin.reserve(employees);
        self.seen.reserve(employees);
    }

    /// Records a problem the reader found (the file's shape).
    pub fn report(&mut self, problem: Problem) {
        self.v.problems.push(problem);
    }

    /// Drops what was found so far for one problem that makes the rest meaningless (the
    /// file is not valid JSON).
    pub fn abandon(self, problem: Problem) {
        *self.v.problems = Problems::default();
        self.v.problems.push(problem);
    }

    /// Checks the next element of the `employees` list.
    pub fn employee(&mut self, rec: RawRecord<RawEmployee>) {
        let (i, line) = (self.next, rec.line);
        self.next += 1;
        if let Some(e) = self.v.employee(i, rec, &mut self.seen) {
            self.employees.push(e);
            self.origin.push((i, line));
        }
    }

    /// Checks the other lists and every reference, then builds the organization. Employees
    /// in `file` are checked after those given to [`Checker::employee`].
    pub fn finish(mut self, file: RawFile) -> Option<Organization> {
        for rec in file.employees {
            self.employee(rec);
        }
        let v = &mut self.v;
        let top = Ctx {
            line: file.organization_line,
            record: msg!("domain-record-top-level"),
        };
        let name = v.text(
            &top,
            "organization",
            file.organization,
            msg!("domain-what-organization-name"),
        );
        // Id sets hold every id seen, also of records rejected for another reason, so one
        // mistake is reported once rather than again at every reference to it.
        let (competencies, codes) = v.competencies(file.competencies);
        let codes: HashSet<&str> = codes.keys().map(String::as_str).collect();
        let dict = Dictionary::new(&codes);
        let (units, unit_ids) = v.units(file.units);
        let unit_ids: HashSet<&str> = unit_ids.keys().map(String::as_str).collect();
        let (positions, position_ids) = v.positions(file.positions, &unit_ids, &dict);
        let position_ids: HashSet<&str> = position_ids.keys().map(String::as_str).collect();
        v.employee_references(&self.employees, &self.origin, &position_ids, &dict);
        if !v.problems.is_empty() {
            return None;
        }
        Some(Organization::from_parts(
            name.unwrap_or_default(),
            competencies,
            units,
            positions,
            self.employees,
        ))
    }
}

/// The message when a rank's kind does not match the NIP's kind, if it does not.
pub fn rank_kind_mismatch(nip: &Nip, rank: Rank) -> Option<Msg> {
    match (nip.kind(), rank.kind()) {
        (AsnKind::Pns, AsnKind::Pppk) => {
            Some(msg!("domain-pppk-rank-on-pns-nip", rank = rank.to_string()))
        }
        (AsnKind::Pppk, AsnKind::Pns) => {
            Some(msg!("domain-pns-rank-on-pppk-nip", rank = rank.to_string()))
        }
        _ => None,
    }
}

/// How a NIP reads in a record label: its digits when they are only digits and spaces.
pub fn nip_label(raw: &str) -> String {
    let digits: String = raw.chars().filter(|c| *c != ' ').collect();
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits
    } else {
        quote(raw)
    }
}

/// A value quoted for a message, shortened when long.
pub fn quote(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() > MAX {
        let short: String = s.chars().take(MAX).collect();
        format!("{short:?}...")
    } else {
        format!("{s:?}")
    }
}

/// Ids seen in a list, with the index and line of the record that first used each.
type Seen = HashMap<String, (usize, Option<usize>)>;
/// NIPs seen, with the index and line of the employee that first used each.
type NipSeen = HashMap<Nip, (usize, Option<usize>)>;

/// Where a problem is: the record's line and label.
struct Ctx {
    line: Option<usize>,
    record: Msg,
}

/// The competency codes known, and how to list them in a message.
struct Dictionary<'a> {
    codes: &'a HashSet<&'a str>,
    hint: Msg,
}

impl<'a> Dictionary<'a> {
    fn new(codes: &'a HashSet<&'a str>) -> Self {
        let hint = if codes.is_empty() {
            msg!("domain-dict-empty")
        } else if codes.len() <= 12 {
            let mut list: Vec<&str> = codes.iter().copied().collect();
            list.sort_unstable();
            msg!("domain-dict-known-codes", list = list.join(", "))
        } else {
            msg!("domain-dict-see-list")
        };
        Dictionary { codes, hint }
    }
}

struct Validator<'p> {
    problems: &'p mut Problems,
}

impl Validator<'_> {
    fn report(&mut self, at: &Ctx, field: &str, message: Msg) {
        self.problems.push(Problem {
            line: at.line,
            record: Some(at.record.clone()),
            field: field.to_string(),
            message,
        });
    }

    /// Reports keys that are not fields; `within` names the nested record (`notes[0]`).
    fn unknown(&mut self, at: &Ctx, within: &str, unknown: Vec<String>, allowed: &[&str]) {
        for key in unknown {
            let (field, lead) = match within {
                "" => (key.clone(), String::new()),
                _ => (format!("{within}.{key}"), format!("{within}: ")),
            };
            let message = msg!(
                "domain-unknown-field",
                lead = lead,
                key = quote(&key),
                allowed = allowed.join(", ")
            );
            self.report(at, &field, message);
        }
    }

    /// A required, non-empty string on one line.
    fn text(&mut self, at: &Ctx, field: &str, raw: Raw<String>, what: Msg) -> Option<String> {
        self.text_lines(at, field, raw, what, false)
    }

    /// A required, non-empty string, on several lines when `multi_line` (a note); no
    /// character a terminal would obey ([`crate::domain::text`]).
    fn text_lines(
        &mut self,
        at: &Ctx,
        field: &str,
        raw: Raw<String>,
        what: Msg,
        multi_line: bool,
    ) -> Option<String> {
        match raw {
            Raw::Value(s) if !s.trim().is_empty() => {
                // A note's text is a paragraph; every other text field one line.
                let max = if multi_line || field.ends_with("].text") {
                    crate::domain::limits::MAX_PARAGRAPH_CHARS
                } else {
                    crate::domain::limits::MAX_LINE_CHARS
                };
                let why = crate::domain::limits::check_len(field, &s, max)
                    .err()
                    .or_else(|| super::text::refused(field, &s, multi_line));
                match why {
                    Some(why) => {
                        self.report(at, field, why);
                        None
                    }
                    None => Some(s),
                }
            }
            Raw::Value(_) => {
                self.report(at, field, msg!("domain-empty", field = field, what = what));
                None
            }
            Raw::Missing => {
                self.report(
                    at,
                    field,
                    msg!("domain-missing", field = field, what = what),
                );
                None
            }
            Raw::Wrong(found) => {
                self.report(
                    at,
                    field,
                    msg!("domain-not-text", field = field, found = found, what = what),
                );
                None
            }
        }
    }

    /// A value from a fixed list of codes.
    fn choice<T>(
        &mut self,
        at: &Ctx,
        field: &str,
        raw: Raw<String>,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
    ) -> Option<T> {
        let found = match raw {
            Raw::Value(s) => match parse(&s) {
                Some(t) => return Some(t),
                None => quote(&s),
            },
            Raw::Missing => {
                self.report(
                    at,
                    field,
                    msg!("domain-choice-missing", field = field, expected = expected),
                );
                return None;
            }
            Raw::Wrong(found) => found,
        };
        self.report(
            at,
            field,
            msg!(
                "domain-not-a-choice",
                field = field,
                found = found,
                expected = expected
            ),
        );
        None
    }

    /// An optional value from a fixed list of codes (absent or null = not assessed).
    fn optional_choice<T>(
        &mut self,
        at: &Ctx,
        field: &str,
        raw: Raw<Option<String>>,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
    ) -> Option<T> {
        match raw {
            Raw::Missing | Raw::Value(None) => None,
            Raw::Value(Some(s)) => self.choice(at, field, Raw::Value(s), parse, expected),
            Raw::Wrong(found) => {
                let message = msg!(
                    "domain-not-a-choice-or-null",
                    field = field,
                    found = found,
                    expected = expected
                );
                self.report(at, field, message);
                None
            }
        }
    }

    /// A whole number in a range.
    fn number(&mut self, at: &Ctx, field: &str, raw: Raw<i64>, min: i64, what: Msg) -> Option<u32> {
        let found = match raw {
            Raw::Value(n) if n >= min && n <= i64::from(u32::MAX) => return u32::try_from(n).ok(),
            Raw::Value(n) => n.to_string(),
            Raw::Wrong(found) => found,
            Raw::Missing => {
                self.report(
                    at,
                    field,
                    msg!("domain-number-missing", field = field, rule = what),
                );
                return None;
            }
        };
        // A whole number too big to be a count is said to be that, not "not a whole number".
        let too_large = found
            .parse::<f64>()
            .is_ok_and(|f| f.is_finite() && f.fract() == 0.0 && f > f64::from(u32::MAX));
        let m = if too_large {
            msg!(
                "domain-number-too-large",
                field = field,
                found = found,
                max = u32::MAX.to_string()
            )
        } else {
            msg!(
                "domain-bad-number",
                field = field,
                found = found,
                rule = what
            )
        };
        self.report(at, field, m);
        None
    }

    /// A competency level map: codes from the dictionary, levels 1-5.
    fn levels(
        &mut self,
        at: &Ctx,
        field: &str,
        raw: Raw<Option<RawLevels>>,
        dict: Option<&Dictionary<'_>>,
    ) -> Levels {
        let entries = match raw {
            Raw::Missing | Raw::Value(None) => return Levels::new(),
            Raw::Value(Some(entries)) => entries,
            Raw::Wrong(found) => {
                let message = msg!("domain-levels-not-a-map", field = field, found = found);
                self.report(at, field, message);
                return Levels::new();
            }
        };
        let mut levels = Levels::new();
        for (code, level) in entries {
            // Built only for a message: most levels are fine, and a million employees
            // carry about ten each.
            let name = || format!("{field}.{code}");
            if let Some(dict) = dict
                && !dict.codes.contains(code.as_str())
            {
                let message = msg!(
                    "domain-not-in-dictionary",
                    field = field,
                    code = quote(&code),
                    hint = dict.hint.clone()
                );
                self.report(at, &name(), message);
                continue;
            }
            let found = match level {
                Raw::Value(l @ 1..=5) => {
                    levels.insert(code, l as Level);
                    continue;
                }
                Raw::Value(l) => l.to_string(),
                Raw::Wrong(found) => found,
                Raw::Missing => continue,
            };
            self.report(
                at,
                &name(),
                msg!(
                    "domain-bad-level",
                    field = field,
                    code = code,
                    found = found
                ),
            );
        }
        levels
    }

    fn not_object(&mut self, at: &Ctx, found: &str, what: &str) {
        self.report(
            at,
            "",
            msg!("domain-not-a-record", found = found, fields = what),
        );
    }

    fn competencies(&mut self, raw: Vec<RawRecord<RawCompetency>>) -> (Vec<Competency>, Seen) {
        let mut seen: Seen = HashMap::with_capacity(raw.len());
        let mut out = Vec::with_capacity(raw.len());
        for (i, rec) in raw.into_iter().enumerate() {
            let mut at = Ctx {
                line: rec.line,
                record: label(format!("competencies[{i}]")),
            };
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    self.not_object(&at, &found, &COMPETENCY_FIELDS.join(", "));
                    continue;
                }
            };
            if let Raw::Value(code) = &body.code {
                // i18n-exempt: a record label names the file's own keys
                at.record = label(format!("competencies[{i}] code {code}"));
            }
            self.unknown(&at, "", rec.unknown, COMPETENCY_FIELDS);
            let code = match body.code {
                Raw::Value(code) if is_valid_code(&code) => {
                    if let Some(&(j, line)) = seen.get(&code) {
                        let message = msg!(
                            "domain-duplicate",
                            key = "code",
                            value = quote(&code),
                            other = elsewhere("competencies", j, line)
                        );
                        self.report(&at, "code", message);
                        None
                    } else {
                        seen.insert(code.clone(), (i, rec.line));
                        Some(code)
                    }
                }
                Raw::Value(code) => {
                    let message = msg!("domain-bad-code", code = quote(&code));
                    self.report(&at, "code", message);
                    None
                }
                other => self.text(&at, "code", other, msg!("domain-what-competency-code")),
            };
            let name = self.text(&at, "name", body.name, msg!("domain-what-competency-name"));
            let group = self.choice(
                &at,
                "group",
                body.group,
                CompetencyGroup::parse,
                "manajerial, sosial_kultural, teknis", // i18n-exempt: the file's codes
            );
            if let (Some(code), Some(name), Some(group)) = (code, name, group) {
                out.push(Competency { code, name, group });
            }
        }
        (out, seen)
    }
}

/// A record label as the file names it (`units[2] id dinkes`): the file's own keys and values.
fn label(text: String) -> Msg {
    msg!("domain-record", label = text)
}

/// Names the other record holding a duplicate key: `units[2] (line 14)`.
fn elsewhere(list: &str, index: usize, line: Option<usize>) -> Msg {
    match line {
        None => msg!("domain-elsewhere", list = list, index = index.to_string()),
        Some(line) => msg!(
            "domain-elsewhere-line",
            list = list,
            index = index.to_string(),
            line = line.to_string()
        ),
    }
}

#[cfg(test)]
mod tests;
