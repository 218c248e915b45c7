//! Opening an `.xlsx` workbook and reading its worksheets within bounds, so that a hostile
//! or careless file is refused before it can take the machine's memory or time.
//!
//! Before calamine opens the archive, the zip's entries are checked: their total
//! decompressed size (a zip bomb), the size of the shared strings (held in memory whole)
//! and their declared count (calamine reserves room for them up front). A worksheet is then
//! read cell by cell with calamine's cell reader, never as a dense range over the sheet's
//! bounding box (a single cell at `XFD1048576` would make that 17 billion cells): a cell
//! past [`MAX_COLUMNS`], or a sheet holding more than [`MAX_CELLS`] cells, is refused.

use std::io::{Cursor, Read};

use calamine::{Data, DataRef, Reader as _, Xlsx};

use crate::lang::{Msg, msg};

/// The largest total decompressed size of a workbook's parts: far above a province's
/// SIASN export saved as a workbook, far below what a zip bomb expands to.
pub const MAX_UNZIPPED_BYTES: u64 = 400 * 1024 * 1024;

/// The largest decompressed size of the shared strings part, which is read whole.
pub const MAX_SHARED_STRINGS_BYTES: u64 = 100 * 1024 * 1024;

/// The most shared strings a workbook may declare.
pub const MAX_SHARED_STRINGS: u64 = 4_000_000;

/// The columns penata reads (`AMJ`): a cell farther right is refused.
pub const MAX_COLUMNS: u32 = 1024;

/// The most cells (counting the empty ones inside a row) one worksheet may hold.
pub const MAX_CELLS: usize = 6_000_000;

/// A workbook in memory.
pub type Book<'a> = Xlsx<Cursor<&'a [u8]>>;

/// Opens a workbook after checking its archive; the refusal says why.
pub fn open(bytes: &[u8]) -> Result<Book<'_>, Msg> {
    check_archive(bytes)?;
    Xlsx::new(Cursor::new(bytes)).map_err(|e| msg!("store-xlsx-unreadable", error = e.to_string()))
}

fn mb(n: u64) -> u64 {
    n / (1024 * 1024)
}

/// Checks the zip's declared sizes, then the shared strings' real size and declared count.
fn check_archive(bytes: &[u8]) -> Result<(), Msg> {
    let unreadable =
        |e: zip::result::ZipError| msg!("store-xlsx-unreadable", error = e.to_string());
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut total: u64 = 0;
    let mut strings = None;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(unreadable)?;
        total = total.saturating_add(entry.size());
        let part = entry.name().map_err(unreadable)?.to_ascii_lowercase();
        if part.ends_with("sharedstrings.xml") {
            strings = Some(i);
        }
    }
    if total > MAX_UNZIPPED_BYTES {
        return Err(msg!(
            "store-xlsx-bomb",
            mb = mb(total),
            max = mb(MAX_UNZIPPED_BYTES)
        ));
    }
    let Some(i) = strings else { return Ok(()) };
    let too_big = || {
        msg!(
            "store-xlsx-strings-too-big",
            max = mb(MAX_SHARED_STRINGS_BYTES)
        )
    };
    let entry = zip.by_index(i).map_err(unreadable)?;
    if entry.size() > MAX_SHARED_STRINGS_BYTES {
        return Err(too_big());
    }
    // The declared size may lie: read the part as far as the cap allows, keeping only its
    // start (where the declared count is).
    let mut head = Vec::with_capacity(4096);
    let mut limited = entry.take(MAX_SHARED_STRINGS_BYTES + 1);
    let mut buf = vec![0u8; 64 * 1024];
    let mut seen: u64 = 0;
    loop {
        let n = match limited.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => return Err(msg!("store-xlsx-unreadable", error = e.to_string())),
        };
        if head.len() < 4096 {
            let room = 4096 - head.len();
            head.extend_from_slice(&buf[..n.min(room)]);
        }
        seen += n as u64;
    }
    if seen > MAX_SHARED_STRINGS_BYTES {
        return Err(too_big());
    }
    if declared_count(&head).is_some_and(|n| n > MAX_SHARED_STRINGS) {
        return Err(msg!("store-xlsx-strings-many", max = MAX_SHARED_STRINGS));
    }
    Ok(())
}

/// The `count` or `uniqueCount` an `<sst>` element declares, the larger of the two.
fn declared_count(head: &[u8]) -> Option<u64> {
    let text = String::from_utf8_lossy(head);
    let start = text.find("<sst")?;
    let tag = &text[start..];
    let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
    ["uniqueCount=", " count="]
        .iter()
        .filter_map(|attr| {
            let at = tag.find(attr)? + attr.len();
            let value = tag[at..].trim_start_matches(['"', '\'']);
            let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
            // More digits than a u64 holds is more than any cap.
            Some(digits.parse::<u64>().unwrap_or(u64::MAX))
        })
        .max()
}

/// One worksheet's cells: row by row from its first used row to its last (blank rows
/// included, as empty), each row from column `left` to its last used cell.
#[derive(Debug, Default)]
pub struct Sheet {
    /// The 0-based index of the first used row.
    pub top: u32,
    /// The 0-based index of the first used column.
    pub left: u32,
    /// The rows, from `top`.
    pub rows: Vec<Vec<Data>>,
}

/// Reads one worksheet within bounds; `Ok(None)` when it holds no cell.
pub fn read_sheet(book: &mut Book<'_>, name: &str) -> Result<Option<Sheet>, Msg> {
    let quoted = format!("{name:?}");
    let unreadable = |e: calamine::XlsxError| {
        msg!(
            "store-sheet-unreadable",
            name = quoted.as_str(),
            error = e.to_string()
        )
    };
    let mut reader = match book.worksheet_cells_reader(name) {
        Ok(r) => r,
        // A chart sheet or a macro sheet holds no cells to read.
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(None),
        Err(e) => return Err(unreadable(e)),
    };
    let mut cells: Vec<(u32, u32, Data)> = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let (row, col) = cell.get_position();
        if matches!(cell.get_value(), DataRef::Empty) {
            continue;
        }
        if col >= MAX_COLUMNS {
            return Err(msg!(
                "store-sheet-too-wide",
                name = quoted.as_str(),
                cell = format!(
                    "{}{}",
                    super::employee_rows::column_letters(col as usize),
                    u64::from(row) + 1
                ),
                max = MAX_COLUMNS
            ));
        }
        if cells.len() >= MAX_CELLS {
            return Err(too_many(&quoted));
        }
        cells.push((row, col, Data::from(cell.get_value().clone())));
    }
    drop(reader);
    if cells.is_empty() {
        return Ok(None);
    }
    // Cells come in the file's order, which is the sheet's order in every workbook Excel
    // writes; a hostile one may mix them.
    if !cells.is_sorted_by_key(|(r, c, _)| (*r, *c)) {
        cells.sort_by_key(|(r, c, _)| (*r, *c));
    }
    let top = cells.first().map_or(0, |c| c.0);
    let bottom = cells.last().map_or(0, |c| c.0);
    let left = cells.iter().map(|c| c.1).min().unwrap_or(0);
    // Each row spans `left` to its last cell: count those slots before allocating them.
    let mut slots: usize = 0;
    let mut last_row = None;
    for (row, col, _) in cells.iter().rev() {
        if last_row != Some(*row) {
            last_row = Some(*row);
            slots = slots.saturating_add((col - left) as usize + 1);
        }
    }
    let height = (bottom - top) as usize + 1;
    if slots > MAX_CELLS {
        return Err(too_many(&quoted));
    }
    let mut rows: Vec<Vec<Data>> = Vec::with_capacity(height);
    rows.resize_with(height, Vec::new);
    for (row, col, data) in cells {
        let cells = &mut rows[(row - top) as usize];
        let at = (col - left) as usize;
        if cells.len() <= at {
            cells.resize(at + 1, Data::Empty);
        }
        cells[at] = data;
    }
    Ok(Some(Sheet { top, left, rows }))
}

fn too_many(quoted: &str) -> Msg {
    msg!("store-sheet-too-many-cells", name = quoted, max = MAX_CELLS)
}

#[cfg(test)]
#[path = "workbook_tests.rs"]
mod tests;
