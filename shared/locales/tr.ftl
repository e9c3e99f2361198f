# Turkish (tr). Translated from en.ftl.

## Shared by the mails

cart-greeting = Merhaba,
billing-greeting = Merhaba,
button-fallback = Düğme çalışmıyorsa bu bağlantıyı kopyalayıp tarayıcınıza yapıştırın:
cart-quantity = Adet: { $quantity }
cart-more-items =
    { $count ->
        [one] ve { $count } ürün daha
       *[other] ve { $count } ürün daha
    }
cart-total = Sepet toplamı: { $total }
cart-button = Sepete geri dön
cart-link-text = Kaldığınız yerden devam edin:
cart-promo-code = Ödeme sırasında { $code } promosyon kodunu girin.
cart-footer-reason = Bu e-postayı, { $shop } tarafından gönderilen e-postaları almayı kabul ettiğiniz için alıyorsunuz.
cart-footer-unsubscribe = Bu e-postaları almak istemiyorsanız <a>abonelikten çıkın</a>.
cart-footer-unsubscribe-text = Bu e-postaları almak istemiyorsanız abonelikten çıkın:
billing-footer = Bu e-posta, { $shop } aboneliğinizle ilgilidir. Hesabınızda kayıtlı e-posta adresine gönderilmiştir.
billing-amount-due = Ödenecek tutar: { $amount }
billing-update-button = Ödeme yöntemini güncelle
billing-update-text = Ödeme yönteminizi buradan güncelleyin:
retention-offer = İptal etmeyi mi düşünüyorsunuz? Ayrılmadan önce <a>size neler sunabileceğimize göz atın</a>.
retention-offer-text = İptal etmeyi mi düşünüyorsunuz? Ayrılmadan önce size neler sunabileceğimize göz atın:

## recovery: the first mail about an abandoned cart

recovery-subject = { $shop } sepetinizde bir şeyler unuttunuz
recovery-intro = { $shop } sepetinizde bir şeyler unuttunuz. Endişelenmeyin, sepetinizi sizin için kaydettik; kaldığınız yerden devam edebilirsiniz.

## recovery-reminder: the second

recovery-reminder-subject = { $shop } sepetiniz hâlâ sizi bekliyor
recovery-reminder-intro = Küçük bir hatırlatma: { $shop } sepetinize eklediğiniz ürünler hâlâ orada ve sizin için saklanıyor.

## recovery-last-call: the last

recovery-last-call-subject = Son hatırlatma: { $shop } sepetiniz
recovery-last-call-intro = { $shop } sepetinizle ilgili bu, son hatırlatmamız. Siparişinizi tamamlamak isterseniz sepetiniz hâlâ sizin için kayıtlı.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Ödemeniz başarısız oldu
billing-payment-failed-subject-amount = { $amount } tutarındaki ödemeniz başarısız oldu
billing-payment-failed-intro = { $shop } aboneliğiniz için kayıtlı ödeme yönteminizden tahsilat yapamadık.
billing-payment-failed-next-attempt = { $date } tarihinde tekrar deneyeceğiz. Aboneliğinizin kesintisiz devam etmesi için lütfen bu tarihten önce ödeme yönteminizi güncelleyin.
billing-payment-failed-update = Aboneliğinizin kesintisiz devam etmesi için lütfen ödeme yönteminizi güncelleyin.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Hatırlatma: ödemeniz hâlâ bekliyor
billing-payment-reminder-subject-amount = Hatırlatma: { $amount } tutarındaki ödemeniz hâlâ bekliyor
billing-payment-reminder-intro = { $shop } aboneliğiniz için kayıtlı ödeme yönteminizden tahsilat yapmayı tekrar denedik, ancak ödeme yine başarısız oldu.
billing-payment-reminder-next-attempt = Bir sonraki denememiz { $date } tarihinde olacak. Aboneliğinizin aktif kalması için lütfen bu tarihten önce ödeme yönteminizi güncelleyin.
billing-payment-reminder-update = Aboneliğinizin aktif kalması için lütfen ödeme yönteminizi güncelleyin.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Son bildirim: ödemeniz başarısız oldu
billing-final-notice-subject-amount = Son bildirim: { $amount } tutarındaki ödemeniz başarısız oldu
billing-final-notice-intro = { $shop } aboneliğinizin ödemesini tahsil edemedik. Bu, son otomatik denememizdi: ödeme yönteminizden tekrar tahsilat yapmayı denemeyeceğiz.
billing-final-notice-pay = Aboneliğinizi sürdürmek için lütfen faturayı şimdi ödeyin.
billing-final-notice-pay-or-update = Aboneliğinizi sürdürmek için lütfen faturayı şimdi ödeyin veya ödeme yönteminizi güncelleyin.
billing-final-notice-update = Aboneliğinizi sürdürmek için lütfen ödeme yönteminizi şimdi güncelleyin.
billing-final-notice-pay-button = Faturayı öde
billing-final-notice-or-update = Veya <a>ödeme yönteminizi güncelleyin</a>
billing-final-notice-pay-text = Aboneliğinizi sürdürmek için lütfen faturayı şimdi ödeyin:
billing-final-notice-or-update-text = Veya ödeme yönteminizi buradan güncelleyin:
billing-final-notice-update-text = Aboneliğinizi sürdürmek için lütfen ödeme yönteminizi şimdi güncelleyin:
billing-final-notice-consequence = Ödeme yapılmazsa aboneliğiniz duraklatılabilir veya iptal edilebilir.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Lütfen ödemenizi onaylayın
billing-payment-action-required-subject-amount = Lütfen { $amount } tutarındaki ödemenizi onaylayın
billing-payment-action-required-intro = Bankanız, { $shop } aboneliğinizin ödemesini onaylamanızı istedi. Bu, işlemi gerçekten sizin yaptığınızdan emin olmak için yapılan, 3-D Secure gibi ek bir güvenlik kontrolüdür. Siz onaylayana kadar ödeme gerçekleştirilemez.
billing-payment-action-required-button = Ödemeyi onayla
billing-payment-action-required-text = Ödemenizi güvenli ödeme sayfasında onaylayın:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Aboneliğiniz iptal edildi
billing-cancellation-confirmation-confirmed = Bu e-posta, { $shop } aboneliğinizin iptal edildiğini onaylar. Aboneliğiniz yenilenmeyecek.
billing-cancellation-confirmation-confirmed-date = Bu e-posta, { $shop } aboneliğinizin { $date } tarihinden itibaren geçerli olmak üzere iptal edildiğini onaylar. Aboneliğiniz yenilenmeyecek.
billing-cancellation-confirmation-again = İleride yeniden abone olmak isterseniz bunu istediğiniz zaman yapabilirsiniz.
billing-cancellation-confirmation-button = Yeniden abone ol
billing-cancellation-confirmation-text = İleride yeniden abone olmak isterseniz bunu buradan yapabilirsiniz:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Kartınızın süresi bir sonraki ödemenizden önce doluyor
billing-card-expiring-subject-last4 = Sonu { $last4 } ile biten kartınızın süresi bir sonraki ödemenizden önce doluyor
card = kartınızın
card-brand = { $brand } kartınızın
card-last4 = sonu { $last4 } ile biten kartınızın
card-brand-last4 = sonu { $last4 } ile biten { $brand } kartınızın
billing-card-expiring-expiry = { $shop } aboneliğiniz için kayıtlı { $card } son kullanma tarihi { $expiry }.
billing-card-expiring-soon = { $shop } aboneliğiniz için kayıtlı { $card } süresi dolmak üzere.
billing-card-expiring-charge = Bir sonraki ödemenizin tarihi { $date }. Bu tarih kartın son kullanma tarihinden sonra olduğu için ödeme bu karttan alınamaz. Ödemenin gerçekleşmesi için lütfen bu tarihten önce ödeme yönteminizi güncelleyin.
billing-card-expiring-charge-amount = { $amount } tutarındaki bir sonraki ödemenizin tarihi { $date }. Bu tarih kartın son kullanma tarihinden sonra olduğu için ödeme bu karttan alınamaz. Ödemenin gerçekleşmesi için lütfen bu tarihten önce ödeme yönteminizi güncelleyin.
billing-card-expiring-update = Bir sonraki ödemenizin gerçekleşmesi için lütfen ödeme yönteminizi güncelleyin.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Aboneliğiniz yakında yenilenecek
billing-renewal-reminder-subject-date = Aboneliğiniz { $date } tarihinde yenilenecek
billing-renewal-reminder-renews = { $shop } aboneliğinizin yakında yenileneceğini hatırlatmak isteriz.
billing-renewal-reminder-renews-date = { $shop } aboneliğinizin { $date } tarihinde yenileneceğini hatırlatmak isteriz.
billing-renewal-reminder-amount = Tahsil edilecek tutar: { $amount }
billing-renewal-reminder-automatic = Ödeme, kayıtlı ödeme yönteminizden otomatik olarak tahsil edilecektir; aboneliğinizi sürdürmek için herhangi bir işlem yapmanıza gerek yoktur. Aboneliğinizi değiştirmek veya iptal etmek ya da ödeme yönteminizi güncellemek isterseniz lütfen bunu yenileme tarihinden önce yapın.
billing-renewal-reminder-button = Aboneliği yönet
billing-renewal-reminder-text = Aboneliğinizi buradan yönetin:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Deneme süreniz yakında sona eriyor
billing-trial-ending-subject-date = Deneme süreniz { $date } tarihinde sona eriyor
billing-trial-ending-ends = { $shop } aboneliğinizin deneme süresi yakında sona eriyor ve henüz kayıtlı bir ödeme yönteminiz yok.
billing-trial-ending-ends-date = { $shop } aboneliğinizin deneme süresi { $date } tarihinde sona eriyor ve henüz kayıtlı bir ödeme yönteminiz yok.
billing-trial-ending-add = Aboneliğinizi deneme süresinden sonra da sürdürmek için lütfen süre dolmadan bir ödeme yöntemi ekleyin. Aksi takdirde, deneme süresi sona erdiğinde aboneliğiniz duraklatılabilir veya iptal edilebilir.
billing-trial-ending-button = Ödeme yöntemi ekle
billing-trial-ending-text = Buradan bir ödeme yöntemi ekleyin:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Ödemeniz başarıyla alındı
billing-payment-recovered-subject-amount = { $amount } tutarındaki ödemeniz başarıyla alındı
billing-payment-recovered-received = { $shop } aboneliğinizin ödemesini aldık. Teşekkür ederiz.
billing-payment-recovered-received-amount = { $shop } aboneliğiniz için { $amount } tutarındaki ödemenizi aldık. Teşekkür ederiz.
billing-payment-recovered-continues = Aboneliğiniz kesintisiz devam ediyor ve yapmanız gereken başka bir şey yok. Bu ödemeyle ilgili daha önce bizden bir e-posta aldıysanız onu dikkate almayabilirsiniz.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Lütfen { $shop } aboneliğiniz için kartınızı onaylayın
billing-setup-action-required-intro = Bankanız, { $shop } aboneliğiniz için kaydedilen kartı onaylamanızı istiyor. Bu, işlemi gerçekten sizin yaptığınızdan emin olmak için yapılan, 3-D Secure gibi ek bir güvenlik kontrolüdür.
billing-setup-action-required-until = Kartınızı onaylayana kadar aboneliğinizin sonraki ödemelerini bu karttan tahsil edemeyiz. Bu işlem yalnızca birkaç saniye sürer.
billing-setup-action-required-button = Kartı onayla
billing-setup-action-required-text = Kartınızı güvenli sayfamızda onaylayın:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = { $shop } aboneliğiniz için kartınız kaydedilemedi
billing-setup-payment-method-required-intro = { $shop } aboneliğiniz için kartınızı kaydetmeye çalıştık, ancak bankanız kartı reddetti.
billing-setup-payment-method-required-add = Aboneliğinizin sonraki ödemelerinin gerçekleşebilmesi için lütfen başka bir kart veya ödeme yöntemi ekleyin.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Bu e-postaları almayı bırakmak istiyor musunuz?
unsubscribe-confirm = Artık bizden bu tür e-postalar almayacaksınız.
unsubscribe-button = Abonelikten çık
unsubscribe-changed-mind = Fikrinizi mi değiştirdiniz? Bu sayfayı kapatmanız yeterli: düğmeye basmadığınız sürece hiçbir şey değişmez.
unsubscribe-done-title = Abonelikten çıktınız
unsubscribe-done = Artık bizden bu e-postaları almayacaksınız. Başka bir şey yapmanıza gerek yok.
unsubscribe-expired-title = Bu bağlantının süresi doldu
unsubscribe-expired = Abonelikten çıkma bağlantıları bir yıl boyunca geçerlidir. Lütfen bizden gelen daha yeni bir e-postadaki bağlantıyı kullanın veya e-postalarımızdan birini yanıtlayın, sizi listeden çıkaralım.
unsubscribe-unavailable-title = Lütfen tekrar deneyin
unsubscribe-unavailable = Talebinizi şu anda kaydedemedik. Lütfen birkaç dakika sonra bağlantıyı tekrar açın.
unsubscribe-invalid-title = Bu bağlantı geçerli değil
unsubscribe-invalid = Bağlantı kopyalanırken kesilmiş olabilir. Lütfen bağlantıyı e-postadan tekrar açın veya e-postayı yanıtlayın, sizi listeden çıkaralım.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Bu bağlantının süresi doldu
portal-expired = Güvenliğiniz için faturalandırma bağlantıları sınırlı bir süre geçerlidir. Lütfen en son e-postamızdaki bağlantıyı kullanın veya faturalandırma ayarlarınızı yönetmek için hesabınıza giriş yapın.
portal-invalid-title = Bu bağlantı geçerli değil
portal-invalid = Bağlantı kopyalanırken kesilmiş olabilir. Lütfen bağlantıyı e-postadan tekrar açın veya faturalandırma ayarlarınızı yönetmek için hesabınıza giriş yapın.
portal-unknown-customer-title = Hesabınızı bulamadık
portal-unknown-customer = Bu bağlantının oluşturulduğu hesap artık mevcut değil. Bunun bir hata olduğunu düşünüyorsanız lütfen e-postamızı yanıtlayın, size yardımcı olalım.
portal-unavailable-title = Lütfen birazdan tekrar deneyin
portal-unavailable = Faturalandırma sayfanızı şu anda açamadık. Lütfen bir dakika sonra bağlantıyı tekrar açın.
portal-other-title = Faturalandırma sayfası kullanılamıyor
portal-other = Faturalandırma ayarlarınızı yönetmek için lütfen hesabınıza giriş yapın veya e-postamızı yanıtlayın, size yardımcı olalım.
portal-dry-run-title = Deneme çalıştırması: portal oturumu oluşturulmadı
portal-dry-run = STRIPE_SECRET_KEY ayarlanmamış; bu nedenle { $endpoint } adresine gönderilecek içerik aşağıdadır:
portal-confirmation = İşlem tamam: aboneliğiniz güncellendi. Teşekkür ederiz!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Kartınızı onaylayın
setup-ready = Bankanız, aboneliğiniz için kaydedilen kartı onaylamanızı istiyor. Düğmeye basın, ardından bankanızın adımlarını izleyin.
setup-working = Bankanızın yanıtı bekleniyor…
setup-succeeded = Kartınız onaylandı. Teşekkür ederiz! Bu sayfayı kapatabilirsiniz.
setup-failed = Kartınız onaylanamadı. Lütfen tekrar deneyin veya hesabınızdan başka bir kart ekleyin.
setup-button = Kartımı onayla
setup-nothing-to-do-title = Yapmanız gereken bir şey yok
setup-nothing-to-do = Kartınız için yapmanız gereken başka bir şey yok: kart zaten onaylanmış veya bu talep artık geçerli değil. Bu sayfayı kapatabilirsiniz.
setup-expired-title = Bu bağlantının süresi doldu
setup-expired = Güvenliğiniz için bu bağlantılar sınırlı bir süre geçerlidir. Faturalandırma ayarlarınızı yönetmek için lütfen hesabınıza giriş yapın.
setup-unavailable-title = Lütfen birazdan tekrar deneyin
setup-unavailable = Bu sayfayı şu anda açamadık. Lütfen bir dakika sonra bağlantıyı tekrar açın.
setup-invalid-title = Bu bağlantı geçerli değil
setup-invalid = Bağlantı kopyalanırken kesilmiş olabilir. Lütfen bağlantıyı e-postadan tekrar açın veya faturalandırma ayarlarınızı yönetmek için hesabınıza giriş yapın.
