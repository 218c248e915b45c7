//! The ASN profile export ("Export Data ASN"): one row per person, PNS as `;` CSV with a BOM
//! and `dd-mm-yyyy` dates, PPPK as `|` CSV with Excel serial dates and headers in mixed
//! case; 68 columns, of which penata uses 22.

use fastrand::Rng;
use time::{Date, Month};

use super::{Context, Csv, Eselon, Jenis, dmy, eselon, guid, jenis, serial};
use crate::domain::nip::Sex;
use crate::domain::{AsnKind, Employee, EmployeeIx, PositionIx, Rank, UnitIx};

/// The columns of the export, in its order.
const COLUMNS: &[&str] = &[
    "PNS ID",
    "NIP BARU",
    "NIP LAMA",
    "NAMA",
    "GELAR DEPAN",
    "GELAR BELAKANG",
    "TEMPAT LAHIR ID",
    "TEMPAT LAHIR NAMA",
    "TANGGAL LAHIR",
    "JENIS KELAMIN",
    "AGAMA ID",
    "AGAMA NAMA",
    "EMAIL",
    "EMAIL GOV",
    "NIK",
    "ALAMAT",
    "NOMOR HP",
    "NOMOR TELPON",
    "JENIS PEGAWAI ID",
    "JENIS PEGAWAI NAMA",
    "KEDUDUKAN HUKUM ID",
    "KEDUDUKAN HUKUM NAMA",
    "STATUS CPNS PNS",
    "KARTU ASN VIRTUAL",
    "NOMOR SK CPNS",
    "TANGGAL SK CPNS",
    "TMT CPNS",
    "NOMOR SK PNS",
    "TANGGAL SK PNS",
    "TMT PNS",
    "GOL AWAL ID",
    "GOL AWAL NAMA",
    "GOL AKHIR ID",
    "GOL AKHIR NAMA",
    "TMT GOLONGAN",
    "MK TAHUN",
    "MK BULAN",
    "JENIS JABATAN ID",
    "JENIS JABATAN NAMA",
    "ESELON ID",
    "ESELON NAMA",
    "JABATAN ID",
    "JABATAN NAMA",
    "TMT JABATAN",
    "TINGKAT PENDIDIKAN ID",
    "TINGKAT PENDIDIKAN NAMA",
    "PENDIDIKAN ID",
    "PENDIDIKAN NAMA",
    "TAHUN LULUS",
    "KPKN ID",
    "KPKN NAMA",
    "LOKASI KERJA ID",
    "LOKASI KERJA NAMA",
    "UNOR ID",
    "UNOR NAMA",
    "INSTANSI INDUK ID",
    "INSTANSI INDUK NAMA",
    "INSTANSI KERJA ID",
    "INSTANSI KERJA NAMA",
    "SATUAN KERJA INDUK ID",
    "SATUAN KERJA INDUK NAMA",
    "SATUAN KERJA KERJA ID",
    "SATUAN KERJA KERJA NAMA",
    "IS VALID NIK",
    "FLAG IKD",
    "NPWP NOMOR",
    "BPJS",
    "JENIS KAWIN NAMA",
];

/// Titles written before the name; everything after the first comma is written after it.
const GELAR_DEPAN: &[&str] = &["H.", "Hj.", "Dr.", "dr.", "Ir.", "Drs.", "Dra."];

/// Places of birth, as common town names.
const PLACES: &[&str] = &[
    "Semarang",
    "Kendal",
    "Demak",
    "Salatiga",
    "Ungaran",
    "Surakarta",
    "Pati",
    "Kudus",
    "Magelang",
    "Pekalongan",
];

/// The PNS file and the PPPK file.
pub(super) fn profiles(ctx: &Context, rng: &mut Rng) -> (Vec<u8>, Vec<u8>) {
    let org = ctx.org;
    let pns: Vec<EmployeeIx> = (0..org.employees().len() as u32)
        .filter(|&e| org.employee(e).nip.kind() == AsnKind::Pns)
        .collect();
    // A few people on leave (CLTN) or dismissed: present in the export, not active staff.
    let mut inactive = Vec::new();
    if pns.len() >= 8 {
        while inactive.len() < 4 {
            let e = pns[rng.usize(..pns.len())];
            if !inactive.contains(&e) {
                inactive.push(e);
            }
        }
    }
    let mut files = [Csv::new(b';', true), Csv::new(b'|', false)];
    files[0].row(&headers(false));
    files[1].row(&headers(true));
    for e in 0..org.employees().len() as u32 {
        let person = org.employee(e);
        let pppk = person.nip.kind() == AsnKind::Pppk;
        let kedudukan = match inactive.iter().position(|&i| i == e) {
            Some(0 | 2) => "CLTN",
            Some(_) => "Pemberhentian",
            None => "Aktif",
        };
        let apostrophe = rng.f64() < if pppk { 0.5 } else { 0.85 };
        let tmt_jabatan = tmt_jabatan(person, rng);
        let row = Row {
            ctx,
            ix: e,
            person,
            pppk,
            kedudukan,
            apostrophe,
            tmt_jabatan,
            place: PLACES[rng.usize(..PLACES.len())],
        };
        let derived = row.derived();
        let fields: Vec<String> = COLUMNS.iter().map(|c| row.field(&derived, c)).collect();
        files[usize::from(pppk)].row(&fields);
    }
    let [a, b] = files;
    (a.into_bytes(), b.into_bytes())
}

/// The header row: SIASN's capitals with a few columns as an office retyped them, or, in
/// the PPPK file, every column in title case.
fn headers(pppk: bool) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|c| {
            if pppk || matches!(*c, "NAMA" | "TANGGAL LAHIR" | "GOL AKHIR NAMA") {
                title_case(c)
            } else if *c == "UNOR NAMA" {
                "Unor nama".into()
            } else {
                (*c).into()
            }
        })
        .collect()
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// The day someone took their current seat: some years after they started.
fn tmt_jabatan(person: &Employee, rng: &mut Rng) -> Option<Date> {
    person.position.as_ref()?;
    let start = start_year(person);
    let year = rng.i32((start + 1).clamp(2017, 2025)..=2025);
    let month = Month::try_from(rng.u8(1..=12)).unwrap_or(Month::January);
    Date::from_calendar_date(year, month, 1).ok()
}

/// TMT CPNS (digits 9-14) of a PNS, the appointment year (digits 9-12) of a PPPK.
fn start_year(person: &Employee) -> i32 {
    person.nip.as_str()[8..12].parse().unwrap_or(2020)
}

fn tmt_cpns(person: &Employee) -> Option<Date> {
    let d = person.nip.as_str();
    let year = d[8..12].parse().ok()?;
    let month = Month::try_from(d[12..14].parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year, month, 1).ok()
}

/// One person's row.
struct Row<'a> {
    ctx: &'a Context<'a>,
    ix: EmployeeIx,
    person: &'a Employee,
    pppk: bool,
    kedudukan: &'static str,
    apostrophe: bool,
    tmt_jabatan: Option<Date>,
    place: &'static str,
}

/// The values of a person's row that several columns share.
struct Derived<'a> {
    seat: Option<PositionIx>,
    unit: Option<UnitIx>,
    kind: Option<Jenis>,
    es: Option<Eselon>,
    depan: String,
    nama: &'a str,
    belakang: &'a str,
    education: (&'static str, &'static str),
    satker: Option<UnitIx>,
}

impl Row<'_> {
    fn date(&self, d: Option<Date>) -> String {
        match d {
            Some(d) if self.pppk => serial(d),
            Some(d) => dmy(d),
            None => String::new(),
        }
    }

    /// What several columns need, worked out once per person.
    fn derived(&self) -> Derived<'_> {
        let org = self.ctx.org;
        let seat = org.seat_of(self.ix);
        let unit = seat
            .and_then(|s| org.unit_of(s))
            .or_else(|| org.roots().first().copied());
        let (depan, nama, belakang) = split_name(&self.person.name);
        Derived {
            seat,
            unit,
            kind: seat.map(|s| jenis(org.position(s).kind)),
            es: seat.and_then(|s| eselon(org, s)),
            depan,
            nama,
            belakang,
            education: education(&self.person.name, self.person.rank),
            // The satuan kerja: the unit right under the instansi (the dinas).
            satker: unit.map(|u| {
                let path = org.unit_path(u);
                path.get(1).or(path.first()).copied().unwrap_or(u)
            }),
        }
    }

    fn field(&self, d: &Derived, column: &str) -> String {
        let org = self.ctx.org;
        let p = self.person;
        let Derived {
            seat,
            unit,
            kind,
            es,
            nama,
            belakang,
            satker,
            ..
        } = *d;
        let (tingkat, pendidikan) = d.education;
        match column {
            "PNS ID" => guid("pns", p.nip.as_str()),
            "NIP BARU" if self.apostrophe => format!("'{}", p.nip.as_str()),
            "NIP BARU" => p.nip.as_str().into(),
            "NAMA" => nama.into(),
            "GELAR DEPAN" => d.depan.clone(),
            "GELAR BELAKANG" => belakang.into(),
            "TEMPAT LAHIR NAMA" => self.place.into(),
            "TANGGAL LAHIR" => self.date(p.nip.birth_date()),
            "JENIS KELAMIN" => match p.nip.sex() {
                Sex::Male => "M".into(),
                Sex::Female => "F".into(),
            },
            "JENIS PEGAWAI NAMA" => p.nip.kind().label().into(),
            "KEDUDUKAN HUKUM NAMA" => self.kedudukan.into(),
            "STATUS CPNS PNS" if !self.pppk => "P".into(),
            "TMT CPNS" if !self.pppk => self.date(tmt_cpns(p)),
            "TMT PNS" if !self.pppk => {
                self.date(tmt_cpns(p).and_then(|d| d.replace_year(d.year() + 1).ok()))
            }
            "GOL AKHIR ID" => match p.rank {
                Rank::Pns { golongan, ruang } => format!("{golongan}{}", ruang + 1),
                Rank::Pppk(n) => n.to_string(),
            },
            "GOL AKHIR NAMA" => p.rank.to_string(),
            "MK TAHUN" => (2026 - start_year(p)).max(0).to_string(),
            "MK BULAN" => "0".into(),
            "JENIS JABATAN ID" => kind.map_or(String::new(), |k| k.id().into()),
            "JENIS JABATAN NAMA" => kind.map_or(String::new(), |k| k.name().into()),
            "ESELON ID" => es.map_or(String::new(), |e| e.id.into()),
            "ESELON NAMA" => es.map_or(String::new(), |e| e.name.into()),
            "JABATAN ID" => seat.map_or(String::new(), |s| self.ctx.jabatan_id(s)),
            "JABATAN NAMA" => seat.map_or(String::new(), |s| org.position(s).title.clone()),
            "TMT JABATAN" => self.date(self.tmt_jabatan),
            "TINGKAT PENDIDIKAN NAMA" => tingkat.into(),
            "PENDIDIKAN NAMA" => pendidikan.into(),
            "LOKASI KERJA NAMA" => self.ctx.instansi.replace("Pemerintah ", "").to_uppercase(),
            "UNOR ID" => unit.map_or(String::new(), |u| self.ctx.unor_id(u)),
            "UNOR NAMA" => unit.map_or(String::new(), |u| org.unit(u).name.clone()),
            "INSTANSI INDUK ID" | "INSTANSI KERJA ID" => self.ctx.instansi_id.clone(),
            "INSTANSI INDUK NAMA" | "INSTANSI KERJA NAMA" => self.ctx.instansi.clone(),
            "SATUAN KERJA INDUK ID" | "SATUAN KERJA KERJA ID" => {
                satker.map_or(String::new(), |u| self.ctx.unor_id(u))
            }
            "SATUAN KERJA INDUK NAMA" | "SATUAN KERJA KERJA NAMA" => {
                satker.map_or(String::new(), |u| org.unit(u).name.clone())
            }
            "IS VALID NIK" | "FLAG IKD" => "0".into(),
            _ => String::new(),
        }
    }
}

/// `H. Ahmad Sutrisno, S.E., M.M.` -> (`H.`, `Ahmad Sutrisno`, `S.E., M.M.`), the person's
/// letter case kept: the titles before the name, the name, what follows the first comma.
pub(crate) fn split_name(full: &str) -> (String, &str, &str) {
    let (head, belakang) = full.split_once(", ").unwrap_or((full, ""));
    let mut depan = Vec::new();
    let mut rest = head;
    while let Some((word, tail)) = rest.split_once(' ') {
        if !GELAR_DEPAN.contains(&word) {
            break;
        }
        depan.push(word);
        rest = tail;
    }
    (depan.join(" "), rest, belakang)
}

/// `TINGKAT PENDIDIKAN NAMA` and `PENDIDIKAN NAMA`: from the degrees in the name, else from
/// the golongan a person entered with.
pub(crate) fn education(full: &str, rank: Rank) -> (&'static str, &'static str) {
    let (depan, _, belakang) = split_name(full);
    let degrees: Vec<&str> = belakang.split(", ").collect();
    if let Some(m) = degrees.iter().find(|d| d.starts_with("M.")) {
        return ("S-2", master(m));
    }
    if let Some(first) = degrees.first().filter(|d| !d.is_empty()) {
        return bachelor(first);
    }
    match depan
        .split(' ')
        .find(|d| ["dr.", "Drs.", "Dra.", "Ir."].contains(d))
    {
        Some("dr.") => return ("S-1", "S-1 Pendidikan Dokter"),
        Some("Ir.") => return ("S-1", "S-1 Teknik Sipil"),
        Some(_) => return ("S-1", "S-1 Ilmu Administrasi Negara"),
        None => {}
    }
    match rank {
        Rank::Pns { golongan: 1, .. } => ("SLTP", "SMP"),
        Rank::Pns { golongan: 2, ruang } if ruang >= 2 => ("D-III", "D-III Administrasi"),
        Rank::Pns {
            golongan: 3 | 4, ..
        } => ("S-1", "S-1 Ilmu Administrasi Negara"),
        Rank::Pppk(n) if n >= 9 => ("S-1", "S-1 Ilmu Administrasi Negara"),
        Rank::Pppk(7 | 8) => ("D-III", "D-III Administrasi"),
        _ => ("SLTA", "SMA IPS"),
    }
}

fn master(m: &str) -> &'static str {
    match m {
        "M.Si." => "S-2 Ilmu Administrasi",
        "M.M." => "S-2 Magister Manajemen",
        "M.AP." => "S-2 Administrasi Publik",
        "M.Pd." => "S-2 Pendidikan",
        "M.Kes." => "S-2 Kesehatan Masyarakat",
        "M.T." => "S-2 Teknik Sipil",
        "M.H." => "S-2 Ilmu Hukum",
        _ => "S-2",
    }
}

fn bachelor(d: &str) -> (&'static str, &'static str) {
    let s1 = |name| ("S-1", name);
    let d3 = |name| ("D-III", name);
    match d {
        "S.Sos." => s1("S-1 Ilmu Sosial"),
        "S.IP." => s1("S-1 Ilmu Pemerintahan"),
        "S.E." => s1("S-1 Ekonomi Manajemen"),
        "S.H." => s1("S-1 Ilmu Hukum"),
        "S.AP." => s1("S-1 Administrasi Publik"),
        "S.STP." => ("D-IV", "D-IV Ilmu Pemerintahan"),
        "S.Kep." => s1("S-1 Ilmu Keperawatan"),
        "S.KM." => s1("S-1 Kesehatan Masyarakat"),
        "S.Farm." => s1("S-1 Farmasi"),
        "S.Gz." => s1("S-1 Gizi"),
        "S.Pd." => s1("S-1 Pendidikan Guru"),
        "S.Pd.I." => s1("S-1 Pendidikan Agama Islam"),
        "S.Pd.SD." => s1("S-1 PGSD"),
        "S.Si." => s1("S-1 Matematika"),
        "S.T." => s1("S-1 Teknik Sipil"),
        "S.Kom." => s1("S-1 Teknik Informatika"),
        "S.Ak." => s1("S-1 Akuntansi"),
        "A.Md.Kep." => d3("D-III Keperawatan"),
        "A.Md.Keb." => d3("D-III Kebidanan"),
        "A.Md.Kom." => d3("D-III Manajemen Informatika"),
        "A.Md.AK." => d3("D-III Analis Kesehatan"),
        "A.Md." => d3("D-III Administrasi Perkantoran"),
        _ => s1("S-1"),
    }
}
