# Slovak (sk). Translated from en.ftl.

## Shared by the mails

cart-greeting = Dobrý deň,
billing-greeting = Dobrý deň,
button-fallback = Ak tlačidlo nefunguje, skopírujte tento odkaz do prehliadača:
cart-quantity = Množstvo: { $quantity }
cart-more-items =
    { $count ->
        [one] a { $count } ďalšia položka
        [few] a { $count } ďalšie položky
        [many] a { $count } ďalšej položky
       *[other] a { $count } ďalších položiek
    }
cart-total = Spolu v košíku: { $total }
cart-button = Späť do košíka
cart-link-text = Pokračujte tam, kde ste skončili:
cart-promo-code = Pri dokončení objednávky zadajte zľavový kód { $code }.
cart-footer-reason = Tento e-mail dostávate, pretože ste súhlasili so zasielaním e-mailov od obchodu { $shop }.
cart-footer-unsubscribe = <a>Odhlásiť sa</a> z odberu týchto e-mailov.
cart-footer-unsubscribe-text = Odhlásiť sa z odberu týchto e-mailov:
billing-footer = Tento e-mail sa týka vášho predplatného { $shop }. Poslali sme ho na e-mailovú adresu uvedenú vo vašom účte.
billing-amount-due = Suma na úhradu: { $amount }
billing-update-button = Aktualizovať spôsob platby
billing-update-text = Spôsob platby môžete aktualizovať tu:
retention-offer = Uvažujete o zrušení? Skôr než odídete, <a>pozrite sa, čo vám môžeme ponúknuť</a>.
retention-offer-text = Uvažujete o zrušení? Skôr než odídete, pozrite sa, čo vám môžeme ponúknuť:

## recovery: the first mail about an abandoned cart

recovery-subject = Vo vašom košíku v obchode { $shop } niečo zostalo
recovery-intro = Vo vašom košíku v obchode { $shop } niečo zostalo. Nemajte obavy, košík sme vám uložili, takže môžete pokračovať presne tam, kde ste skončili.

## recovery-reminder: the second

recovery-reminder-subject = Váš košík v obchode { $shop } stále čaká
recovery-reminder-intro = Len pripomíname: tovar, ktorý ste si vybrali v obchode { $shop }, na vás stále čaká uložený v košíku.

## recovery-last-call: the last

recovery-last-call-subject = Posledná pripomienka: váš košík v obchode { $shop }
recovery-last-call-intro = Toto je naša posledná pripomienka košíka, ktorý ste nechali v obchode { $shop }. Stále je pre vás uložený, ak by ste chceli objednávku dokončiť.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Vaša platba sa nepodarila
billing-payment-failed-subject-amount = Vaša platba vo výške { $amount } sa nepodarila
billing-payment-failed-intro = Platbu za vaše predplatné { $shop } sa nám nepodarilo strhnúť z uloženého spôsobu platby.
billing-payment-failed-next-attempt = Ďalší pokus vykonáme { $date }. Dovtedy, prosím, aktualizujte spôsob platby, aby vaše predplatné pokračovalo bez prerušenia.
billing-payment-failed-update = Aktualizujte, prosím, spôsob platby, aby vaše predplatné pokračovalo bez prerušenia.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Pripomienka: vaša platba stále nebola uhradená
billing-payment-reminder-subject-amount = Pripomienka: vaša platba vo výške { $amount } stále nebola uhradená
billing-payment-reminder-intro = Znova sme sa pokúsili strhnúť platbu za vaše predplatné { $shop } z uloženého spôsobu platby, ale platba sa opäť nepodarila.
billing-payment-reminder-next-attempt = Ďalší pokus vykonáme { $date }. Dovtedy, prosím, aktualizujte spôsob platby, aby vaše predplatné zostalo aktívne.
billing-payment-reminder-update = Aktualizujte, prosím, spôsob platby, aby vaše predplatné zostalo aktívne.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Posledné upozornenie: vaša platba sa nepodarila
billing-final-notice-subject-amount = Posledné upozornenie: vaša platba vo výške { $amount } sa nepodarila
billing-final-notice-intro = Platbu za vaše predplatné { $shop } sa nám nepodarilo prijať. Išlo o náš posledný automatický pokus: z vášho spôsobu platby sa ju už znova strhnúť nepokúsime.
billing-final-notice-pay = Ak si chcete predplatné ponechať, uhraďte, prosím, faktúru hneď teraz.
billing-final-notice-pay-or-update = Ak si chcete predplatné ponechať, uhraďte, prosím, hneď teraz faktúru alebo aktualizujte spôsob platby.
billing-final-notice-update = Ak si chcete predplatné ponechať, aktualizujte, prosím, hneď teraz spôsob platby.
billing-final-notice-pay-button = Zaplatiť faktúru
billing-final-notice-or-update = Alebo <a>aktualizujte spôsob platby</a>
billing-final-notice-pay-text = Ak si chcete predplatné ponechať, uhraďte, prosím, faktúru hneď teraz:
billing-final-notice-or-update-text = Alebo aktualizujte spôsob platby tu:
billing-final-notice-update-text = Ak si chcete predplatné ponechať, aktualizujte, prosím, hneď teraz spôsob platby:
billing-final-notice-consequence = Ak platba neprebehne, vaše predplatné môže byť pozastavené alebo zrušené.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Potvrďte, prosím, platbu
billing-payment-action-required-subject-amount = Potvrďte, prosím, platbu vo výške { $amount }
billing-payment-action-required-intro = Vaša banka vás žiada o potvrdenie platby za predplatné { $shop }. Ide o dodatočné bezpečnostné overenie, napríklad 3-D Secure, ktoré potvrdzuje, že ste to naozaj vy. Kým platbu nepotvrdíte, nemôže byť vykonaná.
billing-payment-action-required-button = Potvrdiť platbu
billing-payment-action-required-text = Potvrďte platbu na zabezpečenej platobnej stránke:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Vaše predplatné bolo zrušené
billing-cancellation-confirmation-confirmed = Potvrdzujeme, že vaše predplatné { $shop } bolo zrušené. Nebude obnovené.
billing-cancellation-confirmation-confirmed-date = Potvrdzujeme, že vaše predplatné { $shop } bolo zrušené s účinnosťou od { $date }. Nebude obnovené.
billing-cancellation-confirmation-again = Ak si budete chcieť predplatné neskôr znova objednať, môžete tak urobiť kedykoľvek.
billing-cancellation-confirmation-button = Obnoviť predplatné
billing-cancellation-confirmation-text = Ak si budete chcieť predplatné neskôr znova objednať, môžete tak urobiť tu:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Platnosť vašej karty uplynie pred ďalšou platbou
billing-card-expiring-subject-last4 = Platnosť vašej karty končiacej číslicami { $last4 } uplynie pred ďalšou platbou
card = karta
card-brand = karta { $brand }
card-last4 = karta končiaca číslicami { $last4 }
card-brand-last4 = karta { $brand } končiaca číslicami { $last4 }
billing-card-expiring-expiry = K vášmu predplatnému { $shop } je uložená { $card } s platnosťou do { $expiry }.
billing-card-expiring-soon = K vášmu predplatnému { $shop } je uložená { $card }, ktorej čoskoro uplynie platnosť.
billing-card-expiring-charge = Vaša ďalšia platba je splatná { $date }, teda až po skončení platnosti karty, takže ju z tejto karty nebude možné strhnúť. Dovtedy, prosím, aktualizujte spôsob platby, aby platba prebehla.
billing-card-expiring-charge-amount = Vaša ďalšia platba vo výške { $amount } je splatná { $date }, teda až po skončení platnosti karty, takže ju z tejto karty nebude možné strhnúť. Dovtedy, prosím, aktualizujte spôsob platby, aby platba prebehla.
billing-card-expiring-update = Aktualizujte, prosím, spôsob platby, aby vaša ďalšia platba prebehla.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Vaše predplatné sa čoskoro obnoví
billing-renewal-reminder-subject-date = Vaše predplatné sa obnoví { $date }
billing-renewal-reminder-renews = Pripomíname, že vaše predplatné { $shop } sa čoskoro obnoví.
billing-renewal-reminder-renews-date = Pripomíname, že vaše predplatné { $shop } sa obnoví { $date }.
billing-renewal-reminder-amount = Suma, ktorá bude strhnutá: { $amount }
billing-renewal-reminder-automatic = Platba bude automaticky strhnutá z uloženého spôsobu platby, takže na zachovanie predplatného nemusíte nič robiť. Ak ho chcete zmeniť alebo zrušiť, prípadne aktualizovať spôsob platby, urobte tak, prosím, pred jeho obnovením.
billing-renewal-reminder-button = Spravovať predplatné
billing-renewal-reminder-text = Predplatné môžete spravovať tu:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Vaše skúšobné obdobie sa čoskoro končí
billing-trial-ending-subject-date = Vaše skúšobné obdobie sa končí { $date }
billing-trial-ending-ends = Skúšobné obdobie vášho predplatného { $shop } sa čoskoro končí a zatiaľ nemáte uložený žiadny spôsob platby.
billing-trial-ending-ends-date = Skúšobné obdobie vášho predplatného { $shop } sa končí { $date } a zatiaľ nemáte uložený žiadny spôsob platby.
billing-trial-ending-add = Ak si chcete predplatné ponechať aj po skončení skúšobného obdobia, pridajte, prosím, dovtedy spôsob platby. V opačnom prípade môže byť predplatné po skončení skúšobného obdobia pozastavené alebo zrušené.
billing-trial-ending-button = Pridať spôsob platby
billing-trial-ending-text = Spôsob platby môžete pridať tu:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Vaša platba prebehla úspešne
billing-payment-recovered-subject-amount = Vaša platba vo výške { $amount } prebehla úspešne
billing-payment-recovered-received = Prijali sme vašu platbu za predplatné { $shop }. Ďakujeme.
billing-payment-recovered-received-amount = Prijali sme vašu platbu vo výške { $amount } za predplatné { $shop }. Ďakujeme.
billing-payment-recovered-continues = Vaše predplatné pokračuje bez prerušenia a nemusíte už nič robiť. Ak ste od nás predtým dostali e-mail týkajúci sa tejto platby, môžete ho ignorovať.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Potvrďte, prosím, kartu pre predplatné { $shop }
billing-setup-action-required-intro = Vaša banka vás žiada o potvrdenie karty uloženej k vášmu predplatnému { $shop }. Ide o dodatočné bezpečnostné overenie, napríklad 3-D Secure, ktoré potvrdzuje, že ste to naozaj vy.
billing-setup-action-required-until = Kým kartu nepotvrdíte, nemôžeme z nej strhávať ďalšie platby za predplatné. Zaberie to len chvíľu.
billing-setup-action-required-button = Potvrdiť kartu
billing-setup-action-required-text = Potvrďte kartu na našej zabezpečenej stránke:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Kartu pre vaše predplatné { $shop } sa nepodarilo uložiť
billing-setup-payment-method-required-intro = Pokúsili sme sa uložiť kartu k vášmu predplatnému { $shop }, ale vaša banka ju zamietla.
billing-setup-payment-method-required-add = Pridajte, prosím, inú kartu alebo spôsob platby, aby ďalšie platby za predplatné mohli prebehnúť.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Odhlásiť sa z odberu týchto e-mailov?
unsubscribe-confirm = E-maily, ako je tento, vám od nás už nebudú chodiť.
unsubscribe-button = Odhlásiť sa
unsubscribe-changed-mind = Rozmysleli ste si to? Stačí zavrieť túto stránku: kým nestlačíte tlačidlo, nič sa nezmení.
unsubscribe-done-title = Odber bol zrušený
unsubscribe-done = Tieto e-maily vám od nás už nebudú chodiť. Nemusíte robiť nič ďalšie.
unsubscribe-expired-title = Platnosť odkazu vypršala
unsubscribe-expired = Odkazy na odhlásenie fungujú jeden rok. Použite, prosím, odkaz z novšieho e-mailu od nás alebo odpovedzte na niektorý z našich e-mailov a my vás zo zoznamu odstránime.
unsubscribe-unavailable-title = Skúste to, prosím, znova
unsubscribe-unavailable = Vašu žiadosť sa nám teraz nepodarilo uložiť. Otvorte, prosím, odkaz znova o niekoľko minút.
unsubscribe-invalid-title = Tento odkaz je neplatný
unsubscribe-invalid = Odkaz sa mohol pri kopírovaní skrátiť. Otvorte ho, prosím, znova priamo z e-mailu alebo na e-mail odpovedzte a my vás zo zoznamu odstránime.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Platnosť odkazu vypršala
portal-expired = Z bezpečnostných dôvodov fungujú odkazy na správu platieb len obmedzený čas. Použite, prosím, odkaz z nášho najnovšieho e-mailu alebo sa prihláste do svojho účtu, kde môžete platby spravovať.
portal-invalid-title = Tento odkaz je neplatný
portal-invalid = Odkaz sa mohol pri kopírovaní skrátiť. Otvorte ho, prosím, znova priamo z e-mailu alebo sa prihláste do svojho účtu, kde môžete platby spravovať.
portal-unknown-customer-title = Váš účet sa nám nepodarilo nájsť
portal-unknown-customer = Účet, pre ktorý bol tento odkaz vytvorený, už neexistuje. Ak si myslíte, že ide o chybu, odpovedzte, prosím, na náš e-mail a my vám pomôžeme.
portal-unavailable-title = Skúste to, prosím, o chvíľu znova
portal-unavailable = Stránku so správou platieb sa nám teraz nepodarilo otvoriť. Otvorte, prosím, odkaz znova o minútu.
portal-other-title = Stránka so správou platieb nie je dostupná
portal-other = Platby môžete spravovať po prihlásení do svojho účtu, prípadne odpovedzte na náš e-mail a my vám pomôžeme.
portal-dry-run-title = Skúšobný režim: relácia portálu nebola vytvorená
portal-dry-run = STRIPE_SECRET_KEY nie je nastavený, preto by sa na { $endpoint } odoslalo toto:
portal-confirmation = Hotovo: vaše predplatné je aktualizované. Ďakujeme!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Potvrdenie karty
setup-ready = Vaša banka vás žiada o potvrdenie karty uloženej k vášmu predplatnému. Stlačte tlačidlo a potom postupujte podľa pokynov banky.
setup-working = Čakáme na vašu banku…
setup-succeeded = Vaša karta je potvrdená. Ďakujeme! Túto stránku môžete zavrieť.
setup-failed = Kartu sa nepodarilo potvrdiť. Skúste to, prosím, znova alebo pridajte inú kartu vo svojom účte.
setup-button = Potvrdiť kartu
setup-nothing-to-do-title = Nie je potrebné nič robiť
setup-nothing-to-do = Vaša karta od vás už nič ďalšie nepotrebuje: buď už bola potvrdená, alebo táto požiadavka už nie je aktívna. Túto stránku môžete zavrieť.
setup-expired-title = Platnosť odkazu vypršala
setup-expired = Z bezpečnostných dôvodov fungujú tieto odkazy len obmedzený čas. Prihláste sa, prosím, do svojho účtu, kde môžete platby spravovať.
setup-unavailable-title = Skúste to, prosím, o chvíľu znova
setup-unavailable = Túto stránku sa nám teraz nepodarilo otvoriť. Otvorte, prosím, odkaz znova o minútu.
setup-invalid-title = Tento odkaz je neplatný
setup-invalid = Odkaz sa mohol pri kopírovaní skrátiť. Otvorte ho, prosím, znova priamo z e-mailu alebo sa prihláste do svojho účtu, kde môžete platby spravovať.
