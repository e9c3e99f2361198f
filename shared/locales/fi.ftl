# Finnish (fi). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hei,
billing-greeting = Hei,
button-fallback = Jos painike ei toimi, kopioi tämä linkki selaimeesi:
cart-quantity = Määrä: { $quantity }
cart-more-items =
    { $count ->
        [one] ja { $count } muu tuote
       *[other] ja { $count } muuta tuotetta
    }
cart-total = Ostoskori yhteensä: { $total }
cart-button = Palaa ostoskoriin
cart-link-text = Jatka siitä, mihin jäit:
cart-promo-code = Syötä alennuskoodi { $code } kassalla.
cart-footer-reason = Saat tämän sähköpostin, koska olet suostunut vastaanottamaan sähköpostia kaupalta { $shop }.
cart-footer-unsubscribe = <a>Lopeta näiden sähköpostien vastaanottaminen</a>.
cart-footer-unsubscribe-text = Lopeta näiden sähköpostien vastaanottaminen:
billing-footer = Tämä sähköposti koskee tilaustasi kaupassa { $shop }. Lähetimme sen tilillesi tallennettuun sähköpostiosoitteeseen.
billing-amount-due = Maksettava summa: { $amount }
billing-update-button = Päivitä maksutapa
billing-update-text = Päivitä maksutapasi täällä:
retention-offer = Harkitsetko tilauksesi perumista? Ennen kuin lähdet, <a>katso, mitä voimme tarjota sinulle</a>.
retention-offer-text = Harkitsetko tilauksesi perumista? Ennen kuin lähdet, katso, mitä voimme tarjota sinulle:

## recovery: the first mail about an abandoned cart

recovery-subject = Unohdit jotain ostoskoriisi kaupassa { $shop }
recovery-intro = Unohdit jotain ostoskoriisi kaupassa { $shop }. Ei hätää, tallensimme sen sinulle, joten voit jatkaa suoraan siitä, mihin jäit.

## recovery-reminder: the second

recovery-reminder-subject = Ostoskorisi kaupassa { $shop } odottaa yhä
recovery-reminder-intro = Pieni muistutus: valitsemasi tuotteet odottavat yhä ostoskorissasi kaupassa { $shop }, tallessa sinua varten.

## recovery-last-call: the last

recovery-last-call-subject = Viimeinen muistutus: ostoskorisi kaupassa { $shop }
recovery-last-call-intro = Tämä on viimeinen muistutuksemme ostoskorista, jonka jätit kesken kaupassa { $shop }. Se on yhä tallessa sinua varten, jos haluat viedä ostoksesi loppuun.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Maksusi epäonnistui
billing-payment-failed-subject-amount = Maksusi { $amount } epäonnistui
billing-payment-failed-intro = Emme pystyneet veloittamaan tallennettua maksutapaasi tilauksestasi kaupassa { $shop }.
billing-payment-failed-next-attempt = Yritämme uudelleen { $date }. Päivitä maksutapasi ennen sitä, jotta tilauksesi jatkuu keskeytyksettä.
billing-payment-failed-update = Päivitä maksutapasi, jotta tilauksesi jatkuu keskeytyksettä.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Muistutus: maksusi on yhä avoinna
billing-payment-reminder-subject-amount = Muistutus: maksusi { $amount } on yhä avoinna
billing-payment-reminder-intro = Yritimme uudelleen veloittaa tallennettua maksutapaasi tilauksestasi kaupassa { $shop }, mutta maksu epäonnistui jälleen.
billing-payment-reminder-next-attempt = Seuraava yrityksemme on { $date }. Päivitä maksutapasi ennen sitä, jotta tilauksesi pysyy voimassa.
billing-payment-reminder-update = Päivitä maksutapasi, jotta tilauksesi pysyy voimassa.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Viimeinen ilmoitus: maksusi epäonnistui
billing-final-notice-subject-amount = Viimeinen ilmoitus: maksusi { $amount } epäonnistui
billing-final-notice-intro = Emme saaneet perittyä maksua tilauksestasi kaupassa { $shop }. Se oli viimeinen automaattinen yrityksemme: emme enää yritä veloittaa maksutapaasi.
billing-final-notice-pay = Jos haluat säilyttää tilauksesi, maksa lasku nyt.
billing-final-notice-pay-or-update = Jos haluat säilyttää tilauksesi, maksa lasku nyt tai päivitä maksutapasi.
billing-final-notice-update = Jos haluat säilyttää tilauksesi, päivitä maksutapasi nyt.
billing-final-notice-pay-button = Maksa lasku
billing-final-notice-or-update = Tai <a>päivitä maksutapasi</a>
billing-final-notice-pay-text = Jos haluat säilyttää tilauksesi, maksa lasku nyt:
billing-final-notice-or-update-text = Tai päivitä maksutapasi täällä:
billing-final-notice-update-text = Jos haluat säilyttää tilauksesi, päivitä maksutapasi nyt:
billing-final-notice-consequence = Jos maksua ei suoriteta, tilauksesi voidaan keskeyttää tai peruuttaa.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Vahvista maksusi
billing-payment-action-required-subject-amount = Vahvista maksusi { $amount }
billing-payment-action-required-intro = Pankkisi on pyytänyt sinua vahvistamaan tilauksesi maksun kaupassa { $shop }. Kyseessä on ylimääräinen turvatarkistus, kuten 3-D Secure, jolla varmistetaan, että kyse on todella sinusta. Maksua ei voida suorittaa ennen kuin vahvistat sen.
billing-payment-action-required-button = Vahvista maksu
billing-payment-action-required-text = Vahvista maksusi suojatulla maksusivulla:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Tilauksesi on peruttu
billing-cancellation-confirmation-confirmed = Vahvistamme, että tilauksesi kaupassa { $shop } on peruttu. Se ei uusiudu.
billing-cancellation-confirmation-confirmed-date = Vahvistamme, että tilauksesi kaupassa { $shop } on peruttu { $date } alkaen. Se ei uusiudu.
billing-cancellation-confirmation-again = Jos haluat tilata uudelleen myöhemmin, voit tehdä sen milloin tahansa.
billing-cancellation-confirmation-button = Tilaa uudelleen
billing-cancellation-confirmation-text = Jos haluat tilata uudelleen myöhemmin, voit tehdä sen täällä:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Korttisi vanhenee ennen seuraavaa maksua
billing-card-expiring-subject-last4 = Numeroihin { $last4 } päättyvä korttisi vanhenee ennen seuraavaa maksua
card = kortti
card-brand = { $brand }-kortti
card-last4 = numeroihin { $last4 } päättyvä kortti
card-brand-last4 = numeroihin { $last4 } päättyvä { $brand }-kortti
billing-card-expiring-expiry = Tilaukseesi kaupassa { $shop } on tallennettu { $card }, jonka voimassaolo päättyy { $expiry }.
billing-card-expiring-soon = Tilaukseesi kaupassa { $shop } on tallennettu { $card }, jonka voimassaolo päättyy pian.
billing-card-expiring-charge = Seuraava maksusi erääntyy { $date } eli kortin voimassaolon päätyttyä, joten sitä ei voi veloittaa tältä kortilta. Päivitä maksutapasi ennen sitä, jotta maksu menee läpi.
billing-card-expiring-charge-amount = Seuraava maksusi ({ $amount }) erääntyy { $date } eli kortin voimassaolon päätyttyä, joten sitä ei voi veloittaa tältä kortilta. Päivitä maksutapasi ennen sitä, jotta maksu menee läpi.
billing-card-expiring-update = Päivitä maksutapasi, jotta seuraava maksusi menee läpi.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Tilauksesi uusiutuu pian
billing-renewal-reminder-subject-date = Tilauksesi uusiutuu { $date }
billing-renewal-reminder-renews = Muistutamme, että tilauksesi kaupassa { $shop } uusiutuu pian.
billing-renewal-reminder-renews-date = Muistutamme, että tilauksesi kaupassa { $shop } uusiutuu { $date }.
billing-renewal-reminder-amount = Veloitettava summa: { $amount }
billing-renewal-reminder-automatic = Summa veloitetaan automaattisesti tallennetulta maksutavaltasi, joten sinun ei tarvitse tehdä mitään säilyttääksesi tilauksesi. Jos haluat muuttaa tai perua tilauksesi tai päivittää maksutapasi, tee se ennen tilauksen uusiutumista.
billing-renewal-reminder-button = Hallinnoi tilausta
billing-renewal-reminder-text = Hallinnoi tilaustasi täällä:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Kokeilujaksosi päättyy pian
billing-trial-ending-subject-date = Kokeilujaksosi päättyy { $date }
billing-trial-ending-ends = Tilauksesi kokeilujakso kaupassa { $shop } päättyy pian, eikä maksutapaa ole vielä tallennettu.
billing-trial-ending-ends-date = Tilauksesi kokeilujakso kaupassa { $shop } päättyy { $date }, eikä maksutapaa ole vielä tallennettu.
billing-trial-ending-add = Jos haluat jatkaa tilaustasi kokeilujakson jälkeen, lisää maksutapa ennen sitä. Muuten tilauksesi voidaan keskeyttää tai peruuttaa kokeilujakson päättyessä.
billing-trial-ending-button = Lisää maksutapa
billing-trial-ending-text = Lisää maksutapa täällä:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Maksusi onnistui
billing-payment-recovered-subject-amount = Maksusi { $amount } onnistui
billing-payment-recovered-received = Olemme vastaanottaneet maksusi tilauksestasi kaupassa { $shop }. Kiitos!
billing-payment-recovered-received-amount = Olemme vastaanottaneet maksusi ({ $amount }) tilauksestasi kaupassa { $shop }. Kiitos!
billing-payment-recovered-continues = Tilauksesi jatkuu keskeytyksettä, eikä sinun tarvitse tehdä mitään muuta. Jos sait meiltä aiemmin sähköpostin tästä maksusta, voit jättää sen huomiotta.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Vahvista tilauksesi kortti kaupassa { $shop }
billing-setup-action-required-intro = Pankkisi pyytää sinua vahvistamaan kortin, joka on tallennettu tilaukseesi kaupassa { $shop }. Kyseessä on ylimääräinen turvatarkistus, kuten 3-D Secure, jolla varmistetaan, että kyse on todella sinusta.
billing-setup-action-required-until = Ennen kuin vahvistat kortin, emme voi veloittaa tilauksesi seuraavia maksuja siltä. Se vie vain hetken.
billing-setup-action-required-button = Vahvista korttisi
billing-setup-action-required-text = Vahvista korttisi suojatulla sivullamme:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Korttia ei voitu tallentaa tilaukseesi kaupassa { $shop }
billing-setup-payment-method-required-intro = Yritimme tallentaa kortin tilaukseesi kaupassa { $shop }, mutta pankkisi hylkäsi sen.
billing-setup-payment-method-required-add = Lisää toinen kortti tai maksutapa, jotta tilauksesi seuraavat maksut menevät läpi.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Haluatko lopettaa näiden sähköpostien vastaanottamisen?
unsubscribe-confirm = Et saa meiltä enää tällaisia sähköposteja.
unsubscribe-button = Poistu listalta
unsubscribe-changed-mind = Muutitko mielesi? Sulje vain tämä sivu: mikään ei muutu ennen kuin painat painiketta.
unsubscribe-done-title = Olet poistunut postituslistalta
unsubscribe-done = Et saa meiltä enää näitä sähköposteja. Sinun ei tarvitse tehdä mitään muuta.
unsubscribe-expired-title = Linkki on vanhentunut
unsubscribe-expired = Postituslistalta poistumisen linkit toimivat vuoden ajan. Käytä linkkiä jossakin uudemmassa sähköpostissamme tai vastaa johonkin sähköpostiimme, niin poistamme sinut listalta.
unsubscribe-unavailable-title = Yritä uudelleen
unsubscribe-unavailable = Emme pystyneet tallentamaan pyyntöäsi juuri nyt. Avaa linkki uudelleen muutaman minuutin kuluttua.
unsubscribe-invalid-title = Linkki ei ole kelvollinen
unsubscribe-invalid = Linkki on voinut katketa kopioitaessa. Avaa se uudelleen sähköpostista tai vastaa sähköpostiin, niin poistamme sinut listalta.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Linkki on vanhentunut
portal-expired = Turvallisuutesi vuoksi laskutuslinkit toimivat vain rajoitetun ajan. Käytä uusimman sähköpostimme linkkiä tai kirjaudu tilillesi hallinnoidaksesi laskutustasi.
portal-invalid-title = Linkki ei ole kelvollinen
portal-invalid = Linkki on voinut katketa kopioitaessa. Avaa se uudelleen sähköpostista tai kirjaudu tilillesi hallinnoidaksesi laskutustasi.
portal-unknown-customer-title = Emme löytäneet tiliäsi
portal-unknown-customer = Tiliä, jota varten tämä linkki luotiin, ei ole enää olemassa. Jos uskot, että kyseessä on virhe, vastaa sähköpostiimme, niin autamme.
portal-unavailable-title = Yritä hetken kuluttua uudelleen
portal-unavailable = Emme pystyneet avaamaan laskutussivuasi juuri nyt. Avaa linkki uudelleen minuutin kuluttua.
portal-other-title = Laskutussivu ei ole käytettävissä
portal-other = Kirjaudu tilillesi hallinnoidaksesi laskutustasi tai vastaa sähköpostiimme, niin autamme.
portal-dry-run-title = Testiajo: portaali-istuntoa ei luotu
portal-dry-run = STRIPE_SECRET_KEY ei ole asetettu, joten osoitteeseen { $endpoint } lähetettäisiin tämä:
portal-confirmation = Valmista! Tilauksesi on päivitetty. Kiitos!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Vahvista korttisi
setup-ready = Pankkisi pyytää sinua vahvistamaan tilaukseesi tallennetun kortin. Paina painiketta ja seuraa sitten pankkisi ohjeita.
setup-working = Odotetaan pankkiasi…
setup-succeeded = Korttisi on vahvistettu. Kiitos! Voit sulkea tämän sivun.
setup-failed = Korttiasi ei voitu vahvistaa. Yritä uudelleen tai lisää tilillesi toinen kortti.
setup-button = Vahvista korttini
setup-nothing-to-do-title = Ei tehtävää
setup-nothing-to-do = Korttisi ei vaadi sinulta enempää: se on jo vahvistettu, tai tämä pyyntö ei ole enää avoinna. Voit sulkea tämän sivun.
setup-expired-title = Linkki on vanhentunut
setup-expired = Turvallisuutesi vuoksi nämä linkit toimivat vain rajoitetun ajan. Kirjaudu tilillesi hallinnoidaksesi laskutustasi.
setup-unavailable-title = Yritä hetken kuluttua uudelleen
setup-unavailable = Emme pystyneet avaamaan tätä sivua juuri nyt. Avaa linkki uudelleen minuutin kuluttua.
setup-invalid-title = Linkki ei ole kelvollinen
setup-invalid = Linkki on voinut katketa kopioitaessa. Avaa se uudelleen sähköpostista tai kirjaudu tilillesi hallinnoidaksesi laskutustasi.
