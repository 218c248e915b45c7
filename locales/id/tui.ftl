# Runtime terminal: mengapa terminal tidak dapat dipakai dan mengapa thread-nya tidak dapat dimulai.

tui-prepare-terminal = terminal tidak dapat disiapkan; jalankan penata di terminal interaktif
tui-terminal-size = ukuran terminal tidak dapat dibaca
tui-restore-terminal = terminal tidak dapat dipulihkan; jalankan `reset` bila tampilannya rusak
tui-lookup-thread = thread pencarian tidak dapat dimulai
tui-input-thread = thread pembaca papan ketik tidak dapat dimulai
tui-mouse-reporting = pelaporan mouse tidak dapat diubah
tui-open-thread = thread pembuka basis data tidak dapat dimulai
tui-open-thread-panicked = thread pembuka basis data berhenti karena galat; jalankan penata lagi
