<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="39" />
        <source>Akun resmi baru</source>
        <translation>New official account</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="39" />
        <source>Ubah akun resmi</source>
        <translation>Edit official account</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="53" />
        <source>Sudah dilaporkan ke Diskominfo pada</source>
        <translation>Reported to Diskominfo on</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="71" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="72" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="73" />
        <source>Nama akun</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="74" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="75" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="78" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/account.py" line="79" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="38" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="39" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="40" />
        <source>Nama akun</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="41" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="42" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="43" />
        <source>Dilaporkan</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="54" />
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="55" />
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="56" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="106" />
        <source>Hapus akun?</source>
        <translation>Delete account?</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="107" />
        <source>Hapus {handle} dari daftar akun resmi? Catatan publikasinya tetap disimpan.</source>
        <translation>Remove {handle} from the official accounts? Its publication records are kept.</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/accounts.py" line="117" />
        <source>Tidak dapat dihapus</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../opdstudio/app.py" line="73" />
        <source>Profil demo: kata sandi semua akun adalah 'demo'.</source>
        <translation>Demo profile: every account's password is 'demo'.</translation>
    </message>
    <message>
        <location filename="../../opdstudio/app.py" line="86" />
        <source>Menyiapkan data demo…</source>
        <translation>Preparing demo data…</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="35" />
        <source>Cari judul atau isi…</source>
        <translation>Search title or text…</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="38" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="42" />
        <source>Semua platform</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="45" />
        <source>Post baru</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="54" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="54" />
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="56" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="57" />
        <source>Penulis</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="58" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/drafts.py" line="59" />
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="33" />
        <source>Selamat datang di OPD Studio</source>
        <translation>Welcome to OPD Studio</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="36" />
        <source>Profil ini masih kosong. Isi data organisasi dan akun Anda. Semua tersimpan di komputer ini; basis data bersama dapat dihubungkan nanti.</source>
        <translation>This profile is empty. Enter your organisation and your account. Everything is stored on this computer; a shared database can be connected later.</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="42" />
        <source>mis. Pemerintah Kabupaten Rejang Lebong (boleh kosong)</source>
        <translation>e.g. Pemerintah Kabupaten Rejang Lebong (optional)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="44" />
        <source>mis. Dinas Komunikasi dan Informatika</source>
        <translation>e.g. Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="51" />
        <source>mis. Pranata Humas</source>
        <translation>e.g. Public relations officer</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="53" />
        <source>huruf kecil, mis. ani.lestari</source>
        <translation>lower case, e.g. ani.lestari</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="66" />
        <source>Pemerintah daerah (induk)</source>
        <translation>Local government (parent)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="67" />
        <source>Nama organisasi</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="68" />
        <source>Jenis organisasi</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="69" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="70" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="71" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="72" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="73" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="74" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="79" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="80" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/first_run.py" line="93" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="33" />
        <source>Menunggu tinjauan saya</source>
        <translation>Waiting for my review</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="34" />
        <source>Post saya yang perlu diperbaiki</source>
        <translation>My posts that need changes</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="35" />
        <source>Terbit hari ini di organisasi saya</source>
        <translation>Published today by my organisations</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="60" />
        <source>Selamat pagi</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="62" />
        <source>Selamat siang</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="64" />
        <source>Selamat sore</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="66" />
        <source>Selamat malam</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="77" />
        <source>{title} — {org} · {author} · tingkat {level}</source>
        <translation>{title} — {org} · {author} · level {level}</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="78" />
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="86" />
        <source>Tidak ada post yang menunggu Anda.</source>
        <translation>No post is waiting for you.</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="94" />
        <source>Tidak ada post yang dikembalikan kepada Anda.</source>
        <translation>No post was sent back to you.</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="106" />
        <source>Belum ada publikasi hari ini.</source>
        <translation>Nothing published yet today.</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="108" />
        <source>Menunggu tinjauan saya ({n})</source>
        <translation>Waiting for my review ({n})</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/home.py" line="110" />
        <source>Terbit hari ini di organisasi saya ({n})</source>
        <translation>Published today by my organisations ({n})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="12" />
        <source>Draf</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="13" />
        <source>Menunggu tinjauan</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="14" />
        <source>Perlu perbaikan</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="15" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="16" />
        <source>Terpublikasi</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="17" />
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="23" />
        <source>Admin media sosial</source>
        <translation>Social-media admin</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="24" />
        <source>Atasan (peninjau)</source>
        <translation>Supervisor (reviewer)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="25" />
        <source>Pengawas Diskominfo</source>
        <translation>Diskominfo oversight</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="26" />
        <source>Operator TI Diskominfo</source>
        <translation>Diskominfo IT operator</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="37" />
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="43" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="44" />
        <source>Mati suri</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="45" />
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="56" />
        <source>Pemerintah kabupaten/kota</source>
        <translation>Regency/city government</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="57" />
        <source>Dinas</source>
        <translation>Agency (dinas)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="58" />
        <source>Badan</source>
        <translation>Board (badan)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="59" />
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="60" />
        <source>Kelurahan</source>
        <translation>Urban village (kelurahan)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="61" />
        <source>Desa</source>
        <translation>Village (desa)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="62" />
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="63" />
        <source>Puskesmas</source>
        <translation>Community health centre</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="64" />
        <source>BUMD</source>
        <translation>Regional enterprise (BUMD)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/labels.py" line="65" />
        <source>Bidang / unit kerja</source>
        <translation>Division / unit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opdstudio/ui/main_window.py" line="40" />
        <source>OPD Studio</source>
        <translation>OPD Studio</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/main_window.py" line="51" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/main_window.py" line="52" />
        <source>Draf</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/main_window.py" line="53" />
        <source>Tinjauan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/main_window.py" line="54" />
        <source>Log Publikasi</source>
        <translation>Publication log</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/main_window.py" line="55" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/main_window.py" line="56" />
        <source>Akun Resmi</source>
        <translation>Official accounts</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/main_window.py" line="57" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/main_window.py" line="104" />
        <source>Profil lokal — tidak terhubung ke basis data bersama</source>
        <translation>Local profile — not connected to a shared database</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="31" />
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="47" />
        <source>Untuk atasan: tingkat persetujuan (1 = kepala bidang, 2 = kepala dinas)</source>
        <translation>For supervisors: approval level (1 = head of division, 2 = head of agency)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="49" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="50" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="51" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="52" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="53" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="54" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="55" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="56" />
        <source>Tingkat persetujuan</source>
        <translation>Approval level</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="61" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/person.py" line="62" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PostEditorDialog</name>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="43" />
        <source>Post baru</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="43" />
        <source>Ubah post</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="47" />
        <source>Post media sosial</source>
        <translation>Social-media post</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="48" />
        <source>Artikel situs web</source>
        <translation>Website article</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="50" />
        <source>Tulis isi post: apa kegiatannya, di mana, kapan, siapa yang terlibat.</source>
        <translation>Write the post: what happened, where, when, who took part.</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="63" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="64" />
        <source>Simpan &amp;&amp; ajukan ke atasan</source>
        <translation>Save &amp;&amp; submit for review</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="65" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="70" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="71" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="72" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="73" />
        <source>Isi</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="74" />
        <source>Akun tujuan</source>
        <translation>Target accounts</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="75" />
        <source>Tanggal kegiatan</source>
        <translation>Event date</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="76" />
        <source>Tempat kegiatan</source>
        <translation>Event place</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="77" />
        <source>Program/kegiatan</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="79" />
        <source>Catatan tinjauan</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="131" />
        <source>menyetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="132" />
        <source>meminta perbaikan</source>
        <translation>requested changes</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="133" />
        <source>menolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="202" />
        <source>Batalkan persetujuan?</source>
        <translation>Void the approval?</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/post_editor.py" line="204" />
        <source>Post ini sudah disetujui atasan. Jika Anda mengubahnya, persetujuan batal dan post harus diajukan lagi. Lanjutkan?</source>
        <translation>Your supervisor already approved this post. Editing it voids the approval and the post must be submitted again. Continue?</translation>
    </message>
</context>
<context>
    <name>PublicationLogPage</name>
    <message>
        <location filename="../../opdstudio/ui/pages/publication_log.py" line="25" />
        <source>Waktu terbit</source>
        <translation>Published at</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/publication_log.py" line="26" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/publication_log.py" line="27" />
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/publication_log.py" line="28" />
        <source>Judul post</source>
        <translation>Post title</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/publication_log.py" line="29" />
        <source>Penulis</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/publication_log.py" line="30" />
        <source>Tautan</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/publication_log.py" line="53" />
        <source>{n} publikasi tercatat. Klik dua kali untuk membuka tautan.</source>
        <translation>{n} publications recorded. Double-click to open the link.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../opdstudio/ui/pages/reports.py" line="43" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/reports.py" line="44" />
        <source>Publikasi</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/reports.py" line="45" />
        <source>Hari aktif</source>
        <translation>Active days</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/reports.py" line="46" />
        <source>Kepatuhan harian</source>
        <translation>Daily compliance</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/reports.py" line="56" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/reports.py" line="75" />
        <source>Hari dengan minimal satu publikasi, {first} s.d. {last}. Unit kerja dihitung ke OPD induknya.</source>
        <translation>Days with at least one publication, {first} to {last}. Units count towards their parent agency.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="41" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="41" />
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="42" />
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="43" />
        <source>Penulis</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="44" />
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="45" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="59" />
        <source>Komentar untuk penulis (wajib untuk minta perbaikan atau menolak)</source>
        <translation>Comment for the author (required to request changes or reject)</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="61" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="62" />
        <source>Minta perbaikan</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="63" />
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="67" />
        <source>Tidak ada post yang menunggu tinjauan Anda.</source>
        <translation>No post is waiting for your review.</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="123" />
        <source>{org} · oleh {author} · menunggu tingkat {level}</source>
        <translation>{org} · by {author} · waiting for level {level}</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="133" />
        <source>Akun tujuan:</source>
        <translation>Target accounts:</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="142" />
        <source>Sidik isi</source>
        <translation>Content fingerprint</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/review.py" line="161" />
        <source>Tidak dapat diproses</source>
        <translation>Could not be processed</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../opdstudio/ui/pages/settings.py" line="48" />
        <source>Lokal saja: semua data tersimpan di komputer ini. Belum terhubung ke basis data bersama.</source>
        <translation>Local only: all data is stored on this computer. Not connected to a shared database.</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/settings.py" line="51" />
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/settings.py" line="53" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/settings.py" line="55" />
        <source>Folder profil</source>
        <translation>Profile folder</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/settings.py" line="56" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/settings.py" line="58" />
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/settings.py" line="60" />
        <source>Orang di profil ini</source>
        <translation>People in this profile</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/pages/settings.py" line="95" />
        <source>Bahasa baru dipakai setelah OPD Studio dibuka ulang.</source>
        <translation>The new language applies after OPD Studio restarts.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../opdstudio/ui/dialogs/sign_in.py" line="36" />
        <source>Masuk ke OPD Studio</source>
        <translation>Sign in to OPD Studio</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/sign_in.py" line="47" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/sign_in.py" line="48" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/sign_in.py" line="52" />
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../opdstudio/ui/dialogs/sign_in.py" line="53" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>