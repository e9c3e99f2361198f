# Dutch (nl). Translated from en.ftl.

## Shared by the mails

cart-greeting = Hallo,
billing-greeting = Beste klant,
button-fallback = Werkt de knop niet? Kopieer deze link dan naar uw browser:
cart-quantity = Aantal: { $quantity }
cart-more-items =
    { $count ->
        [one] en nog { $count } artikel
       *[other] en nog { $count } artikelen
    }
cart-total = Totaal winkelwagen: { $total }
cart-button = Terug naar uw winkelwagen
cart-link-text = Ga verder waar u was gebleven:
cart-promo-code = Voer bij het afrekenen de kortingscode { $code } in.
cart-footer-reason = U ontvangt deze e-mail omdat u ermee hebt ingestemd e-mails van { $shop } te ontvangen.
cart-footer-unsubscribe = Wilt u deze e-mails niet meer ontvangen? <a>Meld u dan af</a>.
cart-footer-unsubscribe-text = Afmelden voor deze e-mails:
billing-footer = Deze e-mail gaat over uw abonnement bij { $shop }. We hebben hem verzonden naar het e-mailadres dat bij uw account is geregistreerd.
billing-amount-due = Te betalen bedrag: { $amount }
billing-update-button = Betaalmethode bijwerken
billing-update-text = Werk hier uw betaalmethode bij:
retention-offer = Overweegt u op te zeggen? Bekijk eerst <a>wat we u kunnen aanbieden</a>.
retention-offer-text = Overweegt u op te zeggen? Bekijk eerst wat we u kunnen aanbieden:

## recovery: the first mail about an abandoned cart

recovery-subject = U hebt iets achtergelaten in uw winkelwagen bij { $shop }
recovery-intro = U hebt iets achtergelaten in uw winkelwagen bij { $shop }. Geen zorgen, we hebben het voor u bewaard, zodat u precies verder kunt gaan waar u was gebleven.

## recovery-reminder: the second

recovery-reminder-subject = Uw winkelwagen bij { $shop } staat nog voor u klaar
recovery-reminder-intro = Even een herinnering: de artikelen die u bij { $shop } hebt uitgekozen, liggen nog voor u klaar in uw winkelwagen.

## recovery-last-call: the last

recovery-last-call-subject = Laatste herinnering: uw winkelwagen bij { $shop }
recovery-last-call-intro = Dit is onze laatste herinnering over de winkelwagen die u bij { $shop } hebt achtergelaten. Hij staat nog voor u klaar als u uw bestelling wilt afronden.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Uw betaling is mislukt
billing-payment-failed-subject-amount = Uw betaling van { $amount } is mislukt
billing-payment-failed-intro = We konden het bedrag voor uw abonnement bij { $shop } niet afschrijven van uw geregistreerde betaalmethode.
billing-payment-failed-next-attempt = We proberen het opnieuw op { $date }. Werk uw betaalmethode vóór die datum bij, zodat uw abonnement zonder onderbreking doorloopt.
billing-payment-failed-update = Werk uw betaalmethode bij, zodat uw abonnement zonder onderbreking doorloopt.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Herinnering: uw betaling staat nog open
billing-payment-reminder-subject-amount = Herinnering: uw betaling van { $amount } staat nog open
billing-payment-reminder-intro = We hebben opnieuw geprobeerd het bedrag voor uw abonnement bij { $shop } af te schrijven van uw geregistreerde betaalmethode, maar de betaling is weer mislukt.
billing-payment-reminder-next-attempt = Onze volgende poging is op { $date }. Werk uw betaalmethode vóór die datum bij om uw abonnement actief te houden.
billing-payment-reminder-update = Werk uw betaalmethode bij om uw abonnement actief te houden.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Laatste herinnering: uw betaling is mislukt
billing-final-notice-subject-amount = Laatste herinnering: uw betaling van { $amount } is mislukt
billing-final-notice-intro = We konden de betaling voor uw abonnement bij { $shop } niet innen. Dat was onze laatste automatische poging: we proberen niet nog eens het bedrag van uw betaalmethode af te schrijven.
billing-final-notice-pay = Betaal nu de factuur om uw abonnement te behouden.
billing-final-notice-pay-or-update = Betaal nu de factuur of werk uw betaalmethode bij om uw abonnement te behouden.
billing-final-notice-update = Werk nu uw betaalmethode bij om uw abonnement te behouden.
billing-final-notice-pay-button = Factuur betalen
billing-final-notice-or-update = Of <a>werk uw betaalmethode bij</a>
billing-final-notice-pay-text = Betaal nu de factuur om uw abonnement te behouden:
billing-final-notice-or-update-text = Of werk hier uw betaalmethode bij:
billing-final-notice-update-text = Werk nu uw betaalmethode bij om uw abonnement te behouden:
billing-final-notice-consequence = Als de betaling niet wordt voldaan, kan uw abonnement worden gepauzeerd of beëindigd.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Bevestig uw betaling
billing-payment-action-required-subject-amount = Bevestig uw betaling van { $amount }
billing-payment-action-required-intro = Uw bank vraagt u de betaling voor uw abonnement bij { $shop } te bevestigen. Dit is een extra beveiligingscontrole, zoals 3-D Secure, om zeker te weten dat u het echt bent. De betaling kan pas worden verwerkt nadat u deze hebt bevestigd.
billing-payment-action-required-button = Betaling bevestigen
billing-payment-action-required-text = Bevestig uw betaling op de beveiligde betaalpagina:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Uw abonnement is opgezegd
billing-cancellation-confirmation-confirmed = Hierbij bevestigen we dat uw abonnement bij { $shop } is opgezegd. Het wordt niet verlengd.
billing-cancellation-confirmation-confirmed-date = Hierbij bevestigen we dat uw abonnement bij { $shop } is opgezegd per { $date }. Het wordt niet verlengd.
billing-cancellation-confirmation-again = Wilt u later weer een abonnement nemen? Dat kan op elk moment.
billing-cancellation-confirmation-button = Opnieuw abonneren
billing-cancellation-confirmation-text = Wilt u later weer een abonnement nemen? Dat kan hier:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Uw kaart verloopt vóór uw volgende betaling
billing-card-expiring-subject-last4 = Uw kaart eindigend op { $last4 } verloopt vóór uw volgende betaling
card = kaart
card-brand = { $brand }-kaart
card-last4 = kaart eindigend op { $last4 }
card-brand-last4 = { $brand }-kaart eindigend op { $last4 }
billing-card-expiring-expiry = De { $card } die voor uw abonnement bij { $shop } is geregistreerd, heeft als vervaldatum { $expiry }.
billing-card-expiring-soon = De { $card } die voor uw abonnement bij { $shop } is geregistreerd, verloopt binnenkort.
billing-card-expiring-charge = Uw volgende betaling staat gepland op { $date }, na de vervaldatum van de kaart, en kan dus niet van deze kaart worden afgeschreven. Werk uw betaalmethode vóór die datum bij, zodat de betaling slaagt.
billing-card-expiring-charge-amount = Uw volgende betaling van { $amount } staat gepland op { $date }, na de vervaldatum van de kaart, en kan dus niet van deze kaart worden afgeschreven. Werk uw betaalmethode vóór die datum bij, zodat de betaling slaagt.
billing-card-expiring-update = Werk uw betaalmethode bij, zodat uw volgende betaling slaagt.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Uw abonnement wordt binnenkort verlengd
billing-renewal-reminder-subject-date = Uw abonnement wordt verlengd op { $date }
billing-renewal-reminder-renews = Dit is een herinnering dat uw abonnement bij { $shop } binnenkort wordt verlengd.
billing-renewal-reminder-renews-date = Dit is een herinnering dat uw abonnement bij { $shop } wordt verlengd op { $date }.
billing-renewal-reminder-amount = Af te schrijven bedrag: { $amount }
billing-renewal-reminder-automatic = Het bedrag wordt automatisch afgeschreven van uw geregistreerde betaalmethode, dus u hoeft niets te doen om uw abonnement te behouden. Wilt u het wijzigen of opzeggen, of uw betaalmethode bijwerken? Doe dat dan vóór de verlenging.
billing-renewal-reminder-button = Abonnement beheren
billing-renewal-reminder-text = Beheer hier uw abonnement:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Uw proefperiode eindigt binnenkort
billing-trial-ending-subject-date = Uw proefperiode eindigt op { $date }
billing-trial-ending-ends = De proefperiode van uw abonnement bij { $shop } eindigt binnenkort en er is nog geen betaalmethode geregistreerd.
billing-trial-ending-ends-date = De proefperiode van uw abonnement bij { $shop } eindigt op { $date } en er is nog geen betaalmethode geregistreerd.
billing-trial-ending-add = Voeg vóór het einde van de proefperiode een betaalmethode toe om uw abonnement daarna te behouden. Anders kan uw abonnement worden gepauzeerd of beëindigd wanneer de proefperiode afloopt.
billing-trial-ending-button = Betaalmethode toevoegen
billing-trial-ending-text = Voeg hier een betaalmethode toe:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Uw betaling is gelukt
billing-payment-recovered-subject-amount = Uw betaling van { $amount } is gelukt
billing-payment-recovered-received = We hebben uw betaling voor uw abonnement bij { $shop } ontvangen. Dank u wel.
billing-payment-recovered-received-amount = We hebben uw betaling van { $amount } voor uw abonnement bij { $shop } ontvangen. Dank u wel.
billing-payment-recovered-continues = Uw abonnement loopt zonder onderbreking door en u hoeft verder niets te doen. Hebt u eerder een e-mail van ons over deze betaling ontvangen, dan kunt u die negeren.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Bevestig uw kaart voor uw abonnement bij { $shop }
billing-setup-action-required-intro = Uw bank vraagt u de kaart te bevestigen die voor uw abonnement bij { $shop } is opgeslagen. Dit is een extra beveiligingscontrole, zoals 3-D Secure, om zeker te weten dat u het echt bent.
billing-setup-action-required-until = Zolang u de kaart niet hebt bevestigd, kunnen we de volgende betalingen voor uw abonnement niet van deze kaart afschrijven. Het duurt maar even.
billing-setup-action-required-button = Kaart bevestigen
billing-setup-action-required-text = Bevestig uw kaart op onze beveiligde pagina:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Uw kaart voor uw abonnement bij { $shop } kon niet worden opgeslagen
billing-setup-payment-method-required-intro = We hebben geprobeerd de kaart voor uw abonnement bij { $shop } op te slaan, maar uw bank heeft deze geweigerd.
billing-setup-payment-method-required-add = Voeg een andere kaart of betaalmethode toe, zodat de volgende betalingen voor uw abonnement kunnen worden verwerkt.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Afmelden voor deze e-mails?
unsubscribe-confirm = U ontvangt dan geen e-mails zoals deze meer van ons.
unsubscribe-button = Afmelden
unsubscribe-changed-mind = Van gedachten veranderd? Sluit deze pagina dan gewoon: er verandert niets totdat u op de knop drukt.
unsubscribe-done-title = U bent afgemeld
unsubscribe-done = U ontvangt deze e-mails niet meer van ons. U hoeft verder niets te doen.
unsubscribe-expired-title = Deze link is verlopen
unsubscribe-expired = Afmeldlinks werken een jaar lang. Gebruik de link in een recentere e-mail van ons, of beantwoord een van onze e-mails, dan halen we u van de lijst.
unsubscribe-unavailable-title = Probeer het opnieuw
unsubscribe-unavailable = We konden uw verzoek op dit moment niet opslaan. Open de link over een paar minuten opnieuw.
unsubscribe-invalid-title = Deze link is ongeldig
unsubscribe-invalid = De link is misschien afgebroken bij het kopiëren. Open hem opnieuw vanuit de e-mail, of beantwoord de e-mail, dan halen we u van de lijst.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Deze link is verlopen
portal-expired = Voor uw veiligheid werken factureringslinks maar een beperkte tijd. Gebruik de link in onze meest recente e-mail, of log in op uw account om uw facturering te beheren.
portal-invalid-title = Deze link is ongeldig
portal-invalid = De link is misschien afgebroken bij het kopiëren. Open hem opnieuw vanuit de e-mail, of log in op uw account om uw facturering te beheren.
portal-unknown-customer-title = We konden uw account niet vinden
portal-unknown-customer = Het account waarvoor deze link is gemaakt, bestaat niet meer. Denkt u dat dit een vergissing is? Beantwoord dan onze e-mail, dan helpen we u verder.
portal-unavailable-title = Probeer het zo nog eens
portal-unavailable = We konden uw factureringspagina op dit moment niet openen. Open de link over een minuut opnieuw.
portal-other-title = De factureringspagina is niet beschikbaar
portal-other = Log in op uw account om uw facturering te beheren, of beantwoord onze e-mail, dan helpen we u verder.
portal-dry-run-title = Proefrun: geen portalsessie aangemaakt
portal-dry-run = STRIPE_SECRET_KEY is niet ingesteld, dus dit is wat naar { $endpoint } zou worden verzonden:
portal-confirmation = Klaar: uw abonnement is bijgewerkt. Dank u wel!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Bevestig uw kaart
setup-ready = Uw bank vraagt u de kaart te bevestigen die voor uw abonnement is opgeslagen. Druk op de knop en volg daarna de stappen van uw bank.
setup-working = Wachten op uw bank…
setup-succeeded = Uw kaart is bevestigd. Dank u wel! U kunt deze pagina nu sluiten.
setup-failed = Uw kaart kon niet worden bevestigd. Probeer het opnieuw of voeg via uw account een andere kaart toe.
setup-button = Mijn kaart bevestigen
setup-nothing-to-do-title = Geen actie nodig
setup-nothing-to-do = U hoeft niets meer te doen voor uw kaart: deze is al bevestigd, of dit verzoek staat niet meer open. U kunt deze pagina sluiten.
setup-expired-title = Deze link is verlopen
setup-expired = Voor uw veiligheid werken deze links maar een beperkte tijd. Log in op uw account om uw facturering te beheren.
setup-unavailable-title = Probeer het zo nog eens
setup-unavailable = We konden deze pagina op dit moment niet openen. Open de link over een minuut opnieuw.
setup-invalid-title = Deze link is ongeldig
setup-invalid = De link is misschien afgebroken bij het kopiëren. Open hem opnieuw vanuit de e-mail, of log in op uw account om uw facturering te beheren.
