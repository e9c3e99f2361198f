(function () {
  "use strict";
  var root = document.getElementById("setup");
  var button = document.getElementById("confirm");
  function show(state) {
    ["ready", "working", "succeeded", "failed"].forEach(function (name) {
      document.getElementById("state-" + name).hidden = name !== state;
    });
    button.hidden = state === "succeeded" || state === "working";
    button.disabled = state === "working";
  }
  if (typeof Stripe !== "function") {
    show("failed");
    return;
  }
  var stripe = Stripe(root.dataset.publishableKey, { locale: root.dataset.locale });
  button.addEventListener("click", function () {
    show("working");
    stripe.confirmCardSetup(root.dataset.clientSecret).then(function (result) {
      var done = !result.error && result.setupIntent && result.setupIntent.status === "succeeded";
      show(done ? "succeeded" : "failed");
    }, function () {
      show("failed");
    });
  });
})();
