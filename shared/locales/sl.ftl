# Slovenian (sl). Translated from en.ftl.

## Shared by the mails

cart-greeting = Pozdravljeni,
billing-greeting = Pozdravljeni,
button-fallback = Če gumb ne deluje, kopirajte to povezavo v brskalnik:
cart-quantity = Količina: { $quantity }
cart-more-items =
    { $count ->
        [one] in še { $count } izdelek
        [two] in še { $count } izdelka
        [few] in še { $count } izdelki
       *[other] in še { $count } izdelkov
    }
cart-total = Skupaj v košarici: { $total }
cart-button = Nazaj v košarico
cart-link-text = Nadaljujte tam, kjer ste končali:
cart-promo-code = Ob zaključku nakupa vnesite promocijsko kodo { $code }.
cart-footer-reason = To e-poštno sporočilo prejemate, ker ste se strinjali s prejemanjem e-poštnih sporočil trgovine { $shop }.
cart-footer-unsubscribe = <a>Odjavite se</a> od prejemanja teh sporočil.
cart-footer-unsubscribe-text = Od prejemanja teh sporočil se odjavite tukaj:
billing-footer = To sporočilo se nanaša na vašo naročnino pri { $shop }. Poslali smo ga na e-poštni naslov, shranjen v vašem računu.
billing-amount-due = Znesek za plačilo: { $amount }
billing-update-button = Posodobite način plačila
billing-update-text = Način plačila lahko posodobite tukaj:
retention-offer = Razmišljate o preklicu? Preden odidete, <a>si oglejte, kaj vam lahko ponudimo</a>.
retention-offer-text = Razmišljate o preklicu? Preden odidete, si oglejte, kaj vam lahko ponudimo:

## recovery: the first mail about an abandoned cart

recovery-subject = V košarici v trgovini { $shop } ste nekaj pustili
recovery-intro = V košarici v trgovini { $shop } ste nekaj pustili. Brez skrbi, vse smo shranili za vas, tako da lahko nadaljujete točno tam, kjer ste končali.

## recovery-reminder: the second

recovery-reminder-subject = Vaša košarica v trgovini { $shop } še vedno čaka
recovery-reminder-intro = Le v opomnik: izdelki, ki ste jih izbrali v trgovini { $shop }, so še vedno shranjeni v vaši košarici.

## recovery-last-call: the last

recovery-last-call-subject = Zadnji opomnik: vaša košarica v trgovini { $shop }
recovery-last-call-intro = To je naš zadnji opomnik o košarici, ki ste jo pustili v trgovini { $shop }. Še vedno je shranjena za vas, če želite dokončati naročilo.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Vaše plačilo ni uspelo
billing-payment-failed-subject-amount = Vaše plačilo v znesku { $amount } ni uspelo
billing-payment-failed-intro = Shranjenega načina plačila za vašo naročnino pri { $shop } nismo mogli bremeniti.
billing-payment-failed-next-attempt = Ponovno bomo poskusili { $date }. Prosimo, do takrat posodobite način plačila, da se bo vaša naročnina nadaljevala brez prekinitve.
billing-payment-failed-update = Prosimo, posodobite način plačila, da se bo vaša naročnina nadaljevala brez prekinitve.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Opomnik: vaše plačilo še vedno ni poravnano
billing-payment-reminder-subject-amount = Opomnik: vaše plačilo v znesku { $amount } še vedno ni poravnano
billing-payment-reminder-intro = Ponovno smo poskusili bremeniti shranjeni način plačila za vašo naročnino pri { $shop }, vendar plačilo spet ni uspelo.
billing-payment-reminder-next-attempt = Naslednji poskus bo { $date }. Prosimo, do takrat posodobite način plačila, da vaša naročnina ostane aktivna.
billing-payment-reminder-update = Prosimo, posodobite način plačila, da vaša naročnina ostane aktivna.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Zadnje obvestilo: vaše plačilo ni uspelo
billing-final-notice-subject-amount = Zadnje obvestilo: vaše plačilo v znesku { $amount } ni uspelo
billing-final-notice-intro = Plačila za vašo naročnino pri { $shop } nismo mogli prejeti. To je bil naš zadnji samodejni poskus: vašega načina plačila ne bomo več poskušali bremeniti.
billing-final-notice-pay = Če želite obdržati naročnino, prosimo, da račun plačate zdaj.
billing-final-notice-pay-or-update = Če želite obdržati naročnino, prosimo, da zdaj plačate račun ali posodobite način plačila.
billing-final-notice-update = Če želite obdržati naročnino, prosimo, da zdaj posodobite način plačila.
billing-final-notice-pay-button = Plačajte račun
billing-final-notice-or-update = Ali pa <a>posodobite način plačila</a>
billing-final-notice-pay-text = Če želite obdržati naročnino, prosimo, da račun plačate zdaj:
billing-final-notice-or-update-text = Ali pa način plačila posodobite tukaj:
billing-final-notice-update-text = Če želite obdržati naročnino, prosimo, da zdaj posodobite način plačila:
billing-final-notice-consequence = Če plačilo ne bo izvedeno, bo vaša naročnina morda začasno ustavljena ali preklicana.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Prosimo, potrdite plačilo
billing-payment-action-required-subject-amount = Prosimo, potrdite plačilo v znesku { $amount }
billing-payment-action-required-intro = Vaša banka vas prosi, da potrdite plačilo za naročnino pri { $shop }. Gre za dodatno varnostno preverjanje, na primer 3-D Secure, s katerim se preveri, da ste res vi. Plačilo ne bo izvedeno, dokler ga ne potrdite.
billing-payment-action-required-button = Potrdite plačilo
billing-payment-action-required-text = Plačilo potrdite na varni plačilni strani:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Vaša naročnina je preklicana
billing-cancellation-confirmation-confirmed = Potrjujemo, da je vaša naročnina pri { $shop } preklicana. Ne bo se podaljšala.
billing-cancellation-confirmation-confirmed-date = Potrjujemo, da je vaša naročnina pri { $shop } preklicana z dnem { $date }. Ne bo se podaljšala.
billing-cancellation-confirmation-again = Če se boste pozneje želeli znova naročiti, lahko to storite kadar koli.
billing-cancellation-confirmation-button = Znova se naročite
billing-cancellation-confirmation-text = Če se boste pozneje želeli znova naročiti, lahko to storite tukaj:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Vaša kartica poteče pred naslednjim plačilom
billing-card-expiring-subject-last4 = Vaša kartica s končnimi števkami { $last4 } poteče pred naslednjim plačilom
card = kartica
card-brand = kartica { $brand }
card-last4 = kartica s končnimi števkami { $last4 }
card-brand-last4 = kartica { $brand } s končnimi števkami { $last4 }
billing-card-expiring-expiry = Za vašo naročnino pri { $shop } je shranjena { $card }, ki velja do { $expiry }.
billing-card-expiring-soon = Za vašo naročnino pri { $shop } je shranjena { $card }, ki bo kmalu potekla.
billing-card-expiring-charge = Naslednje plačilo zapade { $date }, torej po datumu poteka kartice, zato ga s to kartico ne bo mogoče izvesti. Prosimo, do takrat posodobite način plačila, da bo plačilo uspešno.
billing-card-expiring-charge-amount = Naslednje plačilo v znesku { $amount } zapade { $date }, torej po datumu poteka kartice, zato ga s to kartico ne bo mogoče izvesti. Prosimo, do takrat posodobite način plačila, da bo plačilo uspešno.
billing-card-expiring-update = Prosimo, posodobite način plačila, da bo vaše naslednje plačilo uspešno.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Vaša naročnina se bo kmalu podaljšala
billing-renewal-reminder-subject-date = Vaša naročnina se bo podaljšala { $date }
billing-renewal-reminder-renews = Obveščamo vas, da se bo vaša naročnina pri { $shop } kmalu podaljšala.
billing-renewal-reminder-renews-date = Obveščamo vas, da se bo vaša naročnina pri { $shop } podaljšala { $date }.
billing-renewal-reminder-amount = Znesek bremenitve: { $amount }
billing-renewal-reminder-automatic = Shranjeni način plačila bo bremenjen samodejno, zato vam za ohranitev naročnine ni treba storiti ničesar. Če jo želite spremeniti ali preklicati ali pa posodobiti način plačila, to storite pred podaljšanjem.
billing-renewal-reminder-button = Upravljajte naročnino
billing-renewal-reminder-text = Naročnino lahko upravljate tukaj:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Vaše preizkusno obdobje se bo kmalu izteklo
billing-trial-ending-subject-date = Vaše preizkusno obdobje se izteče { $date }
billing-trial-ending-ends = Preizkusno obdobje vaše naročnine pri { $shop } se bo kmalu izteklo, shranjenega načina plačila pa še nimate.
billing-trial-ending-ends-date = Preizkusno obdobje vaše naročnine pri { $shop } se izteče { $date }, shranjenega načina plačila pa še nimate.
billing-trial-ending-add = Če želite naročnino obdržati tudi po preizkusnem obdobju, prosimo, da do takrat dodate način plačila. V nasprotnem primeru bo vaša naročnina ob koncu preizkusnega obdobja morda začasno ustavljena ali preklicana.
billing-trial-ending-button = Dodajte način plačila
billing-trial-ending-text = Način plačila lahko dodate tukaj:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Vaše plačilo je uspelo
billing-payment-recovered-subject-amount = Vaše plačilo v znesku { $amount } je uspelo
billing-payment-recovered-received = Prejeli smo vaše plačilo za naročnino pri { $shop }. Hvala.
billing-payment-recovered-received-amount = Prejeli smo vaše plačilo v znesku { $amount } za naročnino pri { $shop }. Hvala.
billing-payment-recovered-continues = Vaša naročnina se nadaljuje brez prekinitve in vam ni treba storiti ničesar več. Če ste od nas prej prejeli e-poštno sporočilo o tem plačilu, ga lahko prezrete.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Prosimo, potrdite kartico za naročnino pri { $shop }
billing-setup-action-required-intro = Vaša banka vas prosi, da potrdite kartico, shranjeno za vašo naročnino pri { $shop }. Gre za dodatno varnostno preverjanje, na primer 3-D Secure, s katerim se preveri, da ste res vi.
billing-setup-action-required-until = Dokler je ne potrdite, s to kartico ne moremo izvesti naslednjih plačil za vašo naročnino. Vzame le trenutek.
billing-setup-action-required-button = Potrdite kartico
billing-setup-action-required-text = Kartico potrdite na naši varni strani:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Kartice za vašo naročnino pri { $shop } ni bilo mogoče shraniti
billing-setup-payment-method-required-intro = Kartico za vašo naročnino pri { $shop } smo poskušali shraniti, vendar jo je vaša banka zavrnila.
billing-setup-payment-method-required-add = Prosimo, dodajte drugo kartico ali način plačila, da bo mogoče izvesti naslednja plačila za vašo naročnino.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Se želite odjaviti od teh sporočil?
unsubscribe-confirm = Sporočil, kot je to, od nas ne boste več prejemali.
unsubscribe-button = Odjavite se
unsubscribe-changed-mind = Ste si premislili? Preprosto zaprite to stran: dokler ne pritisnete gumba, se nič ne spremeni.
unsubscribe-done-title = Odjavljeni ste
unsubscribe-done = Teh sporočil od nas ne boste več prejemali. Ničesar drugega vam ni treba storiti.
unsubscribe-expired-title = Ta povezava je potekla
unsubscribe-expired = Povezave za odjavo delujejo eno leto. Uporabite povezavo iz novejšega sporočila od nas ali odgovorite na katero od naših sporočil in odstranili vas bomo s seznama.
unsubscribe-unavailable-title = Prosimo, poskusite znova
unsubscribe-unavailable = Vaše zahteve trenutno nismo mogli shraniti. Prosimo, povezavo znova odprite čez nekaj minut.
unsubscribe-invalid-title = Ta povezava ni veljavna
unsubscribe-invalid = Povezava se je pri kopiranju morda odrezala. Znova jo odprite iz e-poštnega sporočila ali odgovorite na sporočilo in odstranili vas bomo s seznama.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Ta povezava je potekla
portal-expired = Zaradi vaše varnosti povezave za upravljanje plačil delujejo omejen čas. Uporabite povezavo iz našega najnovejšega sporočila ali se prijavite v svoj račun, kjer lahko upravljate plačila.
portal-invalid-title = Ta povezava ni veljavna
portal-invalid = Povezava se je pri kopiranju morda odrezala. Znova jo odprite iz e-poštnega sporočila ali se prijavite v svoj račun, kjer lahko upravljate plačila.
portal-unknown-customer-title = Vašega računa nismo našli
portal-unknown-customer = Uporabniški račun, za katerega je bila ustvarjena ta povezava, ne obstaja več. Če menite, da gre za napako, odgovorite na naše sporočilo in z veseljem vam bomo pomagali.
portal-unavailable-title = Prosimo, poskusite znova čez trenutek
portal-unavailable = Strani za upravljanje plačil trenutno nismo mogli odpreti. Prosimo, povezavo znova odprite čez minuto.
portal-other-title = Stran za upravljanje plačil ni na voljo
portal-other = Za upravljanje plačil se prijavite v svoj račun ali odgovorite na naše sporočilo in z veseljem vam bomo pomagali.
portal-dry-run-title = Preizkusni zagon: seja portala ni bila ustvarjena
portal-dry-run = STRIPE_SECRET_KEY ni nastavljen, zato bi bilo na { $endpoint } poslano tole:
portal-confirmation = Končano: vaša naročnina je posodobljena. Hvala!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Potrditev kartice
setup-ready = Vaša banka vas prosi, da potrdite kartico, shranjeno za vašo naročnino. Pritisnite gumb in nato sledite korakom svoje banke.
setup-working = Čakamo na vašo banko…
setup-succeeded = Vaša kartica je potrjena. Hvala! To stran lahko zaprete.
setup-failed = Kartice ni bilo mogoče potrditi. Poskusite znova ali v svojem računu dodajte drugo kartico.
setup-button = Potrdite kartico
setup-nothing-to-do-title = Ni vam treba storiti ničesar
setup-nothing-to-do = Za vašo kartico vam ni treba storiti ničesar več: bila je že potrjena ali pa ta zahteva ni več odprta. To stran lahko zaprete.
setup-expired-title = Ta povezava je potekla
setup-expired = Zaradi vaše varnosti te povezave delujejo omejen čas. Prijavite se v svoj račun, kjer lahko upravljate plačila.
setup-unavailable-title = Prosimo, poskusite znova čez trenutek
setup-unavailable = Te strani trenutno nismo mogli odpreti. Prosimo, povezavo znova odprite čez minuto.
setup-invalid-title = Ta povezava ni veljavna
setup-invalid = Povezava se je pri kopiranju morda odrezala. Znova jo odprite iz e-poštnega sporočila ali se prijavite v svoj račun, kjer lahko upravljate plačila.
