# Pesan kesalahan tombol pengganti (`[keys.MODE]` di berkas pengaturan).

keys-at-line = baris { $line }: { $problem }
keys-unknown-mode = mode [keys.{ $mode }] tidak dikenal: gunakan salah satu dari global, { $modes }
keys-unknown-action = tidak ada aksi "{ $action }" di [keys.{ $mode }]: gunakan salah satu dari { $actions }
keys-unknown-key = tombol "{ $name }" tidak dikenal: tulis satu karakter ("C", "*"), ctrl-x, alt-x, atau salah satu dari enter, esc, tab, space, backspace, delete, up, down, left, right, pageup, pagedown, home, end, f1-f12
keys-typed-as-text = "{ $name }" tidak dapat menjadi tombol di [keys.{ $mode }]: karakter yang dapat dicetak diketik sebagai teks di sana; gunakan ctrl-, alt- atau tombol bernama seperti f2
keys-clash = tombol { $key } akan berarti "{ $first }" ([keys.{ $first_mode }]) sekaligus "{ $second }" ([keys.{ $second_mode }]) di mode { $mode }: pilih tombol lain, atau pindahkan juga aksi yang lain
