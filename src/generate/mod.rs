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

mod names;

use std::collections::HashMap;
use std::io::{self, Write};

use fastrand::Rng;

use crate::domain::PositionType;
use names::{REGIONS, Region};

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

/// The managerial and socio-cultural codes every assessment covers.
const MANAGERIAL: &[&str] = &["INT", "KS", "KOM", "OH", "PP", "PDO", "MP", "PK", "PB"];

/// A dinas or badan: (id, name, technical code, field, bidang as (id, name)).
type Agency = (
    &'static str,
    &'static str,
    &'static str,
    Field,
    &'static [(&'static str, &'static str)],
);

/// Dinas and badan of every region.
const AGENCIES: &[Agency] = &[
    (
        "disdik",
        "Dinas Pendidikan dan Kebudayaan",
        "PEND",
        Field::Edu,
        &[
            ("paud", "Bidang Pembinaan PAUD dan Pendidikan Nonformal"),
            ("sd", "Bidang Pembinaan Sekolah Dasar"),
            ("smp", "Bidang Pembinaan Sekolah Menengah Pertama"),
        ],
    ),
    (
        "dinkes",
        "Dinas Kesehatan",
        "KESMAS",
        Field::Health,
        &[
            ("kesmas", "Bidang Kesehatan Masyarakat"),
            ("p2p", "Bidang Pencegahan dan Pengendalian Penyakit"),
            ("yankes", "Bidang Pelayanan dan Sumber Daya Kesehatan"),
        ],
    ),
    (
        "disdukcapil",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "ADK",
        Field::Admin,
        &[
            ("dafduk", "Bidang Pelayanan Pendaftaran Penduduk"),
            ("capil", "Bidang Pelayanan Pencatatan Sipil"),
            (
                "piak",
                "Bidang Pengelolaan Informasi Administrasi Kependudukan",
            ),
        ],
    ),
    (
        "dpupr",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "SIPIL",
        Field::Tech,
        &[
            ("bina_marga", "Bidang Bina Marga"),
            ("sda", "Bidang Sumber Daya Air"),
            ("tata_ruang", "Bidang Penataan Ruang"),
        ],
    ),
    (
        "diskominfo",
        "Dinas Komunikasi dan Informatika",
        "TI",
        Field::Tech,
        &[
            ("aptika", "Bidang Aplikasi Informatika"),
            ("ikp", "Bidang Informasi dan Komunikasi Publik"),
        ],
    ),
    (
        "bappeda",
        "Badan Perencanaan Pembangunan Daerah",
        "RENBANG",
        Field::Admin,
        &[
            (
                "ppepd",
                "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
            ),
            ("infrawil", "Bidang Infrastruktur dan Pengembangan Wilayah"),
        ],
    ),
    (
        "bkpsdm",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "MSDM",
        Field::Admin,
        &[
            ("mutasi", "Bidang Mutasi dan Promosi"),
            ("bangkom", "Bidang Pengembangan Kompetensi Aparatur"),
        ],
    ),
    (
        "bpkad",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "KEU",
        Field::Tech,
        &[
            ("anggaran", "Bidang Anggaran"),
            ("aset", "Bidang Pengelolaan Aset Daerah"),
        ],
    ),
    (
        "satpolpp",
        "Satuan Polisi Pamong Praja",
        "HUK",
        Field::Admin,
        &[
            ("trantib", "Bidang Ketenteraman dan Ketertiban Umum"),
            ("perda", "Bidang Penegakan Peraturan Daerah"),
        ],
    ),
];

/// Seksi under every bidang.
const SEKSI: &[(&str, &str)] = &[
    ("perencanaan", "Seksi Perencanaan dan Pengendalian"),
    ("pembinaan", "Seksi Pembinaan dan Pengawasan"),
];

/// Employees per region before the province gets another regency (a regency has ~10-40k).
const PER_REGION: u64 = 28_000;

/// The field of a seat: which degrees its holders carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Admin,
    Health,
    Edu,
    Tech,
}

/// A position while the organization is built, with how many people will sit in it.
struct Seat {
    id: String,
    unit: usize,
    title: &'static str,
    kind: PositionType,
    formation: u32,
    holders: u32,
    field: Field,
    tech: &'static str,
    /// Technical requirement level; 0 = empty requirements (the type's default applies).
    require: u8,
    /// Share of holders who are PPPK.
    pppk: f64,
    /// Relative size for staff seats; 0 for one-person leader seats.
    weight: f64,
    /// Title prefix for the profession (`dr.` for doctors).
    doctor: bool,
}

struct Unit {
    id: String,
    name: String,
    parent: Option<usize>,
}

#[derive(Default)]
struct Builder {
    units: Vec<Unit>,
    seats: Vec<Seat>,
}

/// Parameters of one seat, with the defaults of a leader seat.
#[derive(Clone, Copy)]
struct Spec {
    field: Field,
    tech: &'static str,
    weight: f64,
    pppk: f64,
    doctor: bool,
}

impl Builder {
    fn unit(&mut self, id: String, name: String, parent: Option<usize>) -> usize {
        self.units.push(Unit { id, name, parent });
        self.units.len() - 1
    }

    fn seat(&mut self, unit: usize, slug: &str, title: &'static str, kind: PositionType, s: Spec) {
        let id = format!("{}.{slug}", self.units[unit].id);
        self.seats.push(Seat {
            id,
            unit,
            title,
            kind,
            formation: 1,
            holders: 1,
            field: s.field,
            tech: s.tech,
            require: 0,
            pppk: s.pppk,
            weight: s.weight,
            doctor: s.doctor,
        });
    }
}

fn lead(field: Field, tech: &'static str) -> Spec {
    Spec {
        field,
        tech,
        weight: 0.0,
        pppk: 0.0,
        doctor: false,
    }
}

fn staff(field: Field, tech: &'static str, weight: f64, pppk: f64) -> Spec {
    Spec {
        field,
        tech,
        weight,
        pppk,
        doctor: false,
    }
}

fn slug(s: &str) -> String {
    s.to_ascii_lowercase().replace(' ', "_")
}

fn place(rng: &mut Rng) -> String {
    let head = names::PLACE_HEAD[rng.usize(..names::PLACE_HEAD.len())];
    let tail = names::PLACE_TAIL[rng.usize(..names::PLACE_TAIL.len())];
    format!("{head}{tail}")
}

/// Adds one regency or city with about `target` employees worth of seats.
fn region(b: &mut Builder, rng: &mut Rng, kind: &str, name: &str, target: u64) {
    use PositionType::*;
    let first_seat = b.seats.len();
    let rid = format!("{}_{}", slug(kind), slug(name));
    let root = b.unit(rid.clone(), format!("Pemerintah {kind} {name}"), None);
    let setda = b.unit(
        format!("{rid}.setda"),
        "Sekretariat Daerah".into(),
        Some(root),
    );
    b.seat(
        setda,
        "sekda",
        "Sekretaris Daerah",
        JptPratama,
        lead(Field::Admin, "RENBANG"),
    );
    let asisten = [
        (
            "asisten1",
            "Asisten Pemerintahan dan Kesejahteraan Rakyat",
            ["pemerintahan", "hukum"],
        ),
        (
            "asisten2",
            "Asisten Perekonomian dan Pembangunan",
            ["adpem", "perekonomian"],
        ),
        (
            "asisten3",
            "Asisten Administrasi Umum",
            ["organisasi", "umum"],
        ),
    ];
    for (aid, aname, bagian) in asisten {
        let a = b.unit(format!("{rid}.setda.{aid}"), aname.into(), Some(setda));
        b.seat(
            a,
            "asisten",
            "Asisten Sekretaris Daerah",
            JptPratama,
            lead(Field::Admin, "HUK"),
        );
        for bag in bagian {
            let name = format!("Bagian {}{}", bag[..1].to_ascii_uppercase(), &bag[1..]);
            let u = b.unit(format!("{rid}.setda.{aid}.{bag}"), name, Some(a));
            b.seat(
                u,
                "kabag",
                "Kepala Bagian",
                Administrator,
                lead(Field::Admin, "HUK"),
            );
            let an = staff(Field::Admin, "HUK", 1.0, 0.0);
            b.seat(
                u,
                "analis_muda",
                "Analis Kebijakan Ahli Muda",
                Fungsional,
                an,
            );
            b.seat(
                u,
                "pengadministrasi",
                "Pengadministrasi Perkantoran",
                Pelaksana,
                staff(Field::Admin, "ARS", 2.0, 0.2),
            );
        }
    }
    for &(aid, aname, tech, field, bidang) in AGENCIES {
        let d = b.unit(format!("{rid}.{aid}"), aname.into(), Some(root));
        b.seat(d, "kadis", "Kepala Dinas", JptPratama, lead(field, tech));
        let sek = b.unit(
            format!("{rid}.{aid}.sekretariat"),
            "Sekretariat".into(),
            Some(d),
        );
        b.seat(
            sek,
            "sekretaris",
            "Sekretaris",
            Administrator,
            lead(Field::Admin, "KEU"),
        );
        b.seat(
            sek,
            "kasubbag_umpeg",
            "Kepala Subbagian Umum dan Kepegawaian",
            Pengawas,
            lead(Field::Admin, "MSDM"),
        );
        b.seat(
            sek,
            "kasubbag_keu",
            "Kepala Subbagian Keuangan",
            Pengawas,
            lead(Field::Tech, "KEU"),
        );
        b.seat(
            sek,
            "pengadministrasi",
            "Pengadministrasi Perkantoran",
            Pelaksana,
            staff(Field::Admin, "ARS", 3.0, 0.2),
        );
        b.seat(
            sek,
            "pengelola_keuangan",
            "Pengelola Keuangan",
            Pelaksana,
            staff(Field::Tech, "KEU", 2.0, 0.1),
        );
        b.seat(
            sek,
            "perencana_pertama",
            "Perencana Ahli Pertama",
            Fungsional,
            staff(Field::Admin, "RENBANG", 1.0, 0.0),
        );
        for &(bid, bname) in bidang {
            let bu = b.unit(format!("{rid}.{aid}.{bid}"), bname.into(), Some(d));
            b.seat(
                bu,
                "kabid",
                "Kepala Bidang",
                Administrator,
                lead(field, tech),
            );
            b.seat(
                bu,
                "analis_muda",
                "Analis Kebijakan Ahli Muda",
                Fungsional,
                staff(field, tech, 1.0, 0.0),
            );
            b.seat(
                bu,
                "analis_pertama",
                "Analis Kebijakan Ahli Pertama",
                Fungsional,
                staff(field, tech, 2.0, 0.1),
            );
            for &(sid, sname) in SEKSI {
                let s = b.unit(format!("{rid}.{aid}.{bid}.{sid}"), sname.into(), Some(bu));
                b.seat(s, "kasi", "Kepala Seksi", Pengawas, lead(field, tech));
                b.seat(
                    s,
                    "pengolah_data",
                    "Pengolah Data dan Informasi",
                    Pelaksana,
                    staff(field, tech, 3.0, 0.2),
                );
            }
        }
        if aid == "dinkes" {
            let n = (target / 450).clamp(2, 40);
            for i in 1..=n {
                let name = format!("UPTD Puskesmas {}", place(rng));
                let u = b.unit(format!("{rid}.dinkes.pkm{i:02}"), name, Some(d));
                b.seat(
                    u,
                    "kapus",
                    "Kepala Puskesmas",
                    Pengawas,
                    lead(Field::Health, "KESMAS"),
                );
                let dr = Spec {
                    doctor: true,
                    ..staff(Field::Health, "YANKES", 3.0, 0.1)
                };
                b.seat(u, "dokter_pertama", "Dokter Ahli Pertama", Fungsional, dr);
                b.seat(
                    u,
                    "perawat_terampil",
                    "Perawat Terampil",
                    Fungsional,
                    staff(Field::Health, "KEP", 6.0, 0.35),
                );
                b.seat(
                    u,
                    "bidan_terampil",
                    "Bidan Terampil",
                    Fungsional,
                    staff(Field::Health, "KEB", 5.0, 0.35),
                );
                b.seat(
                    u,
                    "pranata_lab",
                    "Pranata Laboratorium Kesehatan Terampil",
                    Fungsional,
                    staff(Field::Health, "YANKES", 1.0, 0.2),
                );
                b.seat(
                    u,
                    "pengadministrasi",
                    "Pengadministrasi Perkantoran",
                    Pelaksana,
                    staff(Field::Admin, "ARS", 2.0, 0.3),
                );
            }
        }
        if aid == "disdik" {
            let n = (target / 45).clamp(2, 900);
            for i in 1..=n {
                let smp = i % 5 == 0;
                let (kind_name, slug_kind) = if smp {
                    ("SMP Negeri", "smp")
                } else {
                    ("SD Negeri", "sd")
                };
                let name = format!("{kind_name} {} {}", i / 5 + 1, place(rng));
                let u = b.unit(format!("{rid}.disdik.{slug_kind}{i:03}"), name, Some(d));
                b.seat(
                    u,
                    "kepsek",
                    "Kepala Sekolah (Guru Ahli Madya)",
                    Fungsional,
                    lead(Field::Edu, "PEND"),
                );
                let scale = if smp { 2.0 } else { 1.0 };
                b.seat(
                    u,
                    "guru_pertama",
                    "Guru Ahli Pertama",
                    Fungsional,
                    staff(Field::Edu, "PEND", 8.0 * scale, 0.45),
                );
                b.seat(
                    u,
                    "guru_muda",
                    "Guru Ahli Muda",
                    Fungsional,
                    staff(Field::Edu, "PEND", 4.0 * scale, 0.0),
                );
                b.seat(
                    u,
                    "pengadministrasi",
                    "Pengadministrasi Perkantoran",
                    Pelaksana,
                    staff(Field::Admin, "ARS", 1.0, 0.4),
                );
            }
        }
    }
    let kec_n = (target / 1_800).clamp(2, 30);
    let kel_n = (target / 6_000).clamp(2, 12);
    for k in 1..=kec_n {
        let kname = place(rng);
        let kid = format!("{rid}.kec{k:02}");
        let kec = b.unit(kid.clone(), format!("Kecamatan {kname}"), Some(root));
        b.seat(
            kec,
            "camat",
            "Camat",
            Administrator,
            lead(Field::Admin, "PEMWIL"),
        );
        b.seat(
            kec,
            "sekcam",
            "Sekretaris Kecamatan",
            Administrator,
            lead(Field::Admin, "PEMWIL"),
        );
        b.seat(
            kec,
            "kasi_pem",
            "Kepala Seksi Pemerintahan",
            Pengawas,
            lead(Field::Admin, "PEMWIL"),
        );
        b.seat(
            kec,
            "kasi_trantib",
            "Kepala Seksi Ketenteraman dan Ketertiban",
            Pengawas,
            lead(Field::Admin, "HUK"),
        );
        b.seat(
            kec,
            "kasi_pm",
            "Kepala Seksi Pemberdayaan Masyarakat",
            Pengawas,
            lead(Field::Admin, "PEMWIL"),
        );
        b.seat(
            kec,
            "pengadministrasi",
            "Pengadministrasi Perkantoran",
            Pelaksana,
            staff(Field::Admin, "ARS", 4.0, 0.2),
        );
        for l in 1..=kel_n {
            let u = b.unit(
                format!("{kid}.kel{l:02}"),
                format!("Kelurahan {}", place(rng)),
                Some(kec),
            );
            b.seat(u, "lurah", "Lurah", Pengawas, lead(Field::Admin, "PEMWIL"));
            b.seat(
                u,
                "sekretaris",
                "Sekretaris Kelurahan",
                Pengawas,
                lead(Field::Admin, "ARS"),
            );
            b.seat(
                u,
                "kasi_pem",
                "Kepala Seksi Pemerintahan dan Pelayanan",
                Pengawas,
                lead(Field::Admin, "PEMWIL"),
            );
            b.seat(
                u,
                "pengadministrasi",
                "Pengadministrasi Perkantoran",
                Pelaksana,
                staff(Field::Admin, "ARS", 2.0, 0.3),
            );
        }
    }
    size_region(&mut b.seats[first_seat..], rng, target);
}

/// Sets formations so the region's seats add up to about `target`, then draws how many
/// people actually sit in each: vacancies, over-formation, abolished seats still occupied.
fn size_region(seats: &mut [Seat], rng: &mut Rng, target: u64) {
    let leaders = seats.iter().filter(|s| s.weight == 0.0).count() as f64;
    let weights: f64 = seats.iter().map(|s| s.weight).sum();
    let per_weight = ((target as f64 * 0.99 - leaders) / weights).max(0.3);
    for s in seats.iter_mut() {
        if s.weight > 0.0 {
            s.formation = ((s.weight * per_weight).round() as u32).max(1);
            s.require = if rng.bool() { 0 } else { rng.u8(2..=3) };
        } else {
            s.require = match s.kind {
                PositionType::JptPratama => 4,
                PositionType::Administrator => 3,
                _ => 2,
            };
        }
        let r = rng.f64();
        s.holders = if r < 0.09 {
            s.formation.saturating_sub(1)
        } else if r < 0.11 {
            s.formation.saturating_sub(2)
        } else if r < 0.15 && s.weight > 0.0 {
            s.formation + 1
        } else if r < 0.16 && s.weight > 0.0 {
            s.formation + 3
        } else {
            s.formation
        };
        if s.weight > 0.0 && rng.f64() < 0.01 {
            // Abolished in the simplification, people still sitting there.
            s.holders = s.formation.clamp(1, 3);
            s.formation = 0;
        }
    }
}

/// Writes a whole organization of `opts.employees` people to `out` as `penata/v1`.
pub fn generate<W: Write>(opts: Options, out: W) -> io::Result<Summary> {
    let mut rng = Rng::with_seed(opts.seed);
    let regions = opts
        .employees
        .div_ceil(PER_REGION)
        .clamp(1, names::REGENCIES.len() as u64);
    let target = opts.employees / regions;
    let mut b = Builder::default();
    for &(kind, name) in names::REGENCIES.iter().take(regions as usize) {
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

fn json_str<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    serde_json::to_writer(&mut *w, s).map_err(io::Error::other)
}

/// Makes people one at a time; remembers only the NIP prefixes already used.
struct People {
    rng: Rng,
    /// First 15 NIP digits -> sequence numbers used (the sequence only grows on collision).
    nips: HashMap<u64, u16>,
}

const PNS_RANKS: &[&str] = &[
    "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
];
const II_A: usize = 4;
const II_C: usize = 6;
const III_A: usize = 8;
const III_B: usize = 9;
const III_D: usize = 11;
const IV_A: usize = 12;
const IV_B: usize = 13;
const IV_D: usize = 15;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Education {
    Slta,
    D3,
    S1,
    S2,
}

impl People {
    fn pick<'a>(&mut self, list: &'a [&'a str]) -> &'a str {
        list[self.rng.usize(..list.len())]
    }

    fn write<W: Write>(&mut self, w: &mut W, seat: Option<&Seat>, first: bool) -> io::Result<()> {
        let kind = seat.map_or(PositionType::Pelaksana, |s| s.kind);
        let field = seat.map_or(Field::Admin, |s| s.field);
        let title = seat.map_or("", |s| s.title);
        let leader = seat.is_some_and(|s| s.weight == 0.0);
        let pppk = seat.is_some_and(|s| self.rng.f64() < s.pppk);
        let female_share = match (leader, field) {
            (true, _) => 0.3,
            (false, Field::Health) => 0.75,
            (false, Field::Edu) => 0.65,
            _ => 0.45,
        };
        let female = self.rng.f64() < female_share || title.starts_with("Bidan");
        let (lo, hi) = match kind {
            PositionType::JptUtama | PositionType::JptMadya | PositionType::JptPratama => {
                (1967, 1976)
            }
            PositionType::Administrator => (1969, 1982),
            PositionType::Pengawas => (1969, 1990),
            _ if title.contains("Madya") => (1969, 1980),
            _ => (1969, 2001),
        };
        let education = if leader || title.contains("Ahli") {
            if self.rng.f64() < if leader { 0.6 } else { 0.2 } {
                Education::S2
            } else {
                Education::S1
            }
        } else if title.contains("Terampil") {
            Education::D3
        } else {
            match self.rng.u8(0..20) {
                0..=7 => Education::Slta,
                8..=12 => Education::D3,
                _ => Education::S1,
            }
        };
        let (nip, birth_year, service_from) = self.nip(lo, hi, female, pppk);
        let rank = if pppk {
            match education {
                Education::Slta => "V",
                Education::D3 => "VII",
                Education::S1 => "IX",
                Education::S2 => "X",
            }
        } else {
            PNS_RANKS[pns_rank(kind, title, education, 2026 - service_from)]
        };
        let name = self.name(seat, female, birth_year, education);
        write!(
            w,
            "{}    {{\"nip\": \"{nip}\", \"name\": ",
            if first { "" } else { ",\n" }
        )?;
        json_str(w, &name)?;
        write!(w, ", \"rank\": \"{rank}\", \"position\": ")?;
        match seat {
            Some(s) => write!(w, "\"{}\"", s.id)?,
            None => write!(w, "null")?,
        }
        write!(w, ", \"competencies\": {{")?;
        if self.rng.f64() < 0.7 {
            let std: i32 = match kind {
                PositionType::JptUtama | PositionType::JptMadya | PositionType::JptPratama => 4,
                PositionType::Administrator => 3,
                PositionType::Pengawas | PositionType::Fungsional => 2,
                PositionType::Pelaksana => 1,
            };
            for (i, code) in MANAGERIAL.iter().enumerate() {
                let level = (std + self.rng.i32(-1..=1)).clamp(1, 5);
                write!(w, "{}\"{code}\": {level}", if i == 0 { "" } else { ", " })?;
            }
            if let Some(s) = seat {
                write!(w, ", \"{}\": {}", s.tech, self.rng.u8(1..=5))?;
            }
        }
        write!(w, "}}")?;
        let perf = match self.rng.u8(0..100) {
            0..=9 => None,
            10..=24 => Some("sangat_baik"),
            25..=84 => Some("baik"),
            85..=94 => Some("butuh_perbaikan"),
            95..=98 => Some("kurang"),
            _ => Some("sangat_kurang"),
        };
        if let Some(p) = perf {
            write!(w, ", \"performance\": \"{p}\"")?;
        }
        let potential = match self.rng.u8(0..100) {
            0..=11 => None,
            12..=31 => Some("tinggi"),
            32..=84 => Some("menengah"),
            _ => Some("rendah"),
        };
        if let Some(p) = potential {
            write!(w, ", \"potential\": \"{p}\"")?;
        }
        let readiness = match self.rng.u8(0..100) {
            0..=19 => None,
            20..=79 => Some("siap"),
            80..=95 => Some("ragu"),
            _ => Some("menolak"),
        };
        if let Some(r) = readiness {
            write!(w, ", \"readiness\": \"{r}\"")?;
        }
        if self.rng.f64() < 0.03 {
            let text = self.pick(names::NOTES);
            let author = self.pick(names::AUTHORS);
            let (month, day) = (self.rng.u8(1..=11), self.rng.u8(1..=28));
            let (hour, minute) = (self.rng.u8(7..=16), self.rng.u8(0..60));
            write!(
                w,
                ", \"notes\": [{{\"at\": \"2026-{month:02}-{day:02}T{hour:02}:{minute:02}:00+07:00\", \"author\": \"{author}\", \"text\": "
            )?;
            json_str(w, text)?;
            write!(w, "}}]")?;
        }
        write!(w, "}}")
    }

    /// A unique NIP (PNS) or NI PPPK; returns it with the birth year and the year service began.
    fn nip(&mut self, lo: i32, hi: i32, female: bool, pppk: bool) -> (String, i32, i32) {
        loop {
            let year = self.rng.i32(lo..=hi);
            let month = self.rng.u32(1..=12);
            let day = self.rng.u32(1..=days_in_month(year, month));
            let sex = if female { 2 } else { 1 };
            let (start, middle) = if pppk {
                let appointed = self.rng.i32(2019..=2025).max(year + 18);
                let contracts = self.rng.u32(1..=3);
                (appointed, format!("{appointed:04}2{contracts}"))
            } else {
                let latest = 2025.min(year + 35);
                let earliest = (year + 19).min(latest);
                let mut tmt = self.rng.i32(earliest..=(year + 30).min(latest));
                if tmt < 1990 {
                    tmt = 1990.max(year + 18);
                }
                (tmt, format!("{tmt:04}{:02}", self.rng.u32(1..=12)))
            };
            let prefix = format!("{year:04}{month:02}{day:02}{middle}{sex}");
            let Ok(key) = prefix.parse::<u64>() else {
                continue;
            };
            let used = self.nips.entry(key).or_insert(0);
            if *used >= 999 {
                continue;
            }
            *used += 1;
            return (format!("{prefix}{:03}", *used), year, start);
        }
    }

    fn name(
        &mut self,
        seat: Option<&Seat>,
        female: bool,
        birth_year: i32,
        edu: Education,
    ) -> String {
        let total: u32 = REGIONS.iter().map(|r| r.weight).sum();
        let mut pick = self.rng.u32(..total);
        let mut region: &Region = &REGIONS[0];
        for r in REGIONS {
            if pick < r.weight {
                region = r;
                break;
            }
            pick -= r.weight;
        }
        let muslim = self.rng.f64() < region.muslim;
        let (a, b) = if female {
            (region.f1, region.f2)
        } else {
            (region.m1, region.m2)
        };
        let mut base = if self.rng.f64() < 0.1 {
            self.pick(a).to_string()
        } else {
            format!("{} {}", self.pick(a), self.pick(b))
        };
        if region.old_spelling && birth_year < 1976 && self.rng.f64() < 0.3 {
            base = old_spelling(&base);
        }
        let mut prefix = String::new();
        if muslim && birth_year < 1980 && self.rng.f64() < 0.08 {
            prefix.push_str(if female { "Hj. " } else { "H. " });
        }
        let field = seat.map_or(Field::Admin, |s| s.field);
        let doctor = seat.is_some_and(|s| s.doctor);
        let mut suffix = String::new();
        match edu {
            Education::Slta => {}
            Education::D3 => suffix = format!(", {}", self.pick(names::DIPLOMA)),
            Education::S1 | Education::S2 => {
                if doctor {
                    prefix.push_str("dr. ");
                } else if birth_year < 1970 && self.rng.bool() {
                    prefix.push_str(match (field, female) {
                        (Field::Tech, _) => "Ir. ",
                        (_, true) => "Dra. ",
                        (_, false) => "Drs. ",
                    });
                } else {
                    let list = match field {
                        Field::Admin => names::DEGREES_ADMIN,
                        Field::Health => names::DEGREES_HEALTH,
                        Field::Edu => names::DEGREES_EDU,
                        Field::Tech => names::DEGREES_TECH,
                    };
                    suffix = format!(", {}", self.pick(list));
                }
                if edu == Education::S2 {
                    if self.rng.f64() < 0.05 {
                        prefix.insert_str(0, "Dr. ");
                    }
                    suffix.push_str(", ");
                    suffix.push_str(self.pick(names::MASTERS));
                }
            }
        }
        format!("{prefix}{base}{suffix}")
    }
}

/// Spelling before the 1972 reform, still kept in older people's names: Soeprapto, Djoko.
fn old_spelling(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        match c {
            'u' => out.push_str("oe"),
            'U' => out.push_str("Oe"),
            'j' => out.push_str("dj"),
            'J' => out.push_str("Dj"),
            'c' => out.push_str("tj"),
            'C' => out.push_str("Tj"),
            other => out.push(other),
        }
    }
    out
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A PNS golongan index from entry by education plus a step every four years, within the
/// band the seat allows.
fn pns_rank(kind: PositionType, title: &str, edu: Education, years: i32) -> usize {
    let entry = match edu {
        Education::Slta => II_A,
        Education::D3 => II_C,
        Education::S1 => III_A,
        Education::S2 => III_B,
    };
    let (floor, cap) = match kind {
        PositionType::JptUtama | PositionType::JptMadya | PositionType::JptPratama => (IV_A, IV_D),
        PositionType::Administrator => (III_D, IV_B),
        PositionType::Pengawas => (III_B, III_D),
        PositionType::Fungsional if title.contains("Madya") => (IV_A, IV_D - 1),
        PositionType::Fungsional if title.contains("Muda") => (III_B, III_D),
        PositionType::Fungsional if title.contains("Pertama") => (III_A, III_B),
        _ => (entry, III_D),
    };
    let steps = usize::try_from(years.max(0) / 4).unwrap_or(0);
    (entry + steps).clamp(floor.min(cap), cap.max(entry))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn make(n: u64, seed: u64) -> (Vec<u8>, Summary) {
        let mut buf = Vec::new();
        let summary = generate(Options { employees: n, seed }, &mut buf).unwrap();
        (buf, summary)
    }

    #[test]
    fn output_imports_cleanly_and_counts_match() {
        let (buf, summary) = make(2_000, 7);
        let text = String::from_utf8(buf).unwrap();
        let org = match crate::store::format::parse_v1("gen.json", &text) {
            Ok(org) => org,
            Err(e) => panic!("generated file does not import:\n{e}"),
        };
        assert_eq!(org.employees().len() as u64, summary.employees);
        assert_eq!(summary.employees, 2_000);
        assert_eq!(org.units().len(), summary.units);
        assert_eq!(org.positions().len(), summary.positions);
        let placed = org
            .employees()
            .iter()
            .filter(|e| e.position.is_some())
            .count() as u64;
        assert_eq!(placed, summary.placed);
        assert!(placed < summary.employees, "some staff are not placed");
        let pppk = org
            .employees()
            .iter()
            .filter(|e| e.nip.kind() == crate::domain::AsnKind::Pppk)
            .count();
        assert!(pppk > 50 && pppk < 1_000, "a share of PPPK, got {pppk}");
        assert!(org.employees().iter().any(|e| e.name.contains(", S.")));
        assert!(org.employees().iter().any(|e| !e.notes.is_empty()));
    }

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() {
        let (a, _) = make(500, 42);
        let (b, _) = make(500, 42);
        let (c, _) = make(500, 43);
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn small_and_empty_organizations_are_valid() {
        for n in [0, 1, 17] {
            let (buf, s) = make(n, 1);
            let text = String::from_utf8(buf).unwrap();
            assert!(
                crate::store::format::parse_v1("g.json", &text).is_ok(),
                "n={n}"
            );
            assert_eq!(s.employees, n);
        }
    }

    #[test]
    fn old_spelling_table() {
        assert_eq!(old_spelling("Joko Suprapto"), "Djoko Soeprapto");
        assert_eq!(old_spelling("Cahyo"), "Tjahyo");
    }
}
