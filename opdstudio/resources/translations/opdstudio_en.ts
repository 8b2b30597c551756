<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="34"/>
        <location filename="../../ui/dialogs/about.py" line="77"/>
        <source>Tentang OPD Studio</source>
        <translation>About OPD Studio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Versi {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="45"/>
        <source>Susun, periksa, setujui, dan laporkan unggahan media sosial instansi pemerintah daerah.</source>
        <translation>Draft, check, approve and report the social-media posts of local-government agencies.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="50"/>
        <source>Profil: {profile}
Python {python} · Qt for Python {qt} · {system}</source>
        <translation>Profile: {profile}
Python {python} · Qt for Python {qt} · {system}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="67"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/account.py" line="42"/>
        <source>Akun resmi baru</source>
        <translation>New official account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="42"/>
        <source>Ubah akun resmi</source>
        <translation>Edit official account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="52"/>
        <source>— belum ditentukan —</source>
        <translation>— not assigned —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="59"/>
        <source>Sudah dilaporkan ke Diskominfo pada</source>
        <translation>Reported to Diskominfo on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="78"/>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="79"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="80"/>
        <source>Nama akun</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="81"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="82"/>
        <source>Dikelola oleh</source>
        <translation>Managed by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="86"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/account.py" line="87"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../ui/pages/accounts.py" line="79"/>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="80"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="81"/>
        <source>Nama akun</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="82"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="83"/>
        <source>Pengelola</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="86"/>
        <source>Dilaporkan</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="89"/>
        <source>Publikasi terakhir</source>
        <translation>Last publication</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="89"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="97"/>
        <source>Cari organisasi, nama akun, URL atau pengelola…</source>
        <translation>Search organisation, account name, URL or manager…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="100"/>
        <source>Semua platform</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="115"/>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="116"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="117"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="118"/>
        <source>Buka URL</source>
        <translation>Open URL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="119"/>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="120"/>
        <source>Ekspor XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="147"/>
        <source>Belum melaporkan akun resmi</source>
        <translation>Official account not reported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="148"/>
        <source>Desa/kelurahan tanpa akun Facebook</source>
        <translation>Villages without a Facebook account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="150"/>
        <source>Batas waktu pelaporan akun ke Diskominfo</source>
        <translation>Deadline for reporting accounts to Diskominfo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="161"/>
        <source>Daftar akun</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="162"/>
        <source>Pemantauan Diskominfo</source>
        <translation>Diskominfo oversight</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="206"/>
        <source>Belum melaporkan akun sampai {d} ({n})</source>
        <translation>No account reported by {d} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="212"/>
        <source>Desa/kelurahan tanpa akun Facebook sampai {d} ({n})</source>
        <translation>Villages without a Facebook account by {d} ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="216"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="251"/>
        <source>Hapus akun?</source>
        <translation>Delete account?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="252"/>
        <source>Hapus {handle} dari daftar akun resmi? Catatan publikasinya tetap disimpan.</source>
        <translation>Remove {handle} from the official accounts? Its publication records are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/accounts.py" line="262"/>
        <source>Tidak dapat dihapus</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="99"/>
        <source>Profil demo: kata sandi semua akun adalah &apos;demo&apos;.</source>
        <translation>Demo profile: every account&apos;s password is &apos;demo&apos;.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="112"/>
        <source>Menyiapkan data demo…</source>
        <translation>Preparing demo data…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="31"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="32"/>
        <source>Diubah</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="33"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="34"/>
        <source>Ditarik dari tinjauan</source>
        <translation>Withdrawn from review</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="35"/>
        <source>Disetujui satu tingkat</source>
        <translation>Approved at one level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="36"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="37"/>
        <source>Diminta perbaikan</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="38"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="39"/>
        <source>Persetujuan batal</source>
        <translation>Approval voided</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="40"/>
        <source>Dipublikasikan</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="47"/>
        <source>tingkat {level}</source>
        <translation>level {level}</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="62"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="64"/>
        <source>Jejak audit — {title}</source>
        <translation>Audit trail — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="68"/>
        <source>✓ Rantai audit organisasi ini utuh: tidak ada langkah yang diubah atau dihapus.</source>
        <translation>✓ This organisation&apos;s audit chain is intact: no step was changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="73"/>
        <source>✗ Rantai audit organisasi ini rusak: ada langkah yang diubah, dihapus atau ditukar urutannya.</source>
        <translation>✗ This organisation&apos;s audit chain is broken: a step was changed, deleted or reordered.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="79"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="80"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="81"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="82"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="83"/>
        <source>Sidik isi</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="84"/>
        <source>Sidik langkah</source>
        <translation>Step hash</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="98"/>
        <source>Pilih satu langkah untuk melihat sidik lengkapnya.</source>
        <translation>Select a step to see its full hashes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="102"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_trail.py" line="115"/>
        <source>Sidik isi: {content}
Sidik langkah: {event}</source>
        <translation>Content hash: {content}
Step hash: {event}</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../ui/charts.py" line="194"/>
        <source>{day}: {n} publikasi, {active} dari {total} instansi terbit</source>
        <translation>{day}: {n} publications, {active} of {total} agencies published</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../../ui/composer/window.py" line="125"/>
        <source>Buang perubahan yang dipulihkan</source>
        <translation>Discard the recovered changes</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="134"/>
        <source>Tulis isi post: apa kegiatannya, di mana, kapan, siapa yang terlibat.</source>
        <translation>Write the post: what happened, where, when, who took part.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="142"/>
        <source>Teks utama</source>
        <translation>Main text</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="156"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="157"/>
        <source>Temuan pemeriksaan</source>
        <translation>Lint findings</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="170"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="171"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="172"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="173"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="174"/>
        <source>Simpan &amp;&amp; ajukan ke atasan</source>
        <translation>Save &amp;&amp; submit for review</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="249"/>
        <source>Anda bukan admin media sosial di organisasi mana pun.</source>
        <translation>You are not a social-media admin of any organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="313"/>
        <source>ditolak server: %1</source>
        <translation>refused by the server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="319"/>
        <source>Perubahan yang belum disimpan dari {when} dipulihkan.</source>
        <translation>Unsaved changes from {when} were recovered.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="321"/>
        <source>Post ini telah berubah sejak itu; menyimpan akan menimpa perubahan tersebut.</source>
        <translation>This post has changed since then; saving will overwrite those changes.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="324"/>
        <source>{reviewer} meminta perbaikan: {comment}</source>
        <translation>{reviewer} asked for changes: {comment}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="328"/>
        <source>Post ini sedang ditinjau. Menyimpan perubahan menarik kembali pengajuannya.</source>
        <translation>This post is in review. Saving changes withdraws the submission.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="330"/>
        <source>Post ini sudah disetujui. Mengubahnya membatalkan persetujuan.</source>
        <translation>This post is approved. Changing it voids the approval.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="333"/>
        <source>Post ini berstatus {status}; isinya tidak dapat diubah.</source>
        <translation>This post is {status}; its content can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="410"/>
        <source>Belum disimpan</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="486"/>
        <source>Post baru</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="488"/>
        <source>Post: {title}</source>
        <translation>Post: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="488"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="515"/>
        <source>Tersimpan otomatis {time}</source>
        <translation>Autosaved {time}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="524"/>
        <location filename="../../ui/composer/window.py" line="550"/>
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="559"/>
        <source>Batalkan persetujuan?</source>
        <translation>Void the approval?</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="561"/>
        <source>Post ini sudah disetujui atasan. Jika Anda mengubahnya, persetujuan batal dan post harus diajukan lagi. Lanjutkan?</source>
        <translation>Your supervisor already approved this post. Editing it voids the approval and the post must be submitted again. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="615"/>
        <source>Tutup tanpa menyimpan?</source>
        <translation>Close without saving?</translation>
    </message>
    <message>
        <location filename="../../ui/composer/window.py" line="617"/>
        <source>Perubahan belum disimpan ke post. Perubahan tetap tersimpan otomatis di perangkat ini dan ditawarkan lagi saat post ini dibuka. Tutup sekarang?</source>
        <translation>The changes are not saved to the post. They stay autosaved on this device and are offered again when you open this post. Close now?</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="43"/>
        <source>Konflik sinkronisasi</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="46"/>
        <source>Versi server sudah dipakai. Versi Anda disimpan di sini: pakai versi server, atau pulihkan teks Anda sebagai perubahan baru.</source>
        <translation>The server&apos;s version is in use. Yours is kept here: take the server&apos;s version, or restore your text as a new edit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="57"/>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="57"/>
        <source>Versi saya</source>
        <translation>My version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="57"/>
        <source>Versi server</source>
        <translation>Server version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="64"/>
        <source>Pakai versi server</source>
        <translation>Use the server&apos;s version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="65"/>
        <source>Pulihkan teks saya</source>
        <translation>Restore my text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="66"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="94"/>
        <source>Ditolak server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="94"/>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="116"/>
        <source>Ditolak server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="130"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="130"/>
        <source>Teks platform</source>
        <translation>Platform text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="134"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="135"/>
        <source>Teks utama</source>
        <translation>Main text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="136"/>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="138"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflicts.py" line="156"/>
        <source>Tidak dapat dipulihkan</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>CounterBar</name>
    <message>
        <location filename="../../ui/composer/counters.py" line="32"/>
        <source>Pilih akun tujuan untuk melihat batas tiap platform.</source>
        <translation>Choose target accounts to see each platform&apos;s limits.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/counters.py" line="42"/>
        <source>judul</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ui/composer/counters.py" line="44"/>
        <source>tagar</source>
        <translation>hashtags</translation>
    </message>
    <message>
        <location filename="../../ui/composer/counters.py" line="46"/>
        <source>hitungan X</source>
        <translation>X count</translation>
    </message>
    <message>
        <location filename="../../ui/composer/counters.py" line="48"/>
        <source>karakter</source>
        <translation>characters</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <location filename="../../ui/composer/crop_dialog.py" line="85"/>
        <source>Potong foto</source>
        <translation>Crop photo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/crop_dialog.py" line="87"/>
        <source>Asli (tanpa potong)</source>
        <translation>Original (no crop)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/crop_dialog.py" line="88"/>
        <source>1:1 persegi</source>
        <translation>1:1 square</translation>
    </message>
    <message>
        <location filename="../../ui/composer/crop_dialog.py" line="89"/>
        <source>4:5 potret (Instagram)</source>
        <translation>4:5 portrait (Instagram)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/crop_dialog.py" line="90"/>
        <source>1,91:1 lanskap (Instagram)</source>
        <translation>1.91:1 landscape (Instagram)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/crop_dialog.py" line="91"/>
        <source>9:16 tegak (TikTok)</source>
        <translation>9:16 vertical (TikTok)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/crop_dialog.py" line="92"/>
        <source>16:9 lebar (YouTube, X)</source>
        <translation>16:9 wide (YouTube, X)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/crop_dialog.py" line="98"/>
        <source>Pilih rasio, lalu seret bingkai ke bagian foto yang ingin ditampilkan.</source>
        <translation>Choose a ratio, then drag the frame to the part of the photo to show.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/composer/details.py" line="39"/>
        <source>Judul singkat untuk daftar draf dan laporan</source>
        <translation>Short title for the drafts list and reports</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="41"/>
        <source>Post media sosial</source>
        <translation>Social-media post</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="42"/>
        <source>Artikel situs web</source>
        <translation>Website article</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="52"/>
        <source>mis. Aula Kantor Bupati, Curup</source>
        <translation>e.g. Regent&apos;s Office Hall, Curup</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="54"/>
        <source>mis. Bulan Imunisasi Anak Nasional</source>
        <translation>e.g. National Child Immunisation Month</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="62"/>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="63"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="64"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="65"/>
        <source>Akun tujuan</source>
        <translation>Target accounts</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="66"/>
        <source>Tanggal kegiatan</source>
        <translation>Event date</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="67"/>
        <source>Tempat kegiatan</source>
        <translation>Event place</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="68"/>
        <source>Program/kegiatan</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="70"/>
        <source>Catatan tinjauan</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="105"/>
        <source>menyetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="106"/>
        <source>meminta perbaikan</source>
        <translation>asked for changes</translation>
    </message>
    <message>
        <location filename="../../ui/composer/details.py" line="107"/>
        <source>menolak</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../../ui/pages/drafts.py" line="40"/>
        <source>Cari judul atau isi…</source>
        <translation>Search title or text…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="43"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="47"/>
        <source>Semua platform</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="50"/>
        <source>Post baru</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="52"/>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="54"/>
        <source>Bantu publikasi</source>
        <translation>Publish assist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="65"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="65"/>
        <location filename="../../ui/pages/drafts.py" line="135"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="67"/>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="68"/>
        <source>Penulis</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="69"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="70"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/drafts.py" line="137"/>
        <source>“{title}” diajukan ke atasan dan kini menunggu tinjauan.</source>
        <translation>“{title}” was sent to the supervisor and now awaits review.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/exporting.py" line="30"/>
        <source>Simpan ekspor</source>
        <translation>Save export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="53"/>
        <source>Menulis {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="54"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="55"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="85"/>
        <source>Tersimpan: &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>Saved: &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="92"/>
        <source>Ekspor dibatalkan; tidak ada berkas ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/exporting.py" line="94"/>
        <source>Ekspor gagal: {error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>FindingActions</name>
    <message>
        <location filename="../../ui/composer/finding_actions.py" line="38"/>
        <source>Foto {n}</source>
        <translation>Photo {n}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/finding_actions.py" line="41"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/composer/finding_actions.py" line="41"/>
        <source>Teks utama</source>
        <translation>Main text</translation>
    </message>
    <message>
        <location filename="../../ui/composer/finding_actions.py" line="44"/>
        <source>Teras berita</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/composer/finding_actions.py" line="46"/>
        <source>{platform}, judul</source>
        <translation>{platform}, title</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/composer/findings.py" line="66"/>
        <location filename="../../ui/composer/findings.py" line="155"/>
        <source>Tulis alasan…</source>
        <translation>Write a justification…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/findings.py" line="100"/>
        <source>beralasan</source>
        <translation>justified</translation>
    </message>
    <message>
        <location filename="../../ui/composer/findings.py" line="128"/>
        <source>Pemeriksaan: tidak ada temuan.</source>
        <translation>Lint: no findings.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/findings.py" line="129"/>
        <source>Pemeriksaan: {block} berat, {warn} peringatan, {info} info.</source>
        <translation>Lint: {block} blocking, {warn} warnings, {info} info.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/findings.py" line="132"/>
        <source>{n} temuan berat perlu diperbaiki atau diberi alasan sebelum diajukan.</source>
        <translation>{n} blocking finding(s) must be fixed or justified before submitting.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/findings.py" line="141"/>
        <source>Saran: {hint}</source>
        <translation>Suggestion: {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/findings.py" line="145"/>
        <source>Alasan: {text}</source>
        <translation>Justification: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/findings.py" line="153"/>
        <source>Ganti: {w}</source>
        <translation>Replace: {w}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/findings.py" line="153"/>
        <source>Hapus kata ini</source>
        <translation>Delete these words</translation>
    </message>
    <message>
        <location filename="../../ui/composer/findings.py" line="155"/>
        <source>Ubah alasan…</source>
        <translation>Change justification…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="82"/>
        <source>Selamat datang di OPD Studio</source>
        <translation>Welcome to OPD Studio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="144"/>
        <source>mis. Pemerintah Kabupaten Rejang Lebong (boleh kosong)</source>
        <translation>e.g. Pemerintah Kabupaten Rejang Lebong (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="146"/>
        <source>mis. Dinas Komunikasi dan Informatika</source>
        <translation>e.g. Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="153"/>
        <source>mis. Pranata Humas</source>
        <translation>e.g. Public relations officer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="155"/>
        <source>huruf kecil, mis. ani.lestari</source>
        <translation>lower case, e.g. ani.lestari</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="169"/>
        <source>Pemerintah daerah (induk)</source>
        <translation>Local government (parent)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="170"/>
        <source>Nama organisasi</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="171"/>
        <source>Jenis organisasi</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="172"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="173"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="174"/>
        <location filename="../../ui/dialogs/first_run.py" line="225"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="175"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="176"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="177"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="107"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="83"/>
        <source>Profil ini masih kosong. Pilih cara memulai:</source>
        <translation>This profile is still empty. Choose how to start:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="85"/>
        <source>Buat profil baru</source>
        <translation>Create a new profile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="86"/>
        <source>Hubungkan ke basis data bersama Diskominfo</source>
        <translation>Connect to the shared Diskominfo database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="109"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="138"/>
        <source>Isi data organisasi dan akun Anda. Semua tersimpan di komputer ini; basis data bersama dapat dihubungkan nanti.</source>
        <translation>Fill in your organisation and account. Everything is stored on this computer; a shared database can be connected later.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="188"/>
        <source>Organisasi dan akun Anda sudah dibuat oleh operator Diskominfo di basis data bersama. Isi data koneksi yang diberikan operator, lalu pilih kata sandi lokal untuk masuk ke aplikasi di komputer ini.</source>
        <translation>The Diskominfo operator has already created your organisation and account in the shared database. Fill in the connection details the operator gave you, then choose a local password for signing in to the app on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="195"/>
        <source>mis. db.kominfo.example.go.id</source>
        <translation>e.g. db.kominfo.example.go.id</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="202"/>
        <source>login PostgreSQL Anda sendiri</source>
        <translation>your own PostgreSQL login</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="208"/>
        <source>berkas .pem dari Diskominfo (untuk verify-ca / verify-full)</source>
        <translation>.pem file from Diskominfo (for verify-ca / verify-full)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="211"/>
        <source>Simpan kata sandi server di keyring sistem</source>
        <translation>Keep the server password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="222"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="223"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="224"/>
        <source>Nama basis data</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="226"/>
        <source>Mode TLS</source>
        <translation>TLS mode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="227"/>
        <source>Sertifikat CA</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="228"/>
        <source>Kata sandi server</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="230"/>
        <source>Kata sandi lokal</source>
        <translation>Local password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="231"/>
        <source>Ulangi kata sandi lokal</source>
        <translation>Repeat local password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="246"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="274"/>
        <source>Membatalkan… menunggu langkah yang sedang berjalan selesai.</source>
        <translation>Cancelling… waiting for the current step to finish.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="280"/>
        <source>Kedua kata sandi lokal tidak sama.</source>
        <translation>The two local passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="293"/>
        <source>Menghubungkan ke basis data bersama…</source>
        <translation>Connecting to the shared database…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="315"/>
        <source>Mengirim perubahan lokal… {done} dari {total}</source>
        <translation>Sending local changes… {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="319"/>
        <source>Mengunduh foto… {done} dari {total}</source>
        <translation>Downloading photos… {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="322"/>
        <source>Mengambil data dari server… {rows} baris</source>
        <translation>Fetching data from the server… {rows} rows</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/pages/home.py" line="41"/>
        <source>Menunggu tinjauan saya</source>
        <translation>Waiting for my review</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="42"/>
        <source>Post saya yang perlu diperbaiki</source>
        <translation>My posts that need changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="43"/>
        <source>Terbit hari ini di organisasi saya</source>
        <translation>Published today by my organisations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="44"/>
        <source>Aktivitas terbaru</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="72"/>
        <source>Selamat pagi</source>
        <translation>Good morning</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="74"/>
        <source>Selamat siang</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="76"/>
        <source>Selamat sore</source>
        <translation>Good afternoon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="78"/>
        <source>Selamat malam</source>
        <translation>Good evening</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="91"/>
        <source>{title} — {org} · {author} · tingkat {level}</source>
        <translation>{title} — {org} · {author} · level {level}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="92"/>
        <location filename="../../ui/pages/home.py" line="146"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="100"/>
        <source>Tidak ada post yang menunggu Anda.</source>
        <translation>No post is waiting for you.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="108"/>
        <source>Tidak ada post yang dikembalikan kepada Anda.</source>
        <translation>No post was sent back to you.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="120"/>
        <source>Belum ada publikasi hari ini.</source>
        <translation>Nothing published yet today.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="125"/>
        <source>Belum ada aktivitas.</source>
        <translation>No activity yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="127"/>
        <source>Menunggu tinjauan saya ({n})</source>
        <translation>Waiting for my review ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="129"/>
        <source>Terbit hari ini di organisasi saya ({n})</source>
        <translation>Published today by my organisations ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="135"/>
        <source>{who} mengajukan «{title}»</source>
        <translation>{who} submitted «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="136"/>
        <source>{who} menyetujui «{title}» di tingkat {level}</source>
        <translation>{who} approved «{title}» at level {level}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="137"/>
        <source>{who} menyetujui «{title}»</source>
        <translation>{who} approved «{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="138"/>
        <source>{who} meminta perbaikan «{title}»: {comment}</source>
        <translation>{who} requested changes to «{title}»: {comment}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="139"/>
        <source>{who} menolak «{title}»: {comment}</source>
        <translation>{who} rejected «{title}»: {comment}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="140"/>
        <source>{who} mengubah «{title}» sehingga persetujuannya batal</source>
        <translation>{who} edited «{title}», voiding its approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="141"/>
        <source>{who} mencatat terbitnya «{title}» di {account}</source>
        <translation>{who} recorded «{title}» as published on {account}</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location filename="../../ui/composer/dialogs.py" line="81"/>
        <source>Alasan untuk temuan berat</source>
        <translation>Justification for a blocking finding</translation>
    </message>
    <message>
        <location filename="../../ui/composer/dialogs.py" line="87"/>
        <source>Jelaskan mengapa post ini tetap layak diajukan (mis. kutipan resmi, izin tertulis). Atasan membaca alasan ini saat meninjau.</source>
        <translation>Explain why this post should still be submitted (e.g. an official quote, written consent). Reviewers read this beside the text.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>id_ID</source>
        <comment>locale of the UI language</comment>
        <translation>en_GB</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Triwulan {n} {year}</source>
        <translation>Quarter {n} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Semester {n} {year}</source>
        <translation>Semester {n} {year}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Tahun {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Menunggu tinjauan</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Perlu perbaikan</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Terpublikasi</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Admin media sosial</source>
        <translation>Social-media admin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Atasan (peninjau)</source>
        <translation>Supervisor (reviewer)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Pengawas Diskominfo</source>
        <translation>Diskominfo oversight</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Operator TI Diskominfo</source>
        <translation>Diskominfo IT operator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Mati suri</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Pemerintah kabupaten/kota</source>
        <translation>Regency/city government</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Dinas</source>
        <translation>Agency (dinas)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Badan</source>
        <translation>Board (badan)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Kelurahan</source>
        <translation>Urban village (kelurahan)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Desa</source>
        <translation>Village (desa)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Sekolah</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Puskesmas</source>
        <translation>Community health centre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>BUMD</source>
        <translation>Regional enterprise (BUMD)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Bidang / unit kerja</source>
        <translation>Division / unit</translation>
    </message>
</context>
<context>
    <name>LintNotes</name>
    <message>
        <location filename="../../ui/composer/lint_notes.py" line="20"/>
        <source>Temuan pemeriksaan</source>
        <translation>Lint findings</translation>
    </message>
    <message>
        <location filename="../../ui/composer/lint_notes.py" line="22"/>
        <source>Tidak ada temuan berat atau peringatan.</source>
        <translation>No blocking findings or warnings.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/lint_notes.py" line="24"/>
        <source>Berat</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <location filename="../../ui/composer/lint_notes.py" line="24"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/composer/lint_notes.py" line="36"/>
        <source>(ditulis untuk versi sebelumnya)</source>
        <translation>(written for an earlier version)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/lint_notes.py" line="37"/>
        <source>Alasan penulis</source>
        <translation>Author&apos;s justification</translation>
    </message>
    <message>
        <location filename="../../ui/composer/lint_notes.py" line="40"/>
        <source>Belum ada alasan.</source>
        <translation>No justification yet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>OPD Studio</source>
        <translation>OPD Studio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Draf</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Tinjauan</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Log Publikasi</source>
        <translation>Publication log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Akun Resmi</source>
        <translation>Official accounts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Profil lokal — tidak terhubung ke basis data bersama</source>
        <translation>Local profile — not connected to a shared database</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../ui/notifications.py" line="42"/>
        <source>OPD Studio</source>
        <translation>OPD Studio</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="73"/>
        <source>{n} kabar baru di OPD Studio</source>
        <translation>{n} new items in OPD Studio</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="76"/>
        <source>… dan {n} lagi</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="81"/>
        <source>Menunggu tinjauan Anda</source>
        <translation>Waiting for your review</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="83"/>
        <source>Post Anda disetujui</source>
        <translation>Your post was approved</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="84"/>
        <source>Post Anda perlu perbaikan</source>
        <translation>Your post needs changes</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="85"/>
        <source>Post Anda ditolak</source>
        <translation>Your post was rejected</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="86"/>
        <source>Post Anda ditinjau</source>
        <translation>Your post was reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="89"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/notifications.py" line="93"/>
        <source>«{title}» oleh {who}</source>
        <translation>«{title}» by {who}</translation>
    </message>
</context>
<context>
    <name>PasswordPromptDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_prompt.py" line="21"/>
        <source>Kata sandi basis data bersama</source>
        <translation>Shared database password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_prompt.py" line="22"/>
        <source>Masukkan kata sandi login {account} untuk menyinkronkan.</source>
        <translation>Enter the password of the login {account} to sync.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_prompt.py" line="30"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_prompt.py" line="32"/>
        <source>Hubungkan</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/password_prompt.py" line="33"/>
        <source>Nanti saja</source>
        <translation>Not now</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person.py" line="31"/>
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="47"/>
        <source>Untuk atasan: tingkat persetujuan (1 = kepala bidang, 2 = kepala dinas)</source>
        <translation>For supervisors: approval level (1 = head of division, 2 = head of agency)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="49"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="50"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="51"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="52"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="53"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="54"/>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="55"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="56"/>
        <source>Tingkat persetujuan</source>
        <translation>Approval level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="61"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="62"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <location filename="../../ui/composer/photo_import.py" line="75"/>
        <source>Tambah foto</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_import.py" line="75"/>
        <source>Foto ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_import.py" line="130"/>
        <source>{name}: foto ini sudah ada di post.</source>
        <translation>{name}: this photo is already in the post.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_import.py" line="135"/>
        <source>{name}: sudah pernah diimpor; salinan yang ada dipakai.</source>
        <translation>{name}: imported before; the stored copy is used.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="47"/>
        <source>Tambah foto…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="48"/>
        <source>Atau seret berkas foto ke jendela ini, atau tempel (Ctrl+V) di teks.</source>
        <translation>Or drag photo files onto this window, or paste (Ctrl+V) into the text.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="51"/>
        <source>Mengimpor %v/%m</source>
        <translation>Importing %v/%m</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="52"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="65"/>
        <source>Keterangan foto</source>
        <translation>Photo caption</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="67"/>
        <source>Teks alternatif untuk pembaca layar</source>
        <translation>Alternative text for screen readers</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="70"/>
        <source>Memuat anak-anak</source>
        <translation>Shows children</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="72"/>
        <source>Catatan persetujuan orang tua/wali</source>
        <translation>Consent note from parents/guardians</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="73"/>
        <source>Potong…</source>
        <translation>Crop…</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="76"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="79"/>
        <source>Geser ke kiri</source>
        <translation>Move left</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="80"/>
        <source>Geser ke kanan</source>
        <translation>Move right</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="87"/>
        <source>Keterangan</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="88"/>
        <source>Teks alt</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="197"/>
        <source>Belum ada foto.</source>
        <translation>No photos yet.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="204"/>
        <source>Diambil {when} (EXIF)</source>
        <translation>Taken {when} (EXIF)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="206"/>
        <source>⚠ berbeda dengan tanggal kegiatan</source>
        <translation>⚠ not the event date</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="208"/>
        <source>Waktu pengambilan tidak tercatat di EXIF</source>
        <translation>No time taken in the EXIF</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="210"/>
        <source>Foto asli memuat lokasi GPS; versi unggahan tanpa lokasi.</source>
        <translation>The original holds a GPS location; the upload versions have none.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/photo_strip.py" line="212"/>
        <source>Dipotong</source>
        <translation>Cropped</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/composer/preview.py" line="116"/>
        <source>Pilih akun tujuan untuk melihat pratinjau tiap platform.</source>
        <translation>Choose target accounts to preview each platform.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="134"/>
        <source>Foto sebelumnya</source>
        <translation>Previous photo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="137"/>
        <source>Foto berikutnya</source>
        <translation>Next photo</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="224"/>
        <source>Baru saja</source>
        <translation>Just now</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="261"/>
        <source>Foto {n} dari {total}</source>
        <translation>Photo {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="286"/>
        <source>[melebihi batas X: teks berikut tidak ikut terbit]</source>
        <translation>[over X&apos;s limit: the text below is not published]</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="289"/>
        <source>feed melipat di sini: {more}</source>
        <translation>the feed folds here: {more}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="298"/>
        <source>Penulis: {writer} | Editor: {editor}</source>
        <translation>Writer: {writer} | Editor: {editor}</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="300"/>
        <source>Suka · Komentar · Bagikan</source>
        <translation>Like · Comment · Share</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="301"/>
        <source>♡  Komentar  Kirim</source>
        <translation>♡  Comment  Send</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="302"/>
        <source>Balas · Repost · Suka</source>
        <translation>Reply · Repost · Like</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="303"/>
        <source>♡  Komentar  Simpan  Bagikan</source>
        <translation>♡  Comment  Save  Share</translation>
    </message>
    <message>
        <location filename="../../ui/composer/preview.py" line="304"/>
        <source>Suka · Komentar</source>
        <translation>Like · Comment</translation>
    </message>
</context>
<context>
    <name>PublicationLogPage</name>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="51"/>
        <source>Cari judul, isi, organisasi atau akun… (&quot;frasa persis&quot;, awalan*)</source>
        <translation>Search title, text, organisation or account… (&quot;exact phrase&quot;, prefix*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="56"/>
        <source>Semua platform</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="60"/>
        <location filename="../../ui/pages/publication_log.py" line="175"/>
        <source>Semua penulis</source>
        <translation>All authors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="65"/>
        <source>Semua waktu</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="66"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="67"/>
        <source>7 hari terakhir</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="68"/>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="69"/>
        <source>Bulan lalu</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="70"/>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="84"/>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="85"/>
        <source>Ekspor XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="86"/>
        <location filename="../../ui/pages/publication_log.py" line="295"/>
        <source>Buka tautan</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="87"/>
        <location filename="../../ui/pages/publication_log.py" line="296"/>
        <source>Buka post</source>
        <translation>Open post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="88"/>
        <location filename="../../ui/pages/publication_log.py" line="297"/>
        <source>Salin baris</source>
        <translation>Copy rows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="92"/>
        <source>Waktu terbit</source>
        <translation>Published at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="93"/>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="94"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="95"/>
        <source>Judul post</source>
        <translation>Post title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="96"/>
        <source>Penulis</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="97"/>
        <source>Disetujui oleh</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="98"/>
        <source>Waktu persetujuan</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="99"/>
        <source>Tautan</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="130"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="171"/>
        <source>Semua organisasi</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="229"/>
        <source>Menghitung…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="240"/>
        <source>{n} publikasi</source>
        <translation>{n} publications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="243"/>
        <source>Tidak ada publikasi yang cocok dengan pencarian dan filter ini. Ubah atau kosongkan filternya.</source>
        <translation>No publication matches this search and these filters. Change or clear the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="245"/>
        <source>Belum ada publikasi yang dicatat. Catat publikasi lewat Draf → Bantu publikasi.</source>
        <translation>No publication recorded yet. Record one through Drafts → Publish assist.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="258"/>
        <source>Log diurutkan menurut waktu terbit; klik judul kolom itu untuk membalik.</source>
        <translation>The log is ordered by publication time; click that column&apos;s header to reverse it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="266"/>
        <source>Pilih dulu satu baris di log.</source>
        <translation>Select a row of the log first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/publication_log.py" line="307"/>
        <source>{period} · {org}</source>
        <translation>{period} · {org}</translation>
    </message>
</context>
<context>
    <name>PublishAssistDialog</name>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="63"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="92"/>
        <source>Bantu publikasi — {title}</source>
        <translation>Publish assist — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="92"/>
        <location filename="../../ui/dialogs/publish_assist.py" line="93"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="96"/>
        <source>{name} (tingkat {level}, {at})</source>
        <translation>{name} (level {level}, {at})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="100"/>
        <source>{status} · disetujui oleh {approvals} · sidik isi {hash}</source>
        <translation>{status} · approved by {approvals} · content hash {hash}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="106"/>
        <source>{status}: post ini belum disetujui untuk isi saat ini, jadi belum boleh dipublikasikan.</source>
        <translation>{status}: this post is not approved as it is now, so it may not be published yet.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/composer/dialogs.py" line="33"/>
        <source>Pulihkan draf</source>
        <translation>Recover drafts</translation>
    </message>
    <message>
        <location filename="../../ui/composer/dialogs.py" line="38"/>
        <source>OPD Studio tidak ditutup dengan normal. Perubahan berikut belum disimpan ke post, tetapi tersimpan otomatis. Buka untuk melanjutkannya.</source>
        <translation>OPD Studio did not close normally. These changes were not saved to their post but were autosaved. Open one to continue it.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/dialogs.py" line="45"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/dialogs.py" line="50"/>
        <source>Buka dan lanjutkan</source>
        <translation>Open and continue</translation>
    </message>
    <message>
        <location filename="../../ui/composer/dialogs.py" line="51"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/composer/dialogs.py" line="52"/>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/pages/report_views.py" line="19"/>
        <source>Pamer kemewahan (flexing)</source>
        <translation>Flexing (luxury display)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="20"/>
        <source>Kata kasar / tidak sopan</source>
        <translation>Profanity / impoliteness</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="21"/>
        <source>Ujaran kebencian (SARA)</source>
        <translation>Hate speech (SARA)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="22"/>
        <source>Hoaks / klaim tanpa sumber</source>
        <translation>Hoaxes / unsourced claims</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="23"/>
        <source>Provokasi</source>
        <translation>Provocation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="24"/>
        <source>Radikalisme</source>
        <translation>Radicalism</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="25"/>
        <source>Pornografi</source>
        <translation>Pornography</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="26"/>
        <source>Data pribadi warga</source>
        <translation>Citizens&apos; personal data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="27"/>
        <source>Netralitas pemilu</source>
        <translation>Election neutrality</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="28"/>
        <source>Kerahasiaan dokumen</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="29"/>
        <source>Bahasa tidak baku</source>
        <translation>Informal language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="30"/>
        <source>Bahasa tidak inklusif</source>
        <translation>Non-inclusive language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="31"/>
        <source>Batas platform</source>
        <translation>Platform limits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="32"/>
        <source>Privasi foto</source>
        <translation>Photo privacy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="41"/>
        <source>{h} jam</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="43"/>
        <source>{d} hari {h} jam</source>
        <translation>{d} d {h} h</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="123"/>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="104"/>
        <location filename="../../ui/pages/reports.py" line="116"/>
        <source>Publikasi</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="71"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="72"/>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="73"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="74"/>
        <source>Rentang tanggal</source>
        <translation>Date range</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="88"/>
        <source>Semua hari</source>
        <translation>All days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="89"/>
        <source>Hari kerja (Senin–Jumat)</source>
        <translation>Working days (Monday–Friday)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="93"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="94"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="95"/>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="96"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="103"/>
        <location filename="../../ui/pages/reports.py" line="115"/>
        <location filename="../../ui/pages/reports.py" line="158"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="105"/>
        <location filename="../../ui/pages/reports.py" line="117"/>
        <source>Hari aktif</source>
        <translation>Active days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="106"/>
        <source>Kepatuhan harian</source>
        <translation>Daily compliance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="107"/>
        <source>Beruntun terpanjang</source>
        <translation>Longest streak</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="108"/>
        <source>Hari tanpa publikasi</source>
        <translation>Days without a publication</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="114"/>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="124"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="125"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="126"/>
        <source>Status registri</source>
        <translation>Registry status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="127"/>
        <source>Terakhir terbit</source>
        <translation>Last published</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="127"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="133"/>
        <source>Kategori temuan</source>
        <translation>Finding category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="134"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="135"/>
        <source>Post</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="147"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="148"/>
        <source>Kepatuhan per instansi</source>
        <translation>Compliance per agency</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="149"/>
        <source>Paling aktif</source>
        <translation>Most active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="150"/>
        <source>Akun mati suri</source>
        <translation>Dormant accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="151"/>
        <source>Persetujuan &amp;&amp; lint</source>
        <translation>Approvals &amp;&amp; lint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="154"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="165"/>
        <source>Hari dihitung</source>
        <translation>Days counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="167"/>
        <source>Mati suri setelah</source>
        <translation>Dormant after</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="171"/>
        <source>Ekspor:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="212"/>
        <source>Semua instansi</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="240"/>
        <source>Menghitung laporan…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="261"/>
        <source>Laporan gagal dihitung: {error}</source>
        <translation>The report could not be computed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="275"/>
        <source>{scope} · {first} s.d. {last} · {days} hari dihitung. Hari dengan minimal satu publikasi; unit kerja dihitung ke instansi induknya.</source>
        <translation>{scope} · {first} to {last} · {days} days counted. Days with at least one publication; units count for their parent agency.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="287"/>
        <source>{n} keputusan tinjauan. Dari pengajuan sampai keputusan: median {median}, persentil ke-90 {p90}. Disetujui pada pengajuan pertama: {rate} ({ok} dari {all} post). Temuan lint dihitung ulang atas konten yang terbit dengan aturan saat ini.</source>
        <translation>{n} review decisions. From submission to decision: median {median}, 90th percentile {p90}. Approved on first submission: {rate} ({ok} of {all} posts). Lint findings are recomputed over the published content with the current rules.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="70"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>ResubmitDialog</name>
    <message>
        <location filename="../../ui/composer/resubmit.py" line="19"/>
        <source>Ajukan ulang ke atasan</source>
        <translation>Resubmit for review</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resubmit.py" line="20"/>
        <source>Atasan akan melihat perubahan ini dibandingkan pengajuan sebelumnya:</source>
        <translation>Your supervisor will see these changes against the previous submission:</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resubmit.py" line="23"/>
        <source>Perubahan sejak pengajuan sebelumnya</source>
        <translation>Changes since the previous submission</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resubmit.py" line="25"/>
        <source>Ajukan ulang</source>
        <translation>Resubmit</translation>
    </message>
    <message>
        <location filename="../../ui/composer/resubmit.py" line="26"/>
        <source>Lanjut mengubah</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../../ui/review/detail.py" line="90"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="92"/>
        <source>{org} · oleh {author} · diajukan {when} · menunggu tingkat {level} dari {levels}</source>
        <translation>{org} · by {author} · submitted {when} · waiting for level {level} of {levels}</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="106"/>
        <source>Sidik isi</source>
        <translation>Content fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="107"/>
        <source>Akun tujuan:</source>
        <translation>Target accounts:</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="140"/>
        <source>Perubahan sejak tinjauan terakhir Anda</source>
        <translation>Changes since your last review</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="142"/>
        <source>Perubahan sejak pengajuan sebelumnya</source>
        <translation>Changes since the previous submission</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="145"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="148"/>
        <source>Temuan ({n})</source>
        <translation>Findings ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="150"/>
        <source>Foto ({n})</source>
        <translation>Photos ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="152"/>
        <source>Riwayat ({n})</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="161"/>
        <source>Post ini tanpa foto.</source>
        <translation>This post has no photos.</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="168"/>
        <source>(tanpa keterangan)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="169"/>
        <source>Foto {n}: {caption}</source>
        <translation>Photo {n}: {caption}</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="170"/>
        <source>Teks alternatif: {alt}</source>
        <translation>Alt text: {alt}</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="170"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="173"/>
        <source>Ada anak-anak · persetujuan: {note}</source>
        <translation>Children shown · consent: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="175"/>
        <source>Ada anak-anak · belum ada catatan persetujuan</source>
        <translation>Children shown · no consent note yet</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="177"/>
        <source>Catatan persetujuan: {note}</source>
        <translation>Consent note: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="182"/>
        <source>Belum ada keputusan atas post ini.</source>
        <translation>No decisions on this post yet.</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="184"/>
        <source>menyetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="185"/>
        <source>meminta perbaikan</source>
        <translation>asked for changes</translation>
    </message>
    <message>
        <location filename="../../ui/review/detail.py" line="186"/>
        <source>menolak</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>ReviewDiff</name>
    <message>
        <location filename="../../ui/review/diff_view.py" line="29"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="30"/>
        <source>Teks utama</source>
        <translation>Main text</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="31"/>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="32"/>
        <source>Baris tempat dan tanggal</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="33"/>
        <source>Teras berita</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="34"/>
        <source>Penulis</source>
        <translation>Writer</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="35"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="36"/>
        <source>Foto (urutan, potongan, keterangan, teks alternatif, persetujuan)</source>
        <translation>Photos (order, crop, caption, alt text, consent)</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="125"/>
        <source>Tidak ada perubahan isi.</source>
        <translation>No content changes.</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="127"/>
        <source>Teks {platforms} mengikuti teks utama (perubahannya sama).</source>
        <translation>The {platforms} text follows the main text (same changes).</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="130"/>
        <source>Tidak berubah:</source>
        <translation>Unchanged:</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="132"/>
        <source>teks baru</source>
        <translation>new text</translation>
    </message>
    <message>
        <location filename="../../ui/review/diff_view.py" line="133"/>
        <source>teks yang dihapus</source>
        <translation>deleted text</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages/review.py" line="54"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="54"/>
        <location filename="../../ui/pages/review.py" line="231"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="55"/>
        <source>Organisasi</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="56"/>
        <source>Penulis</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="57"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="58"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="75"/>
        <source>Bagian post yang dimaksud komentar</source>
        <translation>The part of the post the comment is about</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="77"/>
        <source>Komentar untuk penulis (wajib untuk minta perbaikan atau menolak)</source>
        <translation>Comment for the author (required to request changes or reject)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="79"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="80"/>
        <source>Minta perbaikan</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="81"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="83"/>
        <source>Setujui versi ini (Ctrl+Enter)</source>
        <translation>Approve this version (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="84"/>
        <source>Kembalikan ke penulis dengan komentar (Ctrl+Shift+R)</source>
        <translation>Send back to the author with a comment (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="85"/>
        <source>Tolak dan arsipkan post (alasan wajib)</source>
        <translation>Reject and archive the post (reason required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="89"/>
        <source>Tidak ada post yang menunggu tinjauan Anda.</source>
        <translation>No post is waiting for your review.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="91"/>
        <source>J/K atau Alt+↓/↑: post berikutnya/sebelumnya · Ctrl+Enter: setujui · Ctrl+Shift+R: perbaikan</source>
        <translation>J/K or Alt+↓/↑: next/previous post · Ctrl+Enter: approve · Ctrl+Shift+R: request changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="98"/>
        <source>Komentar tentang:</source>
        <translation>Comment on:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="180"/>
        <source>Seluruh post</source>
        <translation>The whole post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="184"/>
        <source>Foto {n}</source>
        <translation>Photo {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="229"/>
        <source>Tolak post?</source>
        <translation>Reject the post?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="230"/>
        <source>Post “{title}” akan ditolak dan diarsipkan; penulis tidak dapat mengajukannya lagi.</source>
        <translation>The post “{title}” will be rejected and archived; the author cannot submit it again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/review.py" line="211"/>
        <source>Tidak dapat diproses</source>
        <translation>Could not be processed</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="70"/>
        <location filename="../../ui/pages/settings.py" line="422"/>
        <source>Lokal saja: semua data tersimpan di komputer ini. Belum terhubung ke basis data bersama.</source>
        <translation>Local only: all data is stored on this computer. Not connected to a shared database.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="75"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="77"/>
        <source>Folder profil</source>
        <translation>Profile folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="78"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="80"/>
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="82"/>
        <source>Orang di profil ini</source>
        <translation>People in this profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="90"/>
        <source>Log sinkronisasi</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="93"/>
        <source>Selesaikan konflik…</source>
        <translation>Resolve conflicts…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="198"/>
        <source>Basis data bersama</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="200"/>
        <source>mis. db.kominfo.example.go.id</source>
        <translation>e.g. db.kominfo.example.go.id</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="207"/>
        <source>login PostgreSQL Anda sendiri</source>
        <translation>your own PostgreSQL login</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="212"/>
        <source>tanpa TLS</source>
        <translation>no TLS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="213"/>
        <source>TLS hanya bila server memintanya</source>
        <translation>TLS only when the server asks for it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="214"/>
        <source>TLS bila tersedia</source>
        <translation>TLS when available</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="215"/>
        <source>wajib TLS, sertifikat tidak diperiksa</source>
        <translation>TLS required, certificate not checked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="216"/>
        <source>wajib TLS, sertifikat CA diperiksa</source>
        <translation>TLS required, CA certificate checked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="217"/>
        <source>wajib TLS, CA dan nama server diperiksa (disarankan)</source>
        <translation>TLS required, CA and server name checked (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="224"/>
        <source>berkas .pem dari Diskominfo (untuk verify-ca / verify-full)</source>
        <translation>.pem file from Diskominfo (for verify-ca / verify-full)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="137"/>
        <location filename="../../ui/pages/settings.py" line="226"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="126"/>
        <source>Kop surat dan tanda tangan laporan PDF</source>
        <translation>Letterhead and signature of PDF reports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="129"/>
        <source>mis. Pemerintah Kabupaten Rejang Lebong
Dinas Komunikasi dan Informatika</source>
        <translation>e.g. Pemerintah Kabupaten Rejang Lebong
Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="133"/>
        <source>alamat, telepon, surel, situs</source>
        <translation>address, telephone, e-mail, website</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="135"/>
        <source>berkas PNG atau JPEG lambang daerah</source>
        <translation>PNG or JPEG file of the regional emblem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="143"/>
        <source>mis. Curup</source>
        <translation>e.g. Curup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="146"/>
        <source>18 digit, mis. 19780312 200501 1 002</source>
        <translation>18 digits, e.g. 19780312 200501 1 002</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="148"/>
        <source>mis. Kepala Dinas Komunikasi dan Informatika</source>
        <translation>e.g. Kepala Dinas Komunikasi dan Informatika</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="150"/>
        <source>Simpan kop dan tanda tangan</source>
        <translation>Save letterhead and signature</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="153"/>
        <source>Nama instansi</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="154"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="155"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="156"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="157"/>
        <source>Penanda tangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="158"/>
        <source>NIP</source>
        <translation>NIP (civil-servant number)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="159"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="177"/>
        <source>Pilih logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="177"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="195"/>
        <source>Tersimpan; dipakai di setiap laporan PDF.</source>
        <translation>Saved; used on every PDF report.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="231"/>
        <source>Simpan kata sandi di keyring sistem</source>
        <translation>Save the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="242"/>
        <source>Tes koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="244"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="246"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="254"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="255"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="256"/>
        <source>Nama basis data</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="257"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="258"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="264"/>
        <source>Mode TLS</source>
        <translation>TLS mode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="265"/>
        <source>Sertifikat CA</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="273"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="302"/>
        <source>Bahasa baru dipakai setelah OPD Studio dibuka ulang.</source>
        <translation>The new language applies after OPD Studio restarts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="361"/>
        <source>Pengaturan basis data bersama disimpan.</source>
        <translation>Shared database settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="371"/>
        <source>Isi server, nama basis data dan login terlebih dahulu.</source>
        <translation>Fill in the server, database name and login first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="375"/>
        <source>Menguji koneksi…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="380"/>
        <source>Koneksi berhasil: {version}.</source>
        <translation>Connection works: {version}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="392"/>
        <source>Pilih sertifikat CA</source>
        <translation>Choose the CA certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="392"/>
        <source>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="402"/>
        <source>tersimpan di keyring sistem — isi untuk mengganti</source>
        <translation>saved in the system keyring — type to replace</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="404"/>
        <source>diingat selama sesi ini — isi untuk mengganti</source>
        <translation>remembered for this session — type to replace</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="406"/>
        <source>belum diisi</source>
        <translation>not entered yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="416"/>
        <source>Basis data bersama: {where} (TLS: {mode}). Data lokal disinkronkan otomatis.</source>
        <translation>Shared database: {where} (TLS: {mode}). Local data is synced automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="438"/>
        <source>Belum ada masalah sinkronisasi.</source>
        <translation>No sync problems.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="38"/>
        <source>Masuk ke OPD Studio</source>
        <translation>Sign in to OPD Studio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="54"/>
        <source>Ketik sebagian nama atau login…</source>
        <translation>Type part of a name or login…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="58"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="59"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="63"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="64"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in.py" line="91"/>
        <source>Pilih nama Anda dari daftar (ketik sebagian nama untuk mencarinya).</source>
        <translation>Choose your name from the list (type part of it to find it).</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../ui/pages/report_views.py" line="73"/>
        <source>Rata-rata kepatuhan harian</source>
        <translation>Average daily compliance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="74"/>
        <source>Publikasi</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="75"/>
        <source>Instansi patuh penuh</source>
        <translation>Fully compliant agencies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="76"/>
        <source>Akun mati suri</source>
        <translation>Dormant accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="77"/>
        <source>Median waktu persetujuan</source>
        <translation>Median approval time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="78"/>
        <source>Disetujui pada pengajuan pertama</source>
        <translation>Approved on first submission</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="87"/>
        <source>Kepatuhan harian per instansi</source>
        <translation>Daily compliance per agency</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="88"/>
        <source>Kalender hari dengan konten</source>
        <translation>Calendar of days with content</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="89"/>
        <source>Publikasi per platform</source>
        <translation>Publications per platform</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_views.py" line="92"/>
        <source>Hijau: bagian instansi yang terbit hari itu (makin tua makin banyak); merah muda: tidak ada; abu-abu: hari yang tidak dihitung.</source>
        <translation>Green: share of agencies that published that day (darker is more); pink: none; grey: a day not counted.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="197"/>
        <source>kirim</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="197"/>
        <source>terima</source>
        <translation>receiving</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="197"/>
        <source>unduh foto</source>
        <translation>downloading photos</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="261"/>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="261"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="271"/>
        <source>Profil lokal — tidak terhubung ke basis data bersama</source>
        <translation>Local profile — not connected to a shared database</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="274"/>
        <source>Basis data bersama {where} — sinkronisasi belum tersedia di versi ini</source>
        <translation>Shared database {where} — sync is not available in this version</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="276"/>
        <source>Basis data bersama {where} — menyinkronkan…</source>
        <translation>Shared database {where} — syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="278"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="280"/>
        <source>{n} menunggu</source>
        <translation>{n} pending</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="282"/>
        <source>{n} konflik</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="284"/>
        <source>{n} ditolak</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="286"/>
        <source>terakhir sinkron {time}</source>
        <translation>last synced {time}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="288"/>
        <source>belum pernah sinkron</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="289"/>
        <source>Basis data bersama {where}</source>
        <translation>Shared database {where}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="301"/>
        <source>Kata sandi tidak disimpan di keyring (pilihan di Pengaturan), jadi ditanyakan sekali per sesi.</source>
        <translation>The password is not saved in the keyring (your choice in Settings), so it is asked once per session.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_controller.py" line="303"/>
        <source>Kata sandi belum tersimpan di keyring sistem.</source>
        <translation>The password is not saved in the system keyring yet.</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="130"/>
        <source>Salin &amp;judul</source>
        <translation>Copy &amp;title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="131"/>
        <source>Judul disalin.</source>
        <translation>Title copied.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="132"/>
        <source>&amp;Salin teks</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="132"/>
        <source>&amp;Salin keterangan</source>
        <translation>&amp;Copy caption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="133"/>
        <source>Teks disalin.</source>
        <translation>Text copied.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="134"/>
        <source>Salin &amp;HTML</source>
        <translation>Copy &amp;HTML</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="146"/>
        <source>1. Teks artikel</source>
        <translation>1. Article text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="148"/>
        <source>1. Teks untuk {platform}</source>
        <translation>1. Text for {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="162"/>
        <source>Ekspor &amp;artikel…</source>
        <translation>Export &amp;article…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="162"/>
        <source>Simpan &amp;foto ke folder…</source>
        <translation>Save &amp;photos to a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="164"/>
        <source>B&amp;uka folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="173"/>
        <source>2. Artikel dan foto untuk CMS</source>
        <translation>2. Article and photos for the CMS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="173"/>
        <source>2. Foto</source>
        <translation>2. Photos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="181"/>
        <source>Buka halaman akun di &amp;peramban</source>
        <translation>Open the account&apos;s page in the &amp;browser</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="183"/>
        <source>3. Unggah di halaman akun</source>
        <translation>3. Upload on the account&apos;s page</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="196"/>
        <source>&amp;Catat publikasi</source>
        <translation>&amp;Record publication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="206"/>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="209"/>
        <source>4. Catat publikasi</source>
        <translation>4. Record the publication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="211"/>
        <source>Tautan postingan</source>
        <translation>Post link</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="212"/>
        <source>Waktu terbit</source>
        <translation>Published at</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="235"/>
        <source>✓ Terbit {at} — {url} (dicatat oleh {name})</source>
        <translation>✓ Published {at} — {url} (recorded by {name})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="243"/>
        <source>Belum ada publikasi yang dicatat untuk akun ini.</source>
        <translation>No publication recorded for this account yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="261"/>
        <source>Post ini tidak berfoto.</source>
        <translation>This post has no photos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="265"/>
        <source>sisi terpanjang paling besar {n} px</source>
        <translation>longest side at most {n} px</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="267"/>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} px</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="270"/>
        <source>{n} foto, disimpan berurutan dalam ukuran untuk {platform}: {size}.</source>
        <translation>{n} photo(s), saved in order at the size for {platform}: {size}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="283"/>
        <source>HTML disalin.</source>
        <translation>HTML copied.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="303"/>
        <source>Simpan ke folder</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="314"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="343"/>
        <source>{n} berkas disimpan di {folder}: {names}</source>
        <translation>{n} file(s) saved in {folder}: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/publish_assist.py" line="381"/>
        <source>Publikasi dicatat.</source>
        <translation>Publication recorded.</translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message>
        <location filename="../../ui/composer/variants.py" line="30"/>
        <source>Ikuti teks utama</source>
        <translation>Follow the main text</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="31"/>
        <source>Teks platform ini sama dengan teks utama sampai Anda mengubahnya di sini.</source>
        <translation>This platform&apos;s text is the main text until you edit it here.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="46"/>
        <source>Judul berita</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="46"/>
        <source>Judul (maks. {n} karakter)</source>
        <translation>Title (max. {n} characters)</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="48"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="50"/>
        <source>mis. CURUP, 12 Mei 2025 —</source>
        <translation>e.g. CURUP, 12 Mei 2025 —</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="51"/>
        <source>Teras berita: siapa, apa, kapan, di mana, dalam satu-dua kalimat.</source>
        <translation>Lead: who, what, when, where, in one or two sentences.</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="53"/>
        <source>Nama penulis</source>
        <translation>Writer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="54"/>
        <source>Nama editor</source>
        <translation>Editor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="55"/>
        <source>Baris tanggal</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="56"/>
        <source>Teras</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="59"/>
        <source>Isi berita</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="60"/>
        <source>Teks khusus {platform}</source>
        <translation>Text for {platform} only</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="64"/>
        <source>Penulis</source>
        <translation>Writer</translation>
    </message>
    <message>
        <location filename="../../ui/composer/variants.py" line="65"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
</context>
</TS>
