"""Indonesian content of the demo profile: agencies, people, accounts, post templates and photo scenes.

Plain data only; :mod:`opdstudio.core.demo.seed` turns it into rows through the real services.
Places are Rejang Lebong's; people, handles and numbers are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.enums import AccountStatus, OrgKind, PolicyCondition, PostKind, Role


@dataclass(frozen=True)
class OrgSpec:
    key: str
    name: str
    short_name: str
    kind: OrgKind
    parent: str | None


ORGS: tuple[OrgSpec, ...] = (
    OrgSpec("pemkab", "Pemerintah Kabupaten Rejang Lebong", "Pemkab Rejang Lebong", OrgKind.PEMKAB, None),
    OrgSpec("kominfo", "Dinas Komunikasi dan Informatika", "Diskominfo", OrgKind.DINAS, "pemkab"),
    OrgSpec("ikp", "Bidang Informasi dan Komunikasi Publik", "Bidang IKP", OrgKind.BIDANG, "kominfo"),
    OrgSpec("aptika", "Bidang Aplikasi Informatika", "Bidang Aptika", OrgKind.BIDANG, "kominfo"),
    OrgSpec("dinkes", "Dinas Kesehatan", "Dinkes", OrgKind.DINAS, "pemkab"),
    OrgSpec("pkm_curup", "Puskesmas Curup", "PKM Curup", OrgKind.PUSKESMAS, "dinkes"),
    OrgSpec("pkm_kotapadang", "Puskesmas Kota Padang", "PKM Kota Padang", OrgKind.PUSKESMAS, "dinkes"),
    OrgSpec("dikbud", "Dinas Pendidikan dan Kebudayaan", "Dikbud", OrgKind.DINAS, "pemkab"),
    OrgSpec("sdn1", "SD Negeri 1 Curup", "SDN 1 Curup", OrgKind.SEKOLAH, "dikbud"),
    OrgSpec("pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR", OrgKind.DINAS, "pemkab"),
    OrgSpec("curteng", "Kecamatan Curup Tengah", "Kec. Curup Tengah", OrgKind.KECAMATAN, "pemkab"),
    OrgSpec("trb", "Kelurahan Talang Rimbo Baru", "Kel. Talang Rimbo Baru", OrgKind.KELURAHAN, "curteng"),
    OrgSpec("airmeles", "Desa Air Meles Atas", "Desa Air Meles Atas", OrgKind.DESA, "curteng"),
)

# (organisation, level, label, condition): the two-level agencies; the rest use the default single level.
APPROVAL_LEVELS: tuple[tuple[str, int, str, PolicyCondition], ...] = (
    ("kominfo", 1, "Kepala Bidang", PolicyCondition.ALWAYS),
    ("kominfo", 2, "Kepala Dinas", PolicyCondition.ON_REGENT_MENTION),
    ("dinkes", 1, "Kepala Bidang", PolicyCondition.ALWAYS),
    ("dinkes", 2, "Kepala Dinas", PolicyCondition.ON_REGENT_MENTION),
)

A, R, OV, OP = Role.ADMIN, Role.REVIEWER, Role.OVERSIGHT, Role.OPERATOR


@dataclass(frozen=True)
class PersonSpec:
    login: str
    name: str
    title: str
    roles: tuple[tuple[str, Role, int], ...]  # (organisation key, role, approval level)


PEOPLE: tuple[PersonSpec, ...] = (
    PersonSpec(
        "diskominfo",
        "Rahmat Hidayat, S.Kom.",
        "Pranata Humas Ahli Muda, Pengawas Akun Resmi",
        (("pemkab", OV, 1),),
    ),
    PersonSpec("operator", "Yudi Prasetyo, A.Md.Kom.", "Pranata Komputer Diskominfo", (("pemkab", OP, 1),)),
    PersonSpec("admin.kominfo", "Nurul Aini, S.I.Kom.", "Pengelola Media Sosial Diskominfo", (("kominfo", A, 1),)),
    PersonSpec("admin.aptika", "Dimas Saputra, S.Kom.", "Pranata Komputer Bidang Aptika", (("aptika", A, 1),)),
    PersonSpec(
        "kabid.ikp",
        "Hendra Gunawan, S.Sos., M.Si.",
        "Kepala Bidang Informasi dan Komunikasi Publik",
        (("ikp", R, 1),),
    ),
    PersonSpec("kabid.aptika", "Sri Wahyuni, S.T., M.Kom.", "Kepala Bidang Aplikasi Informatika", (("aptika", R, 1),)),
    PersonSpec(
        "kadis.kominfo",
        "Drs. Bambang Supriadi, M.M.",
        "Kepala Dinas Komunikasi dan Informatika",
        (("kominfo", R, 2),),
    ),
    PersonSpec(
        "admin.dinkes",
        "Putri Ramadhani, S.K.M.",
        "Penyuluh Kesehatan Masyarakat, Admin Media Sosial",
        (("dinkes", A, 1),),
    ),
    PersonSpec(
        "kabid.kesmas",
        "Yulia Safitri, S.K.M., M.Kes.",
        "Kepala Bidang Kesehatan Masyarakat",
        (("dinkes", R, 1),),
    ),
    PersonSpec("kadis.dinkes", "dr. Ahmad Fauzi, M.Kes.", "Kepala Dinas Kesehatan", (("dinkes", R, 2),)),
    PersonSpec(
        "admin.pkmcurup",
        "Rina Marlina, A.Md.Keb.",
        "Bidan, Admin Media Sosial Puskesmas Curup",
        (("pkm_curup", A, 1),),
    ),
    PersonSpec("kapus.curup", "dr. Siti Aminah", "Kepala Puskesmas Curup", (("pkm_curup", R, 1),)),
    PersonSpec(
        "admin.dikbud",
        "Agus Salim, S.Pd.",
        "Pranata Humas Dinas Pendidikan dan Kebudayaan",
        (("dikbud", A, 1),),
    ),
    PersonSpec(
        "kabid.dikdas",
        "Dra. Lestari Handayani, M.Pd.",
        "Kepala Bidang Pembinaan Sekolah Dasar",
        (("dikbud", R, 1),),
    ),
    PersonSpec("kadis.dikbud", "Dr. Junaidi, M.Pd.", "Kepala Dinas Pendidikan dan Kebudayaan", (("dikbud", R, 2),)),
    PersonSpec("admin.sdn1curup", "Rudi Hartono, S.Pd.", "Guru, Operator Sekolah", (("sdn1", A, 1),)),
    PersonSpec("kepsek.sdn1curup", "Marlina Dewi, S.Pd.", "Kepala SD Negeri 1 Curup", (("sdn1", R, 1),)),
    PersonSpec("admin.pupr", "Fikri Ananda, S.T.", "Staf Sekretariat, Admin Media Sosial", (("pupr", A, 1),)),
    PersonSpec("kabid.binamarga", "Ir. Syahrial", "Kepala Bidang Bina Marga", (("pupr", R, 1),)),
    PersonSpec(
        "kadis.pupr",
        "Ir. Zulkarnain, M.T.",
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        (("pupr", R, 2),),
    ),
    PersonSpec(
        "admin.curupteng",
        "Wulan Sari, S.IP.",
        "Staf Seksi Pemerintahan, Admin Media Sosial",
        (("curteng", A, 1),),
    ),
    PersonSpec("sekcam.curupteng", "Darmawan, S.IP.", "Sekretaris Camat Curup Tengah", (("curteng", R, 1),)),
    PersonSpec("camat.curupteng", "Heri Kusnadi, S.STP., M.Si.", "Camat Curup Tengah", (("curteng", R, 2),)),
    PersonSpec("admin.airmeles", "Sutrisno", "Operator Desa Air Meles Atas", (("airmeles", A, 1),)),
    PersonSpec("kades.airmeles", "Suparman", "Kepala Desa Air Meles Atas", (("airmeles", R, 1),)),
)


@dataclass(frozen=True)
class AccountSpec:
    org: str
    platform: str
    handle: str  # the address part: page name, @handle or domain
    reported_days_ago: int
    status: AccountStatus = AccountStatus.ACTIVE


_D, _C = AccountStatus.DORMANT, AccountStatus.CLOSED

ACCOUNTS: tuple[AccountSpec, ...] = (
    AccountSpec("pemkab", "facebook", "pemkabrejanglebong", 1460),
    AccountSpec("pemkab", "instagram", "@pemkab.rejanglebong", 1460),
    AccountSpec("pemkab", "youtube", "@pemkabrejanglebong", 1100),
    AccountSpec("pemkab", "website", "rejanglebongkab.go.id", 2900),
    AccountSpec("kominfo", "facebook", "diskominforejanglebong", 1300),
    AccountSpec("kominfo", "instagram", "@diskominfo.rejanglebong", 1300),
    AccountSpec("kominfo", "tiktok", "@diskominfo.rl", 420),
    AccountSpec("kominfo", "x", "@kominfo_rl", 1200),
    AccountSpec("kominfo", "website", "kominfo.rejanglebongkab.go.id", 2100),
    AccountSpec("ikp", "instagram", "@mediacenter.rl", 640),
    AccountSpec("dinkes", "facebook", "dinkesrejanglebong", 1250),
    AccountSpec("dinkes", "instagram", "@dinkes.rejanglebong", 1250),
    AccountSpec("dinkes", "tiktok", "@dinkes.rl", 300),
    AccountSpec("dinkes", "website", "dinkes.rejanglebongkab.go.id", 1800),
    AccountSpec("pkm_curup", "facebook", "puskesmascurup", 900),
    AccountSpec("pkm_curup", "instagram", "@puskesmas.curup", 700),
    AccountSpec("pkm_kotapadang", "facebook", "uptdpuskesmaskotapadang", 800),
    AccountSpec("pkm_kotapadang", "instagram", "@pkm.kotapadang", 760, _D),
    AccountSpec("dikbud", "facebook", "dikbudrejanglebong", 1150),
    AccountSpec("dikbud", "instagram", "@dikbud.rejanglebong", 1150),
    AccountSpec("dikbud", "youtube", "@dikbudrejanglebong", 500),
    AccountSpec("dikbud", "website", "dikbud.rejanglebongkab.go.id", 1700),
    AccountSpec("sdn1", "facebook", "sdn1curup", 650),
    AccountSpec("sdn1", "instagram", "@sdn1curup", 650),
    AccountSpec("pupr", "facebook", "puprrejanglebong", 1000),
    AccountSpec("pupr", "instagram", "@pupr.rejanglebong", 1000),
    AccountSpec("pupr", "x", "@pupr_rl", 1000, _C),
    AccountSpec("pupr", "website", "pupr.rejanglebongkab.go.id", 1600),
    AccountSpec("curteng", "facebook", "kecamatancuruptengah", 880),
    AccountSpec("curteng", "instagram", "@kec.curuptengah", 880),
    AccountSpec("curteng", "tiktok", "@curuptengah.official", 200),
    AccountSpec("trb", "facebook", "kelurahantalangrimbobaru", 540),
    AccountSpec("airmeles", "facebook", "desaairmelesatas", 600),
)


@dataclass(frozen=True)
class Template:
    """A kind of post an agency writes; {placeholders} are filled per post."""

    title: str
    text: str
    programme: str
    scene: str | None  # photo scene, None = text only
    place: str = "{tempat}, Kecamatan {kec}"
    kind: PostKind = PostKind.SOCIAL


TEMPLATES: dict[str, tuple[Template, ...]] = {
    "kominfo": (
        Template(
            "Bupati Rejang Lebong Tinjau Perbaikan {ruas}",
            "Bupati Rejang Lebong meninjau langsung perbaikan {ruas} di Kecamatan {kec}, {hari}. Perbaikan "
            "sepanjang {km} km ini ditargetkan rampung dalam {minggu} minggu agar hasil pertanian warga "
            "kembali lancar dibawa ke pasar.\n\nBupati berpesan agar mutu pekerjaan dijaga dan warga ikut "
            "mengawasi pelaksanaannya.",
            "Infrastruktur Jalan",
            "bupati",
            "{ruas}, Kecamatan {kec}",
        ),
        Template(
            "Rapat Koordinasi Pengelola Media Sosial Perangkat Daerah",
            "Diskominfo Rejang Lebong menggelar rapat koordinasi pengelola media sosial perangkat daerah di "
            "Ruang Rapat Diskominfo, {hari}. Sebanyak {n} admin dari dinas, kecamatan dan puskesmas membahas "
            "jadwal unggahan harian dan penggunaan materi resmi Pemkab.\n\nSetiap perangkat daerah diminta "
            "mengunggah minimal satu informasi kegiatan setiap hari.",
            "Satu Data dan Satu Suara",
            "rapat",
            "Ruang Rapat Diskominfo, Curup",
        ),
        Template(
            "Pelayanan KTP Keliling Hadir di Desa {desa}",
            "Warga Desa {desa}, Kecamatan {kec}, tidak perlu jauh-jauh ke Curup. Tim pelayanan keliling "
            "melayani perekaman KTP-el, Kartu Identitas Anak dan perubahan data Kartu Keluarga di balai desa, "
            "{hari} mulai pukul {jam} WIB.\n\nJangan lupa membawa fotokopi Kartu Keluarga.",
            "Layanan Adminduk Jemput Bola",
            "ktp",
            "Balai Desa {desa}, Kecamatan {kec}",
        ),
        Template(
            "Bupati Buka Musrenbang Kecamatan {kec}",
            "Bupati Rejang Lebong membuka Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan {kec} "
            "tahun {tahun_depan}, {hari}. Sebanyak {n} usulan dari desa dan kelurahan dibahas, mulai dari "
            "jalan usaha tani hingga posyandu.\n\nBupati meminta usulan diprioritaskan pada kebutuhan yang "
            "paling dirasakan warga.",
            "Musrenbang RKPD {tahun_depan}",
            "musrenbang",
            "Aula Kantor Camat {kec}",
        ),
        Template(
            "Jumat Bersih: ASN dan Warga Gotong Royong di {desa}",
            "Ratusan ASN Pemkab Rejang Lebong bersama warga bergotong royong membersihkan saluran air dan "
            "lingkungan di {desa}, Kecamatan {kec}, {hari}. Kegiatan Jumat Bersih ini rutin digelar untuk "
            "mencegah banjir dan demam berdarah.",
            "Jumat Bersih",
            "gotong_royong",
            "{desa}, Kecamatan {kec}",
        ),
        Template(
            "Upacara Peringatan {peringatan} di Lapangan Setia Negara",
            "Wakil Bupati Rejang Lebong menjadi inspektur upacara peringatan {peringatan} di Lapangan Setia "
            "Negara Curup, {hari}. Upacara diikuti ASN, TNI, Polri, pelajar dan organisasi kemasyarakatan.",
            "Hari Besar Nasional",
            "upacara",
            "Lapangan Setia Negara, Curup",
        ),
        Template(
            "Tim Penilai Lomba Desa Kunjungi {desa}",
            "Tim penilai Lomba Desa tingkat Kabupaten Rejang Lebong mengunjungi Desa {desa}, Kecamatan {kec}, "
            "{hari}. Penilaian meliputi tata kelola pemerintahan desa, pemberdayaan masyarakat dan kebersihan "
            "lingkungan.",
            "Lomba Desa",
            "lomba",
            "Balai Desa {desa}, Kecamatan {kec}",
        ),
        Template(
            "Pasar Murah Hadir di Kecamatan {kec}",
            "Pemkab Rejang Lebong kembali menggelar pasar murah di halaman Kantor Camat {kec}, {hari} pukul "
            "{jam} WIB. Beras, minyak goreng dan gula pasir dijual di bawah harga pasar, dibatasi untuk "
            "setiap Kartu Keluarga.",
            "Pengendalian Inflasi Daerah",
            "pasar",
            "Halaman Kantor Camat {kec}",
        ),
        Template(
            "Waspada Hoaks Penerimaan Pegawai",
            "Beredar pesan berantai tentang penerimaan pegawai di lingkungan Pemkab Rejang Lebong dengan "
            "membayar sejumlah uang. Informasi tersebut TIDAK BENAR. Penerimaan pegawai hanya diumumkan "
            "melalui situs resmi rejanglebongkab.go.id dan akun media sosial resmi Pemkab.\n\nBila ragu, "
            "tanyakan ke Diskominfo.",
            "Literasi Digital",
            None,
            "Curup",
        ),
        Template(
            "Danau Mas Harun Bastari Ramai Dikunjungi Wisatawan",
            "Danau Mas Harun Bastari di Kecamatan Selupu Rejang ramai dikunjungi wisatawan akhir pekan ini. "
            "Pengelola mencatat sekitar {n} pengunjung per hari. Udara sejuk dan kebun sayur di kaki Bukit "
            "Kaba menjadi daya tarik tersendiri.",
            "Promosi Wisata Daerah",
            "wisata",
            "Danau Mas Harun Bastari, Kecamatan Selupu Rejang",
        ),
        Template(
            "Capaian Pelayanan Publik Pemkab Rejang Lebong",
            "Pemkab Rejang Lebong merilis capaian pelayanan publik: {n} pengaduan warga melalui kanal resmi "
            "telah ditindaklanjuti bulan ini. Pengaduan terbanyak menyangkut jalan rusak, air bersih dan "
            "administrasi kependudukan.\n\nWarga dapat menyampaikan pengaduan melalui kanal resmi Pemkab.",
            "Pelayanan Publik",
            "rapat",
            "Curup",
            PostKind.ARTICLE,
        ),
        Template(
            "Bupati Serahkan Bibit Kopi kepada Kelompok Tani di {kec}",
            "Bupati Rejang Lebong menyerahkan {n} ribu batang bibit kopi robusta kepada kelompok tani di "
            "Kecamatan {kec}, {hari}. Bantuan ini untuk meremajakan kebun kopi rakyat yang sudah tua.",
            "Ketahanan Pangan",
            "bupati",
            "Desa {desa}, Kecamatan {kec}",
        ),
    ),
    "aptika": (
        Template(
            "Pelatihan Aplikasi Srikandi untuk Operator Perangkat Daerah",
            "Bidang Aplikasi Informatika melatih {n} operator perangkat daerah menggunakan aplikasi Srikandi "
            "untuk surat-menyurat elektronik, {hari}, di Ruang Rapat Diskominfo.",
            "SPBE",
            "pelatihan",
            "Ruang Rapat Diskominfo, Curup",
        ),
        Template(
            "Wi-Fi Publik Gratis Kini Tersedia di {tempat}",
            "Diskominfo memasang titik Wi-Fi publik gratis di {tempat}. Warga dapat terhubung dengan jaringan "
            '"RL-Free" setiap hari pukul 06.00–22.00 WIB. Gunakan dengan bijak!',
            "Smart City",
            "pelatihan",
        ),
        Template(
            "Pendampingan Keamanan Situs Web Desa",
            "Tim Aptika mendampingi operator desa se-Kecamatan {kec} memperbarui keamanan situs web desa, "
            "{hari}. Operator diingatkan mengganti kata sandi secara berkala dan tidak membagikannya.",
            "Keamanan Informasi",
            "pelatihan",
            "Aula Kantor Camat {kec}",
        ),
    ),
    "dinkes": (
        Template(
            "Penyuluhan Pencegahan Stunting di Desa {desa}",
            "Dinas Kesehatan menggelar penyuluhan pencegahan stunting bagi {n} ibu hamil dan ibu balita di "
            "Desa {desa}, Kecamatan {kec}, {hari}. Materi meliputi gizi seimbang, ASI eksklusif dan "
            "pentingnya menimbang balita setiap bulan di posyandu.",
            "Percepatan Penurunan Stunting",
            "stunting",
            "Balai Desa {desa}, Kecamatan {kec}",
        ),
        Template(
            "Ayo Lengkapi Imunisasi Anak",
            "Bulan Imunisasi Anak Nasional berlangsung di seluruh puskesmas dan posyandu di Rejang Lebong. "
            "Imunisasi gratis. Bawa buku KIA anak Anda ke posyandu terdekat, {hari}, mulai pukul {jam} WIB.",
            "Imunisasi",
            "vaksinasi",
            "Posyandu {posyandu}, Desa {desa}",
        ),
        Template(
            "Bupati Canangkan Gerakan Makan Ikan Cegah Stunting",
            "Bupati Rejang Lebong mencanangkan Gerakan Gemar Makan Ikan di {tempat}, {hari}. Sebanyak {n} "
            "paket ikan segar dibagikan kepada keluarga dengan balita berisiko stunting.",
            "Percepatan Penurunan Stunting",
            "stunting",
        ),
        Template(
            "Pemberian Makanan Tambahan untuk Ibu Hamil",
            "Petugas gizi membagikan makanan tambahan kepada {n} ibu hamil kurang energi kronis di "
            "Kecamatan {kec}, {hari}. Pemantauan berat badan dilanjutkan setiap bulan.",
            "Kesehatan Ibu dan Anak",
            "posyandu",
            "Posyandu {posyandu}, Desa {desa}",
        ),
        Template(
            "Waspada Demam Berdarah di Musim Hujan",
            "Musim hujan, saatnya waspada demam berdarah. Lakukan 3M Plus: menguras dan menutup tempat "
            "penampungan air, mendaur ulang barang bekas, serta mencegah gigitan nyamuk.\n\nSegera ke "
            "puskesmas bila demam tinggi lebih dari dua hari.",
            "Pencegahan DBD",
            None,
            "Curup",
        ),
        Template(
            "Skrining Kesehatan Gratis bagi Lansia",
            "Dinas Kesehatan menggelar skrining kesehatan gratis bagi lansia di {tempat}, {hari}. Pemeriksaan "
            "meliputi tekanan darah, gula darah dan kolesterol. Sebanyak {n} lansia telah diperiksa.",
            "Cek Kesehatan Gratis",
            "puskesmas",
        ),
        Template(
            "Imunisasi HPV untuk Siswi Kelas 5 dan 6",
            "Petugas puskesmas memberikan imunisasi HPV kepada {n} siswi kelas 5 dan 6 di {sekolah}, "
            "{hari}. Imunisasi ini melindungi anak perempuan dari kanker leher rahim di masa depan.",
            "Imunisasi",
            "vaksinasi",
            "{sekolah}, Kecamatan {kec}",
        ),
    ),
    "puskesmas": (
        Template(
            "Kegiatan Posyandu {posyandu} Bulan Ini",
            "Posyandu {posyandu} di {desa} melayani penimbangan, pengukuran tinggi badan dan imunisasi "
            "balita, {hari}. Sebanyak {n} balita hadir bersama orang tuanya.",
            "Kesehatan Ibu dan Anak",
            "posyandu",
            "Posyandu {posyandu}, {desa}",
        ),
        Template(
            "Kelas Ibu Hamil di {puskesmas}",
            "{puskesmas} kembali membuka kelas ibu hamil, {hari}, pukul {jam} WIB. Ibu hamil belajar tanda "
            "bahaya kehamilan, persiapan persalinan dan menyusui.",
            "Kesehatan Ibu dan Anak",
            "puskesmas",
            "{puskesmas}",
        ),
        Template(
            "Jadwal Pelayanan {puskesmas}",
            "Pelayanan rawat jalan {puskesmas} buka Senin–Kamis pukul 07.30–14.00 WIB, Jumat pukul "
            "07.30–11.00 WIB dan Sabtu pukul 07.30–12.30 WIB. Unit gawat darurat buka 24 jam.",
            "Informasi Layanan",
            None,
            "{puskesmas}",
        ),
        Template(
            "Pemeriksaan Gigi Anak di {sekolah}",
            "Tim {puskesmas} memeriksa kesehatan gigi {n} siswa {sekolah}, {hari}, sekaligus mengajarkan cara "
            "menggosok gigi yang benar.",
            "UKS",
            "sekolah",
            "{sekolah}",
        ),
    ),
    "dikbud": (
        Template(
            "Lomba Cerdas Cermat SD se-Kabupaten Rejang Lebong",
            "Sebanyak {n} regu dari sekolah dasar se-Kabupaten Rejang Lebong mengikuti Lomba Cerdas Cermat di "
            "{tempat}, {hari}. Juara akan mewakili kabupaten di tingkat provinsi.",
            "Peningkatan Mutu Pendidikan",
            "lomba",
        ),
        Template(
            "Sosialisasi Penerimaan Murid Baru Tahun Ajaran {tahun_depan}/{tahun_lusa}",
            "Dinas Pendidikan dan Kebudayaan menyosialisasikan tata cara penerimaan murid baru kepada {n} "
            "kepala sekolah di {tempat}, {hari}. Pendaftaran dilakukan secara daring dan luring.",
            "SPMB",
            "rapat",
        ),
        Template(
            "Festival Budaya Rejang: Tari Kejei Memukau Penonton",
            "Tari Kejei, tarian adat suku Rejang, membuka Festival Budaya Rejang di {tempat}, {hari}. "
            "Festival menampilkan {n} sanggar seni dari seluruh kecamatan.",
            "Pelestarian Budaya",
            "budaya",
        ),
        Template(
            "Bupati Resmikan Ruang Kelas Baru {sekolah}",
            "Bupati Rejang Lebong meresmikan tiga ruang kelas baru di {sekolah}, {hari}. Bupati berharap "
            "ruang kelas baru membuat siswa lebih nyaman belajar.",
            "Sarana Pendidikan",
            "sekolah",
            "{sekolah}, Kecamatan {kec}",
        ),
        Template(
            "Pelatihan Guru: Pembelajaran Mendalam",
            "Sebanyak {n} guru SD dan SMP mengikuti pelatihan pembelajaran mendalam di {tempat}, {hari}.",
            "Peningkatan Mutu Guru",
            "pelatihan",
        ),
    ),
    "sekolah": (
        Template(
            "Upacara Bendera Hari Senin",
            "Seluruh siswa dan guru SD Negeri 1 Curup mengikuti upacara bendera, {hari}. Pembina upacara "
            "mengingatkan siswa untuk disiplin dan menjaga kebersihan kelas.",
            "Pendidikan Karakter",
            "upacara",
            "SD Negeri 1 Curup",
        ),
        Template(
            "Gerakan Literasi Pagi",
            "Setiap pagi sebelum pelajaran dimulai, siswa SD Negeri 1 Curup membaca buku selama 15 menit. "
            "Bulan ini {n} buku telah dibaca bersama.",
            "Gerakan Literasi Sekolah",
            "sekolah",
            "SD Negeri 1 Curup",
        ),
        Template(
            "Siswa SD Negeri 1 Curup Juara Lomba Mewarnai",
            "Selamat kepada siswa SD Negeri 1 Curup yang meraih juara lomba mewarnai tingkat kecamatan, "
            "{hari}. Terus berkarya!",
            "Prestasi Siswa",
            "lomba",
            "{tempat}",
        ),
    ),
    "pupr": (
        Template(
            "Perbaikan {ruas} Dimulai",
            "Dinas PUPR mulai memperbaiki {ruas} sepanjang {km} km, {hari}. Pengendara diimbau berhati-hati "
            "dan mengikuti arahan petugas di lokasi.",
            "Pemeliharaan Jalan Kabupaten",
            "jalan",
            "{ruas}, Kecamatan {kec}",
        ),
        Template(
            "Pengaspalan {ruas} Rampung",
            "Pengaspalan {ruas} sepanjang {km} km di Kecamatan {kec} telah rampung. Jalan kini dapat dilalui "
            "kendaraan roda empat dengan lancar.",
            "Pemeliharaan Jalan Kabupaten",
            "jalan",
            "{ruas}, Kecamatan {kec}",
        ),
        Template(
            "Normalisasi Saluran Drainase di {desa}",
            "Petugas Dinas PUPR menormalisasi saluran drainase di {desa}, Kecamatan {kec}, {hari}, agar air "
            "hujan tidak lagi menggenangi jalan dan rumah warga.",
            "Pengendalian Banjir",
            "gotong_royong",
            "{desa}, Kecamatan {kec}",
        ),
        Template(
            "Pembangunan Jembatan Gantung di Desa {desa}",
            "Pembangunan jembatan gantung penghubung Desa {desa} dengan kebun warga telah mencapai {persen} "
            "persen. Jembatan ditargetkan dapat digunakan bulan depan.",
            "Infrastruktur Perdesaan",
            "jembatan",
            "Desa {desa}, Kecamatan {kec}",
        ),
        Template(
            "Bupati Tinjau Pembangunan Jembatan di {desa}",
            "Bupati Rejang Lebong meninjau pembangunan jembatan di Desa {desa}, Kecamatan {kec}, {hari}, "
            "didampingi Kepala Dinas PUPR.",
            "Infrastruktur Perdesaan",
            "jembatan",
            "Desa {desa}, Kecamatan {kec}",
        ),
    ),
    "kecamatan": (
        Template(
            "Musrenbang Kecamatan Curup Tengah Tahun {tahun_depan}",
            "Kecamatan Curup Tengah menggelar Musrenbang tingkat kecamatan, {hari}. Sebanyak {n} usulan dari "
            "kelurahan dan desa dibahas untuk diajukan ke tingkat kabupaten.",
            "Musrenbang RKPD {tahun_depan}",
            "musrenbang",
            "Aula Kantor Camat Curup Tengah",
        ),
        Template(
            "Gotong Royong Bersama Warga {desa}",
            "Camat Curup Tengah bersama warga {desa} bergotong royong membersihkan selokan dan memangkas "
            "rumput di sepanjang jalan lingkungan, {hari}.",
            "Jumat Bersih",
            "gotong_royong",
            "{desa}, Kecamatan Curup Tengah",
        ),
        Template(
            "Pelayanan KTP Keliling di Kantor Camat Curup Tengah",
            "Pelayanan perekaman KTP-el dan Kartu Identitas Anak hadir di Kantor Camat Curup Tengah, {hari} "
            "pukul {jam} WIB. Layanan gratis.",
            "Layanan Adminduk Jemput Bola",
            "ktp",
            "Kantor Camat Curup Tengah",
        ),
        Template(
            "Rapat Koordinasi Lurah dan Kepala Desa",
            "Camat Curup Tengah memimpin rapat koordinasi lurah dan kepala desa se-Kecamatan Curup Tengah, "
            "{hari}, membahas kebersihan lingkungan dan pendataan warga miskin.",
            "Koordinasi Pemerintahan",
            "rapat",
            "Aula Kantor Camat Curup Tengah",
        ),
        Template(
            "Camat Pantau Posyandu {posyandu} di {desa}",
            "Camat Curup Tengah memantau pelaksanaan Posyandu {posyandu} di {desa}, {hari}. Camat mengajak "
            "orang tua rutin membawa balita ke posyandu.",
            "Percepatan Penurunan Stunting",
            "posyandu",
            "Posyandu {posyandu}, {desa}",
        ),
    ),
    "kelurahan": (
        Template(
            "Kerja Bakti Warga Talang Rimbo Baru",
            "Warga Kelurahan Talang Rimbo Baru bekerja bakti membersihkan saluran air dan lingkungan, {hari}.",
            "Jumat Bersih",
            "gotong_royong",
            "Kelurahan Talang Rimbo Baru",
        ),
        Template(
            "Posyandu {posyandu} Kelurahan Talang Rimbo Baru",
            "Posyandu {posyandu} melayani {n} balita, {hari}. Terima kasih para kader posyandu!",
            "Kesehatan Ibu dan Anak",
            "posyandu",
            "Posyandu {posyandu}, Talang Rimbo Baru",
        ),
    ),
    "desa": (
        Template(
            "Penyaluran BLT Dana Desa",
            "Pemerintah Desa Air Meles Atas menyalurkan Bantuan Langsung Tunai Dana Desa kepada {n} keluarga "
            "penerima manfaat di balai desa, {hari}.",
            "BLT Dana Desa",
            "rapat",
            "Balai Desa Air Meles Atas",
        ),
        Template(
            "Gotong Royong Membersihkan Irigasi Sawah",
            "Warga Desa Air Meles Atas bergotong royong membersihkan saluran irigasi sawah, {hari}.",
            "Ketahanan Pangan",
            "gotong_royong",
            "Desa Air Meles Atas",
        ),
        Template(
            "Musyawarah Desa Penetapan RKP Desa",
            "Pemerintah Desa Air Meles Atas bersama BPD menggelar musyawarah desa penetapan Rencana Kerja "
            "Pemerintah Desa tahun {tahun_depan}, {hari}.",
            "Perencanaan Desa",
            "musrenbang",
            "Balai Desa Air Meles Atas",
        ),
    ),
}

HASHTAGS: dict[str, str] = {
    "kominfo": "#RejangLebong #PemkabRL #DiskominfoRL",
    "aptika": "#RejangLebong #SPBE #DiskominfoRL",
    "dinkes": "#RejangLebong #DinkesRL #GermasRL",
    "puskesmas": "#RejangLebong #Puskesmas #GermasRL",
    "dikbud": "#RejangLebong #MerdekaBelajar #DikbudRL",
    "sekolah": "#SDN1Curup #RejangLebong",
    "pupr": "#RejangLebong #PUPRRL #JalanMantap",
    "kecamatan": "#CurupTengah #RejangLebong",
    "kelurahan": "#TalangRimboBaru #CurupTengah",
    "desa": "#AirMelesAtas #DesaMembangun",
}


@dataclass(frozen=True)
class Desk:
    """Who writes which posts for which organisation, and how often."""

    org: str
    author: str
    reviewers: tuple[str, ...]  # login per approval level, level 1 first
    templates: str
    accounts: tuple[str, ...]  # organisations whose accounts the posts go to
    per_day: float  # posts per working day
    turnaround: tuple[float, float]  # hours from submission to the first review
    quiet: tuple[tuple[int, int], ...] = ()  # (from, to) days before today with no new posts
    kecamatan: str | None = None  # where its activities happen, None = anywhere in the kabupaten


_KOMINFO_REVIEW = ("kabid.ikp", "kadis.kominfo")
_DINKES_REVIEW = ("kabid.kesmas", "kadis.dinkes")
_CAMAT_REVIEW = ("sekcam.curupteng", "camat.curupteng")

# Diskominfo posts every working day; Dinas PUPR falls silent for four weeks; Puskesmas Kota Padang and
# Desa Air Meles Atas stop posting altogether ("mati suri") — the compliance reports need all three.
DESKS: tuple[Desk, ...] = (
    Desk("ikp", "admin.kominfo", _KOMINFO_REVIEW, "kominfo", ("kominfo", "ikp"), 1.0, (0.2, 3)),
    Desk("aptika", "admin.aptika", ("kabid.aptika", "kadis.kominfo"), "aptika", ("kominfo",), 0.1, (1, 24)),
    Desk("dinkes", "admin.dinkes", _DINKES_REVIEW, "dinkes", ("dinkes",), 0.25, (0.5, 8)),
    Desk(
        "pkm_curup",
        "admin.pkmcurup",
        ("kapus.curup", "kadis.dinkes"),
        "puskesmas",
        ("pkm_curup",),
        0.2,
        (0.5, 6),
        kecamatan="Curup",
    ),
    Desk(
        "pkm_kotapadang",
        "admin.dinkes",
        _DINKES_REVIEW,
        "puskesmas",
        ("pkm_kotapadang",),
        0.25,
        (1, 20),
        quiet=((0, 52),),
        kecamatan="Kota Padang",
    ),
    Desk("dikbud", "admin.dikbud", ("kabid.dikdas", "kadis.dikbud"), "dikbud", ("dikbud",), 0.2, (2, 30)),
    Desk("sdn1", "admin.sdn1curup", ("kepsek.sdn1curup",), "sekolah", ("sdn1",), 0.1, (0.5, 5), kecamatan="Curup"),
    Desk("pupr", "admin.pupr", ("kabid.binamarga", "kadis.pupr"), "pupr", ("pupr",), 0.2, (3, 40), quiet=((18, 46),)),
    Desk(
        "curteng", "admin.curupteng", _CAMAT_REVIEW, "kecamatan", ("curteng",), 0.2, (1, 12), kecamatan="Curup Tengah"
    ),
    Desk("trb", "admin.curupteng", _CAMAT_REVIEW, "kelurahan", ("trb",), 0.08, (1, 12), kecamatan="Curup Tengah"),
    Desk(
        "airmeles",
        "admin.airmeles",
        ("kades.airmeles",),
        "desa",
        ("airmeles",),
        0.12,
        (2, 24),
        quiet=((0, 38),),
        kecamatan="Curup Tengah",
    ),
)

KECAMATAN: tuple[str, ...] = (
    "Bermani Ulu",
    "Bermani Ulu Raya",
    "Binduriang",
    "Curup",
    "Curup Selatan",
    "Curup Tengah",
    "Curup Timur",
    "Curup Utara",
    "Kota Padang",
    "Padang Ulak Tanding",
    "Selupu Rejang",
    "Sindang Beliti Ilir",
    "Sindang Beliti Ulu",
    "Sindang Dataran",
    "Sindang Kelingi",
)
DESA: dict[str, tuple[str, ...]] = {
    "Bermani Ulu": ("Talang Donok", "Pal Sepuluh", "Air Bening"),
    "Bermani Ulu Raya": ("Tebat Pulau", "Suka Sari"),
    "Binduriang": ("Simpang Beliti", "Kepala Curup"),
    "Curup": ("Pasar Tengah", "Dwi Tunggal", "Talang Benih", "Air Rambai"),
    "Curup Selatan": ("Lubuk Ubar", "Tunas Harapan", "Talang Ulu"),
    "Curup Tengah": ("Talang Rimbo Baru", "Talang Rimbo Lama", "Air Meles Atas", "Batu Galing", "Banyumas"),
    "Curup Timur": ("Air Meles Bawah", "Kesambe Baru", "Sukaraja"),
    "Curup Utara": ("Suka Datang", "Tanjung Beringin", "Lubuk Kembang"),
    "Kota Padang": ("Kampung Baru", "Tanjung Sanai", "Lubuk Mumpo"),
    "Padang Ulak Tanding": ("Tanjung Sanai II", "Guru Agung", "Taba Padang"),
    "Selupu Rejang": ("Air Dingin", "Cawang Baru", "Sumber Urip", "Karang Jaya"),
    "Sindang Beliti Ilir": ("Tanjung Agung", "Lubuk Alai"),
    "Sindang Beliti Ulu": ("Tabarenah", "Air Lanang"),
    "Sindang Dataran": ("Karang Anyar", "Talang Belitar"),
    "Sindang Kelingi": ("Pelalo", "Beringin Tiga", "Suban Ayam"),
}
VENUES: tuple[str, ...] = (
    "Aula Kantor Bupati Rejang Lebong",
    "Pendopo Rumah Dinas Bupati",
    "GOR Curup",
    "Taman Santoso Curup",
    "Gedung Serba Guna Curup",
    "Balai Desa {desa}",
    "Aula Kantor Camat {kec}",
)
ROADS: tuple[str, ...] = (
    "ruas jalan Curup–Sindang Kelingi",
    "ruas jalan Talang Ulu–Air Dingin",
    "Jalan Sukowati",
    "ruas jalan Kota Padang–Padang Ulak Tanding",
    "ruas jalan Bermani Ulu–Talang Donok",
    "jalan usaha tani Sumber Urip",
    "ruas jalan Simpang Beliti–Binduriang",
)
POSYANDU: tuple[str, ...] = ("Melati", "Mawar", "Anggrek", "Kenanga", "Dahlia", "Flamboyan", "Cempaka")
SCHOOLS: tuple[str, ...] = (
    "SD Negeri 1 Curup",
    "SD Negeri 5 Rejang Lebong",
    "SD Negeri 12 Rejang Lebong",
    "SMP Negeri 2 Rejang Lebong",
)
COMMEMORATIONS: tuple[str, ...] = (
    "Hari Kesaktian Pancasila",
    "Hari Sumpah Pemuda",
    "Hari Pahlawan",
    "Hari Kesadaran Nasional",
    "Hari Bela Negara",
)
DAYS: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# A reviewer's request and the sentence the author adds to answer it.
CHANGE_REQUESTS: tuple[tuple[str, str], ...] = (
    ("Mohon cantumkan jumlah peserta dan sumber datanya.", "Jumlah peserta {n} orang sesuai daftar hadir panitia."),
    ("Jam kegiatan belum ada. Tambahkan agar warga tahu kapan datang.", "Kegiatan dimulai pukul {jam} WIB."),
    (
        "Foto anak terlihat jelas; pastikan ada izin orang tua dan sebutkan di keterangan.",
        "Foto diunggah atas izin orang tua.",
    ),
    (
        "Sebutkan siapa yang bisa dihubungi untuk informasi lebih lanjut.",
        "Informasi lebih lanjut: kantor kami pada jam kerja.",
    ),
    ("Kalimat pertama terlalu panjang, tolong dipecah.", "Terima kasih atas partisipasi seluruh warga."),
)
REJECT_REASONS: tuple[str, ...] = (
    "Kegiatan ini ditunda; jangan diunggah dulu.",
    "Sudah diunggah akun Pemkab, tidak perlu unggahan ganda.",
    "Foto memperlihatkan dokumen berisi data pribadi warga.",
)
APPROVE_COMMENTS: tuple[str, ...] = ("", "", "", "Silakan tayang.", "Oke, lanjut.", "Sudah sesuai, terima kasih.")
# Why an admin lets a block finding of lint stand, by rule ("" for any other rule).
JUSTIFICATIONS: dict[str, str] = {
    "photo_privacy.children_consent": "Orang tua/wali sudah memberi izin lisan kepada petugas saat kegiatan.",
    "": "Sudah dicek bersama atasan: kalimat ini kutipan resmi dan konteksnya tidak melanggar aturan.",
}
# Sentences added after approval (voiding it) or while in review (withdrawing it).
LATE_EDITS: tuple[str, ...] = (
    "Ralat: kegiatan dimulai pukul {jam} WIB.",
    "Tambahan: pendaftaran dibuka sampai hari Jumat.",
    "Ralat nama tempat: {tempat}.",
)


@dataclass(frozen=True)
class PhotoSpec:
    """One generated activity photo."""

    scene: str
    banner: str
    alt: str  # what the picture shows, for people who cannot see it
    setting: str  # tent, hall, road, field, building, water, stage
    palette: tuple[tuple[int, int, int], ...]  # sky top, sky bottom, ground, accent
    owner: str  # login of the admin who imported it
    days_ago: int
    exif: bool = True  # camera EXIF with DateTimeOriginal (WhatsApp copies have none)
    gps: bool = False
    children: bool = False
    consent_note: str = ""
    portrait: bool = False


_SUNNY = ((92, 150, 220), (190, 220, 240))
_CLOUDY = ((150, 165, 185), (215, 220, 228))
_GRASS, _ASPHALT, _TILE, _SOIL = (86, 140, 70), (95, 95, 100), (190, 180, 160), (150, 120, 85)
_RED, _BLUE, _GREEN, _ORANGE = (190, 35, 40), (30, 80, 160), (20, 120, 80), (220, 120, 30)

PHOTOS: tuple[PhotoSpec, ...] = (
    PhotoSpec(
        "posyandu",
        "POSYANDU MELATI",
        "Kader Posyandu Melati menimbang balita di bawah tenda, para ibu menunggu giliran.",
        "tent",
        (*_SUNNY, _GRASS, _GREEN),
        "admin.pkmcurup",
        6,
        gps=True,
        children=True,
        consent_note="Orang tua balita telah memberi izin.",
    ),
    PhotoSpec(
        "posyandu",
        "POSYANDU MAWAR - PENIMBANGAN BALITA",
        "Penimbangan balita di Posyandu Mawar, ibu-ibu menggendong anaknya.",
        "tent",
        (*_CLOUDY, _TILE, _BLUE),
        "admin.dinkes",
        41,
        exif=False,
        children=True,
    ),
    PhotoSpec(
        "vaksinasi",
        "BULAN IMUNISASI ANAK NASIONAL",
        "Petugas puskesmas memberi imunisasi kepada anak di bawah tenda.",
        "tent",
        (*_SUNNY, _TILE, _RED),
        "admin.dinkes",
        23,
        children=True,
        consent_note="Izin orang tua dicatat petugas.",
    ),
    PhotoSpec(
        "stunting",
        "PENYULUHAN PENCEGAHAN STUNTING",
        "Ibu-ibu duduk mendengarkan penyuluhan pencegahan stunting di aula.",
        "hall",
        ((230, 225, 210), (210, 200, 180), _TILE, _GREEN),
        "admin.dinkes",
        15,
    ),
    PhotoSpec(
        "musrenbang",
        "MUSRENBANG KECAMATAN CURUP TENGAH",
        "Peserta musrenbang duduk di aula kantor camat menghadap meja pimpinan.",
        "hall",
        ((225, 215, 200), (200, 190, 170), _TILE, _RED),
        "admin.curupteng",
        60,
    ),
    PhotoSpec(
        "rapat",
        "RAPAT KOORDINASI PENGELOLA MEDIA SOSIAL",
        "Admin media sosial perangkat daerah mengikuti rapat di ruang rapat.",
        "hall",
        ((220, 228, 235), (190, 200, 210), _TILE, _BLUE),
        "admin.kominfo",
        30,
    ),
    PhotoSpec(
        "rapat",
        "SOSIALISASI PROGRAM PEMKAB",
        "Peserta sosialisasi program Pemkab di sebuah aula.",
        "hall",
        ((235, 230, 220), (215, 205, 190), _TILE, _ORANGE),
        "admin.kominfo",
        72,
        exif=False,
    ),
    PhotoSpec(
        "jalan",
        "PERBAIKAN JALAN KABUPATEN",
        "Alat berat memperbaiki jalan kabupaten, pekerja berdiri di tepi jalan.",
        "road",
        (*_SUNNY, _ASPHALT, _ORANGE),
        "admin.pupr",
        80,
        gps=True,
    ),
    PhotoSpec(
        "jalan",
        "PENGASPALAN JALAN",
        "Jalan yang baru diaspal dengan marka putih di tengahnya.",
        "road",
        (*_CLOUDY, _ASPHALT, _ORANGE),
        "admin.pupr",
        12,
        exif=False,
    ),
    PhotoSpec(
        "ktp",
        "PELAYANAN KTP KELILING",
        "Warga antre perekaman KTP elektronik di bawah tenda pelayanan keliling.",
        "tent",
        (*_SUNNY, _TILE, _BLUE),
        "admin.kominfo",
        9,
    ),
    PhotoSpec(
        "gotong_royong",
        "JUMAT BERSIH",
        "ASN dan warga bergotong royong membersihkan lingkungan.",
        "field",
        (*_SUNNY, _SOIL, _GREEN),
        "admin.kominfo",
        19,
    ),
    PhotoSpec(
        "lomba",
        "LOMBA CERDAS CERMAT",
        "Regu siswa SD di panggung lomba cerdas cermat.",
        "stage",
        ((60, 40, 90), (120, 80, 140), _TILE, _ORANGE),
        "admin.dikbud",
        33,
        children=True,
        consent_note="Izin wali murid dari sekolah peserta.",
    ),
    PhotoSpec(
        "upacara",
        "UPACARA BENDERA",
        "Barisan peserta upacara di lapangan dengan bendera Merah Putih berkibar.",
        "field",
        (*_SUNNY, _GRASS, _RED),
        "admin.kominfo",
        49,
    ),
    PhotoSpec(
        "bupati",
        "KUNJUNGAN KERJA BUPATI REJANG LEBONG",
        "Bupati Rejang Lebong dan rombongan meninjau lokasi pembangunan jalan.",
        "road",
        (*_SUNNY, _SOIL, _RED),
        "admin.kominfo",
        3,
    ),
    PhotoSpec(
        "sekolah",
        "SD NEGERI 1 CURUP",
        "Siswa berdiri di halaman depan gedung SD Negeri 1 Curup.",
        "building",
        (*_SUNNY, _GRASS, _RED),
        "admin.sdn1curup",
        27,
        children=True,
        consent_note="Dokumentasi sekolah, izin wali murid.",
        portrait=True,
    ),
    PhotoSpec(
        "sekolah",
        "GERAKAN LITERASI SEKOLAH",
        "Siswa membaca buku bersama di dalam kelas.",
        "hall",
        ((240, 235, 200), (220, 210, 170), _TILE, _GREEN),
        "admin.sdn1curup",
        55,
        children=True,
        consent_note="Dokumentasi sekolah, izin wali murid.",
    ),
    PhotoSpec(
        "pasar",
        "PASAR MURAH",
        "Warga berbelanja bahan pokok di tenda pasar murah.",
        "tent",
        (*_CLOUDY, _ASPHALT, _ORANGE),
        "admin.kominfo",
        37,
    ),
    PhotoSpec(
        "wisata",
        "DANAU MAS HARUN BASTARI",
        "Wisatawan di tepi Danau Mas Harun Bastari dengan perbukitan di belakangnya.",
        "water",
        ((70, 130, 210), (200, 225, 245), _GRASS, _GREEN),
        "admin.kominfo",
        44,
        gps=True,
        portrait=True,
    ),
    PhotoSpec(
        "jembatan",
        "PEMBANGUNAN JEMBATAN GANTUNG",
        "Pekerja membangun jembatan gantung di atas sungai.",
        "water",
        (*_CLOUDY, _SOIL, _ORANGE),
        "admin.pupr",
        64,
    ),
    PhotoSpec(
        "pelatihan",
        "PELATIHAN SPBE",
        "Operator perangkat daerah mengikuti pelatihan di ruang rapat.",
        "hall",
        ((225, 232, 240), (200, 210, 222), _TILE, _BLUE),
        "admin.aptika",
        21,
    ),
    PhotoSpec(
        "puskesmas",
        "UPTD PUSKESMAS CURUP",
        "Warga di depan gedung UPTD Puskesmas Curup.",
        "building",
        (*_SUNNY, _TILE, _GREEN),
        "admin.pkmcurup",
        11,
    ),
    PhotoSpec(
        "budaya",
        "FESTIVAL BUDAYA REJANG",
        "Penari Kejei tampil di panggung Festival Budaya Rejang.",
        "stage",
        ((40, 30, 70), (110, 60, 90), _TILE, _RED),
        "admin.dikbud",
        16,
    ),
)

# Scenes whose photos may illustrate each other's posts.
RELATED_SCENES: tuple[frozenset[str], ...] = (
    frozenset({"posyandu", "vaksinasi", "stunting", "puskesmas"}),
    frozenset({"rapat", "musrenbang", "pelatihan"}),
    frozenset({"jalan", "bupati", "jembatan"}),
    frozenset({"sekolah", "lomba", "upacara"}),
)

CAPTIONS: dict[str, tuple[str, ...]] = {
    "posyandu": ("Kader menimbang balita di Posyandu {posyandu}.", "Pencatatan tumbuh kembang di buku KIA."),
    "vaksinasi": ("Petugas memberikan imunisasi.", "Orang tua menunggu giliran imunisasi anak."),
    "stunting": ("Penyuluhan gizi seimbang bagi ibu balita.", "Peserta penyuluhan di {desa}."),
    "musrenbang": ("Suasana musyawarah perencanaan pembangunan.", "Pembahasan usulan desa dan kelurahan."),
    "rapat": ("Peserta rapat koordinasi.", "Pemaparan materi oleh narasumber."),
    "jalan": ("Alat berat bekerja di {ruas}.", "Kondisi jalan setelah perbaikan."),
    "ktp": ("Perekaman KTP-el oleh petugas.", "Warga antre pelayanan adminduk."),
    "gotong_royong": ("Warga membersihkan saluran air.", "Gotong royong bersama ASN dan warga."),
    "lomba": ("Peserta lomba beradu cepat menjawab.", "Penyerahan hadiah kepada juara."),
    "upacara": ("Barisan peserta upacara.", "Pengibaran bendera Merah Putih."),
    "bupati": ("Bupati Rejang Lebong meninjau lokasi.", "Bupati berdialog dengan warga."),
    "sekolah": ("Siswa belajar di kelas.", "Kegiatan di halaman sekolah."),
    "pasar": ("Warga berbelanja kebutuhan pokok.", "Beras dan minyak goreng harga murah."),
    "wisata": ("Pemandangan Danau Mas Harun Bastari.", "Wisatawan menikmati udara sejuk."),
    "jembatan": ("Progres pembangunan jembatan.", "Pekerja memasang kabel jembatan."),
    "pelatihan": ("Peserta pelatihan praktik langsung.", "Pendampingan oleh tim Aptika."),
    "puskesmas": ("Pelayanan di puskesmas.", "Pemeriksaan kesehatan warga."),
    "budaya": ("Penampilan Tari Kejei.", "Sanggar seni dari kecamatan tampil di panggung."),
}
