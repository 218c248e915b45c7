# The settings file's errors and the commented default file (`penata config init`). Keys,
# values and section names (`[keys.browse]`, `high_contrast`) stay as the file writes them.

# Where a settings problem is: its line, then the problem.
settings-at-line = line { $line }: { $problem }
# A key the file may not have; `allowed` lists those it may.
settings-unknown-key = unknown field `{ $key }`: use one of { $allowed }
# A value that is not one of the choices.
settings-unknown-value = unknown variant `{ $value }`: use one of { $allowed }
# Two choices, as the TOML reader lists them (`a` or `b`).
settings-either = { $first } or { $second }
# A value of the wrong type (`found` and `expected` as the TOML reader names them).
settings-wrong-type = invalid type: { $found }, expected { $expected }
# A key override that is neither a text nor a list of texts.
settings-key-spec = a key must be text such as "C" or a list such as ["q", "ctrl-q"]
# Anything else the TOML reader refused, in its own words.
settings-not-toml = not valid TOML ({ $message }); check this line
# `[keys.MODE] ACTION = []`.
settings-no-key = [keys.{ $mode }] { $action } has no key: name at least one, or remove the line to keep the default
# A number outside its range; `what` names the quantity.
settings-out-of-range = { $value } is not { $what }: use a whole number from { $min } to { $max }
# The quantity of a competency level, in settings-out-of-range.
settings-level = a competency level
# The quantity of a retirement age, in settings-out-of-range.
settings-retirement-age = a retirement age (BUP)
# The quantity of the import size cap, in settings-out-of-range.
settings-input-mb = a file size in MB
# Fit thresholds out of order.
settings-fit-thresholds = fit thresholds must satisfy 0 < middle < high (percent), found middle = { $middle } and high = { $high }: lower middle or raise high

## The TOML reader's type names (English as the reader writes them)

# A type name the reader gives that has no translation.
# @same
settings-type-as-read = { $name }
# A type name followed by the value the reader quotes (`string "yes"`).
# @same
settings-type-with-value = { $name }{ $rest }
# The reader's "a boolean".
settings-type-a-boolean = a boolean
# The reader's "boolean".
settings-type-boolean = boolean
# The reader's "f64".
settings-type-f64 = f64
# The reader's "i64".
settings-type-i64 = i64
# The reader's "u8".
settings-type-u8 = u8
# The reader's "integer".
settings-type-integer = integer
# The reader's "floating point".
settings-type-floating-point = floating point
# The reader's "string".
settings-type-string = string
# The reader's "a string".
settings-type-a-string = a string
# The reader's "a sequence".
settings-type-a-sequence = a sequence
# The reader's "sequence".
settings-type-sequence = sequence
# The reader's "map".
settings-type-map = map
# The reader's "a map".
settings-type-a-map = a map

## The commented default file (`penata config init`); each block is a TOML comment

# The default file's head: how to use it, and the general settings.
settings-default-head =
    # penata settings (TOML). Remove the leading '#' of a line to change that setting.
    # `penata config show` prints what is in effect and where each value comes from.

    # Database directory (--db and $PENATA_DB still win).
    # database = "/srv/penata/db"

    # Language of screens and messages: "id" or "en" (--lang wins; without either,
    # a locale starting with id_ means Indonesian, anything else English).
    # language = "id"

    # Colours: "default", "high_contrast" or "monochrome" (NO_COLOR forces monochrome).
    # theme = "default"

    # Mask NIPs in exports by default (birth date and sequence hidden).
    # mask_nip = false

    # Largest file an import reads, in MB (1-4096). Raise it for a bigger export; a
    # bigger file is refused before it is read.
    # max_input_mb = 200

    # Job Person Match categories: profile "mapping" (Optimal >= 90, Cukup Optimal >= 78)
    # or "selection" (MS >= 80, MMS >= 68). Thresholds in percent, 0 < middle < high.
# The default file's comment above [standards].
settings-default-standards = # Default competency level (1-5) of positions that list no requirements, per type.
# The default file's comment above [retirement].
settings-default-retirement = # Retirement age (BUP) per kind of seat.
# The default file's comment on key overrides.
settings-default-keys =
    # Key overrides per mode: [keys.MODE] ACTION = "KEY" or ["KEY", "KEY"]. The help
    # overlay (?) lists each mode's actions; `penata config keys` prints their names.
    # Keys: a character ("C", "*"), ctrl-x, alt-x, enter, esc, tab, space, backspace,
    # delete, up, down, left, right, pageup, pagedown, home, end, f1-f12.
    # [keys.browse]
    # candidates = "C"
