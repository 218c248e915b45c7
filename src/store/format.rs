//! The `penata/v1` JSON file format: reading a file into raw records (the file's shape,
//! line numbers, JSON syntax) and writing an organization back out.
//!
//! The rules about the records themselves live in [`crate::domain::validate`]; this module
//! only knows JSON. Lists are read one element at a time (each element becomes a small
//! `serde_json::Value`, is turned into a raw record and dropped); employees, nearly all of a
//! large file, are validated as they are read, so a file is held as its text plus the
//! validated organization, never as a JSON tree or a pile of raw records.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Map, Value};

use crate::domain::Organization;
use crate::domain::validate::{
    Checker, Problems, Raw, RawCompetency, RawFeedback, RawFile, RawLevels, RawPosition, RawRecord,
    RawUnit, RawWorkload, quote,
};

use super::import::{ImportError, ImportErrors};
use crate::lang::{Msg, msg};

mod lines;
mod typed;
pub(in crate::store) mod words;
mod write;

use lines::scan_lines;
pub use write::write_v1;

/// The value of the `format` key this version reads and writes.
pub const FORMAT_V1: &str = "penata/v1";

/// The keys a `penata/v1` file has, in the order they are written.
pub const TOP_KEYS: &[&str] = &[
    "format",
    "organization",
    "competencies",
    "units",
    "positions",
    "employees",
];

/// Reads and validates a `penata/v1` file; every problem found is reported at once.
pub fn parse_v1(file_name: &str, text: &str) -> Result<Organization, ImportErrors> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut problems = Problems::default();
    let mut own = Vec::new();
    match read(text, &mut problems, &mut own) {
        Ok(Some(org)) if problems.is_empty() && own.is_empty() => Ok(org),
        Ok(_) => {
            // The reader's problems and the validation's, in file order (stable: same-line
            // problems keep their order), the first [`MAX_PROBLEMS`] listed.
            let mut all = ImportErrors::from_problems(file_name, problems);
            let more = all.more;
            let mut list = std::mem::take(&mut all.errors);
            list.extend(own);
            list.sort_by_key(|p| p.line.unwrap_or(0));
            let mut out = ImportErrors {
                errors: Vec::new(),
                more,
            };
            for e in list {
                out.push(e);
            }
            Err(out.in_file(file_name))
        }
        Err(syntax) => Err(ImportErrors {
            errors: vec![*syntax],
            more: 0,
        }
        .in_file(file_name)),
    }
}

/// Reads the file, checking employees as they are met and the rest at the end; the file's
/// own problems (its shape) go to `own`; a JSON syntax error is the only problem.
fn read(
    text: &str,
    problems: &mut Problems,
    own: &mut Vec<ImportError>,
) -> Result<Option<Organization>, Box<ImportError>> {
    let lines = scan_lines(text);
    let mut checker = Checker::new(problems);
    checker.reserve(lines.employees.len());
    let mut de = serde_json::Deserializer::from_str(text);
    let seed = TopSeed {
        checker: &mut checker,
        employee_lines: &lines.employees,
    };
    let top = match seed
        .deserialize(&mut de)
        .and_then(|top| de.end().map(|()| top))
    {
        Ok(top) => top,
        Err(e) => {
            drop(checker);
            return Err(Box::new(json_error(&e)));
        }
    };
    let key_line = |key: &str| lines.keys.get(key).copied();
    let at_top = |key: &str, message: Msg| ImportError {
        file: String::new(),
        line: key_line(key),
        record: Some(msg!("store-top-level")),
        field: key.to_string(),
        message,
    };
    for key in &top.unknown {
        own.push(at_top(
            key,
            msg!(
                "store-unknown-top-key",
                key = quote(key),
                allowed = TOP_KEYS.join(", ")
            ),
        ));
    }
    for key in &top.repeated {
        own.push(at_top(
            key,
            msg!("store-repeated-top-key", key = quote(key)),
        ));
    }
    match &top.format {
        Raw::Value(f) if f == FORMAT_V1 => {}
        Raw::Missing => own.push(ImportError {
            line: Some(1),
            ..at_top("format", msg!("store-format-missing", format = FORMAT_V1))
        }),
        Raw::Value(f) => own.push(at_top(
            "format",
            msg!("store-format-other", found = quote(f), format = FORMAT_V1),
        )),
        Raw::Wrong(found) => own.push(at_top(
            "format",
            msg!(
                "store-format-wrong",
                found = words::spliced(found),
                format = FORMAT_V1
            ),
        )),
    }
    let mut list = |key: &str, raw: Raw<()>| match raw {
        Raw::Value(()) => {}
        Raw::Missing => {
            own.push(ImportError {
                line: Some(1),
                ..at_top(key, msg!("store-list-missing", key = key))
            });
        }
        Raw::Wrong(found) => {
            own.push(at_top(
                key,
                msg!(
                    "store-list-wrong",
                    key = key,
                    found = words::spliced(&found)
                ),
            ));
        }
    };
    list("competencies", shape(&top.competencies));
    list("units", shape(&top.units));
    list("positions", shape(&top.positions));
    list("employees", top.employees);
    let mut file = RawFile {
        organization: top.organization,
        organization_line: key_line("organization"),
        competencies: values(top.competencies),
        units: values(top.units),
        positions: values(top.positions),
        employees: Vec::new(),
    };
    attach_lines(&mut file.competencies, &lines.competencies);
    attach_lines(&mut file.units, &lines.units);
    attach_lines(&mut file.positions, &lines.positions);
    Ok(checker.finish(file))
}

/// A list's shape without its records, for the presence checks.
fn shape<T>(raw: &Raw<Vec<T>>) -> Raw<()> {
    match raw {
        Raw::Missing => Raw::Missing,
        Raw::Wrong(found) => Raw::Wrong(found.clone()),
        Raw::Value(_) => Raw::Value(()),
    }
}

/// A list read whole: its records when it was a list.
fn collected<T>(shape: Raw<()>, items: Vec<T>) -> Raw<Vec<T>> {
    match shape {
        Raw::Value(()) => Raw::Value(items),
        Raw::Missing => Raw::Missing,
        Raw::Wrong(found) => Raw::Wrong(found),
    }
}

fn values<T>(raw: Raw<Vec<T>>) -> Vec<T> {
    match raw {
        Raw::Value(v) => v,
        _ => Vec::new(),
    }
}

fn attach_lines<T>(records: &mut [RawRecord<T>], lines: &[usize]) {
    for (rec, &line) in records.iter_mut().zip(lines) {
        rec.line = Some(line);
    }
}

/// A JSON syntax error as a problem: serde_json's message with its line and column.
fn json_error(e: &serde_json::Error) -> ImportError {
    let text = e.to_string();
    // i18n-exempt: serde_json's position suffix
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = text.strip_suffix(&suffix).unwrap_or(&text);
    let message = words::json_message(message);
    let message = match e.classify() {
        serde_json::error::Category::Data => message,
        _ => msg!(
            "store-invalid-json",
            message = message,
            column = e.column().to_string()
        ),
    };
    ImportError {
        file: String::new(),
        line: (e.line() > 0).then_some(e.line()),
        record: None,
        field: String::new(),
        message,
    }
}

/// The top-level object: the small lists read whole, employees handed to the checker.
#[derive(Default)]
struct Top {
    format: Raw<String>,
    organization: Raw<String>,
    competencies: Raw<Vec<RawRecord<RawCompetency>>>,
    units: Raw<Vec<RawRecord<RawUnit>>>,
    positions: Raw<Vec<RawRecord<RawPosition>>>,
    employees: Raw<()>,
    unknown: Vec<String>,
    repeated: Vec<String>,
}

struct TopSeed<'c, 'p> {
    checker: &'c mut Checker<'p>,
    employee_lines: &'c [usize],
}

impl<'de> DeserializeSeed<'de> for TopSeed<'_, '_> {
    type Value = Top;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TopSeed<'_, '_> {
    type Value = Top;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // An id, worded when the message is shown (`words`).
        f.write_str("store-expecting-file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let mut top = Top::default();
        let mut seen: Vec<String> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if seen.contains(&key) {
                top.repeated.push(key);
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            match key.as_str() {
                "format" => top.format = string(Some(map.next_value()?)),
                "organization" => top.organization = string(Some(map.next_value()?)),
                "competencies" => {
                    let mut out = Vec::new();
                    let shape = map.next_value_seed(ListSeed::new(|v| out.push(competency(v))))?;
                    top.competencies = collected(shape, out);
                }
                "units" => {
                    let mut out = Vec::new();
                    let shape = map.next_value_seed(ListSeed::new(|v| out.push(unit(v))))?;
                    top.units = collected(shape, out);
                }
                "positions" => {
                    let mut out = Vec::new();
                    let shape = map.next_value_seed(ListSeed::new(|v| out.push(position(v))))?;
                    top.positions = collected(shape, out);
                }
                "employees" => {
                    let (checker, lines) = (&mut *self.checker, self.employee_lines);
                    let mut i = 0;
                    top.employees = map.next_value_seed(ListSeed::new(|v| {
                        let typed::Record(mut rec) = v;
                        rec.line = lines.get(i).copied();
                        i += 1;
                        checker.employee(rec);
                    }))?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    top.unknown.push(key.clone());
                }
            }
            seen.push(key);
        }
        Ok(top)
    }
}

/// Reads a list element by element, handing each to `F` as a `T`: a small JSON value, or
/// for employees a raw record read directly ([`typed`]).
struct ListSeed<T, F>(F, PhantomData<T>);

impl<T, F> ListSeed<T, F> {
    fn new(each: F) -> Self {
        ListSeed(each, PhantomData)
    }
}

impl<'de, T: Deserialize<'de>, F: FnMut(T)> DeserializeSeed<'de> for ListSeed<T, F> {
    type Value = Raw<()>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: Deserialize<'de>, F: FnMut(T)> Visitor<'de> for ListSeed<T, F> {
    type Value = Raw<()>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("store-expecting-records")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Self::Value, A::Error> {
        while let Some(v) = seq.next_element::<T>()? {
            (self.0)(v);
        }
        Ok(Raw::Value(()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Raw::Wrong(words::AN_OBJECT.into()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Raw::Wrong("null".into()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Raw::Wrong(v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Raw::Wrong(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Raw::Wrong(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Raw::Wrong(v.to_string()))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Raw::Wrong(quote(v)))
    }
}

/// How a JSON value reads in a message.
fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quote(s),
        Value::Array(_) => words::A_LIST.into(),
        Value::Object(_) => words::AN_OBJECT.into(),
    }
}

fn string(v: Option<Value>) -> Raw<String> {
    match v {
        None => Raw::Missing,
        Some(Value::String(s)) => Raw::Value(s),
        Some(other) => Raw::Wrong(describe(&other)),
    }
}

fn nullable(v: Option<Value>) -> Raw<Option<String>> {
    match v {
        None => Raw::Missing,
        Some(Value::Null) => Raw::Value(None),
        Some(Value::String(s)) => Raw::Value(Some(s)),
        Some(other) => Raw::Wrong(describe(&other)),
    }
}

fn int(v: Option<Value>) -> Raw<i64> {
    match v {
        None => Raw::Missing,
        Some(Value::Number(n)) if n.as_i64().is_some() => {
            n.as_i64().map_or(Raw::Missing, Raw::Value)
        }
        Some(other) => Raw::Wrong(describe(&other)),
    }
}

fn levels(v: Option<Value>) -> Raw<Option<RawLevels>> {
    match v {
        None => Raw::Missing,
        Some(Value::Null) => Raw::Value(None),
        Some(Value::Object(m)) => Raw::Value(Some(
            m.into_iter().map(|(k, v)| (k, int(Some(v)))).collect(),
        )),
        Some(other) => Raw::Wrong(describe(&other)),
    }
}

fn list<T>(v: Option<Value>, each: fn(Value) -> RawRecord<T>) -> Raw<Option<Vec<RawRecord<T>>>> {
    match v {
        None => Raw::Missing,
        Some(Value::Null) => Raw::Value(None),
        Some(Value::Array(items)) => Raw::Value(Some(items.into_iter().map(each).collect())),
        Some(other) => Raw::Wrong(describe(&other)),
    }
}

/// Takes the known fields out of an object; what is left are unknown keys.
fn record<T>(v: Value, build: impl FnOnce(&mut Map<String, Value>) -> T) -> RawRecord<T> {
    match v {
        Value::Object(mut m) => {
            let body = build(&mut m);
            RawRecord {
                line: None,
                unknown: m.into_iter().map(|(k, _)| k).collect(),
                body: Ok(body),
            }
        }
        other => RawRecord {
            line: None,
            unknown: Vec::new(),
            body: Err(describe(&other)),
        },
    }
}

fn competency(v: Value) -> RawRecord<RawCompetency> {
    record(v, |m| RawCompetency {
        code: string(m.remove("code")),
        name: string(m.remove("name")),
        group: string(m.remove("group")),
    })
}

fn unit(v: Value) -> RawRecord<RawUnit> {
    record(v, |m| RawUnit {
        id: string(m.remove("id")),
        name: string(m.remove("name")),
        parent: nullable(m.remove("parent")),
        feedback: list(m.remove("feedback"), feedback),
        siasn_id: nullable(m.remove("siasn_id")),
    })
}

fn feedback(v: Value) -> RawRecord<RawFeedback> {
    record(v, |m| RawFeedback {
        date: string(m.remove("date")),
        source: nullable(m.remove("source")),
        severity: string(m.remove("severity")),
        text: string(m.remove("text")),
        recorded_by: string(m.remove("recorded_by")),
        recorded_at: string(m.remove("recorded_at")),
    })
}

fn workload(v: Value) -> RawRecord<RawWorkload> {
    record(v, |m| RawWorkload {
        task: string(m.remove("task")),
        volume: int(m.remove("volume")),
        minutes: int(m.remove("minutes")),
    })
}

fn position(v: Value) -> RawRecord<RawPosition> {
    record(v, |m| RawPosition {
        id: string(m.remove("id")),
        unit: string(m.remove("unit")),
        title: string(m.remove("title")),
        kind: string(m.remove("type")),
        formation: int(m.remove("formation")),
        requirements: levels(m.remove("requirements")),
        workload: list(m.remove("workload"), workload),
        siasn_id: nullable(m.remove("siasn_id")),
        jenjang: nullable(m.remove("jenjang")),
    })
}

// The `Value` reading of an employee, kept as the reference the typed reader is tested
// against (`typed` reads employees in the app).
#[cfg(test)]
fn note(v: Value) -> RawRecord<crate::domain::validate::RawNote> {
    record(v, |m| crate::domain::validate::RawNote {
        at: string(m.remove("at")),
        author: string(m.remove("author")),
        text: string(m.remove("text")),
    })
}

#[cfg(test)]
fn employee(v: Value) -> RawRecord<crate::domain::validate::RawEmployee> {
    record(v, |m| crate::domain::validate::RawEmployee {
        nip: string(m.remove("nip")),
        name: string(m.remove("name")),
        rank: string(m.remove("rank")),
        position: nullable(m.remove("position")),
        competencies: levels(m.remove("competencies")),
        performance: nullable(m.remove("performance")),
        potential: nullable(m.remove("potential")),
        readiness: nullable(m.remove("readiness")),
        notes: list(m.remove("notes"), note),
        profile: crate::domain::validate::RawProfile {
            pns_id: nullable(m.remove("pns_id")),
            birth_date: nullable(m.remove("birth_date")),
            tmt_cpns: nullable(m.remove("tmt_cpns")),
            tmt_jabatan: nullable(m.remove("tmt_jabatan")),
            education_level: nullable(m.remove("education_level")),
            education_name: nullable(m.remove("education_name")),
            kedudukan: nullable(m.remove("kedudukan")),
            skp: list(m.remove("skp"), skp),
        },
    })
}

#[cfg(test)]
fn skp(v: Value) -> RawRecord<crate::domain::validate::RawSkp> {
    record(v, |m| crate::domain::validate::RawSkp {
        year: int(m.remove("year")),
        predicate: string(m.remove("predicate")),
    })
}

#[cfg(test)]
mod siasn_tests;
#[cfg(test)]
mod tests;
