# Croatian (hr). Translated from en.ftl.

## Shared by the mails

cart-greeting = Pozdrav,
billing-greeting = Poštovani,
button-fallback = Ako gumb ne radi, kopirajte ovu poveznicu u svoj preglednik:
cart-quantity = Količina: { $quantity }
cart-more-items =
    { $count ->
        [one] i još { $count } artikl
        [few] i još { $count } artikla
       *[other] i još { $count } artikala
    }
cart-total = Ukupno u košarici: { $total }
cart-button = Vratite se u košaricu
cart-link-text = Nastavite ondje gdje ste stali:
cart-promo-code = Pri dovršetku narudžbe unesite promotivni kod { $code }.
cart-footer-reason = Ovu poruku primate jer ste pristali na primanje poruka e-pošte od trgovine { $shop }.
cart-footer-unsubscribe = <a>Odjavite se</a> od primanja ovih poruka.
cart-footer-unsubscribe-text = Od primanja ovih poruka možete se odjaviti ovdje:
billing-footer = Ova se poruka odnosi na Vašu pretplatu na { $shop }. Poslali smo je na adresu e-pošte povezanu s Vašim korisničkim računom.
billing-amount-due = Iznos za plaćanje: { $amount }
billing-update-button = Ažurirajte način plaćanja
billing-update-text = Način plaćanja možete ažurirati ovdje:
retention-offer = Razmišljate o otkazivanju? Prije nego što odete, <a>pogledajte što Vam možemo ponuditi</a>.
retention-offer-text = Razmišljate o otkazivanju? Prije nego što odete, pogledajte što Vam možemo ponuditi:

## recovery: the first mail about an abandoned cart

recovery-subject = Nešto ste ostavili u košarici u trgovini { $shop }
recovery-intro = Nešto ste ostavili u košarici u trgovini { $shop }. Bez brige, sve smo sačuvali za Vas pa možete nastaviti točno ondje gdje ste stali.

## recovery-reminder: the second

recovery-reminder-subject = Vaša košarica u trgovini { $shop } još Vas čeka
recovery-reminder-intro = Samo podsjetnik: artikli koje ste odabrali u trgovini { $shop } još su u Vašoj košarici, sačuvani za Vas.

## recovery-last-call: the last

recovery-last-call-subject = Posljednji podsjetnik: Vaša košarica u trgovini { $shop }
recovery-last-call-intro = Ovo je naš posljednji podsjetnik o košarici koju ste ostavili u trgovini { $shop }. I dalje je sačuvana za Vas ako želite dovršiti narudžbu.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Vaše plaćanje nije uspjelo
billing-payment-failed-subject-amount = Vaše plaćanje u iznosu od { $amount } nije uspjelo
billing-payment-failed-intro = Nismo uspjeli teretiti način plaćanja pohranjen za Vašu pretplatu na { $shop }.
billing-payment-failed-next-attempt = Ponovno ćemo pokušati { $date }. Molimo Vas da do tada ažurirate način plaćanja kako bi se Vaša pretplata nastavila bez prekida.
billing-payment-failed-update = Molimo Vas da ažurirate način plaćanja kako bi se Vaša pretplata nastavila bez prekida.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Podsjetnik: Vaše plaćanje još nije podmireno
billing-payment-reminder-subject-amount = Podsjetnik: Vaše plaćanje u iznosu od { $amount } još nije podmireno
billing-payment-reminder-intro = Ponovno smo pokušali teretiti način plaćanja pohranjen za Vašu pretplatu na { $shop }, ali plaćanje opet nije uspjelo.
billing-payment-reminder-next-attempt = Sljedeći pokušaj bit će { $date }. Molimo Vas da do tada ažurirate način plaćanja kako bi Vaša pretplata ostala aktivna.
billing-payment-reminder-update = Molimo Vas da ažurirate način plaćanja kako bi Vaša pretplata ostala aktivna.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Posljednja obavijest: Vaše plaćanje nije uspjelo
billing-final-notice-subject-amount = Posljednja obavijest: Vaše plaćanje u iznosu od { $amount } nije uspjelo
billing-final-notice-intro = Nismo uspjeli naplatiti Vašu pretplatu na { $shop }. To je bio naš posljednji automatski pokušaj: Vaš način plaćanja više nećemo pokušavati teretiti.
billing-final-notice-pay = Ako želite zadržati pretplatu, molimo Vas da odmah platite račun.
billing-final-notice-pay-or-update = Ako želite zadržati pretplatu, molimo Vas da odmah platite račun ili ažurirate način plaćanja.
billing-final-notice-update = Ako želite zadržati pretplatu, molimo Vas da odmah ažurirate način plaćanja.
billing-final-notice-pay-button = Platite račun
billing-final-notice-or-update = Ili <a>ažurirajte način plaćanja</a>
billing-final-notice-pay-text = Ako želite zadržati pretplatu, molimo Vas da odmah platite račun:
billing-final-notice-or-update-text = Ili ažurirajte način plaćanja ovdje:
billing-final-notice-update-text = Ako želite zadržati pretplatu, molimo Vas da odmah ažurirate način plaćanja:
billing-final-notice-consequence = Ako plaćanje ne bude izvršeno, Vaša pretplata može biti pauzirana ili otkazana.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Molimo potvrdite plaćanje
billing-payment-action-required-subject-amount = Molimo potvrdite plaćanje u iznosu od { $amount }
billing-payment-action-required-intro = Vaša banka traži da potvrdite plaćanje za pretplatu na { $shop }. Riječ je o dodatnoj sigurnosnoj provjeri, poput usluge 3-D Secure, kojom se potvrđuje da ste to zaista Vi. Plaćanje ne može biti provedeno dok ga ne potvrdite.
billing-payment-action-required-button = Potvrdite plaćanje
billing-payment-action-required-text = Potvrdite plaćanje na sigurnoj stranici za plaćanje:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Vaša je pretplata otkazana
billing-cancellation-confirmation-confirmed = Potvrđujemo da je Vaša pretplata na { $shop } otkazana. Neće se obnoviti.
billing-cancellation-confirmation-confirmed-date = Potvrđujemo da je Vaša pretplata na { $shop } otkazana s učinkom od { $date }. Neće se obnoviti.
billing-cancellation-confirmation-again = Ako se kasnije poželite ponovno pretplatiti, to možete učiniti u bilo kojem trenutku.
billing-cancellation-confirmation-button = Ponovno se pretplatite
billing-cancellation-confirmation-text = Ako se kasnije poželite ponovno pretplatiti, to možete učiniti ovdje:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Vaša kartica istječe prije sljedećeg plaćanja
billing-card-expiring-subject-last4 = Vaša kartica koja završava na { $last4 } istječe prije sljedećeg plaćanja
card = kartica
card-brand = kartica { $brand }
card-last4 = kartica koja završava na { $last4 }
card-brand-last4 = kartica { $brand } koja završava na { $last4 }
billing-card-expiring-expiry = Za Vašu pretplatu na { $shop } pohranjena je { $card } s rokom valjanosti do { $expiry }.
billing-card-expiring-soon = Za Vašu pretplatu na { $shop } pohranjena je { $card }, a njezin rok valjanosti uskoro istječe.
billing-card-expiring-charge = Sljedeće plaćanje dospijeva { $date }, nakon isteka valjanosti kartice, pa ga nije moguće naplatiti s te kartice. Molimo Vas da do tada ažurirate način plaćanja kako bi plaćanje bilo uspješno.
billing-card-expiring-charge-amount = Sljedeće plaćanje u iznosu od { $amount } dospijeva { $date }, nakon isteka valjanosti kartice, pa ga nije moguće naplatiti s te kartice. Molimo Vas da do tada ažurirate način plaćanja kako bi plaćanje bilo uspješno.
billing-card-expiring-update = Molimo Vas da ažurirate način plaćanja kako bi sljedeće plaćanje bilo uspješno.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Vaša se pretplata uskoro obnavlja
billing-renewal-reminder-subject-date = Vaša se pretplata obnavlja { $date }
billing-renewal-reminder-renews = Podsjećamo Vas da se Vaša pretplata na { $shop } uskoro obnavlja.
billing-renewal-reminder-renews-date = Podsjećamo Vas da se Vaša pretplata na { $shop } obnavlja { $date }.
billing-renewal-reminder-amount = Iznos za naplatu: { $amount }
billing-renewal-reminder-automatic = Pohranjeni način plaćanja bit će automatski terećen, pa ne morate ništa poduzeti kako biste zadržali pretplatu. Ako je želite promijeniti ili otkazati ili ako želite ažurirati način plaćanja, učinite to prije obnove.
billing-renewal-reminder-button = Upravljajte pretplatom
billing-renewal-reminder-text = Pretplatom možete upravljati ovdje:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Vaše probno razdoblje uskoro završava
billing-trial-ending-subject-date = Vaše probno razdoblje završava { $date }
billing-trial-ending-ends = Probno razdoblje Vaše pretplate na { $shop } uskoro završava, a još niste pohranili način plaćanja.
billing-trial-ending-ends-date = Probno razdoblje Vaše pretplate na { $shop } završava { $date }, a još niste pohranili način plaćanja.
billing-trial-ending-add = Ako želite zadržati pretplatu i nakon probnog razdoblja, molimo Vas da do tada dodate način plaćanja. U suprotnom bi Vaša pretplata po završetku probnog razdoblja mogla biti pauzirana ili otkazana.
billing-trial-ending-button = Dodajte način plaćanja
billing-trial-ending-text = Način plaćanja možete dodati ovdje:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Vaše je plaćanje uspjelo
billing-payment-recovered-subject-amount = Vaše plaćanje u iznosu od { $amount } je uspjelo
billing-payment-recovered-received = Primili smo Vašu uplatu za pretplatu na { $shop }. Hvala Vam.
billing-payment-recovered-received-amount = Primili smo Vašu uplatu u iznosu od { $amount } za pretplatu na { $shop }. Hvala Vam.
billing-payment-recovered-continues = Vaša se pretplata nastavlja bez prekida i ne morate više ništa poduzeti. Ako ste od nas ranije primili poruku o ovom plaćanju, možete je zanemariti.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Molimo potvrdite karticu za pretplatu na { $shop }
billing-setup-action-required-intro = Vaša banka traži da potvrdite karticu pohranjenu za Vašu pretplatu na { $shop }. Riječ je o dodatnoj sigurnosnoj provjeri, poput usluge 3-D Secure, kojom se potvrđuje da ste to zaista Vi.
billing-setup-action-required-until = Dok je ne potvrdite, ne možemo s te kartice naplaćivati sljedeća plaćanja za Vašu pretplatu. Potrajat će samo trenutak.
billing-setup-action-required-button = Potvrdite karticu
billing-setup-action-required-text = Potvrdite karticu na našoj sigurnoj stranici:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Karticu za Vašu pretplatu na { $shop } nije bilo moguće spremiti
billing-setup-payment-method-required-intro = Pokušali smo spremiti karticu za Vašu pretplatu na { $shop }, ali ju je Vaša banka odbila.
billing-setup-payment-method-required-add = Molimo Vas da dodate drugu karticu ili način plaćanja kako bi sljedeća plaćanja za pretplatu mogla biti provedena.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Odjaviti se od ovih poruka?
unsubscribe-confirm = Više nećete primati ovakve poruke od nas.
unsubscribe-button = Odjavite se
unsubscribe-changed-mind = Predomislili ste se? Samo zatvorite ovu stranicu: ništa se neće promijeniti dok ne pritisnete gumb.
unsubscribe-done-title = Odjavljeni ste
unsubscribe-done = Više nećete primati ove poruke od nas. Ne trebate ništa više poduzeti.
unsubscribe-expired-title = Ova je poveznica istekla
unsubscribe-expired = Poveznice za odjavu vrijede godinu dana. Upotrijebite poveznicu iz neke novije poruke od nas ili odgovorite na bilo koju našu poruku i uklonit ćemo Vas s popisa.
unsubscribe-unavailable-title = Molimo pokušajte ponovno
unsubscribe-unavailable = Trenutačno nismo uspjeli spremiti Vaš zahtjev. Molimo ponovno otvorite poveznicu za nekoliko minuta.
unsubscribe-invalid-title = Ova poveznica nije valjana
unsubscribe-invalid = Poveznica je možda skraćena pri kopiranju. Ponovno je otvorite iz poruke e-pošte ili odgovorite na poruku i uklonit ćemo Vas s popisa.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Ova je poveznica istekla
portal-expired = Radi Vaše sigurnosti poveznice za upravljanje plaćanjima vrijede ograničeno vrijeme. Upotrijebite poveznicu iz naše najnovije poruke ili se prijavite u svoj korisnički račun kako biste upravljali plaćanjima.
portal-invalid-title = Ova poveznica nije valjana
portal-invalid = Poveznica je možda skraćena pri kopiranju. Ponovno je otvorite iz poruke e-pošte ili se prijavite u svoj korisnički račun kako biste upravljali plaćanjima.
portal-unknown-customer-title = Nismo pronašli Vaš korisnički račun
portal-unknown-customer = Korisnički račun za koji je ova poveznica izrađena više ne postoji. Ako mislite da je riječ o pogrešci, odgovorite na našu poruku i rado ćemo Vam pomoći.
portal-unavailable-title = Molimo pokušajte ponovno za trenutak
portal-unavailable = Trenutačno nismo uspjeli otvoriti stranicu za upravljanje plaćanjima. Molimo ponovno otvorite poveznicu za minutu.
portal-other-title = Stranica za upravljanje plaćanjima nije dostupna
portal-other = Prijavite se u svoj korisnički račun kako biste upravljali plaćanjima ili odgovorite na našu poruku i rado ćemo Vam pomoći.
portal-dry-run-title = Probno pokretanje: sesija portala nije stvorena
portal-dry-run = STRIPE_SECRET_KEY nije postavljen, pa bi ovo bilo poslano na { $endpoint }:
portal-confirmation = Gotovo: Vaša je pretplata ažurirana. Hvala Vam!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Potvrda kartice
setup-ready = Vaša banka traži da potvrdite karticu pohranjenu za Vašu pretplatu. Pritisnite gumb, a zatim slijedite korake svoje banke.
setup-working = Čekamo odgovor Vaše banke…
setup-succeeded = Vaša je kartica potvrđena. Hvala Vam! Možete zatvoriti ovu stranicu.
setup-failed = Karticu nije bilo moguće potvrditi. Pokušajte ponovno ili dodajte drugu karticu u svom korisničkom računu.
setup-button = Potvrdite karticu
setup-nothing-to-do-title = Ništa ne trebate poduzeti
setup-nothing-to-do = Za Vašu karticu više ne trebate ništa poduzeti: već je potvrđena ili ovaj zahtjev više nije otvoren. Možete zatvoriti ovu stranicu.
setup-expired-title = Ova je poveznica istekla
setup-expired = Radi Vaše sigurnosti ove poveznice vrijede ograničeno vrijeme. Prijavite se u svoj korisnički račun kako biste upravljali plaćanjima.
setup-unavailable-title = Molimo pokušajte ponovno za trenutak
setup-unavailable = Trenutačno nismo uspjeli otvoriti ovu stranicu. Molimo ponovno otvorite poveznicu za minutu.
setup-invalid-title = Ova poveznica nije valjana
setup-invalid = Poveznica je možda skraćena pri kopiranju. Ponovno je otvorite iz poruke e-pošte ili se prijavite u svoj korisnički račun kako biste upravljali plaćanjima.
