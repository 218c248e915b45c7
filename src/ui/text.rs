//! Every word the screen shows, in the planners' language (Bahasa Indonesia).
//!
//! Keep all UI strings here: a second language (issue 7) becomes a second table.

use crate::app::{Action, CandidateToggle};
use crate::domain::Organization;
use crate::domain::candidates::CandidateFilter;
use crate::domain::plan::{Decision, Move, Plan};
use crate::domain::plan_ops::Application;
use crate::domain::{Performance, Potential, Readiness};

pub const APP: &str = "penata";
pub const PLAN: &str = "Rencana";
pub const BASELINE: &str = "baseline";
/// Header tag of read-only presenting (`--read-only`).
pub const READ_ONLY: &str = "HANYA BACA";
/// Header tag while personal data is masked on screen.
pub const MASKED: &str = "NIP disamarkan";
/// Said when a change is refused in read-only presenting.
pub const READ_ONLY_REFUSED: &str =
    "Hanya baca: tidak ada yang diubah (buka tanpa --read-only untuk mengubah)";
/// What a masked note or birth date shows instead.
pub const HIDDEN: &str = "(disamarkan)";
pub const UNPLACED: &str = "Belum ditempatkan";

/// First start: the built-in demo was loaded into the empty database.
pub fn demo_loaded(organization: &str, employees: usize) -> String {
    format!(
        "Data contoh \"{organization}\" ({employees} pegawai) dimuat. Impor data sendiri: penata import FILE"
    )
}
pub const TOO_SMALL: &str = "Terminal terlalu kecil";
pub const TOO_SMALL_NEED: &str = "perlu minimal";
pub const DETAILS: &str = "Rincian";
pub const EMPTY_ORG: &str = "Organisasi kosong: impor data dengan `penata import`.";
pub const NOTHING_SELECTED: &str = "Tidak ada yang dipilih.";
pub const MORE_BELOW: &str = "J/K gulir";
pub const MORE_HELP: &str = "j/k gulir";

// Unit details.
pub const UNIT: &str = "Unit";
pub const FORMATION: &str = "Formasi";
pub const FILLED: &str = "Terisi";
pub const VACANT: &str = "Lowong";
pub const OVER: &str = "Lebih";
pub const AVG_FIT: &str = "Rerata JPM";
pub const READINESS: &str = "Kesiapan";
pub const POSITIONS: &str = "Jabatan";
pub const SUB_UNITS: &str = "Sub-unit";
pub const PEOPLE: &str = "Pegawai";
pub const PARENT_UNIT: &str = "Induk";
/// Voices from the public about the unit's service (aduan / masukan masyarakat).
pub const FEEDBACK: &str = "Masukan";

/// How many feedback entries the unit and its sub-units hold, and how many weigh heavily.
pub fn feedback_count(all: usize, high: usize) -> String {
    if high == 0 {
        format!("{all} dari masyarakat")
    } else {
        format!("{all} dari masyarakat, {high} tinggi")
    }
}

/// A feedback severity as planners say it.
pub fn severity(s: crate::domain::Severity) -> &'static str {
    use crate::domain::Severity;
    match s {
        Severity::Low => "rendah",
        Severity::Medium => "sedang",
        Severity::High => "tinggi",
    }
}

// Position details.
pub const POSITION_TYPE: &str = "Jenis";
pub const HOLDERS: &str = "Pemangku";
pub const NO_HOLDERS: &str = "Belum ada pemangku.";
pub const COMPETENCY: &str = "Kompetensi";
pub const STANDARD: &str = "Std";
pub const DEFAULT_STANDARD: &str = "standar bawaan jenis jabatan";
pub const NO_REQUIREMENTS: &str = "Jabatan ini tidak mensyaratkan kompetensi.";
pub const NEED: &str = "Kebutuhan";
pub const NEED_UNIT: &str = "orang menurut ABK";

// Employee details.
pub const NIP: &str = "NIP";
pub const RANK: &str = "Golongan";
pub const SEAT: &str = "Jabatan";
pub const UNIT_PATH: &str = "Unit";
pub const FIT: &str = "JPM";
pub const PERFORMANCE: &str = "Kinerja";
pub const POTENTIAL: &str = "Potensi";
pub const NOTES: &str = "Catatan";
pub const LEVEL: &str = "Nilai";
pub const GAP: &str = "Gap";
pub const NOT_ASSESSED: &str = "belum dinilai";
pub const NOT_PLACED: &str = "belum ditempatkan";
pub const NO_FIT: &str = "tidak ada standar";
/// No required competency of the seat was assessed yet: no JPM to show.
pub const FIT_NOT_ASSESSED: &str = "belum dinilai (kompetensi yang disyaratkan belum diuji)";
pub const NO_NOTES: &str = "Belum ada catatan.";
pub const UNKNOWN: &str = "-";
pub const INCOMPLETE_FIT: &str = "ada kompetensi belum dinilai (dihitung 0)";

// Readiness.
pub const READY: &str = "Siap";
pub const HESITANT: &str = "Ragu";
pub const RESISTING: &str = "Menolak";
pub const READINESS_UNKNOWN: &str = "Belum dinilai";

// Search.
pub const SEARCH_TITLE: &str = "Cari pegawai, NIP, unit, jabatan";
pub const SEARCH_PROMPT: &str = "/";
pub const SEARCH_EMPTY: &str = "Ketik nama, NIP, unit atau jabatan.";
pub const SEARCH_NONE: &str = "Tidak ditemukan.";
pub const SEARCH_UNAVAILABLE: &str = "Pencarian belum tersedia.";
pub const HIT_EMPLOYEE: &str = "Pegawai";
pub const HIT_UNIT: &str = "Unit";
pub const HIT_POSITION: &str = "Jabatan";
pub const HITS: &str = "hasil";

// Help.
pub const HELP_TITLE: &str = "Bantuan: tombol";
pub const HELP_TYPE_TO_SEARCH: &str = "huruf, angka: ketik kata kunci";
pub const HELP_BROWSE: &str = "Menjelajah struktur";
pub const HELP_SEARCH: &str = "Mencari";
pub const HELP_HELP: &str = "Bantuan";
pub const HELP_GLOBAL: &str = "Di mana saja";
pub const HELP_LEGEND: &str = "Tanda";
pub const LEGEND_HEADCOUNT: &str = "7/9 -2   terisi/formasi, kurang 2;  9/8 +1  lebih 1";
pub const LEGEND_FIT: &str = "JPM (Job Person Match) dan kategori:";
pub const LEGEND_FIT_INCOMPLETE: &str = "*        ada kompetensi belum dinilai (dihitung 0)";
pub const LEGEND_MARK: &str = "{mark}        ditandai (Spasi) atau sedang dibawa untuk dipindah";
pub const LEGEND_FROM: &str = "{from} Jabatan asal pegawai yang dipindah dalam rencana aktif";
pub const LEGEND_READINESS: &str =
    "Kesiapan: {ready} siap  {hesitant} ragu  {resisting} menolak  {unknown} belum dinilai";

// Modes, for the status bar.
pub const MODE_BROWSE: &str = "JELAJAH";
pub const MODE_SEARCH: &str = "CARI";
pub const MODE_HELP: &str = "BANTUAN";
pub const MODE_CARRYING: &str = "PINDAH";
pub const MODE_PLANS: &str = "RENCANA";
pub const MODE_PROMPT: &str = "ISI";
pub const MODE_CONFIRM: &str = "KONFIRMASI";
pub const MODE_COMPARE: &str = "BANDINGKAN";
pub const MODE_REVIEW: &str = "RAPAT";
pub const MODE_TALENT: &str = "TALENTA";
pub const MODE_READINESS: &str = "KESIAPAN";
pub const MODE_NOTE: &str = "CATATAN";

pub const HELP_CARRYING: &str = "Memindahkan pegawai";
pub const HELP_PLANS: &str = "Daftar rencana";
pub const HELP_PROMPT: &str = "Mengisi satu baris";
pub const HELP_CONFIRM: &str = "Konfirmasi";
pub const HELP_COMPARE: &str = "Perbandingan dengan baseline";
pub const HELP_REVIEW: &str = "Rapat pembahasan";
pub const HELP_TALENT: &str =
    "Tampilan talenta (kandidat, kesenjangan, 9-box, beban kerja, pensiun, dasbor)";
pub const HELP_READINESS: &str = "Mengisi kesiapan pegawai";
pub const HELP_NOTE: &str =
    "Menulis catatan (Enter baris baru; panah, Home/End, Ctrl-Z batal ketik)";

// Talent views.
pub const CANDIDATES_TITLE: &str = "Kandidat";
pub const GAPS_TITLE: &str = "Kesenjangan kompetensi & kebutuhan diklat";
pub const NINEBOX_TITLE: &str = "9-box talenta";
pub const WORKLOAD_TITLE: &str = "Formasi menurut beban kerja";
pub const RETIRE_TITLE: &str = "Proyeksi pensiun (BUP)";
pub const DASHBOARD_TITLE: &str = "Dasbor";
pub const CANDIDATES_ON_POSITION: &str = "Pilih jabatan (atau pemangkunya) untuk melihat kandidat.";
pub const CANDIDATES_NO_STANDARD: &str =
    "Standar kompetensi jabatan ini kosong: tidak ada dasar untuk memeringkat kandidat.";
pub const CANDIDATES_NONE: &str =
    "Tidak ada kandidat dengan saringan ini (yang belum pernah dinilai tidak diperingkat).";
pub const CANDIDATES_COLUMNS: [&str; 10] = [
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
];
pub const OPENS_VACANCY_MARK: &str = " *";
pub const OPENS_VACANCY: &str = "diambil: jabatan itu jadi lowong";
pub const SEAT_NOW: &str = "Jabatan kini";
pub const GAPS_WORD: &str = "Kurang";
pub const NO_GAPS: &str = "Memenuhi semua standar kompetensi jabatan ini.";
pub const GAPS_NEEDS_HEAD: &str =
    "Kompetensi                                Orang Total gap  Maks Blm dinilai";
pub const GAPS_PEOPLE_HEAD: &str =
    "Nama                       Jabatan                    Kompetensi Lvl  Kurang";
pub const GAPS_NONE: &str = "Tidak ada kesenjangan: semua memenuhi standar jabatannya.";
pub const BOX: &str = "Kotak";
pub const UNRATED: &str = "Belum dinilai";
pub const PEOPLE_SHORT: &str = "org";
pub const TOTAL: &str = "Jumlah";
pub const NINEBOX_AXES: &str = "Kinerja (SKP) x potensi, PermenPANRB 3/2020";
pub const NINEBOX_KEYS: &str = "panah pindah kotak, Enter lihat orangnya";
pub const NINEBOX_MEMBERS_HEAD: &str =
    "Nama                         K   JPM Kinerja         Jabatan";
pub const POTENTIAL_HEADS: [&str; 3] = ["Potensi rendah", "Potensi menengah", "Potensi tinggi"];
pub const PERFORMANCE_ROWS: [&str; 3] = ["Di atas eksp.", "Sesuai eksp.", "Di bawah eksp."];
pub const WORKLOAD_RULE: &str =
    "Kebutuhan = jumlah (volume x menit) / 75.000 menit efektif setahun (PermenPANRB 1/2020)";
pub const WORKLOAD_COLUMNS: [&str; 8] = [
    "Jabatan", "mnt/th", "Butuh", "Bulat", "Form", "Pmk", "EJ", "PJ",
];
pub const WORKLOAD_GRADES: &str =
    "EJ = menit / (pemangku x 75.000); PJ: A >1,00 B 0,90-1,00 C 0,70-0,89 D 0,50-0,69 E <0,50";
pub const WORKLOAD_NONE: &str = "Belum ada jabatan dengan uraian beban kerja di unit ini.";
pub const RETIRE_UNIT_COLUMNS: [&str; 4] = ["Unit (lowong karena pensiun)", "1 th", "2 th", "5 th"];
pub const RETIRE_PEOPLE_HEAD: &str = "Tgl pensiun BUP Nama                         Jabatan";
pub const RETIRE_NONE: &str = "Tidak ada yang mencapai BUP dalam 5 tahun.";
pub const DASHBOARD_BARS: &str = "Formasi vs terisi per sub-unit";
pub const DASHBOARD_OWN: &str = "(jabatan unit ini)";
pub const DASHBOARD_NO_CHILDREN: &str = "Unit ini tidak punya sub-unit.";
pub const DASHBOARD_FIT: &str = "Kesesuaian (JPM)";
pub const DASHBOARD_READINESS: &str = "Kesiapan";
pub const DASHBOARD_NINEBOX: &str = "9-box";
pub const DASHBOARD_RETIRING: &str = "Pensiun (kumulatif)";

// Readiness and notes.
pub const ANNOTATE_PEOPLE_ONLY: &str = "Pilih seorang pegawai dulu.";
pub const READINESS_TITLE: &str = "Kesiapan";
pub const READINESS_KEYS: &str = "huruf atau Enter memilih, Esc batal";
pub const READINESS_UNCHANGED: &str = "Kesiapan tidak berubah.";
pub const NOTE_TITLE: &str = "Catatan untuk";
pub const NOTE_PLACEHOLDER: &str = "Tulis catatan (boleh beberapa baris)...";
pub const NOTE_KEYS: &str = "Ctrl-S simpan, Esc batal, Enter baris baru";
pub const NOTE_EMPTY: &str = "Catatan masih kosong.";
pub const NOTE_TOO_LONG: &str = "Catatan terlalu panjang (paling banyak 2000 huruf).";
pub const NOTE_DISCARDED: &str = "Catatan dibatalkan, tidak disimpan.";
pub const NOTE_SAVED: &str = "Catatan disimpan.";
pub const ANNOTATE_FAILED: &str = "Tidak tersimpan";

// Plans and moves.
pub const MARK_PEOPLE_ONLY: &str = "Hanya pegawai yang bisa ditandai.";
pub const PICK_PEOPLE_FIRST: &str = "Pilih pegawai (atau tandai dengan Spasi) dulu.";
pub const NO_ACTIVE_PLAN: &str = "Belum ada rencana aktif: tekan P lalu n untuk membuat.";
pub const CARRY_CANCELLED: &str = "Dikembalikan, tidak ada yang dipindah.";
pub const DROP_NOWHERE: &str = "Letakkan di jabatan, unit, atau Belum ditempatkan.";
pub const UNIT_WITHOUT_POSITIONS: &str = "Unit ini tidak punya jabatan.";
pub const CHOOSE_POSITION: &str = "Pilih jabatan, lalu Enter.";
pub const NOTHING_TO_UNDO: &str = "Tidak ada yang bisa dibatalkan.";
pub const NOTHING_TO_REDO: &str = "Tidak ada yang bisa diulang.";
pub const PLAN_GONE: &str = "Rencana itu sudah tidak ada.";
pub const ON_BASELINE: &str = "Menampilkan baseline (tanpa rencana).";
pub const ALREADY_APPLIED: &str = "Rencana ini sudah diterapkan.";
pub const CARRYING: &str = "Membawa";
pub const MARKED: &str = "ditandai";
pub const DROP_ON_POSITION: &str = "Letakkan di";
pub const DROP_ON_UNIT: &str = "Unit: pilih jabatan";
pub const DROP_UNPLACE: &str = "Lepas ke Belum ditempatkan";
pub const DROP_NOTHING: &str = "Arahkan ke jabatan, unit atau Belum ditempatkan.";
pub const FIT_NOW: &str = "JPM kini";
pub const FIT_THERE: &str = "di sana";
pub const AFTER_DROP: &str = "Formasi sesudah";
pub const OVER_AFTER: &str = "lebih";
pub const VACANT_AFTER: &str = "masih lowong";
pub const PLANS_TITLE: &str = "Rencana";
pub const PLANS_EMPTY: &str = "Belum ada rencana. Tekan n untuk membuat.";
pub const PLAN_ACTIVE_MARK: &str = "aktif";
pub const PLAN_APPLIED_MARK: &str = "diterapkan";
pub const MOVES: &str = "perpindahan";
pub const PROMPT_NEW_PLAN: &str = "Nama rencana baru (Enter buat, Esc batal)";
pub const PROMPT_RENAME: &str = "Nama baru";
pub const PROMPT_DUPLICATE: &str = "Nama salinan";
pub const PROMPT_REASON: &str = "Alasan (boleh kosong, Enter lewati)";
pub const PROMPT_REMARK: &str = "Catatan keputusan (boleh kosong, Enter lewati)";
pub const CONFIRM_KEYS: &str = "y = ya, n/Esc = tidak";
pub const COMPARE_TITLE: &str = "Perbandingan";
pub const COMPARE_MOVES: &str = "Perpindahan";
pub const COMPARE_UNITS: &str = "Per unit (terisi/formasi, rerata JPM)";
pub const COMPARE_OVERALL: &str = "Keseluruhan";
pub const COMPARE_NONE: &str = "Rencana ini belum berisi perpindahan.";
pub const PEOPLE_MOVED: &str = "orang pindah";
pub const IMPROVED: &str = "JPM naik";
pub const WORSENED: &str = "JPM turun";
pub const FILLED_VACANCIES: &str = "lowongan terisi";
pub const OPENED_VACANCIES: &str = "lowongan baru";
pub const REVIEW_TITLE: &str = "Rapat pembahasan";
pub const REVIEW_EMPTY: &str = "Rencana ini belum berisi perpindahan.";
pub const REVIEW_FROM: &str = "Dari";
pub const REVIEW_TO: &str = "Ke";
pub const REVIEW_REASON: &str = "Alasan";
pub const REVIEW_DECISION: &str = "Keputusan";
pub const REVIEW_UNDECIDED: &str = "belum diputuskan";
pub const TALLY: &str = "Rekap";
pub const CONFLICT: &str = "Konflik";

/// The key that picks a readiness in the dialog.
pub fn readiness_key(r: Option<Readiness>) -> &'static str {
    match r {
        Some(Readiness::Siap) => "s",
        Some(Readiness::Ragu) => "r",
        Some(Readiness::Menolak) => "m",
        None => "b",
    }
}

/// A readiness as planners say it.
pub fn readiness_label(r: Option<Readiness>) -> &'static str {
    r.map_or("Belum dinilai", Readiness::label)
}

/// After a readiness was stored.
pub fn readiness_saved(r: Option<Readiness>) -> String {
    format!("Kesiapan disimpan: {}.", readiness_label(r))
}

/// A performance predicate in two letters (candidate lists).
pub fn performance_short(p: Performance) -> &'static str {
    match p {
        Performance::SangatBaik => "SB",
        Performance::Baik => "B",
        Performance::ButuhPerbaikan => "BP",
        Performance::Kurang => "K",
        Performance::SangatKurang => "SK",
    }
}

/// A potential in one letter (candidate lists).
pub fn potential_short(p: Potential) -> &'static str {
    match p {
        Potential::Tinggi => "T",
        Potential::Menengah => "M",
        Potential::Rendah => "R",
    }
}

/// The candidate filters in force.
pub fn candidate_filters(f: &CandidateFilter) -> String {
    let mut on = Vec::new();
    if f.unplaced {
        on.push("belum ditempatkan".to_string());
    }
    if f.over_formation {
        on.push("dari jabatan lebih formasi".to_string());
    }
    if f.subtree.is_some() {
        on.push("unit yang sama".to_string());
    }
    if let Some(r) = f.min_rank {
        on.push(format!("gol. >= {r}"));
    }
    if f.any_level {
        on.push("termasuk jabatan lebih tinggi".to_string());
    }
    let on = if on.is_empty() {
        "semua".to_string()
    } else {
        on.join(", ")
    };
    format!("Saring: {on}  (u o s a +/-)")
}

/// The head of the gaps view.
pub fn gaps_summary(people: u32, gaps: usize, needs: usize) -> String {
    format!(
        "{people} pegawai dinilai, {gaps} kekurangan pada {needs} kompetensi (Tab: per kompetensi / per orang)"
    )
}

/// The head of the workload view.
pub fn workload_summary(rows: usize, disagree: usize) -> String {
    format!("{rows} jabatan berbeban kerja; {disagree} formasinya berbeda dari kebutuhan (Bulat)")
}

/// The head of the retirement view.
pub fn retire_summary(horizons: &[u32; 3], totals: &[u32; 3], overdue: u32) -> String {
    let parts: Vec<String> = horizons
        .iter()
        .zip(totals)
        .map(|(y, n)| format!("{n} ({y} th)"))
        .collect();
    format!(
        "Lowong karena pensiun: {}; sudah lewat BUP: {overdue}",
        parts.join(", ")
    )
}

/// The head of the dashboard's feedback block.
pub fn dashboard_feedback(all: usize, high: usize) -> String {
    format!("Masukan masyarakat: {all}, {high} tinggi (terbaru)")
}

/// The dashboard's headline.
pub fn dashboard_headcount(filled: u32, formation: u32) -> String {
    format!("Terisi {filled} dari formasi {formation}")
}

/// The name offered for a new plan.
pub fn default_plan_name(n: usize) -> String {
    format!("Rencana {n}")
}

/// The name offered for a copy of a plan.
pub fn copy_name(from: &str) -> String {
    format!("{from} (salinan)")
}

/// A refusal from the store or the rules, as the status line shows it.
pub fn refused(why: &str) -> String {
    format!("Ditolak: {why}")
}

/// After skipping moves that no longer fit the baseline.
pub fn conflicts_skipped(n: usize) -> String {
    format!("{n} perpindahan bentrok dengan baseline dan tidak ditampilkan.")
}

/// Mouse capture switched.
pub fn mouse_toggled(on: bool) -> String {
    if on {
        "Mouse aktif (M: matikan agar teks bisa dipilih).".into()
    } else {
        "Mouse mati: teks bisa dipilih (M: aktifkan lagi).".into()
    }
}

/// After the masking key (`key`, `N` by default).
pub fn mask_toggled(on: bool, key: &str) -> String {
    if on {
        format!("NIP, tanggal lahir dan catatan disamarkan di layar ({key}: tampilkan lagi).")
    } else {
        format!("NIP, tanggal lahir dan catatan tampil lagi ({key}: samarkan).")
    }
}

pub fn plan_created(name: &str) -> String {
    format!("Rencana \"{name}\" dibuat.")
}

pub fn plan_deleted(name: &str) -> String {
    format!("Rencana \"{name}\" dihapus.")
}

pub fn plan_active(name: &str) -> String {
    format!("Rencana aktif: {name}")
}

pub fn plan_applied(name: &str) -> String {
    format!("Rencana \"{name}\" diterapkan ke baseline.")
}

pub fn confirm_delete(name: &str) -> String {
    format!("Hapus rencana \"{name}\"?")
}

pub fn delete_detail(moves: usize) -> String {
    format!("{moves} perpindahan ikut terhapus; tidak bisa dibatalkan.")
}

pub fn confirm_apply(name: &str) -> String {
    format!("Terapkan rencana \"{name}\" ke baseline?")
}

/// A seat's title, or "belum ditempatkan".
pub fn seat(org: &Organization, id: Option<&str>) -> String {
    match id {
        None => NOT_PLACED.to_string(),
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
    format!(
        "Dipindah: {} -> {}",
        person(org, m),
        seat(org, m.to.as_deref())
    )
}

pub fn undone(org: &Organization, m: &Move) -> String {
    format!(
        "Dibatalkan: {} kembali ke {}",
        person(org, m),
        seat(org, m.from.as_deref())
    )
}

pub fn redone(org: &Organization, m: &Move) -> String {
    format!(
        "Diulang: {} -> {}",
        person(org, m),
        seat(org, m.to.as_deref())
    )
}

/// What applying will do, one line each; every conflict is listed.
pub fn apply_lines(org: &Organization, plan: &Plan, app: &Application) -> Vec<String> {
    let mut out = vec![format!(
        "{} dari {} perpindahan akan diterapkan.",
        app.applied.len(),
        plan.moves.len()
    )];
    if !app.not_approved.is_empty() {
        out.push(format!(
            "{} perpindahan tidak disetujui rapat dan tidak diterapkan.",
            app.not_approved.len()
        ));
    }
    if !app.conflicts.is_empty() {
        out.push(format!(
            "{} perpindahan BENTROK dan TIDAK diterapkan (selesaikan atau hapus dulu):",
            app.conflicts.len()
        ));
        for c in &app.conflicts {
            let who = org
                .employee_ix(&c.nip)
                .map_or_else(|| c.nip.grouped(), |e| org.employee(e).name.clone());
            out.push(format!("  #{} {who}: {c}", c.index + 1));
        }
    }
    out
}

/// The word for a decision.
pub fn decision(d: Option<Decision>) -> &'static str {
    match d {
        Some(Decision::Setuju) => "SETUJU",
        Some(Decision::Tunda) => "TUNDA",
        Some(Decision::Tolak) => "TOLAK",
        None => REVIEW_UNDECIDED,
    }
}

/// What an action does, as the help overlay says it.
pub fn action(a: Action) -> &'static str {
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

/// The one-word hint the status bar shows next to a key.
pub fn hint(a: Action) -> &'static str {
    match a {
        Action::Up => "naik",
        Action::Down => "turun",
        Action::Expand => "buka",
        Action::Collapse => "tutup",
        Action::OpenSearch => "cari",
        Action::ToggleDetails => "rincian",
        Action::Help => "bantuan",
        Action::Quit => "keluar",
        Action::SearchAccept => "lompat",
        Action::SearchCancel => "batal",
        Action::SearchUp => "naik",
        Action::SearchDown => "turun",
        Action::CloseHelp => "tutup",
        Action::HelpUp => "naik",
        Action::HelpDown => "turun",
        Action::PickUp => "pindah",
        Action::Drop => "letakkan",
        Action::CancelCarry => "batal",
        Action::OpenPlans => "rencana",
        Action::Close => "tutup",
        Action::PlanSwitch => "aktifkan",
        Action::PlanNew => "baru",
        Action::PlanCompare => "bandingkan",
        Action::PlanReview => "rapat",
        Action::PromptAccept => "simpan",
        Action::ConfirmYes => "ya",
        Action::ConfirmNo => "tidak",
        Action::ToggleMask => "samarkan",
        Action::OpenCandidates => "kandidat",
        Action::Choose => "pilih",
        Action::SaveNote => "simpan",
        other => action(other),
    }
}
