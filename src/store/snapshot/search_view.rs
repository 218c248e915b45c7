//! The snapshot read for `penata search`: the search index whole, and the records of the
//! hits one by one, without loading the baseline.

use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use super::{
    EMPLOYEES, Entry, FILE_NAME, INDEX, RECORDS, SEARCH, Section, Span, in_order, index_entries,
    open_with_header, read_at, record_pairs, search_parts, spans_of,
};
use crate::domain::search::SearchIndex;
use crate::domain::{Employee, EmployeeIx, Unit};
use crate::lang::{Msg, msg};
use crate::store::codec;
use crate::store::{StoreError, as_is};

/// What `penata search` needs from a snapshot: the search index, and the records of the
/// hits read one by one.
#[derive(Debug)]
pub struct SearchView {
    file: File,
    employees: Section,
    entries: Vec<Entry>,
    units: Vec<Unit>,
    unit_by_id: HashMap<String, usize>,
    /// The record section, and where each position's key and value lie in it: positions
    /// are decoded only for the hits.
    records: Vec<u8>,
    positions: Vec<(Span, Span)>,
    pub index: SearchIndex,
}

/// Where an employee sits, for printing a hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatView {
    pub position: String,
    pub title: String,
    pub unit: Option<String>,
    /// Unit names from the top down to the position's unit.
    pub unit_path: Vec<String>,
}

impl SearchView {
    /// Opens the snapshot of `dir` for lookups, reading only the index sections; `None` when
    /// there is none or it cannot be trusted. Without the database open, it relies on the
    /// removal before every change (see the module docs).
    pub fn open(dir: &Path) -> Option<SearchView> {
        let (mut file, h) = open_with_header(dir)?;
        let index = read_at(&mut file, &h.sections[INDEX])?;
        let entries = index_entries(&index, h.employees, h.sections[EMPLOYEES].len)?;
        drop(index);
        let search = read_at(&mut file, &h.sections[SEARCH])?;
        let nips = entries.iter().map(|(n, _, _)| *n).collect();
        let parts = search_parts(&search, nips)?;
        drop(search);
        let records = read_at(&mut file, &h.sections[RECORDS])?;
        let [_, units, positions] = record_pairs(&records)?;
        let units: Vec<Unit> = in_order(&units, codec::decode_unit)?;
        let positions = spans_of(&records, &positions)?;
        let index = SearchIndex::from_parts(parts, units.len(), positions.len())?;
        let unit_by_id = units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.clone(), i))
            .collect();
        Some(SearchView {
            file,
            employees: h.sections[EMPLOYEES],
            entries,
            units,
            unit_by_id,
            records,
            positions,
            index,
        })
    }

    /// The record of employee `e` (index in NIP order), checked against its CRC.
    pub fn employee(&mut self, e: EmployeeIx) -> Result<Employee, StoreError> {
        let corrupt = |message: Msg| StoreError::Corrupt {
            key: format!("{FILE_NAME}/employee {e}"),
            message,
        };
        let i = e as usize;
        let (nip, end, expected) = *self
            .entries
            .get(i)
            .ok_or_else(|| corrupt(msg!("store-no-such-employee")))?;
        let start = i
            .checked_sub(1)
            .and_then(|p| self.entries.get(p))
            .map_or(0, |(_, end, _)| *end);
        let mut buf = vec![0u8; (end - start) as usize];
        self.file
            .seek(SeekFrom::Start(self.employees.offset + u64::from(start)))
            .and_then(|_| self.file.read_exact(&mut buf))
            .map_err(|err| corrupt(as_is(err.to_string())))?;
        if crc32fast::hash(&buf) != expected {
            return Err(corrupt(msg!("store-checksum-mismatch")));
        }
        codec::decode_employee(&nip, &buf)
    }

    /// The seat of an employee (position title, unit and unit path), if placed and known.
    pub fn seat(&self, position: &str) -> Result<Option<SeatView>, StoreError> {
        let at = |(start, len): Span| self.records.get(start..start + len).unwrap_or(&[]);
        let wanted = position.as_bytes();
        let Some(&(k, v)) = self
            .positions
            .iter()
            .find(|&&(k, _)| k.1 == wanted.len() && at(k) == wanted)
        else {
            return Ok(None);
        };
        let (_, p) = codec::decode_position(at(k), at(v))?;
        let mut unit_path = Vec::new();
        let find = |id: &str| self.unit_by_id.get(id).and_then(|&i| self.units.get(i));
        let mut unit = find(&p.unit);
        let found = unit.map(|u| u.id.clone());
        while let Some(u) = unit {
            if unit_path.len() > self.units.len() {
                break;
            }
            unit_path.push(u.name.clone());
            unit = u.parent.as_deref().and_then(find);
        }
        unit_path.reverse();
        Ok(Some(SeatView {
            position: p.id,
            title: p.title,
            unit: found,
            unit_path,
        }))
    }
}
