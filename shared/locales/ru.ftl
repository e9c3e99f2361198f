# Russian (ru). Translated from en.ftl.

## Shared by the mails

cart-greeting = Здравствуйте!
billing-greeting = Здравствуйте!
button-fallback = Если кнопка не работает, скопируйте эту ссылку в адресную строку браузера:
cart-quantity = Количество: { $quantity }
cart-more-items =
    { $count ->
        [one] и ещё { $count } товар
        [few] и ещё { $count } товара
        [many] и ещё { $count } товаров
       *[other] и ещё { $count } товара
    }
cart-total = Итого в корзине: { $total }
cart-button = Вернуться в корзину
cart-link-text = Продолжите с того места, где остановились:
cart-promo-code = Введите промокод { $code } при оформлении заказа.
cart-footer-reason = Вы получили это письмо, потому что согласились получать письма от магазина { $shop }.
cart-footer-unsubscribe = <a>Отписаться</a> от этих писем.
cart-footer-unsubscribe-text = Отписаться от этих писем:
billing-footer = Это письмо касается вашей подписки в { $shop }. Мы отправили его на адрес электронной почты, указанный в вашем аккаунте.
billing-amount-due = Сумма к оплате: { $amount }
billing-update-button = Обновить способ оплаты
billing-update-text = Обновить способ оплаты можно здесь:
retention-offer = Думаете об отмене подписки? Прежде чем уйти, <a>посмотрите, что мы можем вам предложить</a>.
retention-offer-text = Думаете об отмене подписки? Прежде чем уйти, посмотрите, что мы можем вам предложить:

## recovery: the first mail about an abandoned cart

recovery-subject = Вы кое-что оставили в корзине магазина { $shop }
recovery-intro = Вы кое-что оставили в корзине магазина { $shop }. Не волнуйтесь, мы всё сохранили, так что вы можете продолжить с того места, где остановились.

## recovery-reminder: the second

recovery-reminder-subject = Ваша корзина в магазине { $shop } всё ещё ждёт вас
recovery-reminder-intro = Напоминаем: товары, которые вы выбрали в магазине { $shop }, всё ещё в корзине — мы сохранили их для вас.

## recovery-last-call: the last

recovery-last-call-subject = Последнее напоминание: ваша корзина в магазине { $shop }
recovery-last-call-intro = Это наше последнее напоминание о корзине, которую вы оставили в магазине { $shop }. Она всё ещё сохранена для вас, если вы захотите оформить заказ.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Платёж не прошёл
billing-payment-failed-subject-amount = Платёж на сумму { $amount } не прошёл
billing-payment-failed-intro = Нам не удалось списать оплату за вашу подписку в { $shop } с сохранённого способа оплаты.
billing-payment-failed-next-attempt = Мы повторим попытку { $date }. Пожалуйста, обновите способ оплаты до этого времени, чтобы подписка продолжала действовать без перерыва.
billing-payment-failed-update = Пожалуйста, обновите способ оплаты, чтобы подписка продолжала действовать без перерыва.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Напоминание: оплата всё ещё не поступила
billing-payment-reminder-subject-amount = Напоминание: оплата в размере { $amount } всё ещё не поступила
billing-payment-reminder-intro = Мы ещё раз попытались списать оплату за вашу подписку в { $shop } с сохранённого способа оплаты, но платёж снова не прошёл.
billing-payment-reminder-next-attempt = Следующая попытка будет { $date }. Пожалуйста, обновите способ оплаты до этого времени, чтобы подписка оставалась активной.
billing-payment-reminder-update = Пожалуйста, обновите способ оплаты, чтобы подписка оставалась активной.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Последнее уведомление: платёж не прошёл
billing-final-notice-subject-amount = Последнее уведомление: платёж на сумму { $amount } не прошёл
billing-final-notice-intro = Нам не удалось получить оплату за вашу подписку в { $shop }. Это была наша последняя автоматическая попытка: мы больше не будем пытаться списать средства с вашего способа оплаты.
billing-final-notice-pay = Чтобы сохранить подписку, пожалуйста, оплатите счёт сейчас.
billing-final-notice-pay-or-update = Чтобы сохранить подписку, пожалуйста, оплатите счёт сейчас или обновите способ оплаты.
billing-final-notice-update = Чтобы сохранить подписку, пожалуйста, обновите способ оплаты сейчас.
billing-final-notice-pay-button = Оплатить счёт
billing-final-notice-or-update = Или <a>обновите способ оплаты</a>
billing-final-notice-pay-text = Чтобы сохранить подписку, пожалуйста, оплатите счёт сейчас:
billing-final-notice-or-update-text = Или обновите способ оплаты здесь:
billing-final-notice-update-text = Чтобы сохранить подписку, пожалуйста, обновите способ оплаты сейчас:
billing-final-notice-consequence = Если оплата не поступит, подписка может быть приостановлена или отменена.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Пожалуйста, подтвердите платёж
billing-payment-action-required-subject-amount = Пожалуйста, подтвердите платёж на сумму { $amount }
billing-payment-action-required-intro = Ваш банк просит подтвердить оплату подписки в { $shop }. Это дополнительная проверка безопасности, например 3-D Secure, которая позволяет убедиться, что платёж совершаете именно вы. Платёж не будет проведён, пока вы его не подтвердите.
billing-payment-action-required-button = Подтвердить платёж
billing-payment-action-required-text = Подтвердите платёж на защищённой странице оплаты:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Ваша подписка отменена
billing-cancellation-confirmation-confirmed = Подтверждаем, что ваша подписка в { $shop } отменена. Она не будет продлена.
billing-cancellation-confirmation-confirmed-date = Подтверждаем, что ваша подписка в { $shop } отменена с { $date }. Она не будет продлена.
billing-cancellation-confirmation-again = Если позже вы захотите снова оформить подписку, это можно сделать в любой момент.
billing-cancellation-confirmation-button = Подписаться снова
billing-cancellation-confirmation-text = Если позже вы захотите снова оформить подписку, это можно сделать здесь:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Срок действия вашей карты истекает до следующего платежа
billing-card-expiring-subject-last4 = Срок действия вашей карты с последними цифрами { $last4 } истекает до следующего платежа
card = карта
card-brand = карта { $brand }
card-last4 = карта с последними цифрами { $last4 }
card-brand-last4 = карта { $brand } с последними цифрами { $last4 }
billing-card-expiring-expiry = Ваша { $card }, привязанная к подписке в { $shop }, действительна до { $expiry }.
billing-card-expiring-soon = Ваша { $card }, привязанная к подписке в { $shop }, скоро перестанет действовать.
billing-card-expiring-charge = Следующий платёж запланирован на { $date }, то есть после окончания срока действия карты, поэтому списать его с этой карты не получится. Пожалуйста, обновите способ оплаты до этой даты, чтобы платёж прошёл.
billing-card-expiring-charge-amount = Следующий платёж на сумму { $amount } запланирован на { $date }, то есть после окончания срока действия карты, поэтому списать его с этой карты не получится. Пожалуйста, обновите способ оплаты до этой даты, чтобы платёж прошёл.
billing-card-expiring-update = Пожалуйста, обновите способ оплаты, чтобы следующий платёж прошёл успешно.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Ваша подписка скоро будет продлена
billing-renewal-reminder-subject-date = Ваша подписка будет продлена { $date }
billing-renewal-reminder-renews = Напоминаем, что ваша подписка в { $shop } скоро будет продлена.
billing-renewal-reminder-renews-date = Напоминаем, что ваша подписка в { $shop } будет продлена { $date }.
billing-renewal-reminder-amount = Сумма к списанию: { $amount }
billing-renewal-reminder-automatic = Оплата будет автоматически списана с сохранённого способа оплаты, поэтому для сохранения подписки ничего делать не нужно. Если вы хотите изменить или отменить подписку либо обновить способ оплаты, сделайте это до её продления.
billing-renewal-reminder-button = Управление подпиской
billing-renewal-reminder-text = Управлять подпиской можно здесь:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Ваш пробный период скоро закончится
billing-trial-ending-subject-date = Ваш пробный период закончится { $date }
billing-trial-ending-ends = Пробный период вашей подписки в { $shop } скоро закончится, а способ оплаты ещё не добавлен.
billing-trial-ending-ends-date = Пробный период вашей подписки в { $shop } закончится { $date }, а способ оплаты ещё не добавлен.
billing-trial-ending-add = Чтобы сохранить подписку после окончания пробного периода, пожалуйста, добавьте способ оплаты до этого времени. В противном случае по окончании пробного периода подписка может быть приостановлена или отменена.
billing-trial-ending-button = Добавить способ оплаты
billing-trial-ending-text = Добавить способ оплаты можно здесь:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Оплата прошла успешно
billing-payment-recovered-subject-amount = Оплата на сумму { $amount } прошла успешно
billing-payment-recovered-received = Мы получили оплату за вашу подписку в { $shop }. Спасибо!
billing-payment-recovered-received-amount = Мы получили оплату на сумму { $amount } за вашу подписку в { $shop }. Спасибо!
billing-payment-recovered-continues = Ваша подписка продолжает действовать без перерыва, и больше ничего делать не нужно. Если ранее вы получили от нас письмо об этом платеже, просто не обращайте на него внимания.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Пожалуйста, подтвердите карту для подписки в { $shop }
billing-setup-action-required-intro = Ваш банк просит подтвердить карту, сохранённую для вашей подписки в { $shop }. Это дополнительная проверка безопасности, например 3-D Secure, которая позволяет убедиться, что это действительно вы.
billing-setup-action-required-until = Пока вы её не подтвердите, мы не сможем списывать с этой карты следующие платежи по подписке. Это займёт всего минуту.
billing-setup-action-required-button = Подтвердить карту
billing-setup-action-required-text = Подтвердите карту на нашей защищённой странице:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Не удалось сохранить карту для вашей подписки в { $shop }
billing-setup-payment-method-required-intro = Мы попытались сохранить карту для вашей подписки в { $shop }, но ваш банк её отклонил.
billing-setup-payment-method-required-add = Пожалуйста, добавьте другую карту или другой способ оплаты, чтобы следующие платежи по подписке могли пройти.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Отписаться от этих писем?
unsubscribe-confirm = Вы больше не будете получать от нас подобные письма.
unsubscribe-button = Отписаться
unsubscribe-changed-mind = Передумали? Просто закройте эту страницу: ничего не изменится, пока вы не нажмёте кнопку.
unsubscribe-done-title = Вы отписались
unsubscribe-done = Вы больше не будете получать от нас эти письма. Других действий не требуется.
unsubscribe-expired-title = Срок действия ссылки истёк
unsubscribe-expired = Ссылки для отписки действуют один год. Пожалуйста, воспользуйтесь ссылкой из более свежего письма от нас или ответьте на любое из наших писем, и мы исключим вас из рассылки.
unsubscribe-unavailable-title = Пожалуйста, попробуйте ещё раз
unsubscribe-unavailable = Сейчас нам не удалось сохранить ваш запрос. Пожалуйста, откройте ссылку ещё раз через несколько минут.
unsubscribe-invalid-title = Эта ссылка недействительна
unsubscribe-invalid = Возможно, ссылка обрезалась при копировании. Пожалуйста, откройте её снова из письма или ответьте на письмо, и мы исключим вас из рассылки.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Срок действия ссылки истёк
portal-expired = В целях безопасности ссылки для управления оплатой действуют ограниченное время. Пожалуйста, воспользуйтесь ссылкой из нашего последнего письма или войдите в свой аккаунт, чтобы управлять оплатой.
portal-invalid-title = Эта ссылка недействительна
portal-invalid = Возможно, ссылка обрезалась при копировании. Пожалуйста, откройте её снова из письма или войдите в свой аккаунт, чтобы управлять оплатой.
portal-unknown-customer-title = Мы не нашли ваш аккаунт
portal-unknown-customer = Аккаунт, для которого была создана эта ссылка, больше не существует. Если вы считаете, что это ошибка, ответьте на наше письмо, и мы поможем.
portal-unavailable-title = Пожалуйста, попробуйте чуть позже
portal-unavailable = Сейчас нам не удалось открыть страницу оплаты. Пожалуйста, откройте ссылку ещё раз через минуту.
portal-other-title = Страница оплаты недоступна
portal-other = Пожалуйста, войдите в свой аккаунт, чтобы управлять оплатой, или ответьте на наше письмо, и мы поможем.
portal-dry-run-title = Тестовый запуск: сессия портала не создана
portal-dry-run = STRIPE_SECRET_KEY не задан, поэтому вот что было бы отправлено на { $endpoint }:
portal-confirmation = Готово: ваша подписка обновлена. Спасибо!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Подтвердите карту
setup-ready = Ваш банк просит подтвердить карту, сохранённую для вашей подписки. Нажмите кнопку, а затем следуйте инструкциям банка.
setup-working = Ожидаем ответа банка…
setup-succeeded = Ваша карта подтверждена. Спасибо! Эту страницу можно закрыть.
setup-failed = Не удалось подтвердить карту. Пожалуйста, попробуйте ещё раз или добавьте другую карту в своём аккаунте.
setup-button = Подтвердить карту
setup-nothing-to-do-title = Ничего делать не нужно
setup-nothing-to-do = С вашей картой больше ничего делать не нужно: она уже подтверждена или этот запрос больше не действует. Эту страницу можно закрыть.
setup-expired-title = Срок действия ссылки истёк
setup-expired = В целях безопасности такие ссылки действуют ограниченное время. Пожалуйста, войдите в свой аккаунт, чтобы управлять оплатой.
setup-unavailable-title = Пожалуйста, попробуйте чуть позже
setup-unavailable = Сейчас нам не удалось открыть эту страницу. Пожалуйста, откройте ссылку ещё раз через минуту.
setup-invalid-title = Эта ссылка недействительна
setup-invalid = Возможно, ссылка обрезалась при копировании. Пожалуйста, откройте её снова из письма или войдите в свой аккаунт, чтобы управлять оплатой.
