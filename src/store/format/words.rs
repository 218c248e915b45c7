//! serde's and serde_json's words about a JSON file turned into messages: its own syntax
//! messages (`trailing comma`), its "invalid type" sentence, and the reader's descriptions of
//! what it expected (`a list of records`).
//!
//! serde builds those sentences itself, from what a visitor writes in `expecting`, before
//! anyone knows the language they will be shown in. So the reader writes message ids there
//! (and in the descriptions of values it hands the validation: `store-a-list`), and
//! [`spliced`] turns every such id in a text back into its message.

use crate::lang::{Msg, Value, msg};
use crate::store::as_is;

use super::FORMAT_V1;

/// A JSON list, as a value reads in a message.
pub const A_LIST: &str = "store-a-list";
/// A JSON object, as a value reads in a message.
pub const AN_OBJECT: &str = "store-an-object";

/// The ids a text may hold in place of words, longest first (one may start another).
const MARKERS: &[&str] = &[
    "store-expecting-records",
    "store-expecting-record",
    "store-expecting-levels",
    "store-expecting-notes",
    "store-expecting-value",
    "store-expecting-file",
    "store-expecting-key",
    A_LIST,
    AN_OBJECT,
];

/// The message of a marker id.
fn marker(id: &'static str) -> Msg {
    match id {
        "store-expecting-file" => msg!("store-expecting-file", format = FORMAT_V1),
        _ => Msg::new(id),
    }
}

/// A text that may hold marker ids, as a message: each id becomes its words.
pub fn spliced(text: &str) -> Msg {
    let first = MARKERS
        .iter()
        .filter_map(|m| text.find(m).map(|at| (at, *m)))
        .min_by_key(|(at, m)| (*at, usize::MAX - m.len()));
    match first {
        None => as_is(text),
        Some((at, id)) => {
            let (before, after) = (&text[..at], &text[at + id.len()..]);
            match (before.is_empty(), after.is_empty()) {
                (true, true) => marker(id),
                _ => msg!(
                    "store-spliced",
                    before = before,
                    what = marker(id),
                    after = spliced(after)
                ),
            }
        }
    }
}

/// A message made below the store (the validation's) whose text values may hold marker
/// ids: each such value becomes the message of its words.
pub fn splice_msg(mut m: Msg) -> Msg {
    for (_, value) in &mut m.args {
        *value = match std::mem::replace(value, Value::Num(0.0)) {
            Value::Str(s) if MARKERS.iter().any(|k| s.contains(k)) => {
                Value::Msg(Box::new(spliced(&s)))
            }
            Value::Msg(inner) => Value::Msg(Box::new(splice_msg(*inner))),
            other => other,
        };
    }
    m
}

/// serde_json's own message about a JSON text (without its position), as a message.
pub fn json_message(message: &str) -> Msg {
    // i18n-exempt: serde's sentence, matched to be translated
    if let Some(rest) = message.strip_prefix("invalid type: ")
        // i18n-exempt: serde's sentence, matched to be translated
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return msg!(
            "store-json-invalid-type",
            found = found_value(found),
            expected = spliced(expected)
        );
    }
    match known(message) {
        Some(id) => Msg::new(id),
        None => spliced(message),
    }
}

/// Makes the message of a described value from the value.
type Described = fn(&str) -> Msg;

/// serde's description of the value it found (`string "x"`, `sequence`).
fn found_value(found: &str) -> Msg {
    let prefixed: [(&str, Described); 4] = [
        ("string ", |v| msg!("store-json-found-string", value = v)),
        ("integer ", |v| msg!("store-json-found-integer", value = v)),
        // i18n-exempt: serde's words, matched to be translated
        ("floating point ", |v| {
            msg!("store-json-found-float", value = v)
        }),
        ("boolean ", |v| msg!("store-json-found-boolean", value = v)),
    ];
    match found {
        "sequence" => return Msg::new("store-json-found-sequence"),
        "map" => return Msg::new("store-json-found-map"),
        // i18n-exempt: serde's words, matched to be translated
        "unit value" => return Msg::new("store-json-found-unit"),
        _ => {}
    }
    for (prefix, make) in prefixed {
        if let Some(v) = found.strip_prefix(prefix) {
            return make(v);
        }
    }
    spliced(found)
}

/// The message of one of serde_json's fixed syntax messages.
fn known(message: &str) -> Option<&'static str> {
    // i18n-exempt: serde_json's messages, matched to be translated
    Some(match message {
        "EOF while parsing a list" => "store-json-eof-list", // i18n-exempt: serde_json
        "EOF while parsing an object" => "store-json-eof-object", // i18n-exempt: serde_json
        "EOF while parsing a string" => "store-json-eof-string", // i18n-exempt: serde_json
        "EOF while parsing a value" => "store-json-eof-value", // i18n-exempt: serde_json
        "expected `:`" => "store-json-expected-colon",
        "expected `,` or `]`" => "store-json-expected-list-comma", // i18n-exempt: serde_json
        "expected `,` or `}`" => "store-json-expected-object-comma", // i18n-exempt: serde_json
        "expected ident" => "store-json-expected-ident",           // i18n-exempt: serde_json
        "expected value" => "store-json-expected-value",           // i18n-exempt: serde_json
        "expected `\"`" => "store-json-expected-quote",
        "invalid escape" => "store-json-invalid-escape", // i18n-exempt: serde_json
        "invalid number" => "store-json-invalid-number", // i18n-exempt: serde_json
        "number out of range" => "store-json-number-out-of-range", // i18n-exempt: serde_json
        "invalid unicode code point" => "store-json-invalid-code-point", // i18n-exempt: serde_json
        // i18n-exempt: serde_json's message
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "store-json-control-character"
        }
        "key must be a string" => "store-json-key-not-string", // i18n-exempt: serde_json
        // i18n-exempt: serde_json's message
        "lone leading surrogate in hex escape" => "store-json-lone-surrogate",
        "trailing comma" => "store-json-trailing-comma", // i18n-exempt: serde_json
        "trailing characters" => "store-json-trailing-characters", // i18n-exempt: serde_json
        // i18n-exempt: serde_json's message
        "unexpected end of hex escape" => "store-json-hex-escape-end",
        "recursion limit exceeded" => "store-json-recursion-limit", // i18n-exempt: serde_json
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn serde_json_words_are_translated_and_unknown_ones_kept() {
        let m = json_message("trailing comma");
        assert_eq!(Lang::Id.say(&m), "ada koma berlebih di akhir");
        assert_eq!(Lang::En.say(&m), "trailing comma");
        let m = json_message("invalid type: map, expected store-expecting-records");
        assert_eq!(
            Lang::Id.say(&m),
            "jenis nilai tidak sah: sebuah objek, yang diharapkan daftar rekaman"
        );
        assert_eq!(
            Lang::En.say(&m),
            "invalid type: map, expected a list of records"
        );
        let m = json_message("invalid type: string \"x\", expected u8");
        assert_eq!(
            Lang::Id.say(&m),
            "jenis nilai tidak sah: teks \"x\", yang diharapkan u8"
        );
        assert_eq!(
            Lang::Id.say(&json_message("something new")),
            "something new"
        );
    }

    #[test]
    fn markers_in_a_text_become_their_words() {
        let m = spliced("nip is store-a-list: must be text");
        assert_eq!(Lang::Id.say(&m), "nip is sebuah daftar: must be text");
        assert_eq!(Lang::En.say(&m), "nip is a list: must be text");
        assert_eq!(Lang::En.say(&spliced(AN_OBJECT)), "an object");
        assert_eq!(Lang::En.say(&spliced("plain")), "plain");
    }
}
