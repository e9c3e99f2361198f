# Filipino (fil). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hello po,
billing-greeting = Magandang araw po,
button-fallback = Kung hindi gumagana ang button, kopyahin po ang link na ito sa inyong browser:
cart-quantity = Dami: { $quantity }
cart-more-items =
    { $count ->
       *[other] at { $count } pang item
    }
cart-total = Kabuuan ng cart: { $total }
cart-button = Bumalik sa inyong cart
cart-link-text = Ituloy kung saan kayo huminto:
cart-promo-code = Ilagay ang promo code na { $code } sa checkout.
cart-footer-reason = Natanggap ninyo ang email na ito dahil pumayag kayong makatanggap ng mga email mula sa { $shop }.
cart-footer-unsubscribe = <a>Mag-unsubscribe</a> sa mga email na ito.
cart-footer-unsubscribe-text = Mag-unsubscribe sa mga email na ito:
billing-footer = Tungkol sa inyong { $shop } subscription ang email na ito. Ipinadala namin ito sa email address na nakatala sa inyong account.
billing-amount-due = Halagang dapat bayaran: { $amount }
billing-update-button = I-update ang payment method
billing-update-text = I-update ang inyong payment method dito:
retention-offer = Pinag-iisipan ba ninyong mag-cancel? Bago kayo umalis, <a>tingnan ang maiaalok namin sa inyo</a>.
retention-offer-text = Pinag-iisipan ba ninyong mag-cancel? Bago kayo umalis, tingnan ang maiaalok namin sa inyo:

## recovery: the first mail about an abandoned cart

recovery-subject = May naiwan po kayo sa inyong cart sa { $shop }
recovery-intro = May naiwan po kayo sa inyong cart sa { $shop }. Huwag mag-alala, na-save namin ito para sa inyo, kaya maitutuloy ninyo kung saan kayo huminto.

## recovery-reminder: the second

recovery-reminder-subject = Naghihintay pa rin ang inyong cart sa { $shop }
recovery-reminder-intro = Paalala lang po: nasa inyong cart pa rin ang mga item na pinili ninyo sa { $shop }, naka-save para sa inyo.

## recovery-last-call: the last

recovery-last-call-subject = Huling paalala: ang inyong cart sa { $shop }
recovery-last-call-intro = Ito na po ang huli naming paalala tungkol sa cart na iniwan ninyo sa { $shop }. Naka-save pa rin ito para sa inyo kung gusto ninyong tapusin ang inyong order.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Hindi natuloy ang inyong bayad
billing-payment-failed-subject-amount = Hindi natuloy ang inyong bayad na { $amount }
billing-payment-failed-intro = Hindi namin ma-charge ang payment method na nakatala para sa inyong { $shop } subscription.
billing-payment-failed-next-attempt = Susubukan naming muli sa { $date }. Paki-update po ang inyong payment method bago ang petsang iyon para hindi maputol ang inyong subscription.
billing-payment-failed-update = Paki-update po ang inyong payment method para hindi maputol ang inyong subscription.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Paalala: hindi pa rin nababayaran ang inyong bayarin
billing-payment-reminder-subject-amount = Paalala: hindi pa rin nababayaran ang inyong bayarin na { $amount }
billing-payment-reminder-intro = Sinubukan naming muling i-charge ang payment method na nakatala para sa inyong { $shop } subscription, pero hindi na naman natuloy ang bayad.
billing-payment-reminder-next-attempt = Susubukan naming muli sa { $date }. Paki-update po ang inyong payment method bago ang petsang iyon para manatiling aktibo ang inyong subscription.
billing-payment-reminder-update = Paki-update po ang inyong payment method para manatiling aktibo ang inyong subscription.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Huling abiso: hindi natuloy ang inyong bayad
billing-final-notice-subject-amount = Huling abiso: hindi natuloy ang inyong bayad na { $amount }
billing-final-notice-intro = Hindi namin nakolekta ang bayad para sa inyong { $shop } subscription. Iyon na ang aming huling awtomatikong pagsubok: hindi na namin susubukang i-charge muli ang inyong payment method.
billing-final-notice-pay = Para mapanatili ang inyong subscription, pakibayaran po ang invoice ngayon.
billing-final-notice-pay-or-update = Para mapanatili ang inyong subscription, pakibayaran po ang invoice ngayon o i-update ang inyong payment method.
billing-final-notice-update = Para mapanatili ang inyong subscription, paki-update po ang inyong payment method ngayon.
billing-final-notice-pay-button = Bayaran ang invoice
billing-final-notice-or-update = O <a>i-update ang inyong payment method</a>
billing-final-notice-pay-text = Para mapanatili ang inyong subscription, pakibayaran po ang invoice ngayon:
billing-final-notice-or-update-text = O i-update ang inyong payment method dito:
billing-final-notice-update-text = Para mapanatili ang inyong subscription, paki-update po ang inyong payment method ngayon:
billing-final-notice-consequence = Kung hindi maisasagawa ang bayad, maaaring ma-pause o ma-cancel ang inyong subscription.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Pakikumpirma po ang inyong bayad
billing-payment-action-required-subject-amount = Pakikumpirma po ang inyong bayad na { $amount }
billing-payment-action-required-intro = Hinihiling ng inyong bangko na kumpirmahin ninyo ang bayad para sa inyong { $shop } subscription. Isa itong karagdagang security check, gaya ng 3-D Secure, para matiyak na kayo talaga ito. Hindi matutuloy ang bayad hangga't hindi ninyo ito kinukumpirma.
billing-payment-action-required-button = Kumpirmahin ang bayad
billing-payment-action-required-text = Kumpirmahin ang inyong bayad sa secure na payment page:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Na-cancel na ang inyong subscription
billing-cancellation-confirmation-confirmed = Kinukumpirma namin na na-cancel na ang inyong { $shop } subscription. Hindi na ito mare-renew.
billing-cancellation-confirmation-confirmed-date = Kinukumpirma namin na na-cancel na ang inyong { $shop } subscription simula { $date }. Hindi na ito mare-renew.
billing-cancellation-confirmation-again = Kung gusto ninyong mag-subscribe muli sa hinaharap, magagawa ninyo ito anumang oras.
billing-cancellation-confirmation-button = Mag-subscribe muli
billing-cancellation-confirmation-text = Kung gusto ninyong mag-subscribe muli sa hinaharap, magagawa ninyo ito dito:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Mag-e-expire ang inyong card bago ang susunod ninyong bayad
billing-card-expiring-subject-last4 = Mag-e-expire ang inyong card na nagtatapos sa { $last4 } bago ang susunod ninyong bayad
card = card
card-brand = { $brand } card
card-last4 = card na nagtatapos sa { $last4 }
card-brand-last4 = { $brand } card na nagtatapos sa { $last4 }
billing-card-expiring-expiry = Ang { $card } para sa inyong { $shop } subscription ay may expiration date na { $expiry }.
billing-card-expiring-soon = Malapit nang mag-expire ang { $card } para sa inyong { $shop } subscription.
billing-card-expiring-charge = Sa { $date } ang takdang petsa ng susunod ninyong bayad, pagkalipas ng expiration date ng card, kaya hindi ito maisisingil sa card na ito. Paki-update po ang inyong payment method bago ang petsang iyon para matuloy ang bayad.
billing-card-expiring-charge-amount = Sa { $date } ang takdang petsa ng susunod ninyong bayad na { $amount }, pagkalipas ng expiration date ng card, kaya hindi ito maisisingil sa card na ito. Paki-update po ang inyong payment method bago ang petsang iyon para matuloy ang bayad.
billing-card-expiring-update = Paki-update po ang inyong payment method para matuloy ang susunod ninyong bayad.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Malapit nang mag-renew ang inyong subscription
billing-renewal-reminder-subject-date = Magre-renew ang inyong subscription sa { $date }
billing-renewal-reminder-renews = Paalala po na malapit nang mag-renew ang inyong { $shop } subscription.
billing-renewal-reminder-renews-date = Paalala po na magre-renew ang inyong { $shop } subscription sa { $date }.
billing-renewal-reminder-amount = Halagang sisingilin: { $amount }
billing-renewal-reminder-automatic = Awtomatikong sisingilin ang payment method na nakatala, kaya wala na kayong kailangang gawin para mapanatili ang inyong subscription. Kung gusto ninyo itong baguhin o i-cancel, o i-update ang inyong payment method, pakigawa po ito bago ito mag-renew.
billing-renewal-reminder-button = Pamahalaan ang subscription
billing-renewal-reminder-text = Pamahalaan ang inyong subscription dito:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Malapit nang matapos ang inyong trial
billing-trial-ending-subject-date = Matatapos ang inyong trial sa { $date }
billing-trial-ending-ends = Malapit nang matapos ang trial ng inyong { $shop } subscription, at wala pang nakatalang payment method.
billing-trial-ending-ends-date = Matatapos ang trial ng inyong { $shop } subscription sa { $date }, at wala pang nakatalang payment method.
billing-trial-ending-add = Para mapanatili ang inyong subscription pagkatapos ng trial, pakidagdag po ang isang payment method bago iyon. Kung hindi, maaaring ma-pause o ma-cancel ang inyong subscription kapag natapos ang trial.
billing-trial-ending-button = Magdagdag ng payment method
billing-trial-ending-text = Magdagdag ng payment method dito:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Matagumpay ang inyong bayad
billing-payment-recovered-subject-amount = Matagumpay ang inyong bayad na { $amount }
billing-payment-recovered-received = Natanggap na namin ang inyong bayad para sa inyong { $shop } subscription. Salamat po.
billing-payment-recovered-received-amount = Natanggap na namin ang inyong bayad na { $amount } para sa inyong { $shop } subscription. Salamat po.
billing-payment-recovered-continues = Tuloy-tuloy ang inyong subscription at wala na kayong kailangang gawin. Kung nakatanggap kayo ng naunang email mula sa amin tungkol sa bayad na ito, maaari na ninyo itong balewalain.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Pakikumpirma po ang inyong card para sa inyong { $shop } subscription
billing-setup-action-required-intro = Hinihiling ng inyong bangko na kumpirmahin ninyo ang card na naka-save para sa inyong { $shop } subscription. Isa itong karagdagang security check, gaya ng 3-D Secure, para matiyak na kayo talaga ito.
billing-setup-action-required-until = Hangga't hindi ninyo ito kinukumpirma, hindi namin maisisingil sa card na ito ang mga susunod na bayad ng inyong subscription. Sandali lang ito.
billing-setup-action-required-button = Kumpirmahin ang inyong card
billing-setup-action-required-text = Kumpirmahin ang inyong card sa aming secure na page:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Hindi ma-save ang inyong card para sa inyong { $shop } subscription
billing-setup-payment-method-required-intro = Sinubukan naming i-save ang card para sa inyong { $shop } subscription, pero tinanggihan ito ng inyong bangko.
billing-setup-payment-method-required-add = Pakidagdag po ang ibang card o payment method para matuloy ang mga susunod na bayad ng inyong subscription.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Mag-unsubscribe sa mga email na ito?
unsubscribe-confirm = Hindi na kayo makakatanggap ng mga email na tulad nito mula sa amin.
unsubscribe-button = Mag-unsubscribe
unsubscribe-changed-mind = Nagbago ang isip ninyo? Isara lang po ang page na ito: walang magbabago hangga't hindi ninyo pinipindot ang button.
unsubscribe-done-title = Naka-unsubscribe na kayo
unsubscribe-done = Hindi na kayo makakatanggap ng mga email na ito mula sa amin. Wala na kayong kailangang gawin.
unsubscribe-expired-title = Expired na ang link na ito
unsubscribe-expired = Gumagana ang mga unsubscribe link nang isang taon. Pakigamit po ang link sa mas bagong email mula sa amin, o mag-reply sa isa sa aming mga email at aalisin namin kayo sa listahan.
unsubscribe-unavailable-title = Pakisubukan po ulit
unsubscribe-unavailable = Hindi namin ma-save ang inyong request sa ngayon. Pakibuksan po ulit ang link pagkalipas ng ilang minuto.
unsubscribe-invalid-title = Hindi valid ang link na ito
unsubscribe-invalid = Maaaring naputol ang link noong kinopya ito. Pakibuksan po ulit ito mula sa email, o mag-reply sa email at aalisin namin kayo sa listahan.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Expired na ang link na ito
portal-expired = Para sa inyong seguridad, may limitadong oras lang ang bisa ng mga billing link. Pakigamit po ang link sa pinakabago naming email, o mag-sign in sa inyong account para pamahalaan ang inyong billing.
portal-invalid-title = Hindi valid ang link na ito
portal-invalid = Maaaring naputol ang link noong kinopya ito. Pakibuksan po ulit ito mula sa email, o mag-sign in sa inyong account para pamahalaan ang inyong billing.
portal-unknown-customer-title = Hindi namin mahanap ang inyong account
portal-unknown-customer = Hindi na umiiral ang account na pinaglaanan ng link na ito. Kung sa tingin ninyo ay may pagkakamali, mag-reply po sa aming email at tutulungan namin kayo.
portal-unavailable-title = Pakisubukan po ulit maya-maya
portal-unavailable = Hindi namin mabuksan ang inyong billing page sa ngayon. Pakibuksan po ulit ang link pagkalipas ng isang minuto.
portal-other-title = Hindi available ang billing page
portal-other = Mag-sign in po sa inyong account para pamahalaan ang inyong billing, o mag-reply sa aming email at tutulungan namin kayo.
portal-dry-run-title = Dry run: walang portal session na ginawa
portal-dry-run = Hindi naka-set ang STRIPE_SECRET_KEY, kaya ito ang ipapadala sa { $endpoint }:
portal-confirmation = Tapos na po: na-update na ang inyong subscription. Salamat po!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Kumpirmahin ang inyong card
setup-ready = Hinihiling ng inyong bangko na kumpirmahin ninyo ang card na naka-save para sa inyong subscription. Pindutin ang button, pagkatapos ay sundin ang mga hakbang ng inyong bangko.
setup-working = Hinihintay ang inyong bangko…
setup-succeeded = Nakumpirma na ang inyong card. Salamat po! Maaari na ninyong isara ang page na ito.
setup-failed = Hindi makumpirma ang inyong card. Pakisubukan po ulit, o magdagdag ng ibang card mula sa inyong account.
setup-button = Kumpirmahin ang aking card
setup-nothing-to-do-title = Wala nang kailangang gawin
setup-nothing-to-do = Wala na kayong kailangang gawin para sa inyong card: nakumpirma na ito, o hindi na bukas ang request na ito. Maaari na ninyong isara ang page na ito.
setup-expired-title = Expired na ang link na ito
setup-expired = Para sa inyong seguridad, may limitadong oras lang ang bisa ng mga link na ito. Mag-sign in po sa inyong account para pamahalaan ang inyong billing.
setup-unavailable-title = Pakisubukan po ulit maya-maya
setup-unavailable = Hindi namin mabuksan ang page na ito sa ngayon. Pakibuksan po ulit ang link pagkalipas ng isang minuto.
setup-invalid-title = Hindi valid ang link na ito
setup-invalid = Maaaring naputol ang link noong kinopya ito. Pakibuksan po ulit ito mula sa email, o mag-sign in sa inyong account para pamahalaan ang inyong billing.
