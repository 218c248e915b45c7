//! The dinas and badan every generated region has, with their bidang, and the seksi under
//! every bidang: data read by the region's shape.

use super::shape::Field;

/// A dinas or badan: (id, name, technical code, field, bidang as (id, name)).
pub(super) type Agency = (
    &'static str,
    &'static str,
    &'static str,
    Field,
    &'static [(&'static str, &'static str)],
);

/// Dinas and badan of every region.
pub(super) const AGENCIES: &[Agency] = &[
    (
        "disdik",
        "Dinas Pendidikan dan Kebudayaan",
        "PEND",
        Field::Edu,
        &[
            ("paud", "Bidang Pembinaan PAUD dan Pendidikan Nonformal"),
            ("sd", "Bidang Pembinaan Sekolah Dasar"),
            ("smp", "Bidang Pembinaan Sekolah Menengah Pertama"),
        ],
    ),
    (
        "dinkes",
        "Dinas Kesehatan",
        "KESMAS",
        Field::Health,
        &[
            ("kesmas", "Bidang Kesehatan Masyarakat"),
            ("p2p", "Bidang Pencegahan dan Pengendalian Penyakit"),
            ("yankes", "Bidang Pelayanan dan Sumber Daya Kesehatan"),
        ],
    ),
    (
        "disdukcapil",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "ADK",
        Field::Admin,
        &[
            ("dafduk", "Bidang Pelayanan Pendaftaran Penduduk"),
            ("capil", "Bidang Pelayanan Pencatatan Sipil"),
            (
                "piak",
                "Bidang Pengelolaan Informasi Administrasi Kependudukan",
            ),
        ],
    ),
    (
        "dpupr",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "SIPIL",
        Field::Tech,
        &[
            ("bina_marga", "Bidang Bina Marga"),
            ("sda", "Bidang Sumber Daya Air"),
            ("tata_ruang", "Bidang Penataan Ruang"),
        ],
    ),
    (
        "diskominfo",
        "Dinas Komunikasi dan Informatika",
        "TI",
        Field::Tech,
        &[
            ("aptika", "Bidang Aplikasi Informatika"),
            ("ikp", "Bidang Informasi dan Komunikasi Publik"),
        ],
    ),
    (
        "bappeda",
        "Badan Perencanaan Pembangunan Daerah",
        "RENBANG",
        Field::Admin,
        &[
            (
                "ppepd",
                "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
            ),
            ("infrawil", "Bidang Infrastruktur dan Pengembangan Wilayah"),
        ],
    ),
    (
        "bkpsdm",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "MSDM",
        Field::Admin,
        &[
            ("mutasi", "Bidang Mutasi dan Promosi"),
            ("bangkom", "Bidang Pengembangan Kompetensi Aparatur"),
        ],
    ),
    (
        "bpkad",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "KEU",
        Field::Tech,
        &[
            ("anggaran", "Bidang Anggaran"),
            ("aset", "Bidang Pengelolaan Aset Daerah"),
        ],
    ),
    (
        "satpolpp",
        "Satuan Polisi Pamong Praja",
        "HUK",
        Field::Admin,
        &[
            ("trantib", "Bidang Ketenteraman dan Ketertiban Umum"),
            ("perda", "Bidang Penegakan Peraturan Daerah"),
        ],
    ),
];

/// Seksi under every bidang.
pub(super) const SEKSI: &[(&str, &str)] = &[
    ("perencanaan", "Seksi Perencanaan dan Pengendalian"),
    ("pembinaan", "Seksi Pembinaan dan Pengawasan"),
];
