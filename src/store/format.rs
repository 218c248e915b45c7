//! The `penata/v1` JSON file format: reading a file into raw records (the file's shape,
//! line numbers, JSON syntax) and writing an organization back out.
//!
//! The rules about the records themselves live in [`crate::domain::validate`]; this module
//! only knows JSON. Lists are read one element at a time (each element becomes a small
//! `serde_json::Value`, is turned into a raw record and dropped), so a large file is held as
//! its text plus its raw records, never as a whole JSON tree.

use std::collections::HashMap;
use std::fmt;
use std::io::{BufWriter, Write};
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use time::OffsetDateTime;

use crate::domain::validate::{
    Problem, Problems, Raw, RawCompetency, RawEmployee, RawFile, RawLevels, RawNote, RawPosition,
    RawRecord, RawUnit, RawWorkload, quote, validate,
};
use crate::domain::{Competency, Employee, Levels, Organization, Position, Unit, WorkloadEntry};

use super::import::ImportErrors;

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
    let mut problems = Problems::default();
    let org = read_raw(text, &mut problems).and_then(|raw| validate(raw, &mut problems));
    match org {
        Some(org) if problems.is_empty() => Ok(org),
        _ => Err(ImportErrors::from_problems(file_name, problems)),
    }
}

/// Writes an organization as `penata/v1`: pretty JSON, keys in a fixed order, records in
/// the organization's order, optional fields left out when empty, a trailing newline.
pub fn write_v1(org: &Organization, out: &mut dyn Write) -> std::io::Result<()> {
    let file = FileOut {
        format: FORMAT_V1,
        organization: org.name(),
        competencies: Each(org.competencies(), competency_out),
        units: Each(org.units(), unit_out),
        positions: Each(org.positions(), position_out),
        employees: Each(org.employees(), employee_out),
    };
    let mut w = BufWriter::new(out);
    serde_json::to_writer_pretty(&mut w, &file)?;
    w.write_all(b"\n")?;
    w.flush()
}

// ---------------------------------------------------------------------------------------
// Reading

/// Reads the file's shape into raw records; `None` when it cannot be read at all.
fn read_raw(text: &str, problems: &mut Problems) -> Option<RawFile> {
    let mut de = serde_json::Deserializer::from_str(text);
    let top = match TopSeed
        .deserialize(&mut de)
        .and_then(|top| de.end().map(|()| top))
    {
        Ok(top) => top,
        Err(e) => {
            problems.push(json_error(&e));
            return None;
        }
    };
    let lines = scan_lines(text);
    let key_line = |key: &str| lines.keys.get(key).copied();
    let at_top = |key: &str, message: String| Problem {
        line: key_line(key),
        record: "top level".to_string(),
        field: key.to_string(),
        message,
    };
    for key in &top.unknown {
        problems.push(at_top(
            key,
            format!(
                "unknown key {}: allowed keys are {}",
                quote(key),
                TOP_KEYS.join(", ")
            ),
        ));
    }
    for key in &top.repeated {
        problems.push(at_top(
            key,
            format!("key {} appears more than once", quote(key)),
        ));
    }
    match &top.format {
        Raw::Value(f) if f == FORMAT_V1 => {}
        Raw::Missing => problems.push(Problem {
            line: Some(1),
            ..at_top(
                "format",
                format!("format is missing: add \"format\": \"{FORMAT_V1}\""),
            )
        }),
        Raw::Value(f) => problems.push(at_top(
            "format",
            format!(
                "format {}: this penata reads \"{FORMAT_V1}\" files",
                quote(f)
            ),
        )),
        Raw::Wrong(found) => problems.push(at_top(
            "format",
            format!("format {found}: must be \"{FORMAT_V1}\""),
        )),
    }
    let mut list = |key: &str, raw: Raw<Vec<()>>| match raw {
        Raw::Value(_) => {}
        Raw::Missing => {
            problems.push(Problem {
                line: Some(1),
                ..at_top(
                    key,
                    format!("{key} is missing: add \"{key}\": [] when there are none"),
                )
            });
        }
        Raw::Wrong(found) => {
            problems.push(at_top(key, format!("{key} is {found}: must be a list")));
        }
    };
    list("competencies", shape(&top.competencies));
    list("units", shape(&top.units));
    list("positions", shape(&top.positions));
    list("employees", shape(&top.employees));
    let mut file = RawFile {
        organization: top.organization,
        organization_line: key_line("organization"),
        competencies: values(top.competencies),
        units: values(top.units),
        positions: values(top.positions),
        employees: values(top.employees),
    };
    attach_lines(&mut file.competencies, &lines.competencies);
    attach_lines(&mut file.units, &lines.units);
    attach_lines(&mut file.positions, &lines.positions);
    attach_lines(&mut file.employees, &lines.employees);
    Some(file)
}

/// A list's shape without its records, for the presence checks.
fn shape<T>(raw: &Raw<Vec<T>>) -> Raw<Vec<()>> {
    match raw {
        Raw::Missing => Raw::Missing,
        Raw::Wrong(found) => Raw::Wrong(found.clone()),
        Raw::Value(_) => Raw::Value(Vec::new()),
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
fn json_error(e: &serde_json::Error) -> Problem {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = text.strip_suffix(&suffix).unwrap_or(&text);
    let message = match e.classify() {
        serde_json::error::Category::Data => message.to_string(),
        _ => format!("invalid JSON: {message} (column {})", e.column()),
    };
    Problem {
        line: (e.line() > 0).then_some(e.line()),
        record: String::new(),
        field: String::new(),
        message,
    }
}

/// The top-level object, with each list read record by record.
#[derive(Default)]
struct Top {
    format: Raw<String>,
    organization: Raw<String>,
    competencies: Raw<Vec<RawRecord<RawCompetency>>>,
    units: Raw<Vec<RawRecord<RawUnit>>>,
    positions: Raw<Vec<RawRecord<RawPosition>>>,
    employees: Raw<Vec<RawRecord<RawEmployee>>>,
    unknown: Vec<String>,
    repeated: Vec<String>,
}

struct TopSeed;

impl<'de> DeserializeSeed<'de> for TopSeed {
    type Value = Top;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_map(TopVisitor)
    }
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Top;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "one JSON object {{\"format\": \"{FORMAT_V1}\", \"organization\": ..., \
             \"competencies\": [...], \"units\": [...], \"positions\": [...], \"employees\": [...]}}"
        )
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
                "competencies" => top.competencies = map.next_value_seed(ListSeed(competency))?,
                "units" => top.units = map.next_value_seed(ListSeed(unit))?,
                "positions" => top.positions = map.next_value_seed(ListSeed(position))?,
                "employees" => top.employees = map.next_value_seed(ListSeed(employee))?,
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

/// Reads a list element by element, turning each into a raw record at once.
struct ListSeed<T>(fn(Value) -> RawRecord<T>);

impl<'de, T> DeserializeSeed<'de> for ListSeed<T> {
    type Value = Raw<Vec<RawRecord<T>>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(ListVisitor(self.0, PhantomData))
    }
}

struct ListVisitor<T>(fn(Value) -> RawRecord<T>, PhantomData<T>);

impl<'de, T> Visitor<'de> for ListVisitor<T> {
    type Value = Raw<Vec<RawRecord<T>>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element::<Value>()? {
            out.push((self.0)(v));
        }
        Ok(Raw::Value(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Raw::Wrong("an object".into()))
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
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
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
    })
}

fn note(v: Value) -> RawRecord<RawNote> {
    record(v, |m| RawNote {
        at: string(m.remove("at")),
        author: string(m.remove("author")),
        text: string(m.remove("text")),
    })
}

fn employee(v: Value) -> RawRecord<RawEmployee> {
    record(v, |m| RawEmployee {
        nip: string(m.remove("nip")),
        name: string(m.remove("name")),
        rank: string(m.remove("rank")),
        position: nullable(m.remove("position")),
        competencies: levels(m.remove("competencies")),
        performance: nullable(m.remove("performance")),
        potential: nullable(m.remove("potential")),
        readiness: nullable(m.remove("readiness")),
        notes: list(m.remove("notes"), note),
    })
}

/// Where things start in the text: top-level keys, and each element of the four lists.
#[derive(Debug, Default)]
struct Lines {
    keys: HashMap<String, usize>,
    competencies: Vec<usize>,
    units: Vec<usize>,
    positions: Vec<usize>,
    employees: Vec<usize>,
}

/// One pass over the text tracking strings and nesting depth: enough to know the line of
/// each top-level key and of each element of the top-level lists, without parsing values.
fn scan_lines(text: &str) -> Lines {
    let mut lines = Lines::default();
    let bytes = text.as_bytes();
    let mut line = 1usize;
    let mut depth = 0usize;
    let mut i = 0usize;
    // Inside the top object: whether the next string is a key, and the key last read.
    let mut expect_key = false;
    let mut key = String::new();
    let mut key_line = 0usize;
    // Which list we are inside (by key), and whether an element is due.
    let mut list: Option<String> = None;
    let mut element_due = false;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => line += 1,
            b'"' => {
                let start = i + 1;
                let start_line = line;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'\n' => line += 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth == 1 && expect_key {
                    key = String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]).into_owned();
                    key_line = start_line;
                    lines.keys.entry(key.clone()).or_insert(start_line);
                    expect_key = false;
                } else if depth == 2 && element_due {
                    element_due = false;
                    push_line(&mut lines, list.as_deref(), start_line);
                }
            }
            b'{' | b'[' => {
                if depth == 2 && element_due {
                    element_due = false;
                    push_line(&mut lines, list.as_deref(), line);
                }
                depth += 1;
                if depth == 1 && b == b'{' {
                    expect_key = true;
                } else if depth == 2 && b == b'[' && key_line > 0 {
                    list = Some(key.clone());
                    element_due = true;
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 1 {
                    list = None;
                    element_due = false;
                }
            }
            b',' => match depth {
                1 => expect_key = true,
                2 => element_due = list.is_some(),
                _ => {}
            },
            b' ' | b'\t' | b'\r' | b':' => {}
            _ => {
                if depth == 2 && element_due {
                    element_due = false;
                    push_line(&mut lines, list.as_deref(), line);
                }
            }
        }
        i += 1;
    }
    lines
}

fn push_line(lines: &mut Lines, list: Option<&str>, line: usize) {
    let target = match list {
        Some("competencies") => &mut lines.competencies,
        Some("units") => &mut lines.units,
        Some("positions") => &mut lines.positions,
        Some("employees") => &mut lines.employees,
        _ => return,
    };
    target.push(line);
}

// ---------------------------------------------------------------------------------------
// Writing: views that borrow the organization, so nothing is copied.

#[derive(Serialize)]
struct FileOut<'a, C, U, P, E> {
    format: &'static str,
    organization: &'a str,
    competencies: C,
    units: U,
    positions: P,
    employees: E,
}

/// Serializes a slice as a list, each element through a view.
struct Each<'a, T, F>(&'a [T], F);

impl<'a, T, O, F> Serialize for Each<'a, T, F>
where
    F: Fn(&'a T) -> O,
    O: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(&self.1))
    }
}

#[derive(Serialize)]
struct CompetencyOut<'a> {
    code: &'a str,
    name: &'a str,
    group: &'static str,
}

fn competency_out(c: &Competency) -> CompetencyOut<'_> {
    CompetencyOut {
        code: &c.code,
        name: &c.name,
        group: c.group.code(),
    }
}

#[derive(Serialize)]
struct UnitOut<'a> {
    id: &'a str,
    name: &'a str,
    parent: Option<&'a str>,
}

fn unit_out(u: &Unit) -> UnitOut<'_> {
    UnitOut {
        id: &u.id,
        name: &u.name,
        parent: u.parent.as_deref(),
    }
}

#[derive(Serialize)]
struct WorkloadOut<'a> {
    task: &'a str,
    volume: u32,
    minutes: u32,
}

fn workload_out(w: &WorkloadEntry) -> WorkloadOut<'_> {
    WorkloadOut {
        task: &w.task,
        volume: w.volume,
        minutes: w.minutes,
    }
}

type WorkloadsOut<'a> = Each<'a, WorkloadEntry, fn(&WorkloadEntry) -> WorkloadOut<'_>>;

#[derive(Serialize)]
struct PositionOut<'a> {
    id: &'a str,
    unit: &'a str,
    title: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    formation: u32,
    requirements: &'a Levels,
    #[serde(skip_serializing_if = "Option::is_none")]
    workload: Option<WorkloadsOut<'a>>,
}

fn position_out(p: &Position) -> PositionOut<'_> {
    PositionOut {
        id: &p.id,
        unit: &p.unit,
        title: &p.title,
        kind: p.kind.code(),
        formation: p.formation,
        requirements: &p.requirements,
        workload: (!p.workload.is_empty())
            .then_some(Each(p.workload.as_slice(), workload_out as _)),
    }
}

#[derive(Serialize)]
struct NoteOut<'a> {
    #[serde(with = "time::serde::rfc3339")]
    at: OffsetDateTime,
    author: &'a str,
    text: &'a str,
}

fn note_out(n: &crate::domain::Note) -> NoteOut<'_> {
    NoteOut {
        at: n.at,
        author: &n.author,
        text: &n.text,
    }
}

type NotesOut<'a> = Each<'a, crate::domain::Note, fn(&crate::domain::Note) -> NoteOut<'_>>;

#[derive(Serialize)]
struct EmployeeOut<'a> {
    nip: &'a str,
    name: &'a str,
    rank: crate::domain::Rank,
    position: Option<&'a str>,
    competencies: &'a Levels,
    #[serde(skip_serializing_if = "Option::is_none")]
    performance: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    potential: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    readiness: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<NotesOut<'a>>,
}

fn employee_out(e: &Employee) -> EmployeeOut<'_> {
    EmployeeOut {
        nip: e.nip.as_str(),
        name: &e.name,
        rank: e.rank,
        position: e.position.as_deref(),
        competencies: &e.competencies,
        performance: e.performance.map(|p| p.code()),
        potential: e.potential.map(|p| p.code()),
        readiness: e.readiness.map(|r| r.code()),
        notes: (!e.notes.is_empty()).then_some(Each(e.notes.as_slice(), note_out as _)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        CompetencyGroup, Nip, Note, Performance, PositionType, Potential, Rank, Readiness,
    };
    use proptest::prelude::*;

    fn example_text() -> String {
        let path = format!("{}/fixtures/example-small.json", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).unwrap()
    }

    fn export(org: &Organization) -> String {
        let mut out = Vec::new();
        write_v1(org, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn example_parses() {
        let org = parse_v1("example-small.json", &example_text()).unwrap();
        assert_eq!(org.name(), "Pemerintah Kota Semarang");
        assert_eq!(org.competencies().len(), 5);
        assert_eq!(org.units().len(), 3);
        assert_eq!(org.positions().len(), 4);
        assert_eq!(org.employees().len(), 4);
        let nip = Nip::parse("197608172003121002").unwrap();
        let e = org.employee(org.employee_ix(&nip).unwrap());
        assert_eq!(e.readiness, Some(Readiness::Ragu));
        assert_eq!(e.notes.len(), 1);
        assert_eq!(org.unplaced().len(), 1);
        let analis = org
            .position_ix("disdukcapil.sekretariat.analis-keuangan")
            .unwrap();
        assert_eq!(org.position(analis).workload.len(), 2);
    }

    #[test]
    fn doc_example_is_the_fixture() {
        let path = format!("{}/docs/format.md", env!("CARGO_MANIFEST_DIR"));
        let doc = std::fs::read_to_string(path).unwrap();
        let start = doc.find("### Complete example").unwrap();
        let block = &doc[start..];
        let open = block.find("```json\n").unwrap() + "```json\n".len();
        let close = block[open..].find("```").unwrap();
        assert_eq!(&block[open..open + close], example_text());
    }

    #[test]
    fn export_round_trips_and_is_stable() {
        let org = parse_v1("example-small.json", &example_text()).unwrap();
        let first = export(&org);
        assert!(first.ends_with("}\n"));
        let again = parse_v1("export.json", &first).unwrap();
        assert_eq!(again, org);
        assert_eq!(export(&again), first);
        // Not-assessed values and empty lists are left out; NIPs are written without spaces.
        assert!(first.contains("\"nip\": \"197608172003121002\""));
        assert!(!first.contains("\"notes\": []"));
        assert!(!first.contains("\"workload\": []"));
        assert!(!first.contains("\"performance\": null"));
        assert!(first.contains("\"parent\": null"));
    }

    #[test]
    fn optional_fields_may_be_left_out_or_null() {
        let text = r#"{"format": "penata/v1", "organization": "Kota Uji",
          "competencies": [], "units": [{"id": "u", "name": "U"}],
          "positions": [{"id": "p", "unit": "u", "title": "Staf", "type": "pelaksana", "formation": 0}],
          "employees": [{"nip": "198503122010012003", "name": "Sri", "rank": "III/c",
                         "performance": null, "notes": null, "competencies": null}]}"#;
        let org = parse_v1("min.json", text).unwrap();
        assert_eq!(org.units()[0].parent, None);
        assert!(org.positions()[0].requirements.is_empty());
        assert_eq!(org.employees()[0].position, None);
        assert_eq!(org.employees()[0].performance, None);
    }

    #[test]
    fn every_problem_in_a_file_is_reported() {
        let text = example_text()
            .replace("\"rank\": \"IV/a\"", "\"rank\": \"IV/f\"")
            .replace("\"formation\": 3", "\"formation\": \"3\"")
            .replace(
                "\"parent\": \"disdukcapil\"}",
                "\"parent\": \"disdukcapil\", \"level\": 2}",
            );
        let errors = parse_v1("x.json", &text).unwrap_err();
        let fields: Vec<&str> = errors.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["level", "level", "formation", "rank"], "{errors}");
        assert!(errors.errors.iter().all(|e| e.line.is_some()));
    }

    #[test]
    fn line_scan_ignores_brackets_in_strings() {
        let text = "{\n \"organization\": \"a [b] {c}\",\n \"units\": [\n  {\"id\": \"x\\\"]\"},\n\n  {\"id\": \"y\"}\n ],\n \"employees\": [ \"e\",\n 5 ]\n}";
        let lines = scan_lines(text);
        assert_eq!(lines.units, [4, 6]);
        assert_eq!(lines.employees, [8, 9]);
        assert_eq!(lines.keys["organization"], 2);
        assert_eq!(lines.keys["employees"], 8);
    }

    /// Builds an organization from random choices; every reference resolves by construction.
    #[allow(clippy::type_complexity)]
    fn org_strategy() -> impl Strategy<Value = Organization> {
        let comps = prop::collection::btree_set("[A-Z][A-Z0-9_-]{0,5}", 0..5);
        let units =
            prop::collection::vec((any::<Option<prop::sample::Index>>(), "\\PC{1,12}"), 0..6);
        let positions = prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                "[a-z][a-z.]{0,8}",
                0usize..7,
                0u32..5,
                prop::collection::vec((any::<prop::sample::Index>(), 1u8..=5), 0..3),
                prop::collection::vec(("\\PC{1,10}", 0u32..2000, 0u32..600), 0..2),
            ),
            0..6,
        );
        let employees = prop::collection::vec(
            (
                (
                    1960i32..2000,
                    1u8..=12,
                    1u8..=28,
                    18i32..40,
                    any::<bool>(),
                    any::<bool>(),
                ),
                (1u8..=4, 0u8..4, 1u8..=17),
                "\\PC{0,16}",
                any::<Option<prop::sample::Index>>(),
                prop::collection::vec((any::<prop::sample::Index>(), 1u8..=5), 0..3),
                (0usize..6, 0usize..4, 0usize..4),
                prop::collection::vec(
                    (
                        0i64..4_000_000_000,
                        -720i32..840,
                        0u32..1_000_000_000,
                        "\\PC{1,8}",
                        "\\PC{1,20}",
                    ),
                    0..3,
                ),
            ),
            0..8,
        );
        ("\\PC{1,20}", comps, units, positions, employees).prop_map(
            |(name, comps, units, positions, employees)| {
                let competencies: Vec<Competency> = comps
                    .into_iter()
                    .enumerate()
                    .map(|(i, code)| Competency {
                        name: format!("Kompetensi {code}"),
                        code,
                        group: CompetencyGroup::ALL[i % 3],
                    })
                    .collect();
                let units: Vec<Unit> = units
                    .into_iter()
                    .enumerate()
                    .map(|(i, (parent, name))| Unit {
                        id: format!("u{i}"),
                        name: format!("Unit {name}"),
                        parent: parent.filter(|_| i > 0).map(|p| format!("u{}", p.index(i))),
                    })
                    .collect();
                let positions: Vec<Position> = if units.is_empty() {
                    Vec::new()
                } else {
                    positions
                        .into_iter()
                        .enumerate()
                        .map(|(i, (unit, id, kind, formation, reqs, work))| Position {
                            id: format!("{id}{i}"),
                            unit: units[unit.index(units.len())].id.clone(),
                            title: format!("Jabatan {i}"),
                            kind: PositionType::ALL[kind],
                            formation,
                            requirements: levels(&competencies, reqs),
                            workload: work
                                .into_iter()
                                .map(|(task, volume, minutes)| WorkloadEntry {
                                    task: format!("T {task}"),
                                    volume,
                                    minutes,
                                })
                                .collect(),
                        })
                        .collect()
                };
                let employees = employees
                    .into_iter()
                    .enumerate()
                    .map(
                        |(i, (nip, rank, name, seat, comps, (perf, pot, ready), notes))| {
                            let (year, month, day, age, pppk, female) = nip;
                            let sex = if female { 2 } else { 1 };
                            let text = if pppk {
                                format!(
                                    "{year}{month:02}{day:02}{}2{}{sex}{:03}",
                                    year + age,
                                    1 + i % 9,
                                    i + 1
                                )
                            } else {
                                format!(
                                    "{year}{month:02}{day:02}{}{:02}{sex}{:03}",
                                    year + age,
                                    month,
                                    i + 1
                                )
                            };
                            let rank = if pppk {
                                Rank::Pppk(rank.2)
                            } else {
                                Rank::Pns {
                                    golongan: rank.0,
                                    ruang: rank.1,
                                }
                            };
                            Employee {
                                nip: Nip::parse(&text).unwrap(),
                                name: format!("Pegawai {name}"),
                                rank,
                                position: seat
                                    .filter(|_| !positions.is_empty())
                                    .map(|p| positions[p.index(positions.len())].id.clone()),
                                competencies: levels(&competencies, comps),
                                performance: Performance::ALL.get(perf).copied(),
                                potential: Potential::ALL.get(pot).copied(),
                                readiness: Readiness::ALL.get(ready).copied(),
                                notes: notes
                                    .into_iter()
                                    .map(|(secs, offset, nanos, author, text)| Note {
                                        at: OffsetDateTime::from_unix_timestamp(secs)
                                            .unwrap()
                                            .replace_nanosecond(nanos)
                                            .unwrap()
                                            .to_offset(
                                                time::UtcOffset::from_whole_seconds(offset * 60)
                                                    .unwrap(),
                                            ),
                                        author: format!("a{author}"),
                                        text: format!("t{text}"),
                                    })
                                    .collect(),
                            }
                        },
                    )
                    .collect();
                Organization::from_parts(
                    format!("Kota {name}"),
                    competencies,
                    units,
                    positions,
                    employees,
                )
            },
        )
    }

    fn levels(dict: &[Competency], picks: Vec<(prop::sample::Index, u8)>) -> Levels {
        if dict.is_empty() {
            return Levels::new();
        }
        picks
            .into_iter()
            .map(|(i, l)| (dict[i.index(dict.len())].code.clone(), l))
            .collect()
    }

    proptest! {
        #[test]
        fn export_then_import_is_identity(org in org_strategy()) {
            let text = export(&org);
            let back = parse_v1("export.json", &text);
            prop_assert!(back.is_ok(), "{}", back.unwrap_err());
            let back = back.unwrap();
            prop_assert_eq!(&back, &org);
            prop_assert_eq!(export(&back), text);
        }
    }

    /// Scale check, run by hand: `PENATA_SCALE=1000000 cargo test --release --lib scale -- --ignored --nocapture`.
    #[test]
    #[ignore = "slow: measures a large import"]
    fn scale() {
        let n: usize = std::env::var("PENATA_SCALE")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(200_000);
        let mut text = String::from(
            "{\"format\": \"penata/v1\", \"organization\": \"K\", \"competencies\": [{\"code\": \"INT\", \"name\": \"I\", \"group\": \"manajerial\"}],\n\
             \"units\": [{\"id\": \"u\", \"name\": \"U\", \"parent\": null}],\n\
             \"positions\": [{\"id\": \"p\", \"unit\": \"u\", \"title\": \"T\", \"type\": \"pelaksana\", \"formation\": 1, \"requirements\": {}}],\n\
             \"employees\": [\n",
        );
        for i in 0..n {
            let sep = if i + 1 < n { "," } else { "" };
            let (seq, rest) = (i % 999 + 1, i / 999);
            let (sex, rest) = (rest % 2 + 1, rest / 2);
            let (month, rest) = (rest % 12 + 1, rest / 12);
            let (day, year) = (rest % 28 + 1, 1970 + (rest / 28) % 10);
            text.push_str(&format!(
                "{{\"nip\": \"{year}01{day:02}2005{month:02}{sex}{seq:03}\", \"name\": \"Pegawai Nomor {i}, S.E.\", \
                 \"rank\": \"III/c\", \"position\": \"p\", \"competencies\": {{\"INT\": 3}}, \"performance\": \"baik\", \
                 \"notes\": [{{\"at\": \"2026-10-01T09:00:00+07:00\", \"author\": \"budi\", \"text\": \"Catatan\"}}]}}{sep}\n"
            ));
        }
        text.push_str("]}\n");
        let started = std::time::Instant::now();
        let org = parse_v1("scale.json", &text).unwrap_or_else(|e| panic!("{e}"));
        let parsed = started.elapsed();
        let mut out = Vec::with_capacity(text.len());
        write_v1(&org, &mut out).unwrap();
        println!(
            "{n} employees, {} MB: parse {parsed:?}, write {:?}",
            text.len() / 1_000_000,
            started.elapsed() - parsed
        );
        assert_eq!(org.employees().len(), n);
    }
}
