/* The registration form shows only the section of the role picked (cooperative or buyer). */
(function () {
    'use strict';
    var radios = document.querySelectorAll('[data-role-switch] input[type=radio], input[type=radio][name="register:role"]');
    function update() {
        var picked = document.querySelector('input[type=radio][name="register:role"]:checked');
        var role = picked ? picked.value : 'COOPERATIVE';
        document.querySelectorAll('.role-section[data-role]').forEach(function (section) {
            section.hidden = section.getAttribute('data-role') !== role;
        });
    }
    radios.forEach(function (radio) {
        radio.addEventListener('change', update);
    });
    update();
}());
