//! The store's errors and documents are worded in the language they are given, both in one
//! process.

use super::*;
use crate::lang::Lang;

#[test]
fn store_errors_say_what_is_wrong_and_what_to_do_in_each_language() {
    let locked = StoreError::Locked {
        dir: "/data/penata".into(),
    }
    .msg();
    let id = Lang::Id.say(&locked);
    assert!(
        id.starts_with("basis data di /data/penata sedang dipakai proses penata lain.\n"),
        "{id}"
    );
    let en = Lang::En.say(&locked);
    assert!(
        en.starts_with("the database in /data/penata is in use by another penata process.\n"),
        "{en}"
    );
    assert!(id.contains("--db DIR") && en.contains("--db DIR"));
    let corrupt = StoreError::Corrupt {
        key: "meta/schema".into(),
        message: msg!("store-not-u32"),
    }
    .msg();
    assert_eq!(
        Lang::Id.say(&corrupt),
        "rekaman tersimpan meta/schema tidak dapat dibaca (bukan angka 4 bita); basis data \
         mungkin rusak: pulihkan dari hasil ekspor"
    );
    assert_eq!(
        Lang::En.say(&corrupt),
        "stored record meta/schema is unreadable (not a 4-byte number); the database may be \
         damaged: restore it from an export"
    );
    // A version number is a code, never grouped.
    let newer = StoreError::NewerSchema {
        dir: "/d".into(),
        found: 1000,
        supported: 2,
    }
    .msg();
    assert!(Lang::En.say(&newer).contains("schema version 1000,"));
}

#[test]
fn counts_follow_the_plural_rules() {
    let moves = |n: u64| msg!("store-no-move", plan = "A", moves = n, number = "9");
    assert_eq!(
        Lang::En.say(&moves(1)),
        "plan \"A\" has 1 move; there is no move 9"
    );
    assert_eq!(
        Lang::En.say(&moves(2)),
        "plan \"A\" has 2 moves; there is no move 9"
    );
    assert_eq!(
        Lang::Id.say(&moves(1)),
        "rencana \"A\" memiliki 1 perpindahan; tidak ada perpindahan 9"
    );
    let imported = |n: usize| msg!("store-nothing-imported", errors = n);
    assert_eq!(Lang::En.say(&imported(1)), "1 error; nothing was imported");
    assert_eq!(
        Lang::Id.say(&imported(1018)),
        "1.018 kesalahan; tidak ada yang diimpor"
    );
}

#[test]
fn the_display_of_an_error_is_its_message_in_english_for_logs() {
    // A planner reads `lang.say(&e.msg())`; Display is for logs and error chains.
    let e = StoreError::Refused(msg!("store-no-plan", name = "X"));
    assert_eq!(e.to_string(), Lang::En.say(&e.msg()));
}
