//! Name material for synthetic organizations: given names and family names from many regions
//! of Indonesia, academic degrees by field, and place-name parts for kelurahan.
//!
//! All names are common words; combined at random they describe nobody in particular.

/// One naming tradition: its weight among staff, the share of Muslims (for Hj./H. titles),
/// and first/second name parts for men and women.
pub(super) struct Region {
    pub weight: u32,
    pub muslim: f64,
    pub m1: &'static [&'static str],
    pub m2: &'static [&'static str],
    pub f1: &'static [&'static str],
    pub f2: &'static [&'static str],
    /// Whether old (pre-1972) spellings apply: oe for u, dj for j, tj for c.
    pub old_spelling: bool,
}

pub(super) const REGIONS: &[Region] = &[
    Region {
        weight: 60,
        muslim: 0.93,
        m1: &[
            "Agus", "Bambang", "Budi", "Slamet", "Sugeng", "Wahyu", "Eko", "Dwi", "Teguh", "Heru",
            "Priyo", "Hadi", "Bayu", "Danang", "Yoga", "Aris", "Arif", "Ahmad", "Muhammad",
            "Fajar", "Dimas", "Galih", "Rizky", "Aditya", "Joko", "Didik", "Edi", "Gatot", "Haryo",
            "Imam", "Kukuh", "Nanang", "Rudi", "Satria", "Tri", "Wisnu", "Yudi", "Adi", "Bagus",
            "Sutrisno", "Suyanto", "Sukardi", "Mulyono", "Sunarto", "Purwanto", "Cahyo", "Suprapto",
        ],
        m2: &[
            "Santoso", "Wibowo", "Prasetyo", "Setiawan", "Nugroho", "Susanto", "Hartono",
            "Kurniawan", "Saputra", "Hidayat", "Purnomo", "Pratama", "Sulistyo", "Widodo", "Utomo",
            "Handoko", "Haryanto", "Raharjo", "Wicaksono", "Setyawan", "Suryono", "Permadi",
            "Yulianto", "Hermawan", "Rahman", "Maulana", "Suseno", "Darmawan", "Sasongko",
            "Sudarmo", "Junaedi", "Cahyono",
        ],
        f1: &[
            "Siti", "Dewi", "Endang", "Tri", "Rina", "Wulan", "Retno", "Ani", "Yuni", "Ratna",
            "Indah", "Dian", "Ayu", "Novi", "Nur", "Fitri", "Puji", "Kartika", "Dyah", "Nurul",
            "Sri", "Sri", "Sri", "Lilik", "Rini", "Erna", "Tutik", "Umi", "Desi", "Maya", "Putri",
            "Sulastri", "Sumarni", "Suryani", "Purwanti", "Suharti", "Susilowati",
        ],
        f2: &[
            "Lestari", "Rahayu", "Wulandari", "Handayani", "Setyaningsih", "Astuti", "Susilowati",
            "Rahmawati", "Anggraini", "Kusumawati", "Pratiwi", "Permatasari", "Nurhayati", "Utami",
            "Mulyani", "Wahyuni", "Wahyuningsih", "Kurniasari", "Puspitasari", "Widyastuti",
            "Yuliana", "Safitri", "Andriani", "Maharani", "Damayanti", "Sari", "Juwariyah",
        ],
        old_spelling: true,
    },
    Region {
        weight: 8,
        muslim: 0.98,
        m1: &[
            "Asep", "Dadang", "Ujang", "Cecep", "Deden", "Yayat", "Dede", "Iwan", "Wawan", "Ade",
            "Jajang",
        ],
        m2: &[
            "Sopian", "Hidayat", "Supriatna", "Permana", "Kusnadi", "Suherman", "Rukmana",
            "Mulyana", "Sukmana", "Gunawan", "Saepudin",
        ],
        f1: &[
            "Euis", "Neneng", "Iis", "Imas", "Cucu", "Rina", "Yanti", "Lilis", "Nining", "Tati",
        ],
        f2: &[
            "Nurjanah", "Kurniasih", "Komalasari", "Rostika", "Sumiati", "Rohaeni", "Hermawati",
            "Sundari",
        ],
        old_spelling: false,
    },
    Region {
        weight: 5,
        muslim: 0.3,
        m1: &[
            "Togar", "Parlindungan", "Hotman", "Maruli", "Benny", "Daniel", "Samuel", "Bonar",
            "Ahmad", "Rizal", "Syahrul",
        ],
        m2: &[
            "Simanjuntak", "Hutapea", "Sitompul", "Situmorang", "Sinaga", "Panjaitan", "Manurung",
            "Nasution", "Harahap", "Lubis", "Siregar", "Daulay",
        ],
        f1: &[
            "Rosmawati", "Tiurma", "Lasma", "Romauli", "Debora", "Friska", "Rotua", "Masitah",
        ],
        f2: &[
            "Simanjuntak", "Hutapea", "Situmorang", "Sinaga", "Pasaribu", "Nasution", "Lubis",
        ],
        old_spelling: false,
    },
    Region {
        weight: 5,
        muslim: 1.0,
        m1: &[
            "Afrizal", "Yulizar", "Zulkifli", "Fauzi", "Syafri", "Nofriadi", "Hendri", "Erwin",
        ],
        m2: &["Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Jambak", "Idris", "Rasyid"],
        f1: &["Rahmi", "Yeni", "Eliza", "Desmawati", "Fitria", "Nofita", "Elvi", "Silvia"],
        f2: &["Chaniago", "Oktavia", "Yusra", "Zuriati", "Hasanah", "Afrida", "Nelwati"],
        old_spelling: false,
    },
    Region {
        weight: 4,
        muslim: 1.0,
        m1: &["Andi", "Muhammad", "Syamsul", "Ilham", "Arifuddin", "Rusdi", "Abdul", "Hasanuddin"],
        m2: &["Mappaseng", "Rahman", "Baso", "Pawelloi", "Akbar", "Mattalatta", "Syahrir", "Latif"],
        f1: &["Andi", "Nurhaedah", "Hasnah", "Sitti", "Nurhayati", "Hasniati", "Darmawati"],
        f2: &["Sulfiani", "Hasnawati", "Mappanyompa", "Batari", "Syamsiah", "Wahida"],
        old_spelling: false,
    },
    Region {
        weight: 3,
        muslim: 0.0,
        m1: &["I Wayan", "I Made", "I Nyoman", "I Ketut", "I Gede", "I Putu", "I Komang"],
        m2: &["Sudiarta", "Arya Wiguna", "Suastika", "Wirawan", "Adnyana", "Sudarsana", "Astawa"],
        f1: &["Ni Luh", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Komang"],
        f2: &["Putu Ariani", "Ayu Suartini", "Sri Widiastuti", "Sukmawati", "Eka Yanti"],
        old_spelling: false,
    },
    Region {
        weight: 5,
        muslim: 0.0,
        m1: &[
            "Hendra", "Yohanes", "Steven", "Albert", "Rudy", "Kevin", "Felix", "Andreas", "Johan",
            "Antonius", "Fransiskus", "Ignatius",
        ],
        m2: &[
            "Tanoto", "Halim", "Tjandra", "Gunawan", "Setiadi", "Wijaya", "Kusuma", "Liem",
            "Salim", "Tjahjadi", "Hartanto", "Widjaja", "Gozali",
        ],
        f1: &[
            "Felicia", "Yohana", "Kristina", "Linda", "Melissa", "Lily", "Maria", "Theresia",
            "Agnes", "Veronika",
        ],
        f2: &["Tanujaya", "Halim", "Kurniawati", "Setiawati", "Liem", "Susanti", "Widjaja"],
        old_spelling: false,
    },
    Region {
        weight: 2,
        muslim: 1.0,
        m1: &["Umar", "Salim", "Hasan", "Ali", "Abdullah", "Faisal", "Hamid", "Thoriq"],
        m2: &["Alatas", "Assegaf", "Al-Habsyi", "Basalamah", "Bawazier", "Alaydrus", "Shahab"],
        f1: &["Fatimah", "Nabila", "Syarifah", "Aisyah", "Khadijah", "Zahra", "Salma"],
        f2: &["Assegaf", "Alatas", "Alaydrus", "Basalamah", "Shahab", "Baraja"],
        old_spelling: false,
    },
    Region {
        weight: 3,
        muslim: 0.0,
        m1: &["Yohanis", "Markus", "Agustinus", "Natalis", "Petrus", "Oktovianus", "Marthen"],
        m2: &["Wonda", "Kambu", "Rumbiak", "Wanggai", "Ndun", "Manafe", "Fanggidae", "Mandagi"],
        f1: &["Yosina", "Dorkas", "Marselina", "Yustina", "Meiske", "Agustina", "Margaretha"],
        f2: &["Mandowen", "Yoku", "Lelo", "Bere", "Tefa", "Rumondor", "Sahetapy"],
        old_spelling: false,
    },
];

/// Regencies and cities of a province, as (kind, name); ids are derived from the name.
pub(super) const REGENCIES: &[(&str, &str)] = &[
    ("Kota", "Semarang"), ("Kabupaten", "Banyumas"), ("Kabupaten", "Cilacap"),
    ("Kabupaten", "Brebes"), ("Kabupaten", "Tegal"), ("Kota", "Surakarta"),
    ("Kabupaten", "Kudus"), ("Kabupaten", "Jepara"), ("Kabupaten", "Pati"),
    ("Kabupaten", "Klaten"), ("Kabupaten", "Boyolali"), ("Kabupaten", "Magelang"),
    ("Kota", "Magelang"), ("Kabupaten", "Kebumen"), ("Kabupaten", "Purworejo"),
    ("Kabupaten", "Wonosobo"), ("Kabupaten", "Temanggung"), ("Kabupaten", "Kendal"),
    ("Kabupaten", "Demak"), ("Kabupaten", "Grobogan"), ("Kabupaten", "Blora"),
    ("Kabupaten", "Rembang"), ("Kabupaten", "Sragen"), ("Kabupaten", "Karanganyar"),
    ("Kabupaten", "Wonogiri"), ("Kabupaten", "Sukoharjo"), ("Kota", "Salatiga"),
    ("Kabupaten", "Semarang"), ("Kabupaten", "Batang"), ("Kabupaten", "Pekalongan"),
    ("Kota", "Pekalongan"), ("Kabupaten", "Pemalang"), ("Kota", "Tegal"),
    ("Kabupaten", "Purbalingga"), ("Kabupaten", "Banjarnegara"),
];

/// Parts of village and kecamatan names (Sido + rejo, Karang + anyar, ...).
pub(super) const PLACE_HEAD: &[&str] = &[
    "Sido", "Karang", "Tegal", "Wono", "Kali", "Sumber", "Banyu", "Ngaliyan", "Tlogo", "Jati",
    "Pandan", "Gunung", "Mranggen", "Candi", "Krajan", "Gedang", "Kebon", "Bandar", "Pucang",
    "Wates",
];
pub(super) const PLACE_TAIL: &[&str] = &[
    "rejo", "sari", "mulyo", "agung", "asri", "anyar", "harjo", "kerto", "makmur", "wetan",
    "kulon", "lor", "kidul", "jaya", "sono", "tengah",
];

/// Degrees by field of the seat: (prefix, suffix) options for graduates.
pub(super) const DEGREES_ADMIN: &[&str] = &["S.Sos.", "S.IP.", "S.E.", "S.H.", "S.AP.", "S.STP."];
pub(super) const DEGREES_HEALTH: &[&str] = &["S.Kep., Ns.", "S.KM.", "S.Farm., Apt.", "S.Gz."];
pub(super) const DEGREES_EDU: &[&str] = &["S.Pd.", "S.Pd.I.", "S.Pd.SD.", "S.Si."];
pub(super) const DEGREES_TECH: &[&str] = &["S.T.", "S.Kom.", "S.Ak.", "S.E."];
pub(super) const DIPLOMA: &[&str] = &["A.Md.", "A.Md.Kep.", "A.Md.Keb.", "A.Md.Kom.", "A.Md.AK."];
pub(super) const MASTERS: &[&str] = &["M.Si.", "M.M.", "M.AP.", "M.Pd.", "M.Kes.", "M.T.", "M.H."];

/// Notes an assessor might leave, by theme.
pub(super) const NOTES: &[&str] = &[
    "Bersedia dirotasi ke unit lain asal masih dalam kota.",
    "Sedang tugas belajar S2; kembali aktif tahun depan.",
    "Mengurus orang tua sakit; mohon tidak dipindah jauh dari rumah.",
    "Kinerja baik, cocok untuk jabatan pengawas pada penataan berikutnya.",
    "Keberatan dengan penyetaraan jabatan ke fungsional.",
    "Menguasai aplikasi SIMPEG dan SIAK; dapat menjadi mentor operator baru.",
    "Jarak rumah ke kantor baru lebih dari 30 km.",
];
pub(super) const AUTHORS: &[&str] = &["budi.bkd", "ratna.bkd", "yusuf.bkd", "lina.setda"];
