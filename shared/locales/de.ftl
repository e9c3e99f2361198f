# German (de). Translated from en.ftl.

## Shared by the mails

cart-greeting = Guten Tag,
billing-greeting = Guten Tag,
button-fallback = Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:
cart-quantity = Menge: { $quantity }
cart-more-items =
    { $count ->
        [one] und { $count } weiterer Artikel
       *[other] und { $count } weitere Artikel
    }
cart-total = Gesamtbetrag: { $total }
cart-button = Zurück zum Warenkorb
cart-link-text = Hier können Sie Ihren Einkauf fortsetzen:
cart-promo-code = Geben Sie beim Bezahlen den Aktionscode { $code } ein.
cart-footer-reason = Sie erhalten diese E-Mail, weil Sie zugestimmt haben, E-Mails von { $shop } zu erhalten.
cart-footer-unsubscribe = Wenn Sie diese E-Mails nicht mehr erhalten möchten, können Sie sich hier <a>abmelden</a>.
cart-footer-unsubscribe-text = Von diesen E-Mails abmelden:
billing-footer = Diese E-Mail betrifft Ihr Abonnement bei { $shop } und wurde an die in Ihrem Kundenkonto hinterlegte E-Mail-Adresse gesendet.
billing-amount-due = Offener Betrag: { $amount }
billing-update-button = Zahlungsmethode aktualisieren
billing-update-text = Hier können Sie Ihre Zahlungsmethode aktualisieren:
retention-offer = Sie denken ans Kündigen? Bevor Sie gehen: <a>sehen Sie sich unser Angebot an</a>.
retention-offer-text = Sie denken ans Kündigen? Bevor Sie gehen, sehen Sie sich unser Angebot an:

## recovery: the first mail about an abandoned cart

recovery-subject = Sie haben etwas in Ihrem Warenkorb bei { $shop } vergessen
recovery-intro = Sie haben etwas in Ihrem Warenkorb bei { $shop } vergessen. Keine Sorge, wir haben ihn für Sie gespeichert, sodass Sie Ihren Einkauf genau dort fortsetzen können, wo Sie aufgehört haben.

## recovery-reminder: the second

recovery-reminder-subject = Ihr Warenkorb bei { $shop } wartet noch auf Sie
recovery-reminder-intro = Nur zur Erinnerung: Die Artikel, die Sie bei { $shop } ausgewählt haben, liegen noch in Ihrem Warenkorb für Sie bereit.

## recovery-last-call: the last

recovery-last-call-subject = Letzte Erinnerung: Ihr Warenkorb bei { $shop }
recovery-last-call-intro = Dies ist unsere letzte Erinnerung an den Warenkorb, den Sie bei { $shop } zurückgelassen haben. Er ist noch für Sie gespeichert, falls Sie Ihre Bestellung abschließen möchten.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Ihre Zahlung ist fehlgeschlagen
billing-payment-failed-subject-amount = Ihre Zahlung über { $amount } ist fehlgeschlagen
billing-payment-failed-intro = leider konnten wir die für Ihr Abonnement bei { $shop } hinterlegte Zahlungsmethode nicht belasten.
billing-payment-failed-next-attempt = Wir versuchen es am { $date } erneut. Bitte aktualisieren Sie Ihre Zahlungsmethode bis dahin, damit Ihr Abonnement ohne Unterbrechung weiterläuft.
billing-payment-failed-update = Bitte aktualisieren Sie Ihre Zahlungsmethode, damit Ihr Abonnement ohne Unterbrechung weiterläuft.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Erinnerung: Ihre Zahlung ist noch offen
billing-payment-reminder-subject-amount = Erinnerung: Ihre Zahlung über { $amount } ist noch offen
billing-payment-reminder-intro = wir haben erneut versucht, die für Ihr Abonnement bei { $shop } hinterlegte Zahlungsmethode zu belasten, doch auch dieser Versuch ist fehlgeschlagen.
billing-payment-reminder-next-attempt = Der nächste Versuch erfolgt am { $date }. Bitte aktualisieren Sie Ihre Zahlungsmethode bis dahin, damit Ihr Abonnement aktiv bleibt.
billing-payment-reminder-update = Bitte aktualisieren Sie Ihre Zahlungsmethode, damit Ihr Abonnement aktiv bleibt.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Letzte Erinnerung: Ihre Zahlung ist fehlgeschlagen
billing-final-notice-subject-amount = Letzte Erinnerung: Ihre Zahlung über { $amount } ist fehlgeschlagen
billing-final-notice-intro = leider konnten wir die Zahlung für Ihr Abonnement bei { $shop } nicht einziehen. Das war unser letzter automatischer Versuch: Wir werden Ihre Zahlungsmethode nicht noch einmal belasten.
billing-final-notice-pay = Damit Ihr Abonnement bestehen bleibt, bezahlen Sie bitte jetzt die Rechnung.
billing-final-notice-pay-or-update = Damit Ihr Abonnement bestehen bleibt, bezahlen Sie bitte jetzt die Rechnung oder aktualisieren Sie Ihre Zahlungsmethode.
billing-final-notice-update = Damit Ihr Abonnement bestehen bleibt, aktualisieren Sie bitte jetzt Ihre Zahlungsmethode.
billing-final-notice-pay-button = Rechnung bezahlen
billing-final-notice-or-update = Oder <a>Zahlungsmethode aktualisieren</a>
billing-final-notice-pay-text = Damit Ihr Abonnement bestehen bleibt, bezahlen Sie bitte jetzt die Rechnung:
billing-final-notice-or-update-text = Oder aktualisieren Sie hier Ihre Zahlungsmethode:
billing-final-notice-update-text = Damit Ihr Abonnement bestehen bleibt, aktualisieren Sie bitte jetzt hier Ihre Zahlungsmethode:
billing-final-notice-consequence = Bleibt die Zahlung aus, wird Ihr Abonnement möglicherweise pausiert oder beendet.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Bitte bestätigen Sie Ihre Zahlung
billing-payment-action-required-subject-amount = Bitte bestätigen Sie Ihre Zahlung über { $amount }
billing-payment-action-required-intro = Ihre Bank bittet Sie, die Zahlung für Ihr Abonnement bei { $shop } zu bestätigen. Das ist eine zusätzliche Sicherheitsprüfung (z. B. 3-D Secure), mit der sichergestellt wird, dass die Zahlung wirklich von Ihnen stammt. Erst nach Ihrer Bestätigung kann die Zahlung abgeschlossen werden.
billing-payment-action-required-button = Zahlung bestätigen
billing-payment-action-required-text = Hier können Sie die Zahlung auf der sicheren Zahlungsseite bestätigen:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Ihr Abonnement wurde gekündigt
billing-cancellation-confirmation-confirmed = hiermit bestätigen wir, dass Ihr Abonnement bei { $shop } gekündigt wurde. Es verlängert sich nicht mehr.
billing-cancellation-confirmation-confirmed-date = hiermit bestätigen wir, dass Ihr Abonnement bei { $shop } mit Wirkung zum { $date } gekündigt wurde. Es verlängert sich nicht mehr.
billing-cancellation-confirmation-again = Wenn Sie später wieder ein Abonnement abschließen möchten, ist das jederzeit möglich.
billing-cancellation-confirmation-button = Erneut abonnieren
billing-cancellation-confirmation-text = Wenn Sie später wieder ein Abonnement abschließen möchten, ist das hier jederzeit möglich:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Ihre Karte läuft vor Ihrer nächsten Zahlung ab
billing-card-expiring-subject-last4 = Ihre Karte mit der Endung { $last4 } läuft vor Ihrer nächsten Zahlung ab
card = Karte
card-brand = { $brand }-Karte
card-last4 = Karte mit der Endung { $last4 }
card-brand-last4 = { $brand }-Karte mit der Endung { $last4 }
billing-card-expiring-expiry = Ihre für Ihr Abonnement bei { $shop } hinterlegte { $card } hat das Ablaufdatum { $expiry }.
billing-card-expiring-soon = Ihre für Ihr Abonnement bei { $shop } hinterlegte { $card } läuft bald ab.
billing-card-expiring-charge = Ihre nächste Zahlung ist am { $date } fällig – nach dem Ablaufdatum der Karte, sodass sie nicht mehr mit dieser Karte bezahlt werden kann. Bitte aktualisieren Sie Ihre Zahlungsmethode bis dahin, damit die Zahlung erfolgreich ist.
billing-card-expiring-charge-amount = Ihre nächste Zahlung über { $amount } ist am { $date } fällig – nach dem Ablaufdatum der Karte, sodass sie nicht mehr mit dieser Karte bezahlt werden kann. Bitte aktualisieren Sie Ihre Zahlungsmethode bis dahin, damit die Zahlung erfolgreich ist.
billing-card-expiring-update = Bitte aktualisieren Sie Ihre Zahlungsmethode, damit Ihre nächste Zahlung erfolgreich ist.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Ihr Abonnement verlängert sich in Kürze
billing-renewal-reminder-subject-date = Ihr Abonnement verlängert sich am { $date }
billing-renewal-reminder-renews = wir möchten Sie daran erinnern, dass sich Ihr Abonnement bei { $shop } in Kürze automatisch verlängert.
billing-renewal-reminder-renews-date = wir möchten Sie daran erinnern, dass sich Ihr Abonnement bei { $shop } am { $date } automatisch verlängert.
billing-renewal-reminder-amount = Betrag der Verlängerung: { $amount }
billing-renewal-reminder-automatic = Die Zahlung erfolgt automatisch über Ihre hinterlegte Zahlungsmethode. Wenn Sie Ihr Abonnement fortsetzen möchten, müssen Sie nichts weiter tun. Möchten Sie es ändern oder kündigen oder Ihre Zahlungsmethode aktualisieren, tun Sie dies bitte vor der Verlängerung.
billing-renewal-reminder-button = Abonnement verwalten
billing-renewal-reminder-text = Hier können Sie Ihr Abonnement verwalten:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Ihr Testzeitraum endet bald
billing-trial-ending-subject-date = Ihr Testzeitraum endet am { $date }
billing-trial-ending-ends = der Testzeitraum Ihres Abonnements bei { $shop } endet bald, und bisher ist keine Zahlungsmethode hinterlegt.
billing-trial-ending-ends-date = der Testzeitraum Ihres Abonnements bei { $shop } endet am { $date }, und bisher ist keine Zahlungsmethode hinterlegt.
billing-trial-ending-add = Damit Ihr Abonnement nach dem Testzeitraum weiterläuft, fügen Sie bitte bis dahin eine Zahlungsmethode hinzu. Andernfalls wird Ihr Abonnement zum Ende des Testzeitraums möglicherweise pausiert oder beendet.
billing-trial-ending-button = Zahlungsmethode hinzufügen
billing-trial-ending-text = Hier können Sie eine Zahlungsmethode hinzufügen:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Ihre Zahlung ist eingegangen
billing-payment-recovered-subject-amount = Ihre Zahlung über { $amount } ist eingegangen
billing-payment-recovered-received = vielen Dank: Ihre Zahlung für Ihr Abonnement bei { $shop } ist bei uns eingegangen.
billing-payment-recovered-received-amount = vielen Dank: Ihre Zahlung über { $amount } für Ihr Abonnement bei { $shop } ist bei uns eingegangen.
billing-payment-recovered-continues = Ihr Abonnement läuft ohne Unterbrechung weiter, und Sie müssen nichts weiter tun. Falls Sie zuvor eine E-Mail von uns zu dieser Zahlung erhalten haben, können Sie diese als erledigt betrachten.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Bitte bestätigen Sie Ihre Karte für Ihr Abonnement bei { $shop }
billing-setup-action-required-intro = Ihre Bank bittet Sie, die für Ihr Abonnement bei { $shop } hinterlegte Karte zu bestätigen. Das ist eine zusätzliche Sicherheitsprüfung wie 3-D Secure, die sicherstellt, dass wirklich Sie es sind.
billing-setup-action-required-until = Bis Sie die Karte bestätigen, können wir die nächsten Zahlungen Ihres Abonnements nicht mit ihr einziehen. Es dauert nur einen Moment.
billing-setup-action-required-button = Karte bestätigen
billing-setup-action-required-text = Bestätigen Sie Ihre Karte auf unserer sicheren Seite:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Ihre Karte für Ihr Abonnement bei { $shop } konnte nicht hinterlegt werden
billing-setup-payment-method-required-intro = wir wollten die Karte für Ihr Abonnement bei { $shop } hinterlegen, aber Ihre Bank hat sie abgelehnt.
billing-setup-payment-method-required-add = Bitte fügen Sie eine andere Karte oder Zahlungsmethode hinzu, damit die nächsten Zahlungen Ihres Abonnements durchgehen.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Von diesen E-Mails abmelden?
unsubscribe-confirm = Sie erhalten dann keine E-Mails wie diese mehr von uns.
unsubscribe-button = Abmelden
unsubscribe-changed-mind = Doch nicht abmelden? Schließen Sie einfach diese Seite – ohne Klick auf die Schaltfläche ändert sich nichts.
unsubscribe-done-title = Sie sind abgemeldet
unsubscribe-done = Sie erhalten diese E-Mails nicht mehr von uns. Sie müssen nichts weiter tun.
unsubscribe-expired-title = Dieser Link ist abgelaufen
unsubscribe-expired = Abmeldelinks gelten ein Jahr lang. Bitte verwenden Sie den Link aus einer neueren E-Mail oder antworten Sie auf eine unserer E-Mails, dann nehmen wir Sie aus dem Verteiler.
unsubscribe-unavailable-title = Bitte versuchen Sie es erneut
unsubscribe-unavailable = Wir konnten Ihre Anfrage gerade nicht speichern. Bitte öffnen Sie den Link in einigen Minuten erneut.
unsubscribe-invalid-title = Dieser Link ist ungültig
unsubscribe-invalid = Der Link wurde beim Kopieren vielleicht abgeschnitten. Bitte öffnen Sie ihn erneut aus der E-Mail oder antworten Sie auf die E-Mail, dann nehmen wir Sie aus dem Verteiler.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Dieser Link ist abgelaufen
portal-expired = Zu Ihrer Sicherheit gelten Zahlungslinks nur begrenzte Zeit. Bitte verwenden Sie den Link aus unserer neuesten E-Mail oder melden Sie sich in Ihrem Konto an.
portal-invalid-title = Dieser Link ist ungültig
portal-invalid = Der Link wurde beim Kopieren vielleicht abgeschnitten. Bitte öffnen Sie ihn erneut aus der E-Mail oder melden Sie sich in Ihrem Konto an.
portal-unknown-customer-title = Wir konnten Ihr Konto nicht finden
portal-unknown-customer = Das Konto, für das dieser Link erstellt wurde, besteht nicht mehr. Wenn Sie das für einen Fehler halten, antworten Sie bitte auf unsere E-Mail.
portal-unavailable-title = Bitte versuchen Sie es gleich noch einmal
portal-unavailable = Wir konnten Ihre Zahlungsseite gerade nicht öffnen. Bitte öffnen Sie den Link in einer Minute erneut.
portal-other-title = Die Zahlungsseite ist nicht verfügbar
portal-other = Bitte melden Sie sich in Ihrem Konto an oder antworten Sie auf unsere E-Mail, wir helfen Ihnen gern.
portal-dry-run-title = Probelauf: keine Portalsitzung erstellt
portal-dry-run = STRIPE_SECRET_KEY ist nicht gesetzt; das würde an { $endpoint } gesendet:
portal-confirmation = Erledigt: Ihr Abonnement ist aktualisiert. Vielen Dank!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Karte bestätigen
setup-ready = Ihre Bank bittet Sie, die für Ihr Abonnement hinterlegte Karte zu bestätigen. Klicken Sie auf die Schaltfläche und folgen Sie den Schritten Ihrer Bank.
setup-working = Warten auf Ihre Bank …
setup-succeeded = Ihre Karte ist bestätigt. Vielen Dank! Sie können diese Seite schließen.
setup-failed = Ihre Karte konnte nicht bestätigt werden. Bitte versuchen Sie es erneut oder hinterlegen Sie in Ihrem Kundenkonto eine andere Karte.
setup-button = Karte bestätigen
setup-nothing-to-do-title = Nichts zu tun
setup-nothing-to-do = Für Ihre Karte ist nichts mehr zu tun: Sie wurde bereits bestätigt, oder diese Anfrage ist nicht mehr offen. Sie können diese Seite schließen.
setup-expired-title = Dieser Link ist abgelaufen
setup-expired = Zu Ihrer Sicherheit sind diese Links nur begrenzt gültig. Bitte melden Sie sich in Ihrem Kundenkonto an, um Ihre Zahlungen zu verwalten.
setup-unavailable-title = Bitte versuchen Sie es gleich noch einmal
setup-unavailable = Diese Seite konnte gerade nicht geöffnet werden. Bitte öffnen Sie den Link in einer Minute erneut.
setup-invalid-title = Dieser Link ist ungültig
setup-invalid = Der Link wurde beim Kopieren möglicherweise abgeschnitten. Bitte öffnen Sie ihn erneut aus der E-Mail oder melden Sie sich in Ihrem Kundenkonto an.
