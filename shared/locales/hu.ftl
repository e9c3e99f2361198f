# Hungarian (hu). Translated from en.ftl.

## Shared by the mails

cart-greeting = Kedves Vásárlónk!
billing-greeting = Tisztelt Ügyfelünk!
button-fallback = Ha a gomb nem működik, másolja be ezt a linket a böngészőjébe:
cart-quantity = Mennyiség: { $quantity }
cart-more-items =
    { $count ->
        [one] és további { $count } termék
       *[other] és további { $count } termék
    }
cart-total = A kosár végösszege: { $total }
cart-button = Vissza a kosárhoz
cart-link-text = Folytassa ott, ahol abbahagyta:
cart-promo-code = A pénztárnál adja meg ezt a kuponkódot: { $code }
cart-footer-reason = Azért kapja ezt az e-mailt, mert hozzájárult, hogy e-maileket kapjon a következőtől: { $shop }.
cart-footer-unsubscribe = <a>Leiratkozás</a> ezekről az e-mailekről.
cart-footer-unsubscribe-text = Leiratkozás ezekről az e-mailekről:
billing-footer = Ez az e-mail az Ön { $shop }-előfizetésével kapcsolatos. A fiókjához megadott e-mail-címre küldtük.
billing-amount-due = Fizetendő összeg: { $amount }
billing-update-button = Fizetési mód frissítése
billing-update-text = Itt frissítheti fizetési módját:
retention-offer = Lemondáson gondolkodik? Mielőtt döntene, <a>nézze meg, mit kínálhatunk Önnek</a>.
retention-offer-text = Lemondáson gondolkodik? Mielőtt döntene, nézze meg, mit kínálhatunk Önnek:

## recovery: the first mail about an abandoned cart

recovery-subject = { $shop }: valamit a kosarában hagyott
recovery-intro = Valamit az Ön { $shop }-kosarában hagyott. Ne aggódjon, elmentettük, így pontosan ott folytathatja, ahol abbahagyta.

## recovery-reminder: the second

recovery-reminder-subject = { $shop }: kosara még mindig várja
recovery-reminder-intro = Csak emlékeztetjük: a kiválasztott termékek még mindig ott vannak az Ön { $shop }-kosarában, elmentve.

## recovery-last-call: the last

recovery-last-call-subject = Utolsó emlékeztető: az Ön { $shop }-kosara
recovery-last-call-intro = Ez az utolsó emlékeztetőnk az Ön { $shop }-kosaráról. Továbbra is elmentve várja, ha szeretné befejezni a rendelését.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Sikertelen fizetés
billing-payment-failed-subject-amount = Sikertelen fizetés: { $amount }
billing-payment-failed-intro = Nem sikerült megterhelnünk az Ön { $shop }-előfizetéséhez megadott fizetési módot.
billing-payment-failed-next-attempt = { $date } napján újra megpróbáljuk. Kérjük, addig frissítse fizetési módját, hogy előfizetése megszakítás nélkül folytatódjon.
billing-payment-failed-update = Kérjük, frissítse fizetési módját, hogy előfizetése megszakítás nélkül folytatódjon.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Emlékeztető: fizetése még függőben van
billing-payment-reminder-subject-amount = Emlékeztető: fizetése ({ $amount }) még függőben van
billing-payment-reminder-intro = Újra megpróbáltuk megterhelni az Ön { $shop }-előfizetéséhez megadott fizetési módot, de a fizetés ismét sikertelen volt.
billing-payment-reminder-next-attempt = Következő próbálkozásunk { $date } napján lesz. Kérjük, addig frissítse fizetési módját, hogy előfizetése aktív maradjon.
billing-payment-reminder-update = Kérjük, frissítse fizetési módját, hogy előfizetése aktív maradjon.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Végső értesítés: sikertelen fizetés
billing-final-notice-subject-amount = Végső értesítés: sikertelen fizetés ({ $amount })
billing-final-notice-intro = Nem sikerült beszednünk az Ön { $shop }-előfizetésének díját. Ez volt az utolsó automatikus próbálkozásunk: többé nem kíséreljük meg megterhelni fizetési módját.
billing-final-notice-pay = Előfizetése megtartásához kérjük, most fizesse ki a számlát.
billing-final-notice-pay-or-update = Előfizetése megtartásához kérjük, most fizesse ki a számlát, vagy frissítse fizetési módját.
billing-final-notice-update = Előfizetése megtartásához kérjük, most frissítse fizetési módját.
billing-final-notice-pay-button = Számla kifizetése
billing-final-notice-or-update = Vagy <a>frissítse fizetési módját</a>
billing-final-notice-pay-text = Előfizetése megtartásához kérjük, most fizesse ki a számlát:
billing-final-notice-or-update-text = Vagy frissítse fizetési módját itt:
billing-final-notice-update-text = Előfizetése megtartásához kérjük, most frissítse fizetési módját:
billing-final-notice-consequence = Ha a fizetés nem történik meg, előfizetése szünetelhet vagy megszűnhet.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Kérjük, erősítse meg fizetését
billing-payment-action-required-subject-amount = Kérjük, erősítse meg fizetését ({ $amount })
billing-payment-action-required-intro = Bankja arra kéri, hogy erősítse meg az Ön { $shop }-előfizetéséhez tartozó fizetést. Ez egy további biztonsági ellenőrzés, például 3-D Secure, amellyel meggyőződhetnek arról, hogy valóban Ön fizet. A fizetés csak az Ön megerősítése után teljesülhet.
billing-payment-action-required-button = Fizetés megerősítése
billing-payment-action-required-text = Erősítse meg fizetését a biztonságos fizetési oldalon:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Előfizetését lemondtuk
billing-cancellation-confirmation-confirmed = Ezúton megerősítjük, hogy az Ön { $shop }-előfizetését lemondtuk. Nem fog megújulni.
billing-cancellation-confirmation-confirmed-date = Ezúton megerősítjük, hogy az Ön { $shop }-előfizetését { $date } napjával lemondtuk. Nem fog megújulni.
billing-cancellation-confirmation-again = Ha később újra elő szeretne fizetni, ezt bármikor megteheti.
billing-cancellation-confirmation-button = Újra előfizetek
billing-cancellation-confirmation-text = Ha később újra elő szeretne fizetni, itt megteheti:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Kártyája a következő fizetés előtt lejár
billing-card-expiring-subject-last4 = Az Ön { $last4 } végű kártyája a következő fizetés előtt lejár
card = kártya
card-brand = { $brand }-kártya
card-last4 = { $last4 } végű kártya
card-brand-last4 = { $last4 } végű { $brand }-kártya
billing-card-expiring-expiry = Az Ön { $shop }-előfizetéséhez tartozó { $card } lejárati dátuma: { $expiry }.
billing-card-expiring-soon = Az Ön { $shop }-előfizetéséhez tartozó { $card } hamarosan lejár.
billing-card-expiring-charge = Következő fizetése { $date } napján esedékes, vagyis a kártya lejárata után, ezért nem terhelhető erre a kártyára. Kérjük, addig frissítse fizetési módját, hogy a fizetés sikeres legyen.
billing-card-expiring-charge-amount = Következő, { $amount } összegű fizetése { $date } napján esedékes, vagyis a kártya lejárata után, ezért nem terhelhető erre a kártyára. Kérjük, addig frissítse fizetési módját, hogy a fizetés sikeres legyen.
billing-card-expiring-update = Kérjük, frissítse fizetési módját, hogy következő fizetése sikeres legyen.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Előfizetése hamarosan megújul
billing-renewal-reminder-subject-date = Előfizetése { $date } napján megújul
billing-renewal-reminder-renews = Emlékeztetjük, hogy az Ön { $shop }-előfizetése hamarosan megújul.
billing-renewal-reminder-renews-date = Emlékeztetjük, hogy az Ön { $shop }-előfizetése { $date } napján megújul.
billing-renewal-reminder-amount = Terhelendő összeg: { $amount }
billing-renewal-reminder-automatic = A megadott fizetési módot automatikusan megterheljük, így előfizetése megtartásához semmit sem kell tennie. Ha módosítani vagy lemondani szeretné előfizetését, illetve frissítené fizetési módját, kérjük, tegye meg a megújulás előtt.
billing-renewal-reminder-button = Előfizetés kezelése
billing-renewal-reminder-text = Itt kezelheti előfizetését:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Próbaidőszaka hamarosan lejár
billing-trial-ending-subject-date = Próbaidőszaka { $date } napján lejár
billing-trial-ending-ends = Az Ön { $shop }-előfizetésének próbaidőszaka hamarosan lejár, és még nincs megadva fizetési mód.
billing-trial-ending-ends-date = Az Ön { $shop }-előfizetésének próbaidőszaka { $date } napján lejár, és még nincs megadva fizetési mód.
billing-trial-ending-add = Ha a próbaidőszak után is meg szeretné tartani előfizetését, kérjük, addig adjon meg egy fizetési módot. Ellenkező esetben előfizetése a próbaidőszak végén szünetelhet vagy megszűnhet.
billing-trial-ending-button = Fizetési mód megadása
billing-trial-ending-text = Itt adhat meg fizetési módot:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Sikeres fizetés
billing-payment-recovered-subject-amount = Sikeres fizetés: { $amount }
billing-payment-recovered-received = Megkaptuk az Ön { $shop }-előfizetésére vonatkozó fizetését. Köszönjük!
billing-payment-recovered-received-amount = Megkaptuk az Ön { $shop }-előfizetésére vonatkozó, { $amount } összegű fizetését. Köszönjük!
billing-payment-recovered-continues = Előfizetése megszakítás nélkül folytatódik, és nincs további teendője. Ha korábban e-mailt kapott tőlünk ezzel a fizetéssel kapcsolatban, azt figyelmen kívül hagyhatja.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Kérjük, erősítse meg az Ön { $shop }-előfizetéséhez tartozó kártyát
billing-setup-action-required-intro = Bankja arra kéri, hogy erősítse meg az Ön { $shop }-előfizetéséhez mentett kártyát. Ez egy további biztonsági ellenőrzés, például 3-D Secure, amellyel meggyőződhetnek arról, hogy valóban Ön az.
billing-setup-action-required-until = Amíg nem erősíti meg, nem terhelhetjük erre a kártyára előfizetése következő díjait. Csak egy pillanatig tart.
billing-setup-action-required-button = Kártya megerősítése
billing-setup-action-required-text = Erősítse meg kártyáját biztonságos oldalunkon:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Nem sikerült elmenteni az Ön { $shop }-előfizetéséhez tartozó kártyát
billing-setup-payment-method-required-intro = Megpróbáltuk elmenteni a kártyát az Ön { $shop }-előfizetéséhez, de bankja elutasította.
billing-setup-payment-method-required-add = Kérjük, adjon meg egy másik kártyát vagy fizetési módot, hogy előfizetése következő díjait sikeresen terhelhessük.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Leiratkozik ezekről az e-mailekről?
unsubscribe-confirm = Többé nem kap tőlünk ehhez hasonló e-maileket.
unsubscribe-button = Leiratkozás
unsubscribe-changed-mind = Meggondolta magát? Egyszerűen zárja be ezt az oldalt: semmi sem változik, amíg meg nem nyomja a gombot.
unsubscribe-done-title = Sikeresen leiratkozott
unsubscribe-done = Többé nem kapja tőlünk ezeket az e-maileket. Nincs további teendője.
unsubscribe-expired-title = Ez a link lejárt
unsubscribe-expired = A leiratkozási linkek egy évig érvényesek. Kérjük, használja egy újabb e-mailünk linkjét, vagy válaszoljon valamelyik e-mailünkre, és levesszük Önt a listáról.
unsubscribe-unavailable-title = Kérjük, próbálja újra
unsubscribe-unavailable = Kérését most nem sikerült mentenünk. Kérjük, néhány perc múlva nyissa meg újra a linket.
unsubscribe-invalid-title = Ez a link érvénytelen
unsubscribe-invalid = Lehet, hogy a link másoláskor megcsonkult. Kérjük, nyissa meg újra az e-mailből, vagy válaszoljon az e-mailre, és levesszük Önt a listáról.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Ez a link lejárt
portal-expired = Biztonsági okokból a számlázási linkek csak korlátozott ideig érvényesek. Kérjük, használja legutóbbi e-mailünk linkjét, vagy a számlázás kezeléséhez jelentkezzen be fiókjába.
portal-invalid-title = Ez a link érvénytelen
portal-invalid = Lehet, hogy a link másoláskor megcsonkult. Kérjük, nyissa meg újra az e-mailből, vagy a számlázás kezeléséhez jelentkezzen be fiókjába.
portal-unknown-customer-title = Nem találjuk a fiókját
portal-unknown-customer = A fiók, amelyhez ez a link készült, már nem létezik. Ha úgy gondolja, hogy ez tévedés, válaszoljon e-mailünkre, és segítünk.
portal-unavailable-title = Kérjük, próbálja újra egy pillanat múlva
portal-unavailable = Számlázási oldalát most nem sikerült megnyitnunk. Kérjük, egy perc múlva nyissa meg újra a linket.
portal-other-title = A számlázási oldal nem érhető el
portal-other = Kérjük, a számlázás kezeléséhez jelentkezzen be fiókjába, vagy válaszoljon e-mailünkre, és segítünk.
portal-dry-run-title = Próbafuttatás: nem jött létre portálmunkamenet
portal-dry-run = Nincs beállítva a STRIPE_SECRET_KEY, ezért ezt küldenénk ide ({ $endpoint }):
portal-confirmation = Kész! Előfizetését frissítettük. Köszönjük!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Kártya megerősítése
setup-ready = Bankja arra kéri, hogy erősítse meg az előfizetéséhez mentett kártyát. Nyomja meg a gombot, majd kövesse bankja utasításait.
setup-working = Várakozás a bankjára…
setup-succeeded = Kártyája megerősítve. Köszönjük! Bezárhatja ezt az oldalt.
setup-failed = Kártyáját nem sikerült megerősíteni. Kérjük, próbálja újra, vagy adjon meg egy másik kártyát a fiókjában.
setup-button = Kártyám megerősítése
setup-nothing-to-do-title = Nincs teendő
setup-nothing-to-do = Kártyájával kapcsolatban nincs további teendője: már megerősítették, vagy ez a kérés már nem aktív. Bezárhatja ezt az oldalt.
setup-expired-title = Ez a link lejárt
setup-expired = Biztonsági okokból ezek a linkek csak korlátozott ideig érvényesek. Kérjük, a számlázás kezeléséhez jelentkezzen be fiókjába.
setup-unavailable-title = Kérjük, próbálja újra egy pillanat múlva
setup-unavailable = Ezt az oldalt most nem sikerült megnyitnunk. Kérjük, egy perc múlva nyissa meg újra a linket.
setup-invalid-title = Ez a link érvénytelen
setup-invalid = Lehet, hogy a link másoláskor megcsonkult. Kérjük, nyissa meg újra az e-mailből, vagy a számlázás kezeléséhez jelentkezzen be fiókjába.
