/* The listing page's order form: shows quantity × price as the total while the buyer types the quantity. */
(function () {
    'use strict';
    var input = document.getElementById('order:quantity');
    var output = document.getElementById('order-total');
    if (!input || !output) {
        return;
    }
    var price = Number(input.getAttribute('data-price'));
    var locale = document.documentElement.lang || undefined;

    function show() {
        var quantity = Number(String(input.value).replace(/,/g, ''));
        if (!isFinite(quantity) || quantity <= 0 || !isFinite(price)) {
            output.textContent = '—';
            return;
        }
        var cents = Math.round(quantity * price * 100);
        output.textContent = output.getAttribute('data-currency') + (cents / 100).toLocaleString(locale,
            {minimumFractionDigits: 2, maximumFractionDigits: 2});
    }

    input.addEventListener('input', show);
    input.addEventListener('change', show);
}());
