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

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::competency::{Competency, CompetencyGroup, Level, Levels, is_valid_code};
use super::employee::{Employee, Note, Performance, Potential, Readiness};
use super::nip::{AsnKind, Nip};
use super::org::Organization;
use super::position::{Position, PositionType, Unit, WorkloadEntry};
use super::rank::Rank;

/// How many problems are kept with their details; the rest are only counted.
pub const MAX_PROBLEMS: usize = 100;

/// Fields a competency record may have.
pub const COMPETENCY_FIELDS: &[&str] = &["code", "name", "group"];
/// Fields a unit record may have.
pub const UNIT_FIELDS: &[&str] = &["id", "name", "parent"];
/// Fields a position record may have.
pub const POSITION_FIELDS: &[&str] = &[
    "id",
    "unit",
    "title",
    "type",
    "formation",
    "requirements",
    "workload",
];
/// Fields a workload entry may have.
pub const WORKLOAD_FIELDS: &[&str] = &["task", "volume", "minutes"];
/// Fields an employee record may have.
pub const EMPLOYEE_FIELDS: &[&str] = &[
    "nip",
    "name",
    "rank",
    "position",
    "competencies",
    "performance",
    "potential",
    "readiness",
    "notes",
];
/// Fields a note may have.
pub const NOTE_FIELDS: &[&str] = &["at", "author", "text"];

/// One thing wrong with the input: where it is and what would be valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line in the file where the record starts, when the reader knows it.
    pub line: Option<usize>,
    /// The record: `employees[12] nip 197802302005012004`, `positions[3] id dinkes.kadis`.
    pub record: String,
    /// The field at fault (`nip`, `notes[0].at`); empty for the file as a whole.
    pub field: String,
    /// What is wrong, with the bad value and what would be valid.
    pub message: String,
}

/// Problems found so far: the first [`MAX_PROBLEMS`] in full, the rest counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    pub list: Vec<Problem>,
    /// Problems beyond the cap, counted but not kept.
    pub more: usize,
}

impl Problems {
    /// Records a problem, keeping its details only below the cap.
    pub fn push(&mut self, problem: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(problem);
        } else {
            self.more += 1;
        }
    }

    /// Whether nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty() && self.more == 0
    }

    /// Every problem found, kept or counted.
    pub fn total(&self) -> usize {
        self.list.len() + self.more
    }
}

/// A field as found in the input, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Raw<T> {
    /// The key is absent.
    #[default]
    Missing,
    /// The value has the wrong type; holds how it reads in messages (`12`, `null`, `a list`).
    Wrong(String),
    /// A value of the expected type (`None` for `null` where null is allowed).
    Value(T),
}

/// One element of a list of records, as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRecord<T> {
    /// Line where the element starts, when known.
    pub line: Option<usize>,
    /// Keys that are not fields of this kind of record.
    pub unknown: Vec<String>,
    /// The fields, or how the element reads when it is not an object.
    pub body: Result<T, String>,
}

/// A competency level map as found: code and level, in file order.
pub type RawLevels = Vec<(String, Raw<i64>)>;

/// A competency dictionary entry as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCompetency {
    pub code: Raw<String>,
    pub name: Raw<String>,
    pub group: Raw<String>,
}

/// A unit as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawUnit {
    pub id: Raw<String>,
    pub name: Raw<String>,
    pub parent: Raw<Option<String>>,
}

/// A workload entry as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawWorkload {
    pub task: Raw<String>,
    pub volume: Raw<i64>,
    pub minutes: Raw<i64>,
}

/// A position as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPosition {
    pub id: Raw<String>,
    pub unit: Raw<String>,
    pub title: Raw<String>,
    pub kind: Raw<String>,
    pub formation: Raw<i64>,
    pub requirements: Raw<Option<RawLevels>>,
    pub workload: Raw<Option<Vec<RawRecord<RawWorkload>>>>,
}

/// A note as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawNote {
    pub at: Raw<String>,
    pub author: Raw<String>,
    pub text: Raw<String>,
}

/// An employee as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEmployee {
    pub nip: Raw<String>,
    pub name: Raw<String>,
    pub rank: Raw<String>,
    pub position: Raw<Option<String>>,
    pub competencies: Raw<Option<RawLevels>>,
    pub performance: Raw<Option<String>>,
    pub potential: Raw<Option<String>>,
    pub readiness: Raw<Option<String>>,
    pub notes: Raw<Option<Vec<RawRecord<RawNote>>>>,
}

/// The records of a whole file, as found; the reader has already checked the file's shape.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawFile {
    pub organization: Raw<String>,
    /// Line of the `organization` key, when known.
    pub organization_line: Option<usize>,
    pub competencies: Vec<RawRecord<RawCompetency>>,
    pub units: Vec<RawRecord<RawUnit>>,
    pub positions: Vec<RawRecord<RawPosition>>,
    pub employees: Vec<RawRecord<RawEmployee>>,
}

/// Checks every rule and builds the organization; `None` when `problems` is not empty
/// afterwards (including problems the caller recorded before).
pub fn validate(file: RawFile, problems: &mut Problems) -> Option<Organization> {
    let mut v = Validator { problems };
    let top = Ctx {
        line: file.organization_line,
        record: "top level".to_string(),
    };
    let name = v.text(
        &top,
        "organization",
        file.organization,
        "the organization's name",
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
    let employees = v.employees(file.employees, &position_ids, &dict);
    if !v.problems.is_empty() {
        return None;
    }
    Some(Organization::from_parts(
        name.unwrap_or_default(),
        competencies,
        units,
        positions,
        employees,
    ))
}

/// The message when a rank's kind does not match the NIP's kind, if it does not.
pub fn rank_kind_mismatch(nip: &Nip, rank: Rank) -> Option<String> {
    match (nip.kind(), rank.kind()) {
        (AsnKind::Pns, AsnKind::Pppk) => Some(format!(
            "rank {rank} is a PPPK golongan, but the NIP is a PNS NIP (digits 13-14 are a month): \
             use a PNS golongan I/a-IV/e"
        )),
        (AsnKind::Pppk, AsnKind::Pns) => Some(format!(
            "rank {rank} is a PNS golongan, but the NIP is an NI PPPK (digits 13-14 are 21-29): \
             use a PPPK golongan I-XVII"
        )),
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

/// Where a problem is: the record's line and label.
struct Ctx {
    line: Option<usize>,
    record: String,
}

/// The competency codes known, and how to list them in a message.
struct Dictionary<'a> {
    codes: &'a HashSet<&'a str>,
    hint: String,
}

impl<'a> Dictionary<'a> {
    fn new(codes: &'a HashSet<&'a str>) -> Self {
        let hint = if codes.is_empty() {
            "the competency dictionary is empty".to_string()
        } else if codes.len() <= 12 {
            let mut list: Vec<&str> = codes.iter().copied().collect();
            list.sort_unstable();
            format!("known codes: {}", list.join(", "))
        } else {
            "see the competencies list".to_string()
        };
        Dictionary { codes, hint }
    }
}

struct Validator<'p> {
    problems: &'p mut Problems,
}

impl Validator<'_> {
    fn report(&mut self, at: &Ctx, field: &str, message: String) {
        self.problems.push(Problem {
            line: at.line,
            record: at.record.clone(),
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
            let message = format!(
                "{lead}unknown field {}: allowed fields are {}",
                quote(&key),
                allowed.join(", ")
            );
            self.report(at, &field, message);
        }
    }

    /// A required, non-empty string.
    fn text(&mut self, at: &Ctx, field: &str, raw: Raw<String>, what: &str) -> Option<String> {
        match raw {
            Raw::Value(s) if !s.trim().is_empty() => Some(s),
            Raw::Value(_) => {
                self.report(at, field, format!("{field} is empty: {what} is required"));
                None
            }
            Raw::Missing => {
                self.report(at, field, format!("{field} is missing: {what} is required"));
                None
            }
            Raw::Wrong(found) => {
                self.report(at, field, format!("{field} {found}: must be text ({what})"));
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
                    format!("{field} is missing: must be one of {expected}"),
                );
                return None;
            }
            Raw::Wrong(found) => found,
        };
        self.report(
            at,
            field,
            format!("{field} {found}: must be one of {expected}"),
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
                let message = format!("{field} {found}: must be one of {expected}, or null");
                self.report(at, field, message);
                None
            }
        }
    }

    /// A whole number in a range.
    fn number(
        &mut self,
        at: &Ctx,
        field: &str,
        raw: Raw<i64>,
        min: i64,
        what: &str,
    ) -> Option<u32> {
        let found = match raw {
            Raw::Value(n) if n >= min && n <= i64::from(u32::MAX) => return u32::try_from(n).ok(),
            Raw::Value(n) => n.to_string(),
            Raw::Wrong(found) => found,
            Raw::Missing => {
                self.report(at, field, format!("{field} is missing: {what}"));
                return None;
            }
        };
        self.report(at, field, format!("{field} {found}: {what}"));
        None
    }

    /// A competency level map: codes from the dictionary, levels 1-5.
    fn levels(
        &mut self,
        at: &Ctx,
        field: &str,
        raw: Raw<Option<RawLevels>>,
        dict: &Dictionary<'_>,
    ) -> Levels {
        let entries = match raw {
            Raw::Missing | Raw::Value(None) => return Levels::new(),
            Raw::Value(Some(entries)) => entries,
            Raw::Wrong(found) => {
                let message = format!(
                    "{field} {found}: must be an object of competency code to level 1-5, \
                     e.g. {{\"INT\": 3}}"
                );
                self.report(at, field, message);
                return Levels::new();
            }
        };
        let mut levels = Levels::new();
        for (code, level) in entries {
            let name = format!("{field}.{code}");
            if !dict.codes.contains(code.as_str()) {
                let message = format!(
                    "{field} {}: not in the competency dictionary ({})",
                    quote(&code),
                    dict.hint
                );
                self.report(at, &name, message);
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
                &name,
                format!("{field} {code} {found}: level must be a whole number 1-5"),
            );
        }
        levels
    }

    fn not_object(&mut self, at: &Ctx, found: &str, what: &str) {
        self.report(
            at,
            "",
            format!("{found} is not a record: must be an object with {what}"),
        );
    }

    fn competencies(&mut self, raw: Vec<RawRecord<RawCompetency>>) -> (Vec<Competency>, Seen) {
        let mut seen: Seen = HashMap::with_capacity(raw.len());
        let mut out = Vec::with_capacity(raw.len());
        for (i, rec) in raw.into_iter().enumerate() {
            let mut at = Ctx {
                line: rec.line,
                record: format!("competencies[{i}]"),
            };
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    self.not_object(&at, &found, &COMPETENCY_FIELDS.join(", "));
                    continue;
                }
            };
            if let Raw::Value(code) = &body.code {
                at.record = format!("competencies[{i}] code {code}");
            }
            self.unknown(&at, "", rec.unknown, COMPETENCY_FIELDS);
            let code = match body.code {
                Raw::Value(code) if is_valid_code(&code) => {
                    if let Some(&(j, line)) = seen.get(&code) {
                        let message = format!(
                            "code {}: the same code as {}",
                            quote(&code),
                            elsewhere("competencies", j, line)
                        );
                        self.report(&at, "code", message);
                        None
                    } else {
                        seen.insert(code.clone(), (i, rec.line));
                        Some(code)
                    }
                }
                Raw::Value(code) => {
                    let message = format!(
                        "code {}: must be 1-16 letters, digits, - or _",
                        quote(&code)
                    );
                    self.report(&at, "code", message);
                    None
                }
                other => self.text(&at, "code", other, "a competency code such as INT"),
            };
            let name = self.text(&at, "name", body.name, "the competency's name");
            let group = self.choice(
                &at,
                "group",
                body.group,
                CompetencyGroup::parse,
                "manajerial, sosial_kultural, teknis",
            );
            if let (Some(code), Some(name), Some(group)) = (code, name, group) {
                out.push(Competency { code, name, group });
            }
        }
        (out, seen)
    }

    fn units(&mut self, raw: Vec<RawRecord<RawUnit>>) -> (Vec<Unit>, Seen) {
        let mut seen: Seen = HashMap::with_capacity(raw.len());
        let mut out = Vec::with_capacity(raw.len());
        // Per kept unit: its index in the file and line, for messages after the loop.
        let mut origin: Vec<(usize, Option<usize>)> = Vec::with_capacity(raw.len());
        for (i, rec) in raw.into_iter().enumerate() {
            let mut at = Ctx {
                line: rec.line,
                record: format!("units[{i}]"),
            };
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    self.not_object(&at, &found, &UNIT_FIELDS.join(", "));
                    continue;
                }
            };
            if let Raw::Value(id) = &body.id {
                at.record = format!("units[{i}] id {id}");
            }
            self.unknown(&at, "", rec.unknown, UNIT_FIELDS);
            let id = self.text(&at, "id", body.id, "a unique unit id");
            let id = id.filter(|id| match seen.get(id) {
                Some(&(j, line)) => {
                    let message = format!(
                        "id {}: the same id as {}",
                        quote(id),
                        elsewhere("units", j, line)
                    );
                    self.report(&at, "id", message);
                    false
                }
                None => {
                    seen.insert(id.clone(), (i, rec.line));
                    true
                }
            });
            let name = self.text(&at, "name", body.name, "the unit's name");
            let parent = match body.parent {
                Raw::Missing | Raw::Value(None) => Some(None),
                Raw::Value(Some(p)) if p.trim().is_empty() => {
                    self.report(
                        &at,
                        "parent",
                        "parent is empty: use null for a root unit".into(),
                    );
                    None
                }
                Raw::Value(Some(p)) => Some(Some(p)),
                Raw::Wrong(found) => {
                    let message =
                        format!("parent {found}: must be a unit id, or null for a root unit");
                    self.report(&at, "parent", message);
                    None
                }
            };
            if let (Some(id), Some(name), Some(parent)) = (id, name, parent) {
                out.push(Unit { id, name, parent });
                origin.push((i, rec.line));
            }
        }
        self.unit_parents(&out, &origin, &seen);
        (out, seen)
    }

    /// Parents exist and the parent links form a forest; each cycle is reported once.
    fn unit_parents(&mut self, units: &[Unit], origin: &[(usize, Option<usize>)], seen: &Seen) {
        let by_id: HashMap<&str, usize> = units
            .iter()
            .enumerate()
            .map(|(k, u)| (u.id.as_str(), k))
            .collect();
        let at = |k: usize| Ctx {
            line: origin[k].1,
            record: format!("units[{}] id {}", origin[k].0, units[k].id),
        };
        let mut parent: Vec<Option<usize>> = vec![None; units.len()];
        for (k, u) in units.iter().enumerate() {
            let Some(p) = &u.parent else { continue };
            match by_id.get(p.as_str()) {
                Some(&pk) => parent[k] = Some(pk),
                // A parent that exists but was rejected for another reason is already reported.
                None if seen.contains_key(p) => {}
                None => {
                    let message = format!(
                        "parent {}: no unit has this id (use null for a root unit)",
                        quote(p)
                    );
                    self.report(&at(k), "parent", message);
                }
            }
        }
        // Walk up from every unit; `walk[k]` is the walk that first reached k (0 = none).
        // Each unit is entered once, so the whole check is linear.
        let mut walk = vec![0usize; units.len()];
        for start in 0..units.len() {
            if walk[start] != 0 {
                continue;
            }
            let id = start + 1;
            let mut k = start;
            loop {
                walk[k] = id;
                match parent[k] {
                    None => break,
                    Some(p) if walk[p] == 0 => k = p,
                    Some(p) if walk[p] == id => {
                        self.cycle(units, &parent, p, &at);
                        break;
                    }
                    Some(_) => break,
                }
            }
        }
    }

    fn cycle(
        &mut self,
        units: &[Unit],
        parent: &[Option<usize>],
        entry: usize,
        at: &impl Fn(usize) -> Ctx,
    ) {
        let mut members = vec![entry];
        let mut k = entry;
        while let Some(p) = parent[k] {
            if p == entry {
                break;
            }
            members.push(p);
            k = p;
        }
        // Start the path at the first unit in file order, so the message is stable.
        let first = members
            .iter()
            .enumerate()
            .min_by_key(|(_, k)| **k)
            .map_or(0, |(i, _)| i);
        members.rotate_left(first);
        // A long cycle is named by its first and last few units and its length.
        let ids: Vec<&str> = members.iter().map(|&k| units[k].id.as_str()).collect();
        let mut path: Vec<&str> = if ids.len() > 8 {
            let mut p = ids[..4].to_vec();
            p.push("...");
            p.extend_from_slice(&ids[ids.len() - 3..]);
            p
        } else {
            ids.clone()
        };
        path.push(ids[0]);
        let head = members[0];
        let message = format!(
            "parent {}: the parent links {}{} form a cycle; units must form a tree (a unit cannot be its own ancestor)",
            quote(units[head].parent.as_deref().unwrap_or_default()),
            path.join(" -> "),
            if ids.len() > 8 {
                format!(" ({} units)", ids.len())
            } else {
                String::new()
            }
        );
        self.report(&at(head), "parent", message);
    }

    fn positions(
        &mut self,
        raw: Vec<RawRecord<RawPosition>>,
        units: &HashSet<&str>,
        dict: &Dictionary<'_>,
    ) -> (Vec<Position>, Seen) {
        let mut seen: Seen = HashMap::with_capacity(raw.len());
        let mut out = Vec::with_capacity(raw.len());
        let types = PositionType::ALL.map(|t| t.code()).join(", ");
        for (i, rec) in raw.into_iter().enumerate() {
            let mut at = Ctx {
                line: rec.line,
                record: format!("positions[{i}]"),
            };
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    self.not_object(&at, &found, &POSITION_FIELDS.join(", "));
                    continue;
                }
            };
            if let Raw::Value(id) = &body.id {
                at.record = format!("positions[{i}] id {id}");
            }
            self.unknown(&at, "", rec.unknown, POSITION_FIELDS);
            let id = self.text(&at, "id", body.id, "a unique position id");
            let id = id.filter(|id| match seen.get(id) {
                Some(&(j, line)) => {
                    let message = format!(
                        "id {}: the same id as {}",
                        quote(id),
                        elsewhere("positions", j, line)
                    );
                    self.report(&at, "id", message);
                    false
                }
                None => {
                    seen.insert(id.clone(), (i, rec.line));
                    true
                }
            });
            let unit = self.text(
                &at,
                "unit",
                body.unit,
                "the id of the unit the position is in",
            );
            let unit = unit.filter(|u| {
                let known = units.contains(u.as_str());
                if !known {
                    self.report(
                        &at,
                        "unit",
                        format!("unit {}: no unit has this id", quote(u)),
                    );
                }
                known
            });
            let title = self.text(&at, "title", body.title, "the position's title");
            let kind = self.choice(&at, "type", body.kind, PositionType::parse, &types);
            let formation = self.number(
                &at,
                "formation",
                body.formation,
                0,
                "must be a whole number 0 or more (the headcount the seat needs; 0 = being abolished)",
            );
            let requirements = self.levels(&at, "requirements", body.requirements, dict);
            let workload = self.workload(&at, body.workload);
            if let (
                Some(id),
                Some(unit),
                Some(title),
                Some(kind),
                Some(formation),
                Some(workload),
            ) = (id, unit, title, kind, formation, workload)
            {
                out.push(Position {
                    id,
                    unit,
                    title,
                    kind,
                    formation,
                    requirements,
                    workload,
                });
            }
        }
        (out, seen)
    }

    fn workload(
        &mut self,
        at: &Ctx,
        raw: Raw<Option<Vec<RawRecord<RawWorkload>>>>,
    ) -> Option<Vec<WorkloadEntry>> {
        let entries = match raw {
            Raw::Missing | Raw::Value(None) => return Some(Vec::new()),
            Raw::Value(Some(entries)) => entries,
            Raw::Wrong(found) => {
                let message =
                    format!("workload {found}: must be a list of {{task, volume, minutes}}");
                self.report(at, "workload", message);
                return None;
            }
        };
        let before = self.problems.total();
        let mut out = Vec::with_capacity(entries.len());
        for (j, rec) in entries.into_iter().enumerate() {
            let prefix = format!("workload[{j}].");
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    let message = format!(
                        "workload[{j}] {found}: must be an object with task, volume, minutes"
                    );
                    self.report(at, &format!("workload[{j}]"), message);
                    continue;
                }
            };
            self.unknown(at, &format!("workload[{j}]"), rec.unknown, WORKLOAD_FIELDS);
            let task = self.text(at, &format!("{prefix}task"), body.task, "the task's name");
            let volume = self.number(
                at,
                &format!("{prefix}volume"),
                body.volume,
                0,
                "must be a whole number 0 or more (times the task is done a year)",
            );
            let minutes = self.number(
                at,
                &format!("{prefix}minutes"),
                body.minutes,
                0,
                "must be a whole number 0 or more (minutes each time)",
            );
            if let (Some(task), Some(volume), Some(minutes)) = (task, volume, minutes) {
                out.push(WorkloadEntry {
                    task,
                    volume,
                    minutes,
                });
            }
        }
        (self.problems.total() == before).then_some(out)
    }

    fn employees(
        &mut self,
        raw: Vec<RawRecord<RawEmployee>>,
        positions: &HashSet<&str>,
        dict: &Dictionary<'_>,
    ) -> Vec<Employee> {
        let mut seen: HashMap<Nip, (usize, Option<usize>)> = HashMap::with_capacity(raw.len());
        let mut out = Vec::with_capacity(raw.len());
        for (i, rec) in raw.into_iter().enumerate() {
            let mut at = Ctx {
                line: rec.line,
                record: format!("employees[{i}]"),
            };
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    self.not_object(&at, &found, &EMPLOYEE_FIELDS.join(", "));
                    continue;
                }
            };
            if let Raw::Value(nip) = &body.nip {
                at.record = format!("employees[{i}] nip {}", nip_label(nip));
            }
            self.unknown(&at, "", rec.unknown, EMPLOYEE_FIELDS);
            let nip = match body.nip {
                Raw::Value(text) => match Nip::parse(&text) {
                    Ok(nip) => match seen.get(&nip) {
                        Some(&(j, line)) => {
                            let message =
                                format!("the same NIP as {}", elsewhere("employees", j, line));
                            self.report(&at, "nip", message);
                            None
                        }
                        None => {
                            seen.insert(nip, (i, rec.line));
                            Some(nip)
                        }
                    },
                    Err(e) => {
                        self.report(&at, "nip", e.to_string());
                        None
                    }
                },
                Raw::Missing => {
                    self.report(
                        &at,
                        "nip",
                        "nip is missing: the 18-digit NIP is required".into(),
                    );
                    None
                }
                Raw::Wrong(found) => {
                    let message = format!(
                        "nip {found}: must be text of 18 digits in quotes, e.g. \"198503122010012003\""
                    );
                    self.report(&at, "nip", message);
                    None
                }
            };
            let name = self.text(&at, "name", body.name, "the full name with titles");
            let rank = match body.rank {
                Raw::Value(text) => match Rank::parse(&text) {
                    Ok(rank) => Some(rank),
                    Err(e) => {
                        self.report(&at, "rank", format!("rank {e}"));
                        None
                    }
                },
                other => self
                    .text(
                        &at,
                        "rank",
                        other,
                        "a golongan such as III/c (PNS) or IX (PPPK)",
                    )
                    .and(None),
            };
            if let (Some(nip), Some(rank)) = (&nip, rank)
                && let Some(message) = rank_kind_mismatch(nip, rank)
            {
                self.report(&at, "rank", message);
            }
            let position = match body.position {
                Raw::Missing | Raw::Value(None) => Some(None),
                Raw::Value(Some(p)) if positions.contains(p.as_str()) => Some(Some(p)),
                Raw::Value(Some(p)) => {
                    let message = format!(
                        "position {}: no position has this id (use null for staff not yet placed)",
                        quote(&p)
                    );
                    self.report(&at, "position", message);
                    None
                }
                Raw::Wrong(found) => {
                    let message = format!(
                        "position {found}: must be a position id, or null for staff not yet placed"
                    );
                    self.report(&at, "position", message);
                    None
                }
            };
            let competencies = self.levels(&at, "competencies", body.competencies, dict);
            let performance = self.optional_choice(
                &at,
                "performance",
                body.performance,
                Performance::parse,
                &Performance::expected(),
            );
            let potential = self.optional_choice(
                &at,
                "potential",
                body.potential,
                Potential::parse,
                &Potential::expected(),
            );
            let readiness = self.optional_choice(
                &at,
                "readiness",
                body.readiness,
                Readiness::parse,
                &Readiness::expected(),
            );
            let notes = self.notes(&at, body.notes);
            if let (Some(nip), Some(name), Some(rank), Some(position), Some(notes)) =
                (nip, name, rank, position, notes)
            {
                out.push(Employee {
                    nip,
                    name,
                    rank,
                    position,
                    competencies,
                    performance,
                    potential,
                    readiness,
                    notes,
                });
            }
        }
        out
    }

    fn notes(&mut self, at: &Ctx, raw: Raw<Option<Vec<RawRecord<RawNote>>>>) -> Option<Vec<Note>> {
        let notes = match raw {
            Raw::Missing | Raw::Value(None) => return Some(Vec::new()),
            Raw::Value(Some(notes)) => notes,
            Raw::Wrong(found) => {
                let message = format!("notes {found}: must be a list of {{at, author, text}}");
                self.report(at, "notes", message);
                return None;
            }
        };
        let before = self.problems.total();
        let mut out = Vec::with_capacity(notes.len());
        for (j, rec) in notes.into_iter().enumerate() {
            let prefix = format!("notes[{j}].");
            let body = match rec.body {
                Ok(body) => body,
                Err(found) => {
                    let message =
                        format!("notes[{j}] {found}: must be an object with at, author, text");
                    self.report(at, &format!("notes[{j}]"), message);
                    continue;
                }
            };
            self.unknown(at, &format!("notes[{j}]"), rec.unknown, NOTE_FIELDS);
            let field = format!("{prefix}at");
            let when = match body.at {
                Raw::Value(s) => match OffsetDateTime::parse(&s, &Rfc3339) {
                    Ok(t) => Some(t),
                    Err(_) => {
                        let message = format!(
                            "{field} {}: must be an RFC 3339 date-time such as 2026-10-01T09:00:00+07:00",
                            quote(&s)
                        );
                        self.report(at, &field, message);
                        None
                    }
                },
                other => self
                    .text(at, &field, other, "an RFC 3339 date-time")
                    .and(None),
            };
            let author = self.text(
                at,
                &format!("{prefix}author"),
                body.author,
                "who wrote the note",
            );
            let text = self.text(at, &format!("{prefix}text"), body.text, "the note's text");
            if let (Some(at), Some(author), Some(text)) = (when, author, text) {
                out.push(Note { at, author, text });
            }
        }
        (self.problems.total() == before).then_some(out)
    }
}

/// Names the other record holding a duplicate key: `units[2] (line 14)`.
fn elsewhere(list: &str, index: usize, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{list}[{index}] (line {line})"),
        None => format!("{list}[{index}]"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(id: &str, parent: Option<&str>) -> RawRecord<RawUnit> {
        RawRecord {
            line: None,
            unknown: Vec::new(),
            body: Ok(RawUnit {
                id: Raw::Value(id.to_string()),
                name: Raw::Value(format!("Unit {id}")),
                parent: Raw::Value(parent.map(str::to_string)),
            }),
        }
    }

    fn file(units: Vec<RawRecord<RawUnit>>) -> RawFile {
        RawFile {
            organization: Raw::Value("Kota Uji".into()),
            units,
            ..RawFile::default()
        }
    }

    fn messages(f: RawFile) -> Vec<String> {
        let mut problems = Problems::default();
        assert!(validate(f, &mut problems).is_none());
        problems
            .list
            .into_iter()
            .map(|p| format!("{}: {}", p.record, p.message))
            .collect()
    }

    #[test]
    fn each_cycle_is_reported_once_naming_its_units() {
        let units = vec![
            unit("a", Some("b")),
            unit("b", Some("a")),
            unit("tail", Some("a")),
            unit("x", Some("y")),
            unit("y", Some("z")),
            unit("z", Some("x")),
            unit("ok", None),
        ];
        let got = messages(file(units));
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(
            got[0].starts_with("units[0] id a: parent \"b\": the parent links a -> b -> a"),
            "{}",
            got[0]
        );
        assert!(got[1].contains("x -> y -> z -> x"), "{}", got[1]);
    }

    #[test]
    fn a_very_deep_tree_validates_without_recursion() {
        let n = 200_000;
        let mut units = vec![unit("u0", None)];
        units.extend((1..n).map(|i| unit(&format!("u{i}"), Some(&format!("u{}", i - 1)))));
        let mut problems = Problems::default();
        let org = validate(file(units), &mut problems).unwrap();
        assert_eq!(org.units().len(), n);
        assert_eq!(org.unit_path(n as u32 - 1).len(), n);
    }

    #[test]
    fn a_long_cycle_is_found_in_linear_time() {
        let n = 100_000;
        let units: Vec<_> = (0..n)
            .map(|i| unit(&format!("u{i}"), Some(&format!("u{}", (i + 1) % n))))
            .collect();
        let got = messages(file(units));
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0],
            "units[0] id u0: parent \"u1\": the parent links u0 -> u1 -> u2 -> u3 -> ... -> \
             u99997 -> u99998 -> u99999 -> u0 (100000 units) form a cycle; units must form a tree \
             (a unit cannot be its own ancestor)"
        );
    }

    #[test]
    fn problems_beyond_the_cap_are_counted() {
        let mut problems = Problems::default();
        for i in 0..(MAX_PROBLEMS + 7) {
            problems.push(Problem {
                line: Some(i),
                record: String::new(),
                field: String::new(),
                message: String::new(),
            });
        }
        assert_eq!(
            (problems.list.len(), problems.more, problems.total()),
            (100, 7, 107)
        );
    }

    #[test]
    fn nip_labels_drop_group_spaces() {
        assert_eq!(nip_label("19850312 201001 2 003"), "198503122010012003");
        assert_eq!(nip_label("1,98E+17"), "\"1,98E+17\"");
        assert_eq!(quote(&"x".repeat(70)), format!("\"{}\"...", "x".repeat(60)));
    }
}
