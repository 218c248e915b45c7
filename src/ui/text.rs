//! Every word the screen shows, in the planners' language (Bahasa Indonesia).
//!
//! Keep all UI strings here: a second language (issue 7) becomes a second table.

use crate::app::Action;
use crate::domain::Organization;
use crate::domain::plan::{Decision, Move, Plan};
use crate::domain::plan_ops::Application;

pub const APP: &str = "penata";
pub const PLAN: &str = "Rencana";
pub const BASELINE: &str = "baseline";
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

pub const HELP_CARRYING: &str = "Memindahkan pegawai";
pub const HELP_PLANS: &str = "Daftar rencana";
pub const HELP_PROMPT: &str = "Mengisi satu baris";
pub const HELP_CONFIRM: &str = "Konfirmasi";
pub const HELP_COMPARE: &str = "Perbandingan dengan baseline";
pub const HELP_REVIEW: &str = "Rapat pembahasan";

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
        Action::ToggleMask => "samarkan / tampilkan NIP",
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
        Action::ToggleMask => "NIP",
        other => action(other),
    }
}
