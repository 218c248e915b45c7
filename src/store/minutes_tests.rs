//! Snapshots of the meeting documents for a small hand-built plan at a fixed date.

use time::macros::date;

use super::*;
use crate::domain::Nip;
use crate::domain::compare::tests::{mv, nip, sample_comparison};
use crate::lang::Lang;

/// Citra X -> Y approved with a remark; Fitri from the pool onto a full seat rejected;
/// Dedi unplaced undecided; Budi to Y postponed.
fn sample() -> Comparison {
    sample_comparison(vec![
        mv(
            3,
            Some("d.x.staf"),
            Some("d.y.staf"),
            Some("penguatan Bidang Y; \"analis\" senior"),
            Some((Decision::Setuju, Some("berlaku 1 Januari 2027"))),
        ),
        mv(
            6,
            None,
            Some("k.camat"),
            Some("formasi penuh"),
            Some((Decision::Tolak, None)),
        ),
        mv(4, Some("d.y.staf"), None, None, None),
        mv(
            2,
            Some("d.x.staf"),
            Some("d.y.staf"),
            None,
            Some((Decision::Tunda, Some("menunggu hasil uji kompetensi"))),
        ),
    ])
}

const DAY: Date = date!(2026 - 11 - 23);

#[test]
fn markdown_minutes() {
    insta::assert_snapshot!(render_markdown(&sample(), DAY, Lang::Id));
}

#[test]
fn sk_attachment_lists_only_approved_moves() {
    let sk = render_sk(&sample(), DAY, Lang::Id);
    assert!(sk.contains("Citra Dewi \\| S.E."), "{sk}");
    assert!(!sk.contains("Fitri") && !sk.contains("Dedi") && !sk.contains("Budi"));
    insta::assert_snapshot!(sk);
}

#[test]
fn sk_without_approved_moves_says_so() {
    let sk = render_sk(&sample_comparison(vec![]), DAY, Lang::Id);
    assert!(sk.contains("Belum ada usulan yang disetujui rapat."));
}

#[test]
fn csv_rows_with_bom_and_semicolons() {
    let bytes = render_csv(&sample(), b';', Lang::Id).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with('\u{feff}'));
    insta::assert_snapshot!(text.trim_start_matches('\u{feff}'));
}

#[test]
fn csv_parses_back_with_any_delimiter() {
    for delimiter in [b';', b','] {
        let bytes = render_csv(&sample(), delimiter, Lang::Id).unwrap();
        let mut r = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(&bytes[3..]);
        let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, csv_columns(Lang::Id));
        assert_eq!(header[2], "Nama");
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 4);
        assert_eq!(&rows[0][1], nip(3).grouped());
        assert_eq!(&rows[0][10], "penguatan Bidang Y; \"analis\" senior");
        assert_eq!(&rows[0][11], "setuju");
        assert_eq!(&rows[1][4], "Belum ditempatkan");
        assert_eq!(&rows[2][11], "belum diputuskan");
        assert_eq!(&rows[2][9], "");
        assert_eq!(Nip::parse(&rows[3][1]).unwrap(), nip(2));
    }
}

#[test]
fn json_is_the_comparison() {
    let c = sample();
    let text = render_json(&c).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["organization"], "Pemerintah Kota Uji");
    assert_eq!(v["moves"].as_array().unwrap().len(), 4);
    assert_eq!(v["moves"][0]["to"]["unit_name"], "Bidang Y");
    assert_eq!(v["tally"]["undecided"], 1);
    assert_eq!(v["units"][0]["headcount_before"]["formation"], 5);
    assert!(text.ends_with("}\n"));
}

#[test]
fn dates_and_ranks_in_indonesian() {
    assert_eq!(tanggal_hari(DAY, Lang::Id), "Senin, 23 November 2026");
    assert_eq!(tanggal(date!(2027 - 08 - 17), Lang::Id), "17 Agustus 2027");
    assert_eq!(
        pangkat_golongan(Rank::parse("III/b").unwrap()),
        "Penata Muda Tingkat I, III/b"
    );
    assert_eq!(pangkat_golongan(Rank::parse("IX").unwrap()), "Golongan IX");
    let t = time::macros::datetime!(2026-11-20 09:15 +08:00);
    assert_eq!(
        waktu_panjang(t, Lang::Id),
        "20 November 2026 pukul 09.15 WITA"
    );
    assert_eq!(waktu_iso(t), "2026-11-20 09:15 +08:00");
    let utc = time::macros::datetime!(2026-11-20 02:15 UTC);
    assert_eq!(
        waktu_panjang(utc, Lang::Id),
        "20 November 2026 pukul 02.15 UTC"
    );
    assert_eq!(md("a|b*c\nd"), "a\\|b\\*c d");
}

#[test]
fn dates_and_times_in_english_in_the_same_process() {
    assert_eq!(tanggal_hari(DAY, Lang::En), "Monday, 23 November 2026");
    assert_eq!(tanggal(date!(2027 - 08 - 17), Lang::En), "17 August 2027");
    let t = time::macros::datetime!(2026-11-20 09:15 +08:00);
    assert_eq!(waktu_panjang(t, Lang::En), "20 November 2026 at 09:15 WITA");
    assert_eq!(decision_text(None, Lang::En), "undecided");
    assert_eq!(decision_text(None, Lang::Id), "belum diputuskan");
    let (id, en) = (csv_columns(Lang::Id), csv_columns(Lang::En));
    let translated = id.iter().zip(&en).filter(|(a, b)| a != b).count();
    // No, NIP and Golongan stay; the rest are words.
    assert_eq!(translated, 12, "{id:?} / {en:?}");
}
