/*
 * The error summary of a form (resources/harvest/errorSummary.xhtml): moves the focus to it, and scrolls it into
 * view, when a page arrives with one or an Ajax update brings one; its links focus their field (a date picker's or
 * a radio group's first input) with the field's label in view, as the GOV.UK design system does.
 */
(function () {
    'use strict';
    if (window.harvestErrorSummary) {
        return;
    }
    window.harvestErrorSummary = true;

    function show(box) {
        box.scrollIntoView({block: 'start'});
        box.focus({preventScroll: true});
    }

    function first(root) {
        var boxes = root.querySelectorAll ? root.querySelectorAll('[data-error-summary]') : [];
        if (root.matches && root.matches('[data-error-summary]')) {
            return root;
        }
        return boxes.length ? boxes[0] : null;
    }

    function fieldOf(id) {
        var element = document.getElementById(id);
        if (!element) {
            return null;
        }
        if (element.matches('input, select, textarea, button')) {
            return element;
        }
        return document.getElementById(id + '_input')
            || element.querySelector('input:not([type=hidden]), select, textarea');
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('[data-error-summary] a[data-field]') : null;
        var field = link ? fieldOf(link.getAttribute('data-field')) : null;
        if (!field) {
            return;
        }
        event.preventDefault();
        var label = field.id ? document.querySelector('label[for="' + CSS.escape(field.id) + '"]') : null;
        var legend = field.closest('fieldset') ? field.closest('fieldset').querySelector('legend') : null;
        (label || legend || field).scrollIntoView({block: 'start'});
        field.focus({preventScroll: true});
    });

    var initial = first(document.body);
    if (initial) {
        show(initial);
    }
    new MutationObserver(function (records) {
        for (var i = 0; i < records.length; i++) {
            for (var j = 0; j < records[i].addedNodes.length; j++) {
                var node = records[i].addedNodes[j];
                var box = node.nodeType === 1 ? first(node) : null;
                if (box) {
                    show(box);
                    return;
                }
            }
        }
    }).observe(document.body, {childList: true, subtree: true});
}());
