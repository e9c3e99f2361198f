# Traditional Chinese, Taiwan (zh-Hant-TW). Translated from en.ftl.

## Shared by the mails

cart-greeting = 您好，
billing-greeting = 您好，
button-fallback = 如果按鈕無法使用，請將以下連結複製到瀏覽器中開啟：
cart-quantity = 數量：{ $quantity }
cart-more-items = 另有 { $count } 件商品
cart-total = 購物車總計：{ $total }
cart-button = 返回購物車
cart-link-text = 從上次中斷的地方繼續購物：
cart-promo-code = 結帳時請輸入優惠碼 { $code }。
cart-footer-reason = 您收到這封電子郵件，是因為您已同意接收 { $shop } 寄送的電子郵件。
cart-footer-unsubscribe = <a>取消訂閱</a>這類電子郵件。
cart-footer-unsubscribe-text = 取消訂閱這類電子郵件：
billing-footer = 這封電子郵件與您的 { $shop } 訂閱有關，已寄送至您帳戶中登記的電子郵件地址。
billing-amount-due = 應付金額：{ $amount }
billing-update-button = 更新付款方式
billing-update-text = 請在此更新您的付款方式：
retention-offer = 正在考慮取消訂閱嗎？在您離開之前，<a>看看我們能為您提供哪些優惠</a>。
retention-offer-text = 正在考慮取消訂閱嗎？在您離開之前，看看我們能為您提供哪些優惠：

## recovery: the first mail about an abandoned cart

recovery-subject = 您在 { $shop } 的購物車中還有商品
recovery-intro = 您在 { $shop } 的購物車中還有商品。別擔心，我們已為您保留，您可以從上次中斷的地方繼續購物。

## recovery-reminder: the second

recovery-reminder-subject = 您在 { $shop } 的購物車仍在等您
recovery-reminder-intro = 提醒您：您在 { $shop } 挑選的商品仍在購物車中，我們已為您保留。

## recovery-last-call: the last

recovery-last-call-subject = 最後提醒：您在 { $shop } 的購物車
recovery-last-call-intro = 這是我們針對您在 { $shop } 的購物車所發出的最後一次提醒。如果您想完成訂單，購物車仍為您保留。

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = 您的付款未成功
billing-payment-failed-subject-amount = 您的 { $amount } 付款未成功
billing-payment-failed-intro = 我們無法透過您為 { $shop } 訂閱登記的付款方式扣款。
billing-payment-failed-next-attempt = 我們將於{ $date }再次嘗試扣款。請在此之前更新付款方式，以免訂閱中斷。
billing-payment-failed-update = 請更新付款方式，以免訂閱中斷。

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = 提醒：您的款項仍未支付
billing-payment-reminder-subject-amount = 提醒：您的 { $amount } 款項仍未支付
billing-payment-reminder-intro = 我們再次嘗試透過您為 { $shop } 訂閱登記的付款方式扣款，但付款仍未成功。
billing-payment-reminder-next-attempt = 我們將於{ $date }再次嘗試扣款。請在此之前更新付款方式，讓您的訂閱維持有效。
billing-payment-reminder-update = 請更新付款方式，讓您的訂閱維持有效。

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = 最後通知：您的付款未成功
billing-final-notice-subject-amount = 最後通知：您的 { $amount } 付款未成功
billing-final-notice-intro = 我們無法收取您 { $shop } 訂閱的款項。這是最後一次自動扣款嘗試，之後我們將不會再透過您的付款方式扣款。
billing-final-notice-pay = 若要保留訂閱，請立即支付帳單。
billing-final-notice-pay-or-update = 若要保留訂閱，請立即支付帳單或更新付款方式。
billing-final-notice-update = 若要保留訂閱，請立即更新付款方式。
billing-final-notice-pay-button = 支付帳單
billing-final-notice-or-update = 或<a>更新付款方式</a>
billing-final-notice-pay-text = 若要保留訂閱，請立即支付帳單：
billing-final-notice-or-update-text = 或在此更新付款方式：
billing-final-notice-update-text = 若要保留訂閱，請立即更新付款方式：
billing-final-notice-consequence = 若未完成付款，您的訂閱可能會遭到暫停或取消。

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = 請確認您的付款
billing-payment-action-required-subject-amount = 請確認您的 { $amount } 付款
billing-payment-action-required-intro = 您的銀行要求您確認 { $shop } 訂閱的付款。這是一項額外的安全驗證（例如 3-D Secure），用來確認是您本人。在您確認之前，付款將無法完成。
billing-payment-action-required-button = 確認付款
billing-payment-action-required-text = 請在安全付款頁面上確認您的付款：

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = 您的訂閱已取消
billing-cancellation-confirmation-confirmed = 特此確認，您的 { $shop } 訂閱已取消，不會再續訂。
billing-cancellation-confirmation-confirmed-date = 特此確認，您的 { $shop } 訂閱已取消，自{ $date }起生效，不會再續訂。
billing-cancellation-confirmation-again = 如果您日後想再次訂閱，隨時都可以重新訂閱。
billing-cancellation-confirmation-button = 重新訂閱
billing-cancellation-confirmation-text = 如果您日後想再次訂閱，可以在此操作：

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = 您的卡片將在下次付款前到期
billing-card-expiring-subject-last4 = 您末四碼為 { $last4 } 的卡片將在下次付款前到期
card = 卡片
card-brand = { $brand } 卡
card-last4 = 末四碼為 { $last4 } 的卡片
card-brand-last4 = 末四碼為 { $last4 } 的 { $brand } 卡
billing-card-expiring-expiry = 您為 { $shop } 訂閱登記的{ $card }將於 { $expiry } 到期。
billing-card-expiring-soon = 您為 { $shop } 訂閱登記的{ $card }即將到期。
billing-card-expiring-charge = 您的下一筆款項應於{ $date }支付，晚於卡片的到期日，因此無法透過這張卡片扣款。請在此之前更新付款方式，以確保付款順利完成。
billing-card-expiring-charge-amount = 您下一筆 { $amount } 的款項應於{ $date }支付，晚於卡片的到期日，因此無法透過這張卡片扣款。請在此之前更新付款方式，以確保付款順利完成。
billing-card-expiring-update = 請更新付款方式，以確保下一筆付款順利完成。

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = 您的訂閱即將續訂
billing-renewal-reminder-subject-date = 您的訂閱將於{ $date }續訂
billing-renewal-reminder-renews = 提醒您，您的 { $shop } 訂閱即將續訂。
billing-renewal-reminder-renews-date = 提醒您，您的 { $shop } 訂閱將於{ $date }續訂。
billing-renewal-reminder-amount = 將收取的金額：{ $amount }
billing-renewal-reminder-automatic = 系統會自動透過您登記的付款方式扣款，您無須任何操作即可保留訂閱。如果您想變更或取消訂閱，或更新付款方式，請在續訂前完成。
billing-renewal-reminder-button = 管理訂閱
billing-renewal-reminder-text = 請在此管理您的訂閱：

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = 您的試用期即將結束
billing-trial-ending-subject-date = 您的試用期將於{ $date }結束
billing-trial-ending-ends = 您的 { $shop } 訂閱試用期即將結束，而您尚未登記付款方式。
billing-trial-ending-ends-date = 您的 { $shop } 訂閱試用期將於{ $date }結束，而您尚未登記付款方式。
billing-trial-ending-add = 若要在試用期結束後保留訂閱，請在此之前新增付款方式。否則，試用期結束時，您的訂閱可能會遭到暫停或取消。
billing-trial-ending-button = 新增付款方式
billing-trial-ending-text = 請在此新增付款方式：

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = 您的付款已成功
billing-payment-recovered-subject-amount = 您的 { $amount } 付款已成功
billing-payment-recovered-received = 我們已收到您 { $shop } 訂閱的款項，謝謝您。
billing-payment-recovered-received-amount = 我們已收到您 { $shop } 訂閱的 { $amount } 款項，謝謝您。
billing-payment-recovered-continues = 您的訂閱將持續有效、不會中斷，您無須再進行任何操作。如果您先前收到我們關於這筆款項的電子郵件，請忽略該郵件。

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = 請確認您 { $shop } 訂閱所用的卡片
billing-setup-action-required-intro = 您的銀行要求您確認為 { $shop } 訂閱儲存的卡片。這是一項額外的安全驗證（例如 3-D Secure），用來確認是您本人。
billing-setup-action-required-until = 在您確認之前，我們無法透過這張卡片收取訂閱後續的款項。只需要一點時間即可完成。
billing-setup-action-required-button = 確認卡片
billing-setup-action-required-text = 請在我們的安全頁面上確認您的卡片：

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = 無法儲存您 { $shop } 訂閱所用的卡片
billing-setup-payment-method-required-intro = 我們嘗試儲存您 { $shop } 訂閱所用的卡片，但遭到您的銀行拒絕。
billing-setup-payment-method-required-add = 請新增其他卡片或付款方式，讓訂閱後續的款項能順利支付。

## The page an unsubscribe link opens

unsubscribe-confirm-title = 要取消訂閱這類電子郵件嗎？
unsubscribe-confirm = 您將不會再收到我們寄送的這類電子郵件。
unsubscribe-button = 取消訂閱
unsubscribe-changed-mind = 改變心意了嗎？直接關閉此頁面即可：在您按下按鈕之前，不會有任何變更。
unsubscribe-done-title = 您已取消訂閱
unsubscribe-done = 您將不會再收到我們寄送的這類電子郵件，無須再進行任何操作。
unsubscribe-expired-title = 此連結已過期
unsubscribe-expired = 取消訂閱連結的有效期限為一年。請使用我們較新一封電子郵件中的連結，或回覆我們任何一封電子郵件，我們會將您從名單中移除。
unsubscribe-unavailable-title = 請再試一次
unsubscribe-unavailable = 我們目前無法儲存您的要求。請於幾分鐘後再次開啟此連結。
unsubscribe-invalid-title = 此連結無效
unsubscribe-invalid = 此連結可能在複製時遭到截斷。請從電子郵件中重新開啟，或回覆該電子郵件，我們會將您從名單中移除。

## The page a portal link opens when it cannot open the portal

portal-expired-title = 此連結已過期
portal-expired = 為了保障您的安全，帳單連結僅在有限時間內有效。請使用我們最近一封電子郵件中的連結，或登入您的帳戶管理帳單資訊。
portal-invalid-title = 此連結無效
portal-invalid = 此連結可能在複製時遭到截斷。請從電子郵件中重新開啟，或登入您的帳戶管理帳單資訊。
portal-unknown-customer-title = 找不到您的帳戶
portal-unknown-customer = 此連結所對應的帳戶已不存在。如果您認為這是錯誤，請回覆我們的電子郵件，我們將協助您處理。
portal-unavailable-title = 請稍後再試
portal-unavailable = 我們目前無法開啟您的帳單頁面。請稍候片刻，再次開啟此連結。
portal-other-title = 帳單頁面目前無法使用
portal-other = 請登入您的帳戶管理帳單資訊，或回覆我們的電子郵件，我們將協助您處理。
portal-dry-run-title = 試執行：未建立入口網站工作階段
portal-dry-run = 未設定 STRIPE_SECRET_KEY，因此以下是將傳送至 { $endpoint } 的內容：
portal-confirmation = 已完成：您的訂閱已更新。謝謝您！

## The page where a customer confirms a saved card with their bank

setup-confirm-title = 確認您的卡片
setup-ready = 您的銀行要求您確認為訂閱儲存的卡片。請按下按鈕，然後依照銀行的步驟操作。
setup-working = 正在等候銀行回應…
setup-succeeded = 您的卡片已完成確認。謝謝您！您可以關閉此頁面。
setup-failed = 無法確認您的卡片。請再試一次，或從您的帳戶新增其他卡片。
setup-button = 確認我的卡片
setup-nothing-to-do-title = 無須任何操作
setup-nothing-to-do = 您的卡片無須您再進行任何操作：它已完成確認，或此要求已失效。您可以關閉此頁面。
setup-expired-title = 此連結已過期
setup-expired = 為了保障您的安全，這類連結僅在有限時間內有效。請登入您的帳戶管理帳單資訊。
setup-unavailable-title = 請稍後再試
setup-unavailable = 我們目前無法開啟此頁面。請稍候片刻，再次開啟此連結。
setup-invalid-title = 此連結無效
setup-invalid = 此連結可能在複製時遭到截斷。請從電子郵件中重新開啟，或登入您的帳戶管理帳單資訊。
