# Indonesian (id). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hai,
billing-greeting = Halo,
button-fallback = Jika tombol tidak berfungsi, salin tautan ini ke browser Anda:
cart-quantity = Jumlah: { $quantity }
cart-more-items =
    { $count ->
       *[other] dan { $count } barang lainnya
    }
cart-total = Total keranjang: { $total }
cart-button = Kembali ke keranjang Anda
cart-link-text = Lanjutkan dari langkah terakhir Anda:
cart-promo-code = Masukkan kode promo { $code } saat checkout.
cart-footer-reason = Anda menerima email ini karena telah setuju untuk menerima email dari { $shop }.
cart-footer-unsubscribe = <a>Berhenti berlangganan</a> email ini.
cart-footer-unsubscribe-text = Berhenti berlangganan email ini:
billing-footer = Email ini berkaitan dengan langganan { $shop } Anda. Kami mengirimkannya ke alamat email yang terdaftar di akun Anda.
billing-amount-due = Jumlah yang harus dibayar: { $amount }
billing-update-button = Perbarui metode pembayaran
billing-update-text = Perbarui metode pembayaran Anda di sini:
retention-offer = Berencana membatalkan langganan? Sebelum itu, <a>lihat penawaran kami untuk Anda</a>.
retention-offer-text = Berencana membatalkan langganan? Sebelum itu, lihat penawaran kami untuk Anda:

## recovery: the first mail about an abandoned cart

recovery-subject = Ada barang yang tertinggal di keranjang Anda di { $shop }
recovery-intro = Ada barang yang tertinggal di keranjang Anda di { $shop }. Jangan khawatir, kami sudah menyimpannya untuk Anda, jadi Anda bisa melanjutkan tepat dari langkah terakhir Anda.

## recovery-reminder: the second

recovery-reminder-subject = Keranjang Anda di { $shop } masih menunggu
recovery-reminder-intro = Sekadar mengingatkan: barang yang Anda pilih di { $shop } masih ada di keranjang Anda dan tersimpan untuk Anda.

## recovery-last-call: the last

recovery-last-call-subject = Pengingat terakhir: keranjang Anda di { $shop }
recovery-last-call-intro = Ini adalah pengingat terakhir kami tentang keranjang yang Anda tinggalkan di { $shop }. Keranjang tersebut masih tersimpan untuk Anda jika Anda ingin menyelesaikan pesanan.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Pembayaran Anda gagal
billing-payment-failed-subject-amount = Pembayaran Anda sebesar { $amount } gagal
billing-payment-failed-intro = Kami tidak dapat menagih metode pembayaran yang terdaftar untuk langganan { $shop } Anda.
billing-payment-failed-next-attempt = Kami akan mencoba lagi pada { $date }. Mohon perbarui metode pembayaran Anda sebelum tanggal tersebut agar langganan Anda tetap berjalan tanpa gangguan.
billing-payment-failed-update = Mohon perbarui metode pembayaran Anda agar langganan Anda tetap berjalan tanpa gangguan.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Pengingat: tagihan Anda masih belum dibayar
billing-payment-reminder-subject-amount = Pengingat: tagihan Anda sebesar { $amount } masih belum dibayar
billing-payment-reminder-intro = Kami telah mencoba kembali menagih metode pembayaran yang terdaftar untuk langganan { $shop } Anda, tetapi pembayaran kembali gagal.
billing-payment-reminder-next-attempt = Kami akan mencoba lagi pada { $date }. Mohon perbarui metode pembayaran Anda sebelum tanggal tersebut agar langganan Anda tetap aktif.
billing-payment-reminder-update = Mohon perbarui metode pembayaran Anda agar langganan Anda tetap aktif.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Pemberitahuan terakhir: pembayaran Anda gagal
billing-final-notice-subject-amount = Pemberitahuan terakhir: pembayaran Anda sebesar { $amount } gagal
billing-final-notice-intro = Kami tidak dapat menerima pembayaran untuk langganan { $shop } Anda. Itu adalah upaya otomatis terakhir kami: kami tidak akan mencoba menagih metode pembayaran Anda lagi.
billing-final-notice-pay = Untuk mempertahankan langganan Anda, mohon bayar faktur sekarang.
billing-final-notice-pay-or-update = Untuk mempertahankan langganan Anda, mohon bayar faktur sekarang atau perbarui metode pembayaran Anda.
billing-final-notice-update = Untuk mempertahankan langganan Anda, mohon perbarui metode pembayaran Anda sekarang.
billing-final-notice-pay-button = Bayar faktur
billing-final-notice-or-update = Atau <a>perbarui metode pembayaran Anda</a>
billing-final-notice-pay-text = Untuk mempertahankan langganan Anda, mohon bayar faktur sekarang:
billing-final-notice-or-update-text = Atau perbarui metode pembayaran Anda di sini:
billing-final-notice-update-text = Untuk mempertahankan langganan Anda, mohon perbarui metode pembayaran Anda sekarang:
billing-final-notice-consequence = Jika pembayaran tidak dilakukan, langganan Anda dapat dijeda atau dibatalkan.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Mohon konfirmasi pembayaran Anda
billing-payment-action-required-subject-amount = Mohon konfirmasi pembayaran Anda sebesar { $amount }
billing-payment-action-required-intro = Bank Anda meminta Anda mengonfirmasi pembayaran untuk langganan { $shop } Anda. Ini adalah pemeriksaan keamanan tambahan, seperti 3-D Secure, untuk memastikan bahwa itu benar-benar Anda. Pembayaran tidak dapat diproses sebelum Anda mengonfirmasinya.
billing-payment-action-required-button = Konfirmasi pembayaran
billing-payment-action-required-text = Konfirmasi pembayaran Anda di halaman pembayaran yang aman:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Langganan Anda telah dibatalkan
billing-cancellation-confirmation-confirmed = Dengan ini kami mengonfirmasi bahwa langganan { $shop } Anda telah dibatalkan. Langganan ini tidak akan diperpanjang.
billing-cancellation-confirmation-confirmed-date = Dengan ini kami mengonfirmasi bahwa langganan { $shop } Anda telah dibatalkan, berlaku mulai { $date }. Langganan ini tidak akan diperpanjang.
billing-cancellation-confirmation-again = Jika ingin berlangganan lagi nanti, Anda dapat melakukannya kapan saja.
billing-cancellation-confirmation-button = Berlangganan lagi
billing-cancellation-confirmation-text = Jika ingin berlangganan lagi nanti, Anda dapat melakukannya di sini:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Kartu Anda kedaluwarsa sebelum pembayaran berikutnya
billing-card-expiring-subject-last4 = Kartu Anda yang berakhiran { $last4 } kedaluwarsa sebelum pembayaran berikutnya
card = kartu
card-brand = kartu { $brand }
card-last4 = kartu berakhiran { $last4 }
card-brand-last4 = kartu { $brand } berakhiran { $last4 }
billing-card-expiring-expiry = Masa berlaku { $card } yang terdaftar untuk langganan { $shop } Anda berakhir pada { $expiry }.
billing-card-expiring-soon = Masa berlaku { $card } yang terdaftar untuk langganan { $shop } Anda akan segera berakhir.
billing-card-expiring-charge = Pembayaran Anda berikutnya jatuh tempo pada { $date }, setelah masa berlaku kartu berakhir, sehingga tidak dapat ditagihkan ke kartu ini. Mohon perbarui metode pembayaran Anda sebelum tanggal tersebut agar pembayaran berhasil.
billing-card-expiring-charge-amount = Pembayaran Anda berikutnya sebesar { $amount } jatuh tempo pada { $date }, setelah masa berlaku kartu berakhir, sehingga tidak dapat ditagihkan ke kartu ini. Mohon perbarui metode pembayaran Anda sebelum tanggal tersebut agar pembayaran berhasil.
billing-card-expiring-update = Mohon perbarui metode pembayaran Anda agar pembayaran berikutnya berhasil.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Langganan Anda akan segera diperpanjang
billing-renewal-reminder-subject-date = Langganan Anda akan diperpanjang pada { $date }
billing-renewal-reminder-renews = Kami ingin mengingatkan bahwa langganan { $shop } Anda akan segera diperpanjang.
billing-renewal-reminder-renews-date = Kami ingin mengingatkan bahwa langganan { $shop } Anda akan diperpanjang pada { $date }.
billing-renewal-reminder-amount = Jumlah yang akan ditagih: { $amount }
billing-renewal-reminder-automatic = Metode pembayaran yang terdaftar akan ditagih secara otomatis, jadi Anda tidak perlu melakukan apa pun untuk mempertahankan langganan. Jika Anda ingin mengubah atau membatalkan langganan, atau memperbarui metode pembayaran, mohon lakukan sebelum langganan diperpanjang.
billing-renewal-reminder-button = Kelola langganan
billing-renewal-reminder-text = Kelola langganan Anda di sini:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Masa uji coba Anda akan segera berakhir
billing-trial-ending-subject-date = Masa uji coba Anda berakhir pada { $date }
billing-trial-ending-ends = Masa uji coba langganan { $shop } Anda akan segera berakhir, dan belum ada metode pembayaran yang terdaftar.
billing-trial-ending-ends-date = Masa uji coba langganan { $shop } Anda berakhir pada { $date }, dan belum ada metode pembayaran yang terdaftar.
billing-trial-ending-add = Untuk melanjutkan langganan setelah masa uji coba, mohon tambahkan metode pembayaran sebelum itu. Jika tidak, langganan Anda dapat dijeda atau dibatalkan saat masa uji coba berakhir.
billing-trial-ending-button = Tambahkan metode pembayaran
billing-trial-ending-text = Tambahkan metode pembayaran di sini:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Pembayaran Anda berhasil
billing-payment-recovered-subject-amount = Pembayaran Anda sebesar { $amount } berhasil
billing-payment-recovered-received = Kami telah menerima pembayaran untuk langganan { $shop } Anda. Terima kasih.
billing-payment-recovered-received-amount = Kami telah menerima pembayaran sebesar { $amount } untuk langganan { $shop } Anda. Terima kasih.
billing-payment-recovered-continues = Langganan Anda tetap berjalan tanpa gangguan, dan Anda tidak perlu melakukan apa pun lagi. Jika sebelumnya Anda menerima email dari kami tentang pembayaran ini, Anda dapat mengabaikannya.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Mohon konfirmasi kartu Anda untuk langganan { $shop }
billing-setup-action-required-intro = Bank Anda meminta Anda mengonfirmasi kartu yang tersimpan untuk langganan { $shop } Anda. Ini adalah pemeriksaan keamanan tambahan, seperti 3-D Secure, untuk memastikan bahwa itu benar-benar Anda.
billing-setup-action-required-until = Sebelum Anda mengonfirmasinya, kami tidak dapat menagihkan pembayaran langganan berikutnya ke kartu ini. Hanya perlu waktu sebentar.
billing-setup-action-required-button = Konfirmasi kartu Anda
billing-setup-action-required-text = Konfirmasi kartu Anda di halaman kami yang aman:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Kartu Anda untuk langganan { $shop } tidak dapat disimpan
billing-setup-payment-method-required-intro = Kami mencoba menyimpan kartu untuk langganan { $shop } Anda, tetapi bank Anda menolaknya.
billing-setup-payment-method-required-add = Mohon tambahkan kartu atau metode pembayaran lain agar pembayaran langganan Anda berikutnya dapat diproses.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Berhenti berlangganan email ini?
unsubscribe-confirm = Anda tidak akan lagi menerima email seperti ini dari kami.
unsubscribe-button = Berhenti berlangganan
unsubscribe-changed-mind = Berubah pikiran? Cukup tutup halaman ini: tidak ada yang berubah sampai Anda menekan tombol.
unsubscribe-done-title = Anda telah berhenti berlangganan
unsubscribe-done = Anda tidak akan menerima email ini dari kami lagi. Anda tidak perlu melakukan apa pun lagi.
unsubscribe-expired-title = Tautan ini sudah kedaluwarsa
unsubscribe-expired = Tautan berhenti berlangganan berlaku selama satu tahun. Mohon gunakan tautan di email yang lebih baru dari kami, atau balas salah satu email kami dan kami akan menghapus Anda dari daftar.
unsubscribe-unavailable-title = Silakan coba lagi
unsubscribe-unavailable = Kami tidak dapat menyimpan permintaan Anda saat ini. Mohon buka tautan ini lagi dalam beberapa menit.
unsubscribe-invalid-title = Tautan ini tidak valid
unsubscribe-invalid = Tautan mungkin terpotong saat disalin. Mohon buka lagi dari email, atau balas email tersebut dan kami akan menghapus Anda dari daftar.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Tautan ini sudah kedaluwarsa
portal-expired = Demi keamanan Anda, tautan penagihan hanya berlaku untuk waktu terbatas. Mohon gunakan tautan di email terbaru kami, atau masuk ke akun Anda untuk mengelola penagihan.
portal-invalid-title = Tautan ini tidak valid
portal-invalid = Tautan mungkin terpotong saat disalin. Mohon buka lagi dari email, atau masuk ke akun Anda untuk mengelola penagihan.
portal-unknown-customer-title = Kami tidak dapat menemukan akun Anda
portal-unknown-customer = Akun untuk tautan ini sudah tidak ada. Jika menurut Anda ini adalah kesalahan, mohon balas email kami dan kami akan membantu.
portal-unavailable-title = Silakan coba lagi sebentar lagi
portal-unavailable = Kami tidak dapat membuka halaman penagihan Anda saat ini. Mohon buka tautan ini lagi dalam satu menit.
portal-other-title = Halaman penagihan tidak tersedia
portal-other = Mohon masuk ke akun Anda untuk mengelola penagihan, atau balas email kami dan kami akan membantu.
portal-dry-run-title = Simulasi: tidak ada sesi portal yang dibuat
portal-dry-run = STRIPE_SECRET_KEY belum diatur, jadi inilah yang akan dikirim ke { $endpoint }:
portal-confirmation = Selesai: langganan Anda telah diperbarui. Terima kasih!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Konfirmasi kartu Anda
setup-ready = Bank Anda meminta Anda mengonfirmasi kartu yang tersimpan untuk langganan Anda. Tekan tombol, lalu ikuti langkah-langkah dari bank Anda.
setup-working = Menunggu bank Anda…
setup-succeeded = Kartu Anda telah dikonfirmasi. Terima kasih! Anda dapat menutup halaman ini.
setup-failed = Kartu Anda tidak dapat dikonfirmasi. Mohon coba lagi, atau tambahkan kartu lain dari akun Anda.
setup-button = Konfirmasi kartu saya
setup-nothing-to-do-title = Tidak ada yang perlu dilakukan
setup-nothing-to-do = Tidak ada lagi yang perlu Anda lakukan untuk kartu Anda: kartu sudah dikonfirmasi, atau permintaan ini sudah tidak berlaku. Anda dapat menutup halaman ini.
setup-expired-title = Tautan ini sudah kedaluwarsa
setup-expired = Demi keamanan Anda, tautan ini hanya berlaku untuk waktu terbatas. Mohon masuk ke akun Anda untuk mengelola penagihan.
setup-unavailable-title = Silakan coba lagi sebentar lagi
setup-unavailable = Kami tidak dapat membuka halaman ini saat ini. Mohon buka tautan ini lagi dalam satu menit.
setup-invalid-title = Tautan ini tidak valid
setup-invalid = Tautan mungkin terpotong saat disalin. Mohon buka lagi dari email, atau masuk ke akun Anda untuk mengelola penagihan.
