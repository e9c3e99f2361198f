# Czech (cs). Translated from en.ftl.

## Shared by the mails

cart-greeting = Dobrý den,
billing-greeting = Dobrý den,
button-fallback = Pokud tlačítko nefunguje, zkopírujte tento odkaz do prohlížeče:
cart-quantity = Množství: { $quantity }
cart-more-items =
    { $count ->
        [one] a { $count } další položka
        [few] a { $count } další položky
        [many] a { $count } další položky
       *[other] a { $count } dalších položek
    }
cart-total = Celkem v košíku: { $total }
cart-button = Zpět do košíku
cart-link-text = Pokračujte tam, kde jste skončili:
cart-promo-code = Při dokončení objednávky zadejte slevový kód { $code }.
cart-footer-reason = Tento e-mail dostáváte, protože jste souhlasili se zasíláním e-mailů od obchodu { $shop }.
cart-footer-unsubscribe = <a>Odhlásit se</a> z odběru těchto e-mailů.
cart-footer-unsubscribe-text = Odhlásit se z odběru těchto e-mailů:
billing-footer = Tento e-mail se týká vašeho předplatného { $shop }. Poslali jsme ho na e-mailovou adresu uvedenou ve vašem účtu.
billing-amount-due = Částka k úhradě: { $amount }
billing-update-button = Aktualizovat platební metodu
billing-update-text = Platební metodu můžete aktualizovat zde:
retention-offer = Uvažujete o zrušení? Než odejdete, <a>podívejte se, co vám můžeme nabídnout</a>.
retention-offer-text = Uvažujete o zrušení? Než odejdete, podívejte se, co vám můžeme nabídnout:

## recovery: the first mail about an abandoned cart

recovery-subject = Ve vašem košíku v obchodě { $shop } něco zůstalo
recovery-intro = Ve vašem košíku v obchodě { $shop } něco zůstalo. Nemějte obavy, košík jsme vám uložili, takže můžete pokračovat přesně tam, kde jste skončili.

## recovery-reminder: the second

recovery-reminder-subject = Váš košík v obchodě { $shop } stále čeká
recovery-reminder-intro = Jen připomínáme: zboží, které jste si vybrali v obchodě { $shop }, na vás stále čeká uložené v košíku.

## recovery-last-call: the last

recovery-last-call-subject = Poslední připomenutí: váš košík v obchodě { $shop }
recovery-last-call-intro = Toto je naše poslední připomenutí košíku, který jste zanechali v obchodě { $shop }. Stále je pro vás uložený, pokud byste chtěli objednávku dokončit.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Vaše platba se nezdařila
billing-payment-failed-subject-amount = Vaše platba ve výši { $amount } se nezdařila
billing-payment-failed-intro = Platbu za vaše předplatné { $shop } se nám nepodařilo strhnout z uložené platební metody.
billing-payment-failed-next-attempt = Další pokus provedeme { $date }. Do té doby prosím aktualizujte platební metodu, aby vaše předplatné pokračovalo bez přerušení.
billing-payment-failed-update = Aktualizujte prosím platební metodu, aby vaše předplatné pokračovalo bez přerušení.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Připomínka: vaše platba stále nebyla uhrazena
billing-payment-reminder-subject-amount = Připomínka: vaše platba ve výši { $amount } stále nebyla uhrazena
billing-payment-reminder-intro = Znovu jsme se pokusili strhnout platbu za vaše předplatné { $shop } z uložené platební metody, ale platba se opět nezdařila.
billing-payment-reminder-next-attempt = Další pokus provedeme { $date }. Do té doby prosím aktualizujte platební metodu, aby vaše předplatné zůstalo aktivní.
billing-payment-reminder-update = Aktualizujte prosím platební metodu, aby vaše předplatné zůstalo aktivní.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Poslední upozornění: vaše platba se nezdařila
billing-final-notice-subject-amount = Poslední upozornění: vaše platba ve výši { $amount } se nezdařila
billing-final-notice-intro = Platbu za vaše předplatné { $shop } se nám nepodařilo inkasovat. Šlo o náš poslední automatický pokus: z vaší platební metody se ji už znovu strhnout nepokusíme.
billing-final-notice-pay = Pokud si chcete předplatné ponechat, uhraďte prosím fakturu hned teď.
billing-final-notice-pay-or-update = Pokud si chcete předplatné ponechat, uhraďte prosím hned teď fakturu nebo aktualizujte platební metodu.
billing-final-notice-update = Pokud si chcete předplatné ponechat, aktualizujte prosím hned teď platební metodu.
billing-final-notice-pay-button = Zaplatit fakturu
billing-final-notice-or-update = Nebo <a>aktualizujte platební metodu</a>
billing-final-notice-pay-text = Pokud si chcete předplatné ponechat, uhraďte prosím fakturu hned teď:
billing-final-notice-or-update-text = Nebo aktualizujte platební metodu zde:
billing-final-notice-update-text = Pokud si chcete předplatné ponechat, aktualizujte prosím hned teď platební metodu:
billing-final-notice-consequence = Pokud platba neproběhne, může být vaše předplatné pozastaveno nebo zrušeno.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Potvrďte prosím platbu
billing-payment-action-required-subject-amount = Potvrďte prosím platbu ve výši { $amount }
billing-payment-action-required-intro = Vaše banka vás žádá o potvrzení platby za předplatné { $shop }. Jde o dodatečné bezpečnostní ověření, například 3-D Secure, které potvrzuje, že jste to opravdu vy. Dokud platbu nepotvrdíte, nemůže být provedena.
billing-payment-action-required-button = Potvrdit platbu
billing-payment-action-required-text = Potvrďte platbu na zabezpečené platební stránce:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Vaše předplatné bylo zrušeno
billing-cancellation-confirmation-confirmed = Potvrzujeme, že vaše předplatné { $shop } bylo zrušeno. Nebude obnoveno.
billing-cancellation-confirmation-confirmed-date = Potvrzujeme, že vaše předplatné { $shop } bylo zrušeno s účinností od { $date }. Nebude obnoveno.
billing-cancellation-confirmation-again = Pokud si budete chtít předplatné později znovu objednat, můžete tak učinit kdykoli.
billing-cancellation-confirmation-button = Obnovit předplatné
billing-cancellation-confirmation-text = Pokud si budete chtít předplatné později znovu objednat, můžete tak učinit zde:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Platnost vaší karty vyprší před další platbou
billing-card-expiring-subject-last4 = Platnost vaší karty končící číslicemi { $last4 } vyprší před další platbou
card = karta
card-brand = karta { $brand }
card-last4 = karta končící číslicemi { $last4 }
card-brand-last4 = karta { $brand } končící číslicemi { $last4 }
billing-card-expiring-expiry = K vašemu předplatnému { $shop } je uložena { $card } s platností do { $expiry }.
billing-card-expiring-soon = K vašemu předplatnému { $shop } je uložena { $card }, které brzy vyprší platnost.
billing-card-expiring-charge = Vaše další platba je splatná { $date }, tedy až po skončení platnosti karty, takže ji z této karty nebude možné strhnout. Do té doby prosím aktualizujte platební metodu, aby platba proběhla.
billing-card-expiring-charge-amount = Vaše další platba ve výši { $amount } je splatná { $date }, tedy až po skončení platnosti karty, takže ji z této karty nebude možné strhnout. Do té doby prosím aktualizujte platební metodu, aby platba proběhla.
billing-card-expiring-update = Aktualizujte prosím platební metodu, aby vaše další platba proběhla.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Vaše předplatné se brzy obnoví
billing-renewal-reminder-subject-date = Vaše předplatné se obnoví { $date }
billing-renewal-reminder-renews = Připomínáme, že se vaše předplatné { $shop } brzy obnoví.
billing-renewal-reminder-renews-date = Připomínáme, že se vaše předplatné { $shop } obnoví { $date }.
billing-renewal-reminder-amount = Částka, která bude stržena: { $amount }
billing-renewal-reminder-automatic = Platba bude automaticky stržena z uložené platební metody, takže pro zachování předplatného nemusíte nic dělat. Pokud ho chcete změnit nebo zrušit, případně aktualizovat platební metodu, udělejte to prosím před jeho obnovením.
billing-renewal-reminder-button = Spravovat předplatné
billing-renewal-reminder-text = Předplatné můžete spravovat zde:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Vaše zkušební období brzy končí
billing-trial-ending-subject-date = Vaše zkušební období končí { $date }
billing-trial-ending-ends = Zkušební období vašeho předplatného { $shop } brzy končí a zatím nemáte uloženou žádnou platební metodu.
billing-trial-ending-ends-date = Zkušební období vašeho předplatného { $shop } končí { $date } a zatím nemáte uloženou žádnou platební metodu.
billing-trial-ending-add = Pokud si chcete předplatné ponechat i po skončení zkušebního období, přidejte prosím do té doby platební metodu. V opačném případě může být předplatné po skončení zkušebního období pozastaveno nebo zrušeno.
billing-trial-ending-button = Přidat platební metodu
billing-trial-ending-text = Platební metodu můžete přidat zde:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Vaše platba proběhla úspěšně
billing-payment-recovered-subject-amount = Vaše platba ve výši { $amount } proběhla úspěšně
billing-payment-recovered-received = Obdrželi jsme vaši platbu za předplatné { $shop }. Děkujeme.
billing-payment-recovered-received-amount = Obdrželi jsme vaši platbu ve výši { $amount } za předplatné { $shop }. Děkujeme.
billing-payment-recovered-continues = Vaše předplatné pokračuje bez přerušení a nemusíte už nic dělat. Pokud jste od nás dříve dostali e-mail ohledně této platby, můžete ho ignorovat.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Potvrďte prosím kartu pro předplatné { $shop }
billing-setup-action-required-intro = Vaše banka vás žádá o potvrzení karty uložené k vašemu předplatnému { $shop }. Jde o dodatečné bezpečnostní ověření, například 3-D Secure, které potvrzuje, že jste to opravdu vy.
billing-setup-action-required-until = Dokud kartu nepotvrdíte, nemůžeme z ní strhávat další platby za předplatné. Zabere to jen chvilku.
billing-setup-action-required-button = Potvrdit kartu
billing-setup-action-required-text = Potvrďte kartu na naší zabezpečené stránce:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Kartu pro vaše předplatné { $shop } se nepodařilo uložit
billing-setup-payment-method-required-intro = Pokusili jsme se uložit kartu k vašemu předplatnému { $shop }, ale vaše banka ji zamítla.
billing-setup-payment-method-required-add = Přidejte prosím jinou kartu nebo platební metodu, aby mohly další platby za předplatné proběhnout.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Odhlásit se z odběru těchto e-mailů?
unsubscribe-confirm = E-maily, jako je tento, vám od nás už nebudou chodit.
unsubscribe-button = Odhlásit se
unsubscribe-changed-mind = Rozmysleli jste si to? Stačí zavřít tuto stránku: dokud nestisknete tlačítko, nic se nezmění.
unsubscribe-done-title = Odběr byl zrušen
unsubscribe-done = Tyto e-maily vám od nás už nebudou chodit. Nic dalšího dělat nemusíte.
unsubscribe-expired-title = Platnost odkazu vypršela
unsubscribe-expired = Odkazy pro odhlášení fungují jeden rok. Použijte prosím odkaz z novějšího e-mailu od nás, nebo odpovězte na některý z našich e-mailů a my vás ze seznamu odebereme.
unsubscribe-unavailable-title = Zkuste to prosím znovu
unsubscribe-unavailable = Vaši žádost se nám teď nepodařilo uložit. Otevřete prosím odkaz znovu za několik minut.
unsubscribe-invalid-title = Tento odkaz je neplatný
unsubscribe-invalid = Odkaz se mohl při kopírování zkrátit. Otevřete ho prosím znovu přímo z e-mailu, nebo na e-mail odpovězte a my vás ze seznamu odebereme.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Platnost odkazu vypršela
portal-expired = Z bezpečnostních důvodů fungují odkazy ke správě plateb jen omezenou dobu. Použijte prosím odkaz z našeho nejnovějšího e-mailu, nebo se přihlaste ke svému účtu, kde můžete platby spravovat.
portal-invalid-title = Tento odkaz je neplatný
portal-invalid = Odkaz se mohl při kopírování zkrátit. Otevřete ho prosím znovu přímo z e-mailu, nebo se přihlaste ke svému účtu, kde můžete platby spravovat.
portal-unknown-customer-title = Váš účet se nám nepodařilo najít
portal-unknown-customer = Účet, pro který byl tento odkaz vytvořen, již neexistuje. Pokud si myslíte, že jde o chybu, odpovězte prosím na náš e-mail a my vám pomůžeme.
portal-unavailable-title = Zkuste to prosím za chvíli znovu
portal-unavailable = Stránku se správou plateb se nám teď nepodařilo otevřít. Otevřete prosím odkaz znovu za minutu.
portal-other-title = Stránka se správou plateb není dostupná
portal-other = Platby můžete spravovat po přihlášení ke svému účtu, případně odpovězte na náš e-mail a my vám pomůžeme.
portal-dry-run-title = Zkušební režim: relace portálu nebyla vytvořena
portal-dry-run = STRIPE_SECRET_KEY není nastaven, takže na { $endpoint } by se odeslalo toto:
portal-confirmation = Hotovo: vaše předplatné je aktualizované. Děkujeme!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Potvrzení karty
setup-ready = Vaše banka vás žádá o potvrzení karty uložené k vašemu předplatnému. Stiskněte tlačítko a pak postupujte podle pokynů banky.
setup-working = Čekáme na vaši banku…
setup-succeeded = Vaše karta je potvrzena. Děkujeme! Tuto stránku můžete zavřít.
setup-failed = Kartu se nepodařilo potvrdit. Zkuste to prosím znovu, nebo přidejte jinou kartu ve svém účtu.
setup-button = Potvrdit kartu
setup-nothing-to-do-title = Není třeba nic dělat
setup-nothing-to-do = Vaše karta od vás už nic dalšího nepotřebuje: buď již byla potvrzena, nebo tento požadavek už není aktivní. Tuto stránku můžete zavřít.
setup-expired-title = Platnost odkazu vypršela
setup-expired = Z bezpečnostních důvodů fungují tyto odkazy jen omezenou dobu. Přihlaste se prosím ke svému účtu, kde můžete platby spravovat.
setup-unavailable-title = Zkuste to prosím za chvíli znovu
setup-unavailable = Tuto stránku se nám teď nepodařilo otevřít. Otevřete prosím odkaz znovu za minutu.
setup-invalid-title = Tento odkaz je neplatný
setup-invalid = Odkaz se mohl při kopírování zkrátit. Otevřete ho prosím znovu přímo z e-mailu, nebo se přihlaste ke svému účtu, kde můžete platby spravovat.
