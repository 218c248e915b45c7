//! A set of SIASN exports and office workbooks for an organization, shaped and as messy as a
//! BKPSDM hands them over: the ASN profile export (PNS and PPPK apart), the unit hierarchy,
//! the peta jabatan, the standar kompetensi, the assessment rekap and the SKP. The test input
//! of the SIASN import, written from the column lists of the issue rather than from the
//! reader.
//!
//! SIASN ids are 32 hex digits, a hash of penata's own ids, so the same organization gives the
//! same ids (a refresh keeps them) and the same organization and seed give the same bytes.
//! Nothing here is real data: the values a real export has and penata does not use are left
//! empty or made up.

mod profile;
mod sheets;
#[cfg(test)]
mod tests;

use std::io;

use fastrand::Rng;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};
use sha2::{Digest, Sha256};
use time::Date;

use crate::domain::{Organization, PositionIx, PositionType};

/// What to write besides the organization itself.
#[derive(Debug, Clone)]
pub struct SiasnOptions {
    /// Seed of the choices that make the files messy (which rows, which spelling).
    pub seed: u64,
    /// The instansi as SIASN names it (`Pemerintah Kota Semarang`).
    pub instansi: String,
}

/// The file names and bytes of a set of exports for `org`. Fails only if a workbook cannot
/// be written (a cell over Excel's limits).
pub fn siasn_files(org: &Organization, opts: &SiasnOptions) -> io::Result<Vec<(String, Vec<u8>)>> {
    let mut rng = Rng::with_seed(opts.seed);
    let ctx = Context::new(org, opts);
    let (pns, pppk) = profile::profiles(&ctx, &mut rng);
    let xlsx = |r: Result<Vec<u8>, XlsxError>| r.map_err(io::Error::other);
    Ok(vec![
        ("Export_Data_ASN_PNS.csv".into(), pns),
        ("Export_Data_ASN_PPPK.csv".into(), pppk),
        ("HierarkiUnor.xlsx".into(), xlsx(sheets::hierarchy(&ctx))?),
        (
            "Peta_Jabatan.xlsx".into(),
            xlsx(sheets::peta_jabatan(&ctx))?,
        ),
        (
            "Standar_Kompetensi_Jabatan.csv".into(),
            sheets::standards(&ctx),
        ),
        (
            "Rekap_Assessment.xlsx".into(),
            xlsx(sheets::assessment(&ctx))?,
        ),
        ("SKP_2024_2025.csv".into(), sheets::skp(&ctx, &mut rng)),
    ])
}

/// The instansi an organization's files belong to: its single top unit (a kota), else the
/// organization itself (a province of several).
pub fn instansi_of(org: &Organization) -> String {
    match org.roots() {
        [root] => org.unit(*root).name.clone(),
        _ => org.name().to_string(),
    }
}

/// The organization with what every file needs worked out once.
pub(crate) struct Context<'a> {
    pub(crate) org: &'a Organization,
    pub(crate) instansi: String,
    /// The SIASN id of the instansi.
    pub(crate) instansi_id: String,
    /// ` - PEMERINTAH KOTA X`, the suffix SIASN puts on unit names.
    pub(crate) suffix: String,
    /// Depth of each unit (a root is 0).
    pub(crate) depth: Vec<usize>,
    /// Units in tree order (parents first, children in file order).
    pub(crate) tree: Vec<u32>,
    /// The eselon of each unit: that of its highest structural seat.
    pub(crate) unit_eselon: Vec<Option<Eselon>>,
}

impl<'a> Context<'a> {
    fn new(org: &'a Organization, opts: &SiasnOptions) -> Context<'a> {
        let mut depth = vec![0; org.units().len()];
        let mut tree = Vec::with_capacity(org.units().len());
        let mut stack: Vec<u32> = org.roots().iter().rev().copied().collect();
        while let Some(u) = stack.pop() {
            tree.push(u);
            for &c in org.children(u).iter().rev() {
                depth[c as usize] = depth[u as usize] + 1;
                stack.push(c);
            }
        }
        let unit_eselon = (0..org.units().len() as u32)
            .map(|u| {
                org.positions_of(u)
                    .iter()
                    .filter_map(|&p| eselon(org, p))
                    .min_by_key(|e| e.id)
            })
            .collect();
        Context {
            org,
            instansi: opts.instansi.clone(),
            instansi_id: guid("instansi", &opts.instansi),
            suffix: format!(" - {}", opts.instansi.to_uppercase()),
            depth,
            tree,
            unit_eselon,
        }
    }

    /// The SIASN id of a unit.
    pub(crate) fn unor_id(&self, unit: u32) -> String {
        guid("unor", &self.org.unit(unit).id)
    }

    /// The SIASN id of a seat: structural seats have their own, the others share the id of
    /// their jabatan across units (one `Perawat Terampil` id for every Puskesmas), as in
    /// SIASN's reference tables.
    pub(crate) fn jabatan_id(&self, p: PositionIx) -> String {
        let pos = self.org.position(p);
        match jenis(pos.kind) {
            Jenis::Struktural => guid("jabatan", &pos.id),
            _ => guid("jabatan-ref", &pos.title),
        }
    }
}

/// A 32-hex-digit id shaped like SIASN's, from a hash of a kind and penata's id.
pub(crate) fn guid(kind: &str, id: &str) -> String {
    let mut h = Sha256::new();
    h.update(kind.as_bytes());
    h.update([0]);
    h.update(id.as_bytes());
    h.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect()
}

/// `JENIS JABATAN`: 1 Struktural, 2 Fungsional, 4 Pelaksana.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Jenis {
    Struktural,
    Fungsional,
    Pelaksana,
}

impl Jenis {
    pub(crate) fn id(self) -> &'static str {
        match self {
            Jenis::Struktural => "1",
            Jenis::Fungsional => "2",
            Jenis::Pelaksana => "4",
        }
    }
    pub(crate) fn name(self) -> &'static str {
        match self {
            Jenis::Struktural => "Struktural",
            Jenis::Fungsional => "Fungsional",
            Jenis::Pelaksana => "Pelaksana",
        }
    }
}

pub(crate) fn jenis(kind: PositionType) -> Jenis {
    match kind {
        PositionType::Fungsional => Jenis::Fungsional,
        PositionType::Pelaksana => Jenis::Pelaksana,
        _ => Jenis::Struktural,
    }
}

/// An eselon as SIASN writes it: the id (`22`) and the name (`II.b`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Eselon {
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
}

/// The eselon of a structural seat in a kota or kabupaten: the sekda II.a, other JPT II.b,
/// sekretaris, camat and kepala bagian III.a, other administrators III.b, pengawas IV.a.
pub(crate) fn eselon(org: &Organization, p: PositionIx) -> Option<Eselon> {
    let pos = org.position(p);
    let (id, name) = match pos.kind {
        PositionType::JptUtama => ("11", "I.a"),
        PositionType::JptMadya => ("12", "I.b"),
        PositionType::JptPratama if pos.title == "Sekretaris Daerah" => ("21", "II.a"),
        PositionType::JptPratama => ("22", "II.b"),
        PositionType::Administrator
            if ["Sekretaris", "Camat", "Kepala Bagian"]
                .iter()
                .any(|t| pos.title.starts_with(t)) =>
        {
            ("31", "III.a")
        }
        PositionType::Administrator => ("32", "III.b"),
        PositionType::Pengawas => ("41", "IV.a"),
        PositionType::Pelaksana | PositionType::Fungsional => return None,
    };
    Some(Eselon { id, name })
}

/// `dd-mm-yyyy`.
pub(crate) fn dmy(d: Date) -> String {
    format!("{:02}-{:02}-{:04}", d.day(), u8::from(d.month()), d.year())
}

/// The Excel serial number of a date (days since 1899-12-30), as a CSV saved from Excel
/// with the cells formatted as numbers writes it.
pub(crate) fn serial(d: Date) -> String {
    let epoch = time::macros::date!(1899 - 12 - 30);
    (d - epoch).whole_days().to_string()
}

/// A CSV being written: a separator, CRLF line ends, quotes only where a field needs them.
pub(crate) struct Csv {
    sep: u8,
    out: Vec<u8>,
}

impl Csv {
    pub(crate) fn new(sep: u8, bom: bool) -> Csv {
        let out = if bom { "\u{feff}".into() } else { Vec::new() };
        Csv { sep, out }
    }

    pub(crate) fn row<S: AsRef<str>>(&mut self, fields: &[S]) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push(self.sep);
            }
            let f = f.as_ref();
            let quote = f.bytes().any(|b| b == self.sep || b == b'"' || b == b'\n');
            if quote {
                self.out.push(b'"');
                self.out
                    .extend_from_slice(f.replace('"', "\"\"").as_bytes());
                self.out.push(b'"');
            } else {
                self.out.extend_from_slice(f.as_bytes());
            }
        }
        self.out.extend_from_slice(b"\r\n");
    }

    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.out
    }
}

/// A workbook whose bytes depend only on its cells: the creation time is fixed.
pub(crate) fn workbook() -> Result<Workbook, XlsxError> {
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 1, 5)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    Ok(book)
}
