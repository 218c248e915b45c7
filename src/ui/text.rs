//! Every word the screen shows, in Bahasa Indonesia and English.
//!
//! Fixed texts are one bilingual table (`texts!`): each entry becomes a function returning the
//! text in the current language, and a row of [`ALL`] so tests can check that both languages are
//! there. Texts built from values are functions with a `match` over [`Lang`]. The language is set
//! once per process (`crate::lang::set_lang`) and never changes while the app runs.

use crate::app::{Action, CandidateToggle};
use crate::domain::Organization;
use crate::domain::candidates::CandidateFilter;
use crate::domain::plan::{Decision, Move, Plan};
use crate::domain::plan_ops::{Application, Conflict};
use crate::domain::{Performance, Potential, Readiness};
pub use crate::lang::{lang, pick, set_lang};
use crate::settings::Lang;

crate::lang::texts! {
    APP => "penata",
        "penata";
    PLAN => "Rencana",
        "Plan";
    BASELINE => "baseline",
        "baseline";
    /// Header tag of read-only presenting (`--read-only`).
    READ_ONLY => "HANYA BACA",
        "READ ONLY";
    /// Header tag while personal data is masked on screen.
    MASKED => "NIP disamarkan",
        "NIP masked";
    /// Said when a change is refused in read-only presenting.
    READ_ONLY_REFUSED => "Hanya baca: tidak ada yang diubah (buka tanpa --read-only untuk mengubah)",
        "Read only: nothing was changed (open without --read-only to make changes)";
    /// What a masked note or birth date shows instead.
    HIDDEN => "(disamarkan)",
        "(masked)";
    UNPLACED => "Belum ditempatkan",
        "Unplaced";
    TOO_SMALL => "Terminal terlalu kecil",
        "Terminal too small";
    TOO_SMALL_NEED => "perlu minimal",
        "needs at least";
    DETAILS => "Rincian",
        "Details";
    EMPTY_ORG => "Organisasi kosong: impor data dengan `penata import`.",
        "Empty organization: import data with `penata import`.";
    NOTHING_SELECTED => "Tidak ada yang dipilih.",
        "Nothing selected.";
    MORE_BELOW => "J/K gulir",
        "J/K scroll";
    MORE_HELP => "j/k gulir",
        "j/k scroll";
    // Unit details.
    UNIT => "Unit",
        "Unit";
    FORMATION => "Formasi",
        "Formasi";
    FILLED => "Terisi",
        "Filled";
    VACANT => "Lowong",
        "Vacant";
    OVER => "Lebih",
        "Over";
    AVG_FIT => "Rerata JPM",
        "Mean JPM";
    READINESS => "Kesiapan",
        "Readiness";
    POSITIONS => "Jabatan",
        "Positions";
    SUB_UNITS => "Sub-unit",
        "Sub-units";
    PEOPLE => "Pegawai",
        "Employees";
    PARENT_UNIT => "Induk",
        "Parent";
    /// Voices from the public about the unit's service (aduan / masukan masyarakat).
    FEEDBACK => "Masukan",
        "Feedback";
    // Position details.
    POSITION_TYPE => "Jenis",
        "Type";
    HOLDERS => "Pemangku",
        "Holders";
    NO_HOLDERS => "Belum ada pemangku.",
        "No holders yet.";
    COMPETENCY => "Kompetensi",
        "Competency";
    STANDARD => "Std",
        "Std";
    DEFAULT_STANDARD => "standar bawaan jenis jabatan",
        "default standard of the position type";
    NO_REQUIREMENTS => "Jabatan ini tidak mensyaratkan kompetensi.",
        "This position requires no competencies.";
    NEED => "Kebutuhan",
        "Need";
    NEED_UNIT => "orang menurut ABK",
        "people by ABK";
    // Employee details.
    NIP => "NIP",
        "NIP";
    RANK => "Golongan",
        "Golongan";
    SEAT => "Jabatan",
        "Position";
    UNIT_PATH => "Unit",
        "Unit";
    FIT => "JPM",
        "JPM";
    PERFORMANCE => "Kinerja",
        "SKP rating";
    POTENTIAL => "Potensi",
        "Potential";
    NOTES => "Catatan",
        "Notes";
    LEVEL => "Nilai",
        "Level";
    GAP => "Gap",
        "Gap";
    NOT_ASSESSED => "belum dinilai",
        "not assessed";
    NOT_PLACED => "belum ditempatkan",
        "unplaced";
    NO_FIT => "tidak ada standar",
        "no standard";
    /// No required competency of the seat was assessed yet: no JPM to show.
    FIT_NOT_ASSESSED => "belum dinilai (kompetensi yang disyaratkan belum diuji)",
        "not assessed (required competencies not yet tested)";
    NO_NOTES => "Belum ada catatan.",
        "No notes yet.";
    UNKNOWN => "-",
        "-";
    INCOMPLETE_FIT => "ada kompetensi belum dinilai (dihitung 0)",
        "some competencies not assessed (counted as 0)";
    // Readiness.
    READY => "Siap",
        "Ready";
    HESITANT => "Ragu",
        "Hesitant";
    RESISTING => "Menolak",
        "Refusing";
    READINESS_UNKNOWN => "Belum dinilai",
        "Not assessed";
    // Search.
    SEARCH_TITLE => "Cari pegawai, NIP, unit, jabatan",
        "Search employee, NIP, unit, position";
    SEARCH_PROMPT => "/",
        "/";
    SEARCH_EMPTY => "Ketik nama, NIP, unit atau jabatan.",
        "Type a name, NIP, unit or position.";
    SEARCH_NONE => "Tidak ditemukan.",
        "Nothing found.";
    SEARCH_UNAVAILABLE => "Pencarian belum tersedia.",
        "Search is not available yet.";
    HIT_EMPLOYEE => "Pegawai",
        "Employee";
    HIT_UNIT => "Unit",
        "Unit";
    HIT_POSITION => "Jabatan",
        "Position";
    HITS => "hasil",
        "hits";
    // Help.
    HELP_TITLE => "Bantuan: tombol",
        "Help: keys";
    HELP_TYPE_TO_SEARCH => "huruf, angka: ketik kata kunci",
        "letters, digits: type the query";
    HELP_BROWSE => "Menjelajah struktur",
        "Browsing the structure";
    HELP_SEARCH => "Mencari",
        "Searching";
    HELP_HELP => "Bantuan",
        "Help";
    HELP_GLOBAL => "Di mana saja",
        "Anywhere";
    HELP_LEGEND => "Tanda",
        "Signs";
    LEGEND_HEADCOUNT => "7/9 -2   terisi/formasi, kurang 2;  9/8 +1  lebih 1",
        "7/9 -2   filled/formasi, 2 short;  9/8 +1  1 over";
    LEGEND_FIT => "JPM (Job Person Match) dan kategori:",
        "JPM (Job Person Match) and category:";
    LEGEND_FIT_INCOMPLETE => "*        ada kompetensi belum dinilai (dihitung 0)",
        "*        some competencies not assessed (counted as 0)";
    LEGEND_MARK => "{mark}        ditandai (Spasi) atau sedang dibawa untuk dipindah",
        "{mark}        marked (Space) or being carried to move";
    LEGEND_FROM => "{from} Jabatan asal pegawai yang dipindah dalam rencana aktif",
        "{from} Former position of an employee moved in the active plan";
    LEGEND_READINESS => "Kesiapan: {ready} siap  {hesitant} ragu  {resisting} menolak  {unknown} belum dinilai",
        "Readiness: {ready} ready  {hesitant} hesitant  {resisting} refusing  {unknown} not assessed";
    // Modes, for the status bar.
    MODE_BROWSE => "JELAJAH",
        "BROWSE";
    MODE_SEARCH => "CARI",
        "SEARCH";
    MODE_HELP => "BANTUAN",
        "HELP";
    MODE_CARRYING => "PINDAH",
        "MOVE";
    MODE_PLANS => "RENCANA",
        "PLANS";
    MODE_PROMPT => "ISI",
        "INPUT";
    MODE_CONFIRM => "KONFIRMASI",
        "CONFIRM";
    MODE_COMPARE => "BANDINGKAN",
        "COMPARE";
    MODE_REVIEW => "RAPAT",
        "REVIEW";
    MODE_TALENT => "TALENTA",
        "TALENT";
    MODE_READINESS => "KESIAPAN",
        "READINESS";
    MODE_NOTE => "CATATAN",
        "NOTE";
    HELP_CARRYING => "Memindahkan pegawai",
        "Moving employees";
    HELP_PLANS => "Daftar rencana",
        "Plan list";
    HELP_PROMPT => "Mengisi satu baris",
        "Filling in one line";
    HELP_CONFIRM => "Konfirmasi",
        "Confirmation";
    HELP_COMPARE => "Perbandingan dengan baseline",
        "Comparison with the baseline";
    HELP_REVIEW => "Rapat pembahasan",
        "Review meeting";
    HELP_TALENT => "Tampilan talenta (kandidat, kesenjangan, 9-box, beban kerja, pensiun, dasbor)",
        "Talent views (candidates, gaps, 9-box, workload, retirement, dashboard)";
    HELP_READINESS => "Mengisi kesiapan pegawai",
        "Setting an employee's readiness";
    HELP_NOTE => "Menulis catatan (Enter baris baru; panah, Home/End, Ctrl-Z batal ketik)",
        "Writing a note (Enter new line; arrows, Home/End, Ctrl-Z undo typing)";
    // Talent views.
    CANDIDATES_TITLE => "Kandidat",
        "Candidates";
    GAPS_TITLE => "Kesenjangan kompetensi & kebutuhan diklat",
        "Competency gaps & training needs";
    NINEBOX_TITLE => "9-box talenta",
        "Talent 9-box";
    WORKLOAD_TITLE => "Formasi menurut beban kerja",
        "Formasi by workload";
    RETIRE_TITLE => "Proyeksi pensiun (BUP)",
        "Retirement projection (BUP)";
    DASHBOARD_TITLE => "Dasbor",
        "Dashboard";
    CANDIDATES_ON_POSITION => "Pilih jabatan (atau pemangkunya) untuk melihat kandidat.",
        "Select a position (or its holder) to see candidates.";
    CANDIDATES_NO_STANDARD => "Standar kompetensi jabatan ini kosong: tidak ada dasar untuk memeringkat kandidat.",
        "This position's competency standard is empty: nothing to rank candidates by.";
    CANDIDATES_NONE => "Tidak ada kandidat dengan saringan ini (yang belum pernah dinilai tidak diperingkat).",
        "No candidates with these filters (people never assessed are not ranked).";
    OPENS_VACANCY_MARK => " *",
        " *";
    OPENS_VACANCY => "diambil: jabatan itu jadi lowong",
        "taken: that position becomes vacant";
    SEAT_NOW => "Jabatan kini",
        "Current position";
    GAPS_WORD => "Kurang",
        "Short";
    NO_GAPS => "Memenuhi semua standar kompetensi jabatan ini.",
        "Meets every competency standard of this position.";
    GAPS_NEEDS_HEAD => "Kompetensi                                Orang Total gap  Maks Blm dinilai",
        "Competency                               People Total gap   Max  Unassessed";
    GAPS_PEOPLE_HEAD => "Nama                       Jabatan                    Kompetensi Lvl  Kurang",
        "Name                       Position                   Competency Lvl   Short";
    GAPS_NONE => "Tidak ada kesenjangan: semua memenuhi standar jabatannya.",
        "No gaps: everyone meets the standard of their position.";
    BOX => "Kotak",
        "Box";
    UNRATED => "Belum dinilai",
        "Not rated";
    PEOPLE_SHORT => "org",
        "ppl";
    TOTAL => "Jumlah",
        "Total";
    NINEBOX_AXES => "Kinerja (SKP) x potensi, PermenPANRB 3/2020",
        "Performance (SKP) x potential, PermenPANRB 3/2020";
    NINEBOX_KEYS => "panah pindah kotak, Enter lihat orangnya",
        "arrows move between boxes, Enter shows the people";
    NINEBOX_MEMBERS_HEAD => "Nama                         K   JPM Kinerja         Jabatan",
        "Name                         K   JPM Performance     Position";
    WORKLOAD_RULE => "Kebutuhan = jumlah (volume x menit) / 75.000 menit efektif setahun (PermenPANRB 1/2020)",
        "Need = sum (volume x minutes) / 75,000 effective minutes a year (PermenPANRB 1/2020)";
    WORKLOAD_GRADES => "EJ = menit / (pemangku x 75.000); PJ: A >1,00 B 0,90-1,00 C 0,70-0,89 D 0,50-0,69 E <0,50",
        "EJ = minutes / (holders x 75,000); PJ: A >1.00 B 0.90-1.00 C 0.70-0.89 D 0.50-0.69 E <0.50";
    WORKLOAD_NONE => "Belum ada jabatan dengan uraian beban kerja di unit ini.",
        "No position with a workload description in this unit yet.";
    RETIRE_PEOPLE_HEAD => "Tgl pensiun BUP Nama                         Jabatan",
        "BUP retirement  Name                         Position";
    RETIRE_NONE => "Tidak ada yang mencapai BUP dalam 5 tahun.",
        "Nobody reaches BUP within 5 years.";
    DASHBOARD_BARS => "Formasi vs terisi per sub-unit",
        "Formasi vs filled per sub-unit";
    DASHBOARD_OWN => "(jabatan unit ini)",
        "(this unit's positions)";
    DASHBOARD_NO_CHILDREN => "Unit ini tidak punya sub-unit.",
        "This unit has no sub-units.";
    DASHBOARD_FIT => "Kesesuaian (JPM)",
        "Fit (JPM)";
    DASHBOARD_READINESS => "Kesiapan",
        "Readiness";
    DASHBOARD_NINEBOX => "9-box",
        "9-box";
    DASHBOARD_RETIRING => "Pensiun (kumulatif)",
        "Retiring (cumulative)";
    // Readiness and notes.
    ANNOTATE_PEOPLE_ONLY => "Pilih seorang pegawai dulu.",
        "Select an employee first.";
    READINESS_TITLE => "Kesiapan",
        "Readiness";
    READINESS_KEYS => "huruf atau Enter memilih, Esc batal",
        "letter or Enter picks, Esc cancels";
    READINESS_UNCHANGED => "Kesiapan tidak berubah.",
        "Readiness unchanged.";
    NOTE_TITLE => "Catatan untuk",
        "Note for";
    NOTE_PLACEHOLDER => "Tulis catatan (boleh beberapa baris)...",
        "Write a note (several lines are fine)...";
    NOTE_KEYS => "Ctrl-S simpan, Esc batal, Enter baris baru",
        "Ctrl-S save, Esc cancel, Enter new line";
    NOTE_EMPTY => "Catatan masih kosong.",
        "The note is still empty.";
    NOTE_TOO_LONG => "Catatan terlalu panjang (paling banyak 2000 huruf).",
        "Note too long (at most 2000 characters).";
    NOTE_DISCARDED => "Catatan dibatalkan, tidak disimpan.",
        "Note discarded, not saved.";
    NOTE_SAVED => "Catatan disimpan.",
        "Note saved.";
    ANNOTATE_FAILED => "Tidak tersimpan",
        "Not saved";
    // Plans and moves.
    MARK_PEOPLE_ONLY => "Hanya pegawai yang bisa ditandai.",
        "Only employees can be marked.";
    PICK_PEOPLE_FIRST => "Pilih pegawai (atau tandai dengan Spasi) dulu.",
        "Select an employee (or mark some with Space) first.";
    NO_ACTIVE_PLAN => "Belum ada rencana aktif: tekan P lalu n untuk membuat.",
        "No active plan: press P then n to create one.";
    CARRY_CANCELLED => "Dikembalikan, tidak ada yang dipindah.",
        "Put back, nothing was moved.";
    DROP_NOWHERE => "Letakkan di jabatan, unit, atau Belum ditempatkan.",
        "Drop on a position, a unit, or Unplaced.";
    UNIT_WITHOUT_POSITIONS => "Unit ini tidak punya jabatan.",
        "This unit has no positions.";
    CHOOSE_POSITION => "Pilih jabatan, lalu Enter.",
        "Choose a position, then Enter.";
    NOTHING_TO_UNDO => "Tidak ada yang bisa dibatalkan.",
        "Nothing to undo.";
    NOTHING_TO_REDO => "Tidak ada yang bisa diulang.",
        "Nothing to redo.";
    PLAN_GONE => "Rencana itu sudah tidak ada.",
        "That plan no longer exists.";
    ON_BASELINE => "Menampilkan baseline (tanpa rencana).",
        "Showing the baseline (no plan).";
    ALREADY_APPLIED => "Rencana ini sudah diterapkan.",
        "This plan was already applied.";
    CARRYING => "Membawa",
        "Carrying";
    MARKED => "ditandai",
        "marked";
    DROP_ON_POSITION => "Letakkan di",
        "Drop on";
    DROP_ON_UNIT => "Unit: pilih jabatan",
        "Unit: choose a position";
    DROP_UNPLACE => "Lepas ke Belum ditempatkan",
        "Release to Unplaced";
    DROP_NOTHING => "Arahkan ke jabatan, unit atau Belum ditempatkan.",
        "Point at a position, a unit or Unplaced.";
    FIT_NOW => "JPM kini",
        "JPM now";
    FIT_THERE => "di sana",
        "there";
    AFTER_DROP => "Formasi sesudah",
        "Formasi after";
    OVER_AFTER => "lebih",
        "over";
    VACANT_AFTER => "masih lowong",
        "still vacant";
    PLANS_TITLE => "Rencana",
        "Plans";
    PLANS_EMPTY => "Belum ada rencana. Tekan n untuk membuat.",
        "No plans yet. Press n to create one.";
    PLAN_ACTIVE_MARK => "aktif",
        "active";
    PLAN_APPLIED_MARK => "diterapkan",
        "applied";
    MOVES => "perpindahan",
        "moves";
    PROMPT_NEW_PLAN => "Nama rencana baru (Enter buat, Esc batal)",
        "Name of the new plan (Enter create, Esc cancel)";
    PROMPT_RENAME => "Nama baru",
        "New name";
    PROMPT_DUPLICATE => "Nama salinan",
        "Name of the copy";
    PROMPT_REASON => "Alasan (boleh kosong, Enter lewati)",
        "Reason (may be empty, Enter skips)";
    PROMPT_REMARK => "Catatan keputusan (boleh kosong, Enter lewati)",
        "Decision remark (may be empty, Enter skips)";
    CONFIRM_KEYS => "y = ya, n/Esc = tidak",
        "y = yes, n/Esc = no";
    COMPARE_TITLE => "Perbandingan",
        "Comparison";
    COMPARE_MOVES => "Perpindahan",
        "Moves";
    COMPARE_UNITS => "Per unit (terisi/formasi, rerata JPM)",
        "Per unit (filled/formasi, mean JPM)";
    COMPARE_OVERALL => "Keseluruhan",
        "Overall";
    COMPARE_NONE => "Rencana ini belum berisi perpindahan.",
        "This plan has no moves yet.";
    PEOPLE_MOVED => "orang pindah",
        "people moved";
    IMPROVED => "JPM naik",
        "JPM up";
    WORSENED => "JPM turun",
        "JPM down";
    FILLED_VACANCIES => "lowongan terisi",
        "vacancies filled";
    OPENED_VACANCIES => "lowongan baru",
        "new vacancies";
    REVIEW_TITLE => "Rapat pembahasan",
        "Review meeting";
    REVIEW_EMPTY => "Rencana ini belum berisi perpindahan.",
        "This plan has no moves yet.";
    REVIEW_FROM => "Dari",
        "From";
    REVIEW_TO => "Ke",
        "To";
    REVIEW_REASON => "Alasan",
        "Reason";
    REVIEW_DECISION => "Keputusan",
        "Decision";
    REVIEW_UNDECIDED => "belum diputuskan",
        "undecided";
    TALLY => "Rekap",
        "Tally";
    CONFLICT => "Konflik",
        "Conflict";
}

/// The candidate list's column heads.
#[allow(non_snake_case)]
pub fn CANDIDATES_COLUMNS() -> [&'static str; 10] {
    match lang() {
        Lang::Id => [
            "#",
            "Nama",
            "K",
            "JPM",
            "kini",
            "gap",
            "Ki",
            "Po",
            "Gol.",
            "Jabatan kini (* jadi lowong)",
        ],
        Lang::En => [
            "#",
            "Name",
            "C",
            "JPM",
            "now",
            "gap",
            "Pf",
            "Po",
            "Gol.",
            "Current position (* becomes vacant)",
        ],
    }
}

/// The 9-box column heads, low to high potential.
#[allow(non_snake_case)]
pub fn POTENTIAL_HEADS() -> [&'static str; 3] {
    match lang() {
        Lang::Id => ["Potensi rendah", "Potensi menengah", "Potensi tinggi"],
        Lang::En => ["Low potential", "Medium potential", "High potential"],
    }
}

/// The 9-box row heads, high to low performance.
#[allow(non_snake_case)]
pub fn PERFORMANCE_ROWS() -> [&'static str; 3] {
    match lang() {
        Lang::Id => ["Di atas eksp.", "Sesuai eksp.", "Di bawah eksp."],
        Lang::En => ["Above exp.", "Meets exp.", "Below exp."],
    }
}

/// The workload table's column heads.
#[allow(non_snake_case)]
pub fn WORKLOAD_COLUMNS() -> [&'static str; 8] {
    match lang() {
        Lang::Id => [
            "Jabatan", "mnt/th", "Butuh", "Bulat", "Form", "Pmk", "EJ", "PJ",
        ],
        Lang::En => [
            "Position", "min/yr", "Need", "Round", "Form", "Hld", "EJ", "PJ",
        ],
    }
}

/// The retirement table's column heads.
#[allow(non_snake_case)]
pub fn RETIRE_UNIT_COLUMNS() -> [&'static str; 4] {
    match lang() {
        Lang::Id => ["Unit (lowong karena pensiun)", "1 th", "2 th", "5 th"],
        Lang::En => ["Unit (vacant by retirement)", "1 yr", "2 yr", "5 yr"],
    }
}

/// A count with the language's thousands separator (`1.000.000`, `1,000,000`).
pub fn count(n: u64) -> String {
    let sep = match lang() {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The status line of a start while the employees are read (keys wait meanwhile).
pub fn loading(employees: u64) -> String {
    let n = count(employees);
    match lang() {
        Lang::Id => format!("Memuat {n} pegawai... tombol yang ditekan dijalankan setelah selesai"),
        Lang::En => format!("Loading {n} employees... keys pressed now act once it is done"),
    }
}

/// The details pane of a start while the employees are read.
pub fn loading_details(unplaced: u32) -> String {
    let n = count(u64::from(unplaced));
    match lang() {
        Lang::Id => format!("Rincian tampil setelah data pegawai dimuat. Belum ditempatkan: {n}."),
        Lang::En => format!("Details show once the employees are loaded. Unplaced: {n}."),
    }
}

/// First start: the built-in demo was loaded into the empty database.
pub fn demo_loaded(organization: &str, employees: usize) -> String {
    match lang() {
        Lang::Id => format!(
            "Data contoh \"{organization}\" ({employees} pegawai) dimuat. Impor data sendiri: penata import FILE"
        ),
        Lang::En => format!(
            "Demo data \"{organization}\" ({employees} employees) loaded. Import your own: penata import FILE"
        ),
    }
}

/// How many feedback entries the unit and its sub-units hold, and how many weigh heavily.
pub fn feedback_count(all: usize, high: usize) -> String {
    match (lang(), high) {
        (Lang::Id, 0) => format!("{all} dari masyarakat"),
        (Lang::Id, _) => format!("{all} dari masyarakat, {high} tinggi"),
        (Lang::En, 0) => format!("{all} from the public"),
        (Lang::En, _) => format!("{all} from the public, {high} high"),
    }
}

/// A feedback severity as planners say it.
pub fn severity(s: crate::domain::Severity) -> &'static str {
    use crate::domain::Severity;
    match s {
        Severity::Low => pick("rendah", "low"),
        Severity::Medium => pick("sedang", "medium"),
        Severity::High => pick("tinggi", "high"),
    }
}

/// The key that picks a readiness in the dialog.
pub fn readiness_key(r: Option<Readiness>) -> &'static str {
    // Keys, not words: the key map binds the same letters in both languages.
    match r {
        Some(Readiness::Siap) => "s",
        Some(Readiness::Ragu) => "r",
        Some(Readiness::Menolak) => "m",
        None => "b",
    }
}

/// A readiness as planners say it.
pub fn readiness_label(r: Option<Readiness>) -> &'static str {
    match r {
        Some(Readiness::Siap) => READY(),
        Some(Readiness::Ragu) => HESITANT(),
        Some(Readiness::Menolak) => RESISTING(),
        None => READINESS_UNKNOWN(),
    }
}

/// After a readiness was stored.
pub fn readiness_saved(r: Option<Readiness>) -> String {
    match lang() {
        Lang::Id => format!("Kesiapan disimpan: {}.", readiness_label(r)),
        Lang::En => format!("Readiness saved: {}.", readiness_label(r)),
    }
}

/// A performance predicate in two letters (candidate lists): the SKP abbreviations in both
/// languages, as planners read them.
pub fn performance_short(p: Performance) -> &'static str {
    match p {
        Performance::SangatBaik => "SB",
        Performance::Baik => "B",
        Performance::ButuhPerbaikan => "BP",
        Performance::Kurang => "K",
        Performance::SangatKurang => "SK",
    }
}

/// A potential as the details say it (the 9-box columns read the same).
pub fn potential(p: Potential) -> &'static str {
    match lang() {
        Lang::Id => p.label(),
        Lang::En => match p {
            Potential::Tinggi => "High",
            Potential::Menengah => "Medium",
            Potential::Rendah => "Low",
        },
    }
}

/// A potential in one letter (candidate lists).
pub fn potential_short(p: Potential) -> &'static str {
    match p {
        Potential::Tinggi => pick("T", "H"),
        Potential::Menengah => "M",
        Potential::Rendah => pick("R", "L"),
    }
}

/// The candidate filters in force.
pub fn candidate_filters(f: &CandidateFilter) -> String {
    let mut on = Vec::new();
    if f.unplaced {
        on.push(pick("belum ditempatkan", "unplaced").to_string());
    }
    if f.over_formation {
        on.push(pick("dari jabatan lebih formasi", "from positions over formasi").to_string());
    }
    if f.subtree.is_some() {
        on.push(pick("unit yang sama", "same unit").to_string());
    }
    if let Some(r) = f.min_rank {
        on.push(format!("gol. >= {r}"));
    }
    if f.any_level {
        on.push(
            pick(
                "termasuk jabatan lebih tinggi",
                "including higher positions",
            )
            .to_string(),
        );
    }
    let on = if on.is_empty() {
        pick("semua", "all").to_string()
    } else {
        on.join(", ")
    };
    match lang() {
        Lang::Id => format!("Saring: {on}  (u o s a +/-)"),
        Lang::En => format!("Filter: {on}  (u o s a +/-)"),
    }
}

/// The head of the gaps view.
pub fn gaps_summary(people: u32, gaps: usize, needs: usize) -> String {
    match lang() {
        Lang::Id => format!(
            "{people} pegawai dinilai, {gaps} kekurangan pada {needs} kompetensi (Tab: per kompetensi / per orang)"
        ),
        Lang::En => format!(
            "{people} employees assessed, {gaps} gaps in {needs} competencies (Tab: by competency / by person)"
        ),
    }
}

/// The head of the workload view.
pub fn workload_summary(rows: usize, disagree: usize) -> String {
    match lang() {
        Lang::Id => format!(
            "{rows} jabatan berbeban kerja; {disagree} formasinya berbeda dari kebutuhan (Bulat)"
        ),
        Lang::En => format!(
            "{rows} positions with a workload; {disagree} with a formasi other than the need (Round)"
        ),
    }
}

/// The head of the retirement view.
pub fn retire_summary(horizons: &[u32; 3], totals: &[u32; 3], overdue: u32) -> String {
    let year = pick("th", "yr");
    let parts: Vec<String> = horizons
        .iter()
        .zip(totals)
        .map(|(y, n)| format!("{n} ({y} {year})"))
        .collect();
    match lang() {
        Lang::Id => format!(
            "Lowong karena pensiun: {}; sudah lewat BUP: {overdue}",
            parts.join(", ")
        ),
        Lang::En => format!(
            "Vacant by retirement: {}; already past BUP: {overdue}",
            parts.join(", ")
        ),
    }
}

/// The head of the dashboard's feedback block.
pub fn dashboard_feedback(all: usize, high: usize) -> String {
    match lang() {
        Lang::Id => format!("Masukan masyarakat: {all}, {high} tinggi (terbaru)"),
        Lang::En => format!("Public feedback: {all}, {high} high (latest)"),
    }
}

/// The dashboard's retirement line: who reaches BUP within 1, 2 and 5 years.
pub fn dashboard_retiring(n: &[u32; 3]) -> String {
    let [a, b, c] = n;
    match lang() {
        Lang::Id => format!("1 th {a}  2 th {b}  5 th {c}"),
        Lang::En => format!("1 yr {a}  2 yr {b}  5 yr {c}"),
    }
}

/// The dashboard's headline.
pub fn dashboard_headcount(filled: u32, formation: u32) -> String {
    match lang() {
        Lang::Id => format!("Terisi {filled} dari formasi {formation}"),
        Lang::En => format!("{filled} filled of formasi {formation}"),
    }
}

/// The name offered for a new plan.
pub fn default_plan_name(n: usize) -> String {
    match lang() {
        Lang::Id => format!("Rencana {n}"),
        Lang::En => format!("Plan {n}"),
    }
}

/// The name offered for a copy of a plan.
pub fn copy_name(from: &str) -> String {
    match lang() {
        Lang::Id => format!("{from} (salinan)"),
        Lang::En => format!("{from} (copy)"),
    }
}

/// A refusal from the store or the rules, as the status line shows it.
pub fn refused(why: &str) -> String {
    match lang() {
        Lang::Id => format!("Ditolak: {why}"),
        Lang::En => format!("Refused: {why}"),
    }
}

/// After skipping moves that no longer fit the baseline.
pub fn conflicts_skipped(n: usize) -> String {
    match lang() {
        Lang::Id => format!("{n} perpindahan bentrok dengan baseline dan tidak ditampilkan."),
        Lang::En => format!("{n} moves conflict with the baseline and are not shown."),
    }
}

/// Mouse capture switched.
pub fn mouse_toggled(on: bool) -> String {
    match (lang(), on) {
        (Lang::Id, true) => "Mouse aktif (M: matikan agar teks bisa dipilih).".into(),
        (Lang::Id, false) => "Mouse mati: teks bisa dipilih (M: aktifkan lagi).".into(),
        (Lang::En, true) => "Mouse on (M: turn off to select text).".into(),
        (Lang::En, false) => "Mouse off: text can be selected (M: turn on again).".into(),
    }
}

/// After the masking key (`key`, `N` by default).
pub fn mask_toggled(on: bool, key: &str) -> String {
    match (lang(), on) {
        (Lang::Id, true) => {
            format!("NIP, tanggal lahir dan catatan disamarkan di layar ({key}: tampilkan lagi).")
        }
        (Lang::Id, false) => {
            format!("NIP, tanggal lahir dan catatan tampil lagi ({key}: samarkan).")
        }
        (Lang::En, true) => {
            format!("NIPs, birth dates and notes are masked on screen ({key}: show again).")
        }
        (Lang::En, false) => format!("NIPs, birth dates and notes are shown again ({key}: mask)."),
    }
}

pub fn plan_created(name: &str) -> String {
    match lang() {
        Lang::Id => format!("Rencana \"{name}\" dibuat."),
        Lang::En => format!("Plan \"{name}\" created."),
    }
}

pub fn plan_deleted(name: &str) -> String {
    match lang() {
        Lang::Id => format!("Rencana \"{name}\" dihapus."),
        Lang::En => format!("Plan \"{name}\" deleted."),
    }
}

pub fn plan_active(name: &str) -> String {
    match lang() {
        Lang::Id => format!("Rencana aktif: {name}"),
        Lang::En => format!("Active plan: {name}"),
    }
}

pub fn plan_applied(name: &str) -> String {
    match lang() {
        Lang::Id => format!("Rencana \"{name}\" diterapkan ke baseline."),
        Lang::En => format!("Plan \"{name}\" applied to the baseline."),
    }
}

pub fn confirm_delete(name: &str) -> String {
    match lang() {
        Lang::Id => format!("Hapus rencana \"{name}\"?"),
        Lang::En => format!("Delete plan \"{name}\"?"),
    }
}

pub fn delete_detail(moves: usize) -> String {
    match lang() {
        Lang::Id => format!("{moves} perpindahan ikut terhapus; tidak bisa dibatalkan."),
        Lang::En => format!("{moves} moves are deleted with it; this cannot be undone."),
    }
}

pub fn confirm_apply(name: &str) -> String {
    match lang() {
        Lang::Id => format!("Terapkan rencana \"{name}\" ke baseline?"),
        Lang::En => format!("Apply plan \"{name}\" to the baseline?"),
    }
}

/// A seat's title, or "belum ditempatkan".
pub fn seat(org: &Organization, id: Option<&str>) -> String {
    match id {
        None => NOT_PLACED().to_string(),
        Some(id) => org
            .position_ix(id)
            .map_or_else(|| id.to_string(), |p| org.position(p).title.clone()),
    }
}

fn person(org: &Organization, m: &Move) -> String {
    org.employee_ix(&m.nip)
        .map_or_else(|| m.nip.grouped(), |e| org.employee(e).name.clone())
}

pub fn moved(org: &Organization, m: &Move) -> String {
    let (who, to) = (person(org, m), seat(org, m.to.as_deref()));
    match lang() {
        Lang::Id => format!("Dipindah: {who} -> {to}"),
        Lang::En => format!("Moved: {who} -> {to}"),
    }
}

pub fn undone(org: &Organization, m: &Move) -> String {
    let (who, from) = (person(org, m), seat(org, m.from.as_deref()));
    match lang() {
        Lang::Id => format!("Dibatalkan: {who} kembali ke {from}"),
        Lang::En => format!("Undone: {who} back to {from}"),
    }
}

pub fn redone(org: &Organization, m: &Move) -> String {
    let (who, to) = (person(org, m), seat(org, m.to.as_deref()));
    match lang() {
        Lang::Id => format!("Diulang: {who} -> {to}"),
        Lang::En => format!("Redone: {who} -> {to}"),
    }
}

/// What applying will do, one line each; every conflict is listed.
pub fn apply_lines(org: &Organization, plan: &Plan, app: &Application) -> Vec<String> {
    let (applied, all) = (app.applied.len(), plan.moves.len());
    let mut out = vec![match lang() {
        Lang::Id => format!("{applied} dari {all} perpindahan akan diterapkan."),
        Lang::En => format!("{applied} of {all} moves will be applied."),
    }];
    if !app.not_approved.is_empty() {
        let n = app.not_approved.len();
        out.push(match lang() {
            Lang::Id => format!("{n} perpindahan tidak disetujui rapat dan tidak diterapkan."),
            Lang::En => format!("{n} moves were not approved in review and are not applied."),
        });
    }
    if !app.conflicts.is_empty() {
        let n = app.conflicts.len();
        out.push(match lang() {
            Lang::Id => format!(
                "{n} perpindahan BENTROK dan TIDAK diterapkan (selesaikan atau hapus dulu):"
            ),
            Lang::En => {
                format!("{n} moves CONFLICT and are NOT applied (resolve or delete them first):")
            }
        });
        for c in &app.conflicts {
            let who = org
                .employee_ix(&c.nip)
                .map_or_else(|| c.nip.grouped(), |e| org.employee(e).name.clone());
            out.push(format!("  #{} {who}: {}", c.index + 1, conflict(c)));
        }
    }
    out
}

/// Why a move no longer fits the baseline (the domain words it in the process language).
pub fn conflict(c: &Conflict) -> String {
    c.to_string()
}

/// The word for a decision.
pub fn decision(d: Option<Decision>) -> &'static str {
    match d {
        Some(Decision::Setuju) => pick("SETUJU", "APPROVE"),
        Some(Decision::Tunda) => pick("TUNDA", "DEFER"),
        Some(Decision::Tolak) => pick("TOLAK", "REJECT"),
        None => REVIEW_UNDECIDED(),
    }
}

/// What an action does, as the help overlay says it.
pub fn action(a: Action) -> &'static str {
    match lang() {
        Lang::Id => action_id(a),
        Lang::En => action_en(a),
    }
}

/// The one-word hint the status bar shows next to a key.
pub fn hint(a: Action) -> &'static str {
    let word = match lang() {
        Lang::Id => hint_id(a),
        Lang::En => hint_en(a),
    };
    word.unwrap_or_else(|| action(a))
}

fn action_id(a: Action) -> &'static str {
    match a {
        Action::Up => "naik satu baris",
        Action::Down => "turun satu baris",
        Action::PageUp => "naik satu layar",
        Action::PageDown => "turun satu layar",
        Action::Home => "ke baris pertama",
        Action::End => "ke baris terakhir",
        Action::Expand => "buka (atau masuk ke isi)",
        Action::Collapse => "tutup (atau ke induk)",
        Action::ToParent => "ke induk",
        Action::ExpandSubtree => "buka seluruh cabang",
        Action::CollapseSubtree => "tutup seluruh cabang",
        Action::ToggleDetails => "rincian layar penuh / kembali",
        Action::DetailsUp => "gulir rincian ke atas",
        Action::DetailsDown => "gulir rincian ke bawah",
        Action::OpenSearch => "cari pegawai, NIP, unit, jabatan",
        Action::SearchInput(_) => "ketik kata kunci",
        Action::SearchBackspace => "hapus satu huruf",
        Action::SearchClear => "kosongkan kata kunci",
        Action::SearchUp => "hasil sebelumnya",
        Action::SearchDown => "hasil berikutnya",
        Action::SearchAccept => "lompat ke hasil",
        Action::SearchCancel => "batal, kembali ke posisi semula",
        Action::Help => "bantuan (daftar tombol)",
        Action::CloseHelp => "tutup bantuan",
        Action::HelpUp => "gulir ke atas",
        Action::HelpDown => "gulir ke bawah",
        Action::Quit => "keluar",
        Action::Resize(..) => "ubah ukuran",
        Action::DismissToast => "tutup pesan",
        Action::ToggleMark => "tandai / lepas tanda pegawai",
        Action::PickUp => "angkat yang bertanda (atau yang dipilih)",
        Action::Drop => "letakkan di baris ini (lalu alasan)",
        Action::CancelCarry => "batal, kembalikan semua",
        Action::Undo => "batalkan perpindahan terakhir rencana",
        Action::Redo => "ulangi perpindahan yang dibatalkan",
        Action::ToggleMouse => "mouse aktif/mati (mati: teks bisa dipilih)",
        Action::Mouse(..) => "mouse",
        Action::OpenPlans => "daftar rencana",
        Action::Close => "tutup, kembali",
        Action::PlanSwitch => "jadikan rencana aktif",
        Action::PlanBaseline => "kembali ke baseline (tanpa rencana)",
        Action::PlanNew => "rencana baru",
        Action::PlanRename => "ganti nama rencana",
        Action::PlanDuplicate => "salin rencana",
        Action::PlanDelete => "hapus rencana (dengan konfirmasi)",
        Action::PlanCompare => "bandingkan dengan baseline",
        Action::PlanReview => "rapat pembahasan (satu per satu)",
        Action::PlanApply => "terapkan ke baseline (dengan konfirmasi)",
        Action::PromptAccept => "simpan",
        Action::ConfirmYes => "ya, lakukan",
        Action::ConfirmNo => "tidak, kembali",
        Action::Decide(Decision::Setuju) => "setuju",
        Action::Decide(Decision::Tunda) => "tunda",
        Action::Decide(Decision::Tolak) => "tolak",
        Action::ToggleMask => "samarkan / tampilkan data pribadi",
        Action::OpenCandidates => "kandidat terbaik untuk jabatan ini",
        Action::OpenGaps => "kesenjangan kompetensi & kebutuhan diklat",
        Action::OpenNineBox => "9-box talenta unit ini",
        Action::OpenWorkload => "formasi menurut beban kerja",
        Action::OpenRetirements => "proyeksi pensiun 1/2/5 tahun",
        Action::OpenDashboard => "dasbor unit",
        Action::Choose => "pilih (kandidat: bawa untuk dipindah ke sini)",
        Action::Left => "ke kiri",
        Action::Right => "ke kanan",
        Action::SwitchList => "ganti daftar",
        Action::ToggleFilter(CandidateToggle::Unplaced) => "saring: hanya yang belum ditempatkan",
        Action::ToggleFilter(CandidateToggle::OverFormation) => {
            "saring: hanya dari jabatan lebih formasi"
        }
        Action::ToggleFilter(CandidateToggle::SameUnit) => "saring: hanya unit yang sama",
        Action::ToggleFilter(CandidateToggle::AnyLevel) => "sertakan pemangku jabatan lebih tinggi",
        Action::MinRank(true) => "naikkan golongan minimum",
        Action::MinRank(false) => "turunkan golongan minimum",
        Action::OpenReadiness => "isi kesiapan (siap/ragu/menolak)",
        Action::SetReadiness(Some(Readiness::Siap)) => "siap",
        Action::SetReadiness(Some(Readiness::Ragu)) => "ragu",
        Action::SetReadiness(Some(Readiness::Menolak)) => "menolak",
        Action::SetReadiness(None) => "belum dinilai",
        Action::OpenNote => "tulis catatan",
        Action::Edit(_) => "ketik",
        Action::SaveNote => "simpan catatan",
    }
}

fn action_en(a: Action) -> &'static str {
    match a {
        Action::Up => "up one row",
        Action::Down => "down one row",
        Action::PageUp => "up one screen",
        Action::PageDown => "down one screen",
        Action::Home => "to the first row",
        Action::End => "to the last row",
        Action::Expand => "open (or step inside)",
        Action::Collapse => "close (or to the parent)",
        Action::ToParent => "to the parent",
        Action::ExpandSubtree => "open the whole branch",
        Action::CollapseSubtree => "close the whole branch",
        Action::ToggleDetails => "full-screen details / back",
        Action::DetailsUp => "scroll details up",
        Action::DetailsDown => "scroll details down",
        Action::OpenSearch => "search employee, NIP, unit, position",
        Action::SearchInput(_) => "type the query",
        Action::SearchBackspace => "delete one character",
        Action::SearchClear => "clear the query",
        Action::SearchUp => "previous hit",
        Action::SearchDown => "next hit",
        Action::SearchAccept => "jump to the hit",
        Action::SearchCancel => "cancel, back to where you were",
        Action::Help => "help (list of keys)",
        Action::CloseHelp => "close help",
        Action::HelpUp => "scroll up",
        Action::HelpDown => "scroll down",
        Action::Quit => "quit",
        Action::Resize(..) => "resize",
        Action::DismissToast => "close the message",
        Action::ToggleMark => "mark / unmark employee",
        Action::PickUp => "pick up the marked (or the selected)",
        Action::Drop => "drop on this row (then a reason)",
        Action::CancelCarry => "cancel, put everything back",
        Action::Undo => "undo the plan's last move",
        Action::Redo => "redo the undone move",
        Action::ToggleMouse => "mouse on/off (off: text can be selected)",
        Action::Mouse(..) => "mouse",
        Action::OpenPlans => "plan list",
        Action::Close => "close, back",
        Action::PlanSwitch => "make the active plan",
        Action::PlanBaseline => "back to the baseline (no plan)",
        Action::PlanNew => "new plan",
        Action::PlanRename => "rename plan",
        Action::PlanDuplicate => "copy plan",
        Action::PlanDelete => "delete plan (asks first)",
        Action::PlanCompare => "compare with the baseline",
        Action::PlanReview => "review meeting (one by one)",
        Action::PlanApply => "apply to the baseline (asks first)",
        Action::PromptAccept => "save",
        Action::ConfirmYes => "yes, do it",
        Action::ConfirmNo => "no, go back",
        Action::Decide(Decision::Setuju) => "approve",
        Action::Decide(Decision::Tunda) => "defer",
        Action::Decide(Decision::Tolak) => "reject",
        Action::ToggleMask => "mask / show personal data",
        Action::OpenCandidates => "best candidates for this position",
        Action::OpenGaps => "competency gaps & training needs",
        Action::OpenNineBox => "talent 9-box of this unit",
        Action::OpenWorkload => "formasi by workload",
        Action::OpenRetirements => "retirement projection 1/2/5 years",
        Action::OpenDashboard => "unit dashboard",
        Action::Choose => "choose (candidate: carry to move here)",
        Action::Left => "left",
        Action::Right => "right",
        Action::SwitchList => "switch list",
        Action::ToggleFilter(CandidateToggle::Unplaced) => "filter: only the unplaced",
        Action::ToggleFilter(CandidateToggle::OverFormation) => {
            "filter: only from positions over formasi"
        }
        Action::ToggleFilter(CandidateToggle::SameUnit) => "filter: only the same unit",
        Action::ToggleFilter(CandidateToggle::AnyLevel) => "include holders of higher positions",
        Action::MinRank(true) => "raise the minimum golongan",
        Action::MinRank(false) => "lower the minimum golongan",
        Action::OpenReadiness => "set readiness (ready/hesitant/refusing)",
        Action::SetReadiness(Some(Readiness::Siap)) => "ready",
        Action::SetReadiness(Some(Readiness::Ragu)) => "hesitant",
        Action::SetReadiness(Some(Readiness::Menolak)) => "refusing",
        Action::SetReadiness(None) => "not assessed",
        Action::OpenNote => "write a note",
        Action::Edit(_) => "type",
        Action::SaveNote => "save the note",
    }
}

fn hint_id(a: Action) -> Option<&'static str> {
    match a {
        Action::Up => Some("naik"),
        Action::Down => Some("turun"),
        Action::Expand => Some("buka"),
        Action::Collapse => Some("tutup"),
        Action::OpenSearch => Some("cari"),
        Action::ToggleDetails => Some("rincian"),
        Action::Help => Some("bantuan"),
        Action::Quit => Some("keluar"),
        Action::SearchAccept => Some("lompat"),
        Action::SearchCancel => Some("batal"),
        Action::SearchUp => Some("naik"),
        Action::SearchDown => Some("turun"),
        Action::CloseHelp => Some("tutup"),
        Action::HelpUp => Some("naik"),
        Action::HelpDown => Some("turun"),
        Action::PickUp => Some("pindah"),
        Action::Drop => Some("letakkan"),
        Action::CancelCarry => Some("batal"),
        Action::OpenPlans => Some("rencana"),
        Action::Close => Some("tutup"),
        Action::PlanSwitch => Some("aktifkan"),
        Action::PlanNew => Some("baru"),
        Action::PlanCompare => Some("bandingkan"),
        Action::PlanReview => Some("rapat"),
        Action::PromptAccept => Some("simpan"),
        Action::ConfirmYes => Some("ya"),
        Action::ConfirmNo => Some("tidak"),
        Action::ToggleMask => Some("samarkan"),
        Action::OpenCandidates => Some("kandidat"),
        Action::Choose => Some("pilih"),
        Action::SaveNote => Some("simpan"),
        _ => None,
    }
}

fn hint_en(a: Action) -> Option<&'static str> {
    match a {
        Action::Up => Some("up"),
        Action::Down => Some("down"),
        Action::Expand => Some("open"),
        Action::Collapse => Some("close"),
        Action::OpenSearch => Some("search"),
        Action::ToggleDetails => Some("details"),
        Action::Help => Some("help"),
        Action::Quit => Some("quit"),
        Action::SearchAccept => Some("jump"),
        Action::SearchCancel => Some("cancel"),
        Action::SearchUp => Some("up"),
        Action::SearchDown => Some("down"),
        Action::CloseHelp => Some("close"),
        Action::HelpUp => Some("up"),
        Action::HelpDown => Some("down"),
        Action::PickUp => Some("move"),
        Action::Drop => Some("drop"),
        Action::CancelCarry => Some("cancel"),
        Action::OpenPlans => Some("plans"),
        Action::Close => Some("close"),
        Action::PlanSwitch => Some("activate"),
        Action::PlanNew => Some("new"),
        Action::PlanCompare => Some("compare"),
        Action::PlanReview => Some("review"),
        Action::PromptAccept => Some("save"),
        Action::ConfirmYes => Some("yes"),
        Action::ConfirmNo => Some("no"),
        Action::ToggleMask => Some("mask"),
        Action::OpenCandidates => Some("candidates"),
        Action::Choose => Some("choose"),
        Action::SaveNote => Some("save"),
        _ => None,
    }
}

/// The 9-box advice for box `b` (1-9) as PermenPANRB 3/2020 words it; in English, a translation.
pub fn ninebox_advice(b: u8) -> String {
    crate::domain::ninebox::advice_in(crate::lang::lang(), b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts that are the same in both languages, on purpose: the app's name, domain terms
    /// (Indonesian ones and "baseline", the word both languages use), and marks.
    const SAME_IN_BOTH: &[&str] = &[
        "APP",
        "BASELINE",
        "UNIT",
        "FORMATION",
        "STANDARD",
        "NIP",
        "RANK",
        "UNIT_PATH",
        "FIT",
        "GAP",
        "HIT_UNIT",
        "DASHBOARD_NINEBOX",
        "UNKNOWN",
        "SEARCH_PROMPT",
        "OPENS_VACANCY_MARK",
    ];

    #[test]
    fn every_text_exists_in_both_languages() {
        assert!(ALL.len() > 150, "the table lost entries: {}", ALL.len());
        assert_eq!(crate::lang::check_table(ALL, SAME_IN_BOTH), Ok(()));
    }

    #[test]
    fn detail_labels_fit_their_column() {
        // Details draw labels in a column of 11 with one blank after the label.
        for name in [
            "UNIT",
            "FORMATION",
            "AVG_FIT",
            "READINESS",
            "POSITIONS",
            "SUB_UNITS",
            "PEOPLE",
            "PARENT_UNIT",
            "FEEDBACK",
            "POSITION_TYPE",
            "HOLDERS",
            "NEED",
            "NIP",
            "RANK",
            "SEAT",
            "UNIT_PATH",
            "FIT",
            "PERFORMANCE",
            "POTENTIAL",
            "NOTES",
        ] {
            let (_, id, en) = ALL.iter().find(|(n, _, _)| *n == name).unwrap();
            assert!(id.chars().count() <= 10, "{name}: {id}");
            assert!(en.chars().count() <= 10, "{name}: {en}");
        }
    }

    #[test]
    fn no_text_is_left_in_one_language() {
        // A `pub const NAME: &str` would be a text outside the bilingual table.
        let source = include_str!("text.rs");
        let monolingual: Vec<&str> = source
            .lines()
            .map(str::trim_start)
            .filter(|l| l.starts_with("pub const ") || l.starts_with("pub static "))
            .filter(|l| l.contains(": &str") || l.contains(": [&str"))
            .collect();
        assert!(
            monolingual.is_empty(),
            "texts in one language only; add them to `texts!` with both languages: {monolingual:?}"
        );
    }

    #[test]
    fn conflicts_are_worded_for_the_screen() {
        use crate::domain::plan_ops::ConflictKind;
        let c = |kind| Conflict {
            index: 2,
            nip: crate::domain::Nip::parse("198503122010012003").unwrap(),
            kind,
        };
        let gone = conflict(&c(ConflictKind::SeatGone("a.x".into())));
        assert!(gone.starts_with("perpindahan 3 ("), "{gone}");
        assert!(gone.contains("jabatan a.x sudah tidak ada"), "{gone}");
        let changed = conflict(&c(ConflictKind::SeatChanged {
            expected: Some("a.x".into()),
            actual: None,
        }));
        assert!(
            changed.contains("kini belum ditempatkan, bukan a.x"),
            "{changed}"
        );
    }

    #[test]
    fn the_language_defaults_to_indonesian() {
        // Unit tests never set the language: the screen speaks Bahasa Indonesia.
        assert_eq!(lang(), Lang::Id);
        assert_eq!(TOO_SMALL(), "Terminal terlalu kecil");
    }
}
