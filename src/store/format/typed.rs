//! Employees read straight from the JSON text into raw records, with no intermediate
//! `serde_json::Value`: a million employees are most of a large file, and building a map of
//! owned keys and values per record, only to take it apart again, was most of the import.
//!
//! What the records hold is exactly what the `Value` path gives (see `super::record`):
//! a field of the wrong type reads as `Value` would describe it, competency codes come in
//! the order of `serde_json::Map` (sorted by code, a repeated code keeps its last value),
//! unknown keys sorted and each once, and a repeated field keeps its last value.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::domain::validate::{Raw, RawEmployee, RawLevels, RawNote, RawRecord, RawSkp, quote};

/// A JSON value as far as a raw field needs it: text, null, an integer, or anything else
/// as it reads in a message.
enum Found {
    Text(String),
    Null,
    Int(i64),
    Other(String),
}

impl Found {
    fn string(self) -> Raw<String> {
        match self {
            Found::Text(s) => Raw::Value(s),
            other => Raw::Wrong(other.describe()),
        }
    }

    fn nullable(self) -> Raw<Option<String>> {
        match self {
            Found::Text(s) => Raw::Value(Some(s)),
            Found::Null => Raw::Value(None),
            other => Raw::Wrong(other.describe()),
        }
    }

    fn int(self) -> Raw<i64> {
        match self {
            Found::Int(n) => Raw::Value(n),
            other => Raw::Wrong(other.describe()),
        }
    }

    /// How the value reads in a message (as `super::describe` reads a `Value`).
    fn describe(self) -> String {
        match self {
            Found::Text(s) => quote(&s),
            Found::Null => "null".into(),
            Found::Int(n) => n.to_string(),
            Found::Other(s) => s,
        }
    }
}

impl<'de> Deserialize<'de> for Found {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Found, D::Error> {
        d.deserialize_any(FoundVisitor)
    }
}

struct FoundVisitor;

impl<'de> Visitor<'de> for FoundVisitor {
    type Value = Found;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("store-expecting-value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Found, E> {
        Ok(Found::Text(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Found, E> {
        Ok(Found::Text(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Found, E> {
        Ok(Found::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Found, E> {
        Ok(Found::Null)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Found, E> {
        Ok(Found::Other(v.to_string()))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Found, E> {
        Ok(Found::Int(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Found, E> {
        Ok(match i64::try_from(v) {
            Ok(n) => Found::Int(n),
            Err(_) => Found::Other(serde_json::Number::from(v).to_string()),
        })
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Found, E> {
        // As `Value` holds it: a finite float is a number, anything else null.
        Ok(Found::Other(
            serde_json::Number::from_f64(v).map_or_else(|| "null".into(), |n| n.to_string()),
        ))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Found, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Found::Other(super::words::A_LIST.into()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Found, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Found::Other(super::words::AN_OBJECT.into()))
    }
}

/// An object key, borrowed from the text when it has no escapes.
enum Key<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Key<'_> {
    fn as_str(&self) -> &str {
        match self {
            Key::Borrowed(s) => s,
            Key::Owned(s) => s,
        }
    }

    fn into_string(self) -> String {
        match self {
            Key::Borrowed(s) => s.to_owned(),
            Key::Owned(s) => s,
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key<'de>, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("store-expecting-key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::Borrowed(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key::Owned(v))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// The fields of one kind of record, filled key by key.
pub(super) trait Fields: Default {
    /// Reads the value of `key` if it is a field; `false` (value not read) otherwise.
    fn field<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error>;
}

impl Fields for RawEmployee {
    fn field<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "nip" => self.nip = map.next_value::<Found>()?.string(),
            "name" => self.name = map.next_value::<Found>()?.string(),
            "rank" => self.rank = map.next_value::<Found>()?.string(),
            "position" => self.position = map.next_value::<Found>()?.nullable(),
            "competencies" => self.competencies = map.next_value::<Levels>()?.0,
            "performance" => self.performance = map.next_value::<Found>()?.nullable(),
            "potential" => self.potential = map.next_value::<Found>()?.nullable(),
            "readiness" => self.readiness = map.next_value::<Found>()?.nullable(),
            "notes" => self.notes = map.next_value::<List<RawNote>>()?.0,
            "pns_id" => self.profile.pns_id = map.next_value::<Found>()?.nullable(),
            "birth_date" => self.profile.birth_date = map.next_value::<Found>()?.nullable(),
            "tmt_cpns" => self.profile.tmt_cpns = map.next_value::<Found>()?.nullable(),
            "tmt_jabatan" => self.profile.tmt_jabatan = map.next_value::<Found>()?.nullable(),
            "education_level" => {
                self.profile.education_level = map.next_value::<Found>()?.nullable();
            }
            "education_name" => {
                self.profile.education_name = map.next_value::<Found>()?.nullable();
            }
            "kedudukan" => self.profile.kedudukan = map.next_value::<Found>()?.nullable(),
            "skp" => self.profile.skp = map.next_value::<List<RawSkp>>()?.0,
            _ => return Ok(false),
        }
        Ok(true)
    }
}

impl Fields for RawSkp {
    fn field<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "year" => self.year = map.next_value::<Found>()?.int(),
            "predicate" => self.predicate = map.next_value::<Found>()?.string(),
            _ => return Ok(false),
        }
        Ok(true)
    }
}

impl Fields for RawNote {
    fn field<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error> {
        match key {
            "at" => self.at = map.next_value::<Found>()?.string(),
            "author" => self.author = map.next_value::<Found>()?.string(),
            "text" => self.text = map.next_value::<Found>()?.string(),
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// One list element as a record of `T`, or how it reads when it is not an object.
pub(super) struct Record<T>(pub RawRecord<T>);

impl<'de, T: Fields> Deserialize<'de> for Record<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Record<T>, D::Error> {
        d.deserialize_any(RecordVisitor(PhantomData))
    }
}

struct RecordVisitor<T>(PhantomData<T>);

impl<T> RecordVisitor<T> {
    fn not_object<E>(found: Found) -> Result<Record<T>, E> {
        Ok(Record(RawRecord {
            line: None,
            unknown: Vec::new(),
            body: Err(found.describe()),
        }))
    }
}

impl<'de, T: Fields> Visitor<'de> for RecordVisitor<T> {
    type Value = Record<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("store-expecting-record")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<T>, A::Error> {
        let mut body = T::default();
        let mut unknown: Vec<String> = Vec::new();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            if !body.field(key.as_str(), &mut map)? {
                map.next_value::<IgnoredAny>()?;
                unknown.push(key.into_string());
            }
        }
        if unknown.len() > 1 {
            // As a `serde_json::Map` would list them: sorted, each once.
            unknown.sort_unstable();
            unknown.dedup();
        }
        Ok(Record(RawRecord {
            line: None,
            unknown,
            body: Ok(body),
        }))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Record<T>, E> {
        Self::not_object(FoundVisitor.visit_str(v)?)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Record<T>, E> {
        Self::not_object(Found::Null)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Record<T>, E> {
        Self::not_object(FoundVisitor.visit_bool(v)?)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Record<T>, E> {
        Self::not_object(FoundVisitor.visit_i64(v)?)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Record<T>, E> {
        Self::not_object(FoundVisitor.visit_u64(v)?)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Record<T>, E> {
        Self::not_object(FoundVisitor.visit_f64(v)?)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Record<T>, A::Error> {
        Self::not_object(FoundVisitor.visit_seq(seq)?)
    }
}

/// A competency level map (`{"code": level}`), null, or anything else.
struct Levels(Raw<Option<RawLevels>>);

impl<'de> Deserialize<'de> for Levels {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Levels, D::Error> {
        struct LevelsVisitor;
        impl<'de> Visitor<'de> for LevelsVisitor {
            type Value = Levels;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("store-expecting-levels")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Levels, A::Error> {
                let mut levels: RawLevels = Vec::new();
                while let Some(code) = map.next_key::<Key<'de>>()? {
                    let level = map.next_value::<Found>()?.int();
                    levels.push((code.into_string(), level));
                }
                // In `serde_json::Map` order: sorted by code, the last of a repeated code.
                if !levels.is_sorted_by(|a, b| a.0 < b.0) {
                    let sorted: BTreeMap<String, Raw<i64>> = levels.into_iter().collect();
                    levels = sorted.into_iter().collect();
                }
                Ok(Levels(Raw::Value(Some(levels))))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Levels, E> {
                Ok(Levels(Raw::Value(None)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Levels, E> {
                Ok(Levels(Raw::Wrong(quote(v))))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Levels, E> {
                Ok(Levels(Raw::Wrong(FoundVisitor.visit_bool(v)?.describe())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Levels, E> {
                Ok(Levels(Raw::Wrong(FoundVisitor.visit_i64(v)?.describe())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Levels, E> {
                Ok(Levels(Raw::Wrong(FoundVisitor.visit_u64(v)?.describe())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Levels, E> {
                Ok(Levels(Raw::Wrong(FoundVisitor.visit_f64(v)?.describe())))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Levels, A::Error> {
                Ok(Levels(Raw::Wrong(FoundVisitor.visit_seq(seq)?.describe())))
            }
        }
        d.deserialize_any(LevelsVisitor)
    }
}

/// A list of nested records (notes, SKP entries), null, or anything else.
struct List<T>(Raw<Option<Vec<RawRecord<T>>>>);

impl<'de, T: Fields> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<List<T>, D::Error> {
        struct ListVisitor<T>(PhantomData<T>);
        impl<'de, T: Fields> Visitor<'de> for ListVisitor<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("store-expecting-notes")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut items = Vec::new();
                while let Some(Record(n)) = seq.next_element::<Record<T>>()? {
                    items.push(n);
                }
                Ok(List(Raw::Value(Some(items))))
            }
            fn visit_unit<E: de::Error>(self) -> Result<List<T>, E> {
                Ok(List(Raw::Value(None)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<List<T>, E> {
                Ok(List(Raw::Wrong(quote(v))))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<List<T>, E> {
                Ok(List(Raw::Wrong(FoundVisitor.visit_bool(v)?.describe())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<List<T>, E> {
                Ok(List(Raw::Wrong(FoundVisitor.visit_i64(v)?.describe())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<List<T>, E> {
                Ok(List(Raw::Wrong(FoundVisitor.visit_u64(v)?.describe())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<List<T>, E> {
                Ok(List(Raw::Wrong(FoundVisitor.visit_f64(v)?.describe())))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<List<T>, A::Error> {
                Ok(List(Raw::Wrong(FoundVisitor.visit_map(map)?.describe())))
            }
        }
        d.deserialize_any(ListVisitor(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The element read both ways: through a `Value` (the reference) and directly.
    fn both(json: &str) -> (RawRecord<RawEmployee>, RawRecord<RawEmployee>) {
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let typed: Record<RawEmployee> = serde_json::from_str(json).unwrap();
        (super::super::employee(value), typed.0)
    }

    #[test]
    fn reads_as_the_value_path_reads() {
        for json in [
            r#"{"nip": "198503122010012003", "name": "Sri", "rank": "III/c", "position": null,
                "competencies": {"b": 3, "a": 2, "b": 4}, "performance": "baik",
                "notes": [{"at": "x", "author": 1, "zz": 0, "aa": 1}, "note", null]}"#,
            r#"{"nip": 198503122010012003, "name": null, "rank": 1.5, "position": 7,
                "competencies": [1], "readiness": {}, "notes": {"a": 1}}"#,
            r#"{"nip": "1", "nip": "2", "zeta": 1, "alpha": [], "zeta": 2, "potential": true}"#,
            r#"{"competencies": {"a": 1.0, "b": -4, "c": 18446744073709551615, "d": "3"}}"#,
            r#"{"name": "Dr. \"Budi\" \u00e9", "n\u0069p": "x", "notes": null}"#,
            r#"{"competencies": null, "notes": "none", "position": "a.b"}"#,
            r#""just text""#,
            "12",
            "-1",
            "1e3",
            "null",
            "true",
            "[1, {\"a\": 2}]",
        ] {
            let (value, typed) = both(json);
            assert_eq!(typed, value, "{json}");
        }
    }

    fn fragment() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            r#""text""#,
            r#""esc\"aped""#,
            "null",
            "0",
            "-3",
            "1.5",
            "1e3",
            "18446744073709551615",
            "true",
            "[]",
            "[1, \"a\"]",
            "{}",
            r#"{"b": 1, "a": "x", "b": 2}"#,
            r#"[{"at": "x", "q": 1}, 3, null, {"text": "t", "text": "u"}]"#,
            r#"[{"year": 2024, "predicate": "baik", "q": 1}, {"year": "x"}, 7]"#,
        ])
        .prop_map(str::to_string)
    }

    fn key() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "nip",
            "name",
            "rank",
            "position",
            "competencies",
            "performance",
            "potential",
            "readiness",
            "notes",
            "pns_id",
            "birth_date",
            "kedudukan",
            "skp",
            "zzz",
            "extra",
            "n\\u0061me",
        ])
        .prop_map(str::to_string)
    }

    proptest! {
        #[test]
        fn any_record_reads_as_the_value_path_reads(
            fields in prop::collection::vec((key(), fragment()), 0..10),
        ) {
            let body: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
            let json = format!("{{{}}}", body.join(", "));
            let (value, typed) = both(&json);
            prop_assert_eq!(typed, value, "{}", json);
        }
    }
}
