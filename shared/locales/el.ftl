# Greek (el). Translated from en.ftl.

## Shared by the mails

cart-greeting = Γεια σας,
billing-greeting = Χαίρετε,
button-fallback = Αν το κουμπί δεν λειτουργεί, αντιγράψτε αυτόν τον σύνδεσμο στο πρόγραμμα περιήγησής σας:
cart-quantity = Ποσότητα: { $quantity }
cart-more-items =
    { $count ->
        [one] και { $count } ακόμη προϊόν
       *[other] και { $count } ακόμη προϊόντα
    }
cart-total = Σύνολο καλαθιού: { $total }
cart-button = Επιστροφή στο καλάθι
cart-link-text = Συνεχίστε από εκεί που σταματήσατε:
cart-promo-code = Εισαγάγετε τον κωδικό προσφοράς { $code } κατά την ολοκλήρωση της παραγγελίας.
cart-footer-reason = Λαμβάνετε αυτό το email επειδή συμφωνήσατε να λαμβάνετε email από το { $shop }.
cart-footer-unsubscribe = <a>Απεγγραφή</a> από αυτά τα email.
cart-footer-unsubscribe-text = Απεγγραφή από αυτά τα email:
billing-footer = Αυτό το email αφορά τη συνδρομή σας στο { $shop }. Το στείλαμε στη διεύθυνση email που είναι καταχωρισμένη στον λογαριασμό σας.
billing-amount-due = Ποσό προς πληρωμή: { $amount }
billing-update-button = Ενημέρωση τρόπου πληρωμής
billing-update-text = Ενημερώστε τον τρόπο πληρωμής σας εδώ:
retention-offer = Σκέφτεστε να ακυρώσετε; Πριν φύγετε, <a>δείτε τι μπορούμε να σας προσφέρουμε</a>.
retention-offer-text = Σκέφτεστε να ακυρώσετε; Πριν φύγετε, δείτε τι μπορούμε να σας προσφέρουμε:

## recovery: the first mail about an abandoned cart

recovery-subject = Αφήσατε κάτι στο καλάθι σας στο { $shop }
recovery-intro = Αφήσατε κάτι στο καλάθι σας στο { $shop }. Μην ανησυχείτε, το κρατήσαμε για εσάς, ώστε να συνεχίσετε ακριβώς από εκεί που σταματήσατε.

## recovery-reminder: the second

recovery-reminder-subject = Το καλάθι σας στο { $shop } σας περιμένει ακόμη
recovery-reminder-intro = Απλώς μια υπενθύμιση: τα προϊόντα που επιλέξατε στο { $shop } βρίσκονται ακόμη στο καλάθι σας και τα κρατάμε για εσάς.

## recovery-last-call: the last

recovery-last-call-subject = Τελευταία υπενθύμιση: το καλάθι σας στο { $shop }
recovery-last-call-intro = Αυτή είναι η τελευταία μας υπενθύμιση για το καλάθι που αφήσατε στο { $shop }. Το κρατάμε ακόμη για εσάς, αν θέλετε να ολοκληρώσετε την παραγγελία σας.

## billing-payment-failed: a subscription's payment failed

billing-payment-failed-subject = Η πληρωμή σας απέτυχε
billing-payment-failed-subject-amount = Η πληρωμή σας ύψους { $amount } απέτυχε
billing-payment-failed-intro = Δεν μπορέσαμε να χρεώσουμε τον τρόπο πληρωμής που έχετε καταχωρίσει για τη συνδρομή σας στο { $shop }.
billing-payment-failed-next-attempt = Θα προσπαθήσουμε ξανά στις { $date }. Παρακαλούμε ενημερώστε τον τρόπο πληρωμής σας πριν από τότε, ώστε η συνδρομή σας να συνεχιστεί χωρίς διακοπή.
billing-payment-failed-update = Παρακαλούμε ενημερώστε τον τρόπο πληρωμής σας, ώστε η συνδρομή σας να συνεχιστεί χωρίς διακοπή.

## billing-payment-reminder: it failed again

billing-payment-reminder-subject = Υπενθύμιση: η πληρωμή σας εκκρεμεί ακόμη
billing-payment-reminder-subject-amount = Υπενθύμιση: η πληρωμή σας ύψους { $amount } εκκρεμεί ακόμη
billing-payment-reminder-intro = Προσπαθήσαμε ξανά να χρεώσουμε τον τρόπο πληρωμής που έχετε καταχωρίσει για τη συνδρομή σας στο { $shop }, αλλά η πληρωμή απέτυχε και πάλι.
billing-payment-reminder-next-attempt = Η επόμενη προσπάθειά μας θα γίνει στις { $date }. Παρακαλούμε ενημερώστε τον τρόπο πληρωμής σας πριν από τότε, ώστε η συνδρομή σας να παραμείνει ενεργή.
billing-payment-reminder-update = Παρακαλούμε ενημερώστε τον τρόπο πληρωμής σας, ώστε η συνδρομή σας να παραμείνει ενεργή.

## billing-final-notice: the last automatic attempt failed

billing-final-notice-subject = Τελική ειδοποίηση: η πληρωμή σας απέτυχε
billing-final-notice-subject-amount = Τελική ειδοποίηση: η πληρωμή σας ύψους { $amount } απέτυχε
billing-final-notice-intro = Δεν μπορέσαμε να εισπράξουμε την πληρωμή για τη συνδρομή σας στο { $shop }. Αυτή ήταν η τελευταία αυτόματη προσπάθειά μας: δεν θα επιχειρήσουμε ξανά να χρεώσουμε τον τρόπο πληρωμής σας.
billing-final-notice-pay = Για να διατηρήσετε τη συνδρομή σας, παρακαλούμε εξοφλήστε τώρα το τιμολόγιο.
billing-final-notice-pay-or-update = Για να διατηρήσετε τη συνδρομή σας, παρακαλούμε εξοφλήστε τώρα το τιμολόγιο ή ενημερώστε τον τρόπο πληρωμής σας.
billing-final-notice-update = Για να διατηρήσετε τη συνδρομή σας, παρακαλούμε ενημερώστε τώρα τον τρόπο πληρωμής σας.
billing-final-notice-pay-button = Πληρωμή τιμολογίου
billing-final-notice-or-update = Ή <a>ενημερώστε τον τρόπο πληρωμής σας</a>
billing-final-notice-pay-text = Για να διατηρήσετε τη συνδρομή σας, παρακαλούμε εξοφλήστε τώρα το τιμολόγιο:
billing-final-notice-or-update-text = Ή ενημερώστε τον τρόπο πληρωμής σας εδώ:
billing-final-notice-update-text = Για να διατηρήσετε τη συνδρομή σας, παρακαλούμε ενημερώστε τώρα τον τρόπο πληρωμής σας:
billing-final-notice-consequence = Αν δεν πραγματοποιηθεί η πληρωμή, η συνδρομή σας ενδέχεται να τεθεί σε αναστολή ή να ακυρωθεί.

## billing-payment-action-required: the bank asks the customer to confirm a payment

billing-payment-action-required-subject = Παρακαλούμε επιβεβαιώστε την πληρωμή σας
billing-payment-action-required-subject-amount = Παρακαλούμε επιβεβαιώστε την πληρωμή σας ύψους { $amount }
billing-payment-action-required-intro = Η τράπεζά σας ζήτησε να επιβεβαιώσετε την πληρωμή για τη συνδρομή σας στο { $shop }. Είναι ένας πρόσθετος έλεγχος ασφαλείας, όπως το 3-D Secure, που διασφαλίζει ότι είστε πράγματι εσείς. Η πληρωμή δεν μπορεί να ολοκληρωθεί μέχρι να την επιβεβαιώσετε.
billing-payment-action-required-button = Επιβεβαίωση πληρωμής
billing-payment-action-required-text = Επιβεβαιώστε την πληρωμή σας στην ασφαλή σελίδα πληρωμής:

## billing-cancellation-confirmation

billing-cancellation-confirmation-subject = Η συνδρομή σας ακυρώθηκε
billing-cancellation-confirmation-confirmed = Επιβεβαιώνουμε ότι η συνδρομή σας στο { $shop } ακυρώθηκε. Δεν θα ανανεωθεί.
billing-cancellation-confirmation-confirmed-date = Επιβεβαιώνουμε ότι η συνδρομή σας στο { $shop } ακυρώθηκε, με ισχύ από τις { $date }. Δεν θα ανανεωθεί.
billing-cancellation-confirmation-again = Αν θελήσετε αργότερα να αποκτήσετε ξανά συνδρομή, μπορείτε να το κάνετε οποιαδήποτε στιγμή.
billing-cancellation-confirmation-button = Εγγραφείτε ξανά
billing-cancellation-confirmation-text = Αν θελήσετε αργότερα να αποκτήσετε ξανά συνδρομή, μπορείτε να το κάνετε εδώ:

## billing-card-expiring: the card on file expires before the next payment

billing-card-expiring-subject = Η κάρτα σας λήγει πριν από την επόμενη πληρωμή σας
billing-card-expiring-subject-last4 = Η κάρτα σας με τελικά ψηφία { $last4 } λήγει πριν από την επόμενη πληρωμή σας
card = κάρτα
card-brand = κάρτα { $brand }
card-last4 = κάρτα με τελικά ψηφία { $last4 }
card-brand-last4 = κάρτα { $brand } με τελικά ψηφία { $last4 }
billing-card-expiring-expiry = Η { $card } που έχετε καταχωρίσει για τη συνδρομή σας στο { $shop } έχει ημερομηνία λήξης { $expiry }.
billing-card-expiring-soon = Η { $card } που έχετε καταχωρίσει για τη συνδρομή σας στο { $shop } λήγει σύντομα.
billing-card-expiring-charge = Η επόμενη πληρωμή σας είναι προγραμματισμένη για τις { $date }, μετά τη λήξη της κάρτας, επομένως δεν μπορεί να χρεωθεί σε αυτήν. Παρακαλούμε ενημερώστε τον τρόπο πληρωμής σας πριν από τότε, ώστε να ολοκληρωθεί η πληρωμή.
billing-card-expiring-charge-amount = Η επόμενη πληρωμή σας ύψους { $amount } είναι προγραμματισμένη για τις { $date }, μετά τη λήξη της κάρτας, επομένως δεν μπορεί να χρεωθεί σε αυτήν. Παρακαλούμε ενημερώστε τον τρόπο πληρωμής σας πριν από τότε, ώστε να ολοκληρωθεί η πληρωμή.
billing-card-expiring-update = Παρακαλούμε ενημερώστε τον τρόπο πληρωμής σας, ώστε να ολοκληρωθεί η επόμενη πληρωμή σας.

## billing-renewal-reminder: an annual plan renews soon

billing-renewal-reminder-subject = Η συνδρομή σας ανανεώνεται σύντομα
billing-renewal-reminder-subject-date = Η συνδρομή σας ανανεώνεται στις { $date }
billing-renewal-reminder-renews = Σας υπενθυμίζουμε ότι η συνδρομή σας στο { $shop } ανανεώνεται σύντομα.
billing-renewal-reminder-renews-date = Σας υπενθυμίζουμε ότι η συνδρομή σας στο { $shop } ανανεώνεται στις { $date }.
billing-renewal-reminder-amount = Ποσό χρέωσης: { $amount }
billing-renewal-reminder-automatic = Ο καταχωρισμένος τρόπος πληρωμής θα χρεωθεί αυτόματα, οπότε δεν χρειάζεται να κάνετε τίποτα για να διατηρήσετε τη συνδρομή σας. Αν θέλετε να την αλλάξετε ή να την ακυρώσετε ή να ενημερώσετε τον τρόπο πληρωμής σας, παρακαλούμε κάντε το πριν από την ανανέωση.
billing-renewal-reminder-button = Διαχείριση συνδρομής
billing-renewal-reminder-text = Διαχειριστείτε τη συνδρομή σας εδώ:

## billing-trial-ending: a trial ends and no payment method is on file

billing-trial-ending-subject = Η δοκιμαστική σας περίοδος λήγει σύντομα
billing-trial-ending-subject-date = Η δοκιμαστική σας περίοδος λήγει στις { $date }
billing-trial-ending-ends = Η δοκιμαστική περίοδος της συνδρομής σας στο { $shop } λήγει σύντομα και δεν έχετε καταχωρίσει ακόμη τρόπο πληρωμής.
billing-trial-ending-ends-date = Η δοκιμαστική περίοδος της συνδρομής σας στο { $shop } λήγει στις { $date } και δεν έχετε καταχωρίσει ακόμη τρόπο πληρωμής.
billing-trial-ending-add = Για να διατηρήσετε τη συνδρομή σας μετά τη δοκιμαστική περίοδο, παρακαλούμε προσθέστε έναν τρόπο πληρωμής πριν από τότε. Διαφορετικά, η συνδρομή σας ενδέχεται να τεθεί σε αναστολή ή να ακυρωθεί όταν λήξει η δοκιμαστική περίοδος.
billing-trial-ending-button = Προσθήκη τρόπου πληρωμής
billing-trial-ending-text = Προσθέστε έναν τρόπο πληρωμής εδώ:

## billing-payment-recovered: a failed payment went through

billing-payment-recovered-subject = Η πληρωμή σας ολοκληρώθηκε
billing-payment-recovered-subject-amount = Η πληρωμή σας ύψους { $amount } ολοκληρώθηκε
billing-payment-recovered-received = Λάβαμε την πληρωμή σας για τη συνδρομή σας στο { $shop }. Σας ευχαριστούμε.
billing-payment-recovered-received-amount = Λάβαμε την πληρωμή σας ύψους { $amount } για τη συνδρομή σας στο { $shop }. Σας ευχαριστούμε.
billing-payment-recovered-continues = Η συνδρομή σας συνεχίζεται χωρίς διακοπή και δεν χρειάζεται να κάνετε τίποτε άλλο. Αν λάβατε νωρίτερα κάποιο email από εμάς σχετικά με αυτή την πληρωμή, μπορείτε να το αγνοήσετε.

## billing-setup-action-required: the bank asks the customer to confirm a saved card

billing-setup-action-required-subject = Παρακαλούμε επιβεβαιώστε την κάρτα σας για τη συνδρομή σας στο { $shop }
billing-setup-action-required-intro = Η τράπεζά σας ζητά να επιβεβαιώσετε την κάρτα που έχει αποθηκευτεί για τη συνδρομή σας στο { $shop }. Είναι ένας πρόσθετος έλεγχος ασφαλείας, όπως το 3-D Secure, που διασφαλίζει ότι είστε πράγματι εσείς.
billing-setup-action-required-until = Μέχρι να την επιβεβαιώσετε, δεν μπορούμε να χρεώνουμε αυτή την κάρτα για τις επόμενες πληρωμές της συνδρομής σας. Χρειάζεται μόνο μια στιγμή.
billing-setup-action-required-button = Επιβεβαίωση κάρτας
billing-setup-action-required-text = Επιβεβαιώστε την κάρτα σας στην ασφαλή σελίδα μας:

## billing-setup-payment-method-required: the bank declined a card being saved

billing-setup-payment-method-required-subject = Δεν ήταν δυνατή η αποθήκευση της κάρτας σας για τη συνδρομή σας στο { $shop }
billing-setup-payment-method-required-intro = Προσπαθήσαμε να αποθηκεύσουμε την κάρτα για τη συνδρομή σας στο { $shop }, αλλά η τράπεζά σας την απέρριψε.
billing-setup-payment-method-required-add = Παρακαλούμε προσθέστε άλλη κάρτα ή άλλο τρόπο πληρωμής, ώστε να μπορούν να ολοκληρώνονται οι επόμενες πληρωμές της συνδρομής σας.

## The page an unsubscribe link opens

unsubscribe-confirm-title = Απεγγραφή από αυτά τα email;
unsubscribe-confirm = Δεν θα λαμβάνετε πλέον από εμάς email σαν αυτό.
unsubscribe-button = Απεγγραφή
unsubscribe-changed-mind = Αλλάξατε γνώμη; Απλώς κλείστε αυτή τη σελίδα: τίποτα δεν αλλάζει μέχρι να πατήσετε το κουμπί.
unsubscribe-done-title = Η απεγγραφή σας ολοκληρώθηκε
unsubscribe-done = Δεν θα λαμβάνετε πλέον αυτά τα email από εμάς. Δεν χρειάζεται να κάνετε τίποτε άλλο.
unsubscribe-expired-title = Αυτός ο σύνδεσμος έχει λήξει
unsubscribe-expired = Οι σύνδεσμοι απεγγραφής ισχύουν για ένα έτος. Παρακαλούμε χρησιμοποιήστε τον σύνδεσμο από ένα πιο πρόσφατο email μας ή απαντήστε σε κάποιο από τα email μας και θα σας αφαιρέσουμε από τη λίστα.
unsubscribe-unavailable-title = Παρακαλούμε δοκιμάστε ξανά
unsubscribe-unavailable = Δεν μπορέσαμε να αποθηκεύσουμε το αίτημά σας αυτή τη στιγμή. Παρακαλούμε ανοίξτε ξανά τον σύνδεσμο σε λίγα λεπτά.
unsubscribe-invalid-title = Αυτός ο σύνδεσμος δεν είναι έγκυρος
unsubscribe-invalid = Ο σύνδεσμος μπορεί να κόπηκε κατά την αντιγραφή. Παρακαλούμε ανοίξτε τον ξανά από το email ή απαντήστε στο email και θα σας αφαιρέσουμε από τη λίστα.

## The page a portal link opens when it cannot open the portal

portal-expired-title = Αυτός ο σύνδεσμος έχει λήξει
portal-expired = Για την ασφάλειά σας, οι σύνδεσμοι πληρωμών ισχύουν για περιορισμένο χρόνο. Παρακαλούμε χρησιμοποιήστε τον σύνδεσμο από το πιο πρόσφατο email μας ή συνδεθείτε στον λογαριασμό σας για να διαχειριστείτε τις πληρωμές σας.
portal-invalid-title = Αυτός ο σύνδεσμος δεν είναι έγκυρος
portal-invalid = Ο σύνδεσμος μπορεί να κόπηκε κατά την αντιγραφή. Παρακαλούμε ανοίξτε τον ξανά από το email ή συνδεθείτε στον λογαριασμό σας για να διαχειριστείτε τις πληρωμές σας.
portal-unknown-customer-title = Δεν βρήκαμε τον λογαριασμό σας
portal-unknown-customer = Ο λογαριασμός για τον οποίο δημιουργήθηκε αυτός ο σύνδεσμος δεν υπάρχει πλέον. Αν πιστεύετε ότι πρόκειται για λάθος, απαντήστε στο email μας και θα σας βοηθήσουμε.
portal-unavailable-title = Παρακαλούμε δοκιμάστε ξανά σε λίγο
portal-unavailable = Δεν μπορέσαμε να ανοίξουμε τη σελίδα πληρωμών σας αυτή τη στιγμή. Παρακαλούμε ανοίξτε ξανά τον σύνδεσμο σε ένα λεπτό.
portal-other-title = Η σελίδα πληρωμών δεν είναι διαθέσιμη
portal-other = Παρακαλούμε συνδεθείτε στον λογαριασμό σας για να διαχειριστείτε τις πληρωμές σας ή απαντήστε στο email μας και θα σας βοηθήσουμε.
portal-dry-run-title = Δοκιμαστική εκτέλεση: δεν δημιουργήθηκε συνεδρία πύλης
portal-dry-run = Το STRIPE_SECRET_KEY δεν έχει οριστεί, οπότε αυτό θα αποστελλόταν στο { $endpoint }:
portal-confirmation = Ολοκληρώθηκε: η συνδρομή σας ενημερώθηκε. Σας ευχαριστούμε!

## The page where a customer confirms a saved card with their bank

setup-confirm-title = Επιβεβαιώστε την κάρτα σας
setup-ready = Η τράπεζά σας ζητά να επιβεβαιώσετε την κάρτα που έχει αποθηκευτεί για τη συνδρομή σας. Πατήστε το κουμπί και ακολουθήστε τα βήματα της τράπεζάς σας.
setup-working = Αναμονή για την τράπεζά σας…
setup-succeeded = Η κάρτα σας επιβεβαιώθηκε. Σας ευχαριστούμε! Μπορείτε να κλείσετε αυτή τη σελίδα.
setup-failed = Δεν ήταν δυνατή η επιβεβαίωση της κάρτας σας. Παρακαλούμε δοκιμάστε ξανά ή προσθέστε άλλη κάρτα από τον λογαριασμό σας.
setup-button = Επιβεβαίωση της κάρτας μου
setup-nothing-to-do-title = Δεν απαιτείται καμία ενέργεια
setup-nothing-to-do = Η κάρτα σας δεν χρειάζεται τίποτε άλλο από εσάς: έχει ήδη επιβεβαιωθεί ή αυτό το αίτημα δεν είναι πλέον ανοιχτό. Μπορείτε να κλείσετε αυτή τη σελίδα.
setup-expired-title = Αυτός ο σύνδεσμος έχει λήξει
setup-expired = Για την ασφάλειά σας, αυτοί οι σύνδεσμοι ισχύουν για περιορισμένο χρόνο. Παρακαλούμε συνδεθείτε στον λογαριασμό σας για να διαχειριστείτε τις πληρωμές σας.
setup-unavailable-title = Παρακαλούμε δοκιμάστε ξανά σε λίγο
setup-unavailable = Δεν μπορέσαμε να ανοίξουμε αυτή τη σελίδα αυτή τη στιγμή. Παρακαλούμε ανοίξτε ξανά τον σύνδεσμο σε ένα λεπτό.
setup-invalid-title = Αυτός ο σύνδεσμος δεν είναι έγκυρος
setup-invalid = Ο σύνδεσμος μπορεί να κόπηκε κατά την αντιγραφή. Παρακαλούμε ανοίξτε τον ξανά από το email ή συνδεθείτε στον λογαριασμό σας για να διαχειριστείτε τις πληρωμές σας.
