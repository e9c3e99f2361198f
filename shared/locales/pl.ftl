# Polish (pl). Translated from en.ftl.

## Shared by the mails

cart-greeting = Dzień dobry,
billing-greeting = Dzień dobry,
button-fallback = Jeśli przycisk nie działa, prosimy skopiować ten link do przeglądarki:
cart-quantity = Ilość: { $quantity }
cart-more-items =
    { $count ->
        [one] i jeszcze { $count } produkt
        [few] i jeszcze { $count } produkty
        [many] i jeszcze { $count } produktów
       *[other] i jeszcze { $count } produktu
    }
cart-total = Wartość koszyka: { $total }
cart-button = Wróć do koszyka
cart-link-text = Zakupy można dokończyć tutaj:
cart-promo-code = Przy składaniu zamówienia prosimy wpisać kod rabatowy { $code }.
cart-footer-reason = Otrzymują Państwo tę wiadomość, ponieważ wyrazili Państwo zgodę na otrzymywanie wiadomości e-mail od sklepu { $shop }.
cart-footer-unsubscribe = <a>Rezygnacja z otrzymywania</a> tych wiadomości.
cart-footer-unsubscribe-text = Rezygnacja z otrzymywania tych wiadomości:
billing-footer = Ta wiadomość dotyczy Państwa subskrypcji { $shop }. Wysłaliśmy ją na adres e-mail przypisany do Państwa konta.
billing-amount-due = Kwota do zapłaty: { $amount }
billing-update-button = Zaktualizuj metodę płatności
billing-update-text = Metodę płatności można zaktualizować tutaj:
retention-offer = Rozważają Państwo rezygnację? Zanim podejmą Państwo decyzję, warto <a>sprawdzić, co możemy Państwu zaproponować</a>.
retention-offer-text = Rozważają Państwo rezygnację? Zanim podejmą Państwo decyzję, warto sprawdzić, co możemy Państwu zaproponować:

## recovery: the first mail about an abandoned cart

recovery-subject = Zostawili Państwo coś w koszyku w sklepie { $shop }
recovery-intro = Zostawili Państwo coś w koszyku w sklepie { $shop }. Bez obaw – zapisaliśmy zawartość koszyka, więc można kontynuować zakupy dokładnie w miejscu, w którym zostały przerwane.

## recovery-reminder: the second

recovery-reminder-subject = Państwa koszyk w sklepie { $shop } wciąż czeka
recovery-reminder-intro = Przypominamy, że produkty wybrane przez Państwa w sklepie { $shop } wciąż czekają w koszyku.

## recovery-last-call: the last

recovery-last-call-subject = Ostatnie przypomnienie: Państwa koszyk w sklepie { $shop }
recovery-last-call-intro = To nasze ostatnie przypomnienie o koszyku pozostawionym w sklepie { $shop }. Nadal na Państwa czeka, jeśli chcieliby Państwo dokończyć zamówienie.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Płatność nie powiodła się
billing-payment-failed-subject-amount = Płatność w wysokości { $amount } nie powiodła się
billing-payment-failed-intro = Nie udało nam się obciążyć metody płatności zapisanej dla Państwa subskrypcji { $shop }.
billing-payment-failed-next-attempt = Ponowną próbę podejmiemy { $date }. Prosimy do tego czasu zaktualizować metodę płatności, aby subskrypcja działała bez przerw.
billing-payment-failed-update = Prosimy zaktualizować metodę płatności, aby subskrypcja działała bez przerw.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Przypomnienie: płatność jest nadal nieuregulowana
billing-payment-reminder-subject-amount = Przypomnienie: płatność w wysokości { $amount } jest nadal nieuregulowana
billing-payment-reminder-intro = Ponownie próbowaliśmy obciążyć metodę płatności zapisaną dla Państwa subskrypcji { $shop }, ale płatność znów się nie powiodła.
billing-payment-reminder-next-attempt = Kolejną próbę podejmiemy { $date }. Prosimy do tego czasu zaktualizować metodę płatności, aby subskrypcja pozostała aktywna.
billing-payment-reminder-update = Prosimy zaktualizować metodę płatności, aby subskrypcja pozostała aktywna.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Ostatnie powiadomienie: płatność nie powiodła się
billing-final-notice-subject-amount = Ostatnie powiadomienie: płatność w wysokości { $amount } nie powiodła się
billing-final-notice-intro = Nie udało nam się pobrać płatności za Państwa subskrypcję { $shop }. Była to nasza ostatnia automatyczna próba – nie będziemy już ponownie obciążać Państwa metody płatności.
billing-final-notice-pay = Aby zachować subskrypcję, prosimy już teraz opłacić fakturę.
billing-final-notice-pay-or-update = Aby zachować subskrypcję, prosimy już teraz opłacić fakturę lub zaktualizować metodę płatności.
billing-final-notice-update = Aby zachować subskrypcję, prosimy już teraz zaktualizować metodę płatności.
billing-final-notice-pay-button = Opłać fakturę
billing-final-notice-or-update = Można też <a>zaktualizować metodę płatności</a>
billing-final-notice-pay-text = Aby zachować subskrypcję, prosimy już teraz opłacić fakturę:
billing-final-notice-or-update-text = Można też zaktualizować metodę płatności tutaj:
billing-final-notice-update-text = Aby zachować subskrypcję, prosimy już teraz zaktualizować metodę płatności:
billing-final-notice-consequence = Jeśli płatność nie zostanie uregulowana, subskrypcja może zostać wstrzymana lub anulowana.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Prosimy potwierdzić płatność
billing-payment-action-required-subject-amount = Prosimy potwierdzić płatność w wysokości { $amount }
billing-payment-action-required-intro = Państwa bank prosi o potwierdzenie płatności za subskrypcję { $shop }. To dodatkowa weryfikacja bezpieczeństwa, np. 3-D Secure, która pozwala upewnić się, że to naprawdę Państwo. Płatność nie zostanie zrealizowana, dopóki jej Państwo nie potwierdzą.
billing-payment-action-required-button = Potwierdź płatność
billing-payment-action-required-text = Płatność można potwierdzić na bezpiecznej stronie płatności:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Państwa subskrypcja została anulowana
billing-cancellation-confirmation-confirmed = Potwierdzamy, że Państwa subskrypcja { $shop } została anulowana. Nie zostanie odnowiona.
billing-cancellation-confirmation-confirmed-date = Potwierdzamy, że Państwa subskrypcja { $shop } została anulowana ze skutkiem od { $date }. Nie zostanie odnowiona.
billing-cancellation-confirmation-again = Jeśli zechcą Państwo w przyszłości ponownie wykupić subskrypcję, można to zrobić w każdej chwili.
billing-cancellation-confirmation-button = Subskrybuj ponownie
billing-cancellation-confirmation-text = Jeśli zechcą Państwo w przyszłości ponownie wykupić subskrypcję, można to zrobić tutaj:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Państwa karta traci ważność przed następną płatnością
billing-card-expiring-subject-last4 = Państwa karta zakończona cyframi { $last4 } traci ważność przed następną płatnością
card = karta
card-brand = karta { $brand }
card-last4 = karta zakończona cyframi { $last4 }
card-brand-last4 = karta { $brand } zakończona cyframi { $last4 }
billing-card-expiring-expiry = Dla Państwa subskrypcji { $shop } zapisana jest { $card } z terminem ważności { $expiry }.
billing-card-expiring-soon = Dla Państwa subskrypcji { $shop } zapisana jest { $card }, której ważność wkrótce wygasa.
billing-card-expiring-charge = Termin następnej płatności to { $date }, czyli już po upływie ważności karty, dlatego nie będzie można pobrać jej z tej karty. Prosimy do tego czasu zaktualizować metodę płatności, aby płatność została zrealizowana.
billing-card-expiring-charge-amount = Termin następnej płatności w wysokości { $amount } to { $date }, czyli już po upływie ważności karty, dlatego nie będzie można pobrać jej z tej karty. Prosimy do tego czasu zaktualizować metodę płatności, aby płatność została zrealizowana.
billing-card-expiring-update = Prosimy zaktualizować metodę płatności, aby następna płatność została zrealizowana.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Państwa subskrypcja wkrótce się odnowi
billing-renewal-reminder-subject-date = Państwa subskrypcja odnowi się { $date }
billing-renewal-reminder-renews = Przypominamy, że Państwa subskrypcja { $shop } wkrótce się odnowi.
billing-renewal-reminder-renews-date = Przypominamy, że Państwa subskrypcja { $shop } odnowi się { $date }.
billing-renewal-reminder-amount = Kwota do pobrania: { $amount }
billing-renewal-reminder-automatic = Płatność zostanie automatycznie pobrana z zapisanej metody płatności, więc aby zachować subskrypcję, nie muszą Państwo nic robić. Jeśli chcą Państwo ją zmienić lub anulować albo zaktualizować metodę płatności, prosimy zrobić to przed jej odnowieniem.
billing-renewal-reminder-button = Zarządzaj subskrypcją
billing-renewal-reminder-text = Subskrypcją można zarządzać tutaj:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Okres próbny wkrótce się kończy
billing-trial-ending-subject-date = Okres próbny kończy się { $date }
billing-trial-ending-ends = Okres próbny Państwa subskrypcji { $shop } wkrótce się kończy, a nie zapisano jeszcze żadnej metody płatności.
billing-trial-ending-ends-date = Okres próbny Państwa subskrypcji { $shop } kończy się { $date }, a nie zapisano jeszcze żadnej metody płatności.
billing-trial-ending-add = Aby zachować subskrypcję po okresie próbnym, prosimy wcześniej dodać metodę płatności. W przeciwnym razie po zakończeniu okresu próbnego subskrypcja może zostać wstrzymana lub anulowana.
billing-trial-ending-button = Dodaj metodę płatności
billing-trial-ending-text = Metodę płatności można dodać tutaj:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Płatność została zrealizowana
billing-payment-recovered-subject-amount = Płatność w wysokości { $amount } została zrealizowana
billing-payment-recovered-received = Otrzymaliśmy płatność za Państwa subskrypcję { $shop }. Dziękujemy.
billing-payment-recovered-received-amount = Otrzymaliśmy płatność w wysokości { $amount } za Państwa subskrypcję { $shop }. Dziękujemy.
billing-payment-recovered-continues = Subskrypcja działa bez przerw i nie muszą Państwo nic więcej robić. Jeśli otrzymali Państwo od nas wcześniej wiadomość w sprawie tej płatności, można ją zignorować.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Prosimy potwierdzić kartę dla subskrypcji { $shop }
billing-setup-action-required-intro = Państwa bank prosi o potwierdzenie karty zapisanej dla subskrypcji { $shop }. To dodatkowa weryfikacja bezpieczeństwa, np. 3-D Secure, która pozwala upewnić się, że to naprawdę Państwo.
billing-setup-action-required-until = Dopóki karta nie zostanie potwierdzona, nie możemy pobierać z niej kolejnych płatności za subskrypcję. To zajmie tylko chwilę.
billing-setup-action-required-button = Potwierdź kartę
billing-setup-action-required-text = Kartę można potwierdzić na naszej bezpiecznej stronie:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Nie udało się zapisać karty dla subskrypcji { $shop }
billing-setup-payment-method-required-intro = Próbowaliśmy zapisać kartę dla Państwa subskrypcji { $shop }, ale Państwa bank ją odrzucił.
billing-setup-payment-method-required-add = Prosimy dodać inną kartę lub metodę płatności, aby kolejne płatności za subskrypcję mogły zostać zrealizowane.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Zrezygnować z tych wiadomości?
unsubscribe-confirm = Nie będą już Państwo otrzymywać od nas wiadomości takich jak ta.
unsubscribe-button = Wypisz mnie
unsubscribe-changed-mind = Zmienili Państwo zdanie? Wystarczy zamknąć tę stronę: nic się nie zmieni, dopóki nie naciśną Państwo przycisku.
unsubscribe-done-title = Wypisaliśmy Państwa z listy
unsubscribe-done = Nie będą już Państwo otrzymywać od nas tych wiadomości. Nie trzeba robić nic więcej.
unsubscribe-expired-title = Ten link wygasł
unsubscribe-expired = Linki do rezygnacji działają przez rok. Prosimy skorzystać z linku w nowszej wiadomości od nas lub odpowiedzieć na jedną z naszych wiadomości – wtedy usuniemy Państwa z listy.
unsubscribe-unavailable-title = Prosimy spróbować ponownie
unsubscribe-unavailable = Nie udało nam się teraz zapisać Państwa prośby. Prosimy otworzyć link ponownie za kilka minut.
unsubscribe-invalid-title = Ten link jest nieprawidłowy
unsubscribe-invalid = Link mógł zostać ucięty podczas kopiowania. Prosimy otworzyć go ponownie z wiadomości e-mail lub na nią odpowiedzieć – wtedy usuniemy Państwa z listy.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Ten link wygasł
portal-expired = Ze względów bezpieczeństwa linki do rozliczeń działają przez ograniczony czas. Prosimy skorzystać z linku w naszej najnowszej wiadomości lub zalogować się na swoje konto, aby zarządzać rozliczeniami.
portal-invalid-title = Ten link jest nieprawidłowy
portal-invalid = Link mógł zostać ucięty podczas kopiowania. Prosimy otworzyć go ponownie z wiadomości e-mail lub zalogować się na swoje konto, aby zarządzać rozliczeniami.
portal-unknown-customer-title = Nie znaleźliśmy Państwa konta
portal-unknown-customer = Konto, dla którego utworzono ten link, już nie istnieje. Jeśli to pomyłka, prosimy odpowiedzieć na naszą wiadomość – chętnie pomożemy.
portal-unavailable-title = Prosimy spróbować ponownie za chwilę
portal-unavailable = Nie udało nam się teraz otworzyć strony rozliczeń. Prosimy otworzyć link ponownie za minutę.
portal-other-title = Strona rozliczeń jest niedostępna
portal-other = Prosimy zalogować się na swoje konto, aby zarządzać rozliczeniami, lub odpowiedzieć na naszą wiadomość – chętnie pomożemy.
portal-dry-run-title = Przebieg próbny: nie utworzono sesji portalu
portal-dry-run = STRIPE_SECRET_KEY nie jest ustawiony, dlatego oto, co zostałoby wysłane do { $endpoint }:
portal-confirmation = Gotowe: subskrypcja została zaktualizowana. Dziękujemy!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Potwierdzenie karty
setup-ready = Państwa bank prosi o potwierdzenie karty zapisanej dla subskrypcji. Prosimy nacisnąć przycisk, a następnie postępować zgodnie z instrukcjami banku.
setup-working = Czekamy na odpowiedź banku…
setup-succeeded = Karta została potwierdzona. Dziękujemy! Mogą Państwo zamknąć tę stronę.
setup-failed = Nie udało się potwierdzić karty. Prosimy spróbować ponownie lub dodać inną kartę na swoim koncie.
setup-button = Potwierdź kartę
setup-nothing-to-do-title = Nic nie trzeba robić
setup-nothing-to-do = Karta nie wymaga już żadnych działań: została już potwierdzona lub ta prośba jest nieaktualna. Mogą Państwo zamknąć tę stronę.
setup-expired-title = Ten link wygasł
setup-expired = Ze względów bezpieczeństwa te linki działają przez ograniczony czas. Prosimy zalogować się na swoje konto, aby zarządzać rozliczeniami.
setup-unavailable-title = Prosimy spróbować ponownie za chwilę
setup-unavailable = Nie udało nam się teraz otworzyć tej strony. Prosimy otworzyć link ponownie za minutę.
setup-invalid-title = Ten link jest nieprawidłowy
setup-invalid = Link mógł zostać ucięty podczas kopiowania. Prosimy otworzyć go ponownie z wiadomości e-mail lub zalogować się na swoje konto, aby zarządzać rozliczeniami.
