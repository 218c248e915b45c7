//! Synthetic `penata/v1` organizations of province scale, for benchmarks and load tests.
//!
//! The shape follows a province's regencies and cities: Sekretariat Daerah with asisten and
//! bagian, dinas and badan with sekretariat, bidang and seksi, Puskesmas under Dinas Kesehatan,
//! schools under Dinas Pendidikan, kecamatan with kelurahan. Staff seats get a formation scaled
//! to the requested headcount; holders differ from it (vacancies, over-formation, abolished
//! seats still occupied) and a few people are not placed.
//!
//! Output is streamed: units and positions (a few per hundred employees) are held in memory,
//! employees are written as they are made. The only per-employee state is the NIP prefix
//! counter that keeps NIPs unique (one small map entry per distinct 15-digit prefix). The
//! same seed gives the same bytes.

mod agencies;
mod names;
mod people;
mod shape;
pub mod siasn;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::io::{self, Write};

use fastrand::Rng;

use people::People;
use shape::{Builder, region};
pub use siasn::{SiasnOptions, instansi_of, siasn_files};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Number of employees to write.
    pub employees: u64,
    /// Seed of the pseudo-random generator; the same seed gives the same file.
    pub seed: u64,
}

/// Counts of what was written, for the command's summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub units: usize,
    pub positions: usize,
    pub employees: u64,
    /// Employees written with a position (the rest are not placed).
    pub placed: u64,
}

/// The competency dictionary: PermenPANRB 38/2017 managerial and socio-cultural, plus the
/// technical fields the generated seats use.
const COMPETENCIES: &[(&str, &str, &str)] = &[
    ("INT", "Integritas", "manajerial"),
    ("KS", "Kerja Sama", "manajerial"),
    ("KOM", "Komunikasi", "manajerial"),
    ("OH", "Orientasi pada Hasil", "manajerial"),
    ("PP", "Pelayanan Publik", "manajerial"),
    ("PDO", "Pengembangan Diri dan Orang Lain", "manajerial"),
    ("MP", "Mengelola Perubahan", "manajerial"),
    ("PK", "Pengambilan Keputusan", "manajerial"),
    ("PB", "Perekat Bangsa", "sosial_kultural"),
    ("KEU", "Pengelolaan Keuangan Daerah", "teknis"),
    (
        "ADK",
        "Administrasi Kependudukan dan Pencatatan Sipil",
        "teknis",
    ),
    ("KESMAS", "Kesehatan Masyarakat", "teknis"),
    ("KEP", "Asuhan Keperawatan", "teknis"),
    ("KEB", "Asuhan Kebidanan", "teknis"),
    (
        "YANKES",
        "Pelayanan Kesehatan Perorangan dan Kefarmasian",
        "teknis",
    ),
    ("RENBANG", "Perencanaan Pembangunan Daerah", "teknis"),
    ("MSDM", "Manajemen Kepegawaian ASN", "teknis"),
    ("HUK", "Penyusunan Produk Hukum Daerah", "teknis"),
    (
        "PEMWIL",
        "Penyelenggaraan Pemerintahan Kecamatan dan Kelurahan",
        "teknis",
    ),
    ("TI", "Pengelolaan Teknologi Informasi dan Data", "teknis"),
    ("ARS", "Kearsipan dan Administrasi Perkantoran", "teknis"),
    (
        "PEND",
        "Pembelajaran dan Pengelolaan Satuan Pendidikan",
        "teknis",
    ),
    ("SIPIL", "Pekerjaan Umum dan Penataan Ruang", "teknis"),
];

/// Employees per region before the province gets another regency (a regency has ~10-40k).
const PER_REGION: u64 = 28_000;

/// Writes a whole organization of `opts.employees` people to `out` as `penata/v1`.
pub fn generate<W: Write>(opts: Options, out: W) -> io::Result<Summary> {
    let mut rng = Rng::with_seed(opts.seed);
    let regions = opts
        .employees
        .div_ceil(PER_REGION)
        .clamp(1, shape::REGENCIES.len() as u64);
    let target = opts.employees / regions;
    let mut b = Builder::default();
    for &(kind, name) in shape::REGENCIES.iter().take(regions as usize) {
        region(&mut b, &mut rng, kind, name, target);
    }
    let mut w = io::BufWriter::with_capacity(1 << 16, out);
    writeln!(w, "{{\n  \"format\": \"penata/v1\",")?;
    writeln!(
        w,
        "  \"organization\": \"Pemerintah Provinsi Jawa Tengah (data sintetis)\","
    )?;
    writeln!(w, "  \"competencies\": [")?;
    for (i, (code, name, group)) in COMPETENCIES.iter().enumerate() {
        let sep = if i + 1 < COMPETENCIES.len() { "," } else { "" };
        writeln!(
            w,
            "    {{\"code\": \"{code}\", \"name\": \"{name}\", \"group\": \"{group}\"}}{sep}"
        )?;
    }
    writeln!(w, "  ],\n  \"units\": [")?;
    for (i, u) in b.units.iter().enumerate() {
        let sep = if i + 1 < b.units.len() { "," } else { "" };
        write!(w, "    {{\"id\": \"{}\", \"name\": ", u.id)?;
        json_str(&mut w, &u.name)?;
        match u.parent {
            Some(p) => writeln!(w, ", \"parent\": \"{}\"}}{sep}", b.units[p].id)?,
            None => writeln!(w, ", \"parent\": null}}{sep}")?,
        }
    }
    writeln!(w, "  ],\n  \"positions\": [")?;
    for (i, s) in b.seats.iter().enumerate() {
        let sep = if i + 1 < b.seats.len() { "," } else { "" };
        write!(
            w,
            "    {{\"id\": \"{}\", \"unit\": \"{}\", \"title\": \"{}\", \"type\": \"{}\", \"formation\": {}, \"requirements\": {{",
            s.id,
            b.units[s.unit].id,
            s.title,
            s.kind.code(),
            s.formation
        )?;
        if s.require > 0 {
            write!(w, "\"{}\": {}", s.tech, s.require)?;
        }
        writeln!(w, "}}}}{sep}")?;
    }
    writeln!(w, "  ],\n  \"employees\": [")?;
    let mut people = People {
        rng,
        nips: HashMap::new(),
    };
    let mut written = 0u64;
    let mut placed = 0u64;
    'seats: for s in &b.seats {
        for _ in 0..s.holders {
            if written == opts.employees {
                break 'seats;
            }
            people.write(&mut w, Some(s), written == 0)?;
            written += 1;
            placed += 1;
        }
    }
    while written < opts.employees {
        people.write(&mut w, None, written == 0)?;
        written += 1;
    }
    writeln!(w, "\n  ]\n}}")?;
    w.flush()?;
    Ok(Summary {
        units: b.units.len(),
        positions: b.seats.len(),
        employees: written,
        placed,
    })
}

pub(super) fn json_str<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    serde_json::to_writer(&mut *w, s).map_err(io::Error::other)
}
