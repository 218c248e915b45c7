#!/usr/bin/env python3
"""Generate the built-in demo organization `fixtures/demo-semarang.json` (format penata/v1).

Run from anywhere (Python 3, standard library only):

    python3 scripts/make-demo.py            # validate, print a summary, write the fixture
    python3 scripts/make-demo.py --check    # validate and print the summary, write nothing

The output is deterministic (fixed random seed): running it twice gives the same bytes.
Everything in the file is fictitious: the units and titles follow the usual structure of
Pemerintah Kota Semarang, but the people, NIPs, assessments and notes are invented.
The script validates its output against the penata/v1 rules before writing and fails
loudly (exit 1) when any rule or any of the demo's stories is broken.
"""

import datetime as dt
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20261123
TODAY = dt.date(2026, 11, 23)  # the demo's "now": ages, retirement and note dates are relative to it
OUT = Path(__file__).resolve().parent.parent / "fixtures" / "demo-semarang.json"

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# Competency dictionary (PermenPANRB 38/2017 managerial + socio-cultural; technical per function)
# --------------------------------------------------------------------------------------------
MANAGERIAL = [
    ("INT", "Integritas"),
    ("KS", "Kerja Sama"),
    ("KOM", "Komunikasi"),
    ("OH", "Orientasi pada Hasil"),
    ("PP", "Pelayanan Publik"),
    ("PDO", "Pengembangan Diri dan Orang Lain"),
    ("MP", "Mengelola Perubahan"),
    ("PK", "Pengambilan Keputusan"),
]
SOSIO = [("PB", "Perekat Bangsa")]
TECHNICAL = [
    ("KEU", "Pengelolaan Keuangan Daerah"),
    ("ADK", "Administrasi Kependudukan dan Pencatatan Sipil"),
    ("KESMAS", "Kesehatan Masyarakat"),
    ("KEP", "Asuhan Keperawatan"),
    ("KEB", "Asuhan Kebidanan"),
    ("YANKES", "Pelayanan Kesehatan Perorangan dan Kefarmasian"),
    ("RENBANG", "Perencanaan Pembangunan Daerah"),
    ("MSDM", "Manajemen Kepegawaian ASN"),
    ("HUK", "Penyusunan Produk Hukum Daerah"),
    ("PEMWIL", "Penyelenggaraan Pemerintahan Kecamatan dan Kelurahan"),
    ("TI", "Pengelolaan Teknologi Informasi dan Data"),
    ("ARS", "Kearsipan dan Administrasi Perkantoran"),
]
MGR_CODES = [c for c, _ in MANAGERIAL] + ["PB"]
TECH_CODES = [c for c, _ in TECHNICAL]

TYPES = ["jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas", "pelaksana", "fungsional"]
DEFAULT_STANDARD = {
    "jpt_utama": 5, "jpt_madya": 5, "jpt_pratama": 4, "administrator": 3,
    "pengawas": 2, "pelaksana": 1, "fungsional": 2,
}

# --------------------------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------------------------
UNITS = [
    ("setda", "Sekretariat Daerah", None),
    ("setda.asisten1", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "setda"),
    ("setda.asisten1.pemerintahan", "Bagian Pemerintahan", "setda.asisten1"),
    ("setda.asisten1.hukum", "Bagian Hukum", "setda.asisten1"),
    ("setda.asisten1.kesra", "Bagian Kesejahteraan Rakyat", "setda.asisten1"),
    ("setda.asisten2", "Asisten Perekonomian dan Pembangunan", "setda"),
    ("setda.asisten2.adpem", "Bagian Administrasi Pembangunan", "setda.asisten2"),
    ("setda.asisten3", "Asisten Administrasi Umum", "setda"),
    ("setda.asisten3.organisasi", "Bagian Organisasi", "setda.asisten3"),
    ("setda.asisten3.umum", "Bagian Umum", "setda.asisten3"),
    ("setda.asisten3.prokompim", "Bagian Protokol dan Komunikasi Pimpinan", "setda.asisten3"),
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", None),
    ("disdukcapil.sekretariat", "Sekretariat", "disdukcapil"),
    ("disdukcapil.dafduk", "Bidang Pelayanan Pendaftaran Penduduk", "disdukcapil"),
    ("disdukcapil.capil", "Bidang Pelayanan Pencatatan Sipil", "disdukcapil"),
    ("disdukcapil.piak", "Bidang Pengelolaan Informasi Administrasi Kependudukan", "disdukcapil"),
    ("dinkes", "Dinas Kesehatan", None),
    ("dinkes.sekretariat", "Sekretariat", "dinkes"),
    ("dinkes.kesmas", "Bidang Kesehatan Masyarakat", "dinkes"),
    ("dinkes.p2p", "Bidang Pencegahan dan Pengendalian Penyakit", "dinkes"),
    ("dinkes.yankes", "Bidang Pelayanan dan Sumber Daya Kesehatan", "dinkes"),
    ("dinkes.pkm_pandanaran", "UPTD Puskesmas Pandanaran", "dinkes"),
    ("dinkes.pkm_tlogosari_kulon", "UPTD Puskesmas Tlogosari Kulon", "dinkes"),
    ("dinkes.pkm_srondol", "UPTD Puskesmas Srondol", "dinkes"),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah", None),
    ("bappeda.sekretariat", "Sekretariat", "bappeda"),
    ("bappeda.ppepd", "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", "bappeda"),
    ("bappeda.pmpp", "Bidang Pemerintahan dan Pembangunan Manusia", "bappeda"),
    ("bappeda.infrawil", "Bidang Infrastruktur dan Pengembangan Wilayah", "bappeda"),
    ("bkpp", "Badan Kepegawaian, Pendidikan dan Pelatihan", None),
    ("bkpp.sekretariat", "Sekretariat", "bkpp"),
    ("bkpp.pengadaan", "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", "bkpp"),
    ("bkpp.mutasi", "Bidang Mutasi dan Promosi", "bkpp"),
    ("bkpp.bangkom", "Bidang Pengembangan Kompetensi Aparatur", "bkpp"),
    ("banyumanik", "Kecamatan Banyumanik", None),
    ("banyumanik.srondol_wetan", "Kelurahan Srondol Wetan", "banyumanik"),
    ("banyumanik.pedalangan", "Kelurahan Pedalangan", "banyumanik"),
    ("banyumanik.padangsari", "Kelurahan Padangsari", "banyumanik"),
]

# Voices from the public per unit (aduan / masukan masyarakat): (date said, source, severity,
# text, recorded by, recorded at). Fixed, not drawn from the random stream, so adding them
# changes nothing else in the file.
FEEDBACK = {
    "disdukcapil.dafduk": [
        ("2026-10-14", "SP4N-LAPOR!", "high",
         "Antrean perekaman KTP-el mengular sampai siang; nomor antrean habis pukul 09.00.",
         "anton.disdukcapil", "2026-10-15T09:10:00+07:00"),
        ("2026-11-05", "forum warga", "medium",
         "Warga minta layanan jemput bola perekaman KTP-el untuk lansia dan penyandang disabilitas.",
         "ratna.bkpp", "2026-11-06T10:30:00+07:00"),
    ],
    "disdukcapil.capil": [
        ("2026-09-18", "survei kepuasan masyarakat", "low",
         "Akta kelahiran selesai dalam satu hari; warga puas dengan layanan daring.",
         "anton.disdukcapil", "2026-09-21T08:45:00+07:00"),
    ],
    "dinkes.pkm_pandanaran": [
        ("2026-10-30", "kotak saran", "low",
         "Pasien memuji bidan dan perawat poli KIA yang ramah dan sigap.",
         "dewi.dinkes", "2026-11-02T09:00:00+07:00"),
    ],
    "dinkes.pkm_srondol": [
        ("2026-11-10", "SP4N-LAPOR!", "high",
         "Poli umum hanya dilayani satu dokter; pasien BPJS menunggu lebih dari tiga jam.",
         "dewi.dinkes", "2026-11-11T13:15:00+07:00"),
    ],
    "dinkes.pkm_tlogosari_kulon": [
        ("2026-02-17", "musrenbang kelurahan", "medium",
         "Usul posyandu lansia dan jam layanan sore bagi warga yang bekerja.",
         "budi.bkpp", "2026-02-19T14:00:00+07:00"),
    ],
    "bappeda": [
        ("2026-03-10", "musrenbang kota", "medium",
         "Usulan musrenbang kecamatan belum ada kabar tindak lanjut; minta status tiap usulan dibuka ke publik.",
         "sari.bappeda", "2026-03-12T10:00:00+07:00"),
    ],
    "banyumanik": [
        ("2026-09-03", "forum warga", "medium",
         "Loket PATEN kecamatan sering kosong saat jam istirahat; minta petugas bergantian.",
         "hendra.kec-banyumanik", "2026-09-04T08:30:00+07:00"),
    ],
    "banyumanik.srondol_wetan": [
        ("2026-01-20", "musrenbang kelurahan", "low",
         "Usul pendampingan pengurusan NIB bagi pelaku UMKM di kelurahan.",
         "hendra.kec-banyumanik", "2026-01-22T11:00:00+07:00"),
    ],
}


def unit_record(uid, name, parent):
    u = {"id": uid, "name": name, "parent": parent}
    if uid in FEEDBACK:
        u["feedback"] = [{"date": d, "source": src, "severity": sev, "text": text, "recorded_by": by,
                          "recorded_at": at} for d, src, sev, text, by, at in FEEDBACK[uid]]
    return u


# --------------------------------------------------------------------------------------------
# Positions
#
# Each entry: (slug, title, type, formation, spec) where spec may hold
#   tech:   {code: level} technical requirements (the managerial + PB part follows the type)
#   plain:  True -> empty requirements (the default standard of the type applies)
#   fill:   holders relative to formation (-1 = one vacancy, +2 = two over formation)
#   prof:   profile(s) used for titles and education of the holders
#   pppk:   share of holders who are PPPK
#   level:  functional level (pertama, muda, madya, terampil, mahir, penyelia)
#   female: share of women (default 0.5)
#   workload: list of (task, volume/year, minutes)
# --------------------------------------------------------------------------------------------
J, A, W, L, F = "jpt_pratama", "administrator", "pengawas", "pelaksana", "fungsional"

def pos(slug, title, typ, formation, **spec):
    return (slug, title, typ, formation, spec)

PELAKSANA_ADM = dict(prof="pel", tech={"ARS": 2})

POSITIONS = {
    "setda": [
        pos("sekda", "Sekretaris Daerah", J, 1, tech={"RENBANG": 4, "HUK": 4}, prof="sos", female=0.2),
        pos("staf_ahli_pemerintahan", "Staf Ahli Wali Kota Bidang Hukum, Politik dan Pemerintahan", J, 1,
            tech={"HUK": 4}, prof="hukum"),
        pos("staf_ahli_ekonomi", "Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan", J, 1,
            tech={"KEU": 4, "RENBANG": 3}, prof="ekonomi", fill=-1),
    ],
    "setda.asisten1": [
        pos("asisten", "Asisten Pemerintahan dan Kesejahteraan Rakyat", J, 1, tech={"PEMWIL": 4, "HUK": 3}, prof="sos"),
    ],
    "setda.asisten1.pemerintahan": [
        pos("kabag", "Kepala Bagian Pemerintahan", A, 1, tech={"PEMWIL": 4}, prof="stp"),
        pos("analis_kebijakan_muda", "Analis Kebijakan Ahli Muda", F, 3, tech={"PEMWIL": 3, "HUK": 3}, prof="sos",
            level="muda"),
        pos("analis_kebijakan_pertama", "Analis Kebijakan Ahli Pertama", F, 4, tech={"PEMWIL": 2}, prof="sos",
            level="pertama", fill=-1),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 4, plain=True, prof="pel"),
        pos("pengolah_data", "Pengolah Data dan Informasi", L, 3, tech={"TI": 2}, prof="pel"),
    ],
    "setda.asisten1.hukum": [
        pos("kabag", "Kepala Bagian Hukum", A, 1, tech={"HUK": 4}, prof="hukum"),
        pos("perancang_muda", "Perancang Peraturan Perundang-undangan Ahli Muda", F, 3, tech={"HUK": 3},
            prof="hukum", level="muda"),
        pos("perancang_pertama", "Perancang Peraturan Perundang-undangan Ahli Pertama", F, 4, tech={"HUK": 2},
            prof="hukum", level="pertama",
            workload=[("Penyusunan rancangan Peraturan Wali Kota", 60, 2400),
                      ("Harmonisasi rancangan Peraturan Daerah", 14, 4800),
                      ("Penyusunan naskah Keputusan Wali Kota", 420, 180),
                      ("Fasilitasi rapat pembahasan produk hukum", 120, 240)]),
        pos("analis_hukum", "Analis Hukum Ahli Pertama", F, 3, tech={"HUK": 2}, prof="hukum", level="pertama"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, **PELAKSANA_ADM),
    ],
    "setda.asisten1.kesra": [
        pos("kabag", "Kepala Bagian Kesejahteraan Rakyat", A, 1, tech={"KESMAS": 3}, prof="sos"),
        pos("analis_kebijakan_muda", "Analis Kebijakan Ahli Muda", F, 1, plain=True, prof="sos", level="muda"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, plain=True, prof="pel", fill=+1),
    ],
    "setda.asisten2": [
        pos("asisten", "Asisten Perekonomian dan Pembangunan", J, 1, tech={"RENBANG": 4, "KEU": 3}, prof="ekonomi"),
    ],
    "setda.asisten2.adpem": [
        pos("kabag", "Kepala Bagian Administrasi Pembangunan", A, 1, tech={"RENBANG": 3, "KEU": 3}, prof="teknik"),
        pos("pbj_pertama", "Pengelola Pengadaan Barang/Jasa Ahli Pertama", F, 4, tech={"KEU": 3}, prof="teknik",
            level="pertama", fill=-1),
        pos("analis_kebijakan_pertama", "Analis Kebijakan Ahli Pertama", F, 3, plain=True, prof="ekonomi", level="pertama"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, **PELAKSANA_ADM),
    ],
    "setda.asisten3": [
        pos("asisten", "Asisten Administrasi Umum", J, 1, tech={"MSDM": 3, "KEU": 3}, prof="sos"),
    ],
    "setda.asisten3.organisasi": [
        pos("kabag", "Kepala Bagian Organisasi", A, 1, tech={"MSDM": 3, "HUK": 3}, prof="sos"),
        pos("analis_kebijakan_muda", "Analis Kebijakan Ahli Muda", F, 3, tech={"MSDM": 3}, prof="sdm", level="muda"),
        pos("analis_sdm_pertama", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", F, 3, tech={"MSDM": 2},
            prof="sdm", level="pertama",
            workload=[("Penyusunan analisis jabatan perangkat daerah", 45, 1200),
                      ("Penyusunan analisis beban kerja perangkat daerah", 45, 900),
                      ("Evaluasi jabatan dan kelas jabatan", 180, 120),
                      ("Verifikasi peta jabatan usulan perangkat daerah", 40, 300)]),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, plain=True, prof="pel"),
    ],
    "setda.asisten3.umum": [
        pos("kabag", "Kepala Bagian Umum", A, 1, tech={"ARS": 3, "KEU": 3}, prof="sos"),
        pos("kasubbag_tu", "Kepala Subbagian Tata Usaha", W, 1, tech={"ARS": 3}, prof="sos"),
        pos("kasubbag_rt", "Kepala Subbagian Rumah Tangga", W, 1, tech={"KEU": 2, "ARS": 2}, prof="sos"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 6, fill=+3, prof="pel", tech={"ARS": 2},
            workload=[("Penerimaan dan pencatatan surat masuk", 9600, 6),
                      ("Pengetikan dan penggandaan naskah dinas", 4200, 15),
                      ("Pengarsipan surat keluar", 7800, 5),
                      ("Penyiapan rapat pimpinan", 240, 90)]),
        pos("pengelola_keuangan", "Pengelola Keuangan", L, 4, tech={"KEU": 2}, prof="keu_pel"),
        pos("pengurus_barang", "Pengurus Barang Milik Daerah", L, 3, plain=True, prof="pel"),
        pos("arsiparis", "Arsiparis Ahli Pertama", F, 3, tech={"ARS": 3}, prof="sos", level="pertama", fill=-1),
        pos("pengemudi", "Pengemudi", L, 0, plain=True, prof="slta", female=0.0, fill=+2),
    ],
    "setda.asisten3.prokompim": [
        pos("kabag", "Kepala Bagian Protokol dan Komunikasi Pimpinan", A, 1, tech={"ARS": 3}, prof="humas"),
        pos("pranata_humas", "Pranata Hubungan Masyarakat Ahli Pertama", F, 4, plain=True, prof="humas", level="pertama"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, plain=True, prof="pel"),
    ],
    "disdukcapil": [
        pos("kadis", "Kepala Dinas", J, 1, tech={"ADK": 4, "TI": 3}, prof="sos"),
    ],
    "disdukcapil.sekretariat": [
        pos("sekretaris", "Sekretaris", A, 1, tech={"KEU": 3, "MSDM": 3}, prof="sos"),
        pos("kasubbag_umpeg", "Kepala Subbagian Umum dan Kepegawaian", W, 1, tech={"MSDM": 3, "ARS": 3}, prof="sos"),
        pos("kasubbag_keu", "Kepala Subbagian Keuangan", W, 1, tech={"KEU": 3}, prof="ekonomi"),
        pos("perencana_pertama", "Perencana Ahli Pertama", F, 1, tech={"RENBANG": 2}, prof="plan", level="pertama"),
        pos("pengelola_keuangan", "Pengelola Keuangan", L, 3, tech={"KEU": 2}, prof="keu_pel"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 4, fill=+2, plain=True, prof="pel"),
    ],
    "disdukcapil.dafduk": [
        pos("kabid", "Kepala Bidang Pelayanan Pendaftaran Penduduk", A, 1, tech={"ADK": 4}, prof="sos"),
        pos("kasi_identitas", "Kepala Seksi Identitas Penduduk", W, 1, tech={"ADK": 3}, prof="sos"),
        pos("kasi_pindah_datang", "Kepala Seksi Pindah Datang dan Pendataan Penduduk", W, 1, tech={"ADK": 3}, prof="sos"),
        pos("operator_layanan", "Operator Layanan Operasional", L, 7, tech={"ADK": 2, "TI": 2}, prof="pel", pppk=0.6,
            workload=[("Perekaman biometrik KTP-el", 24000, 9),
                      ("Pencetakan dan penyerahan KTP-el", 30000, 4),
                      ("Penerbitan Kartu Identitas Anak", 11000, 5),
                      ("Pelayanan perubahan elemen data Kartu Keluarga", 16000, 8)]),
        pos("adminduk_pertama", "Administrator Database Kependudukan Ahli Pertama", F, 3, tech={"ADK": 3, "TI": 3},
            prof="it", level="pertama"),
        pos("pengolah_data", "Pengolah Data Kependudukan", L, 4, tech={"ADK": 2}, prof="pel", fill=+1),
    ],
    "disdukcapil.capil": [
        pos("kabid", "Kepala Bidang Pelayanan Pencatatan Sipil", A, 1, tech={"ADK": 4, "HUK": 3}, prof="hukum"),
        pos("kasi_kelahiran", "Kepala Seksi Kelahiran dan Kematian", W, 1, tech={"ADK": 3}, prof="sos"),
        pos("kasi_perkawinan", "Kepala Seksi Perkawinan, Perceraian dan Perubahan Status Anak", W, 1,
            tech={"ADK": 3, "HUK": 2}, prof="hukum", fill=-1),
        pos("penata_layanan", "Penata Layanan Operasional", L, 5, tech={"ADK": 2}, prof="pel",
            workload=[("Verifikasi berkas dan penerbitan akta kelahiran", 26500, 9),
                      ("Penerbitan akta kematian", 9800, 8),
                      ("Pencatatan perkawinan non-muslim", 1900, 30),
                      ("Pencatatan perubahan nama dan status anak", 1100, 40),
                      ("Legalisasi kutipan akta", 18000, 3)]),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, plain=True, prof="pel"),
    ],
    "disdukcapil.piak": [
        pos("kabid", "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan", A, 1, tech={"TI": 4, "ADK": 3},
            prof="it"),
        pos("kasi_siak", "Kepala Seksi Sistem Informasi Administrasi Kependudukan", W, 1, tech={"TI": 3, "ADK": 3},
            prof="it"),
        pos("kasi_pengolahan", "Kepala Seksi Pengolahan dan Penyajian Data Kependudukan", W, 1,
            tech={"TI": 3, "ADK": 3}, prof="it"),
        pos("pranata_komputer_pertama", "Pranata Komputer Ahli Pertama", F, 5, tech={"TI": 3}, prof="it",
            level="pertama", fill=-2, pppk=0.3),
        pos("adminduk_muda", "Administrator Database Kependudukan Ahli Muda", F, 1, tech={"ADK": 3, "TI": 4},
            prof="it", level="muda"),
        pos("pranata_komputer_terampil", "Pranata Komputer Terampil", F, 3, tech={"TI": 2}, prof="it_d3",
            level="terampil"),
    ],
    "dinkes": [
        pos("kadis", "Kepala Dinas", J, 1, tech={"KESMAS": 4, "YANKES": 3}, prof="dokter"),
    ],
    "dinkes.sekretariat": [
        pos("sekretaris", "Sekretaris", A, 1, tech={"KEU": 3, "MSDM": 3}, prof="kesmas"),
        pos("kasubbag_umpeg", "Kepala Subbagian Umum dan Kepegawaian", W, 1, tech={"MSDM": 3}, prof="sos"),
        pos("kasubbag_keu", "Kepala Subbagian Keuangan", W, 1, tech={"KEU": 4}, prof="ekonomi", fill=-1),
        pos("perencana_muda", "Perencana Ahli Muda", F, 1, tech={"RENBANG": 3}, prof="kesmas", level="muda"),
        pos("analis_sdm_pertama", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", F, 1, tech={"MSDM": 2},
            prof="sdm", level="pertama"),
        pos("pengelola_keuangan", "Pengelola Keuangan", L, 4, tech={"KEU": 2}, prof="keu_pel",
            workload=[("Verifikasi SPJ belanja puskesmas dan bidang", 5200, 25),
                      ("Penyusunan SPP/SPM", 1400, 40),
                      ("Rekonsiliasi dan laporan keuangan bulanan", 48, 600),
                      ("Pengelolaan dana BOK dan kapitasi JKN", 540, 120)]),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 5, plain=True, prof="pel", fill=+1),
    ],
    "dinkes.kesmas": [
        pos("kabid", "Kepala Bidang Kesehatan Masyarakat", A, 1, tech={"KESMAS": 4}, prof="kesmas"),
        pos("penyuluh_muda", "Penyuluh Kesehatan Masyarakat Ahli Muda", F, 3, tech={"KESMAS": 3}, prof="kesmas",
            level="muda"),
        pos("nutrisionis_pertama", "Nutrisionis Ahli Pertama", F, 3, tech={"KESMAS": 3}, prof="gizi", level="pertama"),
        pos("sanitarian_muda", "Sanitarian Ahli Muda", F, 1, tech={"KESMAS": 3}, prof="kesmas", level="muda"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, plain=True, prof="pel"),
    ],
    "dinkes.p2p": [
        pos("kabid", "Kepala Bidang Pencegahan dan Pengendalian Penyakit", A, 1, tech={"KESMAS": 4, "YANKES": 3},
            prof="dokter", fill=-1),
        pos("epidemiolog_muda", "Epidemiolog Kesehatan Ahli Muda", F, 3, tech={"KESMAS": 4}, prof="kesmas", level="muda"),
        pos("epidemiolog_pertama", "Epidemiolog Kesehatan Ahli Pertama", F, 3, tech={"KESMAS": 3}, prof="kesmas",
            level="pertama", fill=+1),
        pos("entomolog_pertama", "Entomolog Kesehatan Ahli Pertama", F, 1, tech={"KESMAS": 3}, prof="kesmas",
            level="pertama"),
        pos("pengolah_data", "Pengolah Data dan Informasi", L, 3, tech={"TI": 2}, prof="pel"),
    ],
    "dinkes.yankes": [
        pos("kabid", "Kepala Bidang Pelayanan dan Sumber Daya Kesehatan", A, 1, tech={"YANKES": 4}, prof="dokter_sp"),
        pos("administrator_kesehatan_muda", "Administrator Kesehatan Ahli Muda", F, 3, tech={"YANKES": 3, "KESMAS": 3},
            prof="kesmas", level="muda"),
        pos("apoteker_muda", "Apoteker Ahli Muda", F, 1, tech={"YANKES": 3}, prof="apoteker", level="muda"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, plain=True, prof="pel"),
    ],
    "bappeda": [
        pos("kepala", "Kepala Badan", J, 1, tech={"RENBANG": 4, "KEU": 3}, prof="plan"),
    ],
    "bappeda.sekretariat": [
        pos("sekretaris", "Sekretaris", A, 1, tech={"KEU": 3, "MSDM": 3}, prof="ekonomi"),
        pos("kasubbag_umpeg", "Kepala Subbagian Umum dan Kepegawaian", W, 1, tech={"MSDM": 3, "ARS": 2}, prof="sos"),
        pos("pengelola_keuangan", "Pengelola Keuangan", L, 3, tech={"KEU": 2}, prof="keu_pel"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 4, plain=True, prof="pel"),
        pos("perencana_pertama", "Perencana Ahli Pertama", F, 1, tech={"RENBANG": 2}, prof="plan", level="pertama"),
    ],
    "bappeda.ppepd": [
        pos("kabid", "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", A, 1,
            tech={"RENBANG": 4, "KEU": 3}, prof="plan"),
        pos("perencana_madya", "Perencana Ahli Madya", F, 1, tech={"RENBANG": 4}, prof="plan", level="madya"),
        pos("perencana_muda", "Perencana Ahli Muda", F, 3, tech={"RENBANG": 3}, prof="plan", level="muda",
            workload=[("Penyusunan rancangan RKPD", 1, 36000),
                      ("Pengendalian dan evaluasi RKPD triwulanan", 4, 15000),
                      ("Verifikasi Renja dan RKA perangkat daerah", 46, 1800),
                      ("Penyusunan LKjIP dan laporan evaluasi RPJMD", 2, 12000),
                      ("Musrenbang kecamatan dan kota", 17, 1500)]),
        pos("perencana_pertama", "Perencana Ahli Pertama", F, 4, tech={"RENBANG": 2}, prof="plan", level="pertama", fill=-1),
        pos("pengolah_data", "Pengolah Data dan Informasi", L, 3, tech={"TI": 2}, prof="pel"),
    ],
    "bappeda.pmpp": [
        pos("kabid", "Kepala Bidang Pemerintahan dan Pembangunan Manusia", A, 1, tech={"RENBANG": 4}, prof="plan"),
        pos("perencana_muda", "Perencana Ahli Muda", F, 3, tech={"RENBANG": 3, "KESMAS": 2}, prof="plan", level="muda"),
        pos("perencana_pertama", "Perencana Ahli Pertama", F, 3, plain=True, prof="plan", level="pertama"),
        pos("pengolah_data", "Pengolah Data dan Informasi", L, 1, plain=True, prof="pel"),
    ],
    "bappeda.infrawil": [
        pos("kabid", "Kepala Bidang Infrastruktur dan Pengembangan Wilayah", A, 1, tech={"RENBANG": 4}, prof="teknik"),
        pos("perencana_muda", "Perencana Ahli Muda", F, 3, tech={"RENBANG": 3}, prof="teknik", level="muda"),
        pos("perencana_pertama", "Perencana Ahli Pertama", F, 3, tech={"RENBANG": 2}, prof="teknik", level="pertama"),
        pos("penata_ruang_pertama", "Penata Ruang Ahli Pertama", F, 1, plain=True, prof="teknik", level="pertama", fill=+1),
    ],
    "bkpp": [
        pos("kepala", "Kepala Badan", J, 1, tech={"MSDM": 4, "HUK": 3}, prof="sdm"),
    ],
    "bkpp.sekretariat": [
        pos("sekretaris", "Sekretaris", A, 1, tech={"KEU": 3, "MSDM": 3}, prof="sos"),
        pos("kasubbag_umum", "Kepala Subbagian Umum", W, 1, tech={"ARS": 3}, prof="sos"),
        pos("kasubbag_keu", "Kepala Subbagian Perencanaan dan Keuangan", W, 1, tech={"KEU": 3, "RENBANG": 2},
            prof="ekonomi"),
        pos("pengelola_keuangan", "Pengelola Keuangan", L, 3, tech={"KEU": 2}, prof="keu_pel"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 4, plain=True, prof="pel", fill=+1),
        pos("pranata_komputer_pertama", "Pranata Komputer Ahli Pertama", F, 3, tech={"TI": 3, "MSDM": 2}, prof="it",
            level="pertama"),
    ],
    "bkpp.pengadaan": [
        pos("kabid", "Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", A, 1, tech={"MSDM": 4, "TI": 3},
            prof="sdm"),
        pos("analis_sdm_muda", "Analis Sumber Daya Manusia Aparatur Ahli Muda", F, 3, tech={"MSDM": 3}, prof="sdm",
            level="muda"),
        pos("analis_sdm_pertama", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", F, 3, tech={"MSDM": 2}, prof="sdm",
            level="pertama"),
        pos("pranata_komputer_muda", "Pranata Komputer Ahli Muda", F, 1, tech={"TI": 4, "MSDM": 2}, prof="it",
            level="muda"),
        pos("pengolah_data", "Pengolah Data Kepegawaian", L, 3, tech={"MSDM": 2, "TI": 2}, prof="pel"),
    ],
    "bkpp.mutasi": [
        pos("kabid", "Kepala Bidang Mutasi dan Promosi", A, 1, tech={"MSDM": 4, "HUK": 3}, prof="sdm"),
        pos("analis_sdm_muda", "Analis Sumber Daya Manusia Aparatur Ahli Muda", F, 3, tech={"MSDM": 4}, prof="sdm",
            level="muda"),
        pos("analis_sdm_pertama", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", F, 4, tech={"MSDM": 3},
            prof="sdm", level="pertama",
            workload=[("Verifikasi usul kenaikan pangkat (periode April dan Oktober)", 6200, 25),
                      ("Penyiapan SK mutasi dan rotasi", 1200, 45),
                      ("Penyiapan bahan Baperjakat", 24, 900),
                      ("Pelayanan usul pindah antarinstansi", 160, 120),
                      ("Penyusunan peta talenta dan rencana suksesi", 12, 6000)]),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, plain=True, prof="pel"),
    ],
    "bkpp.bangkom": [
        pos("kabid", "Kepala Bidang Pengembangan Kompetensi Aparatur", A, 1, tech={"MSDM": 4}, prof="sdm"),
        pos("asesor_muda", "Asesor Sumber Daya Manusia Aparatur Ahli Muda", F, 3, tech={"MSDM": 4}, prof="psi",
            level="muda"),
        pos("analis_sdm_pertama", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", F, 3, tech={"MSDM": 3},
            prof="sdm", level="pertama"),
        pos("widyaiswara_madya", "Widyaiswara Ahli Madya", F, 1, tech={"MSDM": 4}, prof="sdm", level="madya"),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 1, plain=True, prof="pel"),
    ],
    "banyumanik": [
        pos("camat", "Camat", A, 1, tech={"PEMWIL": 4}, prof="stp"),
        pos("sekcam", "Sekretaris Kecamatan", A, 1, tech={"PEMWIL": 3, "KEU": 3}, prof="stp"),
        pos("kasi_pemerintahan", "Kepala Seksi Pemerintahan", W, 1, tech={"PEMWIL": 3, "ADK": 2}, prof="stp"),
        pos("kasi_trantib", "Kepala Seksi Ketenteraman dan Ketertiban Umum", W, 1, tech={"PEMWIL": 3, "HUK": 2},
            prof="stp", female=0.2),
        pos("kasi_kesos", "Kepala Seksi Kesejahteraan Sosial", W, 1, tech={"PEMWIL": 3}, prof="sos"),
        pos("kasi_pmb", "Kepala Seksi Pemberdayaan Masyarakat dan Pembangunan", W, 1, tech={"PEMWIL": 3, "RENBANG": 2},
            prof="sos"),
        pos("kasubbag_umpeg", "Kepala Subbagian Umum dan Kepegawaian", W, 1, tech={"ARS": 3, "MSDM": 2}, prof="sos"),
        pos("operator_layanan", "Operator Layanan Operasional", L, 4, tech={"PEMWIL": 2, "ADK": 2}, prof="pel", pppk=0.4,
            workload=[("Pelayanan PATEN (surat keterangan dan rekomendasi)", 7400, 12),
                      ("Legalisasi dokumen kependudukan", 5200, 5),
                      ("Input data layanan ke aplikasi", 7400, 4),
                      ("Pelayanan pengaduan masyarakat", 600, 30)]),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 4, plain=True, prof="pel", fill=+1),
        pos("pengelola_keuangan", "Pengelola Keuangan", L, 1, tech={"KEU": 2}, prof="keu_pel"),
    ],
}

KELURAHAN_POSITIONS = [
    pos("lurah", "Lurah", W, 1, tech={"PEMWIL": 3}, prof="stp"),
    pos("sekretaris", "Sekretaris Kelurahan", W, 1, tech={"PEMWIL": 2, "ARS": 2}, prof="sos"),
    pos("kasi_pemerintahan", "Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban", W, 1, tech={"PEMWIL": 2},
        prof="sos"),
    pos("kasi_pmks", "Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial", W, 1, tech={"PEMWIL": 2},
        prof="sos"),
    pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, plain=True, prof="pel"),
    pos("operator_layanan", "Operator Layanan Operasional", L, 1, tech={"ADK": 2}, prof="pel", pppk=0.8),
]
for kel in ("banyumanik.srondol_wetan", "banyumanik.pedalangan", "banyumanik.padangsari"):
    POSITIONS[kel] = [p for p in KELURAHAN_POSITIONS]


def puskesmas(name, big):
    n = 1 if not big else 0
    return [
        pos("kapus", f"Kepala UPTD Puskesmas {name}", W, 1, tech={"KESMAS": 3, "YANKES": 3}, prof="dokter_or_kesmas"),
        pos("kasubbag_tu", "Kepala Subbagian Tata Usaha", W, 1, tech={"KEU": 2, "ARS": 2}, prof="kesmas"),
        pos("dokter_pertama", "Dokter Ahli Pertama", F, 4 - n, tech={"YANKES": 3}, prof="dokter", level="pertama"),
        pos("dokter_gigi", "Dokter Gigi Ahli Pertama", F, 1, tech={"YANKES": 3}, prof="drg", level="pertama"),
        pos("perawat_pertama", "Perawat Ahli Pertama", F, 6 - n, tech={"KEP": 3}, prof="ners", level="pertama",
            pppk=0.55, female=0.7),
        pos("perawat_terampil", "Perawat Terampil", F, 5, tech={"KEP": 2}, prof="perawat_d3", level="terampil",
            pppk=0.6, female=0.65),
        pos("bidan_pertama", "Bidan Ahli Pertama", F, 3, tech={"KEB": 3}, prof="bidan_s1", level="pertama",
            pppk=0.4, female=1.0),
        pos("bidan_terampil", "Bidan Terampil", F, 4 - n, tech={"KEB": 2}, prof="bidan_d3", level="terampil",
            pppk=0.6, female=1.0),
        pos("apoteker", "Apoteker Ahli Pertama", F, 1, tech={"YANKES": 3}, prof="apoteker", level="pertama"),
        pos("penyuluh", "Penyuluh Kesehatan Masyarakat Ahli Pertama", F, 1, tech={"KESMAS": 3}, prof="kesmas",
            level="pertama"),
        pos("sanitarian", "Sanitarian Terampil", F, 1, plain=True, prof="sanitarian", level="terampil"),
        pos("perekam_medis", "Perekam Medis Terampil", F, 1, tech={"TI": 2, "YANKES": 2}, prof="rm", level="terampil",
            pppk=0.5),
        pos("operator_layanan", "Operator Layanan Kesehatan", L, 3, tech={"YANKES": 2, "KESMAS": 2}, prof="pel",
            pppk=0.4),
        pos("pengadministrasi", "Pengadministrasi Perkantoran", L, 3, plain=True, prof="pel"),
        pos("pengelola_keuangan", "Pengelola Keuangan", L, 1, tech={"KEU": 3}, prof="keu_pel"),
    ]

POSITIONS["dinkes.pkm_pandanaran"] = puskesmas("Pandanaran", big=False)
POSITIONS["dinkes.pkm_tlogosari_kulon"] = puskesmas("Tlogosari Kulon", big=True)
POSITIONS["dinkes.pkm_srondol"] = puskesmas("Srondol", big=False)

# Tweaks to make the puskesmas differ (vacancies, over-formation, workload).
PKM_TWEAKS = {
    "dinkes.pkm_pandanaran.bidan_terampil": dict(fill=+1),
    "dinkes.pkm_pandanaran.dokter_pertama": dict(fill=-1),
    "dinkes.pkm_tlogosari_kulon.perawat_pertama": dict(
        fill=-1,
        workload=[("Asuhan keperawatan pasien rawat jalan", 16500, 15),
                  ("Pelayanan gawat darurat 24 jam", 3800, 40),
                  ("Kunjungan rumah perawatan kesehatan masyarakat", 1300, 60),
                  ("Pelayanan imunisasi dan skrining PTM", 5200, 10),
                  ("Dokumentasi asuhan keperawatan", 16500, 5)]),
    "dinkes.pkm_tlogosari_kulon.operator_layanan": dict(fill=+1),
    "dinkes.pkm_srondol.bidan_pertama": dict(
        fill=+1,
        workload=[("Pemeriksaan kehamilan (ANC)", 2600, 20),
                  ("Pelayanan KB", 1800, 15),
                  ("Kunjungan nifas dan neonatal", 700, 45),
                  ("Kelas ibu hamil", 48, 120)]),
    "dinkes.pkm_srondol.perawat_terampil": dict(fill=-1),
    "dinkes.pkm_srondol.dokter_gigi": dict(fill=-1),
}
KEL_TWEAKS = {
    "banyumanik.pedalangan.lurah": dict(fill=-1),
    "banyumanik.srondol_wetan.pengadministrasi": dict(
        fill=+1,
        workload=[("Pelayanan surat pengantar dan keterangan", 2100, 10),
                  ("Agenda dan arsip surat", 2600, 5),
                  ("Rekap data monografi kelurahan", 12, 600)]),
    "banyumanik.padangsari.operator_layanan": dict(fill=+1),
    "banyumanik.padangsari.kasi_pmks": dict(fill=-1),
}

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------
# (first names, second names / family names), per region and sex. `muslim` decides whether the
# H./Hj. title can appear; Balinese, Batak Christians, Chinese-Indonesians and people from the
# east mostly are not.
NAMES = {
    "jawa": dict(
        weight=62, muslim=0.93,
        m1=["Agus", "Bambang", "Budi", "Slamet", "Sugeng", "Wahyu", "Eko", "Dwi", "Teguh", "Heru", "Priyo",
            "Hadi", "Bayu", "Danang", "Yoga", "Aris", "Arif", "Ahmad", "Muhammad", "Fajar", "Dimas", "Galih",
            "Rizky", "Aditya", "Anton", "Didik", "Edi", "Gatot", "Haryo", "Imam", "Kukuh", "Luthfi", "Nanang",
            "Rudi", "Satria", "Tri", "Wisnu", "Yudi", "Adi", "Bagus", "Dedy", "Hendro", "Yanuar", "Ilham",
            "Rahmat", "Taufik", "Iwan", "Febri", "Dani", "Andika", "Rosyid", "Lukman", "Prasetyo", "Setyo"],
        m2=["Santoso", "Wibowo", "Prasetyo", "Setiawan", "Nugroho", "Susanto", "Hartono", "Kurniawan",
            "Saputra", "Hidayat", "Purnomo", "Pratama", "Sulistyo", "Widodo", "Utomo", "Handoko",
            "Haryanto", "Sutanto", "Firmansyah", "Raharjo", "Wicaksono", "Setyawan", "Ardiansyah",
            "Mahendra", "Nurcahyo", "Suryono", "Permadi", "Wijayanto", "Yulianto", "Kristanto", "Hermawan",
            "Rahman", "Maulana", "Anwar", "Suseno", "Priyanto", "Darmawan", "Triyono", "Sasongko"],
        m_single=["Sutrisno", "Suyanto", "Sukardi", "Mulyono", "Sugiyono", "Sunarto", "Purwanto", "Supriyadi",
                  "Sarwono", "Kasmadi", "Riyanto", "Warsito", "Parmin", "Mujiono"],
        f1=["Siti", "Dewi", "Endang", "Tri", "Rina", "Wulan", "Retno", "Ani", "Yuni", "Ratna", "Indah",
            "Dian", "Ayu", "Novi", "Nur", "Fitri", "Puji", "Eni", "Kartika", "Dyah", "Nurul", "Anik",
            "Lilik", "Ika", "Rini", "Erna", "Yeni", "Tutik", "Umi", "Desi", "Maya", "Putri", "Anisa", "Laila",
            "Galuh", "Arum", "Rahmi", "Septi", "Mega", "Diah", "Intan", "Nita"],
        f2=["Lestari", "Rahayu", "Wulandari", "Handayani", "Setyaningsih", "Astuti", "Susilowati",
            "Rahmawati", "Anggraini", "Kusumawati", "Pratiwi", "Permatasari", "Nurhayati", "Utami",
            "Mulyani", "Purwaningsih", "Wahyuningsih", "Kurniasari", "Hidayah", "Puspitasari",
            "Ambarwati", "Widyastuti", "Yuliana", "Safitri", "Novitasari", "Andriani", "Sulistyowati",
            "Nurjanah", "Maharani", "Fatmawati", "Damayanti", "Oktaviani", "Rosita", "Sari"],
        f_single=["Sulastri", "Sumarni", "Suryani", "Purwanti", "Sriyati", "Muryati", "Suwarni", "Kustini",
                  "Rubiyah", "Sukarsih", "Tumini"],
    ),
    "jawa_katolik": dict(
        weight=6, muslim=0.0,
        m1=["Yohanes", "Antonius", "Fransiskus", "Ignatius", "Stefanus", "Paulus", "Albertus", "Gregorius",
            "Yosef", "Benediktus"],
        m2=["Budi Santoso", "Hari Wibowo", "Agung Nugroho", "Bayu Setiawan", "Dwi Prasetyo", "Eko Susanto",
            "Adi Kristanto", "Wahyu Hartanto", "Rudi Kurniawan", "Sigit Purnomo"],
        f1=["Maria", "Theresia", "Fransiska", "Agnes", "Yuliana", "Caecilia", "Veronika", "Elisabeth",
            "Bernadeta", "Lusia"],
        f2=["Dwi Astuti", "Endah Lestari", "Retno Wulandari", "Sri Handayani", "Ika Kusumawati",
            "Ratna Dewi", "Yuni Anggraini", "Tri Rahayu", "Dyah Puspitasari", "Rini Susanti"],
    ),
    "sunda": dict(
        weight=6, muslim=0.98,
        m1=["Asep", "Dadang", "Ujang", "Cecep", "Deden", "Yayat", "Dede", "Iwan", "Wawan", "Ade", "Acep",
            "Jajang", "Rohman"],
        m2=["Sopian", "Hidayat", "Supriatna", "Permana", "Kusnadi", "Suherman", "Rukmana", "Mulyana",
            "Sukmana", "Gunawan", "Ruhiyat", "Saepudin", "Sobari"],
        f1=["Euis", "Neneng", "Iis", "Imas", "Cucu", "Rina", "Yanti", "Lilis", "Nining", "Tati", "Dewi", "Enung"],
        f2=["Nurjanah", "Kurniasih", "Komalasari", "Rostika", "Sumiati", "Rohaeni", "Hermawati", "Mulyati",
            "Sundari", "Juwita", "Rosmiati"],
    ),
    "batak": dict(
        weight=4, muslim=0.3,
        m1=["Togar", "Parlindungan", "Hotman", "Maruli", "Benny", "Roy", "Daniel", "Samuel", "Jhon",
            "Rudolf", "Franky", "Hasudungan", "Bonar"],
        m2=["Simanjuntak", "Hutapea", "Sitompul", "Situmorang", "Sinaga", "Panjaitan", "Manurung",
            "Tambunan", "Pardede", "Simatupang", "Nainggolan", "Silalahi", "Sihombing"],
        m2_muslim=["Nasution", "Harahap", "Lubis", "Siregar", "Daulay", "Ritonga", "Pulungan"],
        f1=["Rosmawati", "Tiurma", "Lasma", "Romauli", "Debora", "Grace", "Friska", "Lenny", "Rotua",
            "Yohana", "Sri Rezeki"],
        f2=["Simanjuntak", "Hutapea", "Situmorang", "Sinaga", "Panjaitan", "Manurung", "Sianturi",
            "Simbolon", "Pasaribu"],
        f1_muslim=["Nur Aisyah", "Rahmadani", "Fitri", "Masitah", "Khairunnisa", "Dewi Sartika"],
        m1_muslim=["Ahmad", "Muhammad Yusuf", "Rizal", "Irwan", "Syahrul", "Fahmi", "Zulham"],
    ),
    "minang": dict(
        weight=4, muslim=1.0,
        m1=["Afrizal", "Yulizar", "Zulkifli", "Fauzi", "Syafri", "Nofriadi", "Hendri", "Rahmat", "Erwin",
            "Yuliandri", "Fadhli", "Riswandi"],
        m2=["Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Jambak", "Malik", "Syahputra", "Idris",
            "Rasyid"],
        f1=["Rahmi", "Yeni", "Eliza", "Desmawati", "Fitria", "Nofita", "Yulia", "Elvi", "Rosmaini",
            "Silvia", "Vivi"],
        f2=["Chaniago", "Oktavia", "Yusra", "Zuriati", "Hasanah", "Afrida", "Rahmadani", "Syafrida",
            "Nelwati"],
    ),
    "bugis": dict(
        weight=3, muslim=1.0,
        m1=["Andi", "Muhammad", "Syamsul", "Ilham", "Arifuddin", "Rusdi", "Abdul", "Hasanuddin", "Amiruddin",
            "Ridwan", "Andi Muh."],
        m2=["Mappaseng", "Rahman", "Baso", "Pawelloi", "Tenri", "Akbar", "Mattalatta", "Makkasau", "Lagaligo",
            "Syahrir", "Latif"],
        f1=["Andi", "Nurhaedah", "Hasnah", "Sitti", "Andi Tenri", "Nurhayati", "Hasniati", "Darmawati"],
        f2=["Nurhaedah", "Rahman", "Sulfiani", "Ayu Lestari", "Hasnawati", "Mappanyompa", "Batari", "Syamsiah",
            "Wahida"],
    ),
    "bali": dict(
        weight=2, muslim=0.0,
        m1=["I Wayan", "I Made", "I Nyoman", "I Ketut", "I Gede", "I Putu", "I Komang"],
        m2=["Sudiarta", "Arya Wiguna", "Suastika", "Mahendra", "Wirawan", "Adnyana", "Sudarsana", "Darmawan",
            "Budiasa", "Suardana", "Astawa"],
        f1=["Ni Luh", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Komang"],
        f2=["Putu Ariani", "Ayu Suartini", "Sri Widiastuti", "Dewi Lestari", "Sukmawati", "Ayu Anggreni",
            "Eka Yanti", "Suryaningsih", "Wulan Sari"],
    ),
    "tionghoa": dict(
        weight=4, muslim=0.0,
        m1=["Hendra", "Yohanes", "Steven", "Albert", "Rudy", "Kevin", "Felix", "Andreas", "Michael", "Willy",
            "Sugianto", "Budi", "Johan", "Ferry", "Gunawan"],
        m2=["Tanoto", "Halim", "Tjandra", "Gunawan", "Setiadi", "Tanujaya", "Wijaya", "Kusuma", "Liem",
            "Salim", "Tjahjadi", "Hartanto", "Santoso", "Susanto", "Widjaja", "Lim", "Tan", "Gozali"],
        f1=["Felicia", "Yohana", "Kristina", "Linda", "Melissa", "Lily", "Meliana", "Vivian", "Jessica",
            "Yuliana", "Susan", "Christine", "Natalia", "Stefani"],
        f2=["Tanujaya", "Halim", "Tjandra", "Kurniawati", "Setiawati", "Gunawan", "Liem", "Susanti", "Wijaya",
            "Tjahjadi", "Hartono", "Widjaja", "Suryadi"],
    ),
    "arab": dict(
        weight=2, muslim=1.0,
        m1=["Muhammad Husein", "Umar", "Salim", "Hasan", "Ali", "Abdullah", "Ahmad Fauzan", "Faisal",
            "Hamid", "Thoriq"],
        m2=["Alatas", "Assegaf", "Al-Habsyi", "Basalamah", "Bawazier", "Alaydrus", "Shahab", "Bin Thalib",
            "Baraja", "Alkaff", "Bahasuan"],
        f1=["Fatimah", "Nabila", "Syarifah", "Aisyah", "Khadijah", "Zahra", "Salma", "Farah"],
        f2=["Assegaf", "Alatas", "Alaydrus", "Basalamah", "Shahab", "Al-Habsyi", "Baraja", "Bawazier"],
    ),
    "timur": dict(
        weight=3, muslim=0.0,
        m1=["Yohanis", "Markus", "Agustinus", "Natalis", "Petrus", "Fransiskus Xaverius", "Oktovianus",
            "Yohanes Bosco", "Marthen", "Yakob", "Jefri", "Christian"],
        m2=["Wonda", "Kambu", "Rumbiak", "Rumaropen", "Wanggai", "Ndun", "Bere", "Nahak", "Manafe",
            "Lakapu", "Fanggidae", "Nenobais", "Ratu Edo", "Mandagi", "Pattiradjawane", "Lumowa", "Tefa"],
        f1=["Yosina", "Dorkas", "Maria Goreti", "Marselina", "Yustina", "Meiske", "Agustina", "Yuliana",
            "Ferderika", "Margaretha"],
        f2=["Mandowen", "Yoku", "Lelo", "Bere", "Tefa", "Manafe", "Rumondor", "Fanggidae", "Kambu",
            "Sahetapy", "Laka", "Kase"],
    ),
}

# Names reserved for the stories and for the old/new spelling pairs; never generated at random.
RESERVED = {"Sri Wahyuni", "Soeprapto", "Suprapto", "Djoko Santoso", "Joko Santoso", "Tjahjo Nugroho",
            "Cahyo Nugroho", "Soesilowati", "Susilowati", "Soeharti", "Suharti", "Djumadi", "Jumadi",
            "Soedarmo", "Sudarmo"}
used_names = set(RESERVED)


def gen_base_name(sex, senior=False):
    regions = list(NAMES)
    # Leadership in a Central Java city is mostly Javanese; staff come from everywhere.
    weights = [NAMES[r]["weight"] * (3 if senior and r == "jawa" else 1) for r in regions]
    for _ in range(200):
        region = rng.choices(regions, weights)[0]
        d = NAMES[region]
        muslim = rng.random() < d["muslim"]
        if sex == 1:
            if region == "batak" and muslim:
                name = f"{rng.choice(d['m1_muslim'])} {rng.choice(d['m2_muslim'])}"
            elif "m_single" in d and rng.random() < 0.12:
                name = rng.choice(d["m_single"])
            elif region == "jawa" and rng.random() < 0.2:
                name = f"{rng.choice(d['m1'])} {rng.choice(d['m1'])} {rng.choice(d['m2'])}"
            else:
                name = f"{rng.choice(d['m1'])} {rng.choice(d['m2'])}"
        else:
            if region == "batak" and muslim:
                name = f"{rng.choice(d['f1_muslim'])} {rng.choice(d['m2_muslim'])}"
            elif "f_single" in d and rng.random() < 0.1:
                name = rng.choice(d["f_single"])
            elif region == "jawa" and rng.random() < 0.18:
                name = f"Sri {rng.choice(d['f2'])}"
            else:
                name = f"{rng.choice(d['f1'])} {rng.choice(d['f2'])}"
        words = name.split()
        stems = [w[:4] for w in words if len(w) > 3]
        if len(stems) != len(set(stems)) or name in used_names:
            continue
        used_names.add(name)
        return name, muslim
    raise SystemExit("name generator exhausted")


# --------------------------------------------------------------------------------------------
# Titles and education
# --------------------------------------------------------------------------------------------
# Profile -> list of (weight, education, prefix, suffix options for S1/D3, S2 suffixes).
S2_GENERAL = ["M.Si.", "M.M.", "M.AP.", "M.Si.", "M.M."]

PROFILES = {
    "pel": [(40, "slta", "", [""]), (20, "d3", "", ["A.Md."]),
            (40, "s1", "", ["S.E.", "S.Sos.", "S.AP.", "S.Kom.", "S.H.", "S.IP.", "S.Pd.", "S.T."])],
    "slta": [(1, "slta", "", [""])],
    "keu_pel": [(25, "slta", "", [""]), (30, "d3", "", ["A.Md.Ak.", "A.Md."]), (45, "s1", "", ["S.E.", "S.Ak."])],
    "sos": [(1, "s1", "", ["S.Sos.", "S.IP.", "S.AP.", "S.E.", "S.H.", "S.STP.", "S.Pd."])],
    "stp": [(1, "s1", "", ["S.STP.", "S.STP.", "S.IP.", "S.Sos.", "S.H."])],
    "hukum": [(1, "s1", "", ["S.H."])],
    "ekonomi": [(1, "s1", "", ["S.E.", "S.E.", "S.Ak."])],
    "teknik": [(1, "s1", "", ["S.T.", "S.T.", "S.PWK."])],
    "plan": [(1, "s1", "", ["S.T.", "S.PWK.", "S.E.", "S.Si.", "S.Stat."])],
    "sdm": [(1, "s1", "", ["S.Psi.", "S.Sos.", "S.AP.", "S.H.", "S.E."])],
    "psi": [(1, "s1", "", ["S.Psi."])],
    "humas": [(1, "s1", "", ["S.I.Kom.", "S.Sos."])],
    "it": [(1, "s1", "", ["S.Kom.", "S.Kom.", "S.T.", "S.Si."])],
    "it_d3": [(1, "d3", "", ["A.Md.Kom.", "A.Md.T."])],
    "kesmas": [(1, "s1", "", ["S.K.M."])],
    "gizi": [(1, "s1", "", ["S.Gz."])],
    "gizi_d3": [(1, "d3", "", ["A.Md.Gz."])],
    "dokter": [(1, "prof", "dr.", [""])],
    "dokter_sp": [(1, "s2", "dr.", ["Sp.A"])],
    "dokter_or_kesmas": [(1, "prof", "dr.", [""]), (1, "s1", "", ["S.K.M."])],
    "drg": [(1, "prof", "drg.", [""])],
    "ners": [(1, "prof", "Ns.", ["S.Kep."])],
    "perawat_d3": [(1, "d3", "", ["A.Md.Kep."])],
    "bidan_s1": [(2, "prof", "", ["S.Tr.Keb.", "S.Keb., Bd."]), (1, "s1", "", ["S.Tr.Keb."])],
    "bidan_d3": [(1, "d3", "", ["A.Md.Keb."])],
    "apoteker": [(1, "prof", "apt.", ["S.Farm."])],
    "ttk": [(1, "d3", "", ["A.Md.Farm."])],
    "lab": [(1, "d3", "", ["A.Md.A.K."])],
    "sanitarian": [(1, "d3", "", ["A.Md.K.L."])],
    "rm": [(1, "d3", "", ["A.Md.Kes."])],
}
S2_BY_PROFILE = {
    "hukum": ["M.H.", "M.H.", "M.Kn."], "ekonomi": ["M.M.", "M.Si.", "M.Ak."], "teknik": ["M.T.", "M.T."],
    "plan": ["M.T.", "M.Sc.", "M.E.", "M.Si."], "sdm": ["M.Si.", "M.M.", "M.AP."], "psi": ["M.Psi., Psikolog"],
    "it": ["M.Kom.", "M.T.", "M.Cs."], "kesmas": ["M.Kes.", "M.K.M."], "gizi": ["M.Gz."],
    "dokter": ["M.Kes.", "M.K.M."], "dokter_or_kesmas": ["M.Kes."], "drg": ["M.Kes."], "ners": ["M.Kep."],
    "humas": ["M.I.Kom.", "M.Si."], "apoteker": ["M.Farm."], "stp": ["M.Si.", "M.AP.", "M.Si."],
}
S2_PROB = {"jpt_pratama": 0.97, "administrator": 0.8, "pengawas": 0.35, "pelaksana": 0.01,
           "madya": 0.75, "muda": 0.35, "pertama": 0.08}


def make_name(base, sex, muslim, prefix, suffixes, haji=False, doctorate=False, old_degree=False):
    pre = []
    if doctorate:
        pre.append("Dr.")
    if old_degree:  # Drs./Dra. replaces the S1 suffix
        pre.append("Drs." if sex == 1 else "Dra.")
        suffixes = [s for s in suffixes if s.startswith("M.")]
    elif prefix:
        pre.append(prefix)
    if haji and muslim:
        pre.append("H." if sex == 1 else "Hj.")
    name = " ".join(pre + [base])
    suf = [s for s in suffixes if s]
    if suf:
        name += ", " + ", ".join(suf)
    return name


# --------------------------------------------------------------------------------------------
# Ranks, dates, NIPs
# --------------------------------------------------------------------------------------------
RANKS = ["I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
         "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"]
PPPK_RANKS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
              "XVI", "XVII"]
ENTRY = {"slta": "II/a", "d3": "II/c", "s1": "III/a", "prof": "III/a", "s2": "III/b"}
PPPK_RANK_BY_EDU = {"slta": "V", "d3": "VII", "s1": "IX", "prof": "IX", "s2": "X"}
ENTRY_AGE = {"slta": (19, 27), "d3": (22, 29), "s1": (23, 32), "prof": (25, 33), "s2": (27, 35)}
MIN_BIRTH = dt.date(1968, 12, 1)      # BUP 58: nobody older than 58 outside JPT
MIN_BIRTH_JPT = dt.date(1966, 12, 1)  # BUP 60 for JPT
CPNS_GAP_YEARS = {2012, 2016, 2017, 2023}  # no CPNS appointments (moratorium years)


def rank_range(typ, level, edu):
    if typ == J:
        return ("IV/b", "IV/d")
    if typ == A:
        return ("IV/a", "IV/b")
    if typ == W:
        return ("III/c", "III/d")
    if typ == L:
        return {"slta": ("II/a", "III/a"), "d3": ("II/c", "III/a"), "s1": ("III/a", "III/b")}.get(edu, ("III/a", "III/b"))
    return {"pertama": ("III/a", "III/b"), "muda": ("III/c", "III/d"), "madya": ("IV/a", "IV/c"),
            "terampil": ("II/c", "III/b"), "mahir": ("III/a", "III/b"), "penyelia": ("III/c", "III/d")}[level]


def pick_rank(lo, hi):
    i, j = RANKS.index(lo), RANKS.index(hi)
    return RANKS[rng.randint(i, j)]


def rand_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


used_nips = set()


def make_nip_pns(birth, tmt_year, tmt_month, sex):
    head = f"{birth:%Y%m%d}{tmt_year:04d}{tmt_month:02d}{sex}"
    seq = 1 if rng.random() < 0.8 else rng.randint(2, 6)
    while head + f"{seq:03d}" in used_nips:
        seq += 1
    nip = head + f"{seq:03d}"
    used_nips.add(nip)
    return nip


def make_nip_pppk(birth, year, contract, sex):
    head = f"{birth:%Y%m%d}{year:04d}2{contract}{sex}"
    seq = 1 if rng.random() < 0.8 else rng.randint(2, 6)
    while head + f"{seq:03d}" in used_nips:
        seq += 1
    nip = head + f"{seq:03d}"
    used_nips.add(nip)
    return nip


def pns_dates(rank, edu, typ, old=False):
    """Birth date and TMT CPNS consistent with rank, education and the retirement limits."""
    entry_edu = edu if edu != "s2" else "s1"
    ri, ei = RANKS.index(rank), RANKS.index(ENTRY[entry_edu])
    if ri < ei:  # degree earned while serving: entered with SLTA
        entry_edu, ei = "slta", RANKS.index("II/a")
    service = (ri - ei) * 4 + rng.randint(1, 4)
    tmt_year = 2025 - service
    while tmt_year in CPNS_GAP_YEARS:
        tmt_year -= 1
    lo, hi = ENTRY_AGE[entry_edu]
    birth_year = tmt_year - rng.randint(lo, hi)
    birth = rand_date(birth_year, birth_year)
    min_birth = MIN_BIRTH_JPT if typ == J else MIN_BIRTH
    if old:  # close to retirement
        last = dt.date(1970, 12, 31) if typ != J else dt.date(1967, 12, 31)
        birth = dt.date.fromordinal(rng.randint(min_birth.toordinal(), last.toordinal()))
        # entered service between the usual entry age and a few years later
        tmt_year = min(max(tmt_year, birth.year + lo), birth.year + hi + 4)
    if birth < min_birth:
        birth = rand_date(min_birth.year + 1, min_birth.year + 3)
    if tmt_year < birth.year + 19:
        tmt_year = birth.year + 19 + rng.randint(0, 3)
    while tmt_year in CPNS_GAP_YEARS:
        tmt_year += 1
    month = rng.choice([1, 1, 1, 1, 3, 3, 12, 12, 2, 4, 6, 10])
    return birth, tmt_year, month


# --------------------------------------------------------------------------------------------
# Build positions
# --------------------------------------------------------------------------------------------
def mgr_level(typ, level):
    if typ == F:
        return {"madya": 3, "muda": 2, "pertama": 2, "terampil": 1, "mahir": 2, "penyelia": 2}[level]
    return DEFAULT_STANDARD[typ]


positions = []
pos_spec = {}
for uid, plist in POSITIONS.items():
    for slug, title, typ, formation, spec in plist:
        pid = f"{uid}.{slug}"
        spec = dict(spec)
        spec.update(PKM_TWEAKS.get(pid, {}))
        spec.update(KEL_TWEAKS.get(pid, {}))
        if spec.get("plain"):
            req = {}
        else:
            lvl = mgr_level(typ, spec.get("level"))
            req = {c: lvl for c in MGR_CODES}
            req.update(spec.get("tech", {}))
        p = {"id": pid, "unit": uid, "title": title, "type": typ, "formation": formation,
             "requirements": dict(sorted(req.items()))}
        if spec.get("workload"):
            p["workload"] = [{"task": t, "volume": v, "minutes": m} for t, v, m in spec["workload"]]
        positions.append(p)
        pos_spec[pid] = spec

pos_by_id = {p["id"]: p for p in positions}


def effective_req(p):
    if p["requirements"]:
        return p["requirements"]
    return {c: DEFAULT_STANDARD[p["type"]] for c in MGR_CODES}


# --------------------------------------------------------------------------------------------
# Employees
# --------------------------------------------------------------------------------------------
employees = []


def levels_for(req, target, rng_noise=0.5):
    """Levels on the required codes whose JPM lands close to `target` (a fraction)."""
    lv = {c: max(1, min(5, round(r * target + rng.gauss(0, rng_noise)))) for c, r in req.items()}
    want = round(sum(req.values()) * target)
    codes = list(req)
    for _ in range(200):
        have = sum(lv.values())
        if have == want:
            break
        c = rng.choice(codes)
        if have < want and lv[c] < 5:
            lv[c] += 1
        elif have > want and lv[c] > 1:
            lv[c] -= 1
    return lv


def fit_target():
    r = rng.random()
    if r < 0.09:
        return rng.uniform(0.50, 0.69)
    if r < 0.33:
        return rng.uniform(0.70, 0.80)
    if r < 0.88:
        return rng.uniform(0.80, 1.00)
    return rng.uniform(1.01, 1.20)


def ratings(target):
    """Performance and potential loosely correlated with fit."""
    if rng.random() < 0.08:
        perf = None
    else:
        w = [12, 70, 14, 3, 1]
        if target > 1.0:
            w = [40, 57, 3, 0, 0]
        elif target < 0.7:
            w = [2, 55, 30, 10, 3]
        perf = rng.choices(["sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"], w)[0]
    if rng.random() < 0.1:
        pot = None
    else:
        w = [20, 58, 22]
        if target > 1.0:
            w = [55, 40, 5]
        elif target < 0.7:
            w = [5, 45, 50]
        pot = rng.choices(["tinggi", "menengah", "rendah"], w)[0]
    return perf, pot


def new_employee(p=None, *, typ=None, prof=None, level=None, sex=None, pppk=False, base=None, muslim=None,
                 old=False, edu=None, rank=None, target=None, haji=None, birth=None, tmt=None, pppk_year=None,
                 old_degree=False, extra_levels=None, s2=None):
    spec = pos_spec[p["id"]] if p else {}
    typ = typ or (p["type"] if p else L)
    prof = prof or spec.get("prof", "pel")
    level = level or spec.get("level")
    if prof == "dokter_or_kesmas":
        prof = rng.choice(["dokter", "kesmas"])
    if sex is None:
        fshare = spec.get("female", 0.35 if typ in (J, A) else 0.5)
        sex = 2 if rng.random() < fshare else 1
    if base is None:
        base, muslim = gen_base_name(sex, senior=typ in (J, A))
    options = PROFILES[prof]
    _, profile_edu, prefix, suffixes = rng.choices(options, [o[0] for o in options])[0]
    edu = edu or profile_edu
    suffix = rng.choice(suffixes)
    # Master's degree by seat.
    key = level if typ == F else typ
    if s2 is None:
        s2 = edu in ("s1", "prof") and rng.random() < S2_PROB.get(key, 0.05)
    suffix_list = [suffix]
    if s2:
        suffix_list.append(rng.choice(S2_BY_PROFILE.get(prof, S2_GENERAL)))
        if edu == "s1":
            edu = "s2"
    if pppk:
        rank = rank or PPPK_RANK_BY_EDU[edu if edu != "prof" else "s1"]
    else:
        lo, hi = rank_range(typ, level, "s1" if edu in ("prof", "s2") else edu)
        rank = rank or (hi if old else pick_rank(lo, hi))  # long service: top of the seat's range
    # Dates and NIP.
    if pppk:
        year = pppk_year or rng.choice([2019, 2021, 2021, 2022, 2022, 2022, 2023, 2023, 2024, 2024])
        birth = birth or rand_date(max(1972, year - 50), min(2000, year - 21))
        contract = 1 if year >= 2023 else rng.choice([1, 1, 2, 2, 3]) if year <= 2021 else rng.choice([1, 1, 2])
        nip = make_nip_pppk(birth, year, contract, sex)
    else:
        if birth is None:
            birth, tmt_year, month = pns_dates(rank, edu, typ, old=old)
        else:
            tmt_year, month = tmt
        nip = make_nip_pns(birth, tmt_year, month, sex)
    age = (TODAY - birth).days / 365.25
    if haji is None:
        haji = (muslim and not pppk and age > 40 and RANKS.index(rank if not pppk else "II/a") >= RANKS.index("III/c")
                and rng.random() < 0.3)
    doctorate = typ == J and rng.random() < 0.25 or (typ == A and rng.random() < 0.04)
    name = make_name(base, sex, muslim, prefix, suffix_list, haji=haji, doctorate=doctorate,
                     old_degree=old_degree)
    # Competencies.
    target = target if target is not None else fit_target()
    if p is not None:
        req = effective_req(p)
        comps = levels_for(req, target)
    else:
        comps = levels_for({c: 2 for c in MGR_CODES}, target)
    if extra_levels:
        comps.update(extra_levels)
    perf, pot = ratings(target)
    e = {"nip": nip, "name": name, "rank": rank, "position": p["id"] if p else None,
         "competencies": comps, "performance": perf, "potential": pot, "readiness": None, "notes": [],
         "_sex": sex, "_birth": birth, "_target": target, "_pppk": pppk, "_base": base, "_prof": prof,
         "_edu": edu, "_old": old}
    employees.append(e)
    return e


# ---- The stories first (fixed people), then everybody else fills the remaining seats. ----
story = {}


def rand_when(first=dt.date(2025, 1, 1), last=dt.date(2026, 11, 20)):
    """A working-day timestamp in office hours (WIB, +07:00) between two dates."""
    while True:
        d = dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))
        if d.weekday() < 5:
            break
    return f"{d:%Y-%m-%d}T{rng.randint(8, 15):02d}:{rng.choice(['00', '10', '15', '30', '45'])}:00+07:00"


def note(e, when, author, text):
    e["notes"].append({"at": when, "author": author, "text": text})


P = pos_by_id

# 1. A finance expert in a non-finance seat; Dinkes' Subbagian Keuangan is vacant.
e = new_employee(P["setda.asisten1.pemerintahan.analis_kebijakan_muda"], sex=2, base="Sri Wahyuni", muslim=True,
                 rank="III/d", edu="s1", s2=False, haji=False, target=0.85)
# JPM about 88% in her seat (PEMWIL and HUK short), above 100% as Kasubbag Keuangan Dinkes (KEU 4).
e["competencies"] = {"INT": 2, "KS": 2, "KOM": 2, "OH": 3, "PP": 2, "PDO": 2, "MP": 2, "PK": 2, "PB": 1,
                     "KEU": 5, "PEMWIL": 2, "HUK": 1}
e["name"] = "Sri Wahyuni, S.E., M.M."
e["performance"], e["potential"], e["readiness"] = "sangat_baik", "tinggi", "siap"
note(e, "2025-11-04T10:15:00+07:00", "budi.bkpp",
     "Latar belakang 9 tahun sebagai bendahara pengeluaran dan verifikator SPJ di BPKAD sebelum alih tugas ke "
     "Bagian Pemerintahan tahun 2022. Hasil uji kompetensi teknis Pengelolaan Keuangan Daerah level 5, tertinggi "
     "di antara pegawai yang dipetakan.")
note(e, "2026-06-18T14:00:00+07:00", "ratna.bkpp",
     "Kasubbag Keuangan Dinas Kesehatan kosong sejak Kepala Subbagian lama purna tugas. Sri Wahyuni diusulkan "
     "mengisi; kompetensi teknis jabatan sekarang rendah (pemerintahan level 2, produk hukum level 1).")
note(e, "2026-09-02T09:30:00+07:00", "budi.bkpp",
     "Sudah dikonfirmasi: yang bersangkutan bersedia pindah ke Dinas Kesehatan dan siap mengikuti uji kompetensi "
     "jabatan pengawas.")
story["finance_expert"] = e

# 2. Administrative staff moved to direct service during the pandemic (now at Puskesmas Tlogosari Kulon).
pandemic = []
for base, sex, muslim, rank, birth, tmt in [
        ("Tri Handayani", 2, True, "II/c", dt.date(1985, 9, 2), (2007, 4)),
        ("Yudi Prasetyo", 1, True, "II/d", dt.date(1988, 7, 19), (2011, 1))]:
    e = new_employee(P["dinkes.pkm_tlogosari_kulon.operator_layanan"], sex=sex, base=base, muslim=muslim,
                     edu="slta" if sex == 2 else "d3", rank=rank, birth=birth, tmt=tmt, target=0.72)
    used_names.add(base)
    e["name"] = base if sex == 2 else base + ", A.Md."
    e["competencies"].pop("KESMAS", None)  # never assessed on the health competency
    e["competencies"]["ARS"] = 3
    pandemic.append(e)
a, b = pandemic
a["readiness"] = "ragu"
note(a, "2025-03-10T08:45:00+07:00", "dewi.dinkes",
     "Staf administrasi Bagian Umum Setda yang diperbantukan ke Puskesmas Tlogosari Kulon sejak April 2020 untuk "
     "pendaftaran vaksinasi dan pelacakan kontak COVID-19; SK mutasi definitif terbit Februari 2021.")
note(a, "2026-05-20T13:10:00+07:00", "dewi.dinkes",
     "Sudah enam tahun di loket pendaftaran pasien, belum pernah ikut pelatihan pelayanan kesehatan. Menyampaikan "
     "keinginan kembali ke tugas administrasi perkantoran, tetapi ragu karena sudah nyaman dengan tim puskesmas.")
b["readiness"] = "siap"
note(b, "2025-08-12T10:00:00+07:00", "anton.disdukcapil",
     "Semula Pengadministrasi di Sekretariat Disdukcapil; selama pandemi ditugaskan ke layanan skrining dan "
     "pendaftaran di Puskesmas Tlogosari Kulon dan tidak pernah ditarik kembali.")
note(b, "2026-10-07T15:20:00+07:00", "budi.bkpp",
     "Operator Layanan Kesehatan di Puskesmas Tlogosari Kulon melebihi formasi. Yang bersangkutan siap kembali ke "
     "Disdukcapil (Operator Layanan Operasional di Bidang Dafduk masih kurang).")
story["pandemic"] = pandemic

# 3. Staff resisting a transfer: the Pengemudi seat is abolished (formation 0) but still occupied.
d1 = new_employee(P["setda.asisten3.umum.pengemudi"], sex=1, base="Djoko Santoso", muslim=True, edu="slta",
                  rank="II/d", birth=dt.date(1970, 3, 14), tmt=(1994, 3), target=0.85)
d1["name"] = "Djoko Santoso"
d1["performance"], d1["potential"], d1["readiness"] = "baik", "rendah", "menolak"
note(d1, "2026-02-16T09:00:00+07:00", "lina.setda",
     "Jabatan Pengemudi dihapus dari peta jabatan 2026; layanan pengemudi dialihdayakan. Direncanakan menjadi "
     "Pengadministrasi Perkantoran di Kelurahan Srondol Wetan.")
note(d1, "2026-04-08T10:30:00+07:00", "lina.setda",
     "Menolak dipindah: sudah 32 tahun di Setda, merasa tidak bisa komputer dan rumah di Genuk jauh dari "
     "Banyumanik. Perlu pendekatan persuasif; Kabag Umum akan bicara langsung.")
note(d1, "2026-10-13T14:15:00+07:00", "budi.bkpp",
     "Pertemuan dengan Kabag Umum: dijelaskan tunjangan tetap dan ada pendampingan aplikasi perkantoran. Masih "
     "menolak. Alternatif: Pengadministrasi Perkantoran di Bagian Umum sendiri (kelebihan pegawai) sampai BUP "
     "April 2028.")
d2 = new_employee(P["setda.asisten3.umum.pengemudi"], sex=1, base="Slamet Sugiarto", muslim=True, edu="slta",
                  rank="II/c", target=0.9)
used_names.add("Slamet Sugiarto")
d2["name"] = "Slamet Sugiarto"
d2["readiness"] = "siap"
note(d2, "2026-04-08T11:00:00+07:00", "lina.setda",
     "Jabatan Pengemudi dihapus. Yang bersangkutan siap dialihkan menjadi Operator Layanan Operasional di "
     "Kecamatan Banyumanik dan sudah mendaftar pelatihan aplikasi layanan.")
story["abolished"] = [d1, d2]

# A second refusal: a nurse at the city-centre puskesmas who should move to the suburbs.
e = new_employee(P["dinkes.pkm_pandanaran.perawat_pertama"], sex=2, target=0.95)
e["readiness"] = "menolak"
e["performance"], e["potential"] = "sangat_baik", "menengah"
note(e, "2026-07-21T09:40:00+07:00", "dewi.dinkes",
     "Direncanakan rotasi ke Puskesmas Srondol karena di sana kekurangan perawat. Menolak dengan alasan sedang "
     "merawat orang tua yang sakit di dekat Pandanaran.")
note(e, "2026-08-25T13:00:00+07:00", "dewi.dinkes",
     "Disepakati pendekatan bertahap: tugas di Srondol dua hari seminggu selama tiga bulan dahulu. Dievaluasi "
     "kembali Desember 2026.")
story["refuses_nurse"] = e

# 4. Hesitant because of the distance to the new office.
e = new_employee(P["dinkes.pkm_tlogosari_kulon.bidan_terampil"], sex=2, pppk=True, edu="d3", target=0.88,
                 birth=dt.date(1993, 4, 11), pppk_year=2022)
e["readiness"] = "ragu"
note(e, "2026-09-15T10:20:00+07:00", "dewi.dinkes",
     "Diusulkan pindah ke Puskesmas Srondol (kelebihan bidan di Tlogosari Kulon). Rumah di Mangkang, Kecamatan "
     "Tugu, sekitar 30 km dari Srondol; ragu karena waktu tempuh dan anak masih balita.")
note(e, "2026-10-01T09:00:00+07:00", "ratna.bkpp",
     "Minta dipertimbangkan puskesmas yang lebih dekat ke rumah (wilayah Semarang Barat atau Ngaliyan).")
story["distance"] = e

e = new_employee(P["disdukcapil.dafduk.pengolah_data"], sex=1, target=0.83)
e["readiness"] = "ragu"
note(e, "2026-08-04T11:30:00+07:00", "anton.disdukcapil",
     "Rencana penempatan di Kelurahan Padangsari. Ragu: rumah di Mijen, jarak ke Banyumanik lebih dari 25 km "
     "dan belum ada kendaraan pribadi.")
story["distance2"] = e

# 5. Volunteers.
vols = []
for pid, prof, txt in [
    ("setda.asisten3.umum.pengadministrasi", None,
     "Mengajukan diri untuk ditempatkan di Kelurahan Pedalangan yang kekurangan pegawai; rumah di Banyumanik."),
    ("disdukcapil.sekretariat.pengadministrasi", None,
     "Siap dipindah ke Bidang Pelayanan Pendaftaran Penduduk sebagai operator layanan; sudah pernah membantu "
     "perekaman KTP-el keliling."),
    ("bkpp.sekretariat.pengadministrasi", "rm",
     "Bersedia ditempatkan di Dinas Kesehatan; memiliki ijazah D-III Rekam Medis yang belum terpakai."),
]:
    e = new_employee(P[pid], prof=prof, target=rng.uniform(0.85, 1.05))
    e["readiness"] = "siap"
    note(e, rand_when(dt.date(2026, 5, 1), dt.date(2026, 10, 30)), rng.choice(["budi.bkpp", "ratna.bkpp", "yusuf.bkpp"]),
         txt)
    vols.append(e)
story["volunteers"] = vols

# 6. Old and new spellings side by side (the search must find both).
spell = [
    ("bappeda.infrawil.kabid", dict(base="Soeprapto", sex=1, muslim=True, haji=True, old=True, prefix_ir=True)),
    ("banyumanik.pengadministrasi", dict(base="Suprapto", sex=1, muslim=True, rank="III/b", edu="s1",
                                         birth=dt.date(1977, 5, 17), tmt=(2006, 3))),
    ("disdukcapil.piak.pranata_komputer_pertama", dict(base="Joko Santoso", sex=1, muslim=True)),
    ("setda.asisten1.kesra.kabag", dict(base="Tjahjo Nugroho", sex=1, muslim=True, old=True, old_degree=True)),
    ("bkpp.sekretariat.pranata_komputer_pertama", dict(base="Cahyo Nugroho", sex=1, muslim=True)),
    ("setda.asisten3.organisasi.pengadministrasi", dict(base="Soesilowati", sex=2, muslim=True, old=True)),
    ("dinkes.pkm_srondol.bidan_terampil", dict(base="Susilowati", sex=2, muslim=True)),
    ("dinkes.sekretariat.pengadministrasi", dict(base="Soeharti", sex=2, muslim=True, old=True)),
    ("banyumanik.padangsari.sekretaris", dict(base="Suharti", sex=2, muslim=True)),
    ("disdukcapil.capil.penata_layanan", dict(base="Djumadi", sex=1, muslim=True, old=True)),
    ("dinkes.pkm_pandanaran.pengelola_keuangan", dict(base="Jumadi", sex=1, muslim=True)),
]
spelled = []
for pid, kw in spell:
    ir = kw.pop("prefix_ir", False)
    e = new_employee(P[pid], **kw)
    if ir:
        e["name"] = "Ir. H. Soeprapto, M.T."
        e["competencies"]["RENBANG"] = 4
    elif e["_base"] == "Tjahjo Nugroho":
        e["name"] = "Drs. Tjahjo Nugroho, M.Si."
    elif e["_base"] == "Suprapto":
        e["name"] = "Suprapto, S.Sos."
    spelled.append(e)
story["spellings"] = spelled

# A few people close to retirement, spread over seats (filled in below through `old=True`).
OLD_SEATS = {"setda.asisten3.umum.kasubbag_rt", "disdukcapil.sekretariat.sekretaris", "dinkes.kesmas.kabid",
             "bkpp.mutasi.analis_sdm_muda", "banyumanik.sekcam", "setda.asisten1.hukum.pengadministrasi",
             "dinkes.pkm_srondol.kasubbag_tu", "bappeda.ppepd.perencana_madya", "banyumanik.srondol_wetan.lurah",
             "disdukcapil.capil.kasi_kelahiran", "bkpp.bangkom.widyaiswara_madya", "setda.sekda",
             "dinkes.yankes.pengadministrasi", "bappeda.sekretariat.pengadministrasi"}

# ---- Everybody else. ----
placed = Counter(e["position"] for e in employees)
for p in positions:
    spec = pos_spec[p["id"]]
    want = p["formation"] + spec.get("fill", 0)
    if p["id"] == "dinkes.sekretariat.kasubbag_keu":
        want = 0
    first_old = p["id"] in OLD_SEATS
    while placed[p["id"]] < want:
        # PPPK: mostly health workers and operators; a few technical and administrative staff
        # from the 2022-2024 PPPK teknis intakes. Doctors and dentists stay PNS.
        default = {L: 0.1, F: 0.06}.get(p["type"], 0.0)
        if spec.get("prof") in ("dokter", "drg", "dokter_or_kesmas") or spec.get("level") in ("muda", "madya"):
            default = 0.0
        pppk = rng.random() < spec.get("pppk", default)
        e = new_employee(p, pppk=pppk, old=first_old and not pppk)
        first_old = False
        placed[p["id"]] += 1

# ---- The pool of staff not yet placed. ----
POOL = [
    # (profile, type-like, count, pppk, note)
    ("sos", L, 5, False, "cpns"),
    ("it", L, 3, False, "cpns"),
    ("ekonomi", L, 2, False, "cpns"),
    ("ners", F, 4, True, "pppk"),
    ("bidan_d3", F, 2, True, "pppk"),
    ("pel", L, 3, True, "pppk"),
    ("sdm", F, 1, False, "tubel"),
    ("kesmas", F, 1, False, "tubel"),
    ("pel", L, 3, False, "merger"),
    ("sos", W, 1, False, "nonjob"),
    ("pel", L, 1, False, "cltn"),
]
pool = []
for prof, typ, n, pppk, why in POOL:
    for _ in range(n):
        kw = {}
        if why == "cpns":
            kw = dict(rank="III/a" if prof != "pel" else "II/a", edu="s1")
            sex = rng.choice([1, 2])
            birth = rand_date(1996, 2001)
            kw.update(birth=birth, tmt=(2025, 6), sex=sex)
        elif why == "pppk":
            kw = dict(pppk_year=2024)
        level = "pertama" if typ == F else None
        if prof in ("bidan_d3",):
            level, kw["sex"] = "terampil", 2
        e = new_employee(None, typ=typ, prof=prof, level=level, pppk=pppk, **kw)
        e["_why"] = why
        pool.append(e)

for e in pool:
    why = e["_why"]
    when = rand_when(dt.date(2026, 1, 5))
    if why == "cpns" and rng.random() < 0.4:
        note(e, when, "yusuf.bkpp", "CPNS formasi 2024, TMT Juni 2025. Latsar selesai; menunggu penempatan definitif "
             "sesuai kualifikasi pendidikan.")
    elif why == "pppk" and rng.random() < 0.5:
        note(e, when, "yusuf.bkpp", "PPPK formasi 2024 (tenaga kesehatan/teknis). Belum ada penempatan unit kerja; "
             "usulan ke puskesmas yang kekurangan formasi.")
    elif why == "tubel":
        note(e, when, "ratna.bkpp", "Selesai tugas belajar S2 dengan beasiswa Pemerintah Kota Semarang; diaktifkan "
             "kembali dan menunggu penempatan sesuai kompetensi.")
    elif why == "merger":
        note(e, when, "budi.bkpp", "Dari unit yang digabung pada penataan kelembagaan 2026; belum ditempatkan pada "
             "peta jabatan baru.")
    elif why == "nonjob":
        note(e, when, "budi.bkpp", "Jabatan Kepala Seksi lama hilang karena penyederhanaan birokrasi; belum "
             "disetarakan. Perlu dipetakan ke jabatan fungsional yang sesuai.")
    elif why == "cltn":
        note(e, when, "ratna.bkpp", "Aktif kembali setelah cuti di luar tanggungan negara (ikut suami/istri tugas "
             "di luar kota). Perlu penempatan baru.")

# ---- Readiness for ~60% and more notes for ~15%. ----
for e in employees:
    if e["readiness"] is None and rng.random() < 0.6:
        e["readiness"] = rng.choices(["siap", "ragu", "menolak"], [56, 30, 14])[0]


def bup_date(e):
    age = 60 if pos_by_id.get(e["position"] or "", {}).get("type") == J else 58
    b = e["_birth"]
    y, m = b.year + age, b.month + 1
    if m == 13:
        y, m = y + 1, 1
    return dt.date(y, m, 1)


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]

LOCAL_AUTHOR = {"setda": "lina.setda", "disdukcapil": "anton.disdukcapil", "dinkes": "dewi.dinkes",
                "bappeda": "sari.bappeda", "bkpp": "yusuf.bkpp", "banyumanik": "hendra.kec-banyumanik"}
BKPP_AUTHORS = ["budi.bkpp", "ratna.bkpp", "yusuf.bkpp"]


def local_author(e):
    """The unit's own planner half of the time, else a BKPP planner."""
    root = (e["position"] or "").split(".")[0]
    if root in LOCAL_AUTHOR and rng.random() < 0.5:
        return LOCAL_AUTHOR[root]
    return rng.choice(BKPP_AUTHORS)


def holder(pid):
    return next(e for e in employees if e["position"] == pid)


# Acting officials for the vacant structural seats.
e = holder("dinkes.sekretariat.sekretaris")
note(e, "2026-03-02T08:30:00+07:00", "dewi.dinkes",
     "Ditunjuk sebagai Plt. Kepala Bidang Pencegahan dan Pengendalian Penyakit sejak Maret 2026 sambil menunggu "
     "seleksi terbuka/uji kompetensi.")
e = holder("banyumanik.pedalangan.sekretaris")
note(e, "2026-08-03T09:00:00+07:00", "hendra.kec-banyumanik",
     "Plh. Lurah Pedalangan sejak Lurah lama dipromosikan ke Kecamatan Tembalang. Kinerja pelayanan tetap "
     "berjalan; beban kerja ganda.")
e = holder("dinkes.pkm_srondol.dokter_pertama")
note(e, "2026-05-11T10:00:00+07:00", "dewi.dinkes",
     "Dokter gigi Puskesmas Srondol kosong; pelayanan gigi dirujuk ke Puskesmas Padangsari dua hari seminggu.")

with_notes = sum(1 for e in employees if e["notes"])
target_notes = round(len(employees) * 0.16)
candidates = [e for e in employees if not e["notes"]]
rng.shuffle(candidates)
for e in candidates:
    if with_notes >= target_notes:
        break
    p = pos_by_id.get(e["position"] or "")
    age = (TODAY - e["_birth"]).days / 365.25
    in_kel = (e["position"] or "").startswith("banyumanik.")
    texts = []
    bup = bup_date(e)
    if bup <= dt.date(2028, 12, 31):
        texts.append(("budi.bkpp", f"Memasuki batas usia pensiun {MONTHS[bup.month - 1]} {bup.year}. Perlu "
                      "disiapkan pengganti dan transfer pengetahuan."))
    if e["performance"] == "sangat_baik" and e["potential"] == "tinggi":
        texts.append(("ratna.bkpp", rng.choice([
            "Masuk kotak 9 talenta: diusulkan ke kelompok rencana suksesi dan pelatihan kepemimpinan tahun 2027.",
            "Kinerja di atas ekspektasi dua tahun berturut-turut; kandidat promosi pada pengisian jabatan berikutnya.",
        ])))
    if e["_target"] < 0.7 and p:
        techs = [c for c in p["requirements"] if c in TECH_CODES]
        tech = dict(TECHNICAL).get(techs[0]) if techs else "kompetensi manajerial"
        texts.append((rng.choice(["ratna.bkpp", "yusuf.bkpp"]),
                      f"Hasil uji kompetensi 2025 di bawah standar jabatan. Disarankan pelatihan {tech} dan "
                      "pendampingan oleh atasan langsung."))
    if e["performance"] in ("kurang", "sangat_kurang"):
        texts.append((local_author(e), "Capaian SKP rendah; sering tidak hadir apel pagi pada triwulan III. Sudah "
                      "diberi teguran lisan; pembinaan oleh atasan langsung."))
    if e["readiness"] == "ragu":
        texts.append((local_author(e), rng.choice([
            "Bersedia dipindah asal masih di wilayah Semarang bagian timur; anak baru masuk sekolah.",
            "Masih mempertimbangkan; khawatir beban kerja di unit baru lebih berat.",
            "Ragu karena jarak dari rumah ke kantor baru jauh dan harus berangkat sebelum pukul 06.00.",
            "Menunggu kepastian tunjangan kinerja di unit tujuan sebelum menyatakan bersedia."])))
    if e["readiness"] == "menolak":
        texts.append((local_author(e), rng.choice([
            "Menyatakan keberatan secara lisan terhadap rencana rotasi; merasa sudah cocok dengan tim sekarang. "
            "Dijadwalkan konseling dengan atasan.",
            "Menolak pindah karena sedang menyelesaikan kuliah malam; minta ditunda sampai wisuda.",
            "Keberatan dipindah. Perlu penjelasan tentang jenjang karier dan tunjangan di jabatan baru."
            if in_kel else
            "Keberatan dipindah ke kelurahan. Perlu penjelasan tentang jenjang karier di jabatan baru."])))
    if e["readiness"] == "siap" and rng.random() < 0.5:
        texts.append((local_author(e), rng.choice([
            "Siap ditempatkan di unit mana pun sesuai kebutuhan organisasi.",
            "Menyatakan siap dirotasi; berminat pada tugas pelayanan langsung.",
            "Siap pindah; minta diikutkan pelatihan teknis sebelum mulai bertugas."])))
    if e["_pppk"] and e["nip"][13] != "1" and rng.random() < 0.7:
        texts.append(("yusuf.bkpp", "Perjanjian kerja PPPK diperpanjang; kinerja dinilai baik oleh atasan langsung."))
    if e["_sex"] == 2 and age < 38 and rng.random() < 0.12:
        texts.append(("ratna.bkpp", "Cuti melahirkan tiga bulan; tugas sementara dibagi ke rekan satu tim."))
    if not texts:
        continue
    for author, text in texts[:3]:
        note(e, rand_when(), author, text)
    with_notes += 1

for e in employees:
    e["notes"].sort(key=lambda n: n["at"])


# --------------------------------------------------------------------------------------------
# Validation (penata/v1 rules + demo requirements)
# --------------------------------------------------------------------------------------------
errors = []


def fail(msg):
    errors.append(msg)


def check_nip(nip, rank):
    if len(nip) != 18 or not nip.isdigit():
        return "not 18 digits"
    try:
        birth = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "birth date is not a calendar date"
    k = int(nip[12:14])
    sex = nip[14]
    seq = int(nip[15:18])
    if sex not in "12":
        return "sex digit"
    if not 1 <= seq <= 999:
        return "sequence"
    if 1 <= k <= 12:
        if rank not in RANKS:
            return "PNS NIP with a non-PNS rank"
        if int(nip[8:12]) < birth.year + 18:
            return "TMT CPNS before age 18"
        if (int(nip[8:12]), k) > (TODAY.year, TODAY.month):
            return "TMT CPNS in the future"
    elif 21 <= k <= 29:
        if rank not in PPPK_RANKS:
            return "PPPK NIP with a PNS rank"
        y = int(nip[8:12])
        if not 2019 <= y <= 2024 or y < birth.year + 18:
            return "appointment year"
    else:
        return "digits 13-14 neither month nor PPPK"
    return None


def age_at(b):
    return TODAY.year - b.year - ((TODAY.month, TODAY.day) < (b.month, b.day))


def validate(doc):
    if list(doc) != ["format", "organization", "competencies", "units", "positions", "employees"]:
        fail(f"top-level keys {list(doc)}")
    if doc["format"] != "penata/v1":
        fail("format")
    codes = [c["code"] for c in doc["competencies"]]
    if len(codes) != len(set(codes)):
        fail("duplicate competency codes")
    for c in doc["competencies"]:
        if not (1 <= len(c["code"]) <= 16 and all(ch.isalnum() or ch in "-_" for ch in c["code"])):
            fail(f"competency code {c['code']}")
        if c["group"] not in ("manajerial", "sosial_kultural", "teknis"):
            fail(f"competency group {c}")
    codes = set(codes)
    uids = [u["id"] for u in doc["units"]]
    if len(uids) != len(set(uids)):
        fail("duplicate unit ids")
    parent = {u["id"]: u["parent"] for u in doc["units"]}
    for u in doc["units"]:
        if set(u) - {"id", "name", "parent", "feedback"}:
            fail(f"unit {u['id']} keys {set(u)}")
        for f in u.get("feedback", []):
            if list(f) != ["date", "source", "severity", "text", "recorded_by", "recorded_at"]:
                fail(f"unit {u['id']} feedback keys {list(f)}")
                continue
            said = dt.date.fromisoformat(f["date"])
            at = dt.datetime.fromisoformat(f["recorded_at"])
            if f["severity"] not in ("low", "medium", "high") or not f["text"].strip() or not f["recorded_by"]:
                fail(f"unit {u['id']} feedback {f}")
            if any(ord(c) < 32 or ord(c) == 127 for c in f["text"] + f["source"]) or len(f["text"]) > 1000:
                fail(f"unit {u['id']} feedback text {f['text']!r}")
            if said > TODAY or at.date() < said or at.date() > TODAY or at.utcoffset() != dt.timedelta(hours=7):
                fail(f"unit {u['id']} feedback dates {f['date']} {f['recorded_at']}")
        if u["parent"] is not None and u["parent"] not in parent:
            fail(f"unit {u['id']} parent {u['parent']} missing")
        seen, cur = set(), u["id"]
        while cur is not None:
            if cur in seen:
                fail(f"unit cycle at {u['id']}")
                break
            seen.add(cur)
            cur = parent.get(cur)
    pids = [p["id"] for p in doc["positions"]]
    if len(pids) != len(set(pids)):
        fail("duplicate position ids")
    for p in doc["positions"]:
        if p["unit"] not in parent:
            fail(f"position {p['id']} unit missing")
        if not p["id"].startswith(p["unit"] + "."):
            fail(f"position id {p['id']} not unit.slug")
        if p["type"] not in TYPES:
            fail(f"position {p['id']} type")
        if not isinstance(p["formation"], int) or p["formation"] < 0:
            fail(f"position {p['id']} formation")
        for c, l in p["requirements"].items():
            if c not in codes or not 1 <= l <= 5:
                fail(f"position {p['id']} requirement {c}={l}")
        for w in p.get("workload", []):
            if set(w) != {"task", "volume", "minutes"} or w["volume"] <= 0 or w["minutes"] <= 0:
                fail(f"position {p['id']} workload {w}")
    pidset = set(pids)
    nips = [e["nip"] for e in doc["employees"]]
    if len(nips) != len(set(nips)):
        fail("duplicate NIPs")
    names = Counter(e["name"] for e in doc["employees"])
    for n, k in names.items():
        if k > 1:
            fail(f"duplicate name {n}")
    typ_of = {p["id"]: p["type"] for p in doc["positions"]}
    for e in doc["employees"]:
        why = check_nip(e["nip"], e["rank"])
        if why:
            fail(f"employee {e['nip']} {e['name']}: {why}")
        if not e["name"].strip():
            fail(f"employee {e['nip']} empty name")
        if e["position"] is not None and e["position"] not in pidset:
            fail(f"employee {e['nip']} position {e['position']}")
        for c, l in e["competencies"].items():
            if c not in codes or not 1 <= l <= 5:
                fail(f"employee {e['nip']} competency {c}={l}")
        for k, allowed in [("performance", {"sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"}),
                           ("potential", {"tinggi", "menengah", "rendah"}),
                           ("readiness", {"siap", "ragu", "menolak"})]:
            if k in e and e[k] not in allowed:
                fail(f"employee {e['nip']} {k}")
        for n in e.get("notes", []):
            try:
                t = dt.datetime.fromisoformat(n["at"])
            except ValueError:
                fail(f"employee {e['nip']} note time {n['at']}")
                continue
            if t.utcoffset() != dt.timedelta(hours=7) or not (2025 <= t.year <= 2026) or not n["author"] or not n["text"]:
                fail(f"employee {e['nip']} note {n}")
        extra = set(e) - {"nip", "name", "rank", "position", "competencies", "performance", "potential",
                          "readiness", "notes"}
        if extra:
            fail(f"employee {e['nip']} keys {extra}")
        # Plausibility: age limits and rank by seat.
        b = dt.date(int(e["nip"][0:4]), int(e["nip"][4:6]), int(e["nip"][6:8]))
        t = typ_of.get(e["position"])
        limit = 60 if t == J else 58
        if age_at(b) >= limit:
            fail(f"employee {e['nip']} {e['name']} is {age_at(b)}, past BUP {limit}")
        if t in (J, A, W) and e["rank"] not in RANKS:
            fail(f"employee {e['nip']} PPPK in a structural seat {e['position']}")
    # Demo size and stories.
    if len(doc["units"]) < 25 or len(doc["positions"]) < 120 or len(doc["employees"]) < 400:
        fail(f"below the minimum counts: {len(doc['units'])} units (25), {len(doc['positions'])} positions (120), "
             f"{len(doc['employees'])} employees (400)")
    if names.get("Sri Wahyuni, S.E., M.M.") != 1:
        fail("Sri Wahyuni, S.E., M.M. must appear exactly once")
    holders = Counter(e["position"] for e in doc["employees"])
    if not any(p["formation"] == 0 and holders[p["id"]] > 0 for p in doc["positions"]):
        fail("no abolished seat (formation 0) still occupied")
    if not any(holders[p["id"]] < p["formation"] for p in doc["positions"]):
        fail("no vacancy")
    if not any(holders[p["id"]] > p["formation"] > 0 for p in doc["positions"]):
        fail("no over-formation")
    if holders[None] < 15:
        fail("pool of unplaced staff too small")
    texts = " ".join(n["text"] for e in doc["employees"] for n in e.get("notes", []))
    for needle in ("bendahara", "COVID-19", "pandemi", "Menolak", "persuasif", "jarak", "Mengajukan diri"):
        if needle not in texts:
            fail(f"story missing: no note mentions {needle!r}")
    rd = Counter(e.get("readiness") for e in doc["employees"])
    if not all(rd[k] for k in ("siap", "ragu", "menolak")):
        fail("readiness spread")
    for old, new in [("Soeprapto", "Suprapto"), ("Djoko", "Joko"), ("Tjahjo", "Cahyo"), ("Soesilo", "Susilo")]:
        if not any(old in n for n in names) or not any(new in n for n in names):
            fail(f"spelling pair {old}/{new} missing")
    if not any(e["rank"] in PPPK_RANKS for e in doc["employees"]):
        fail("no PPPK")


def public(e):
    out = {"nip": e["nip"], "name": e["name"], "rank": e["rank"], "position": e["position"],
           "competencies": dict(sorted(e["competencies"].items()))}
    for k in ("performance", "potential", "readiness"):
        if e[k] is not None:
            out[k] = e[k]
    if e["notes"]:
        out["notes"] = e["notes"]
    return out


# Drop a few assessments: some people not assessed at all, some partially.
for e in employees:
    if e is story["finance_expert"] or e in story["abolished"]:
        continue
    r = rng.random()
    if r < 0.05:
        e["competencies"] = {}
    elif r < 0.14:
        for c in rng.sample(sorted(e["competencies"]), k=min(len(e["competencies"]), rng.randint(1, 3))):
            del e["competencies"][c]

doc = {
    "format": "penata/v1",
    "organization": "Pemerintah Kota Semarang",
    "competencies": [{"code": c, "name": n, "group": "manajerial"} for c, n in MANAGERIAL]
    + [{"code": c, "name": n, "group": "sosial_kultural"} for c, n in SOSIO]
    + [{"code": c, "name": n, "group": "teknis"} for c, n in TECHNICAL],
    "units": [unit_record(i, n, p) for i, n, p in UNITS],
    "positions": positions,
    "employees": [public(e) for e in sorted(employees, key=lambda e: e["nip"])],
}

validate(doc)
if errors:
    for m in errors[:50]:
        print("ERROR:", m, file=sys.stderr)
    print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
    sys.exit(1)

# --------------------------------------------------------------------------------------------
# Summary
# --------------------------------------------------------------------------------------------
holders = Counter(e["position"] for e in doc["employees"])
vac = [(p["id"], p["formation"] - holders[p["id"]]) for p in positions if holders[p["id"]] < p["formation"]]
over = [(p["id"], holders[p["id"]] - p["formation"]) for p in positions if holders[p["id"]] > p["formation"]]
pppk_n = sum(1 for e in doc["employees"] if e["rank"] in PPPK_RANKS)
print(f"units {len(doc['units'])}, positions {len(positions)} (formation {sum(p['formation'] for p in positions)}), "
      f"employees {len(doc['employees'])} (PNS {len(doc['employees']) - pppk_n}, PPPK {pppk_n}), "
      f"unplaced {holders[None]}")
explicit = sum(1 for p in positions if p["requirements"])
print(f"explicit requirements {explicit}, empty {len(positions) - explicit}, "
      f"with workload {sum(1 for p in positions if 'workload' in p)}")
print(f"vacancies: {len(vac)} seats, {sum(v for _, v in vac)} people: " + ", ".join(f"{i} -{v}" for i, v in vac))
print(f"over formation: {len(over)} seats, {sum(v for _, v in over)} people: " + ", ".join(f"{i} +{v}" for i, v in over))
for p in positions:
    if "workload" in p:
        need = sum(w["volume"] * w["minutes"] for w in p["workload"]) / 75000
        print(f"  workload {p['id']}: need {need:.2f}, formation {p['formation']}, holders {holders[p['id']]}")
fits = []
for e in doc["employees"]:
    if e["position"]:
        req = effective_req(pos_by_id[e["position"]])
        fits.append(100 * sum(e["competencies"].get(c, 0) for c in req) / sum(req.values()))
bands = Counter("<68" if f < 68 else "68-78" if f < 78 else "78-90" if f < 90 else "90-100" if f <= 100 else ">100"
                for f in fits)
print("JPM of placed staff: " + ", ".join(f"{k}%: {bands[k]}" for k in ("<68", "68-78", "78-90", "90-100", ">100")))
print("performance: " + str(dict(Counter(e.get("performance") for e in doc["employees"]))))
print("potential: " + str(dict(Counter(e.get("potential") for e in doc["employees"]))))
print("readiness: " + str(dict(Counter(e.get("readiness") for e in doc["employees"]))))
print(f"feedback: {sum(len(u.get('feedback', [])) for u in doc['units'])} entries on "
      f"{sum(1 for u in doc['units'] if u.get('feedback'))} units")
print(f"with notes: {sum(1 for e in doc['employees'] if e.get('notes'))}, "
      f"not assessed: {sum(1 for e in doc['employees'] if not e['competencies'])}")
births = [dt.date(int(e["nip"][:4]), 1, 1) for e in doc["employees"]]
print(f"born 1966-1970 (retirement outlook): {sum(1 for b in births if b.year <= 1970)}")
print("stories:")
print(f"  finance expert in a non-finance seat: {story['finance_expert']['nip']} {story['finance_expert']['name']}")
for e in story["pandemic"]:
    print(f"  moved to direct service in the pandemic: {e['nip']} {e['name']}")
for e in story["abolished"]:
    print(f"  abolished seat {e['position']}: {e['nip']} {e['name']} ({e['readiness']})")
print(f"  refuses rotation (nurse): {story['refuses_nurse']['nip']} {story['refuses_nurse']['name']}")
for k in ("distance", "distance2"):
    print(f"  hesitant, distance: {story[k]['nip']} {story[k]['name']}")
for e in story["volunteers"]:
    print(f"  volunteer: {e['nip']} {e['name']}")
print("  spellings: " + "; ".join(e["name"] for e in story["spellings"]))

if "--check" not in sys.argv:
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote fixtures/{OUT.name}")
