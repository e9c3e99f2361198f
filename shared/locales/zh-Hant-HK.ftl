# Traditional Chinese, Hong Kong (zh-Hant-HK). Translated from en.ftl.

## Shared by the mails

cart-greeting = 您好，
billing-greeting = 您好，
button-fallback = 如按鈕無法使用，請將以下連結複製到瀏覽器開啟：
cart-quantity = 數量：{ $quantity }
cart-more-items = 另有 { $count } 件貨品
cart-total = 購物車總額：{ $total }
cart-button = 返回購物車
cart-link-text = 從上次離開的地方繼續購物：
cart-promo-code = 結賬時請輸入優惠碼 { $code }。
cart-footer-reason = 由於您已同意接收 { $shop } 的電郵，因此收到此電郵。
cart-footer-unsubscribe = <a>取消訂閱</a>此類電郵。
cart-footer-unsubscribe-text = 取消訂閱此類電郵：
billing-footer = 此電郵與您的 { $shop } 訂閱有關，已發送至您賬戶登記的電郵地址。
billing-amount-due = 應付金額：{ $amount }
billing-update-button = 更新付款方式
billing-update-text = 請在此更新付款方式：
retention-offer = 正考慮取消訂閱？離開之前，<a>看看我們可以為您提供甚麼優惠</a>。
retention-offer-text = 正考慮取消訂閱？離開之前，看看我們可以為您提供甚麼優惠：

## recovery: the first mail about an abandoned cart

recovery-subject = 您在 { $shop } 的購物車內仍有貨品
recovery-intro = 您在 { $shop } 的購物車內仍有貨品。不用擔心，我們已為您保存，您可以從上次離開的地方繼續購物。

## recovery-reminder: the second

recovery-reminder-subject = 您在 { $shop } 的購物車仍在等您
recovery-reminder-intro = 溫馨提示：您在 { $shop } 揀選的貨品仍在購物車內，已為您保存。

## recovery-last-call: the last

recovery-last-call-subject = 最後提示：您在 { $shop } 的購物車
recovery-last-call-intro = 這是我們就您在 { $shop } 的購物車發出的最後提示。如您想完成訂單，購物車仍為您保存。

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = 您的付款未能完成
billing-payment-failed-subject-amount = 您的 { $amount } 付款未能完成
billing-payment-failed-intro = 我們未能從您 { $shop } 訂閱所登記的付款方式收取款項。
billing-payment-failed-next-attempt = 我們將於{ $date }再次嘗試收款。請於此之前更新付款方式，以免訂閱中斷。
billing-payment-failed-update = 請更新付款方式，以免訂閱中斷。

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = 提示：您的款項仍未支付
billing-payment-reminder-subject-amount = 提示：您的 { $amount } 款項仍未支付
billing-payment-reminder-intro = 我們再次嘗試從您 { $shop } 訂閱所登記的付款方式收取款項，但付款仍未能完成。
billing-payment-reminder-next-attempt = 我們下次將於{ $date }嘗試收款。請於此之前更新付款方式，以保持訂閱有效。
billing-payment-reminder-update = 請更新付款方式，以保持訂閱有效。

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = 最後通知：您的付款未能完成
billing-final-notice-subject-amount = 最後通知：您的 { $amount } 付款未能完成
billing-final-notice-intro = 我們未能收取您 { $shop } 訂閱的款項。這是我們最後一次自動收款嘗試，我們不會再從您的付款方式收取款項。
billing-final-notice-pay = 如要保留訂閱，請立即繳付賬單。
billing-final-notice-pay-or-update = 如要保留訂閱，請立即繳付賬單或更新付款方式。
billing-final-notice-update = 如要保留訂閱，請立即更新付款方式。
billing-final-notice-pay-button = 繳付賬單
billing-final-notice-or-update = 或<a>更新付款方式</a>
billing-final-notice-pay-text = 如要保留訂閱，請立即繳付賬單：
billing-final-notice-or-update-text = 或在此更新付款方式：
billing-final-notice-update-text = 如要保留訂閱，請立即更新付款方式：
billing-final-notice-consequence = 如未能完成付款，您的訂閱可能會被暫停或取消。

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = 請確認您的付款
billing-payment-action-required-subject-amount = 請確認您的 { $amount } 付款
billing-payment-action-required-intro = 您的銀行要求您確認 { $shop } 訂閱的付款。這是額外的安全驗證（例如 3-D Secure），以確保是您本人操作。付款須待您確認後才能完成。
billing-payment-action-required-button = 確認付款
billing-payment-action-required-text = 請在安全付款頁面確認您的付款：

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = 您的訂閱已取消
billing-cancellation-confirmation-confirmed = 謹此確認，您的 { $shop } 訂閱已取消，並不會續訂。
billing-cancellation-confirmation-confirmed-date = 謹此確認，您的 { $shop } 訂閱已取消，由{ $date }起生效，並不會續訂。
billing-cancellation-confirmation-again = 如日後想再次訂閱，您可隨時重新訂閱。
billing-cancellation-confirmation-button = 重新訂閱
billing-cancellation-confirmation-text = 如日後想再次訂閱，可在此辦理：

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = 您的信用卡將於下次付款前到期
billing-card-expiring-subject-last4 = 您尾數為 { $last4 } 的信用卡將於下次付款前到期
card = 信用卡
card-brand = { $brand } 信用卡
card-last4 = 尾數為 { $last4 } 的信用卡
card-brand-last4 = 尾數為 { $last4 } 的 { $brand } 信用卡
billing-card-expiring-expiry = 您 { $shop } 訂閱所登記的{ $card }將於 { $expiry } 到期。
billing-card-expiring-soon = 您 { $shop } 訂閱所登記的{ $card }即將到期。
billing-card-expiring-charge = 您下一筆款項的付款日期為{ $date }，晚於信用卡的到期日，因此無法從此信用卡扣款。請於此之前更新付款方式，確保付款順利完成。
billing-card-expiring-charge-amount = 您下一筆 { $amount } 款項的付款日期為{ $date }，晚於信用卡的到期日，因此無法從此信用卡扣款。請於此之前更新付款方式，確保付款順利完成。
billing-card-expiring-update = 請更新付款方式，確保下一筆付款順利完成。

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = 您的訂閱即將續訂
billing-renewal-reminder-subject-date = 您的訂閱將於{ $date }續訂
billing-renewal-reminder-renews = 謹此提示，您的 { $shop } 訂閱即將續訂。
billing-renewal-reminder-renews-date = 謹此提示，您的 { $shop } 訂閱將於{ $date }續訂。
billing-renewal-reminder-amount = 將收取金額：{ $amount }
billing-renewal-reminder-automatic = 系統會自動從您登記的付款方式收取款項，您毋須採取任何行動即可保留訂閱。如您想更改或取消訂閱，或更新付款方式，請於續訂前辦理。
billing-renewal-reminder-button = 管理訂閱
billing-renewal-reminder-text = 請在此管理您的訂閱：

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = 您的試用期即將結束
billing-trial-ending-subject-date = 您的試用期將於{ $date }結束
billing-trial-ending-ends = 您的 { $shop } 訂閱試用期即將結束，而您尚未登記任何付款方式。
billing-trial-ending-ends-date = 您的 { $shop } 訂閱試用期將於{ $date }結束，而您尚未登記任何付款方式。
billing-trial-ending-add = 如要在試用期結束後保留訂閱，請於此之前新增付款方式。否則，試用期結束時，您的訂閱可能會被暫停或取消。
billing-trial-ending-button = 新增付款方式
billing-trial-ending-text = 請在此新增付款方式：

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = 您的付款已成功
billing-payment-recovered-subject-amount = 您的 { $amount } 付款已成功
billing-payment-recovered-received = 我們已收到您 { $shop } 訂閱的款項，謝謝。
billing-payment-recovered-received-amount = 我們已收到您 { $shop } 訂閱的 { $amount } 款項，謝謝。
billing-payment-recovered-continues = 您的訂閱會繼續生效，不會中斷，您毋須再採取任何行動。如您早前收到我們有關這筆款項的電郵，請不用理會。

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = 請確認您 { $shop } 訂閱所用的信用卡
billing-setup-action-required-intro = 您的銀行要求您確認為 { $shop } 訂閱儲存的信用卡。這是額外的安全驗證（例如 3-D Secure），以確保是您本人操作。
billing-setup-action-required-until = 在您確認之前，我們無法以此信用卡收取訂閱日後的款項。整個過程只需片刻。
billing-setup-action-required-button = 確認信用卡
billing-setup-action-required-text = 請在我們的安全頁面確認您的信用卡：

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = 未能儲存您 { $shop } 訂閱所用的信用卡
billing-setup-payment-method-required-intro = 我們嘗試儲存您 { $shop } 訂閱所用的信用卡，但被您的銀行拒絕。
billing-setup-payment-method-required-add = 請新增另一張信用卡或其他付款方式，讓訂閱日後的款項能順利支付。

## The page an unsubscribe link opens

unsubscribe-confirm-title = 要取消訂閱此類電郵嗎？
unsubscribe-confirm = 您將不會再收到我們發出的此類電郵。
unsubscribe-button = 取消訂閱
unsubscribe-changed-mind = 改變主意？直接關閉此頁面即可：在您按下按鈕之前，一切都不會改變。
unsubscribe-done-title = 您已取消訂閱
unsubscribe-done = 您將不會再收到我們發出的此類電郵，毋須再採取任何行動。
unsubscribe-expired-title = 此連結已過期
unsubscribe-expired = 取消訂閱連結的有效期為一年。請使用我們較近期電郵中的連結，或回覆我們任何一封電郵，我們會將您從名單中移除。
unsubscribe-unavailable-title = 請再試一次
unsubscribe-unavailable = 我們暫時未能儲存您的要求。請於幾分鐘後再次開啟此連結。
unsubscribe-invalid-title = 此連結無效
unsubscribe-invalid = 此連結可能在複製時被截斷。請從電郵中再次開啟，或回覆該電郵，我們會將您從名單中移除。

## The page a portal link opens when it cannot open the portal

portal-expired-title = 此連結已過期
portal-expired = 為保障您的安全，賬單連結只在有限時間內有效。請使用我們最近一封電郵中的連結，或登入您的賬戶管理賬單。
portal-invalid-title = 此連結無效
portal-invalid = 此連結可能在複製時被截斷。請從電郵中再次開啟，或登入您的賬戶管理賬單。
portal-unknown-customer-title = 找不到您的賬戶
portal-unknown-customer = 此連結對應的賬戶已不存在。如您認為這是錯誤，請回覆我們的電郵，我們樂意提供協助。
portal-unavailable-title = 請稍後再試
portal-unavailable = 我們暫時未能開啟您的賬單頁面。請稍等片刻，再次開啟此連結。
portal-other-title = 賬單頁面暫時無法使用
portal-other = 請登入您的賬戶管理賬單，或回覆我們的電郵，我們樂意提供協助。
portal-dry-run-title = 試運行：未建立客戶入口網站工作階段
portal-dry-run = 未設定 STRIPE_SECRET_KEY，因此以下是將會發送到 { $endpoint } 的內容：
portal-confirmation = 已完成：您的訂閱已更新。謝謝！

## The page where a customer confirms a saved card with their bank

setup-confirm-title = 確認您的信用卡
setup-ready = 您的銀行要求您確認為訂閱儲存的信用卡。請按下按鈕，然後按照銀行的步驟操作。
setup-working = 正在等候銀行回應…
setup-succeeded = 您的信用卡已確認。謝謝！您可以關閉此頁面。
setup-failed = 未能確認您的信用卡。請再試一次，或從您的賬戶新增另一張信用卡。
setup-button = 確認我的信用卡
setup-nothing-to-do-title = 毋須採取任何行動
setup-nothing-to-do = 您的信用卡毋須您再採取任何行動：它已獲確認，或此要求已失效。您可以關閉此頁面。
setup-expired-title = 此連結已過期
setup-expired = 為保障您的安全，此類連結只在有限時間內有效。請登入您的賬戶管理賬單。
setup-unavailable-title = 請稍後再試
setup-unavailable = 我們暫時未能開啟此頁面。請稍等片刻，再次開啟此連結。
setup-invalid-title = 此連結無效
setup-invalid = 此連結可能在複製時被截斷。請從電郵中再次開啟，或登入您的賬戶管理賬單。
