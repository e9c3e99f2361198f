# Bulgarian (bg). Translated from en.ftl.

## Shared by the mails

cart-greeting = Здравейте,
billing-greeting = Здравейте,
button-fallback = Ако бутонът не работи, копирайте този линк в браузъра си:
cart-quantity = Количество: { $quantity }
cart-more-items =
    { $count ->
        [one] и още { $count } продукт
       *[other] и още { $count } продукта
    }
cart-total = Общо в количката: { $total }
cart-button = Към количката
cart-link-text = Продължете оттам, докъдето стигнахте:
cart-promo-code = Въведете промокода { $code } при завършване на поръчката.
cart-footer-reason = Получавате този имейл, защото сте се съгласили да получавате имейли от { $shop }.
cart-footer-unsubscribe = <a>Отпишете се</a> от тези имейли.
cart-footer-unsubscribe-text = Отпишете се от тези имейли:
billing-footer = Този имейл се отнася до абонамента ви в { $shop }. Изпратихме го на имейл адреса, посочен в профила ви.
billing-amount-due = Дължима сума: { $amount }
billing-update-button = Обновете метода на плащане
billing-update-text = Обновете метода си на плащане тук:
retention-offer = Мислите да се откажете? Преди да го направите, <a>вижте какво можем да ви предложим</a>.
retention-offer-text = Мислите да се откажете? Преди да го направите, вижте какво можем да ви предложим:

## recovery: the first mail about an abandoned cart

recovery-subject = Оставихте нещо в количката си в { $shop }
recovery-intro = Оставихте нещо в количката си в { $shop }. Не се притеснявайте, запазихме го за вас, за да продължите точно оттам, докъдето стигнахте.

## recovery-reminder: the second

recovery-reminder-subject = Количката ви в { $shop } все още ви очаква
recovery-reminder-intro = Само напомняне: продуктите, които избрахте в { $shop }, все още са в количката ви и са запазени за вас.

## recovery-last-call: the last

recovery-last-call-subject = Последно напомняне: количката ви в { $shop }
recovery-last-call-intro = Това е последното ни напомняне за количката, която оставихте в { $shop }. Тя все още е запазена за вас, ако искате да завършите поръчката си.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Плащането ви не беше успешно
billing-payment-failed-subject-amount = Плащането ви на стойност { $amount } не беше успешно
billing-payment-failed-intro = Не успяхме да таксуваме метода на плащане, запазен за абонамента ви в { $shop }.
billing-payment-failed-next-attempt = Ще опитаме отново на { $date }. Моля, обновете метода си на плащане дотогава, за да продължи абонаментът ви без прекъсване.
billing-payment-failed-update = Моля, обновете метода си на плащане, за да продължи абонаментът ви без прекъсване.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Напомняне: плащането ви все още е дължимо
billing-payment-reminder-subject-amount = Напомняне: плащането ви на стойност { $amount } все още е дължимо
billing-payment-reminder-intro = Опитахме отново да таксуваме метода на плащане, запазен за абонамента ви в { $shop }, но плащането отново не беше успешно.
billing-payment-reminder-next-attempt = Следващият ни опит ще бъде на { $date }. Моля, обновете метода си на плащане дотогава, за да остане абонаментът ви активен.
billing-payment-reminder-update = Моля, обновете метода си на плащане, за да остане абонаментът ви активен.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Последно известие: плащането ви не беше успешно
billing-final-notice-subject-amount = Последно известие: плащането ви на стойност { $amount } не беше успешно
billing-final-notice-intro = Не успяхме да съберем плащането за абонамента ви в { $shop }. Това беше последният ни автоматичен опит: няма да опитваме отново да таксуваме метода ви на плащане.
billing-final-notice-pay = За да запазите абонамента си, моля, платете фактурата сега.
billing-final-notice-pay-or-update = За да запазите абонамента си, моля, платете фактурата сега или обновете метода си на плащане.
billing-final-notice-update = За да запазите абонамента си, моля, обновете метода си на плащане сега.
billing-final-notice-pay-button = Платете фактурата
billing-final-notice-or-update = Или <a>обновете метода си на плащане</a>
billing-final-notice-pay-text = За да запазите абонамента си, моля, платете фактурата сега:
billing-final-notice-or-update-text = Или обновете метода си на плащане тук:
billing-final-notice-update-text = За да запазите абонамента си, моля, обновете метода си на плащане сега:
billing-final-notice-consequence = Ако плащането не бъде извършено, абонаментът ви може да бъде спрян или прекратен.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Моля, потвърдете плащането си
billing-payment-action-required-subject-amount = Моля, потвърдете плащането си на стойност { $amount }
billing-payment-action-required-intro = Банката ви поиска да потвърдите плащането за абонамента ви в { $shop }. Това е допълнителна проверка за сигурност, като например 3-D Secure, която гарантира, че наистина сте вие. Плащането не може да бъде извършено, докато не го потвърдите.
billing-payment-action-required-button = Потвърдете плащането
billing-payment-action-required-text = Потвърдете плащането си на защитената страница за плащане:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Абонаментът ви беше прекратен
billing-cancellation-confirmation-confirmed = Потвърждаваме, че абонаментът ви в { $shop } е прекратен. Той няма да бъде подновен.
billing-cancellation-confirmation-confirmed-date = Потвърждаваме, че абонаментът ви в { $shop } е прекратен, считано от { $date }. Той няма да бъде подновен.
billing-cancellation-confirmation-again = Ако по-късно пожелаете да се абонирате отново, можете да го направите по всяко време.
billing-cancellation-confirmation-button = Абонирайте се отново
billing-cancellation-confirmation-text = Ако по-късно пожелаете да се абонирате отново, можете да го направите тук:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Картата ви изтича преди следващото ви плащане
billing-card-expiring-subject-last4 = Картата ви с последни цифри { $last4 } изтича преди следващото ви плащане
card = карта
card-brand = карта { $brand }
card-last4 = карта с последни цифри { $last4 }
card-brand-last4 = карта { $brand } с последни цифри { $last4 }
billing-card-expiring-expiry = Вашата { $card }, запазена за абонамента ви в { $shop }, е валидна до { $expiry }.
billing-card-expiring-soon = Вашата { $card }, запазена за абонамента ви в { $shop }, скоро изтича.
billing-card-expiring-charge = Следващото ви плащане е дължимо на { $date }, след изтичането на картата, затова не може да бъде извършено с нея. Моля, обновете метода си на плащане дотогава, за да премине плащането успешно.
billing-card-expiring-charge-amount = Следващото ви плащане на стойност { $amount } е дължимо на { $date }, след изтичането на картата, затова не може да бъде извършено с нея. Моля, обновете метода си на плащане дотогава, за да премине плащането успешно.
billing-card-expiring-update = Моля, обновете метода си на плащане, за да премине следващото ви плащане успешно.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Абонаментът ви скоро ще бъде подновен
billing-renewal-reminder-subject-date = Абонаментът ви ще бъде подновен на { $date }
billing-renewal-reminder-renews = Напомняме ви, че абонаментът ви в { $shop } скоро ще бъде подновен.
billing-renewal-reminder-renews-date = Напомняме ви, че абонаментът ви в { $shop } ще бъде подновен на { $date }.
billing-renewal-reminder-amount = Сума за плащане: { $amount }
billing-renewal-reminder-automatic = Запазеният метод на плащане ще бъде таксуван автоматично, така че не е нужно да правите нищо, за да запазите абонамента си. Ако искате да го промените или прекратите или да обновите метода си на плащане, моля, направете го преди подновяването.
billing-renewal-reminder-button = Управление на абонамента
billing-renewal-reminder-text = Управлявайте абонамента си тук:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Пробният ви период скоро изтича
billing-trial-ending-subject-date = Пробният ви период изтича на { $date }
billing-trial-ending-ends = Пробният период на абонамента ви в { $shop } скоро изтича, а все още нямате запазен метод на плащане.
billing-trial-ending-ends-date = Пробният период на абонамента ви в { $shop } изтича на { $date }, а все още нямате запазен метод на плащане.
billing-trial-ending-add = За да запазите абонамента си след пробния период, моля, добавете метод на плащане преди това. В противен случай абонаментът ви може да бъде спрян или прекратен, когато пробният период изтече.
billing-trial-ending-button = Добавете метод на плащане
billing-trial-ending-text = Добавете метод на плащане тук:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Плащането ви беше успешно
billing-payment-recovered-subject-amount = Плащането ви на стойност { $amount } беше успешно
billing-payment-recovered-received = Получихме плащането ви за абонамента ви в { $shop }. Благодарим ви.
billing-payment-recovered-received-amount = Получихме плащането ви на стойност { $amount } за абонамента ви в { $shop }. Благодарим ви.
billing-payment-recovered-continues = Абонаментът ви продължава без прекъсване и не е нужно да правите нищо повече. Ако по-рано сте получили имейл от нас относно това плащане, можете да не го вземате предвид.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Моля, потвърдете картата си за абонамента в { $shop }
billing-setup-action-required-intro = Банката ви иска да потвърдите картата, запазена за абонамента ви в { $shop }. Това е допълнителна проверка за сигурност, като например 3-D Secure, която гарантира, че наистина сте вие.
billing-setup-action-required-until = Докато не я потвърдите, не можем да таксуваме тази карта за следващите плащания по абонамента ви. Отнема само миг.
billing-setup-action-required-button = Потвърдете картата си
billing-setup-action-required-text = Потвърдете картата си на нашата защитена страница:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Картата ви за абонамента в { $shop } не можа да бъде запазена
billing-setup-payment-method-required-intro = Опитахме да запазим картата за абонамента ви в { $shop }, но банката ви я отказа.
billing-setup-payment-method-required-add = Моля, добавете друга карта или друг метод на плащане, за да могат следващите плащания по абонамента ви да бъдат извършени.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Искате ли да се отпишете от тези имейли?
unsubscribe-confirm = Повече няма да получавате от нас имейли като този.
unsubscribe-button = Отписване
unsubscribe-changed-mind = Размислихте ли? Просто затворете тази страница: нищо няма да се промени, докато не натиснете бутона.
unsubscribe-done-title = Отписахте се
unsubscribe-done = Повече няма да получавате тези имейли от нас. Не е нужно да правите нищо друго.
unsubscribe-expired-title = Този линк е изтекъл
unsubscribe-expired = Линковете за отписване са валидни една година. Моля, използвайте линка от по-скорошен наш имейл или отговорете на някой от имейлите ни и ще ви премахнем от списъка.
unsubscribe-unavailable-title = Моля, опитайте отново
unsubscribe-unavailable = В момента не успяхме да запазим заявката ви. Моля, отворете линка отново след няколко минути.
unsubscribe-invalid-title = Този линк не е валиден
unsubscribe-invalid = Възможно е линкът да е бил отрязан при копирането. Моля, отворете го отново от имейла или отговорете на имейла и ще ви премахнем от списъка.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Този линк е изтекъл
portal-expired = С оглед на сигурността ви линковете за плащания са валидни ограничено време. Моля, използвайте линка от последния ни имейл или влезте в профила си, за да управлявате плащанията си.
portal-invalid-title = Този линк не е валиден
portal-invalid = Възможно е линкът да е бил отрязан при копирането. Моля, отворете го отново от имейла или влезте в профила си, за да управлявате плащанията си.
portal-unknown-customer-title = Не открихме профила ви
portal-unknown-customer = Профилът, за който е създаден този линк, вече не съществува. Ако смятате, че това е грешка, моля, отговорете на имейла ни и ще ви помогнем.
portal-unavailable-title = Моля, опитайте отново след малко
portal-unavailable = В момента не успяхме да отворим страницата ви за плащания. Моля, отворете линка отново след минута.
portal-other-title = Страницата за плащания не е достъпна
portal-other = Моля, влезте в профила си, за да управлявате плащанията си, или отговорете на имейла ни и ще ви помогнем.
portal-dry-run-title = Пробно изпълнение: не е създадена сесия на портала
portal-dry-run = STRIPE_SECRET_KEY не е зададен, затова ето какво би било изпратено до { $endpoint }:
portal-confirmation = Готово: абонаментът ви е обновен. Благодарим ви!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Потвърдете картата си
setup-ready = Банката ви иска да потвърдите картата, запазена за абонамента ви. Натиснете бутона и следвайте стъпките на банката си.
setup-working = Изчакваме банката ви…
setup-succeeded = Картата ви е потвърдена. Благодарим ви! Можете да затворите тази страница.
setup-failed = Картата ви не можа да бъде потвърдена. Моля, опитайте отново или добавете друга карта от профила си.
setup-button = Потвърждаване на картата
setup-nothing-to-do-title = Не се изисква действие
setup-nothing-to-do = Не е нужно да правите нищо повече за картата си: тя вече е потвърдена или тази заявка вече не е активна. Можете да затворите тази страница.
setup-expired-title = Този линк е изтекъл
setup-expired = С оглед на сигурността ви тези линкове са валидни ограничено време. Моля, влезте в профила си, за да управлявате плащанията си.
setup-unavailable-title = Моля, опитайте отново след малко
setup-unavailable = В момента не успяхме да отворим тази страница. Моля, отворете линка отново след минута.
setup-invalid-title = Този линк не е валиден
setup-invalid = Възможно е линкът да е бил отрязан при копирането. Моля, отворете го отново от имейла или влезте в профила си, за да управлявате плащанията си.
