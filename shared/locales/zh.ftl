# Simplified Chinese (zh). Translated from en.ftl.

## Shared by the mails

cart-greeting = 您好，
billing-greeting = 您好，
button-fallback = 如果按钮无法使用，请将以下链接复制到浏览器中打开：
cart-quantity = 数量：{ $quantity }
cart-more-items = 另有 { $count } 件商品
cart-total = 购物车总计：{ $total }
cart-button = 返回购物车
cart-link-text = 从上次离开的地方继续购物：
cart-promo-code = 结账时请输入优惠码 { $code }。
cart-footer-reason = 您收到此邮件，是因为您已同意接收来自 { $shop } 的邮件。
cart-footer-unsubscribe = <a>退订</a>此类邮件。
cart-footer-unsubscribe-text = 退订此类邮件：
billing-footer = 此邮件与您的 { $shop } 订阅有关，已发送至您账户中登记的电子邮箱地址。
billing-amount-due = 应付金额：{ $amount }
billing-update-button = 更新支付方式
billing-update-text = 请在此更新您的支付方式：
retention-offer = 正在考虑取消订阅？在您离开之前，<a>看看我们能为您提供哪些优惠</a>。
retention-offer-text = 正在考虑取消订阅？在您离开之前，看看我们能为您提供哪些优惠：

## recovery: the first mail about an abandoned cart

recovery-subject = 您在 { $shop } 的购物车中还有商品
recovery-intro = 您在 { $shop } 的购物车中还有商品。别担心，我们已为您保存，您可以从上次离开的地方继续购物。

## recovery-reminder: the second

recovery-reminder-subject = 您在 { $shop } 的购物车仍在等您
recovery-reminder-intro = 温馨提醒：您在 { $shop } 挑选的商品仍在购物车中，已为您保存。

## recovery-last-call: the last

recovery-last-call-subject = 最后提醒：您在 { $shop } 的购物车
recovery-last-call-intro = 这是关于您在 { $shop } 的购物车的最后一次提醒。如果您想完成订单，购物车仍为您保留着。

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = 您的付款未成功
billing-payment-failed-subject-amount = 您的 { $amount } 付款未成功
billing-payment-failed-intro = 我们无法通过您为 { $shop } 订阅登记的支付方式扣款。
billing-payment-failed-next-attempt = 我们将于{ $date }再次尝试扣款。请在此之前更新您的支付方式，以免订阅中断。
billing-payment-failed-update = 请更新您的支付方式，以免订阅中断。

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = 提醒：您的款项仍未支付
billing-payment-reminder-subject-amount = 提醒：您的 { $amount } 款项仍未支付
billing-payment-reminder-intro = 我们再次尝试通过您为 { $shop } 订阅登记的支付方式扣款，但付款仍未成功。
billing-payment-reminder-next-attempt = 我们将于{ $date }进行下一次扣款尝试。请在此之前更新您的支付方式，以保持订阅有效。
billing-payment-reminder-update = 请更新您的支付方式，以保持订阅有效。

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = 最终通知：您的付款未成功
billing-final-notice-subject-amount = 最终通知：您的 { $amount } 付款未成功
billing-final-notice-intro = 我们未能收取您 { $shop } 订阅的款项。这是我们最后一次自动扣款尝试，之后不会再通过您的支付方式扣款。
billing-final-notice-pay = 如需保留订阅，请立即支付账单。
billing-final-notice-pay-or-update = 如需保留订阅，请立即支付账单或更新您的支付方式。
billing-final-notice-update = 如需保留订阅，请立即更新您的支付方式。
billing-final-notice-pay-button = 支付账单
billing-final-notice-or-update = 或<a>更新您的支付方式</a>
billing-final-notice-pay-text = 如需保留订阅，请立即支付账单：
billing-final-notice-or-update-text = 或在此更新您的支付方式：
billing-final-notice-update-text = 如需保留订阅，请立即更新您的支付方式：
billing-final-notice-consequence = 如果未完成付款，您的订阅可能会被暂停或取消。

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = 请确认您的付款
billing-payment-action-required-subject-amount = 请确认您的 { $amount } 付款
billing-payment-action-required-intro = 您的银行要求您确认 { $shop } 订阅的付款。这是一项额外的安全验证（例如 3-D Secure），用于确认是您本人操作。在您确认之前，付款无法完成。
billing-payment-action-required-button = 确认付款
billing-payment-action-required-text = 请在安全支付页面上确认您的付款：

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = 您的订阅已取消
billing-cancellation-confirmation-confirmed = 特此确认，您的 { $shop } 订阅已取消，不会再续订。
billing-cancellation-confirmation-confirmed-date = 特此确认，您的 { $shop } 订阅已取消，自{ $date }起生效，不会再续订。
billing-cancellation-confirmation-again = 如果您以后想重新订阅，随时都可以。
billing-cancellation-confirmation-button = 重新订阅
billing-cancellation-confirmation-text = 如果您以后想重新订阅，可在此操作：

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = 您的银行卡将在下次付款前到期
billing-card-expiring-subject-last4 = 您尾号为 { $last4 } 的银行卡将在下次付款前到期
card = 银行卡
card-brand = { $brand } 卡
card-last4 = 尾号为 { $last4 } 的银行卡
card-brand-last4 = 尾号为 { $last4 } 的 { $brand } 卡
billing-card-expiring-expiry = 您为 { $shop } 订阅登记的{ $card }将于 { $expiry } 到期。
billing-card-expiring-soon = 您为 { $shop } 订阅登记的{ $card }即将到期。
billing-card-expiring-charge = 您的下一笔付款应于{ $date }支付，晚于该卡的到期日，因此无法通过这张卡扣款。请在此之前更新您的支付方式，以确保付款成功。
billing-card-expiring-charge-amount = 您下一笔 { $amount } 的付款应于{ $date }支付，晚于该卡的到期日，因此无法通过这张卡扣款。请在此之前更新您的支付方式，以确保付款成功。
billing-card-expiring-update = 请更新您的支付方式，以确保下一笔付款成功。

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = 您的订阅即将续订
billing-renewal-reminder-subject-date = 您的订阅将于{ $date }续订
billing-renewal-reminder-renews = 温馨提醒：您的 { $shop } 订阅即将续订。
billing-renewal-reminder-renews-date = 温馨提醒：您的 { $shop } 订阅将于{ $date }续订。
billing-renewal-reminder-amount = 待扣款金额：{ $amount }
billing-renewal-reminder-automatic = 系统将自动通过您登记的支付方式扣款，您无需任何操作即可保留订阅。如需更改或取消订阅，或更新支付方式，请在续订前完成。
billing-renewal-reminder-button = 管理订阅
billing-renewal-reminder-text = 请在此管理您的订阅：

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = 您的试用期即将结束
billing-trial-ending-subject-date = 您的试用期将于{ $date }结束
billing-trial-ending-ends = 您的 { $shop } 订阅试用期即将结束，而您尚未登记支付方式。
billing-trial-ending-ends-date = 您的 { $shop } 订阅试用期将于{ $date }结束，而您尚未登记支付方式。
billing-trial-ending-add = 如需在试用期结束后保留订阅，请在此之前添加支付方式。否则，试用期结束时您的订阅可能会被暂停或取消。
billing-trial-ending-button = 添加支付方式
billing-trial-ending-text = 请在此添加支付方式：

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = 您的付款已成功
billing-payment-recovered-subject-amount = 您的 { $amount } 付款已成功
billing-payment-recovered-received = 我们已收到您 { $shop } 订阅的付款，谢谢！
billing-payment-recovered-received-amount = 我们已收到您 { $shop } 订阅的 { $amount } 付款，谢谢！
billing-payment-recovered-continues = 您的订阅将继续有效，不会中断，您无需再进行任何操作。如果您之前收到过我们关于此笔付款的邮件，请忽略该邮件。

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = 请确认您用于 { $shop } 订阅的银行卡
billing-setup-action-required-intro = 您的银行要求您确认为 { $shop } 订阅保存的银行卡。这是一项额外的安全验证（例如 3-D Secure），用于确认是您本人操作。
billing-setup-action-required-until = 在您确认之前，我们无法通过这张卡收取您订阅的后续款项。只需片刻即可完成。
billing-setup-action-required-button = 确认银行卡
billing-setup-action-required-text = 请在我们的安全页面上确认您的银行卡：

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = 无法保存您用于 { $shop } 订阅的银行卡
billing-setup-payment-method-required-intro = 我们尝试保存您用于 { $shop } 订阅的银行卡，但被您的银行拒绝了。
billing-setup-payment-method-required-add = 请添加其他银行卡或支付方式，以便顺利支付您订阅的后续款项。

## The page an unsubscribe link opens

unsubscribe-confirm-title = 要退订此类邮件吗？
unsubscribe-confirm = 您将不再收到我们发送的此类邮件。
unsubscribe-button = 退订
unsubscribe-changed-mind = 改变主意了？直接关闭此页面即可：在您点击按钮之前，不会有任何更改。
unsubscribe-done-title = 您已成功退订
unsubscribe-done = 您将不再收到我们发送的此类邮件，无需再进行任何操作。
unsubscribe-expired-title = 此链接已过期
unsubscribe-expired = 退订链接的有效期为一年。请使用我们较新邮件中的链接，或回复我们的任意一封邮件，我们会将您从邮件列表中移除。
unsubscribe-unavailable-title = 请重试
unsubscribe-unavailable = 我们暂时无法保存您的请求。请过几分钟后再次打开此链接。
unsubscribe-invalid-title = 此链接无效
unsubscribe-invalid = 该链接可能在复制时被截断。请从邮件中重新打开，或回复该邮件，我们会将您从邮件列表中移除。

## The page a portal link opens when it cannot open the portal

portal-expired-title = 此链接已过期
portal-expired = 为保障您的账户安全，账单链接仅在有限时间内有效。请使用我们最近一封邮件中的链接，或登录您的账户管理账单。
portal-invalid-title = 此链接无效
portal-invalid = 该链接可能在复制时被截断。请从邮件中重新打开，或登录您的账户管理账单。
portal-unknown-customer-title = 找不到您的账户
portal-unknown-customer = 此链接对应的账户已不存在。如果您认为这是个错误，请回复我们的邮件，我们会为您提供帮助。
portal-unavailable-title = 请稍后重试
portal-unavailable = 我们暂时无法打开您的账单页面。请稍后再次打开此链接。
portal-other-title = 账单页面暂不可用
portal-other = 请登录您的账户管理账单，或回复我们的邮件，我们会为您提供帮助。
portal-dry-run-title = 试运行：未创建门户会话
portal-dry-run = 未设置 STRIPE_SECRET_KEY，因此以下是将发送到 { $endpoint } 的内容：
portal-confirmation = 已完成：您的订阅已更新。谢谢！

## The page where a customer confirms a saved card with their bank

setup-confirm-title = 确认您的银行卡
setup-ready = 您的银行要求您确认为订阅保存的银行卡。请点击按钮，然后按照银行的提示操作。
setup-working = 正在等待银行响应…
setup-succeeded = 您的银行卡已确认。谢谢！您可以关闭此页面。
setup-failed = 无法确认您的银行卡。请重试，或在您的账户中添加其他银行卡。
setup-button = 确认我的银行卡
setup-nothing-to-do-title = 无需任何操作
setup-nothing-to-do = 您的银行卡无需您进行其他操作：它已确认，或此请求已失效。您可以关闭此页面。
setup-expired-title = 此链接已过期
setup-expired = 为保障您的账户安全，此类链接仅在有限时间内有效。请登录您的账户管理账单。
setup-unavailable-title = 请稍后重试
setup-unavailable = 我们暂时无法打开此页面。请稍后再次打开此链接。
setup-invalid-title = 此链接无效
setup-invalid = 该链接可能在复制时被截断。请从邮件中重新打开，或登录您的账户管理账单。
