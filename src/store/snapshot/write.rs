//! Writing the baseline snapshot: the sections in order, then the footer, to a temporary
//! file that replaces the old one whole (see the parent module for the layout).

use super::*;

/// Writes the snapshot of `org` (with its search `index`) atomically, owner-only.
pub fn write(
    dir: &Path,
    stamp: u64,
    demo: bool,
    org: &Organization,
    index: &SearchIndex,
) -> Result<(), StoreError> {
    let io = |e: std::io::Error| {
        StoreError::Db(msg!(
            "store-snapshot-write",
            error = crate::lang::io_error(&e)
        ))
    };
    let temp = dir.join(TEMP_NAME);
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&temp).map_err(io)?;
    // A temporary file left from before keeps its old mode when opened: owner-only now.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(io)?;
    }
    let mut w = Counting::new(BufWriter::with_capacity(1 << 20, file));
    w.put(MAGIC).map_err(io)?;
    let mut sections = [Section::default(); SECTIONS];

    let mut entries = Vec::with_capacity(org.employees().len() * ENTRY);
    w.begin();
    for e in org.employees() {
        let (key, value) = codec::encode_employee(e)?;
        w.put(&value).map_err(io)?;
        entries.extend_from_slice(&key);
        let end = u32::try_from(w.section_len())
            .map_err(|_| StoreError::Db(msg!("store-snapshot-too-large")))?;
        entries.extend_from_slice(&end.to_le_bytes());
        entries.extend_from_slice(&crc32fast::hash(&value).to_le_bytes());
    }
    sections[EMPLOYEES] = w.end();

    w.begin();
    w.put(&entries).map_err(io)?;
    sections[INDEX] = w.end();
    drop(entries);

    w.begin();
    let mut buf = Vec::new();
    records(&mut buf, org)?;
    w.put(&buf).map_err(io)?;
    sections[RECORDS] = w.end();

    w.begin();
    buf.clear();
    let parts = index.to_parts();
    for c in [&parts.people, &parts.units, &parts.positions] {
        put_corpus(&mut buf, c);
    }
    w.put(&buf).map_err(io)?;
    sections[SEARCH] = w.end();

    w.begin();
    buf.clear();
    for p in 0..org.positions().len() {
        put_u32(&mut buf, org.holders(p as u32).len() as u32);
    }
    put_u32(&mut buf, org.unplaced().len() as u32);
    w.put(&buf).map_err(io)?;
    sections[HOLDERS] = w.end();
    drop(buf);

    let header = Header {
        format: FORMAT,
        schema: SCHEMA_VERSION,
        stamp,
        organization: org.name().to_string(),
        demo,
        employees: org.employees().len() as u64,
        units: org.units().len() as u64,
        positions: org.positions().len() as u64,
        sections: sections.to_vec(),
    };
    let head = postcard::to_allocvec(&header)
        .map_err(|e| StoreError::Db(msg!("store-snapshot-header", error = e.to_string())))?;
    w.put(&head).map_err(io)?;
    w.put(&(head.len() as u32).to_le_bytes()).map_err(io)?;
    w.put(&crc32fast::hash(&head).to_le_bytes()).map_err(io)?;
    w.put(MAGIC).map_err(io)?;
    let file = w.inner.into_inner().map_err(|e| io(e.into_error()))?;
    file.sync_all().map_err(io)?;
    drop(file);
    std::fs::rename(&temp, path(dir)).map_err(io)?;
    sync_dir(dir).map_err(io)
}

/// A writer that knows its offset and checksums the current section.
struct Counting<W: Write> {
    inner: W,
    offset: u64,
    start: u64,
    crc: crc32fast::Hasher,
}

impl<W: Write> Counting<W> {
    fn new(inner: W) -> Self {
        Counting {
            inner,
            offset: 0,
            start: 0,
            crc: crc32fast::Hasher::new(),
        }
    }
    fn put(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.inner.write_all(bytes)?;
        self.crc.update(bytes);
        self.offset += bytes.len() as u64;
        Ok(())
    }
    fn begin(&mut self) {
        self.start = self.offset;
        self.crc = crc32fast::Hasher::new();
    }
    fn section_len(&self) -> u64 {
        self.offset - self.start
    }
    fn end(&mut self) -> Section {
        let crc = std::mem::take(&mut self.crc).finalize();
        Section {
            offset: self.start,
            len: self.section_len(),
            crc,
        }
    }
}

fn put_u32(buf: &mut Vec<u8>, n: u32) {
    buf.extend_from_slice(&n.to_le_bytes());
}

fn put_bytes(buf: &mut Vec<u8>, b: &[u8]) {
    put_u32(buf, b.len() as u32);
    buf.extend_from_slice(b);
}

fn put_corpus(buf: &mut Vec<u8>, c: &CorpusParts) {
    put_bytes(buf, c.buf.as_bytes());
    for v in [&c.starts, &c.group_starts, &c.members] {
        put_u32(buf, v.len() as u32);
        v.iter().for_each(|&n| put_u32(buf, n));
    }
    put_u32(buf, c.masks.len() as u32);
    c.masks
        .iter()
        .for_each(|m| buf.extend_from_slice(&m.to_le_bytes()));
}

fn records(buf: &mut Vec<u8>, org: &Organization) -> Result<(), StoreError> {
    let mut pairs = |kv: Vec<(Vec<u8>, Vec<u8>)>| {
        put_u32(buf, kv.len() as u32);
        for (k, v) in kv {
            put_bytes(buf, &k);
            put_bytes(buf, &v);
        }
    };
    let enc = |i: usize| i as u32;
    pairs(
        org.competencies()
            .iter()
            .enumerate()
            .map(|(i, c)| codec::encode_competency(enc(i), c))
            .collect::<Result<_, _>>()?,
    );
    pairs(
        org.units()
            .iter()
            .enumerate()
            .map(|(i, u)| codec::encode_unit(enc(i), u))
            .collect::<Result<_, _>>()?,
    );
    pairs(
        org.positions()
            .iter()
            .enumerate()
            .map(|(i, p)| codec::encode_position(enc(i), p))
            .collect::<Result<_, _>>()?,
    );
    Ok(())
}
