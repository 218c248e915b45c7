# Bahasa itu sendiri: pilihannya di baris perintah dan di berkas pengaturan.

lang-unknown = bahasa "{ $found }" tidak dikenal: gunakan id atau en
