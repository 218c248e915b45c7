//! The baseline snapshot: the whole baseline organization and its search index in one file
//! beside the sled database, so a start reads one contiguous file instead of a million
//! records, and `penata search` reads only the names and the hits.
//!
//! Layout (all integers little-endian): `MAGIC`, then the sections, then the footer: a
//! postcard `Header`, its length (u32), its CRC-32 (u32) and `MAGIC` again. Sections, in
//! order: the employee records (codec values, back to back), the employee index (per
//! employee: 18 NIP digits, end offset u32, CRC-32 u32 of the record), the other records
//! (competencies, units, positions as codec key/value pairs) and the search index (the
//! normalized texts of people, units and positions). Each section carries a CRC-32 in the
//! header. Records use the sled codec, so they are decoded and checked exactly as records
//! read from the database are.
//!
//! Invariants (crash safety): the file is only ever replaced whole (written to a temporary
//! file, synced, renamed, the directory synced), and it is removed, durably, *before* any
//! change to the baseline is committed. So whenever a snapshot exists it reflects the
//! committed records; a crash at any point leaves either no snapshot (the records are read
//! and the snapshot rewritten) or a current one. The header's `stamp` must also equal the
//! stamp the database keeps (written after the commit, before the snapshot), which catches
//! a database restored from elsewhere. A snapshot that is stale, damaged or of another
//! format is ignored, never trusted.

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, ErrorKind, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::StoreError;
use super::codec::{self, SCHEMA_VERSION};
use crate::domain::search::{CorpusParts, IndexParts, SearchIndex};
use crate::domain::{Competency, Employee, Organization, Position, Unit};
use crate::lang::msg;

mod search_view;
mod write;

pub use search_view::{SearchView, SeatView};
pub use write::write;

/// The snapshot's file name inside the database directory.
pub const FILE_NAME: &str = "baseline.snapshot";
const TEMP_NAME: &str = "baseline.snapshot.tmp";
const MAGIC: &[u8; 8] = b"PNTSNAP\x01";
/// The layout of this file; a different one is ignored (and rewritten). 3: the records
/// carry the SIASN fields of schema version 3.
const FORMAT: u32 = 3;
/// Bytes per employee index entry: NIP, end offset, CRC.
const ENTRY: usize = 18 + 4 + 4;

const EMPLOYEES: usize = 0;
const INDEX: usize = 1;
const RECORDS: usize = 2;
const SEARCH: usize = 3;
const HOLDERS: usize = 4;
const SECTIONS: usize = 5;

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
struct Section {
    offset: u64,
    len: u64,
    crc: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Header {
    format: u32,
    schema: u32,
    stamp: u64,
    organization: String,
    demo: bool,
    employees: u64,
    units: u64,
    positions: u64,
    sections: Vec<Section>,
}

/// What a start can show before the employees are decoded: the organization's units and
/// positions (with no one in them) and how many people hold each position.
#[derive(Debug)]
pub struct Preview {
    /// The organization without its employees.
    pub org: Organization,
    /// People holding each position (index = position index).
    pub filled: Vec<u32>,
    /// People not yet placed.
    pub unplaced: u32,
    /// Employees in the whole organization.
    pub employees: u64,
}

/// Reads only what a first frame needs from the snapshot of `dir` (the footer, the unit and
/// position records and the holder counts, each section checked): milliseconds where the
/// whole file takes seconds. `None` when there is no snapshot or it cannot be trusted. Like
/// [`SearchView::open`] it does not wait for the database: the stamp is checked by the full
/// read that follows, which replaces what the preview showed if it was stale.
pub fn preview(dir: &Path) -> Option<Preview> {
    let (mut file, h) = open_with_header(dir)?;
    let records = read_at(&mut file, &h.sections[RECORDS])?;
    let [competencies, units, positions] = record_pairs(&records)?;
    let competencies: Vec<Competency> = in_order(&competencies, codec::decode_competency)?;
    let units: Vec<Unit> = in_order(&units, codec::decode_unit)?;
    let positions: Vec<Position> = in_order(&positions, codec::decode_position)?;
    drop(records);
    let holders = read_at(&mut file, &h.sections[HOLDERS])?;
    let mut r = Reader { data: &holders };
    let filled = (0..positions.len())
        .map(|_| r.u32())
        .collect::<Option<Vec<u32>>>()?;
    let unplaced = r.u32()?;
    if !r.data.is_empty() || units.len() as u64 != h.units {
        return None;
    }
    let org = Organization::from_parts(h.organization, competencies, units, positions, Vec::new());
    Some(Preview {
        org,
        filled,
        unplaced,
        employees: h.employees,
    })
}

/// A baseline read from its snapshot.
#[derive(Debug)]
pub struct Snapshot {
    /// Ties the snapshot to the database state it reflects.
    pub stamp: u64,
    pub demo: bool,
    pub org: Organization,
    pub index: SearchIndex,
}

/// Where the snapshot of the database in `dir` lives.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FILE_NAME)
}

/// Removes the snapshot durably (before a change to the baseline is committed).
pub fn remove(dir: &Path) -> Result<(), StoreError> {
    let err = |e: std::io::Error| {
        StoreError::Db(msg!(
            "store-snapshot-remove",
            path = path(dir).display().to_string(),
            error = crate::lang::io_error(&e)
        ))
    };
    let _ = std::fs::remove_file(dir.join(TEMP_NAME));
    match std::fs::remove_file(path(dir)) {
        Ok(()) => sync_dir(dir).map_err(err),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) => Err(err(e)),
    }
}

fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Reads bytes front to back; `None` when the data end early.
struct Reader<'a> {
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.data.len() {
            return None;
        }
        let (head, rest) = self.data.split_at(n);
        self.data = rest;
        Some(head)
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_le_bytes)
    }
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.u32()? as usize;
        self.take(n)
    }
    fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.u32()? as usize;
        let raw = self.take(n.checked_mul(4)?)?;
        Some(
            raw.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
    }
    fn u64s(&mut self) -> Option<Vec<u64>> {
        let n = self.u32()? as usize;
        let raw = self.take(n.checked_mul(8)?)?;
        Some(
            raw.chunks_exact(8)
                .map(|c| {
                    let mut w = [0u8; 8];
                    w.copy_from_slice(c);
                    u64::from_le_bytes(w)
                })
                .collect(),
        )
    }
    fn corpus(&mut self) -> Option<CorpusParts> {
        let buf = String::from_utf8(self.bytes()?.to_vec()).ok()?;
        let starts = self.u32s()?;
        let group_starts = self.u32s()?;
        let members = self.u32s()?;
        let masks = self.u64s()?;
        Some(CorpusParts {
            buf,
            starts,
            masks,
            group_starts,
            members,
        })
    }
}

/// The footer's header, if the file ends with a well-formed one of this format and schema.
fn header_of(tail: &[u8], file_len: u64) -> Option<Header> {
    let n = tail.len();
    if n < 16 || &tail[n - 8..] != MAGIC {
        return None;
    }
    let len = u32::from_le_bytes(tail[n - 16..n - 12].try_into().ok()?) as usize;
    let crc = u32::from_le_bytes(tail[n - 12..n - 8].try_into().ok()?);
    let head = tail.get(n.checked_sub(16 + len)?..n - 16)?;
    if crc32fast::hash(head) != crc {
        return None;
    }
    let h: Header = postcard::from_bytes(head).ok()?;
    let in_file = |s: &Section| s.offset.checked_add(s.len).is_some_and(|e| e <= file_len);
    (h.format == FORMAT
        && h.schema == SCHEMA_VERSION
        && h.sections.len() == SECTIONS
        && h.sections.iter().all(in_file))
    .then_some(h)
}

fn section<'a>(data: &'a [u8], s: &Section) -> Option<&'a [u8]> {
    let bytes = data.get(s.offset as usize..(s.offset + s.len) as usize)?;
    (crc32fast::hash(bytes) == s.crc).then_some(bytes)
}

/// One employee index entry: NIP digits, end offset of the record, CRC-32 of the record.
type Entry = ([u8; 18], u32, u32);

/// The employee index: NIPs strictly ascending, ends within the record section.
fn index_entries(bytes: &[u8], employees: u64, records_len: u64) -> Option<Vec<Entry>> {
    if bytes.len() != (employees as usize).checked_mul(ENTRY)? {
        return None;
    }
    let mut out = Vec::with_capacity(employees as usize);
    let mut prev_end = 0u32;
    let mut prev_nip: Option<[u8; 18]> = None;
    for e in bytes.chunks_exact(ENTRY) {
        let nip: [u8; 18] = e[..18].try_into().ok()?;
        let end = u32::from_le_bytes(e[18..22].try_into().ok()?);
        let crc = u32::from_le_bytes(e[22..26].try_into().ok()?);
        if end < prev_end || u64::from(end) > records_len || prev_nip.is_some_and(|p| p >= nip) {
            return None;
        }
        prev_end = end;
        prev_nip = Some(nip);
        out.push((nip, end, crc));
    }
    Some(out)
}

fn search_parts(bytes: &[u8], nips: Vec<[u8; 18]>) -> Option<IndexParts> {
    let mut r = Reader { data: bytes };
    let people = r.corpus()?;
    let units = r.corpus()?;
    let positions = r.corpus()?;
    r.data.is_empty().then_some(IndexParts {
        people,
        units,
        positions,
        nips,
    })
}

type Pairs<'a> = Vec<(&'a [u8], &'a [u8])>;

/// Start and length of a slice of a section.
type Span = (usize, usize);

/// Where each pair's key and value lie in `section`, which the pairs were read from.
fn spans_of(section: &[u8], pairs: &[(&[u8], &[u8])]) -> Option<Vec<(Span, Span)>> {
    let range = section.as_ptr_range();
    let span = |b: &[u8]| {
        let start = (b.as_ptr() as usize).checked_sub(range.start as usize)?;
        (start + b.len() <= section.len()).then_some((start, b.len()))
    };
    pairs
        .iter()
        .map(|(k, v)| Some((span(k)?, span(v)?)))
        .collect()
}

/// A codec decoder for records that carry their file position.
type DecodeOrdered<T> = fn(&[u8], &[u8]) -> Result<(u32, T), StoreError>;

fn record_pairs(bytes: &[u8]) -> Option<[Pairs<'_>; 3]> {
    let mut r = Reader { data: bytes };
    let mut kinds: [Pairs<'_>; 3] = Default::default();
    for kind in &mut kinds {
        let n = r.u32()? as usize;
        kind.reserve(n.min(bytes.len()));
        for _ in 0..n {
            kind.push((r.bytes()?, r.bytes()?));
        }
    }
    r.data.is_empty().then_some(kinds)
}

fn in_order<T>(pairs: &[(&[u8], &[u8])], decode: DecodeOrdered<T>) -> Option<Vec<T>> {
    let mut rows = pairs
        .iter()
        .map(|(k, v)| decode(k, v))
        .collect::<Result<Vec<_>, _>>()
        .ok()?;
    rows.sort_by_key(|(order, _)| *order);
    Some(rows.into_iter().map(|(_, r)| r).collect())
}

/// Decodes the employees on two threads, one half each (the codec checks every record).
fn decode_employees(data: &[u8], entries: &[Entry]) -> Option<Vec<Employee>> {
    let decode = |part: &[Entry], mut start: u32| {
        part.iter()
            .map(|(nip, end, _)| {
                let value = data.get(start as usize..*end as usize)?;
                start = *end;
                codec::decode_employee(nip, value).ok()
            })
            .collect::<Option<Vec<_>>>()
    };
    let mid = entries.len() / 2;
    let (a, b) = entries.split_at(mid);
    let b_start = a.last().map_or(0, |(_, end, _)| *end);
    let (first, second) = std::thread::scope(|scope| {
        let other = scope.spawn(|| decode(b, b_start));
        let mine = decode(a, 0);
        (mine, other.join().ok().flatten())
    });
    let mut first = first?;
    first.extend(second?);
    Some(first)
}

/// Reads the whole snapshot of `dir`; `None` when there is none or it cannot be trusted
/// (damaged, another format or schema). The caller compares [`Snapshot::stamp`] with the
/// database's before using it.
pub fn read(dir: &Path) -> Option<Snapshot> {
    let data = std::fs::read(path(dir)).ok()?;
    if data.len() < 24 || &data[..8] != MAGIC {
        return None;
    }
    let h = header_of(&data, data.len() as u64)?;
    let sections: Vec<&[u8]> = h
        .sections
        .iter()
        .map(|s| section(&data, s))
        .collect::<Option<_>>()?;
    let entries = index_entries(
        sections[INDEX],
        h.employees,
        sections[EMPLOYEES].len() as u64,
    )?;
    let [competencies, units, positions] = record_pairs(sections[RECORDS])?;
    let competencies: Vec<Competency> = in_order(&competencies, codec::decode_competency)?;
    let units: Vec<Unit> = in_order(&units, codec::decode_unit)?;
    let positions: Vec<Position> = in_order(&positions, codec::decode_position)?;
    if units.len() as u64 != h.units || positions.len() as u64 != h.positions {
        return None;
    }
    let employees = decode_employees(sections[EMPLOYEES], &entries)?;
    let nips = entries.iter().map(|(n, _, _)| *n).collect();
    let parts = search_parts(sections[SEARCH], nips)?;
    let index = SearchIndex::from_parts(parts, units.len(), positions.len())?;
    drop(data);
    let org = Organization::from_parts(h.organization, competencies, units, positions, employees);
    Some(Snapshot {
        stamp: h.stamp,
        demo: h.demo,
        org,
        index,
    })
}

/// The snapshot file of `dir` and its footer's header, reading only the file's last 64 KiB
/// (the header is far smaller); `None` when there is none or the footer cannot be trusted.
fn open_with_header(dir: &Path) -> Option<(File, Header)> {
    let mut file = File::open(path(dir)).ok()?;
    let len = file.metadata().ok()?.len();
    let tail_len = len.min(64 * 1024);
    file.seek(SeekFrom::Start(len - tail_len)).ok()?;
    let mut tail = vec![0u8; tail_len as usize];
    file.read_exact(&mut tail).ok()?;
    let h = header_of(&tail, len)?;
    Some((file, h))
}

fn read_at(file: &mut File, s: &Section) -> Option<Vec<u8>> {
    file.seek(SeekFrom::Start(s.offset)).ok()?;
    let mut buf = vec![0u8; usize::try_from(s.len).ok()?];
    file.read_exact(&mut buf).ok()?;
    (crc32fast::hash(&buf) == s.crc).then_some(buf)
}

#[cfg(test)]
mod tests;
