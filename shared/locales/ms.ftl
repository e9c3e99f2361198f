# Malay (ms). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hai,
billing-greeting = Helo,
button-fallback = Jika butang tidak berfungsi, salin pautan ini ke pelayar anda:
cart-quantity = Kuantiti: { $quantity }
cart-more-items =
    { $count ->
       *[other] dan { $count } item lagi
    }
cart-total = Jumlah troli: { $total }
cart-button = Kembali ke troli anda
cart-link-text = Sambung semula dari tempat anda berhenti:
cart-promo-code = Masukkan kod promo { $code } semasa membuat pembayaran.
cart-footer-reason = Anda menerima e-mel ini kerana anda telah bersetuju untuk menerima e-mel daripada { $shop }.
cart-footer-unsubscribe = <a>Berhenti melanggan</a> e-mel ini.
cart-footer-unsubscribe-text = Berhenti melanggan e-mel ini:
billing-footer = E-mel ini berkenaan langganan { $shop } anda. Kami menghantarnya ke alamat e-mel yang direkodkan dalam akaun anda.
billing-amount-due = Jumlah perlu dibayar: { $amount }
billing-update-button = Kemas kini kaedah pembayaran
billing-update-text = Kemas kini kaedah pembayaran anda di sini:
retention-offer = Bercadang untuk membatalkan langganan? Sebelum itu, <a>lihat tawaran kami untuk anda</a>.
retention-offer-text = Bercadang untuk membatalkan langganan? Sebelum itu, lihat tawaran kami untuk anda:

## recovery: the first mail about an abandoned cart

recovery-subject = Ada item yang tertinggal dalam troli anda di { $shop }
recovery-intro = Ada item yang tertinggal dalam troli anda di { $shop }. Jangan risau, kami telah menyimpannya untuk anda supaya anda boleh menyambung semula dari tempat anda berhenti.

## recovery-reminder: the second

recovery-reminder-subject = Troli anda di { $shop } masih menunggu
recovery-reminder-intro = Sekadar peringatan: item yang anda pilih di { $shop } masih ada dalam troli anda dan telah disimpan untuk anda.

## recovery-last-call: the last

recovery-last-call-subject = Peringatan terakhir: troli anda di { $shop }
recovery-last-call-intro = Ini peringatan terakhir kami tentang troli yang anda tinggalkan di { $shop }. Troli itu masih disimpan untuk anda jika anda ingin melengkapkan pesanan.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Pembayaran anda gagal
billing-payment-failed-subject-amount = Pembayaran anda sebanyak { $amount } gagal
billing-payment-failed-intro = Kami tidak dapat mengenakan caj pada kaedah pembayaran yang direkodkan untuk langganan { $shop } anda.
billing-payment-failed-next-attempt = Kami akan mencuba lagi pada { $date }. Sila kemas kini kaedah pembayaran anda sebelum tarikh tersebut supaya langganan anda diteruskan tanpa gangguan.
billing-payment-failed-update = Sila kemas kini kaedah pembayaran anda supaya langganan anda diteruskan tanpa gangguan.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Peringatan: pembayaran anda masih belum dijelaskan
billing-payment-reminder-subject-amount = Peringatan: pembayaran anda sebanyak { $amount } masih belum dijelaskan
billing-payment-reminder-intro = Kami telah mencuba sekali lagi untuk mengenakan caj pada kaedah pembayaran yang direkodkan untuk langganan { $shop } anda, tetapi pembayaran gagal lagi.
billing-payment-reminder-next-attempt = Percubaan kami yang seterusnya adalah pada { $date }. Sila kemas kini kaedah pembayaran anda sebelum tarikh tersebut untuk memastikan langganan anda kekal aktif.
billing-payment-reminder-update = Sila kemas kini kaedah pembayaran anda untuk memastikan langganan anda kekal aktif.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Notis terakhir: pembayaran anda gagal
billing-final-notice-subject-amount = Notis terakhir: pembayaran anda sebanyak { $amount } gagal
billing-final-notice-intro = Kami tidak dapat mengutip pembayaran untuk langganan { $shop } anda. Itu merupakan percubaan automatik kami yang terakhir: kami tidak akan mencuba untuk mengenakan caj pada kaedah pembayaran anda lagi.
billing-final-notice-pay = Untuk mengekalkan langganan anda, sila bayar invois sekarang.
billing-final-notice-pay-or-update = Untuk mengekalkan langganan anda, sila bayar invois sekarang atau kemas kini kaedah pembayaran anda.
billing-final-notice-update = Untuk mengekalkan langganan anda, sila kemas kini kaedah pembayaran anda sekarang.
billing-final-notice-pay-button = Bayar invois
billing-final-notice-or-update = Atau <a>kemas kini kaedah pembayaran anda</a>
billing-final-notice-pay-text = Untuk mengekalkan langganan anda, sila bayar invois sekarang:
billing-final-notice-or-update-text = Atau kemas kini kaedah pembayaran anda di sini:
billing-final-notice-update-text = Untuk mengekalkan langganan anda, sila kemas kini kaedah pembayaran anda sekarang:
billing-final-notice-consequence = Jika pembayaran tidak dibuat, langganan anda mungkin dijeda atau dibatalkan.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Sila sahkan pembayaran anda
billing-payment-action-required-subject-amount = Sila sahkan pembayaran anda sebanyak { $amount }
billing-payment-action-required-intro = Bank anda meminta anda mengesahkan pembayaran untuk langganan { $shop } anda. Ini ialah semakan keselamatan tambahan, seperti 3-D Secure, untuk memastikan bahawa ia benar-benar anda. Pembayaran tidak dapat diproses sehingga anda mengesahkannya.
billing-payment-action-required-button = Sahkan pembayaran
billing-payment-action-required-text = Sahkan pembayaran anda di halaman pembayaran yang selamat:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Langganan anda telah dibatalkan
billing-cancellation-confirmation-confirmed = Dengan ini kami mengesahkan bahawa langganan { $shop } anda telah dibatalkan. Langganan ini tidak akan diperbaharui.
billing-cancellation-confirmation-confirmed-date = Dengan ini kami mengesahkan bahawa langganan { $shop } anda telah dibatalkan, berkuat kuasa pada { $date }. Langganan ini tidak akan diperbaharui.
billing-cancellation-confirmation-again = Jika anda ingin melanggan semula kemudian, anda boleh berbuat demikian pada bila-bila masa.
billing-cancellation-confirmation-button = Langgan semula
billing-cancellation-confirmation-text = Jika anda ingin melanggan semula kemudian, anda boleh berbuat demikian di sini:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Kad anda akan tamat tempoh sebelum pembayaran anda yang seterusnya
billing-card-expiring-subject-last4 = Kad anda yang berakhir dengan { $last4 } akan tamat tempoh sebelum pembayaran anda yang seterusnya
card = kad
card-brand = kad { $brand }
card-last4 = kad berakhir dengan { $last4 }
card-brand-last4 = kad { $brand } berakhir dengan { $last4 }
billing-card-expiring-expiry = Tarikh luput { $card } bagi langganan { $shop } anda ialah { $expiry }.
billing-card-expiring-soon = Tempoh sah { $card } bagi langganan { $shop } anda akan tamat tidak lama lagi.
billing-card-expiring-charge = Pembayaran anda yang seterusnya perlu dibuat pada { $date }, iaitu selepas tarikh luput kad, jadi caj tidak boleh dikenakan pada kad ini. Sila kemas kini kaedah pembayaran anda sebelum tarikh tersebut supaya pembayaran berjaya.
billing-card-expiring-charge-amount = Pembayaran anda yang seterusnya sebanyak { $amount } perlu dibuat pada { $date }, iaitu selepas tarikh luput kad, jadi caj tidak boleh dikenakan pada kad ini. Sila kemas kini kaedah pembayaran anda sebelum tarikh tersebut supaya pembayaran berjaya.
billing-card-expiring-update = Sila kemas kini kaedah pembayaran anda supaya pembayaran anda yang seterusnya berjaya.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Langganan anda akan diperbaharui tidak lama lagi
billing-renewal-reminder-subject-date = Langganan anda akan diperbaharui pada { $date }
billing-renewal-reminder-renews = Ini ialah peringatan bahawa langganan { $shop } anda akan diperbaharui tidak lama lagi.
billing-renewal-reminder-renews-date = Ini ialah peringatan bahawa langganan { $shop } anda akan diperbaharui pada { $date }.
billing-renewal-reminder-amount = Jumlah yang akan dicaj: { $amount }
billing-renewal-reminder-automatic = Caj akan dikenakan secara automatik pada kaedah pembayaran yang direkodkan, jadi anda tidak perlu berbuat apa-apa untuk mengekalkan langganan anda. Jika anda ingin menukar atau membatalkan langganan, atau mengemas kini kaedah pembayaran anda, sila lakukannya sebelum langganan diperbaharui.
billing-renewal-reminder-button = Urus langganan
billing-renewal-reminder-text = Urus langganan anda di sini:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Tempoh percubaan anda akan tamat tidak lama lagi
billing-trial-ending-subject-date = Tempoh percubaan anda tamat pada { $date }
billing-trial-ending-ends = Tempoh percubaan langganan { $shop } anda akan tamat tidak lama lagi, dan masih belum ada kaedah pembayaran yang direkodkan.
billing-trial-ending-ends-date = Tempoh percubaan langganan { $shop } anda tamat pada { $date }, dan masih belum ada kaedah pembayaran yang direkodkan.
billing-trial-ending-add = Untuk mengekalkan langganan anda selepas tempoh percubaan, sila tambah kaedah pembayaran sebelum itu. Jika tidak, langganan anda mungkin dijeda atau dibatalkan apabila tempoh percubaan tamat.
billing-trial-ending-button = Tambah kaedah pembayaran
billing-trial-ending-text = Tambah kaedah pembayaran di sini:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Pembayaran anda berjaya
billing-payment-recovered-subject-amount = Pembayaran anda sebanyak { $amount } berjaya
billing-payment-recovered-received = Kami telah menerima pembayaran bagi langganan { $shop } anda. Terima kasih.
billing-payment-recovered-received-amount = Kami telah menerima pembayaran sebanyak { $amount } bagi langganan { $shop } anda. Terima kasih.
billing-payment-recovered-continues = Langganan anda diteruskan tanpa gangguan, dan anda tidak perlu berbuat apa-apa lagi. Jika anda telah menerima e-mel daripada kami sebelum ini tentang pembayaran ini, anda boleh mengabaikannya.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Sila sahkan kad bagi langganan { $shop } anda
billing-setup-action-required-intro = Bank anda meminta anda mengesahkan kad yang disimpan bagi langganan { $shop } anda. Ini ialah semakan keselamatan tambahan, seperti 3-D Secure, untuk memastikan bahawa ia benar-benar anda.
billing-setup-action-required-until = Selagi anda belum mengesahkannya, kami tidak dapat mengenakan caj pada kad ini untuk pembayaran langganan anda yang seterusnya. Ia hanya mengambil masa seketika.
billing-setup-action-required-button = Sahkan kad anda
billing-setup-action-required-text = Sahkan kad anda di halaman kami yang selamat:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Kad bagi langganan { $shop } anda tidak dapat disimpan
billing-setup-payment-method-required-intro = Kami telah cuba menyimpan kad bagi langganan { $shop } anda, tetapi bank anda telah menolaknya.
billing-setup-payment-method-required-add = Sila tambah kad atau kaedah pembayaran lain supaya pembayaran langganan anda yang seterusnya dapat diproses.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Berhenti melanggan e-mel ini?
unsubscribe-confirm = Anda tidak akan menerima e-mel seperti ini daripada kami lagi.
unsubscribe-button = Berhenti melanggan
unsubscribe-changed-mind = Ubah fikiran? Tutup sahaja halaman ini: tiada apa-apa yang berubah sehingga anda menekan butang.
unsubscribe-done-title = Anda telah berhenti melanggan
unsubscribe-done = Anda tidak akan menerima e-mel ini daripada kami lagi. Anda tidak perlu berbuat apa-apa lagi.
unsubscribe-expired-title = Pautan ini telah tamat tempoh
unsubscribe-expired = Pautan berhenti melanggan sah selama setahun. Sila gunakan pautan dalam e-mel yang lebih baharu daripada kami, atau balas salah satu e-mel kami dan kami akan mengeluarkan anda daripada senarai.
unsubscribe-unavailable-title = Sila cuba lagi
unsubscribe-unavailable = Kami tidak dapat menyimpan permintaan anda buat masa ini. Sila buka pautan ini sekali lagi dalam beberapa minit.
unsubscribe-invalid-title = Pautan ini tidak sah
unsubscribe-invalid = Pautan mungkin terpotong semasa disalin. Sila bukanya sekali lagi daripada e-mel, atau balas e-mel tersebut dan kami akan mengeluarkan anda daripada senarai.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Pautan ini telah tamat tempoh
portal-expired = Demi keselamatan anda, pautan pengebilan hanya sah untuk tempoh yang terhad. Sila gunakan pautan dalam e-mel terbaharu kami, atau log masuk ke akaun anda untuk mengurus pengebilan anda.
portal-invalid-title = Pautan ini tidak sah
portal-invalid = Pautan mungkin terpotong semasa disalin. Sila bukanya sekali lagi daripada e-mel, atau log masuk ke akaun anda untuk mengurus pengebilan anda.
portal-unknown-customer-title = Kami tidak dapat mencari akaun anda
portal-unknown-customer = Akaun bagi pautan ini tidak lagi wujud. Jika anda rasa ini satu kesilapan, sila balas e-mel kami dan kami akan membantu.
portal-unavailable-title = Sila cuba lagi sebentar lagi
portal-unavailable = Kami tidak dapat membuka halaman pengebilan anda buat masa ini. Sila buka pautan ini sekali lagi dalam seminit.
portal-other-title = Halaman pengebilan tidak tersedia
portal-other = Sila log masuk ke akaun anda untuk mengurus pengebilan anda, atau balas e-mel kami dan kami akan membantu.
portal-dry-run-title = Simulasi: tiada sesi portal dibuat
portal-dry-run = STRIPE_SECRET_KEY tidak ditetapkan, jadi inilah yang akan dihantar ke { $endpoint }:
portal-confirmation = Selesai: langganan anda telah dikemas kini. Terima kasih!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Sahkan kad anda
setup-ready = Bank anda meminta anda mengesahkan kad yang disimpan bagi langganan anda. Tekan butang, kemudian ikuti langkah-langkah daripada bank anda.
setup-working = Menunggu bank anda…
setup-succeeded = Kad anda telah disahkan. Terima kasih! Anda boleh menutup halaman ini.
setup-failed = Kad anda tidak dapat disahkan. Sila cuba lagi, atau tambah kad lain daripada akaun anda.
setup-button = Sahkan kad saya
setup-nothing-to-do-title = Tiada tindakan diperlukan
setup-nothing-to-do = Tiada apa-apa lagi yang perlu anda lakukan untuk kad anda: kad telah pun disahkan, atau permintaan ini tidak lagi terbuka. Anda boleh menutup halaman ini.
setup-expired-title = Pautan ini telah tamat tempoh
setup-expired = Demi keselamatan anda, pautan ini hanya sah untuk tempoh yang terhad. Sila log masuk ke akaun anda untuk mengurus pengebilan anda.
setup-unavailable-title = Sila cuba lagi sebentar lagi
setup-unavailable = Kami tidak dapat membuka halaman ini buat masa ini. Sila buka pautan ini sekali lagi dalam seminit.
setup-invalid-title = Pautan ini tidak sah
setup-invalid = Pautan mungkin terpotong semasa disalin. Sila bukanya sekali lagi daripada e-mel, atau log masuk ke akaun anda untuk mengurus pengebilan anda.
