# What a key override's error says (`[keys.MODE]` in the settings file). Mode, action and key
# names (`[keys.browse]`, `candidates`, `ctrl-x`) stay as the settings file writes them.

# Where a key override's problem is: its line, then the problem.
keys-at-line = line { $line }: { $problem }
# `[keys.MODE]` with a mode that does not exist.
keys-unknown-mode = unknown mode [keys.{ $mode }]: use one of global, { $modes }
# An action the mode does not have.
keys-unknown-action = no action "{ $action }" in [keys.{ $mode }]: use one of { $actions }
# A key name that is not a key.
keys-unknown-key = unknown key "{ $name }": write a character ("C", "*"), ctrl-x, alt-x, or one of enter, esc, tab, space, backspace, delete, up, down, left, right, pageup, pagedown, home, end, f1-f12
# A printable character for a mode where characters are typed as text.
keys-typed-as-text = "{ $name }" cannot be a key in [keys.{ $mode }]: printable characters are typed there; use ctrl-, alt- or a named key such as f2
# One key for two actions in a mode.
keys-clash = key { $key } would mean both "{ $first }" ([keys.{ $first_mode }]) and "{ $second }" ([keys.{ $second_mode }]) in mode { $mode }: choose another key, or move the other action too
