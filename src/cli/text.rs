//! Every message the command line prints for people to read, in Bahasa Indonesia and English:
//! results, summaries, table headings, prompts, warnings and its own errors.
//!
//! Fixed texts are the `texts!` table (each a function and a row of [`ALL`]); texts built from
//! values are functions with a `match` over [`Lang`], so the compiler sees both languages. What
//! stays the same in both languages, on purpose: the data (names, ids, NIPs), domain terms as
//! planners say them (jabatan, formasi, golongan, NIP, JPM, ABK, BUP, SKP), the decision and
//! readiness codes (setuju, tunda, tolak; siap, ragu, menolak), command and option names, and
//! machine formats: JSON keys, CSV and workbook headers (a file format other programs read),
//! and the audit log lines of `penata log` (`action key=value`, for grep).

use std::fmt::Display;

use crate::lang::{Lang, lang};

crate::lang::texts! {
    NOT_ASSESSED => "belum dinilai", "not assessed";
    UNPLACED => "Belum ditempatkan", "Unplaced";
    NOTHING_WRITTEN => "uji coba: tidak ada yang ditulis", "dry run: nothing written";
    REPLACING_DEMO => " (menggantikan organisasi demo)", " (replacing the demo organization)";
    EMPTY_QUERY => "kata pencarian kosong: berikan nama atau angka NIP",
        "the search query is empty: give a name or NIP digits";
    NOT_A_TERMINAL => "bukan terminal, mencetak pohon unit (jalankan penata di terminal untuk aplikasinya)",
        "not a terminal, printing the unit tree (run penata in a terminal for the app)";
    MOVES_FROM_ONE => "perpindahan dinomori mulai 1", "moves are numbered from 1";
    EMPTY_NOTE => "catatan kosong: berikan isinya", "the note is empty: give its text";
    WORKBOOK_TO_TERMINAL => "buku kerja .xlsx adalah berkas biner, bukan untuk terminal: tulis dengan -o FILE.xlsx",
        "an .xlsx workbook is a binary file, not for the terminal: write it with -o FILE.xlsx";
    NOT_PRESENT => " (tidak ada: nilai bawaan)", " (not present: defaults)";
    // `penata show` labels, padded to one column (12).
    SHOW_BORN => "Lahir       ", "Born        ";
    SHOW_SEAT => "Jabatan     ", "Position    ";
    SHOW_FORMATION_FILLED => "terisi", "filled";
    SHOW_COMPETENCY_HEAD => "Kompetensi  standar  level  gap", "Competency  standard level  gap";
    SHOW_NO_STANDARD => "- (jabatan ini tidak mensyaratkan standar kompetensi)",
        "- (the seat lists no competency standard)";
    SHOW_FIT_NOT_ASSESSED => "- belum dinilai (belum ada kompetensi yang disyaratkan jabatan ini yang dinilai)",
        "- belum dinilai (none of the seat's required competencies assessed yet)";
    SHOW_PERFORMANCE => "Kinerja     ", "SKP rating  ";
    SHOW_POTENTIAL => "Potensial   ", "Potential   ";
    SHOW_READINESS => "Kesiapan    ", "Readiness   ";
    SHOW_NOTES => "Catatan", "Notes";
    LEVEL_NOT_ASSESSED => "- (belum dinilai)", "- (not assessed)";
    /// A seat in messages when there is none.
    NOT_PLACED => "belum ditempatkan", "unplaced";
    NOTHING_DELETED => "tidak ada yang dihapus", "nothing deleted";
    NO_PLANS => "belum ada rencana; buat dengan: penata plan new NAMA",
        "no plans yet; create one with: penata plan new NAME";
    /// The answers a confirmation accepts as yes are `y`, `yes` and `ya` in both languages.
    YES_NO => "[y/T]", "[y/N]";
    NOTHING_APPLIED_RESOLVE => "tidak ada yang diterapkan. Selesaikan perpindahan yang berkonflik dalam rencana (batalkan atau pindahkan lagi), atau terapkan yang lain dengan --skip-conflicts",
        "nothing applied. Resolve the conflicting moves in the plan (undo or move again), or apply the others with --skip-conflicts";
    NOTHING_APPLIED => "tidak ada yang diterapkan", "nothing applied";
    BAD_DELIMITER => "pakai satu karakter tanda baca seperti ; atau , (atau tab)",
        "use one punctuation character such as ; or , (or tab)";
    // `penata plan diff`.
    UNDECIDED => "belum diputuskan", "undecided";
    NOT_IN_ORG => "(tidak ada di organisasi)", "(not in the organization)";
    DIFF_MOVES => "Perpindahan", "Moves";
    DIFF_UNITS => "Unit", "Units";
    DIFF_NO_UNIT_CHANGES => "  (tidak ada perubahan unit)", "  (no unit changes)";
    DIFF_OVERALL => "Keseluruhan", "Overall";
    DIFF_COL_HEADCOUNT => "terisi/formasi", "filled/formasi";
    DIFF_COL_FIT => "JPM rata-rata", "mean JPM";
    DIFF_COL_IN => "masuk", "in";
    DIFF_COL_OUT => "keluar", "out";
    DIFF_COL_FILLED => "kosong diisi", "vacancies filled";
    DIFF_COL_OPENED => "kosong baru", "new vacancies";
    // Talent reports.
    NO_CANDIDATES => "  (tidak ada kandidat yang cocok)", "  (no candidates match)";
    OPENS_VACANCY => ", membuka lowongan", ", opens a vacancy";
    NOW => "sekarang", "now";
    PERFORMANCE => "kinerja", "SKP rating";
    POTENTIAL => "potensial", "potential";
    READINESS => "kesiapan", "readiness";
    NINEBOX_AXES => "Kinerja \\ Potensial", "Rating \\ Potential";
    LOW => "Rendah", "Low";
    MIDDLE => "Menengah", "Middle";
    HIGH => "Tinggi", "High";
    UNRATED => "Belum dinilai", "Not rated";
    TOTAL => "Jumlah", "Total";
    BOX => "Kotak", "Box";
    EVERYONE_MEETS => "  semua memenuhi standar jabatannya", "  everyone meets their seat's standard";
    PER_EMPLOYEE => "Per pegawai", "Per employee";
    COMPETENCY => "Kompetensi", "Competency";
    EMPLOYEES => "pegawai", "people";
    MAX => "maks", "max";
    STANDARD => "standar", "standard";
    NO_WORKLOAD => "  tidak ada jabatan di sini yang memiliki data beban kerja",
        "  no seat here has workload entries";
    WORKLOAD_POSITION => "Jabatan", "Position";
    WORKLOAD_NEED => "kebutuhan", "need";
    WORKLOAD_DIFF => "selisih", "diff";
    WORKLOAD_HOLDERS => "pemangku", "holders";
    WORKLOAD_GRADE => "nilai", "grade";
    WORKLOAD_RULE => "  kebutuhan = beban kerja (volume x menit) / 75.000 menit efektif setahun; EJ = beban kerja / (75.000 x pemangku)",
        "  need = workload (volume x minutes) / 75,000 effective minutes a year; EJ = workload / (75,000 x holders)";
    NO_RETIREMENTS => "  tidak ada jabatan yang lowong dalam 5 tahun", "  no seat falls vacant within 5 years";
    YEAR_1 => "1 thn", "1 yr";
    YEAR_2 => "2 thn", "2 yr";
    YEAR_5 => "5 thn", "5 yr";
    PAST_BUP => "lewat BUP", "past BUP";
    NONE => "  (tidak ada)", "  (none)";
    // `penata feedback`.
    FEEDBACK_LIST_ONLY => "--subtree dan --limit untuk mendaftar: kosongkan teksnya untuk mendaftar masukan",
        "--subtree and --limit are for listing: leave out the text to list feedback";
    FEEDBACK_DATE_NEEDS_TEXT => "--date adalah tanggal masukan yang dicatat: berikan juga teksnya",
        "--date is the day of feedback being recorded: give its text too";
    AND_SUB_UNITS => " beserta sub-unit", " and sub-units";
    NO_FEEDBACK => "  belum ada yang dicatat (tambahkan dengan: penata feedback UNIT_ID TEKS)",
        "  none recorded (add some with: penata feedback UNIT_ID TEXT)";
}

pub(crate) fn bad_severity(e: impl Display) -> String {
    format!("--severity: {e}")
}

pub(crate) fn feedback_recorded(
    unit: &str,
    code: &str,
    label: &str,
    date: impl Display,
    source: &str,
) -> String {
    say(
        format!("dicatat untuk {unit}: {code} ({label}), {date}{source}"),
        format!("recorded for {unit}: {code} ({label}), {date}{source}"),
    )
}

pub(crate) fn bad_feedback_date(given: &str, today: impl Display) -> String {
    say(
        format!("--date {given}: harus tanggal YYYY-MM-DD seperti {today}"),
        format!("--date {given}: must be a calendar date YYYY-MM-DD such as {today}"),
    )
}

pub(crate) fn feedback_date_ahead(day: impl Display, today: impl Display) -> String {
    say(
        format!(
            "--date {day} melewati hari ini ({today}): berikan hari masyarakat menyampaikannya"
        ),
        format!("--date {day} is after today ({today}): give the day the public said it"),
    )
}

/// An unknown unit id, with the units whose names look like it (lines `  id  name`).
pub(crate) fn no_unit_like(id: &str, like: &[String]) -> String {
    match (lang(), like.is_empty()) {
        (Lang::Id, true) => {
            format!("tidak ada unit dengan id \"{id}\" (daftar id unit dengan: penata tree --ids)")
        }
        (Lang::Id, false) => format!(
            "tidak ada unit dengan id \"{id}\"; unit yang mirip:\n{}\n(daftar semua id unit dengan: penata tree --ids)",
            like.join("\n")
        ),
        (Lang::En, true) => {
            format!("no unit with id \"{id}\" (list unit ids with: penata tree --ids)")
        }
        (Lang::En, false) => format!(
            "no unit with id \"{id}\"; units like it:\n{}\n(list every unit id with: penata tree --ids)",
            like.join("\n")
        ),
    }
}

pub(crate) fn feedback_head(
    unit: &str,
    scope: &str,
    all: impl Display,
    high: impl Display,
) -> String {
    say(
        format!("Masukan masyarakat: {unit}{scope} ({all}, {high} tinggi)"),
        format!("Public feedback: {unit}{scope} ({all}, {high} high)"),
    )
}

pub(crate) fn bad_min_rank(e: impl Display) -> String {
    format!("--min-rank: {e}")
}

pub(crate) fn no_position(id: &str) -> String {
    say(
        format!("tidak ada jabatan dengan id \"{id}\" (lihat id-nya dengan: penata export)"),
        format!("no position with id \"{id}\" (see the ids with: penata export)"),
    )
}

pub(crate) fn no_standard(id: &str) -> String {
    say(
        format!("jabatan {id} tidak mensyaratkan standar kompetensi untuk pemeringkatan"),
        format!("position {id} lists no competency standard to rank against"),
    )
}

pub(crate) fn exported_candidates(n: impl Display, position: &str, path: impl Display) -> String {
    say(
        format!("{n} kandidat untuk {position} diekspor ke {path}"),
        format!("exported {n} candidates for {position} to {path}"),
    )
}

pub(crate) fn candidates_head(
    title: &str,
    id: &str,
    filled: impl Display,
    formation: impl Display,
) -> String {
    say(
        format!("Kandidat untuk {title} ({id}), {filled}/{formation} terisi"),
        format!("Candidates for {title} ({id}), {filled}/{formation} filled"),
    )
}

pub(crate) fn exported_ninebox(scope: &str, people: impl Display, path: impl Display) -> String {
    say(
        format!("9-box {scope} ({people} pegawai) diekspor ke {path}"),
        format!("exported the 9-box of {scope} ({people} people) to {path}"),
    )
}

pub(crate) fn bad_box(given: &str) -> String {
    say(
        format!("--box {given}: berikan nomor kotak 1-9, atau unrated"),
        format!("--box {given}: give a box number 1-9, or unrated"),
    )
}

pub(crate) fn ninebox_head(scope: &str) -> String {
    say(
        format!("9-box talenta: {scope}"),
        format!("Talent 9-box: {scope}"),
    )
}

pub(crate) fn exported_gaps(scope: &str, people: impl Display, path: impl Display) -> String {
    say(
        format!("kesenjangan kompetensi {scope} ({people} pegawai) diekspor ke {path}"),
        format!("exported the competency gaps of {scope} ({people} people) to {path}"),
    )
}

pub(crate) fn gaps_head(scope: &str, people: impl Display) -> String {
    say(
        format!("Kebutuhan pelatihan: {scope} ({people} pegawai)"),
        format!("Training needs: {scope} ({people} people)"),
    )
}

pub(crate) fn workload_head(scope: &str) -> String {
    say(
        format!("Analisis beban kerja: {scope}"),
        format!("Workload analysis: {scope}"),
    )
}

pub(crate) fn workload_total(formation: impl Display, need: f64, holders: impl Display) -> String {
    say(
        format!("  Jumlah: formasi {formation}, kebutuhan {need:.2}, pemangku {holders}"),
        format!("  Total: formasi {formation}, need {need:.2}, holders {holders}"),
    )
}

pub(crate) fn bad_today(given: &str) -> String {
    say(
        format!("--today {given}: pakai YYYY-MM-DD"),
        format!("--today {given}: use YYYY-MM-DD"),
    )
}

pub(crate) fn retirements_head(scope: &str, today: impl Display) -> String {
    say(
        format!("Proyeksi pensiun (BUP): {scope} per {today}"),
        format!("Retirement outlook (BUP): {scope} as of {today}"),
    )
}

pub(crate) fn vacant_within(years: impl Display) -> String {
    say(
        format!("Jabatan yang lowong dalam {years} tahun"),
        format!("Seats falling vacant within {years} years"),
    )
}

pub(crate) fn already_applied(plan: &str, date: impl Display) -> String {
    say(
        format!("rencana \"{plan}\" sudah diterapkan ke baseline pada {date}"),
        format!("plan \"{plan}\" was already applied to the baseline on {date}"),
    )
}

pub(crate) fn apply_conflicts(n: impl Display, plan: &str) -> String {
    say(
        format!("{n} perpindahan dalam rencana \"{plan}\" berkonflik dengan baseline:"),
        format!("{n} moves of plan \"{plan}\" conflict with the baseline:"),
    )
}

pub(crate) fn not_approved_stay_out(n: impl Display) -> String {
    say(
        format!(
            "{n} perpindahan tidak diputuskan setuju dan tidak ikut diterapkan (rencana sudah ditinjau)"
        ),
        format!("{n} moves are not decided setuju and stay out (the plan was reviewed)"),
    )
}

pub(crate) fn nothing_to_apply(plan: &str) -> String {
    say(
        format!("rencana \"{plan}\" tidak berisi perpindahan untuk diterapkan"),
        format!("plan \"{plan}\" has no move to apply"),
    )
}

pub(crate) fn apply_question(moves: impl Display, plan: &str, seats: impl Display) -> String {
    say(
        format!(
            "Terapkan {moves} perpindahan dari rencana \"{plan}\" ke baseline ({seats} jabatan berubah)?"
        ),
        format!("Apply {moves} moves of plan \"{plan}\" to the baseline ({seats} seats change)?"),
    )
}

pub(crate) fn applied(plan: &str, moves: impl Display, seats: impl Display) -> String {
    say(
        format!("rencana \"{plan}\" diterapkan: {moves} perpindahan, {seats} jabatan berubah"),
        format!("applied plan \"{plan}\": {moves} moves, {seats} seats changed"),
    )
}

pub(crate) fn not_a_date(s: &str) -> String {
    say(
        format!("{s:?} bukan tanggal berbentuk YYYY-MM-DD"),
        format!("{s:?} is not a date as YYYY-MM-DD"),
    )
}

pub(crate) fn n_moves(n: impl Display, approved: bool) -> String {
    match (lang(), approved) {
        (Lang::Id, false) => format!("{n} perpindahan"),
        (Lang::Id, true) => format!("{n} perpindahan disetujui"),
        (Lang::En, false) => format!("{n} moves"),
        (Lang::En, true) => format!("{n} approved moves"),
    }
}

pub(crate) fn exported_plan(plan: &str, what: &str, path: impl Display) -> String {
    say(
        format!("rencana \"{plan}\" ({what}) diekspor ke {path}"),
        format!("exported plan \"{plan}\" ({what}) to {path}"),
    )
}

pub(crate) fn no_plan_short(name: &str) -> String {
    say(
        format!("tidak ada rencana bernama \"{name}\" (lihat rencana dengan: penata plan list)"),
        format!("no plan named \"{name}\" (see the plans with: penata plan list)"),
    )
}

pub(crate) fn position_gone(id: &str) -> String {
    say(
        format!("{id} (sudah tidak ada)"),
        format!("{id} (no longer exists)"),
    )
}

pub(crate) fn diff_fit_by(
    before: &str,
    after: &str,
    by: &str,
    at: &str,
    reason: Option<&str>,
) -> String {
    let reason = reason.map(|r| format!("; alasan: {r}")).unwrap_or_default();
    say(
        format!("       JPM {before} -> {after}; oleh {by} {at}{reason}"),
        format!("       JPM {before} -> {after}; by {by} {at}{reason}"),
    )
}

pub(crate) fn diff_decision(decision: &str, remark: &str) -> String {
    say(
        format!("       keputusan: {decision}{remark}"),
        format!("       decision: {decision}{remark}"),
    )
}

pub(crate) fn diff_conflict(conflict: impl Display) -> String {
    say(
        format!("       ! konflik: {conflict}"),
        format!("       ! conflict: {conflict}"),
    )
}

pub(crate) fn diff_head(plan: &str, org: &str) -> String {
    say(
        format!("Rencana \"{plan}\" atas {org}"),
        format!("Plan \"{plan}\" on {org}"),
    )
}

pub(crate) fn diff_tally(
    moves: impl Display,
    setuju: impl Display,
    tunda: impl Display,
    tolak: impl Display,
    undecided: impl Display,
) -> String {
    say(
        format!(
            "  {moves} perpindahan: setuju {setuju}, tunda {tunda}, tolak {tolak}, belum diputuskan {undecided}"
        ),
        format!(
            "  {moves} moves: setuju {setuju}, tunda {tunda}, tolak {tolak}, undecided {undecided}"
        ),
    )
}

pub(crate) fn diff_no_moves(plan: &str) -> String {
    say(
        format!("  (belum ada: penata move NIP POSITION --plan {plan})"),
        format!("  (none yet: penata move NIP POSITION --plan {plan})"),
    )
}

pub(crate) fn diff_overall_fit(
    before: &str,
    after: &str,
    delta: &str,
    seated_before: impl Display,
    seated_after: impl Display,
    formation: impl Display,
) -> String {
    say(
        format!(
            "  JPM rata-rata {before} -> {after}{delta}, terisi {seated_before} -> {seated_after} dari formasi {formation}"
        ),
        format!(
            "  mean JPM {before} -> {after}{delta}, seated {seated_before} -> {seated_after} of formation {formation}"
        ),
    )
}

pub(crate) fn diff_people_moved(
    people: impl Display,
    before: &str,
    after: &str,
    delta: &str,
    up: impl Display,
    down: impl Display,
) -> String {
    say(
        format!(
            "  {people} orang berganti jabatan: JPM mereka {before} -> {after}{delta}, {up} naik, {down} turun"
        ),
        format!(
            "  {people} people change seats: their JPM {before} -> {after}{delta}, {up} up, {down} down"
        ),
    )
}

pub(crate) fn diff_vacancies(filled: impl Display, opened: impl Display) -> String {
    say(
        format!("  lowongan terisi {filled}, lowongan baru {opened}"),
        format!("  vacancies filled {filled}, opened {opened}"),
    )
}

pub(crate) fn plan_created(name: &str) -> String {
    say(
        format!("rencana \"{name}\" dibuat"),
        format!("created plan \"{name}\""),
    )
}

pub(crate) fn plan_renamed(old: &str, new: &str) -> String {
    say(
        format!("rencana \"{old}\" diganti namanya menjadi \"{new}\""),
        format!("renamed plan \"{old}\" to \"{new}\""),
    )
}

pub(crate) fn plan_copied(name: &str, new: &str) -> String {
    say(
        format!("rencana \"{name}\" disalin ke \"{new}\""),
        format!("copied plan \"{name}\" to \"{new}\""),
    )
}

pub(crate) fn delete_plan_question(name: &str, moves: impl Display) -> String {
    say(
        format!("Hapus rencana \"{name}\" beserta {moves} perpindahannya?"),
        format!("Delete plan \"{name}\" with its {moves} moves?"),
    )
}

pub(crate) fn plan_deleted(name: &str) -> String {
    say(
        format!("rencana \"{name}\" dihapus"),
        format!("deleted plan \"{name}\""),
    )
}

pub(crate) fn no_plan(name: &str) -> String {
    say(
        format!(
            "tidak ada rencana bernama \"{name}\"; daftar rencana dengan: penata plan list, \
             atau buat dengan: penata plan new \"{name}\""
        ),
        format!(
            "no plan named \"{name}\"; list plans with: penata plan list, \
             or create it with: penata plan new \"{name}\""
        ),
    )
}

pub(crate) fn needs_confirmation(question: &str) -> String {
    say(
        format!("{question} Ini perlu konfirmasi: jalankan di terminal atau tambahkan --yes"),
        format!("{question} This needs confirmation: run it in a terminal or add --yes"),
    )
}

pub(crate) fn cannot_read_answer(e: impl Display) -> String {
    say(
        format!("tidak dapat membaca jawaban: {e}"),
        format!("cannot read the answer: {e}"),
    )
}

/// One line of `penata plan list`.
pub(crate) fn plan_list_line(
    name: &str,
    moves: impl Display,
    redo: usize,
    by: &str,
    on: impl Display,
    applied: Option<String>,
) -> String {
    let (undone, applied_word, moves_word, by_word, on_word) = match lang() {
        Lang::Id => ("dibatalkan", "diterapkan", "perpindahan", "oleh", "pada"),
        Lang::En => ("undone", "applied", "moves", "by", "on"),
    };
    let redo = if redo > 0 {
        format!(" (+{redo} {undone})")
    } else {
        String::new()
    };
    let state = applied
        .map(|d| format!(", {applied_word} {d}"))
        .unwrap_or_default();
    format!("{name}  {moves} {moves_word}{redo}  {by_word} {by} {on_word} {on}{state}")
}

pub(crate) fn plan_head(name: &str, by: &str, at: &str) -> String {
    say(
        format!("Rencana \"{name}\" oleh {by}, dibuat {at}"),
        format!("Plan \"{name}\" by {by}, created {at}"),
    )
}

pub(crate) fn plan_applied_on(at: &str) -> String {
    say(
        format!("Diterapkan ke baseline {at}"),
        format!("Applied to the baseline {at}"),
    )
}

pub(crate) fn no_moves_yet(plan: &str) -> String {
    say(
        format!(
            "Belum ada perpindahan; pindahkan pegawai dengan: penata move NIP POSITION_ID --plan \"{plan}\""
        ),
        format!("No moves yet; move someone with: penata move NIP POSITION_ID --plan \"{plan}\""),
    )
}

/// The line under a move: who recorded it, when, and why.
pub(crate) fn move_by(author: &str, at: &str, reason: Option<&str>) -> String {
    let reason = reason.map(|r| format!("; alasan: {r}")).unwrap_or_default();
    say(
        format!("     oleh {author} {at}{reason}"),
        format!("     by {author} {at}{reason}"),
    )
}

pub(crate) fn move_decision(code: &str, remark: &str) -> String {
    say(
        format!("     keputusan: {code}{remark}"),
        format!("     decision: {code}{remark}"),
    )
}

pub(crate) fn move_conflict(reason: &str) -> String {
    say(
        format!("     KONFLIK: {reason}"),
        format!("     CONFLICT: {reason}"),
    )
}

pub(crate) fn tally(
    setuju: impl Display,
    tunda: impl Display,
    tolak: impl Display,
    undecided: impl Display,
) -> String {
    say(
        format!(
            "Keputusan: {setuju} setuju, {tunda} tunda, {tolak} tolak, {undecided} belum diputuskan"
        ),
        format!("Decisions: {setuju} setuju, {tunda} tunda, {tolak} tolak, {undecided} undecided"),
    )
}

pub(crate) fn undone_can_return(n: impl Display, plan: &str) -> String {
    say(
        format!(
            "{n} perpindahan yang dibatalkan dapat dikembalikan dengan: penata redo --plan \"{plan}\""
        ),
        format!("{n} undone moves can be brought back with: penata redo --plan \"{plan}\""),
    )
}

pub(crate) fn moves_conflict(n: impl Display) -> String {
    say(
        format!("{n} perpindahan berkonflik dengan baseline dan tidak akan diterapkan"),
        format!("{n} moves conflict with the baseline and would not be applied"),
    )
}

/// Indonesian or English, whichever the process speaks.
fn say(id: String, en: String) -> String {
    match lang() {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// `cannot read FILE: reason`.
pub(crate) fn cannot_read(what: impl Display, e: impl Display) -> String {
    say(
        format!("tidak dapat membaca {what}: {e}"),
        format!("cannot read {what}: {e}"),
    )
}

/// `cannot write FILE: reason`.
pub(crate) fn cannot_write(what: impl Display, e: impl Display) -> String {
    say(
        format!("tidak dapat menulis {what}: {e}"),
        format!("cannot write {what}: {e}"),
    )
}

pub(crate) fn cannot_write_output(e: impl Display) -> String {
    say(
        format!("tidak dapat menulis keluaran: {e}"),
        format!("cannot write the output: {e}"),
    )
}

pub(crate) fn cannot_make_workbook(e: impl Display) -> String {
    say(
        format!("tidak dapat membuat buku kerja: {e}"),
        format!("cannot make the workbook: {e}"),
    )
}

/// `N units, N positions, N employees`.
pub(crate) fn org_summary(
    units: impl Display,
    positions: impl Display,
    employees: impl Display,
) -> String {
    say(
        format!("{units} unit, {positions} jabatan, {employees} pegawai"),
        format!("{units} units, {positions} positions, {employees} employees"),
    )
}

pub(crate) fn import_would_replace(
    dir: impl Display,
    org: &str,
    employees: impl Display,
) -> String {
    say(
        format!(
            "basis data di {dir} sudah berisi \"{org}\" ({employees} pegawai). Berkas penata/v1 \
             menggantikan seluruh organisasi: tambahkan --replace untuk menegaskannya, atau pakai \
             basis data lain dengan --db DIR."
        ),
        format!(
            "the database in {dir} already holds \"{org}\" ({employees} employees). A penata/v1 \
             file replaces the whole organization: add --replace to confirm, or use another \
             database with --db DIR."
        ),
    )
}

pub(crate) fn import_valid(name: &str, summary: &str) -> String {
    say(
        format!("{name} sah: {summary} ({})", NOTHING_WRITTEN()),
        format!("{name} is valid: {summary} ({})", NOTHING_WRITTEN()),
    )
}

pub(crate) fn imported_org(org: &str, name: &str, summary: &str, replaced: &str) -> String {
    say(
        format!("\"{org}\" diimpor dari {name}: {summary}{replaced}"),
        format!("imported \"{org}\" from {name}: {summary}{replaced}"),
    )
}

pub(crate) fn import_employees_valid(
    name: &str,
    added: impl Display,
    updated: impl Display,
) -> String {
    say(
        format!(
            "{name} sah: {added} pegawai akan ditambah, {updated} diperbarui ({})",
            NOTHING_WRITTEN()
        ),
        format!(
            "{name} is valid: {added} employees to add, {updated} to update ({})",
            NOTHING_WRITTEN()
        ),
    )
}

pub(crate) fn imported_employees(name: &str, added: impl Display, updated: impl Display) -> String {
    say(
        format!("{name} diimpor: {added} pegawai ditambah, {updated} diperbarui"),
        format!("imported {name}: {added} employees added, {updated} updated"),
    )
}

pub(crate) fn employee_list_of(org: &str, employees: impl Display) -> String {
    say(
        format!("daftar pegawai \"{org}\": {employees} pegawai"),
        format!("the employee list of \"{org}\": {employees} employees"),
    )
}

pub(crate) fn exported(what: &str, path: impl Display) -> String {
    say(
        format!("{what} diekspor ke {path}"),
        format!("exported {what} to {path}"),
    )
}

pub(crate) fn no_match(query: &str) -> String {
    say(
        format!("tidak ada pegawai yang cocok dengan \"{query}\""),
        format!("no staff match \"{query}\""),
    )
}

/// A NIP that does not parse: the NIP as typed and what is wrong with it.
pub(crate) fn bad_nip(text: &str, e: impl Display) -> String {
    format!("NIP {text}: {e}")
}

pub(crate) fn no_employee(nip: impl Display) -> String {
    say(
        format!("tidak ada pegawai dengan NIP {nip} (cari pegawai dengan: penata search NAMA)"),
        format!("no employee with NIP {nip} (find people with: penata search NAME)"),
    )
}

pub(crate) fn no_unit(id: &str) -> String {
    say(
        format!("tidak ada unit dengan id \"{id}\" (daftar unit dengan: penata tree --ids)"),
        format!("no unit with id \"{id}\" (list units with: penata tree)"),
    )
}

pub(crate) fn read_only_empty(dir: impl Display) -> String {
    say(
        format!(
            "--read-only: tidak ada organisasi di {dir} untuk dipresentasikan; jalankan penata \
             sekali tanpa --read-only (memuat demo) atau impor dengan: penata import FILE"
        ),
        format!(
            "--read-only: there is no organization in {dir} to present; run penata once without \
             --read-only (it loads the demo) or import one with: penata import FILE"
        ),
    )
}

pub(crate) fn plan_applied_already(plan: &str, date: impl Display) -> String {
    say(
        format!(
            "rencana \"{plan}\" sudah diterapkan ke baseline pada {date}; untuk melanjutkan, \
             gandakan: penata plan duplicate \"{plan}\" BARU"
        ),
        format!(
            "plan \"{plan}\" was applied to the baseline on {date}; to keep planning, duplicate \
             it: penata plan duplicate \"{plan}\" NEW"
        ),
    )
}

pub(crate) fn moved(who: &str, from: &str, to: &str, plan: &str) -> String {
    say(
        format!("{who} dipindahkan: {from} -> {to} dalam rencana {plan}"),
        format!("moved {who}: {from} -> {to} in plan {plan}"),
    )
}

pub(crate) fn nothing_to(redo: bool, plan: &str) -> String {
    match (lang(), redo) {
        (Lang::Id, false) => format!("tidak ada yang dapat dibatalkan dalam rencana \"{plan}\""),
        (Lang::Id, true) => format!("tidak ada yang dapat diulang dalam rencana \"{plan}\""),
        (Lang::En, false) => format!("nothing to undo in plan \"{plan}\""),
        (Lang::En, true) => format!("nothing to redo in plan \"{plan}\""),
    }
}

pub(crate) fn undone(redo: bool, who: &str, from: &str, to: &str, plan: &str) -> String {
    match (lang(), redo) {
        (Lang::Id, false) => {
            format!("perpindahan {who} dibatalkan: {from} -> {to} dalam rencana {plan}")
        }
        (Lang::Id, true) => {
            format!("perpindahan {who} diulang: {from} -> {to} dalam rencana {plan}")
        }
        (Lang::En, false) => format!("undid move of {who}: {from} -> {to} in plan {plan}"),
        (Lang::En, true) => format!("redid move of {who}: {from} -> {to} in plan {plan}"),
    }
}

pub(crate) fn bad_decision(given: &str) -> String {
    say(
        format!("keputusan \"{given}\" bukan salah satu dari: setuju, tunda, tolak"),
        format!("decision \"{given}\" is not one of: setuju, tunda, tolak"),
    )
}

pub(crate) fn decided(no: impl Display, who: &str, plan: &str, code: &str) -> String {
    say(
        format!("perpindahan {no} ({who}) dalam rencana {plan}: {code}"),
        format!("move {no} ({who}) in plan {plan}: {code}"),
    )
}

pub(crate) fn plan_unreadable(plan: &str) -> String {
    say(
        format!("rencana \"{plan}\" terdaftar tetapi tidak dapat dibaca"),
        format!("plan \"{plan}\" is listed but cannot be read"),
    )
}

pub(crate) fn plan_error(plan: &str, e: impl Display) -> String {
    say(
        format!("rencana \"{plan}\": {e}"),
        format!("plan \"{plan}\": {e}"),
    )
}

pub(crate) fn audit_broken(seq: impl Display, reason: impl Display) -> String {
    say(
        format!("log audit rusak pada entri {seq}: {reason}"),
        format!("the audit log is broken at entry {seq}: {reason}"),
    )
}

pub(crate) fn audit_intact(entries: impl Display) -> String {
    say(
        format!("log audit utuh: {entries} entri, rantai hash terverifikasi"),
        format!("audit log intact: {entries} entries, hash chain verified"),
    )
}

pub(crate) fn check_ok(summary: &str, plans: impl Display, audit: impl Display) -> String {
    say(
        format!("ok: {summary}, {plans} rencana, log audit {audit} entri utuh"),
        format!("ok: {summary}, {plans} plans, audit log of {audit} entries intact"),
    )
}

pub(crate) fn problems_found(n: impl Display) -> String {
    say(
        format!("{n} masalah ditemukan"),
        format!("{n} problems found"),
    )
}

pub(crate) fn bad_readiness(given: &str, expected: &str) -> String {
    say(
        format!("--readiness {given}: pakai {expected}, atau belum"),
        format!("--readiness {given}: use {expected}, or belum"),
    )
}

pub(crate) fn noted(name: &str, readiness: Option<&str>) -> String {
    match (lang(), readiness) {
        (Lang::Id, None) => format!("catatan untuk {name} disimpan"),
        (Lang::Id, Some(r)) => format!("catatan untuk {name} disimpan; kesiapan {r}"),
        (Lang::En, None) => format!("noted for {name}"),
        (Lang::En, Some(r)) => format!("noted for {name}; kesiapan {r}"),
    }
}

pub(crate) fn generated(
    path: impl Display,
    summary: &str,
    placed: impl Display,
    seed: impl Display,
) -> String {
    say(
        format!("{path} dibuat: {summary} ({placed} ditempatkan), benih {seed}"),
        format!("generated {path}: {summary} ({placed} placed), seed {seed}"),
    )
}

pub(crate) fn wrote(path: impl Display) -> String {
    say(format!("{path} ditulis"), format!("wrote {path}"))
}

pub(crate) fn settings_file(path: impl Display, note: &str, source: impl Display) -> String {
    say(
        format!("berkas pengaturan: {path}{note} [{source}]"),
        format!("settings file: {path}{note} [{source}]"),
    )
}

pub(crate) fn cannot_write_man(dir: impl Display, e: impl Display) -> String {
    say(
        format!("tidak dapat menulis halaman manual ke {dir}: {e}"),
        format!("cannot write the manual pages to {dir}: {e}"),
    )
}

pub(crate) fn wrote_man(dir: impl Display) -> String {
    say(
        format!("halaman manual ditulis ke {dir}"),
        format!("wrote the manual pages to {dir}"),
    )
}

/// The version line: `0.1.0 (data format penata/v1, database schema 2)`.
pub(crate) fn version(version: &str, format: &str, schema: impl Display) -> String {
    say(
        format!("{version} (format data {format}, skema basis data {schema})"),
        format!("{version} (data format {format}, database schema {schema})"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        assert!(ALL.len() > 10, "the table lost entries: {}", ALL.len());
        assert_eq!(crate::lang::check_table(ALL, &[]), Ok(()));
    }

    #[test]
    fn show_labels_line_up() {
        let labels = [
            "SHOW_BORN",
            "SHOW_SEAT",
            "SHOW_PERFORMANCE",
            "SHOW_POTENTIAL",
            "SHOW_READINESS",
        ];
        for (name, id, en) in ALL.iter().filter(|(n, _, _)| labels.contains(n)) {
            assert_eq!(id.chars().count(), 12, "{name}");
            assert_eq!(en.chars().count(), 12, "{name}");
        }
    }

    /// The first string literal of every print macro and `Failure::Input` in `src/cli`, with
    /// the file it is in (test modules left out).
    fn printed_literals() -> Vec<(String, String)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/cli");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name == "text.rs" || name == "help.rs" {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            for mac in [
                "println!(",
                "eprintln!(",
                "eprint!(",
                "writeln!(",
                "Failure::Input(",
            ] {
                for (at, _) in code.match_indices(mac) {
                    let rest = &code[at + mac.len()..];
                    let statement = &rest[..rest.find(';').unwrap_or(rest.len())];
                    let literal_start = match mac {
                        // Only a message written right there, not one from this module.
                        "Failure::Input(" => ["\"", "format!(\""]
                            .iter()
                            .find(|p| statement.starts_with(**p))
                            .map(|p| p.len() - 1),
                        _ => statement.find('"'),
                    };
                    let Some(start) = literal_start else { continue };
                    let body = &statement[start + 1..];
                    let end = body.find('"').unwrap_or(body.len());
                    found.push((name.clone(), body[..end].to_owned()));
                }
            }
        }
        found
    }

    /// Words a printed text may carry in both languages: domain terms and names of things.
    const SAME_IN_BOTH: &[&str] = &[
        "penata", "check", "NIP", "Golongan", "Unit", "Formasi", "JPM", "BUP", "keys", "level",
        "gap",
    ];

    #[test]
    fn the_commands_print_no_text_of_their_own() {
        let mut monolingual = Vec::new();
        for (file, literal) in printed_literals() {
            // Placeholders are values, not words.
            let mut words = String::new();
            let mut depth = 0;
            for c in literal.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => words.push(c),
                    _ => {}
                }
            }
            let stray: Vec<&str> = words
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() > 1 && !SAME_IN_BOTH.contains(w))
                .collect();
            if !stray.is_empty() {
                monolingual.push(format!("{file}: {literal:?}"));
            }
        }
        assert!(
            monolingual.is_empty(),
            "texts in one language; put them in src/cli/text.rs: {monolingual:#?}"
        );
        // The scan itself sees the commands' output.
        let literals = printed_literals();
        assert!(literals.len() > 50, "{}", literals.len());
        assert!(
            literals
                .iter()
                .any(|(f, l)| f == "show.rs" && l.contains("Formasi")),
            "{literals:?}"
        );
    }

    #[test]
    fn messages_are_indonesian_by_default() {
        // Unit tests run in Bahasa Indonesia: nothing sets the language.
        assert_eq!(
            no_employee("1985 0312 201001 2 003"),
            "tidak ada pegawai dengan NIP 1985 0312 201001 2 003 (cari pegawai dengan: penata \
             search NAMA)"
        );
        assert_eq!(
            nothing_to(true, "A"),
            "tidak ada yang dapat diulang dalam rencana \"A\""
        );
        assert!(org_summary(1, 2, 3).ends_with("3 pegawai"));
    }
}
