# Japanese (ja). Translated from en.ftl.

## Shared by the mails

cart-greeting = こんにちは。
billing-greeting = いつもご利用いただきありがとうございます。
button-fallback = ボタンが機能しない場合は、以下のリンクをブラウザにコピーしてください：
cart-quantity = 数量：{ $quantity }
cart-more-items =
    { $count ->
       *[other] ほか{ $count }点
    }
cart-total = カートの合計金額：{ $total }
cart-button = カートに戻る
cart-link-text = 以下のリンクからご購入手続きを再開できます：
cart-promo-code = お支払いの際にプロモーションコード「{ $code }」をご入力ください。
cart-footer-reason = このメールは、{ $shop }からのメールの受信にご同意いただいたお客様にお送りしています。
cart-footer-unsubscribe = 今後このようなメールの受信を希望されない場合は、<a>配信停止</a>の手続きを行ってください。
cart-footer-unsubscribe-text = 配信停止はこちら：
billing-footer = このメールは、{ $shop }でご利用中のサブスクリプションに関する大切なお知らせとして、ご登録のメールアドレス宛てにお送りしています。
billing-amount-due = ご請求金額：{ $amount }
billing-update-button = お支払い方法を更新する
billing-update-text = 以下のリンクからお支払い方法を更新できます：
retention-offer = 解約をご検討中ですか？その前に、<a>特別なご提案</a>をご覧ください。
retention-offer-text = 解約をご検討中ですか？その前に、特別なご提案をご覧ください：

## recovery: the first mail about an abandoned cart

recovery-subject = { $shop }のカートに商品が残っています
recovery-intro = { $shop }のカートに商品が残っています。カートの内容は保存されていますので、いつでも続きからご購入手続きを再開いただけます。

## recovery-reminder: the second

recovery-reminder-subject = { $shop }のカートの商品がお待ちしています
recovery-reminder-intro = { $shop }でお選びいただいた商品は、まだカートに保存されています。

## recovery-last-call: the last

recovery-last-call-subject = 最後のお知らせ：{ $shop }のカート
recovery-last-call-intro = { $shop }のカートについての最後のお知らせです。ご注文を完了される場合に備えて、カートの内容は引き続き保存されています。

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = お支払いができませんでした
billing-payment-failed-subject-amount = { $amount }のお支払いができませんでした
billing-payment-failed-intro = { $shop }でご利用中のサブスクリプションのお支払いについて、ご登録のお支払い方法で決済ができませんでした。
billing-payment-failed-next-attempt = { $date }に、再度決済を試みます。サブスクリプションを中断なくご利用いただけるよう、それまでにお支払い方法の更新をお願いいたします。
billing-payment-failed-update = サブスクリプションを中断なくご利用いただけるよう、お支払い方法の更新をお願いいたします。

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = 再度のお知らせ：お支払いが完了していません
billing-payment-reminder-subject-amount = 再度のお知らせ：{ $amount }のお支払いが完了していません
billing-payment-reminder-intro = { $shop }でご利用中のサブスクリプションのお支払いについて、再度決済を試みましたが、今回も完了できませんでした。
billing-payment-reminder-next-attempt = 次回は{ $date }に決済を試みます。サブスクリプションを引き続きご利用いただくため、それまでにお支払い方法の更新をお願いいたします。
billing-payment-reminder-update = サブスクリプションを引き続きご利用いただくため、お支払い方法の更新をお願いいたします。

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = 最終のお知らせ：お支払いができませんでした
billing-final-notice-subject-amount = 最終のお知らせ：{ $amount }のお支払いができませんでした
billing-final-notice-intro = { $shop }でご利用中のサブスクリプションのお支払いについて、決済ができませんでした。今回が最後の自動決済となり、今後、自動で再度決済を試みることはありません。
billing-final-notice-pay = サブスクリプションを継続してご利用いただくには、今すぐ請求書のお支払いをお済ませください。
billing-final-notice-pay-or-update = サブスクリプションを継続してご利用いただくには、今すぐ請求書のお支払いをお済ませいただくか、お支払い方法を更新してください。
billing-final-notice-update = サブスクリプションを継続してご利用いただくには、今すぐお支払い方法を更新してください。
billing-final-notice-pay-button = 請求書を支払う
billing-final-notice-or-update = または、<a>お支払い方法を更新する</a>
billing-final-notice-pay-text = サブスクリプションを継続してご利用いただくには、以下のリンクから請求書のお支払いをお済ませください：
billing-final-notice-or-update-text = または、以下のリンクからお支払い方法を更新できます：
billing-final-notice-update-text = サブスクリプションを継続してご利用いただくには、以下のリンクからお支払い方法を更新してください：
billing-final-notice-consequence = お支払いが確認できない場合、サブスクリプションが一時停止または解約となる場合があります。

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = お支払いのご確認をお願いいたします
billing-payment-action-required-subject-amount = { $amount }のお支払いのご確認をお願いいたします
billing-payment-action-required-intro = { $shop }でご利用中のサブスクリプションのお支払いについて、カード発行会社（銀行）よりご本人確認が求められています。これは、ご本人によるお支払いであることを確かめるための追加の認証（3Dセキュアなど）です。ご確認いただくまで、お支払いは完了しません。
billing-payment-action-required-button = お支払いを確認する
billing-payment-action-required-text = 以下の安全なお支払いページからご確認いただけます：

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = サブスクリプションの解約が完了しました
billing-cancellation-confirmation-confirmed = { $shop }でご利用いただいていたサブスクリプションは解約されました。今後、自動更新されることはありません。
billing-cancellation-confirmation-confirmed-date = { $shop }でご利用いただいていたサブスクリプションは、{ $date }付けで解約されました。今後、自動更新されることはありません。
billing-cancellation-confirmation-again = 再度ご利用を希望される場合は、いつでもお申し込みいただけます。
billing-cancellation-confirmation-button = 再度申し込む
billing-cancellation-confirmation-text = 再度ご利用を希望される場合は、以下のリンクからいつでもお申し込みいただけます：

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = ご登録のカードの有効期限に関するお知らせ
billing-card-expiring-subject-last4 = ご登録のカード（末尾{ $last4 }）の有効期限に関するお知らせ
card = カード
card-brand = { $brand }カード
card-last4 = カード（末尾{ $last4 }）
card-brand-last4 = { $brand }カード（末尾{ $last4 }）
billing-card-expiring-expiry = { $shop }でご利用中のサブスクリプションにご登録の{ $card }の有効期限は{ $expiry }です。
billing-card-expiring-soon = { $shop }でご利用中のサブスクリプションにご登録の{ $card }の有効期限が近づいています。
billing-card-expiring-charge = 次回のお支払いは{ $date }の予定です。この日はカードの有効期限を過ぎているため、このカードではお支払いいただけません。お支払いが滞りなく完了するよう、それまでにお支払い方法の更新をお願いいたします。
billing-card-expiring-charge-amount = 次回のお支払い（{ $amount }）は{ $date }の予定です。この日はカードの有効期限を過ぎているため、このカードではお支払いいただけません。お支払いが滞りなく完了するよう、それまでにお支払い方法の更新をお願いいたします。
billing-card-expiring-update = 次回のお支払いが滞りなく完了するよう、お支払い方法の更新をお願いいたします。

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = サブスクリプションはまもなく自動更新されます
billing-renewal-reminder-subject-date = サブスクリプションは{ $date }に自動更新されます
billing-renewal-reminder-renews = { $shop }でご利用中のサブスクリプションはまもなく自動更新されますので、お知らせいたします。
billing-renewal-reminder-renews-date = { $shop }でご利用中のサブスクリプションは{ $date }に自動更新されますので、お知らせいたします。
billing-renewal-reminder-amount = ご請求予定額：{ $amount }
billing-renewal-reminder-automatic = 更新時に、ご登録のお支払い方法へ自動的に請求されます。継続してご利用いただく場合、お手続きは必要ありません。サブスクリプションの変更や解約、お支払い方法の更新をご希望の場合は、更新日までにお手続きください。
billing-renewal-reminder-button = サブスクリプションを管理する
billing-renewal-reminder-text = 以下のリンクからサブスクリプションを管理できます：

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = トライアル期間はまもなく終了します
billing-trial-ending-subject-date = トライアル期間は{ $date }に終了します
billing-trial-ending-ends = { $shop }でご利用中のサブスクリプションのトライアル期間はまもなく終了しますが、現在お支払い方法が登録されていません。
billing-trial-ending-ends-date = { $shop }でご利用中のサブスクリプションのトライアル期間は{ $date }に終了しますが、現在お支払い方法が登録されていません。
billing-trial-ending-add = トライアル終了後もサブスクリプションを継続してご利用いただくには、それまでにお支払い方法をご登録ください。ご登録がない場合、トライアル終了時にサブスクリプションが一時停止または解約となる場合があります。
billing-trial-ending-button = お支払い方法を登録する
billing-trial-ending-text = 以下のリンクからお支払い方法を登録できます：

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = お支払いを確認しました
billing-payment-recovered-subject-amount = { $amount }のお支払いを確認しました
billing-payment-recovered-received = { $shop }でご利用中のサブスクリプションについて、お支払いを確認いたしました。誠にありがとうございます。
billing-payment-recovered-received-amount = { $shop }でご利用中のサブスクリプションについて、{ $amount }のお支払いを確認いたしました。誠にありがとうございます。
billing-payment-recovered-continues = サブスクリプションは引き続きご利用いただけます。追加のお手続きは必要ありません。以前にこのお支払いに関するご案内をお送りしていた場合は、そちらのご案内は破棄していただいて差し支えございません。

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = { $shop }のサブスクリプションでご登録のカードの確認をお願いします
billing-setup-action-required-intro = { $shop }のサブスクリプションにご登録のカードについて、カード発行会社から本人確認（3Dセキュアなど）が求められています。
billing-setup-action-required-until = 確認が完了するまで、今後のお支払いにこのカードをご利用いただけません。お手数ですが、以下のボタンから確認をお願いいたします。
billing-setup-action-required-button = カードを確認する
billing-setup-action-required-text = 以下の安全なページからカードを確認できます：

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = { $shop }のサブスクリプションのカードを登録できませんでした
billing-setup-payment-method-required-intro = { $shop }のサブスクリプションのお支払いに使用するカードを登録しようとしましたが、カード発行会社により承認されませんでした。
billing-setup-payment-method-required-add = 今後のお支払いを滞りなく行うため、別のカードまたはお支払い方法をご登録ください。

## The page an unsubscribe link opens

unsubscribe-confirm-title = 配信を停止しますか？
unsubscribe-confirm = 今後、このようなメールはお送りしなくなります。
unsubscribe-button = 配信を停止する
unsubscribe-changed-mind = 停止しない場合は、このページを閉じてください。ボタンを押すまで何も変更されません。
unsubscribe-done-title = 配信を停止しました
unsubscribe-done = 今後、このようなメールはお送りしません。これ以上の操作は必要ありません。
unsubscribe-expired-title = このリンクは有効期限が切れています
unsubscribe-expired = 配信停止リンクの有効期限は1年間です。最近お送りしたメールのリンクをご利用いただくか、メールにご返信ください。配信リストから削除いたします。
unsubscribe-unavailable-title = もう一度お試しください
unsubscribe-unavailable = ただいまリクエストを保存できませんでした。数分後にもう一度リンクを開いてください。
unsubscribe-invalid-title = このリンクは無効です
unsubscribe-invalid = コピーの際にリンクが途中で切れた可能性があります。メールからもう一度リンクを開くか、メールにご返信ください。配信リストから削除いたします。

## The page a portal link opens when it cannot open the portal

portal-expired-title = このリンクは有効期限が切れています
portal-expired = セキュリティのため、お支払い関連のリンクには有効期限があります。最新のメールに記載のリンクをご利用いただくか、アカウントにログインしてお支払い情報を管理してください。
portal-invalid-title = このリンクは無効です
portal-invalid = コピーの際にリンクが途中で切れた可能性があります。メールからもう一度リンクを開くか、アカウントにログインしてお支払い情報を管理してください。
portal-unknown-customer-title = アカウントが見つかりません
portal-unknown-customer = このリンクのアカウントは存在しません。お心当たりのない場合は、メールにご返信ください。
portal-unavailable-title = しばらくしてからもう一度お試しください
portal-unavailable = ただいまお支払い情報のページを開けませんでした。1分ほどしてからもう一度リンクを開いてください。
portal-other-title = お支払い情報のページを開けません
portal-other = アカウントにログインしてお支払い情報を管理するか、メールにご返信ください。
portal-dry-run-title = ドライラン：ポータルセッションは作成されていません
portal-dry-run = STRIPE_SECRET_KEY が設定されていないため、{ $endpoint } に送信される内容を表示しています：
portal-confirmation = 手続きが完了し、ご契約内容を更新しました。ありがとうございます。

## The page where a customer confirms a saved card with their bank

setup-confirm-title = カードの確認
setup-ready = ご登録のカードについて、カード発行会社から本人確認が求められています。ボタンを押して、カード発行会社の案内に従ってください。
setup-working = カード発行会社の確認を待っています…
setup-succeeded = カードの確認が完了しました。ありがとうございました。このページは閉じていただいて構いません。
setup-failed = カードを確認できませんでした。もう一度お試しいただくか、アカウントから別のカードをご登録ください。
setup-button = カードを確認する
setup-nothing-to-do-title = お手続きは不要です
setup-nothing-to-do = このカードについて必要なお手続きはありません。すでに確認が完了しているか、このリクエストは終了しています。このページは閉じていただいて構いません。
setup-expired-title = このリンクは有効期限が切れています
setup-expired = セキュリティのため、このリンクの有効期間は限られています。アカウントにログインしてお支払い情報をご確認ください。
setup-unavailable-title = しばらくしてからもう一度お試しください
setup-unavailable = ただいまこのページを開けませんでした。少し時間をおいてから、もう一度リンクを開いてください。
setup-invalid-title = このリンクは無効です
setup-invalid = コピーの際にリンクが途中で切れた可能性があります。メールからもう一度開くか、アカウントにログインしてお支払い情報をご確認ください。
