/* Keeps the header's unread-notification count current from the signed-in session's event stream. */
(function () {
    'use strict';
    var badge = document.getElementById('notification-badge');
    if (!badge || typeof window.EventSource !== 'function') {
        return;
    }
    var count = document.getElementById('notification-count');
    var limit = Number(badge.getAttribute('data-limit')) || Infinity;
    var source = new window.EventSource(badge.getAttribute('data-stream'));

    function show(event) {
        var update;
        try {
            update = JSON.parse(event.data);
        } catch (malformed) {
            return;
        }
        if (typeof update.unread === 'number') {
            // the stream counts up to the limit: that many means that many or more
            count.textContent = update.unread >= limit ? (limit - 1) + '+' : String(update.unread);
            badge.classList.toggle('has-unread', update.unread > 0);
        }
    }

    source.addEventListener('unread', show);
    source.addEventListener('notification', show);
    window.addEventListener('pagehide', function () {
        source.close();
    });
}());
