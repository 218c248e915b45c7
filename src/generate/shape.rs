//! The shape of one generated region: Sekretariat Daerah, the dinas and badan with their
//! bidang and seksi, Puskesmas and schools, kecamatan and kelurahan; and the formation and
//! holders of every seat.

use fastrand::Rng;

use super::agencies::{AGENCIES, Agency, SEKSI};
use super::names;
use crate::domain::PositionType;

pub(super) use names::REGENCIES;

/// The field of a seat: which degrees its holders carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Admin,
    Health,
    Edu,
    Tech,
}

/// A position while the organization is built, with how many people will sit in it.
pub(super) struct Seat {
    pub(super) id: String,
    pub(super) unit: usize,
    pub(super) title: &'static str,
    pub(super) kind: PositionType,
    pub(super) formation: u32,
    pub(super) holders: u32,
    pub(super) field: Field,
    pub(super) tech: &'static str,
    /// Technical requirement level; 0 = empty requirements (the type's default applies).
    pub(super) require: u8,
    /// Share of holders who are PPPK.
    pub(super) pppk: f64,
    /// Relative size for staff seats; 0 for one-person leader seats.
    pub(super) weight: f64,
    /// Title prefix for the profession (`dr.` for doctors).
    pub(super) doctor: bool,
}

pub(super) struct Unit {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) parent: Option<usize>,
}

#[derive(Default)]
pub(super) struct Builder {
    pub(super) units: Vec<Unit>,
    pub(super) seats: Vec<Seat>,
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
pub(super) fn region(b: &mut Builder, rng: &mut Rng, kind: &str, name: &str, target: u64) {
    let first_seat = b.seats.len();
    let rid = format!("{}_{}", slug(kind), slug(name));
    let root = b.unit(rid.clone(), format!("Pemerintah {kind} {name}"), None);
    setda(b, &rid, root);
    for agency in AGENCIES {
        dinas(b, rng, &rid, root, target, agency);
    }
    kecamatan(b, rng, &rid, root, target);
    size_region(&mut b.seats[first_seat..], rng, target);
}

/// The Sekretariat Daerah: sekda, three asisten and their bagian.
fn setda(b: &mut Builder, rid: &str, root: usize) {
    use PositionType::*;
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
}

/// One dinas or badan: sekretariat, bidang with seksi, and the Puskesmas or schools of
/// Dinas Kesehatan and Dinas Pendidikan.
fn dinas(b: &mut Builder, rng: &mut Rng, rid: &str, root: usize, target: u64, agency: &Agency) {
    use PositionType::*;
    let &(aid, aname, tech, field, bidang) = agency;
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
        puskesmas(b, rng, rid, d, target);
    }
    if aid == "disdik" {
        schools(b, rng, rid, d, target);
    }
}

/// The Puskesmas under Dinas Kesehatan, one per ~450 employees of the region.
fn puskesmas(b: &mut Builder, rng: &mut Rng, rid: &str, d: usize, target: u64) {
    use PositionType::*;
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

/// The SD and SMP under Dinas Pendidikan, one per ~45 employees of the region.
fn schools(b: &mut Builder, rng: &mut Rng, rid: &str, d: usize, target: u64) {
    use PositionType::*;
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

/// The kecamatan of a region, each with its kelurahan.
fn kecamatan(b: &mut Builder, rng: &mut Rng, rid: &str, root: usize, target: u64) {
    use PositionType::*;
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
